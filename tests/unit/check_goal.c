/*
 * Unit tests for goal: elapsed time and breach days in calendar days,
 * Danish working days (Easter, Christmas, New Year, Store bededag before
 * and after 2024) and months (end-of-month clamping), gross and net with
 * pauses; which version judges a case; period attribution, breached and
 * at-risk open cases, worst and best case, the service-desk rule,
 * percentiles, empty periods, shares on the boundary, the trend and the
 * histogram; and a few thousand random cases against a naive day-by-day
 * reference, the same definitions the dashboard's SQL is held to.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "cal.h"
#include "goal.h"
#include "grant.h"
#include "ckday.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define NO		GOAL_NODAY

Suite	*goal_suite(void);

static cal_day
D(int y, int m, int d)
{
	return cal_from_ymd(y, m, d);
}

static cal_day
at(cal_day base, int off)
{
	return off == NO ? NO : base + off;
}

static const char *
fmt(cal_day d, char *buf)
{
	if (d == NO)
		return "(ingen)";
	cal_format(d, buf);
	return buf;
}

static struct goal_version
ver(cal_day from, enum goal_unit unit, int limit, int target,
    enum goal_pause pause, enum goal_period period)
{
	struct goal_version v;

	memset(&v, 0, sizeof(v));
	v.valid_from = from;
	v.unit = unit;
	v.limit = limit;
	v.target_pm = target;
	v.pause = pause;
	v.period = period;
	return v;
}

static struct goal
goal_of(const struct goal_version *v, size_t n)
{
	struct goal	 g;

	g.population = "test";
	g.versions = v;
	g.nversions = n;
	return g;
}

static struct goal_case
case_of(cal_day start, cal_day stop)
{
	struct goal_case c;

	c.start = start;
	c.stop = stop;
	c.pauses = NULL;
	c.npauses = 0;
	return c;
}

/* --- versions ---------------------------------------------------------- */

START_TEST(test_version_at)
{
	struct goal_version v[4];
	struct goal	 g;

	/* Out of order on purpose; two share a valid_from. */
	v[0] = ver(D(2024, 7, 1), GOAL_DAYS, 120, 900, GOAL_NET, GOAL_DECIDED);
	v[1] = ver(D(2022, 1, 1), GOAL_DAYS, 155, 900, GOAL_NET, GOAL_DECIDED);
	v[2] = ver(D(2025, 1, 1), GOAL_DAYS, 100, 900, GOAL_NET, GOAL_DECIDED);
	v[3] = ver(D(2025, 1, 1), GOAL_DAYS, 90, 950, GOAL_NET, GOAL_DECIDED);
	g = goal_of(v, 4);
	ck_assert_int_eq(goal_valid(&g), 0);
	/* Before every version: the earliest reaches back. */
	ck_assert_uint_eq(goal_version_at(&g, D(2019, 5, 5)), 1);
	ck_assert_uint_eq(goal_version_at(&g, D(2021, 12, 31)), 1);
	ck_assert_uint_eq(goal_version_at(&g, D(2022, 1, 1)), 1);
	ck_assert_uint_eq(goal_version_at(&g, D(2024, 6, 30)), 1);
	ck_assert_uint_eq(goal_version_at(&g, D(2024, 7, 1)), 0);
	ck_assert_uint_eq(goal_version_at(&g, D(2024, 12, 31)), 0);
	/* Equal valid_from: the later entry. */
	ck_assert_uint_eq(goal_version_at(&g, D(2025, 1, 1)), 3);
	ck_assert_uint_eq(goal_version_at(&g, D(2030, 1, 1)), 3);
	g.nversions = 1;
	ck_assert_uint_eq(goal_version_at(&g, D(2000, 1, 1)), 0);
}
END_TEST

START_TEST(test_valid)
{
	struct goal_version v[GOAL_MAXVERSIONS + 1];
	struct goal	 g;
	size_t		 i;

	for (i = 0; i < NELEM(v); i++)
		v[i] = ver(D(2020, 1, 1) + (cal_day)i, GOAL_DAYS, 155, 900,
		    GOAL_GROSS, GOAL_DECIDED);
	g = goal_of(v, GOAL_MAXVERSIONS);
	ck_assert_int_eq(goal_valid(&g), 0);
	g.nversions = GOAL_MAXVERSIONS + 1;
	ck_assert_int_eq(goal_valid(&g), -1);
	g.nversions = 0;
	ck_assert_int_eq(goal_valid(&g), -1);
	ck_assert_int_eq(goal_valid(NULL), -1);
	g.nversions = 1;
	v[0].limit = -1;
	ck_assert_int_eq(goal_valid(&g), -1);
	v[0].limit = GOAL_MAXLIMIT;
	ck_assert_int_eq(goal_valid(&g), 0);
	v[0].limit = GOAL_MAXLIMIT + 1;
	ck_assert_int_eq(goal_valid(&g), -1);
	v[0].unit = GOAL_MONTHS;
	v[0].limit = GOAL_MAXLIMIT / 30 + 1;
	ck_assert_int_eq(goal_valid(&g), -1);
	v[0].limit = GOAL_MAXLIMIT / 30;
	ck_assert_int_eq(goal_valid(&g), 0);
	v[0].unit = (enum goal_unit)7;
	ck_assert_int_eq(goal_valid(&g), -1);
	v[0].unit = GOAL_DAYS;
	v[0].target_pm = 1001;
	ck_assert_int_eq(goal_valid(&g), -1);
	v[0].target_pm = -1;
	ck_assert_int_eq(goal_valid(&g), -1);
	v[0].target_pm = 1000;
	v[0].pause = (enum goal_pause)2;
	ck_assert_int_eq(goal_valid(&g), -1);
	v[0].pause = GOAL_NET;
	v[0].period = (enum goal_period)2;
	ck_assert_int_eq(goal_valid(&g), -1);
	v[0].period = GOAL_SERVICEDESK;
	v[0].valid_from = NO;
	ck_assert_int_eq(goal_valid(&g), -1);
}
END_TEST

/* --- calendar days, gross and net ------------------------------------- */

#define MAXP	3

/*
 * Started on day 0, limit 10 calendar days; the rest are offsets.
 * bg, bn: breach day under the gross and the net rule.
 */
struct calcase {
	int	 stop;
	int	 asof;
	size_t	 np;
	struct {
		int	 start, end;
	}	 p[MAXP];
	int	 gross, net;
	int	 bg, bn;
	enum goal_cstate st;	/* under the net rule */
};

static const struct calcase calcases[] = {
	/* Same day 0, the 10th day within, the 11th late. */
	{   0, 100, 0, { { 0, 0 } },              0,  0, 11, 11, GOAL_CS_MET },
	{  10, 100, 0, { { 0, 0 } },             10, 10, 11, 11, GOAL_CS_MET },
	{  11, 100, 0, { { 0, 0 } },             11, 11, 11, 11, GOAL_CS_MISSED },
	/* Open: read at asof; breached from the breach day on. */
	{  NO,   5, 0, { { 0, 0 } },              5,  5, 11, 11, GOAL_CS_OPEN },
	{  NO,  10, 0, { { 0, 0 } },             10, 10, 11, 11, GOAL_CS_OPEN },
	{  NO,  11, 0, { { 0, 0 } },             11, 11, 11, 11, GOAL_CS_BREACHED },
	/* A stop after asof is not known yet. */
	{  30,  11, 0, { { 0, 0 } },             11, 11, 11, 11, GOAL_CS_BREACHED },
	{   8,   7, 0, { { 0, 0 } },              7,  7, 11, 11, GOAL_CS_OPEN },
	/* Pause at the start: returned the day the clock started. */
	{  20, 100, 1, { { 0, 5 } },             20, 15, 11, 16, GOAL_CS_MISSED },
	{  15, 100, 1, { { 0, 5 } },             15, 10, 11, 16, GOAL_CS_MET },
	/* Pause at the end: resubmitted and decided the same day. */
	{  20, 100, 1, { { 15, 20 } },           20, 15, 11, 11, GOAL_CS_MISSED },
	{  15, 100, 1, { { 5, 10 } },            15, 10, 11, 16, GOAL_CS_MET },
	{  15, 100, 1, { { 10, 15 } },           15, 10, 11, 16, GOAL_CS_MET },
	/* Overlapping and touching pauses count once, in any order. */
	{  20, 100, 2, { { 5, 10 }, { 8, 14 } }, 20, 11, 11, 20, GOAL_CS_MISSED },
	{  19, 100, 2, { { 8, 14 }, { 5, 10 } }, 19, 10, 11, 20, GOAL_CS_MET },
	{  20, 100, 2, { { 5, 10 }, { 10, 12 } }, 20, 13, 11, 18, GOAL_CS_MISSED },
	{  17, 100, 2, { { 10, 12 }, { 5, 10 } }, 17, 10, 11, 18, GOAL_CS_MET },
	{  20, 100, 2, { { 5, 15 }, { 7, 9 } },  20, 10, 11, 21, GOAL_CS_MET },
	{  20, 100, 2, { { 5, 10 }, { 5, 10 } }, 20, 15, 11, 16, GOAL_CS_MISSED },
	{  30, 100, 3, { { 12, 14 }, { 2, 4 }, { 3, 6 } },
						  30, 24, 11, 17, GOAL_CS_MISSED },
	/* Before the start: only the days after it. */
	{  20, 100, 1, { { -10, -2 } },          20, 20, 11, 11, GOAL_CS_MISSED },
	{  20, 100, 1, { { -10, 0 } },           20, 20, 11, 11, GOAL_CS_MISSED },
	{  12, 100, 1, { { -5, 3 } },            12,  9, 11, 14, GOAL_CS_MET },
	/* Empty and backwards pauses take nothing. */
	{  11, 100, 1, { { 5, 5 } },             11, 11, 11, 11, GOAL_CS_MISSED },
	{  11, 100, 1, { { 8, 4 } },             11, 11, 11, 11, GOAL_CS_MISSED },
	{  11, 100, 1, { { NO, 4 } },            11, 11, 11, 11, GOAL_CS_MISSED },
	/* Ongoing: the net clock stands still, no breach day. */
	{  NO,  30, 1, { { 4, NO } },            30,  4, 11, NO, GOAL_CS_OPEN },
	/* Ending after asof: still ongoing as of asof. */
	{  NO,  30, 1, { { 4, 40 } },            30,  4, 11, NO, GOAL_CS_OPEN },
	{  NO,  50, 1, { { 4, 40 } },            50, 14, 11, 47, GOAL_CS_BREACHED },
	{  NO,  46, 1, { { 4, 40 } },            46, 10, 11, 47, GOAL_CS_OPEN },
	/* Beginning after asof: not there yet. */
	{  NO,  15, 1, { { 20, 25 } },           15, 15, 11, 11, GOAL_CS_BREACHED },
	{  NO,   9, 1, { { 9, 25 } },             9,  9, 11, NO, GOAL_CS_OPEN },
	/* The limit passed before the pause: breached, and paused. */
	{  NO,  25, 1, { { 12, 30 } },           25, 12, 11, 11, GOAL_CS_BREACHED },
	{  NO,  25, 1, { { 10, 30 } },           25, 10, 11, NO, GOAL_CS_OPEN },
	/* A decided case with a pause never ended (not valid, but defined). */
	{  20, 100, 1, { { 5, NO } },            20,  5, 11, NO, GOAL_CS_MET },
	/* Ending after the decision: counted up to it. */
	{  20, 100, 1, { { 18, 30 } },           20, 18, 11, 11, GOAL_CS_MISSED },
	/* Stopped before it started: not a case. */
	{  -1, 100, 0, { { 0, 0 } },              0,  0, 11, 11, GOAL_CS_NONE },
};

