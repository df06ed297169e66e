/*
 * whistle_stats: the whistleblower figures as pure functions, with no I/O,
 * so that the unit tests can cover them: the change from the year before
 * in whole percent (as the annual report's Tabel 7), the causes that may
 * be named (only the most frequent, for anonymity), the three deadlines
 * of a report, how close each is, and which messages meet them.
 */
#ifndef FRIST_WBSTATS_H
#define FRIST_WBSTATS_H

#include <stddef.h>

#include "cal.h"

/*
 * The change from prev to cur in whole percent, rounded half away from
 * zero: 33 against 31 is 6, 24 against 38 is -37.  0, or -1 if prev is
 * not positive (there is nothing to compare with).
 */
int	 ws_change_pct(long long prev, long long cur, long long *pct);
/* The same as text: "+6 %", "-37 %", "0 %", or "–" without a base. */
char	*ws_fmt_change(long long prev, long long cur, char *buf, size_t sz);

/*
 * The k largest of counts[0..n-1] that are above zero, largest first
 * (ties: the lower index first), into top[]; returns how many (at most
 * k).  *rest gets the sum of all the others.
 */
size_t	 ws_top(const long long *counts, size_t n, size_t k, size_t *top,
	    long long *rest);

/* The deadlines of a report, all counted from the day it was received. */
enum ws_deadline {
	WS_REGISTER,	/* registered within 1 working day */
	WS_ACK,		/* acknowledged within 7 days */
	WS_FEEDBACK,	/* feedback within 3 months */
};

enum ws_state {
	WS_LATER,	/* not done, due in more than 2 working days */
	WS_SOON,	/* not done, due within 2 working days (today too) */
	WS_OVERDUE,	/* not done, and the day has passed */
	WS_MET,		/* done on or before the day */
	WS_LATE,	/* done, but after the day */
	WS_MISSED,	/* not done, and the report is closed without it */
};
#define WS_SOON_WORKDAYS	2

cal_day		 ws_due(enum ws_deadline, cal_day received);
/*
 * Where a deadline stands today: done is NULL if it has not happened;
 * closed says the report is closed (what is not done by then was not
 * done, whatever the date).
 */
enum ws_state	 ws_state(cal_day due, const cal_day *done, cal_day today,
		    int closed);
/* The class that colours it: "due-over", "due-soon", "due-later" or
 * "due-met" (the page says the state in words as well). */
const char	*ws_class(enum ws_state);

/*
 * What staff write on a report, and which of the reporter's deadlines it
 * meets.  The acknowledgement is met by the first message to the
 * reporter; the feedback only by a message marked as the feedback or by
 * the message written when closing.  A note, and a closing without a
 * message, meet neither.  (The first one counts: a later one does not
 * move the day.)
 */
enum ws_entry {
	WS_E_NOTE,		/* internal note */
	WS_E_MESSAGE,		/* message to the reporter */
	WS_E_FEEDBACK,		/* message marked as the feedback */
	WS_E_CLOSE,		/* closing without a message */
	WS_E_CLOSE_MESSAGE,	/* closing with a message to the reporter */
};
#define WS_MEETS_ACK		0x1
#define WS_MEETS_FEEDBACK	0x2
unsigned	 ws_meets(enum ws_entry);

#endif
