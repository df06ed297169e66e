/*
 * fuzz_pauses: grant_pauses_parse, which reads the pause column of the
 * CSV import ("2023-02-01/2023-02-15 2023-03-01/", a staff member's
 * upload) and the pauses the queue's SQL aggregates (","); then the
 * 155-day clock (grant_clock_days) over what it read.
 *
 * The first four bytes pick the case (received, decided or open, today,
 * which checks apply, the separators and the room); the rest is the text.
 *
 * Checked: the result is one of enum grant_pause_err and at most max
 * pauses are read; every pause read keeps each rule (a real day, not
 * before received, not ending before it begins or after the decision,
 * not open in a decided case); a text read whole, written out again,
 * reads the same; and the clock equals a day-by-day count: the days
 * from received to the decision (or today) that lie in no pause.
 */
#include "fuzz.h"

#include "cal.h"
#include "grant.h"

#define MAXP	8

static void
put_day(char **o, cal_day d)
{
	cal_format(d, *o);
	*o += 10;
}

/* The clock by brute force, one day at a time. */
static int64_t
ref_days(cal_day recv, cal_day end, const struct grant_pause *p, size_t n,
    int stop)
{
	int64_t	 days = 0;
	cal_day	 d;
	size_t	 i;
	int	 paused;

	for (d = recv; d < end; d++) {
		paused = 0;
		for (i = 0; stop && i < n; i++)
			if (d >= p[i].start && (p[i].end == GRANT_NODAY ||
			    d < p[i].end))
				paused = 1;
		days += !paused;
	}
	return days;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct grant_pause	 p[MAXP], q[MAXP];
	struct grant_clock	 c;
	enum grant_pause_err	 e;
	cal_day			 recv, dec, today, crecv, cdec, end;
	const char		*seps;
	char			*s, buf[MAXP * 22 + 1], *o;
	size_t			 n, m, max, i;

	if (size < 4)
		return 0;
	crecv = cal_from_ymd(2020, 1, 1) + data[0] * 8;
	cdec = data[1] < 128 ? GRANT_NODAY : crecv + (data[1] - 128) * 4;
	today = crecv + data[2] * 4;
	recv = data[3] & 1 ? GRANT_NODAY : crecv;
	dec = data[3] & 2 ? GRANT_NODAY : cdec;
	seps = data[3] & 4 ? " " : ",";
	max = 1 + (data[3] >> 4) % MAXP;
	s = fuzz_strndup(data + 4, size - 4);

	e = grant_pauses_parse(s, seps, recv, dec, p, max, &n);
	FUZZ_CHECK(e >= GPE_OK && e <= GPE_OPEN_DECIDED);
	FUZZ_CHECK(n <= max);
	for (i = 0; i < n; i++) {
		FUZZ_CHECK(p[i].start != GRANT_NODAY);
		FUZZ_CHECK(recv == GRANT_NODAY || p[i].start >= recv);
		FUZZ_CHECK(p[i].end == GRANT_NODAY || p[i].end >= p[i].start);
		FUZZ_CHECK(dec == GRANT_NODAY || p[i].end != GRANT_NODAY);
		FUZZ_CHECK(dec == GRANT_NODAY || p[i].end <= dec);
	}
	if (e == GPE_OK) {
		o = buf;
		for (i = 0; i < n; i++) {
			if (i > 0)
				*o++ = seps[0];
			put_day(&o, p[i].start);
			*o++ = '/';
			if (p[i].end != GRANT_NODAY)
				put_day(&o, p[i].end);
		}
		*o = '\0';
		FUZZ_CHECK(grant_pauses_parse(buf, seps, recv, dec, q, max, &m) ==
		    GPE_OK);
		FUZZ_CHECK(m == n);
		for (i = 0; i < n; i++)
			FUZZ_CHECK(q[i].start == p[i].start &&
			    q[i].end == p[i].end);
	}

	/* The clock over what was read, with the case's own days. */
	memset(&c, 0, sizeof(c));
	c.received = crecv;
	c.decided = cdec;
	c.pauses = p;
	c.npauses = n;
	end = cdec != GRANT_NODAY ? cdec : today;
	for (c.pauses_stop_clock = 0; c.pauses_stop_clock < 2;
	    c.pauses_stop_clock++)
		FUZZ_CHECK(grant_clock_days(&c, today) ==
		    ref_days(crecv, end, p, n, c.pauses_stop_clock));
	free(s);
	return 0;
}