START_TEST(test_calendar)
{
	const struct calcase	*c = &calcases[_i];
	struct grant_pause	 p[MAXP];
	struct goal_version	 v[2];
	struct goal		 g;
	struct goal_case	 k;
	struct goal_case_state	 st;
	struct grant_clock	 gc;
	cal_day			 base = D(2024, 12, 20), asof;
	char			 b1[11], b2[11];
	size_t			 i;
	int			 maxday;

	maxday = c->stop == NO ? c->asof : c->stop;
	for (i = 0; i < c->np; i++) {
		p[i].start = at(base, c->p[i].start);
		p[i].end = at(base, c->p[i].end);
		if (c->p[i].end != NO && c->p[i].end > maxday)
			maxday = c->p[i].end;
		if (c->p[i].start != NO && c->p[i].start > maxday)
			maxday = c->p[i].start;
	}
	k.start = base;
	k.stop = at(base, c->stop);
	k.pauses = c->np ? p : NULL;
	k.npauses = c->np;
	asof = base + c->asof;
	v[0] = ver(D(2000, 1, 1), GOAL_DAYS, 10, 900, GOAL_GROSS, GOAL_DECIDED);
	v[1] = ver(D(2000, 1, 1), GOAL_DAYS, 10, 900, GOAL_NET, GOAL_DECIDED);

	ck_assert_msg(goal_elapsed(&v[0], &k, asof, GOAL_GROSS) == c->gross,
	    "row %d: gross %d, want %d", _i,
	    goal_elapsed(&v[0], &k, asof, GOAL_GROSS), c->gross);
	ck_assert_msg(goal_elapsed(&v[0], &k, asof, GOAL_NET) == c->net,
	    "row %d: net %d, want %d", _i,
	    goal_elapsed(&v[0], &k, asof, GOAL_NET), c->net);
	ck_assert_msg(goal_breach_day(&v[0], &k, asof) == at(base, c->bg),
	    "row %d: gross breach %s, want %s", _i,
	    fmt(goal_breach_day(&v[0], &k, asof), b1),
	    fmt(at(base, c->bg), b2));
	ck_assert_msg(goal_breach_day(&v[1], &k, asof) == at(base, c->bn),
	    "row %d: net breach %s, want %s", _i,
	    fmt(goal_breach_day(&v[1], &k, asof), b1),
	    fmt(at(base, c->bn), b2));

	g = goal_of(&v[1], 1);
	ck_assert_int_eq(goal_case_eval(&g, &k, asof, &st), c->st);
	if (c->st != GOAL_CS_NONE) {
		ck_assert_int_eq(st.gross, c->gross);
		ck_assert_int_eq(st.net, c->net);
		ck_assert_int_eq(st.elapsed, c->net);
		ck_assert_int_eq(st.paused_days, c->gross - c->net);
		ck_assert_int_eq(st.breach, at(base, c->bn));
	}

	/* The case page's 155-day clock agrees once everything is known. */
	if (asof >= base + maxday && c->st != GOAL_CS_NONE) {
		gc.received = k.start;
		gc.decided = k.stop;
		gc.pauses = k.pauses;
		gc.npauses = k.npauses;
		gc.pauses_stop_clock = 1;
		ck_assert_int_eq(grant_clock_days(&gc, asof), c->net);
		gc.pauses_stop_clock = 0;
		ck_assert_int_eq(grant_clock_days(&gc, asof), c->gross);
	}
}
END_TEST

/* --- working days ------------------------------------------------------ */

struct wdcase {
	const char	*what;
	cal_day		 start, stop;
	unsigned	 flags;
	int		 limit;
	cal_day		 ps, pe;	/* one pause, or NO */
	int		 gross, net;
	cal_day		 breach;	/* under the net rule (= gross without a pause) */
};

static struct wdcase wdcases[64];
static size_t nwdcases;

static void
wd(const char *what, cal_day start, cal_day stop, unsigned flags, int limit,
    cal_day ps, cal_day pe, int gross, int net, cal_day breach)
{
	struct wdcase	*c = &wdcases[nwdcases++];

	c->what = what;
	c->start = start;
	c->stop = stop;
	c->flags = flags;
	c->limit = limit;
	c->ps = ps;
	c->pe = pe;
	c->gross = gross;
	c->net = net;
	c->breach = breach;
}

static void
wd_setup(void)
{
	nwdcases = 0;
	/* Easter 2024: 28/3 Skærtorsdag, 29/3 Langfredag, 1/4 2. påskedag. */
	wd("easter same day", D(2024, 3, 27), D(2024, 3, 27), 0, 1, NO, NO,
	    0, 0, D(2024, 4, 3));
	wd("easter tue", D(2024, 3, 27), D(2024, 4, 2), 0, 1, NO, NO,
	    1, 1, D(2024, 4, 3));
	wd("easter skærtorsdag", D(2024, 3, 27), D(2024, 3, 28), 0, 1, NO, NO,
	    1, 1, D(2024, 4, 3));
	wd("easter saturday", D(2024, 3, 27), D(2024, 3, 30), 0, 1, NO, NO,
	    1, 1, D(2024, 4, 3));
	wd("easter 2. påskedag", D(2024, 3, 27), D(2024, 4, 1), 0, 1, NO, NO,
	    1, 1, D(2024, 4, 3));
	wd("easter wed", D(2024, 3, 27), D(2024, 4, 3), 0, 1, NO, NO,
	    2, 2, D(2024, 4, 3));
	/* A pause over Easter: (26/3, 2/4] holds 27/3 and 2/4. */
	wd("easter pause", D(2024, 3, 25), D(2024, 4, 8), 0, 5,
	    D(2024, 3, 26), D(2024, 4, 2), 7, 5, D(2024, 4, 9));
	wd("easter pause late", D(2024, 3, 25), D(2024, 4, 9), 0, 5,
	    D(2024, 3, 26), D(2024, 4, 2), 8, 6, D(2024, 4, 9));
	wd("easter no pause", D(2024, 3, 25), D(2024, 4, 5), 0, 5, NO, NO,
	    6, 6, D(2024, 4, 5));
	/* Store bededag, Friday 5 May 2023: still a holiday. */
	wd("bededag 2023 fri", D(2023, 5, 4), D(2023, 5, 5), 0, 1, NO, NO,
	    1, 1, D(2023, 5, 9));
	wd("bededag 2023 mon", D(2023, 5, 4), D(2023, 5, 8), 0, 1, NO, NO,
	    1, 1, D(2023, 5, 9));
	wd("bededag 2023 tue", D(2023, 5, 4), D(2023, 5, 9), 0, 1, NO, NO,
	    2, 2, D(2023, 5, 9));
	wd("bededag 2023 week", D(2023, 5, 1), D(2023, 5, 9), 0, 5, NO, NO,
	    5, 5, D(2023, 5, 10));
	/* Friday 26 April 2024: abolished, a working day. */
	wd("bededag 2024 fri", D(2024, 4, 25), D(2024, 4, 26), 0, 1, NO, NO,
	    1, 1, D(2024, 4, 27));
	wd("bededag 2024 mon", D(2024, 4, 25), D(2024, 4, 29), 0, 1, NO, NO,
	    2, 2, D(2024, 4, 27));
	wd("bededag 2024 week", D(2024, 4, 22), D(2024, 4, 29), 0, 5, NO, NO,
	    5, 5, D(2024, 4, 30));
	/* Christmas and New Year 2024/25: 25/12, 26/12, 1/1. */
	wd("christmas", D(2024, 12, 23), D(2024, 12, 30), 0, 3, NO, NO,
	    3, 3, D(2024, 12, 31));
	wd("christmas 31/12", D(2024, 12, 23), D(2024, 12, 31), 0, 3, NO, NO,
	    4, 4, D(2024, 12, 31));
	wd("new year", D(2024, 12, 23), D(2025, 1, 2), 0, 3, NO, NO,
	    5, 5, D(2024, 12, 31));
	wd("new year's day", D(2024, 12, 31), D(2025, 1, 1), 0, 1, NO, NO,
	    1, 1, D(2025, 1, 3));
	/* The state's days off too: 24/12 and 31/12. */
	wd("christmas state", D(2024, 12, 23), D(2024, 12, 31), CAL_WD_STATE,
	    3, NO, NO, 3, 3, D(2025, 1, 3));
	wd("christmas state 2/1", D(2024, 12, 23), D(2025, 1, 2), CAL_WD_STATE,
	    3, NO, NO, 3, 3, D(2025, 1, 3));
	wd("christmas state 3/1", D(2024, 12, 23), D(2025, 1, 3), CAL_WD_STATE,
	    3, NO, NO, 4, 4, D(2025, 1, 3));
	wd("christmas state 24/12", D(2024, 12, 23), D(2024, 12, 24),
	    CAL_WD_STATE, 0, NO, NO, 1, 1, D(2024, 12, 24));
	/* Weekends: a stop on a day off counts on the next working day. */
	wd("friday sat", D(2024, 9, 6), D(2024, 9, 7), 0, 1, NO, NO,
	    1, 1, D(2024, 9, 10));
	wd("friday mon", D(2024, 9, 6), D(2024, 9, 9), 0, 1, NO, NO,
	    1, 1, D(2024, 9, 10));
	wd("friday tue", D(2024, 9, 6), D(2024, 9, 10), 0, 1, NO, NO,
	    2, 2, D(2024, 9, 10));
	wd("thursday sat", D(2024, 9, 5), D(2024, 9, 7), 0, 1, NO, NO,
	    2, 2, D(2024, 9, 7));
	wd("saturday sat", D(2024, 9, 7), D(2024, 9, 7), 0, 0, NO, NO,
	    0, 0, D(2024, 9, 8));
	wd("saturday sun", D(2024, 9, 7), D(2024, 9, 8), 0, 0, NO, NO,
	    1, 1, D(2024, 9, 8));
	wd("saturday mon", D(2024, 9, 7), D(2024, 9, 9), 0, 1, NO, NO,
	    1, 1, D(2024, 9, 10));
	/* A pause over a weekend: (Fri, Tue] holds Mon and Tue. */
	wd("weekend pause", D(2024, 9, 2), D(2024, 9, 13), 0, 7,
	    D(2024, 9, 6), D(2024, 9, 10), 9, 7, D(2024, 9, 14));
	/* Decided the Saturday after: it counts on the Monday. */
	wd("pause sat", D(2024, 9, 2), D(2024, 9, 14), 0, 7,
	    D(2024, 9, 6), D(2024, 9, 10), 10, 8, D(2024, 9, 14));
}

START_TEST(test_workdays)
{
	const struct wdcase	*c;
	struct grant_pause	 p;
	struct goal_version	 v;
	struct goal_case	 k;
	char			 b1[11], b2[11];
	size_t			 i;

	wd_setup();
	ck_assert_uint_le(nwdcases, NELEM(wdcases));
	for (i = 0; i < nwdcases; i++) {
		c = &wdcases[i];
		k = case_of(c->start, c->stop);
		if (c->ps != NO) {
			p.start = c->ps;
			p.end = c->pe;
			k.pauses = &p;
			k.npauses = 1;
		}
		v = ver(D(2000, 1, 1), GOAL_WORKDAYS, c->limit, 900, GOAL_NET,
		    GOAL_DECIDED);
		v.wdflags = c->flags;
		EXPECT(goal_elapsed(&v, &k, D(2026, 1, 1), GOAL_GROSS) ==
		    c->gross, "%s: gross %d, want %d", c->what,
		    goal_elapsed(&v, &k, D(2026, 1, 1), GOAL_GROSS), c->gross);
		EXPECT(goal_elapsed(&v, &k, D(2026, 1, 1), GOAL_NET) ==
		    c->net, "%s: net %d, want %d", c->what,
		    goal_elapsed(&v, &k, D(2026, 1, 1), GOAL_NET), c->net);
		EXPECT(goal_breach_day(&v, &k, D(2026, 1, 1)) == c->breach,
		    "%s: breach %s, want %s", c->what,
		    fmt(goal_breach_day(&v, &k, D(2026, 1, 1)), b1),
		    fmt(c->breach, b2));
		/* Within iff stop <= cal_add_workdays(start, limit) (no pause). */
		if (c->ps == NO)
			EXPECT((c->gross <= c->limit) ==
			    (c->stop <= cal_add_workdays(c->start, c->limit,
			    c->flags)), "%s: not the deadline rule", c->what);
		/* Within iff the stop comes before the breach day. */
		EXPECT((c->net <= c->limit) == (c->stop < c->breach),
		    "%s: breach day and verdict disagree", c->what);
	}
}
END_TEST

