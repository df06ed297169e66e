/*
 * grant: the business rules of grant administration, as plain functions
 * with no I/O (see ../shared/domain.md §1).
 */
#ifndef FRIST_GRANT_H
#define FRIST_GRANT_H

#include <stddef.h>
#include <stdint.h>

#include "cal.h"

#define GRANT_NODAY	INT32_MIN	/* "no date" for cal_day fields */

/*
 * A pool's phase as the public sees it, from its stored status and its
 * application window: a published ("open") pool is upcoming before its
 * first day, open from opens to closes (both included) and closed after.
 * The /grants/ list and every staff count use this one definition.
 */
enum grant_phase {
	GP_DRAFT,	/* not published */
	GP_UPCOMING,	/* published, today < opens */
	GP_OPEN,	/* published, opens <= today <= closes */
	GP_CLOSED,	/* published and past closes, or closed by staff */
	GP_DISBURSED,	/* marked disbursed by staff */
};

enum grant_phase grant_pool_phase(const char *status, cal_day opens,
		    cal_day closes, cal_day today);
const char	*grant_phase_code(enum grant_phase);	/* "upcoming" ... */
const char	*grant_phase_label(enum grant_phase);	/* Danish */

/*
 * Rettidig udmøntning.  A pool is disbursed when its application window
 * has closed, every submitted application has a decision (an award
 * commits its amount in the same step) and at least one was awarded.
 * The day it was disbursed is the later of the closing day and the last
 * decision; it is on time if that is on or before the disbursement
 * deadline.  A pool that closed with every application decided and none
 * awarded disbursed nothing: that is neither on time nor late.
 *
 * Until then, the deadline decides first, whatever the window: past it
 * the pool is overdue; with undecided applications and at most risk_days
 * (negative counts as 0) left to it, the pool is at risk, even while it
 * still receives applications.
 */
enum grant_disb {
	GD_RECEIVING,	/* opens <= today <= closes, not at risk */
	GD_PENDING,	/* closed, undecided applications, deadline not near */
	GD_AT_RISK,	/* undecided, 0 <= deadline - today <= risk_days */
	GD_OVERDUE,	/* not disbursed and the deadline has passed */
	GD_ON_TIME,	/* disbursed on or before the deadline (or no deadline set) */
	GD_LATE,	/* disbursed after the deadline */
	GD_UPCOMING,	/* today < opens, not at risk */
	GD_NOTHING,	/* closed, all decided, nothing awarded */
	GD_DRAFT,	/* not published: the rule does not apply */
};

struct grant_pool_state {
	int	 draft;			/* not published */
	cal_day	 opens;			/* first day of the window, or GRANT_NODAY */
	cal_day	 closes;		/* last day of the application window */
	cal_day	 deadline;		/* udmøntningsfrist, or GRANT_NODAY */
	int	 applications;		/* submitted (not drafts) */
	int	 decided;		/* awarded or rejected */
	int	 awarded;		/* awarded */
	cal_day	 last_decision;		/* latest decision day, GRANT_NODAY if none */
};

enum grant_disb	 grant_disbursement(const struct grant_pool_state *,
		    cal_day today, int risk_days);
/* The day the pool counts as disbursed, or GRANT_NODAY if it is not (yet). */
cal_day		 grant_disbursed_on(const struct grant_pool_state *, cal_day today);
const char	*grant_disb_label(enum grant_disb);	/* Danish */
const char	*grant_disb_code(enum grant_disb);	/* "at_risk" ... (CSS) */

/*
 * The processing clock of a status report or an account (155 days):
 * calendar days from the day received to the day decided (or today).
 * When pauses count (the setting grants.clock_pauses, off by default) the days
 * inside each pause (returned for correction, from start up to the day
 * before end) are not counted.  A pause with end GRANT_NODAY is ongoing.
 */
struct grant_pause {
	cal_day	 start;
	cal_day	 end;
};

struct grant_clock {
	cal_day			 received;
	cal_day			 decided;	/* GRANT_NODAY while open */
	const struct grant_pause *pauses;
	size_t			 npauses;
	int			 pauses_stop_clock;
};

/*
 * Pauses written "start/end" with dates YYYY-MM-DD, end empty while the
 * pause lasts, one after another separated by any of seps (empty items
 * are skipped): "2023-02-01/2023-02-15,2023-03-01/" as the staff queue's
 * SQL aggregates them (seps ","), or "2023-02-01/2023-02-15 2023-03-01/"
 * in an import file (seps " ").  A pause may not begin before received,
 * end before it begins, end after decided, or be open in a decided case
 * (received or decided GRANT_NODAY: not checked).  out gets at most max;
 * *n says how many were read before the first error.
 */
