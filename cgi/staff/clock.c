/* The 155-day clock of a case, from its row (received, decided, pauses). */
#include <stdlib.h>
#include <string.h>

#include "staff.h"

/* The queue's own aggregate ("start/end,start/"), so it is well formed. */
size_t
staff_pauses(const char *s, struct grant_pause *out, size_t max)
{
	size_t	 n;

	(void)grant_pauses_parse(s, ",", GRANT_NODAY, GRANT_NODAY, out, max,
	    &n);
	return n;
}

int
staff_clock(const char *received, const char *decided, const char *pauses,
    cal_day today, int pauses_stop, int *elapsed)
{
	struct grant_pause	 p[32];
	struct grant_clock	 c;
	cal_day			 d;

	if (cal_parse(received, &c.received) == -1)
		return -1;
	c.decided = cal_parse(decided, &d) == 0 ? d : GRANT_NODAY;
	c.npauses = staff_pauses(pauses, p, sizeof(p) / sizeof(p[0]));
	c.pauses = p;
	c.pauses_stop_clock = pauses_stop;
	*elapsed = grant_clock_days(&c, today);
	return 0;
}