/* The register deadline of a whistleblower report: 1 working day. */
START_TEST(test_workdays_open)
{
	struct goal_version	 v;
	struct goal		 g;
	struct goal_case	 k;
	struct goal_case_state	 st;

	v = ver(D(2000, 1, 1), GOAL_WORKDAYS, 1, 1000, GOAL_GROSS,
	    GOAL_DECIDED);
	g = goal_of(&v, 1);
	/* Received Wednesday before Easter 2024, still not registered. */
	k = case_of(D(2024, 3, 27), NO);
	ck_assert_int_eq(goal_case_eval(&g, &k, D(2024, 3, 27), &st),
	    GOAL_CS_OPEN);
	ck_assert_int_eq(st.elapsed, 0);
	/* Over Easter the age stays at 1 (every day rounds to 2/4). */
	ck_assert_int_eq(goal_case_eval(&g, &k, D(2024, 3, 28), &st),
	    GOAL_CS_OPEN);
	ck_assert_int_eq(st.elapsed, 1);
	ck_assert_int_eq(goal_case_eval(&g, &k, D(2024, 4, 1), &st),
	    GOAL_CS_OPEN);
	ck_assert_int_eq(st.elapsed, 1);
	ck_assert_int_eq(goal_case_eval(&g, &k, D(2024, 4, 2), &st),
	    GOAL_CS_OPEN);
	ck_assert_int_eq(goal_case_eval(&g, &k, D(2024, 4, 3), &st),
	    GOAL_CS_BREACHED);
	ck_assert_int_eq(st.elapsed, 2);
	ck_assert_int_eq(st.breach, D(2024, 4, 3));
}
END_TEST

/* --- months ------------------------------------------------------------ */

struct mocase {
	const char	*what;
	int		 sy, sm, sd, ty, tm, td;	/* start, stop */
	int		 limit;
	int		 gross;
	int		 by, bm, bd;		/* breach (gross) */
};

static const struct mocase mocases[] = {
	{ "same day",     2024, 1, 31, 2024, 1, 31, 1, 0, 2024, 3, 1 },
	{ "next day",     2024, 1, 31, 2024, 2, 1, 1, 1, 2024, 3, 1 },
	{ "leap clamp",   2024, 1, 31, 2024, 2, 29, 1, 1, 2024, 3, 1 },
	{ "leap late",    2024, 1, 31, 2024, 3, 1, 1, 2, 2024, 3, 1 },
	{ "clamp",        2023, 1, 31, 2023, 2, 28, 1, 1, 2023, 3, 1 },
	{ "clamp late",   2023, 1, 31, 2023, 3, 1, 1, 2, 2023, 3, 1 },
	{ "30 april",     2024, 3, 31, 2024, 4, 30, 1, 1, 2024, 5, 1 },
	{ "31 march 2",   2024, 3, 31, 2024, 5, 31, 2, 2, 2024, 6, 1 },
	{ "3 months",     2024, 1, 15, 2024, 4, 15, 3, 3, 2024, 4, 16 },
	{ "3 months +1",  2024, 1, 15, 2024, 4, 16, 3, 4, 2024, 4, 16 },
	{ "feedback",     2024, 11, 30, 2025, 2, 28, 3, 3, 2025, 3, 1 },
	{ "feedback late", 2024, 11, 30, 2025, 3, 1, 3, 4, 2025, 3, 1 },
	{ "year end",     2024, 12, 31, 2025, 1, 31, 1, 1, 2025, 2, 1 },
	{ "a year",       2023, 2, 28, 2024, 2, 28, 12, 12, 2024, 2, 29 },
	{ "29 feb",       2024, 2, 29, 2025, 2, 28, 12, 12, 2025, 3, 1 },
	{ "limit 0",      2024, 5, 5, 2024, 5, 6, 0, 1, 2024, 5, 6 },
};

START_TEST(test_months)
{
	const struct mocase	*c = &mocases[_i];
	struct goal_version	 v;
	struct goal_case	 k;
	char			 b1[11], b2[11];

	v = ver(D(2000, 1, 1), GOAL_MONTHS, c->limit, 900, GOAL_GROSS,
	    GOAL_DECIDED);
	k = case_of(D(c->sy, c->sm, c->sd), D(c->ty, c->tm, c->td));
	ck_assert_msg(goal_elapsed(&v, &k, D(2030, 1, 1), GOAL_GROSS) ==
	    c->gross, "%s: %d months, want %d", c->what,
	    goal_elapsed(&v, &k, D(2030, 1, 1), GOAL_GROSS), c->gross);
	ck_assert_msg(goal_breach_day(&v, &k, D(2030, 1, 1)) ==
	    D(c->by, c->bm, c->bd), "%s: breach %s, want %s", c->what,
	    fmt(goal_breach_day(&v, &k, D(2030, 1, 1)), b1),
	    fmt(D(c->by, c->bm, c->bd), b2));
	/* Within iff stop <= cal_add_months(start, limit). */
	ck_assert((c->gross <= c->limit) ==
	    (k.stop <= cal_add_months(k.start, c->limit)));
}
END_TEST

/* Net months: the deadline moves on by the calendar days paused. */
START_TEST(test_months_net)
{
	struct goal_version	 v;
	struct goal_case	 k;
	struct grant_pause	 p;

	v = ver(D(2000, 1, 1), GOAL_MONTHS, 1, 900, GOAL_NET, GOAL_DECIDED);
	p.start = D(2024, 1, 20);
	p.end = D(2024, 1, 30);		/* 10 days */
	k = case_of(D(2024, 1, 15), D(2024, 2, 25));
	k.pauses = &p;
	k.npauses = 1;
	ck_assert_int_eq(goal_elapsed(&v, &k, D(2030, 1, 1), GOAL_GROSS), 2);
	ck_assert_int_eq(goal_elapsed(&v, &k, D(2030, 1, 1), GOAL_NET), 1);
	ck_assert_int_eq(goal_breach_day(&v, &k, D(2030, 1, 1)),
	    D(2024, 2, 26));
	k.stop = D(2024, 2, 26);
	ck_assert_int_eq(goal_elapsed(&v, &k, D(2030, 1, 1), GOAL_NET), 2);
	v.pause = GOAL_GROSS;
	ck_assert_int_eq(goal_breach_day(&v, &k, D(2030, 1, 1)),
	    D(2024, 2, 16));
	/* Still paused on 1 February: no breach day yet, 5 days net. */
	v.pause = GOAL_NET;
	k.stop = NO;
	p.end = NO;
	ck_assert_int_eq(goal_breach_day(&v, &k, D(2024, 2, 1)), NO);
	ck_assert_int_eq(goal_elapsed(&v, &k, D(2024, 2, 1), GOAL_NET), 1);
	ck_assert_int_eq(goal_elapsed(&v, &k, D(2024, 2, 1), GOAL_GROSS), 1);
	ck_assert_int_eq(goal_elapsed(&v, &k, D(2024, 3, 1), GOAL_GROSS), 2);
}
END_TEST

/* --- shares and percentiles -------------------------------------------- */

START_TEST(test_share)
{
	struct goal_ratio r;

	r.num = 9;
	r.den = 10;
	ck_assert_int_eq(goal_pm(r), 900);
	ck_assert_int_eq(goal_verdict_of(r, 900), GOAL_MET);	/* boundary */
	ck_assert_int_eq(goal_verdict_of(r, 901), GOAL_NOTMET);
	r.num = 8;
	ck_assert_int_eq(goal_verdict_of(r, 900), GOAL_NOTMET);
	r.num = 8996;
	r.den = 10000;
	ck_assert_int_eq(goal_pm(r), 899);	/* rounded down: shown 89,9 % */
	ck_assert_int_eq(goal_verdict_of(r, 900), GOAL_NOTMET);
	r.num = 2;
	r.den = 3;
	ck_assert_int_eq(goal_pm(r), 666);
	r.num = 10;
	r.den = 10;
	ck_assert_int_eq(goal_pm(r), 1000);
	ck_assert_int_eq(goal_verdict_of(r, 1000), GOAL_MET);
	r.num = 0;
	ck_assert_int_eq(goal_pm(r), 0);
	ck_assert_int_eq(goal_verdict_of(r, 1), GOAL_NOTMET);
	ck_assert_int_eq(goal_verdict_of(r, 0), GOAL_MET);
	r.den = 0;
	ck_assert_int_eq(goal_pm(r), GOAL_NOVALUE);
	ck_assert_int_eq(goal_verdict_of(r, 0), GOAL_NODATA);
	ck_assert_int_eq(goal_verdict_of(r, 900), GOAL_NODATA);
	/* Large counts do not overflow. */
	r.num = 999999999999LL;
	r.den = 1000000000000LL;
	ck_assert_int_eq(goal_pm(r), 999);
}
END_TEST

struct rankcase {
	size_t	 n;
	size_t	 r50, r90, r95;
};

static const struct rankcase rankcases[] = {
	{   0,  0,  0,  0 },
	{   1,  1,  1,  1 },
	{   2,  1,  2,  2 },
	{   3,  2,  3,  3 },
	{  10,  5,  9, 10 },
	{  11,  6, 10, 11 },
	{  19, 10, 18, 19 },
	{  20, 10, 18, 19 },
	{  21, 11, 19, 20 },
	{ 100, 50, 90, 95 },
	{ 101, 51, 91, 96 },
};

START_TEST(test_rank)
{
	const struct rankcase	*c = &rankcases[_i];

	ck_assert_uint_eq(goal_rank(c->n, 50), c->r50);
	ck_assert_uint_eq(goal_rank(c->n, 90), c->r90);
	ck_assert_uint_eq(goal_rank(c->n, 95), c->r95);
	ck_assert_uint_eq(goal_rank(c->n, 100), c->n);
}
END_TEST

START_TEST(test_percentile)
{
	int	 v[100], i;

	ck_assert_int_eq(goal_percentile(v, 0, 50), GOAL_NOVALUE);
	v[0] = 7;
	ck_assert_int_eq(goal_percentile(v, 1, 50), 7);
	ck_assert_int_eq(goal_percentile(v, 1, 95), 7);
	v[0] = 9;
	v[1] = 3;
	ck_assert_int_eq(goal_percentile(v, 2, 50), 3);	/* the lower one */
	ck_assert_int_eq(goal_percentile(v, 2, 90), 9);
	/* Ties. */
	v[0] = 5; v[1] = 7; v[2] = 5; v[3] = 5;
	ck_assert_int_eq(goal_percentile(v, 4, 50), 5);
	ck_assert_int_eq(goal_percentile(v, 4, 75), 5);
	ck_assert_int_eq(goal_percentile(v, 4, 76), 7);
	for (i = 0; i < 100; i++)
		v[i] = 100 - i;
	ck_assert_int_eq(goal_percentile(v, 100, 50), 50);
	ck_assert_int_eq(goal_percentile(v, 100, 90), 90);
	ck_assert_int_eq(goal_percentile(v, 100, 95), 95);
	ck_assert_int_eq(goal_percentile(v, 100, 100), 100);
}
END_TEST

/* Processing times through goal_eval: n cases of the given days. */
static void
eval_days(const int *days, size_t n, struct goal_figures *f)
{
	struct goal_version	 v;
	struct goal		 g;
	struct goal_case	 c[100];
	int			 work[100];
	size_t			 i;

	ck_assert_uint_le(n, NELEM(c));
	v = ver(D(2000, 1, 1), GOAL_DAYS, 10, 900, GOAL_GROSS, GOAL_DECIDED);
	g = goal_of(&v, 1);
	for (i = 0; i < n; i++)
		c[i] = case_of(D(2024, 3, 1) - days[i], D(2024, 3, 1));
	ck_assert_int_eq(goal_eval(&g, c, n, D(2024, 1, 1), D(2024, 3, 31),
	    D(2024, 12, 31), work, f), 0);
	ck_assert_int_eq(f->completed, (long long)n);
}

