/*
 * whistle_stats: the whistleblower figures as pure functions, with no I/O,
 * so that the unit tests can cover them: the change from the year before
 * in whole percent (as the annual report's Tabel 7), the causes that may
 * be named (only the most frequent, for anonymity), and the three
 * deadlines of a report.
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
	WS_PENDING,	/* not done, not yet due */
	WS_MET,		/* done on or before the day */
	WS_LATE,	/* done, but after the day */
	WS_OVERDUE,	/* not done, and the day has passed */
};

cal_day		 ws_due(enum ws_deadline, cal_day received);
/* done is NULL if it has not happened. */
enum ws_state	 ws_state(cal_day due, const cal_day *done, cal_day today);

#endif
