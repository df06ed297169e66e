/*
 * Unit tests for goal's rollup path (issue 9): for random case sets,
 * goals of several versions (days, working days over Easter and
 * Christmas, months; gross and net; decided and service desk), random
 * periods and days "as of", the rollup rows made as sql/016's triggers
 * make them (goal_done_of, summed by version and elapsed as the table
 * does) and the cases open at A given to goal_eval_rollup give every
 * figure of goal_eval on the cases themselves.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "cal.h"
#include "goal.h"
#include "grant.h"
#include "ckday.h"

#define NO		GOAL_NODAY
#define RC_CASES	2500
#define RC_PAUSES	4

Suite	*goalroll_suite(void);

static uint64_t		 rs;
static struct goal_case	 rc[RC_CASES];
static struct grant_pause rp[RC_CASES][RC_PAUSES];
static struct goal_done	 rd[RC_CASES];
static struct goal_open	 ro[RC_CASES];
static struct goal_wv	 rw[2 * RC_CASES];
static int		 iw[RC_CASES];

static uint32_t
rnd(uint32_t n)
{
	rs ^= rs << 13;
	rs ^= rs >> 7;
	rs ^= rs << 17;
	return (uint32_t)(rs % n);
}

static cal_day
D(int y, int m, int d)
{
	return cal_from_ymd(y, m, d);
}

/* Days the clocks like to trip over: Easter, Whitsun, Christmas. */
static cal_day
hard_day(void)
{
	static const int hd[][3] = {
		{ 2023, 4, 6 }, { 2023, 4, 10 }, { 2023, 5, 5 },
		{ 2023, 12, 24 }, { 2024, 3, 28 }, { 2024, 4, 1 },
		{ 2024, 4, 26 }, { 2024, 12, 25 }, { 2024, 12, 31 },
		{ 2025, 4, 17 }, { 2025, 6, 9 }, { 2025, 12, 26 },
		{ 2024, 2, 29 }, { 2025, 1, 31 },
	};
	const int *h = hd[rnd(sizeof(hd) / sizeof(hd[0]))];

	return D(h[0], h[1], h[2]) - 6 + (cal_day)rnd(8);
}

static void
cases_setup(uint64_t seed)
{
	struct goal_case	*c;
	struct grant_pause	*p;
	size_t			 i, j;
	int			 r;

	rs = seed;
	for (i = 0; i < RC_CASES; i++) {
		c = &rc[i];
		c->start = rnd(3) == 0 ? hard_day() :
		    D(2022, 6, 1) + (cal_day)rnd(3 * 365);
		r = (int)rnd(100);
		if (r < 25)
			c->stop = NO;
		else if (r < 40)
			c->stop = c->start + (cal_day)rnd(6);
		else if (r < 65)
			c->stop = c->start + 140 + (cal_day)rnd(30);
		else if (r < 98)
			c->stop = c->start + (cal_day)rnd(420);
		else
			c->stop = c->start - 1 - (cal_day)rnd(3);
		if (rnd(300) == 0)
			c->start = NO;
		c->npauses = rnd(10) < 6 ? 0 : 1 + rnd(RC_PAUSES);
		c->pauses = rp[i];
		for (j = 0; j < c->npauses; j++) {
			p = &rp[i][j];
			p->start = (c->start == NO ? D(2024, 1, 1) : c->start) -
			    4 + (cal_day)rnd(200);
			p->end = p->start + (cal_day)rnd(50) - (rnd(25) == 0 ?
			    5 : 0);
			if (rnd(6) == 0)
				p->end = NO;
			if (rnd(50) == 0)
				p->start = NO;
		}
	}
}

static struct goal_version
ver(cal_day from, enum goal_unit u, int limit, int target, enum goal_pause p,
    enum goal_period per)
{
	struct goal_version v;

	memset(&v, 0, sizeof(v));
	v.valid_from = from;
	v.unit = u;
	v.limit = limit;
	v.target_pm = target;
	v.pause = p;
	v.period = per;
	return v;
}

static struct goal_version gv[4][3];
static struct goal gg[4];