START_TEST(test_eval_percentiles)
{
	struct goal_figures	 f;
	int			 d[100], i;

	d[0] = 12;
	eval_days(d, 1, &f);
	ck_assert_int_eq(f.p50, 12);
	ck_assert_int_eq(f.p90, 12);
	ck_assert_int_eq(f.p95, 12);
	ck_assert_int_eq(f.within, 0);
	d[1] = 4;
	eval_days(d, 2, &f);
	ck_assert_int_eq(f.p50, 4);
	ck_assert_int_eq(f.p90, 12);
	ck_assert_int_eq(f.p95, 12);
	for (i = 0; i < 10; i++)
		d[i] = 10 - i;			/* 10..1 */
	eval_days(d, 10, &f);
	ck_assert_int_eq(f.p50, 5);
	ck_assert_int_eq(f.p90, 9);
	ck_assert_int_eq(f.p95, 10);
	ck_assert_int_eq(f.within, 10);
	ck_assert_int_eq(f.share_pm, 1000);
	ck_assert_int_eq(f.met, GOAL_MET);
	for (i = 0; i < 11; i++)
		d[i] = (i * 7) % 11 + 1;	/* 1..11 shuffled */
	eval_days(d, 11, &f);
	ck_assert_int_eq(f.p50, 6);
	ck_assert_int_eq(f.p90, 10);
	ck_assert_int_eq(f.p95, 11);
	ck_assert_int_eq(f.within, 10);
	for (i = 0; i < 10; i++)
		d[i] = i == 4 ? 9 : 3;		/* ties */
	eval_days(d, 10, &f);
	ck_assert_int_eq(f.p50, 3);
	ck_assert_int_eq(f.p90, 3);
	ck_assert_int_eq(f.p95, 9);
	for (i = 0; i < 100; i++)
		d[i] = 100 - i;
	eval_days(d, 100, &f);
	ck_assert_int_eq(f.p50, 50);
	ck_assert_int_eq(f.p90, 90);
	ck_assert_int_eq(f.p95, 95);
	ck_assert_int_eq(f.within, 10);
	ck_assert_int_eq(f.share_pm, 100);
	ck_assert_int_eq(f.met, GOAL_NOTMET);
	/* Without a work buffer: no percentiles, the rest the same. */
	{
		struct goal_version	 v;
		struct goal		 g;
		struct goal_case	 c = case_of(D(2024, 2, 1),
					    D(2024, 2, 5));

		v = ver(D(2000, 1, 1), GOAL_DAYS, 10, 900, GOAL_GROSS,
		    GOAL_DECIDED);
		g = goal_of(&v, 1);
		ck_assert_int_eq(goal_eval(&g, &c, 1, D(2024, 1, 1),
		    D(2024, 3, 31), D(2024, 12, 31), NULL, &f), 0);
		ck_assert_int_eq(f.completed, 1);
		ck_assert_int_eq(f.p50, GOAL_NOVALUE);
		ck_assert_int_eq(f.age_p50, GOAL_NOVALUE);
	}
}
END_TEST

/* --- periods ----------------------------------------------------------- */

/* Decided in the period counts, started in it does not. */
START_TEST(test_attribution)
{
	struct goal_version	 v;
	struct goal		 g;
	struct goal_case	 c[6];
	struct goal_figures	 f;
	int			 work[6];

	v = ver(D(2020, 1, 1), GOAL_DAYS, 10, 900, GOAL_NET, GOAL_DECIDED);
	g = goal_of(&v, 1);
	c[0] = case_of(D(2023, 12, 25), D(2024, 1, 2));	/* in, 8 */
	c[1] = case_of(D(2024, 3, 25), D(2024, 4, 1));	/* day after: out */
	c[2] = case_of(D(2024, 1, 1), D(2024, 1, 1));	/* first day, 0 */
	c[3] = case_of(D(2024, 3, 1), D(2024, 3, 31));	/* last day, 30 */
	c[4] = case_of(D(2023, 12, 1), D(2023, 12, 31));	/* day before */
	c[5] = case_of(D(2024, 2, 1), D(2024, 1, 31));	/* stop < start */
	ck_assert_int_eq(goal_eval(&g, c, 6, D(2024, 1, 1), D(2024, 3, 31),
	    D(2024, 6, 1), work, &f), 0);
	ck_assert_int_eq(f.finished, 1);
	ck_assert_int_eq(f.asof, D(2024, 3, 31));
	ck_assert_int_eq(f.completed, 3);
	ck_assert_int_eq(f.within, 2);
	ck_assert_int_eq(f.share.num, 2);
	ck_assert_int_eq(f.share.den, 3);
	ck_assert_int_eq(f.share_pm, 666);
	ck_assert_int_eq(f.met, GOAL_NOTMET);
	ck_assert_int_eq(f.ignored, 1);
	/* Case 1 was open at the end of March, 6 days old. */
	ck_assert_int_eq(f.open, 1);
	ck_assert_int_eq(f.open_within, 1);
	ck_assert_int_eq(f.age_p50, 6);
	ck_assert_int_eq(f.p50, 8);
	ck_assert_int_eq(f.p90, 30);
	/* Finished: worst and best are the share. */
	ck_assert_int_eq(f.worst.num, 2);
	ck_assert_int_eq(f.worst.den, 3);
	ck_assert_int_eq(f.best.den, 3);
	/* The quarter after: case 1 counts there. */
	ck_assert_int_eq(goal_eval(&g, c, 6, D(2024, 4, 1), D(2024, 6, 30),
	    D(2024, 7, 1), work, &f), 0);
	ck_assert_int_eq(f.completed, 1);
	ck_assert_int_eq(f.within, 1);
	ck_assert_int_eq(f.met, GOAL_MET);
	ck_assert_int_eq(f.open, 0);
	ck_assert_int_eq(f.age_p50, GOAL_NOVALUE);
	/* A whole year, and a custom period of one day. */
	ck_assert_int_eq(goal_eval(&g, c, 6, D(2024, 1, 1), D(2024, 12, 31),
	    D(2025, 1, 10), work, &f), 0);
	ck_assert_int_eq(f.completed, 4);
	ck_assert_int_eq(goal_eval(&g, c, 6, D(2024, 3, 31), D(2024, 3, 31),
	    D(2025, 1, 10), work, &f), 0);
	ck_assert_int_eq(f.completed, 1);
	ck_assert_int_eq(f.within, 0);
	/* Seen from a day inside the quarter: what had happened by then. */
	ck_assert_int_eq(goal_eval(&g, c, 6, D(2024, 1, 1), D(2024, 3, 31),
	    D(2024, 3, 30), work, &f), 0);
	ck_assert_int_eq(f.finished, 0);
	ck_assert_int_eq(f.completed, 2);
	ck_assert_int_eq(f.open, 2);		/* 1 (5 days), 3 (29 days) */
	ck_assert_int_eq(f.breached, 1);
	/* Bad periods. */
	ck_assert_int_eq(goal_eval(&g, c, 6, D(2024, 3, 31), D(2024, 3, 30),
	    D(2025, 1, 10), work, &f), -1);
	ck_assert_int_eq(f.completed, 0);
	ck_assert_int_eq(goal_eval(&g, c, 6, NO, D(2024, 3, 30),
	    D(2025, 1, 10), work, &f), -1);
}
END_TEST

/* The limit changed on 1 July 2024: cases started before keep 155 days. */
START_TEST(test_versions_period)
{
	struct goal_version	 v[2];
	struct goal		 g;
	struct goal_case	 c[4];
	struct goal_figures	 f;
	int			 work[4];

	v[0] = ver(D(2022, 1, 1), GOAL_DAYS, 155, 900, GOAL_NET, GOAL_DECIDED);
	v[1] = ver(D(2024, 7, 1), GOAL_DAYS, 120, 750, GOAL_NET, GOAL_DECIDED);
	g = goal_of(v, 2);
	c[0] = case_of(D(2024, 6, 30), D(2024, 6, 30) + 150);	/* old: within */
	c[1] = case_of(D(2024, 7, 1), D(2024, 7, 1) + 150);	/* new: late */
	c[2] = case_of(D(2024, 7, 2), D(2024, 7, 2) + 120);	/* new: within */
	c[3] = case_of(D(2021, 6, 1), NO);	/* before all: v0 */
	ck_assert_int_eq(goal_eval(&g, c, 4, D(2024, 7, 1), D(2024, 12, 31),
	    D(2025, 3, 1), work, &f), 0);
	ck_assert_int_eq(f.completed, 3);
	ck_assert_int_eq(f.within, 2);
	ck_assert_int_eq(f.versions, 3);		/* mixes both */
	ck_assert_int_eq(f.mixed_units, 0);
	ck_assert_int_eq(f.version, 1);
	ck_assert_int_eq(f.target_pm, 750);	/* the target on `to` */
	ck_assert_int_eq(f.limit, 120);
	ck_assert_int_eq(f.met, GOAL_NOTMET);	/* 666 < 750 */
	ck_assert_int_eq(f.open_versions, 1);
	ck_assert_int_eq(f.breached, 1);
	/* The first half-year: only the old version. */
	c[0].stop = D(2024, 6, 30);
	ck_assert_int_eq(goal_eval(&g, c, 4, D(2024, 1, 1), D(2024, 6, 30),
	    D(2025, 3, 1), work, &f), 0);
	ck_assert_int_eq(f.completed, 1);
	ck_assert_int_eq(f.versions, 1);
	ck_assert_int_eq(f.target_pm, 900);
	/* A unit change shows as mixed. */
	v[1].unit = GOAL_WORKDAYS;
	v[1].limit = 80;
	c[0].stop = D(2024, 6, 30) + 150;
	ck_assert_int_eq(goal_eval(&g, c, 4, D(2024, 7, 1), D(2024, 12, 31),
	    D(2025, 3, 1), work, &f), 0);
	ck_assert_int_eq(f.versions, 3);
	ck_assert_int_eq(f.mixed_units, 1);
	ck_assert_int_eq(f.unit, GOAL_WORKDAYS);
}
END_TEST

/* Open cases as of 20 June in the second quarter of 2024, limit 10. */
static void
risk_cases(struct goal_case *c)
{
	size_t	 i;

	for (i = 0; i < 4; i++)		/* four within */
		c[i] = case_of(D(2024, 4, 1), D(2024, 4, 5));
	c[4] = case_of(D(2024, 4, 1), D(2024, 4, 20));	/* one late */
	c[5] = case_of(D(2024, 6, 1), NO);	/* breach 12/6: breached */
	c[6] = case_of(D(2024, 6, 15), NO);	/* 26/6: at risk */
	c[7] = case_of(D(2024, 6, 19), NO);	/* 30/6, the last day: at risk */
	c[8] = case_of(D(2024, 6, 20), NO);	/* 1/7: not in the period */
	c[9] = case_of(D(2024, 6, 10), NO);	/* 21/6, tomorrow: at risk */
	c[10] = case_of(D(2024, 6, 9), NO);	/* 20/6, today: breached */
	c[11] = case_of(D(2024, 6, 25), NO);	/* not started yet */
}