enum grant_pause_err {
	GPE_OK,
	GPE_TOO_MANY,		/* more than max */
	GPE_NO_SLASH,		/* an item without '/' */
	GPE_BAD_DATE,		/* a date that is not YYYY-MM-DD or does not exist */
	GPE_BEFORE_RECEIVED,
	GPE_END_BEFORE_START,
	GPE_AFTER_DECISION,
	GPE_OPEN_DECIDED,	/* open pause, decided case */
};
enum grant_pause_err grant_pauses_parse(const char *s, const char *seps,
		    cal_day received, cal_day decided, struct grant_pause *out,
		    size_t max, size_t *n);

/*
 * A case is near its limit with at most this many days left: the queue
 * marks it, the case page colours it and the daily digest lists it.
 */
#define GRANT_NEAR_DAYS	30

/* Days elapsed by `today` (or by `decided`, if decided). */
int	 grant_clock_days(const struct grant_clock *, cal_day today);
/* limit - elapsed: negative when over the limit. */
int	 grant_clock_left(const struct grant_clock *, cal_day today, int limit);
/*
 * A period in plain Danish: "2.–9. december 2026", "28. november –
 * 3. december 2026", "28. december 2026 – 3. januar 2027", or one day
 * "2. december 2026" when from == to (or to is before from).  Returns buf.
 */
#define GRANT_PERIOD_MAX	64
char	*grant_period_long(cal_day from, cal_day to, char *buf, size_t bufsz);

/*
 * Accounts: actual vs budget per line.  A line deviates when
 * |actual - budget| * 1000 > budget * permille (so permille 100 = 10 %);
 * a zero budget deviates for any non-zero actual.  Exact integer maths
 * (no overflow for amounts below 2^53 øre).
 */
int	 grant_deviates(int64_t budget_ore, int64_t actual_ore, int permille);
/*
 * How far actual is from budget, in per mille of the budget (tenths of a
 * per cent), signed (negative: under budget), rounded half away from
 * zero and saturated at INT64_MAX.  Returns 0, or -1 if the budget is 0
 * and actual is not (there is no share; *pm is then 0).  A negative
 * budget is taken by its size.
 */
int	 grant_deviation(int64_t budget_ore, int64_t actual_ore, int64_t *pm);
/* |pm| as a Danish per cent with one decimal ("12,5"); returns buf. */
char	*grant_fmt_permille(int64_t pm, char *buf, size_t bufsz);
/* Revisorerklæring is needed from this amount (inclusive). */
int	 grant_auditor_required(int64_t amount_ore, int64_t threshold_ore);

/*
 * Reporting obligations for a grant period [start, end]: a status report
 * due every `every_months` months after start while on or before end
 * (none if every_months is 0), and one at end if the last one is earlier;
 * then the accounts `accounts_after_months` after end if accounting is
 * required.  Returns the number written (at most max).
 */
enum grant_kind {
	GK_STATUS,
	GK_ACCOUNTS,
};

struct grant_due {
	enum grant_kind	 kind;
	cal_day		 due;
};

size_t	 grant_schedule(cal_day start, cal_day end, int every_months,
	    int accounting, int accounts_after_months, struct grant_due *out,
	    size_t max);

/*
 * A submission's status and kind, as stored: the key of its label in the
 * string tables (i18n.h; the public pages show it in their language),
 * NULL for a status that is none; and the Danish label (staff pages).
 */
const char	*grant_status_key(const char *status);
const char	*grant_kind_key(const char *kind);
const char	*grant_status_label(const char *status);
const char	*grant_kind_label(const char *kind);

/*
 * What happened in a case (case_event.kind), once: X(code, label, key)
 * with the staff pages' Danish label and the key of the recipient's label
 * in the portal's string tables, NULL for what the recipient never sees
 * (internal notes).  The CHECK on case_event.kind in sql/003 lists the
 * same codes (tests/unit/check_grant.c).
 */
#define GRANT_EVENTS(X)							\
	X("received", "Modtaget", "G_EVENT_RECEIVED")			\
	X("resubmitted", "Indsendt igen efter rettelse",		\
	    "G_EVENT_RESUBMITTED")					\
	X("taken", "Taget", "G_EVENT_TAKEN")				\
	X("returned", "Sendt retur til rettelse", "G_EVENT_RETURNED")	\
	X("approved", "Godkendt", "G_EVENT_APPROVED")			\
	X("rejected", "Afvist", "G_EVENT_REJECTED")			\
	X("repayment", "Krav om tilbagebetaling", "G_EVENT_REPAYMENT")	\
	X("message", "Besked til modtageren", "G_EVENT_MESSAGE")	\
	X("note", "Intern note", NULL)					\
	X("imported", "Importeret", "G_EVENT_IMPORTED")

#endif
