/* whistle_stats: pure functions for the whistleblower pages (see .h). */
#include <stdio.h>
#include <string.h>

#include "wbstats.h"

int
ws_change_pct(long long prev, long long cur, long long *pct)
{
	long long	 num;

	if (prev <= 0)
		return -1;
	num = 100 * (cur - prev);
	/* Integer rounding, half away from zero, in both directions. */
	if (num >= 0)
		*pct = (2 * num + prev) / (2 * prev);
	else
		*pct = -((-2 * num + prev) / (2 * prev));
	return 0;
}

char *
ws_fmt_change(long long prev, long long cur, char *buf, size_t sz)
{
	long long	 pct;

	if (ws_change_pct(prev, cur, &pct) == -1)
		snprintf(buf, sz, "–");
	else
		snprintf(buf, sz, "%s%lld %%", pct > 0 ? "+" : "", pct);
	return buf;
}

size_t
ws_top(const long long *counts, size_t n, size_t k, size_t *top,
    long long *rest)
{
	size_t	 i, j, got = 0, best;
	int	 taken;

	*rest = 0;
	/* Selection: k is small (3) and n is the short list of causes. */
	while (got < k) {
		best = n;
		for (i = 0; i < n; i++) {
			if (counts[i] <= 0)
				continue;
			for (taken = 0, j = 0; j < got; j++)
				if (top[j] == i)
					taken = 1;
			if (!taken && (best == n || counts[i] > counts[best]))
				best = i;
		}
		if (best == n)
			break;
		top[got++] = best;
	}
	for (i = 0; i < n; i++) {
		for (taken = 0, j = 0; j < got; j++)
			if (top[j] == i)
				taken = 1;
		if (!taken)
			*rest += counts[i];
	}
	return got;
}

cal_day
ws_due(enum ws_deadline which, cal_day received)
{
	switch (which) {
	case WS_REGISTER:
		return cal_add_workdays(received, 1, 0);
	case WS_ACK:
		return received + 7;
	case WS_FEEDBACK:
		return cal_add_months(received, 3);
	}
	return received;
}

enum ws_state
ws_state(cal_day due, const cal_day *done, cal_day today, int closed)
{
	if (done != NULL)
		return *done <= due ? WS_MET : WS_LATE;
	if (closed)
		return WS_MISSED;
	if (today > due)
		return WS_OVERDUE;
	return cal_workdays_between(today, due, 0) <= WS_SOON_WORKDAYS ?
	    WS_SOON : WS_LATER;
}

const char *
ws_class(enum ws_state st)
{
	switch (st) {
	case WS_LATER:
		return "due-later";
	case WS_SOON:
		return "due-soon";
	case WS_MET:
	case WS_LATE:		/* done: nothing left to do, the words say late */
		return "due-met";
	case WS_OVERDUE:
	case WS_MISSED:
		break;
	}
	return "due-over";
}

unsigned
ws_meets(enum ws_entry e)
{
	switch (e) {
	case WS_E_MESSAGE:
		return WS_MEETS_ACK;
	case WS_E_FEEDBACK:
	case WS_E_CLOSE_MESSAGE:
		return WS_MEETS_ACK | WS_MEETS_FEEDBACK;
	case WS_E_NOTE:
	case WS_E_CLOSE:
		break;
	}
	return 0;
}