START_TEST(test_risk)
{
	struct goal_version	 v;
	struct goal		 g;
	struct goal_case	 c[12];
	struct goal_figures	 f;
	int			 work[12];

	v = ver(D(2020, 1, 1), GOAL_DAYS, 10, 800, GOAL_NET, GOAL_DECIDED);
	g = goal_of(&v, 1);
	risk_cases(c);
	ck_assert_int_eq(goal_eval(&g, c, 12, D(2024, 4, 1), D(2024, 6, 30),
	    D(2024, 6, 20), work, &f), 0);
	ck_assert_int_eq(f.finished, 0);
	ck_assert_int_eq(f.completed, 5);
	ck_assert_int_eq(f.within, 4);
	ck_assert_int_eq(f.share_pm, 800);
	ck_assert_int_eq(f.met, GOAL_MET);		/* exactly the target */
	ck_assert_int_eq(f.breached, 2);
	ck_assert_int_eq(f.at_risk, 3);
	ck_assert_int_eq(f.open, 6);
	ck_assert_int_eq(f.open_within, 4);
	ck_assert_int_eq(f.worst.num, 4);
	ck_assert_int_eq(f.worst.den, 10);
	ck_assert_int_eq(f.worst_met, GOAL_NOTMET);
	ck_assert_int_eq(f.best.num, 7);
	ck_assert_int_eq(f.best.den, 8);
	ck_assert_int_eq(f.best_pm, 875);
	ck_assert_int_eq(f.best_met, GOAL_MET);
	/* Ages 19, 5, 1, 0, 10, 11. */
	ck_assert_int_eq(f.age_p50, 5);
	ck_assert_int_eq(f.age_p90, 19);
	ck_assert_int_eq(f.age_p95, 19);
	ck_assert_int_eq(f.p50, 4);
	ck_assert_int_eq(f.p90, 19);

	/* The last day: nothing can pass the limit later in the period. */
	ck_assert_int_eq(goal_eval(&g, c, 12, D(2024, 4, 1), D(2024, 6, 30),
	    D(2024, 6, 30), work, &f), 0);
	ck_assert_int_eq(f.finished, 0);
	ck_assert_int_eq(f.at_risk, 0);
	ck_assert_int_eq(f.breached, 5);
	ck_assert_int_eq(f.open, 7);
	ck_assert_int_eq(f.worst.den, 10);
	ck_assert_int_eq(f.best.den, 5);

	/* Finished: the share, as it stood on 30 June. */
	ck_assert_int_eq(goal_eval(&g, c, 12, D(2024, 4, 1), D(2024, 6, 30),
	    D(2024, 7, 1), work, &f), 0);
	ck_assert_int_eq(f.finished, 1);
	ck_assert_int_eq(f.asof, D(2024, 6, 30));
	ck_assert_int_eq(f.breached, 5);
	ck_assert_int_eq(f.at_risk, 0);
	ck_assert_int_eq(f.worst.den, 5);
	ck_assert_int_eq(f.best.den, 5);
	ck_assert_int_eq(f.worst_met, GOAL_MET);

	/* Early in the quarter: everything still open is at risk or later. */
	ck_assert_int_eq(goal_eval(&g, c, 12, D(2024, 4, 1), D(2024, 6, 30),
	    D(2024, 4, 3), work, &f), 0);
	ck_assert_int_eq(f.completed, 0);
	ck_assert_int_eq(f.open, 5);
	ck_assert_int_eq(f.at_risk, 5);
	ck_assert_int_eq(f.met, GOAL_NODATA);
	ck_assert_int_eq(f.share_pm, GOAL_NOVALUE);
	ck_assert_int_eq(f.worst.den, 5);
	ck_assert_int_eq(f.worst_pm, 0);
	ck_assert_int_eq(f.best_pm, 1000);

	/* Before the period: nothing to count, at risk from the start. */
	ck_assert_int_eq(goal_eval(&g, c, 12, D(2024, 7, 1), D(2024, 9, 30),
	    D(2024, 6, 20), work, &f), 0);
	ck_assert_int_eq(f.completed, 0);
	ck_assert_int_eq(f.breached, 2);
	ck_assert_int_eq(f.at_risk, 4);		/* 6, 7, 8, 9 */
	/* None can be decided in time within it: each passes by 1 July. */
	ck_assert_int_eq(f.best.den, 0);
	ck_assert_int_eq(f.best_met, GOAL_NODATA);
	ck_assert_int_eq(f.worst.den, 6);
	ck_assert_int_eq(f.worst_pm, 0);
	/* From 2 July on, 8 (breach 1 July) could have been in time. */
	ck_assert_int_eq(goal_eval(&g, c, 12, D(2024, 6, 30), D(2024, 9, 30),
	    D(2024, 6, 20), work, &f), 0);
	ck_assert_int_eq(f.at_risk, 4);
	ck_assert_int_eq(f.best.num, 1);
	ck_assert_int_eq(f.best.den, 1);
}
END_TEST

/* A paused case is not at risk: its clock stands still. */
START_TEST(test_risk_paused)
{
	struct goal_version	 v;
	struct goal		 g;
	struct goal_case	 c;
	struct goal_figures	 f;
	struct grant_pause	 p;
	int			 work[1];

	v = ver(D(2020, 1, 1), GOAL_DAYS, 10, 900, GOAL_NET, GOAL_DECIDED);
	g = goal_of(&v, 1);
	c = case_of(D(2024, 6, 15), NO);
	p.start = D(2024, 6, 18);
	p.end = NO;
	c.pauses = &p;
	c.npauses = 1;
	ck_assert_int_eq(goal_eval(&g, &c, 1, D(2024, 4, 1), D(2024, 6, 30),
	    D(2024, 6, 20), work, &f), 0);
	ck_assert_int_eq(f.at_risk, 0);
	ck_assert_int_eq(f.open_within, 1);
	ck_assert_int_eq(f.age_p50, 3);
	/* Under the gross rule the pause does not count: at risk. */
	v.pause = GOAL_GROSS;
	ck_assert_int_eq(goal_eval(&g, &c, 1, D(2024, 4, 1), D(2024, 6, 30),
	    D(2024, 6, 20), work, &f), 0);
	ck_assert_int_eq(f.at_risk, 1);
	ck_assert_int_eq(f.age_p50, 5);
}
END_TEST

/* Nothing at all, and cases that are neither completed nor open. */
START_TEST(test_empty)
{
	struct goal_version	 v;
	struct goal		 g;
	struct goal_case	 c[2];
	struct goal_figures	 f;
	struct goal_hist	 h;
	int			 work[2], lo[21];
	size_t			 nlo;

	v = ver(D(2020, 1, 1), GOAL_DAYS, 155, 900, GOAL_NET, GOAL_DECIDED);
	g = goal_of(&v, 1);
	ck_assert_int_eq(goal_eval(&g, NULL, 0, D(2024, 1, 1),
	    D(2024, 12, 31), D(2025, 1, 1), work, &f), 0);
	ck_assert_int_eq(f.completed, 0);
	ck_assert_int_eq(f.share.den, 0);
	ck_assert_int_eq(f.share_pm, GOAL_NOVALUE);
	ck_assert_int_eq(f.met, GOAL_NODATA);
	ck_assert_int_eq(f.worst_met, GOAL_NODATA);
	ck_assert_int_eq(f.best_met, GOAL_NODATA);
	ck_assert_int_eq(f.worst_pm, GOAL_NOVALUE);
	ck_assert_int_eq(f.p50, GOAL_NOVALUE);
	ck_assert_int_eq(f.p95, GOAL_NOVALUE);
	ck_assert_int_eq(f.age_p50, GOAL_NOVALUE);
	ck_assert_int_eq(f.paused_avg_tenths, GOAL_NOVALUE);
	ck_assert_int_eq(f.paused_avg.den, 0);
	ck_assert_int_eq(f.versions, 0);
	ck_assert_int_eq(f.mixed_units, 0);
	/* Cases outside the period, and one without a start. */
	c[0] = case_of(D(2023, 1, 1), D(2023, 2, 1));
	c[1] = case_of(NO, D(2024, 2, 1));
	ck_assert_int_eq(goal_eval(&g, c, 2, D(2024, 1, 1), D(2024, 12, 31),
	    D(2025, 1, 1), work, &f), 0);
	ck_assert_int_eq(f.completed, 0);
	ck_assert_int_eq(f.open, 0);
	ck_assert_int_eq(f.ignored, 1);
	ck_assert_int_eq(f.met, GOAL_NODATA);
	nlo = goal_hist_edges(155, lo, NELEM(lo));
	ck_assert_int_eq(goal_hist(&g, c, 2, D(2024, 1, 1), D(2024, 12, 31),
	    D(2025, 1, 1), lo, nlo, &h), 0);
	ck_assert_int_eq(h.count[0], 0);
	/* A bad goal. */
	v.limit = -5;
	ck_assert_int_eq(goal_eval(&g, c, 2, D(2024, 1, 1), D(2024, 12, 31),
	    D(2025, 1, 1), work, &f), -1);
	ck_assert_int_eq(goal_hist(&g, c, 2, D(2024, 1, 1), D(2024, 12, 31),
	    D(2025, 1, 1), lo, nlo, &h), -1);
}
END_TEST

START_TEST(test_all_or_nothing)
{
	struct goal_version	 v;
	struct goal		 g;
	struct goal_case	 c[10];
	struct goal_figures	 f;
	int			 work[10];
	size_t			 i;

	v = ver(D(2020, 1, 1), GOAL_DAYS, 155, 1000, GOAL_NET, GOAL_DECIDED);
	g = goal_of(&v, 1);
	for (i = 0; i < 10; i++)
		c[i] = case_of(D(2024, 1, 1), D(2024, 1, 1) + 155);
	ck_assert_int_eq(goal_eval(&g, c, 10, D(2024, 1, 1), D(2024, 12, 31),
	    D(2025, 1, 1), work, &f), 0);
	ck_assert_int_eq(f.share_pm, 1000);
	ck_assert_int_eq(f.met, GOAL_MET);
	for (i = 0; i < 10; i++)
		c[i].stop++;
	ck_assert_int_eq(goal_eval(&g, c, 10, D(2024, 1, 1), D(2024, 12, 31),
	    D(2025, 1, 1), work, &f), 0);
	ck_assert_int_eq(f.share_pm, 0);
	ck_assert_int_eq(f.met, GOAL_NOTMET);
	/* 90 % of 10 = 9 within: met, 8: not. */
	v.target_pm = 900;
	for (i = 0; i < 9; i++)
		c[i].stop--;
	ck_assert_int_eq(goal_eval(&g, c, 10, D(2024, 1, 1), D(2024, 12, 31),
	    D(2025, 1, 1), work, &f), 0);
	ck_assert_int_eq(f.within, 9);
	ck_assert_int_eq(f.met, GOAL_MET);
	c[0].stop++;
	ck_assert_int_eq(goal_eval(&g, c, 10, D(2024, 1, 1), D(2024, 12, 31),
	    D(2025, 1, 1), work, &f), 0);
	ck_assert_int_eq(f.within, 8);
	ck_assert_int_eq(f.met, GOAL_NOTMET);
}
END_TEST

/* Clock stops: how many cases, how many days on average. */
static void
eval_paused(const int *days, size_t n, struct goal_figures *f)
{
	struct goal_version	 v;
	struct goal		 g;
	struct goal_case	 c[8];
	struct grant_pause	 p[8];
	int			 work[8];
	size_t			 i;

	ck_assert_uint_le(n, NELEM(c));
	v = ver(D(2020, 1, 1), GOAL_DAYS, 155, 900, GOAL_GROSS, GOAL_DECIDED);
	g = goal_of(&v, 1);
	for (i = 0; i < n; i++) {
		c[i] = case_of(D(2024, 1, 1), D(2024, 2, 1));
		p[i].start = D(2024, 1, 5);
		p[i].end = p[i].start + days[i];
		c[i].pauses = &p[i];
		c[i].npauses = 1;
	}
	/* An open case with a pause is not counted. */
	c[n] = case_of(D(2024, 1, 1), NO);
	p[n].start = D(2024, 1, 2);
	p[n].end = D(2024, 1, 20);
	c[n].pauses = &p[n];
	c[n].npauses = 1;
	ck_assert_int_eq(goal_eval(&g, c, n + 1, D(2024, 1, 1),
	    D(2024, 3, 31), D(2024, 4, 1), work, f), 0);
	ck_assert_int_eq(f->completed, (long long)n);
	ck_assert_int_eq(f->open, 1);
	ck_assert_int_eq(f->p50, 31);	/* gross: the pauses still count */
}

