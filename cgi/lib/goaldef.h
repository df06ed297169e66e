/*
 * goaldef: the code lists of the service-time goals, each once, as the
 * database stores them (sql/012_goals.sql) beside goal.h's constants and
 * the Danish labels the staff pages show.  X-macros: each user takes the
 * columns it needs.  tests/unit/check_goaldef.c holds the CHECKs of
 * sql/012 against these lists.
 */
#ifndef FRIST_GOALDEF_H
#define FRIST_GOALDEF_H

#include "goal.h"

/*
 * Which cases a goal counts, from which event to which, and which staff
 * role sees it (management sees all):
 * X(id, code, label, start event, stop event, role)
 */
enum goal_population {
	GOAL_POP_ACCOUNTS,
	GOAL_POP_STATUS,
	GOAL_POP_APPLICATIONS,
	GOAL_POP_WB_REGISTER,
	GOAL_POP_WB_ACK,
	GOAL_POP_WB_FEEDBACK,
	GOAL_POP__MAX
};

#define GOAL_POPULATIONS(X)						\
	X(GOAL_POP_ACCOUNTS, "accounts", "Regnskaber", "Modtaget",	\
	    "Afgjort", "grants")					\
	X(GOAL_POP_STATUS, "status", "Statusrapporter", "Modtaget",	\
	    "Afgjort", "grants")					\
	X(GOAL_POP_APPLICATIONS, "applications", "Ansøgninger",	\
	    "Indsendt", "Afgjort", "grants")				\
	X(GOAL_POP_WB_REGISTER, "wb_register",				\
	    "Whistleblowerhenvendelser", "Modtaget", "Registreret",	\
	    "whistleblower")						\
	X(GOAL_POP_WB_ACK, "wb_ack", "Whistleblowerhenvendelser",	\
	    "Modtaget", "Første besked til anmelder", "whistleblower")	\
	X(GOAL_POP_WB_FEEDBACK, "wb_feedback",				\
	    "Whistleblowerhenvendelser", "Modtaget",			\
	    "Tilbagemelding til anmelder", "whistleblower")

/* X(constant of goal.h, code, label) */
#define GOAL_UNITS(X)							\
	X(GOAL_DAYS, "days", "kalenderdage")				\
	X(GOAL_WORKDAYS, "workdays", "arbejdsdage")			\
	X(GOAL_MONTHS, "months", "måneder")

#define GOAL_PAUSES(X)							\
	X(GOAL_GROSS, "gross", "Alle dage tæller (brutto)")		\
	X(GOAL_NET, "net",						\
	    "Dage sendt retur til rettelse tæller ikke (netto)")

#define GOAL_PERIODS(X)							\
	X(GOAL_DECIDED, "decided",					\
	    "En sag tæller i den periode, den blev afgjort i")		\
	X(GOAL_SERVICEDESK, "breach",					\
	    "Også: en åben sag over fristen tæller som overskredet i "	\
	    "den periode, fristen udløb i")

/*
 * The constant of a code (-1 if the code is none of the list), and the
 * code and label of a constant ("" if none).
 */
int		 goaldef_population(const char *code);
int		 goaldef_unit(const char *code);
int		 goaldef_pause(const char *code);
int		 goaldef_period(const char *code);
const char	*goaldef_population_code(int);
const char	*goaldef_population_label(int);
const char	*goaldef_population_role(int);
const char	*goaldef_population_start(int);	/* the start event, "Modtaget" */
const char	*goaldef_population_stop(int);	/* the stop event, "Afgjort" */
const char	*goaldef_unit_code(int);
const char	*goaldef_unit_label(int);
const char	*goaldef_pause_code(int);
const char	*goaldef_pause_label(int);
const char	*goaldef_period_code(int);
const char	*goaldef_period_label(int);

#endif
