/*
 * settings: every setting the rules read, once.  Each has its key in the
 * setting table, its type and range as the settings page accepts it, the
 * default that applies when the row is missing or not a valid number, and
 * its Danish label.  sql/003 and sql/004 seed the table with the same
 * defaults and labels; tests/unit/check_settings.c checks that they agree.
 * Amounts are in øre.
 */
#ifndef FRIST_SETTINGS_H
#define FRIST_SETTINGS_H

#include <stdint.h>

#include "valid.h"

/* X(id, key, type, default, min, max, label) */
#define SETTINGS_TABLE(X)						\
	X(SET_AUDITOR_THRESHOLD, "grants.auditor_threshold_ore",	\
	    VT_AMOUNT, 50000000, 0, INT64_C(100000000000),		\
	    "Revisorerklæring kræves fra tilskudsbeløb (kr.)")		\
	X(SET_CLOCK_LIMIT, "grants.clock_limit_days", VT_INT, 155, 1, 3650, \
	    "Frist for behandling af statusrapporter og regnskaber (dage)") \
	X(SET_CLOCK_PAUSES, "grants.clock_pauses", VT_INT, 0, 0, 1,	\
	    "Tilbagesendelse til rettelse stopper uret (1 = ja, 0 = nej)") \
	X(SET_DEVIATION, "grants.deviation_permille", VT_INT, 100, 0, 1000, \
	    "Afvigelse der kræver forklaring (promille af budgetlinjen)") \
	X(SET_OBLIG_SOON, "grants.obligations_soon_days", VT_INT, 14, 0, \
	    365, "Oversigten over frister viser så mange dage frem")	\
	X(SET_PAYMENT_STOP_DAYS, "grants.payment_stop_days", VT_INT, 30, \
	    0, 3650,							\
	    "Betalingsstop foreslås, når regnskabet er så mange dage forsinket") \
	X(SET_REMIND_BEFORE_1, "grants.remind_before_days_1", VT_INT, 14, \
	    0, 365, "Første påmindelse om en frist: dage før (0 = ingen)") \
	X(SET_REMIND_BEFORE_2, "grants.remind_before_days_2", VT_INT, 3, \
	    0, 365, "Anden påmindelse om en frist: dage før (0 = ingen)") \
	X(SET_REMIND_EVERY, "grants.remind_overdue_every_days", VT_INT, 7, \
	    1, 365, "Påmindelse efter overskredet frist: hver (dage)")	\
	X(SET_REMIND_MAX, "grants.remind_overdue_max", VT_INT, 4, 0, 52, \
	    "Højst antal påmindelser efter overskredet frist")		\
	X(SET_REMIND_WORKDAYS, "grants.remind_working_days", VT_INT, 0, \
	    0, 1, "Påmindelser kun på arbejdsdage (1 = ja, 0 = nej)")	\
	X(SET_RISK_DAYS, "grants.risk_days", VT_INT, 30, 0, 365,	\
	    "Puljer er i risiko så mange dage før udmøntningsfristen")	\
	X(SET_DIGEST_WORKDAYS, "mail.digest_workdays", VT_INT, 1, 0, 1, \
	    "Daglig oversigt kun på arbejdsdage (1 = ja, 0 = nej)")	\
	X(SET_WB_MAX_FAILURES, "whistle.max_failures_per_minute", VT_INT, \
	    60, 1, 10000,						\
	    "Forkerte kvitteringskoder pr. minut (alle tilsammen) før pause") \
	X(SET_WB_RETENTION, "whistle.retention_days", VT_INT, 730, 30, 36500, \
	    "Indhold af lukkede whistleblowersager slettes efter (dage)")

#define SETTINGS_ENUM(id, key, type, def, min, max, label)	id,
enum setting {
	SETTINGS_TABLE(SETTINGS_ENUM)
	SET__MAX
};

struct setting_def {
	const char	*key;
	enum valid_type	 type;		/* VT_INT or VT_AMOUNT */
	int64_t		 def, min, max;
	const char	*label;
};

extern const struct setting_def setting_defs[SET__MAX];

/* Setting s as the (key, value) statement stmt gives it, or its default
 * when the row is missing, not a number or out of range. */
int64_t		 setting_get(int stmt, enum setting s);
/* The setting whose key is key, or SET__MAX. */
enum setting	 setting_find(const char *key);

#endif