static void
goals_setup(void)
{
	gv[0][0] = ver(D(2022, 1, 1), GOAL_DAYS, 155, 900, GOAL_GROSS,
	    GOAL_DECIDED);
	gv[0][1] = ver(D(2024, 4, 1), GOAL_DAYS, 120, 950, GOAL_GROSS,
	    GOAL_DECIDED);
	gv[1][0] = ver(D(2022, 1, 1), GOAL_DAYS, 155, 900, GOAL_NET,
	    GOAL_DECIDED);
	gv[1][1] = ver(D(2023, 7, 1), GOAL_DAYS, 100, 900, GOAL_GROSS,
	    GOAL_SERVICEDESK);
	gv[1][2] = ver(D(2024, 10, 1), GOAL_DAYS, 130, 850, GOAL_NET,
	    GOAL_DECIDED);
	gv[2][0] = ver(D(2022, 1, 1), GOAL_WORKDAYS, 10, 900, GOAL_NET,
	    GOAL_DECIDED);
	gv[2][1] = ver(D(2023, 12, 1), GOAL_WORKDAYS, 1, 1000, GOAL_GROSS,
	    GOAL_SERVICEDESK);
	gv[2][1].wdflags = CAL_WD_STATE;
	gv[2][2] = ver(D(2024, 12, 20), GOAL_MONTHS, 3, 900, GOAL_NET,
	    GOAL_DECIDED);
	gv[3][0] = ver(D(2022, 1, 1), GOAL_MONTHS, 3, 1000, GOAL_GROSS,
	    GOAL_DECIDED);
	gv[3][1] = ver(D(2024, 2, 29), GOAL_MONTHS, 2, 900, GOAL_NET,
	    GOAL_SERVICEDESK);
	gg[0] = (struct goal){ "a", gv[0], 2 };
	gg[1] = (struct goal){ "b", gv[1], 3 };
	gg[2] = (struct goal){ "c", gv[2], 3 };
	gg[3] = (struct goal){ "d", gv[3], 2 };
}

/*
 * The rollup of the cases stopped in [from, A], summed by (version,
 * elapsed) as the table's rows, and the cases open at A, those without
 * pauses grouped by start day as the database does.
 */
static void
rollup(const struct goal *g, cal_day from, cal_day a, size_t *nd, size_t *no)
{
	struct goal_done	 x;
	size_t			 i, j;
	const struct goal_case	*c;

	*nd = *no = 0;
	for (i = 0; i < RC_CASES; i++) {
		c = &rc[i];
		if (c->start == NO || (c->stop != NO && c->stop < c->start) ||
		    c->start > a)
			continue;
		if (c->stop != NO && c->stop <= a) {
			if (c->stop < from || !goal_done_of(g, c, &x))
				continue;
			for (j = 0; j < *nd; j++)
				if (rd[j].version == x.version &&
				    rd[j].elapsed == x.elapsed)
					break;
			if (j == *nd)
				rd[(*nd)++] = x;
			else {
				rd[j].n += x.n;
				rd[j].paused_n += x.paused_n;
				rd[j].paused_days += x.paused_days;
			}
			continue;
		}
		for (j = 0; c->npauses == 0 && j < *no; j++)
			if (ro[j].c.npauses == 0 && ro[j].c.start == c->start)
				break;
		if (c->npauses == 0 && j < *no) {
			ro[j].n++;
			continue;
		}
		ro[*no].c = *c;
		ro[*no].c.stop = NO;	/* not yet stopped at A */
		ro[(*no)++].n = 1;
	}
}

#define SAME(fld) EXPECT(a->fld == b->fld, "%s: %s %lld != %lld", what, \
	#fld, (long long)a->fld, (long long)b->fld)

static void
same_figures(const char *what, const struct goal_figures *a,
    const struct goal_figures *b)
{
	SAME(from); SAME(to); SAME(asof); SAME(finished); SAME(version);
	SAME(target_pm); SAME(limit); SAME(unit);
	SAME(completed); SAME(within); SAME(extra);
	SAME(share.num); SAME(share.den); SAME(share_pm); SAME(met);
	SAME(breached); SAME(at_risk);
	SAME(worst.num); SAME(worst.den); SAME(best.num); SAME(best.den);
	SAME(worst_pm); SAME(best_pm); SAME(worst_met); SAME(best_met);
	SAME(p50); SAME(p90); SAME(p95);
	SAME(open); SAME(open_within); SAME(age_p50); SAME(age_p90);
	SAME(age_p95);
	SAME(paused_cases); SAME(paused_days); SAME(paused_avg.num);
	SAME(paused_avg.den); SAME(paused_avg_tenths);
	SAME(versions); SAME(open_versions); SAME(mixed_units);
}

static long long checked_completed, checked_open;

static void
compare(int gi, cal_day from, cal_day to, cal_day asof)
{
	struct goal_figures	 want, got;
	const struct goal	*g = &gg[gi];
	char			 what[80], b1[11], b2[11], b3[11];
	size_t			 nd, no;
	cal_day			 a = asof < to ? asof : to;

	cal_format(from, b1);
	cal_format(to, b2);
	cal_format(asof, b3);
	snprintf(what, sizeof(what), "goal %d %s..%s as of %s", gi, b1, b2,
	    b3);
	EXPECT(goal_eval(g, rc, RC_CASES, from, to, asof, iw, &want) == 0,
	    "%s: goal_eval", what);
	rollup(g, from, a, &nd, &no);
	EXPECT(goal_eval_rollup(g, rd, nd, ro, no, from, to, asof, rw,
	    &got) == 0, "%s: goal_eval_rollup", what);
	same_figures(what, &want, &got);
	EXPECT(got.ignored == 0, "%s: ignored %lld", what, got.ignored);
	checked_completed += got.completed;
	checked_open += got.open;
	/* Without scratch: the counts, no percentiles. */
	EXPECT(goal_eval_rollup(g, rd, nd, ro, no, from, to, asof, NULL,
	    &got) == 0 && got.completed == want.completed &&
	    got.p50 == GOAL_NOVALUE && got.age_p50 == GOAL_NOVALUE,
	    "%s: without work", what);
}