START_TEST(test_paused_stats)
{
	struct goal_figures	 f;
	static const int	 a[] = { 5, 0, 6 }, b[] = { 1, 1, 2 },
				 c[] = { 1, 2, 2 }, d[] = { 1, 2 },
				 e[] = { 0, 0 };

	eval_paused(a, NELEM(a), &f);
	ck_assert_int_eq(f.paused_cases, 2);
	ck_assert_int_eq(f.paused_days, 11);
	ck_assert_int_eq(f.paused_avg.num, 11);
	ck_assert_int_eq(f.paused_avg.den, 2);
	ck_assert_int_eq(f.paused_avg_tenths, 55);
	eval_paused(b, NELEM(b), &f);		/* 4/3 = 1.33 */
	ck_assert_int_eq(f.paused_avg_tenths, 13);
	eval_paused(c, NELEM(c), &f);		/* 5/3 = 1.67 */
	ck_assert_int_eq(f.paused_avg_tenths, 17);
	eval_paused(d, NELEM(d), &f);		/* 1.5: 1.5, not 1.4 */
	ck_assert_int_eq(f.paused_avg_tenths, 15);
	eval_paused(e, NELEM(e), &f);
	ck_assert_int_eq(f.paused_cases, 0);
	ck_assert_int_eq(f.paused_avg.den, 0);
	ck_assert_int_eq(f.paused_avg_tenths, GOAL_NOVALUE);
}
END_TEST

/* The service-desk rule: late and still open counts where it passed. */
START_TEST(test_servicedesk)
{
	struct goal_version	 v[2];
	struct goal		 g;
	struct goal_case	 c[6];
	struct goal_figures	 f;
	int			 work[6];

	v[0] = ver(D(2020, 1, 1), GOAL_DAYS, 10, 900, GOAL_NET,
	    GOAL_SERVICEDESK);
	g = goal_of(v, 1);
	c[0] = case_of(D(2024, 5, 1), NO);		/* breach 12/5 */
	c[1] = case_of(D(2024, 6, 25), NO);		/* breach 6/7 */
	c[2] = case_of(D(2024, 3, 15), D(2024, 5, 1));	/* breach 26/3 */
	c[3] = case_of(D(2024, 6, 15), D(2024, 7, 10));	/* breach 26/6 */
	c[4] = case_of(D(2024, 4, 1), D(2024, 4, 5));	/* within */
	c[5] = case_of(D(2024, 3, 1), NO);		/* breach 12/3 */

	ck_assert_int_eq(goal_eval(&g, c, 6, D(2024, 4, 1), D(2024, 6, 30),
	    D(2024, 8, 1), work, &f), 0);
	ck_assert_int_eq(f.completed, 2);
	ck_assert_int_eq(f.within, 1);
	ck_assert_int_eq(f.extra, 2);			/* 0 and 3 */
	ck_assert_int_eq(f.share.den, 4);
	ck_assert_int_eq(f.share_pm, 250);
	ck_assert_int_eq(f.breached, 3);		/* 0, 3, 5 */
	ck_assert_int_eq(f.open, 4);
	ck_assert_int_eq(f.worst.den, 4);
	ck_assert_int_eq(f.best.den, 4);
	/* The first quarter: 2 and 5 passed their limit there. */
	ck_assert_int_eq(goal_eval(&g, c, 6, D(2024, 1, 1), D(2024, 3, 31),
	    D(2024, 8, 1), work, &f), 0);
	ck_assert_int_eq(f.completed, 0);
	ck_assert_int_eq(f.extra, 2);
	ck_assert_int_eq(f.share_pm, 0);
	ck_assert_int_eq(f.met, GOAL_NOTMET);
	/* The third: 3 decided late (again), 1 passed its limit. */
	ck_assert_int_eq(goal_eval(&g, c, 6, D(2024, 7, 1), D(2024, 9, 30),
	    D(2024, 12, 1), work, &f), 0);
	ck_assert_int_eq(f.completed, 1);
	ck_assert_int_eq(f.within, 0);
	ck_assert_int_eq(f.extra, 1);
	/* The same cases under the decided rule. */
	v[0].period = GOAL_DECIDED;
	ck_assert_int_eq(goal_eval(&g, c, 6, D(2024, 4, 1), D(2024, 6, 30),
	    D(2024, 8, 1), work, &f), 0);
	ck_assert_int_eq(f.extra, 0);
	ck_assert_int_eq(f.share.den, 2);
	ck_assert_int_eq(f.share_pm, 500);
	ck_assert_int_eq(goal_eval(&g, c, 6, D(2024, 1, 1), D(2024, 3, 31),
	    D(2024, 8, 1), work, &f), 0);
	ck_assert_int_eq(f.met, GOAL_NODATA);

	/* Under way, as of 20 June: at risk and extra together. */
	v[0].period = GOAL_SERVICEDESK;
	ck_assert_int_eq(goal_eval(&g, c, 6, D(2024, 4, 1), D(2024, 6, 30),
	    D(2024, 6, 20), work, &f), 0);
	ck_assert_int_eq(f.completed, 2);
	ck_assert_int_eq(f.extra, 1);			/* 0 */
	ck_assert_int_eq(f.breached, 2);		/* 0, 5 */
	ck_assert_int_eq(f.at_risk, 1);			/* 3: 26/6 */
	ck_assert_int_eq(f.share.den, 3);
	ck_assert_int_eq(f.worst.den, 5);		/* + 5 and 3 */
	ck_assert_int_eq(f.worst.num, 1);
	ck_assert_int_eq(f.best.num, 2);
	ck_assert_int_eq(f.best.den, 4);

	/* A version switching to the rule from 1 June: only later starts. */
	v[0].period = GOAL_DECIDED;
	v[1] = ver(D(2024, 6, 1), GOAL_DAYS, 10, 900, GOAL_NET,
	    GOAL_SERVICEDESK);
	g.nversions = 2;
	ck_assert_int_eq(goal_eval(&g, c, 6, D(2024, 4, 1), D(2024, 6, 30),
	    D(2024, 8, 1), work, &f), 0);
	ck_assert_int_eq(f.extra, 1);			/* 3 */
	ck_assert_int_eq(f.versions, 3);
}
END_TEST

/* --- trend and histogram ----------------------------------------------- */

START_TEST(test_trend)
{
	struct goal_version	 v;
	struct goal		 g;
	struct goal_case	 c[40];
	struct goal_figures	 out[12], one;
	int			 work[40], i;

	v = ver(D(2020, 1, 1), GOAL_DAYS, 30, 900, GOAL_NET, GOAL_DECIDED);
	g = goal_of(&v, 1);
	for (i = 0; i < 40; i++)
		c[i] = case_of(D(2023, 1, 5) + 19 * i,
		    i % 7 == 6 ? NO : D(2023, 1, 5) + 19 * i + (i % 5) * 9);
	ck_assert_int_eq(goal_trend(&g, c, 40, 2023, 2024, D(2024, 8, 15),
	    work, out, NELEM(out)), 8);
	for (i = 0; i < 8; i++) {
		ck_assert_int_eq(goal_eval(&g, c, 40,
		    cal_quarter_start(2023 + i / 4, i % 4 + 1),
		    cal_quarter_end(2023 + i / 4, i % 4 + 1), D(2024, 8, 15),
		    work, &one), 0);
		ck_assert_int_eq(out[i].from, one.from);
		ck_assert_int_eq(out[i].to, one.to);
		ck_assert_int_eq(out[i].completed, one.completed);
		ck_assert_int_eq(out[i].within, one.within);
		ck_assert_int_eq(out[i].open, one.open);
		ck_assert_int_eq(out[i].p90, one.p90);
	}
	ck_assert_int_eq(out[0].from, D(2023, 1, 1));
	ck_assert_int_eq(out[7].to, D(2024, 12, 31));
	ck_assert_int_eq(out[6].finished, 0);		/* Q3 2024 */
	ck_assert_int_eq(out[5].finished, 1);
	ck_assert_int_eq(out[7].completed, 0);		/* not yet */
	/* Fewer slots than quarters: the count still says how many. */
	ck_assert_int_eq(goal_trend(&g, c, 40, 2021, 2024, D(2024, 8, 15),
	    work, out, 3), 16);
	ck_assert_int_eq(goal_trend(&g, c, 40, 2024, 2023, D(2024, 8, 15),
	    work, out, 3), -1);
}
END_TEST

START_TEST(test_hist_edges)
{
	static const int e155[] = { 0, 16, 32, 47, 63, 78, 94, 110, 125, 141,
	    156, 172, 188, 203, 219, 234, 250, 266, 281, 297, 312 };
	static const int e4[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
	int	 lo[GOAL_HIST_MAX];
	size_t	 n, i;

	n = goal_hist_edges(155, lo, NELEM(lo));
	ck_assert_uint_eq(n, NELEM(e155));
	for (i = 0; i < n; i++)
		ck_assert_int_eq(lo[i], e155[i]);
	n = goal_hist_edges(4, lo, NELEM(lo));
	ck_assert_uint_eq(n, NELEM(e4));
	for (i = 0; i < n; i++)
		ck_assert_int_eq(lo[i], e4[i]);
	n = goal_hist_edges(0, lo, NELEM(lo));
	ck_assert_uint_eq(n, 3);
	ck_assert_int_eq(lo[0], 0);
	ck_assert_int_eq(lo[1], 1);
	ck_assert_int_eq(lo[2], 2);
	n = goal_hist_edges(155, lo, 5);
	ck_assert_uint_eq(n, 5);
	ck_assert_int_eq(lo[1], 78);
	ck_assert_int_eq(lo[2], 156);
	ck_assert_int_eq(lo[4], 312);
	ck_assert_uint_eq(goal_hist_edges(155, lo, 2), 0);
	ck_assert_uint_eq(goal_hist_edges(-1, lo, 10), 0);
	/* Always strictly increasing, the limit + 1 an edge. */
	for (i = 0; i < 400; i++) {
		size_t	 j, k;
		int	 has = 0;

		k = goal_hist_edges((int)i, lo, 3 + i % 30);
		EXPECT(k >= 3, "limit %zu: %zu edges", i, k);
		for (j = 1; j < k; j++)
			EXPECT(lo[j] > lo[j - 1], "limit %zu not increasing", i);
		for (j = 0; j < k; j++)
			has |= lo[j] == (int)i + 1;
		EXPECT(has, "limit %zu: no edge at limit + 1", i);
	}
}
END_TEST

START_TEST(test_hist)
{
	struct goal_version	 v;
	struct goal		 g;
	struct goal_case	 c[8];
	struct goal_hist	 h;
	int			 lo[GOAL_HIST_MAX];
	static const int	 days[8] = { 0, 15, 16, 155, 156, 311, 312, 900 };
	static const int	 l1[] = { 0, 100, 200 }, l2[] = { 10, 20 },
				 l3[] = { 0, 156 }, bad[] = { 0, 5, 5 };
	size_t			 i, n;

	v = ver(D(2020, 1, 1), GOAL_DAYS, 155, 900, GOAL_GROSS, GOAL_DECIDED);
	g = goal_of(&v, 1);
	for (i = 0; i < 8; i++)
		c[i] = case_of(D(2024, 12, 1) - days[i], D(2024, 12, 1));
	n = goal_hist_edges(155, lo, NELEM(lo));
	ck_assert_int_eq(goal_hist(&g, c, 8, D(2024, 10, 1), D(2024, 12, 31),
	    D(2025, 1, 1), lo, n, &h), 0);
	ck_assert_uint_eq(h.n, 21);
	ck_assert_int_eq(h.limit, 155);
	ck_assert_uint_eq(h.over, 10);
	ck_assert_int_eq(h.straddles, 0);
	ck_assert_int_eq(h.count[0], 2);	/* 0, 15 */
	ck_assert_int_eq(h.count[1], 1);	/* 16 */
	ck_assert_int_eq(h.count[9], 1);	/* 155 */
	ck_assert_int_eq(h.count[10], 1);	/* 156 */
	ck_assert_int_eq(h.count[19], 1);	/* 311 */
	ck_assert_int_eq(h.count[20], 2);	/* 312, 900 */
	ck_assert_int_eq(goal_hist(&g, c, 8, D(2024, 10, 1), D(2024, 12, 31),
	    D(2025, 1, 1), l1, NELEM(l1), &h), 0);
	ck_assert_uint_eq(h.over, 1);
	ck_assert_int_eq(h.straddles, 1);
	ck_assert_int_eq(h.count[0], 3);	/* 0, 15, 16 */
	ck_assert_int_eq(h.count[1], 2);	/* 155, 156 */
	ck_assert_int_eq(h.count[2], 3);
	ck_assert_int_eq(goal_hist(&g, c, 8, D(2024, 10, 1), D(2024, 12, 31),
	    D(2025, 1, 1), l2, NELEM(l2), &h), 0);
	ck_assert_uint_eq(h.over, 1);
	ck_assert_int_eq(h.straddles, 1);
	ck_assert_int_eq(h.count[0], 3);	/* 0 below lo[0], 15, 16 */
	v.limit = 5;
	ck_assert_int_eq(goal_hist(&g, c, 8, D(2024, 10, 1), D(2024, 12, 31),
	    D(2025, 1, 1), l2, NELEM(l2), &h), 0);
	ck_assert_uint_eq(h.over, 0);
	ck_assert_int_eq(h.straddles, 1);
	v.limit = 155;
	ck_assert_int_eq(goal_hist(&g, c, 8, D(2024, 10, 1), D(2024, 12, 31),
	    D(2025, 1, 1), l3, NELEM(l3), &h), 0);
	ck_assert_uint_eq(h.over, 1);
	ck_assert_int_eq(h.straddles, 0);
	ck_assert_int_eq(h.count[0], 4);
	ck_assert_int_eq(h.count[1], 4);
	/* The period and as-of rules are goal_eval's. */
	ck_assert_int_eq(goal_hist(&g, c, 8, D(2024, 10, 1), D(2024, 11, 30),
	    D(2025, 1, 1), l3, NELEM(l3), &h), 0);
	ck_assert_int_eq(h.count[0] + h.count[1], 0);
	ck_assert_int_eq(goal_hist(&g, c, 8, D(2024, 10, 1), D(2024, 12, 31),
	    D(2024, 11, 30), l3, NELEM(l3), &h), 0);
	ck_assert_int_eq(h.count[0] + h.count[1], 0);
	ck_assert_int_eq(goal_hist(&g, c, 8, D(2024, 10, 1), D(2024, 12, 31),
	    D(2025, 1, 1), bad, NELEM(bad), &h), -1);
	ck_assert_int_eq(goal_hist(&g, c, 8, D(2024, 10, 1), D(2024, 12, 31),
	    D(2025, 1, 1), bad, 0, &h), -1);
	ck_assert_int_eq(goal_hist(&g, c, 8, D(2024, 12, 31), D(2024, 10, 1),
	    D(2025, 1, 1), l3, NELEM(l3), &h), -1);
}
END_TEST

/* --- random cases against a naive reference ---------------------------- */

/*
 * The reference knows nothing of stretches, jumps or deadlines: it walks
 * the days after the start one by one, asks cal_is_workday and each
 * pause about every day, and reads the definitions in goal.h literally.
 */
#define NCASES		3000
#define KMAX		1500		/* days after start it looks at */
#define PMAX		4096		/* above any elapsed time */
#define R_FIRST		D(2021, 1, 1)
#define R_DAYS		(6 * 366 + KMAX + 10)

static uint64_t rng_state;

static uint32_t
rnd(uint32_t n)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (uint32_t)(rng_state % n);
}

