/*
 * alerts: which staff mails are due, as pure functions with no I/O, so
 * that the unit tests can cover every day (tests/unit/check_alerts.c).
 * The scheduler that runs them each day (and the outbox it writes to)
 * is elsewhere; this module only says what, and under which dedup key,
 * so that running it twice a day, or again after a missed day, never
 * sends a mail twice.
 *
 * Whistleblower deadline alerts, for one report.  The deadlines are the
 * staff pages' own (wbstats.h, ws_due), counted from the day received:
 *
 *   unregistered  not registered, and today is after the registration
 *                 day (ws_due(WS_REGISTER): the next working day), so
 *                 the report was not registered by the end of its
 *                 working day;
 *   ack           not acknowledged, and today >= the 7-day deadline
 *                 (ws_due(WS_ACK)) - 2 days;
 *   feedback      no feedback, and today >= the 3-month deadline
 *                 (ws_due(WS_FEEDBACK)) - 15 days.
 *
 * Calendar days, whatever the weekday: a reminder that waited for
 * Monday could come after the deadline.  None once the step is done
 * (on any day, even after today: the data say it is done) or the report
 * is closed.  Catch-up: an alert stays due every day until its step is
 * done, and its dedup key "wb:<report id>:<key>" (tools/frist-remind
 * adds ":<staff id>", one mail to each) makes it one mail per report,
 * step and recipient, ever, so a scheduler that missed days still sends
 * it once and a step done meanwhile sends nothing.
 *
 * The daily digest, per staff member: their open grant cases whose
 * 155-day clock (grant.h, grant_clock_left, pauses as the setting takes
 * them) is within GRANT_NEAR_DAYS of the limit or past it, fewest days
 * left first.  It is due when the digest is on, the staff member has an
 * address, at least one case is listed, and (if the setting says
 * working days only) today is a working day of the state (cal.h,
 * CAL_WD_STATE: not a weekend, a public holiday, Grundlovsdag, 24/12 or
 * 31/12); one a day, dedup key
 * "digest:<staff id>:<YYYY-MM-DD>".
 */
#ifndef FRIST_ALERTS_H
#define FRIST_ALERTS_H

#include <stddef.h>

#include "cal.h"
#include "grant.h"
#include "valid.h"

#define ALERT_NODAY	GRANT_NODAY	/* a step not done */

enum alert_wb {
	AW_UNREGISTERED,
	AW_ACK,
	AW_FEEDBACK,
	AW__MAX
};
#define AW_BIT(a)	(1u << (a))

/* Days before the deadline an alert is first due. */
#define AW_ACK_BEFORE		2
#define AW_FEEDBACK_BEFORE	15

/* A report's days (ALERT_NODAY when the step has not happened). */
struct alert_report {
	cal_day	 received;
	cal_day	 registered;
	cal_day	 acknowledged;
	cal_day	 feedback;
	cal_day	 closed;
};

/* The first day the alert is due (whether or not the step is done). */
cal_day		 alert_wb_from(enum alert_wb, cal_day received);
/* The alerts due today, as AW_BIT()s. */
unsigned	 alert_wb_due(const struct alert_report *, cal_day today);
/* "unregistered", "ack", "feedback": the dedup key's last part. */
const char	*alert_wb_key(enum alert_wb);
/* Danish, for the mail: "Indberetningen er ikke registreret" ... */
const char	*alert_wb_label(enum alert_wb);
/* "wb:<id>:<key>" into buf; -1 if it does not fit. */
int		 alert_wb_dedup(char *buf, size_t bufsz, long long report_id,
		    enum alert_wb);

/* One of a staff member's open cases, as the digest sees it. */
struct alert_case {
	long long		 id;
	const char		*case_no;
	const char		*grant_no;
	struct grant_clock	 clock;		/* decided: GRANT_NODAY */
	int			 left;		/* set by alert_digest_select */
};

/*
 * Keeps the cases whose days left (limit - elapsed, set in .left) are at
 * most near, moved to the front of cases[] sorted by days left, then by
 * id; returns how many.  The order of the rest is unspecified.
 */
size_t		 alert_digest_select(struct alert_case *cases, size_t n,
		    cal_day today, int limit, int near);
/* Whether a digest is due today (1) or not (0). */
int		 alert_digest_due(int digest_on, const char *email,
		    size_t nlisted, cal_day today, int workdays_only);
/* A staff member's address in a form (the profile, frist-tool email-ok):
 * optional, '' meaning none.  VT_EMAIL is the mailer's own rule
 * (mailmsg_addr_ok), as sql/029's CHECK on staff.email is. */
#define ALERT_EMAIL_FIELD \
	{ "email", "E-mailadresse", VT_EMAIL, 0, 0, 254, NULL }

/* "digest:<staff id>:<YYYY-MM-DD>" into buf; -1 if it does not fit. */
int		 alert_digest_dedup(char *buf, size_t bufsz, long long staff_id,
		    cal_day today);

#endif
