/* The 155-day clock of a case, from its row (received, decided, pauses). */
#include <stdlib.h>
#include <string.h>

#include "staff.h"

size_t
staff_pauses(const char *s, struct grant_pause *out, size_t max)
{
	char		 buf[11];
	size_t		 n = 0;
	cal_day		 d;

	while (*s != '\0' && n < max) {
		memcpy(buf, s, 10);
		buf[10] = '\0';
		if (strlen(s) < 11 || s[10] != '/' || cal_parse(buf, &d) == -1)
			break;
		out[n].start = d;
		out[n].end = GRANT_NODAY;
		s += 11;
		if (strlen(s) >= 10 && s[0] != ',') {
			memcpy(buf, s, 10);
			if (cal_parse(buf, &d) == 0)
				out[n].end = d;
			s += 10;
		}
		n++;
		if (*s == ',')
			s++;
	}
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