static struct goal_case	 rcases[NCASES];
static struct grant_pause rpauses[NCASES][4];
static unsigned char	 workday_tab[2][R_DAYS];

static void
random_setup(void)
{
	struct goal_case	*c;
	struct grant_pause	*p;
	size_t			 i, j;
	int			 r, k;

	for (k = 0; k < R_DAYS; k++) {
		workday_tab[0][k] = (unsigned char)cal_is_workday(R_FIRST + k, 0);
		workday_tab[1][k] = (unsigned char)cal_is_workday(R_FIRST + k,
		    CAL_WD_STATE);
	}
	rng_state = 0x9e3779b97f4a7c15ULL;
	for (i = 0; i < NCASES; i++) {
		c = &rcases[i];
		c->start = D(2022, 1, 1) + (cal_day)rnd(4 * 365 + 1);
		r = (int)rnd(100);
		if (r < 25)
			c->stop = NO;
		else if (r < 35)		/* a few (working) days */
			c->stop = c->start + (cal_day)rnd(5);
		else if (r < 60)		/* near the limits */
			c->stop = c->start + (cal_day)rnd(20) +
			    (cal_day)(rnd(2) ? 140 : 0);
		else if (r < 99)
			c->stop = c->start + (cal_day)rnd(400);
		else
			c->stop = c->start - 1 - (cal_day)rnd(5);
		if (rnd(200) == 0)
			c->start = NO;
		c->npauses = rnd(5) < 2 ? 0 : rnd(4) + 1;
		c->pauses = rpauses[i];
		for (j = 0; j < c->npauses; j++) {
			p = &rpauses[i][j];
			p->start = (c->start == NO ? D(2023, 1, 1) : c->start) -
			    5 + (cal_day)rnd(260);
			p->end = p->start + (cal_day)rnd(60) - (rnd(20) == 0 ?
			    10 : 0);
			if (rnd(8) == 0)
				p->end = NO;
			if (rnd(40) == 0)
				p->start = NO;
		}
	}
}

static int
r_workday(cal_day d, unsigned flags)
{
	int64_t	 k = (int64_t)d - R_FIRST;

	EXPECT(k >= 0 && k < R_DAYS, "day %lld outside the table",
	    (long long)k);
	return workday_tab[flags & CAL_WD_STATE ? 1 : 0][k];
}

/* Is day d off the clock, by the pauses as known at asof? */
static int
r_paused(const struct goal_case *c, cal_day asof, cal_day d)
{
	const struct grant_pause *p;
	size_t	 i;

	for (i = 0; i < c->npauses; i++) {
		p = &c->pauses[i];
		if (p->start == NO || p->start > asof || d <= p->start)
			continue;
		if (p->end == NO || p->end > asof || d <= p->end)
			return 1;
	}
	return 0;
}

static size_t
r_version(const struct goal *g, cal_day start)
{
	size_t	 i, best = SIZE_MAX, first = 0;

	for (i = 0; i < g->nversions; i++) {
		if (g->versions[i].valid_from <= start && (best == SIZE_MAX ||
		    g->versions[i].valid_from >= g->versions[best].valid_from))
			best = i;
		if (g->versions[i].valid_from <= g->versions[first].valid_from)
			first = i;
	}
	return best == SIZE_MAX ? first : best;
}

/* A case as the reference sees it as of a day. */
struct rstate {
	int	 none;
	int	 stopped;
	size_t	 version;
	int	 gross, net, elapsed;
	int	 breach;		/* offset from start, or -1 */
	int	 paused_days;
	int	 lasting;
};

/*
 * Elapsed if the case stopped on day start + k (k > 0), counted from
 * scratch: every day after the start up to the stop (rounded up to a
 * working day) that counts.
 */
static int
r_elapsed(const struct goal_version *v, const struct goal_case *c,
    cal_day asof, int net, int k)
{
	cal_day	 e = c->start + k, d, x;
	int	 n = 0, m;

	if (k <= 0)
		return 0;
	if (v->unit == GOAL_MONTHS) {
		for (d = c->start + 1; d <= e; d++)
			n += !(net && r_paused(c, asof, d));
		for (m = 0; cal_add_months(c->start, m) < c->start + n; m++)
			;
		return m;
	}
	x = e;
	if (v->unit == GOAL_WORKDAYS)
		while (!r_workday(x, v->wdflags))
			x++;
	for (d = c->start + 1; d <= x; d++)
		if (v->unit == GOAL_DAYS || r_workday(d, v->wdflags))
			n += !(net && r_paused(c, asof, d));
	return n;
}

/*
 * The same for every stop day start + k, one day at a time (r_elapsed
 * itself would make the search quadratic): cnt[k] is the counting days
 * of (start, start + k], filled only as far as the search looks.
 */
static void
r_breach(const struct goal_version *v, const struct goal_case *c,
    cal_day asof, struct rstate *s)
{
	static int	 cnt[KMAX + 64];
	cal_day		 d;
	int		 k, x, m = 0, t, n = 0, net = v->pause == GOAL_NET;

	cnt[0] = 0;
	s->breach = -1;
	for (k = 1; k <= KMAX && s->breach == -1; k++) {
		/* Up to the next working day after start + k. */
		while (n < k + 14) {
			n++;
			d = c->start + n;
			cnt[n] = cnt[n - 1];
			if (v->unit != GOAL_WORKDAYS ||
			    r_workday(d, v->wdflags))
				cnt[n] += !(net && r_paused(c, asof, d));
		}
		if (v->unit == GOAL_MONTHS) {
			while (cal_add_months(c->start, m) < c->start + cnt[k])
				m++;
			t = m;
		} else if (v->unit == GOAL_WORKDAYS) {
			for (x = k; !r_workday(c->start + x, v->wdflags); x++)
				;
			t = cnt[x];
		} else
			t = cnt[k];
		if (t > v->limit)
			s->breach = k;
	}
}

static void
r_state(const struct goal *g, const struct goal_case *c, cal_day asof,
    struct rstate *s)
{
	const struct goal_version *v;
	cal_day	 end, d;
	size_t	 i;

	memset(s, 0, sizeof(*s));
	if (c->start == NO || c->start > asof ||
	    (c->stop != NO && c->stop < c->start)) {
		s->none = 1;
		return;
	}
	s->version = r_version(g, c->start);
	v = &g->versions[s->version];
	s->stopped = c->stop != NO && c->stop <= asof;
	end = s->stopped ? c->stop : asof;
	s->gross = r_elapsed(v, c, asof, 0, end - c->start);
	s->net = r_elapsed(v, c, asof, 1, end - c->start);
	s->elapsed = v->pause == GOAL_NET ? s->net : s->gross;
	for (d = c->start + 1; d <= end; d++)
		s->paused_days += r_paused(c, asof, d);
	for (i = 0; i < c->npauses; i++)
		if (c->pauses[i].start != NO && c->pauses[i].start <= asof &&
		    (c->pauses[i].end == NO || c->pauses[i].end > asof) &&
		    !s->stopped)
			s->lasting = 1;
	r_breach(v, c, asof, s);
}

/* The smallest value v with #{x <= v} * 100 >= p * n (cume_dist). */
static int
r_percentile(const int *vals, size_t n, int p)
{
	static long long	 hist[PMAX];
	long long		 cum = 0;
	size_t			 i;
	int			 v;

	if (n == 0)
		return GOAL_NOVALUE;
	memset(hist, 0, sizeof(hist));
	for (i = 0; i < n; i++) {
		EXPECT(vals[i] >= 0 && vals[i] < PMAX, "value %d", vals[i]);
		hist[vals[i]]++;
	}
	for (v = 0; v < PMAX; v++) {
		cum += hist[v];
		if (cum * 100 >= (long long)p * (long long)n)
			return v;
	}
	return GOAL_NOVALUE;
}

static int	 r_times[NCASES], r_ages[NCASES];
static struct rstate r_st[NCASES];

/* The reference's figures for a period, field by field. */
static void
r_figures(const struct goal *g, cal_day from, cal_day to, cal_day asof,
    struct goal_figures *f, int states_ready)
{
	const struct goal_version *v;
	const struct goal_case *c;
	struct rstate	*s;
	cal_day		 a = asof < to ? asof : to;
	size_t		 i, nt = 0, na = 0;
	long long	 target, savable = 0;