START_TEST(test_rollup_random)
{
	cal_day		 from, to, asof;
	int		 gi, y, q, k;

	goals_setup();
	cases_setup(0x2545f4914f6cdd1dULL + (uint64_t)_i * 7919);
	checked_completed = checked_open = 0;
	for (gi = 0; gi < 4; gi++) {
		for (y = 2023; y <= 2025; y++)
			for (q = 1; q <= 4; q++) {
				from = cal_quarter_start(y, q);
				to = cal_quarter_end(y, q);
				compare(gi, from, to, from - 10);
				compare(gi, from, to, from + 37);
				compare(gi, from, to, to);
				compare(gi, from, to, to + 200);
			}
		/* Random periods and days as of. */
		for (k = 0; k < 40; k++) {
			from = D(2022, 10, 1) + (cal_day)rnd(1000);
			to = from + (cal_day)rnd(400);
			asof = from - 30 + (cal_day)rnd(500);
			compare(gi, from, to, asof);
		}
		compare(gi, D(2023, 12, 20), D(2024, 1, 5), D(2024, 1, 2));
		compare(gi, D(2024, 3, 25), D(2024, 4, 5), D(2024, 4, 1));
	}
	ck_assert(checked_completed > 10000);
	ck_assert(checked_open > 10000);
}
END_TEST

START_TEST(test_rollup_done_of)
{
	struct goal_case	 c;
	struct goal_done	 d;
	struct grant_pause	 p[2];

	goals_setup();
	memset(&c, 0, sizeof(c));
	c.start = D(2024, 1, 10);
	c.stop = NO;
	ck_assert_int_eq(goal_done_of(&gg[0], &c, &d), 0);
	c.stop = D(2024, 1, 9);
	ck_assert_int_eq(goal_done_of(&gg[0], &c, &d), 0);
	c.stop = D(2024, 7, 1);		/* 173 days; version 0 (155) */
	p[0].start = D(2024, 2, 1);
	p[0].end = D(2024, 2, 11);
	p[1].start = D(2024, 6, 25);	/* lasting past the stop */
	p[1].end = NO;
	c.pauses = p;
	c.npauses = 2;
	ck_assert_int_eq(goal_done_of(&gg[0], &c, &d), 1);
	ck_assert_uint_eq(d.version, 0);
	ck_assert_int_eq(d.elapsed, 173);
	ck_assert_int_eq(d.n, 1);
	ck_assert_int_eq(d.paused_n, 1);
	ck_assert_int_eq(d.paused_days, 10 + 6);
	/* Goal b: the gross version of 2023-07-01 judges it. */
	ck_assert_int_eq(goal_done_of(&gg[1], &c, &d), 1);
	ck_assert_uint_eq(d.version, 1);
	ck_assert_int_eq(d.elapsed, 173);
	/* Net, from 2024-10-01: the paused days off the clock. */
	c.start += 365;
	c.stop += 365;
	p[0].start += 365;
	p[0].end += 365;
	p[1].start += 365;
	ck_assert_int_eq(goal_done_of(&gg[1], &c, &d), 1);
	ck_assert_uint_eq(d.version, 2);
	ck_assert_int_eq(d.elapsed, 173 - 16);
}
END_TEST

START_TEST(test_rollup_bad)
{
	struct goal_figures	 f;
	struct goal_done	 d = { 5, 1, 1, 0, 0 };

	goals_setup();
	ck_assert_int_eq(goal_eval_rollup(&gg[0], &d, 1, NULL, 0,
	    D(2024, 1, 1), D(2024, 3, 31), D(2024, 6, 1), NULL, &f), -1);
	d.version = 0;
	ck_assert_int_eq(goal_eval_rollup(&gg[0], &d, 1, NULL, 0,
	    D(2024, 3, 31), D(2024, 1, 1), D(2024, 6, 1), NULL, &f), -1);
	ck_assert_int_eq(goal_eval_rollup(&gg[0], &d, 1, NULL, 0,
	    D(2024, 1, 1), D(2024, 3, 31), D(2024, 6, 1), NULL, &f), 0);
	ck_assert_int_eq(f.completed, 1);
	ck_assert_int_eq(f.within, 1);
	ck_assert_int_eq(f.p50, GOAL_NOVALUE);
}
END_TEST

Suite *
goalroll_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("goalroll");
	tc = tcase_create("rollup");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_rollup_done_of);
	tcase_add_test(tc, test_rollup_bad);
	tcase_add_loop_test(tc, test_rollup_random, 0, 2);
	suite_add_tcase(s, tc);
	return s;
}