	memset(f, 0, sizeof(*f));
	f->finished = asof > to;
	f->asof = a;
	target = g->versions[r_version(g, to)].target_pm;
	for (i = 0; i < NCASES; i++) {
		c = &rcases[i];
		s = &r_st[i];
		if (!states_ready)
			r_state(g, c, a, s);
		if (s->none) {
			if (c->start == NO || (c->stop != NO &&
			    c->stop < c->start))
				f->ignored++;
			continue;
		}
		v = &g->versions[s->version];
		if (s->stopped) {
			if (c->stop < from || c->stop > to)
				continue;
			f->completed++;
			f->within += s->elapsed <= v->limit;
			f->versions |= (uint64_t)1 << s->version;
			if (s->paused_days > 0) {
				f->paused_cases++;
				f->paused_days += s->paused_days;
			}
			r_times[nt++] = s->elapsed;
			continue;
		}
		f->open++;
		f->open_versions |= (uint64_t)1 << s->version;
		r_ages[na++] = s->elapsed;
		if (s->elapsed > v->limit) {
			f->breached++;
			if (v->period == GOAL_SERVICEDESK &&
			    c->start + s->breach >= from &&
			    c->start + s->breach <= a) {
				f->extra++;
				f->versions |= (uint64_t)1 << s->version;
			}
		} else {
			f->open_within++;
			if (!f->finished && s->breach != -1 &&
			    c->start + s->breach > a &&
			    c->start + s->breach <= to) {
				f->at_risk++;
				savable += c->start + s->breach > from;
			}
		}
	}
	f->share.num = f->within;
	f->share.den = f->completed + f->extra;
	f->share_pm = f->share.den ? (int)(f->share.num * 1000 /
	    f->share.den) : GOAL_NOVALUE;
	f->met = f->share.den == 0 ? GOAL_NODATA :
	    f->share.num * 1000 >= target * f->share.den ? GOAL_MET :
	    GOAL_NOTMET;
	f->worst.num = f->within;
	f->worst.den = f->finished ? f->share.den :
	    f->completed + f->breached + f->at_risk;
	f->best.num = f->within + savable;
	f->best.den = f->completed + f->extra + savable;
	f->p50 = r_percentile(r_times, nt, 50);
	f->p90 = r_percentile(r_times, nt, 90);
	f->p95 = r_percentile(r_times, nt, 95);
	f->age_p50 = r_percentile(r_ages, na, 50);
	f->age_p90 = r_percentile(r_ages, na, 90);
	f->age_p95 = r_percentile(r_ages, na, 95);
}

#define SAME(field) EXPECT(f.field == r.field,				\
	"%s %s..%s as of %s: " #field " %lld, reference %lld", what,	\
	fmt(from, b1), fmt(to, b2), fmt(asof, b3), (long long)f.field,	\
	(long long)r.field)

static void
compare_period(const char *what, const struct goal *g, cal_day from,
    cal_day to, cal_day asof, int *work, int states_ready)
{
	struct goal_figures	 f, r;
	char			 b1[11], b2[11], b3[11];

	EXPECT(goal_eval(g, rcases, NCASES, from, to, asof, work, &f) == 0,
	    "%s: goal_eval failed", what);
	r_figures(g, from, to, asof, &r, states_ready);
	SAME(finished);
	SAME(asof);
	SAME(completed);
	SAME(within);
	SAME(extra);
	SAME(share.num);
	SAME(share.den);
	SAME(share_pm);
	SAME(met);
	SAME(breached);
	SAME(at_risk);
	SAME(worst.num);
	SAME(worst.den);
	SAME(best.num);
	SAME(best.den);
	SAME(p50);
	SAME(p90);
	SAME(p95);
	SAME(open);
	SAME(open_within);
	SAME(age_p50);
	SAME(age_p90);
	SAME(age_p95);
	SAME(paused_cases);
	SAME(paused_days);
	SAME(versions);
	SAME(open_versions);
	SAME(ignored);
}

/* Every case, one by one, as of a day. */
static void
compare_cases(const char *what, const struct goal *g, cal_day asof)
{
	struct goal_case_state	 st;
	struct grant_clock	 gc;
	const struct goal_case	*c;
	struct rstate		*s;
	enum goal_cstate	 want;
	char			 b1[11], b2[11];
	size_t			 i;

	for (i = 0; i < NCASES; i++) {
		c = &rcases[i];
		s = &r_st[i];
		r_state(g, c, asof, s);
		goal_case_eval(g, c, asof, &st);
		if (s->none)
			want = GOAL_CS_NONE;
		else if (s->stopped)
			want = s->elapsed <= g->versions[s->version].limit ?
			    GOAL_CS_MET : GOAL_CS_MISSED;
		else
			want = s->elapsed > g->versions[s->version].limit ?
			    GOAL_CS_BREACHED : GOAL_CS_OPEN;
		EXPECT(st.state == want, "%s case %zu as of %s: state %d, "
		    "want %d", what, i, fmt(asof, b1), st.state, want);
		if (s->none)
			continue;
		EXPECT(st.version == s->version && st.gross == s->gross &&
		    st.net == s->net && st.elapsed == s->elapsed &&
		    st.paused_days == s->paused_days &&
		    st.paused == s->lasting,
		    "%s case %zu as of %s: version %zu/%zu gross %d/%d "
		    "net %d/%d paused %d/%d lasting %d/%d", what, i,
		    fmt(asof, b1), st.version, s->version, st.gross, s->gross,
		    st.net, s->net, st.paused_days, s->paused_days, st.paused,
		    s->lasting);
		EXPECT(st.breach == (s->breach == -1 ? NO :
		    c->start + s->breach), "%s case %zu as of %s: breach %s, "
		    "want +%d", what, i, fmt(asof, b1), fmt(st.breach, b2),
		    s->breach);
		/* Net calendar days are the case page's clock. */
		if (g->versions[s->version].unit == GOAL_DAYS) {
			gc.received = c->start;
			gc.decided = s->stopped ? c->stop : NO;
			gc.pauses = c->pauses;
			gc.npauses = c->npauses;
			gc.pauses_stop_clock = 1;
			if (asof >= D(2027, 6, 1))
				EXPECT(grant_clock_days(&gc, asof) == s->net,
				    "%s case %zu: grant clock %d, net %d",
				    what, i, grant_clock_days(&gc, asof),
				    s->net);
		}
	}
}

static void
random_goal(int which, struct goal_version *v, struct goal *g)
{
	switch (which) {
	case 0:		/* accounts: 155 days net, cut to 120 mid-2024 */
		v[0] = ver(D(2022, 1, 1), GOAL_DAYS, 155, 900, GOAL_NET,
		    GOAL_DECIDED);
		v[1] = ver(D(2024, 7, 1), GOAL_DAYS, 120, 900, GOAL_NET,
		    GOAL_DECIDED);
		v[2] = ver(D(2025, 1, 1), GOAL_DAYS, 120, 950, GOAL_GROSS,
		    GOAL_SERVICEDESK);
		*g = goal_of(v, 3);
		break;
	case 1:		/* registered within working days */
		v[0] = ver(D(2023, 1, 1), GOAL_WORKDAYS, 1, 950, GOAL_GROSS,
		    GOAL_DECIDED);
		v[1] = ver(D(2023, 9, 1), GOAL_WORKDAYS, 10, 900, GOAL_NET,
		    GOAL_SERVICEDESK);
		v[1].wdflags = CAL_WD_STATE;
		v[2] = ver(D(2024, 5, 1), GOAL_WORKDAYS, 100, 800, GOAL_NET,
		    GOAL_DECIDED);
		*g = goal_of(v, 3);
		break;
	default:	/* feedback within months */
		v[0] = ver(D(2022, 1, 1), GOAL_MONTHS, 3, 900, GOAL_GROSS,
		    GOAL_DECIDED);
		v[1] = ver(D(2024, 2, 29), GOAL_MONTHS, 2, 900, GOAL_NET,
		    GOAL_SERVICEDESK);
		v[2] = ver(D(2025, 1, 31), GOAL_MONTHS, 6, 700, GOAL_NET,
		    GOAL_DECIDED);
		*g = goal_of(v, 3);
		break;
	}
}

static const char *const goal_names[] = { "days", "workdays", "months" };

START_TEST(test_random_cases)
{
	struct goal_version	 v[3];
	struct goal		 g;
	static const int	 asofs[][3] = {
		{ 2022, 3, 31 }, { 2023, 4, 6 }, { 2023, 12, 24 },
		{ 2024, 2, 29 }, { 2024, 4, 26 }, { 2025, 1, 1 },
		{ 2026, 2, 1 }, { 2027, 6, 1 },
	};
	size_t			 i;

	random_setup();
	random_goal(_i, v, &g);
	for (i = 0; i < NELEM(asofs); i++)
		compare_cases(goal_names[_i], &g,
		    D(asofs[i][0], asofs[i][1], asofs[i][2]));
}
END_TEST

START_TEST(test_random_periods)
{
	struct goal_version	 v[3];
	struct goal		 g;
	static int		 work[NCASES];
	cal_day			 from, to, mid;
	int			 y, q;

	random_setup();
	random_goal(_i, v, &g);
	for (y = 2022; y <= 2026; y++) {
		for (q = 1; q <= 4; q++) {
			from = cal_quarter_start(y, q);
			to = cal_quarter_end(y, q);
			mid = from + 40 + q;
			/* Not begun yet, under way, its last day, over. */
			compare_period(goal_names[_i], &g, from, to, from - 15,
			    work, 0);
			compare_period(goal_names[_i], &g, from, to, mid,
			    work, 0);
			compare_period(goal_names[_i], &g, from, to, to,
			    work, 0);
			/* Same A as the line before: states reused. */
			compare_period(goal_names[_i], &g, from, to, to + 1,
			    work, 1);
			compare_period(goal_names[_i], &g, from, to, to + 400,
			    work, 1);
		}
		compare_period(goal_names[_i], &g, cal_half_start(y, 1),
		    cal_half_end(y, 1), cal_half_end(y, 1) + 1, work, 0);
		compare_period(goal_names[_i], &g, cal_year_start(y),
		    cal_year_end(y), D(2030, 1, 1), work, 0);
	}
	compare_period(goal_names[_i], &g, D(2023, 3, 15), D(2024, 4, 14),
	    D(2024, 2, 1), work, 0);
	compare_period(goal_names[_i], &g, D(2024, 2, 29), D(2024, 2, 29),
	    D(2024, 2, 29), work, 0);
	compare_period(goal_names[_i], &g, D(2020, 1, 1), D(2030, 12, 31),
	    D(2025, 6, 15), work, 0);
}
END_TEST

Suite *
goal_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("goal");

	tc = tcase_create("versions");
	tcase_add_test(tc, test_version_at);
	tcase_add_test(tc, test_valid);
	suite_add_tcase(s, tc);

	tc = tcase_create("clock");
	tcase_add_loop_test(tc, test_calendar, 0, (int)NELEM(calcases));
	tcase_add_test(tc, test_workdays);
	tcase_add_test(tc, test_workdays_open);
	tcase_add_loop_test(tc, test_months, 0, (int)NELEM(mocases));
	tcase_add_test(tc, test_months_net);
	suite_add_tcase(s, tc);

	tc = tcase_create("shares");
	tcase_add_test(tc, test_share);
	tcase_add_loop_test(tc, test_rank, 0, (int)NELEM(rankcases));
	tcase_add_test(tc, test_percentile);
	tcase_add_test(tc, test_eval_percentiles);
	suite_add_tcase(s, tc);

	tc = tcase_create("periods");
	tcase_add_test(tc, test_attribution);
	tcase_add_test(tc, test_versions_period);
	tcase_add_test(tc, test_risk);
	tcase_add_test(tc, test_risk_paused);
	tcase_add_test(tc, test_empty);
	tcase_add_test(tc, test_all_or_nothing);
	tcase_add_test(tc, test_paused_stats);
	tcase_add_test(tc, test_servicedesk);
	tcase_add_test(tc, test_trend);
	tcase_add_test(tc, test_hist_edges);
	tcase_add_test(tc, test_hist);
	suite_add_tcase(s, tc);

	tc = tcase_create("random");
	/* Day-by-day references over 3,000 cases: slow under the sanitizers. */
	tcase_set_timeout(tc, 300);
	tcase_add_loop_test(tc, test_random_cases, 0, 3);
	tcase_add_loop_test(tc, test_random_periods, 0, 3);
	suite_add_tcase(s, tc);

	return s;
}
