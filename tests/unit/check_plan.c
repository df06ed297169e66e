/*
 * Unit tests for plan: every sub-goal type at, just inside and just
 * outside its limit; every rule against an oracle that tries every way
 * the open sub-goals could turn out; the 100/N score; reporting
 * deadlines; the red/yellow/green suggestion and the report's required
 * fields.  Then the two results plans of the seeds, 000 (2024, 14
 * goals) and 001 (2022, 12 goals), as tables with the results their
 * tables give and the verdicts those imply.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <check.h>

#include "cal.h"
#include "plan.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define NV		PLAN_NOVAL
#define NO		PLAN_NODAY
#define MIO(x10)	((int64_t)(x10) * PLAN_MIO / 10) /* 0,1 mio. kr. */
#define NA		PS_NA
#define MET		PS_MET
#define NOT		PS_NOT_MET
#define PRE		PLAN_PRELIM
#define NOC		PLAN_NOCOMP

/* Collected by check_main.c; declared here for -Wmissing-prototypes. */
Suite	*plan_suite(void);

static cal_day
day(const char *s)
{
	cal_day	 d = NO;

	if (s != NULL)
		ck_assert_msg(cal_parse(s, &d) == 0, "bad day %s", s);
	return d;
}

static struct plan_sub
given(enum plan_kind k, enum plan_state s, unsigned marks, int group)
{
	struct plan_sub	 p;

	memset(&p, 0, sizeof(p));
	p.kind = k;
	p.u.given = s;
	p.marks = marks;
	p.group = group;
	return p;
}

/* --- disbursement on time ---------------------------------------------- */

static const struct {
	int		 on, late, pending, risk, over;
	enum plan_state	 want;
} disbcases[] = {
	{ 0, 0, 0, 0, 0, NA },		/* no pools: nothing to judge */
	{ 0, 0, 0, 0, 1, NA },
	{ 3, 0, 0, 0, 0, MET },
	{ 3, 0, 0, 0, 1, MET },
	{ 1, 0, 0, 0, 0, MET },
	{ 3, 1, 0, 0, 0, NOT },		/* one late pool is enough */
	{ 0, 1, 0, 0, 0, NOT },
	{ 3, 1, 2, 1, 0, NOT },
	{ 3, 0, 1, 0, 0, NA },		/* pending in the year */
	{ 3, 0, 1, 1, 0, NA },
	{ 3, 0, 1, 0, 1, NOT },		/* pending after the fiscal year */
	{ 0, 0, 4, 0, 1, NOT },
	{ -1, 0, 0, 0, 0, NA },		/* negative counts are 0 */
	{ 2, -1, 0, 0, 0, MET },
	{ 2, 0, -3, 0, 1, MET },
};

START_TEST(test_disb)
{
	struct plan_disb	 d;

	d.on_time = disbcases[_i].on;
	d.late = disbcases[_i].late;
	d.pending = disbcases[_i].pending;
	d.at_risk = disbcases[_i].risk;
	d.year_over = disbcases[_i].over;
	ck_assert_int_eq(plan_disb_state(&d), disbcases[_i].want);
}
END_TEST

/* --- counts ------------------------------------------------------------ */

static const struct {
	int64_t		 result, target, prior;
	enum plan_cmp	 cmp;
	enum plan_state	 want;
} countcases[] = {
	{ 130, 130, NV, PC_GE, MET },	/* at the target */
	{ 131, 130, NV, PC_GE, MET },
	{ 129, 130, NV, PC_GE, NOT },
	{ 0, 0, NV, PC_GE, MET },
	{ NV, 130, NV, PC_GE, NA },	/* no result yet */
	{ 130, NV, NV, PC_GE, NA },	/* no target set ('-') */
	{ INT64_MAX, INT64_MAX - 1, NV, PC_GE, MET },
	{ 10, 10, NV, PC_LE, MET },
	{ 9, 10, NV, PC_LE, MET },
	{ 11, 10, NV, PC_LE, NOT },
	{ 0, 0, NV, PC_LE, MET },
	{ NV, 10, NV, PC_LE, NA },
	{ 10, NV, NV, PC_LE, NA },
	{ 21, NV, 20, PC_GROWTH, MET },	/* strictly more than last year */
	{ 20, NV, 20, PC_GROWTH, NOT },
	{ 19, NV, 20, PC_GROWTH, NOT },
	{ 21, 1000, 20, PC_GROWTH, MET },	/* the target is not read */
	{ NV, NV, 20, PC_GROWTH, NA },
	{ 21, NV, NV, PC_GROWTH, NA },
	{ 130, 130, NV, (enum plan_cmp)9, NA },
};

START_TEST(test_count)
{
	struct plan_count	 c;

	c.result = countcases[_i].result;
	c.target = countcases[_i].target;
	c.prior = countcases[_i].prior;
	c.cmp = countcases[_i].cmp;
	ck_assert_int_eq(plan_count_state(&c), countcases[_i].want);
}
END_TEST

static const struct {
	int64_t		 result, target;
	enum plan_state	 want;
} surveycases[] = {
	{ 900, 900, MET },		/* at the target */
	{ 901, 900, MET },
	{ 899, 900, NOT },		/* 89,9 against 90 */
	{ 820, 820, MET },		/* 000 goal 1.3 b, 2023 (L261) */
	{ 857, 850, MET },		/* 85,7 against 85 (001:L128) */
	{ 830, 850, NOT },
	{ NV, 900, NA },
	{ 900, NV, NA },
	{ NV, NV, NA },
};

START_TEST(test_survey)
{
	struct plan_survey	 v;

	v.result_pm = surveycases[_i].result;
	v.target_pm = surveycases[_i].target;
	ck_assert_int_eq(plan_survey_state(&v), surveycases[_i].want);
}
END_TEST

/* --- budget deviation -------------------------------------------------- */

static const struct {
	int64_t		 budget, actual, base, dev_ore, dev_pm, limit;
	enum plan_unit	 unit;
	enum plan_state	 want;
} budgetcases[] = {
	/* ±2,5 mio. kr., the deviation given directly. */
	{ NV, NV, NV, MIO(25), NV, MIO(25), PU_ORE, MET },	/* on limit */
	{ NV, NV, NV, MIO(25) + 1, NV, MIO(25), PU_ORE, NOT },
	{ NV, NV, NV, MIO(25) - 1, NV, MIO(25), PU_ORE, MET },
	{ NV, NV, NV, -MIO(25), NV, MIO(25), PU_ORE, MET },
	{ NV, NV, NV, -MIO(25) - 1, NV, MIO(25), PU_ORE, NOT },
	{ NV, NV, NV, -MIO(25) + 1, NV, MIO(25), PU_ORE, MET },
	{ NV, NV, NV, 0, NV, MIO(25), PU_ORE, MET },
	{ NV, NV, NV, MIO(25), NV, -MIO(25), PU_ORE, MET },	/* its sign */
	/* From budgeted and realised. */
	{ MIO(1000), MIO(1025), NV, NV, NV, MIO(25), PU_ORE, MET },
	{ MIO(1000), MIO(975), NV, NV, NV, MIO(25), PU_ORE, MET },
	{ MIO(1000), MIO(1025) + 1, NV, NV, NV, MIO(25), PU_ORE, NOT },
	{ MIO(1000), MIO(975) - 1, NV, NV, NV, MIO(25), PU_ORE, NOT },
	{ 0, MIO(25), NV, NV, NV, MIO(25), PU_ORE, MET },	/* budget 0 */
	{ MIO(1000), MIO(1000), NV, MIO(100), NV, MIO(25), PU_ORE, MET },
	{ MIO(1000), NV, NV, MIO(24), NV, MIO(25), PU_ORE, MET },
	/* Cannot be compared in kr.: a per cent only, nothing, no limit. */
	{ NV, NV, NV, NV, 10, MIO(25), PU_ORE, NA },
	{ NV, NV, NV, NV, NV, MIO(25), PU_ORE, NA },
	{ NV, NV, NV, MIO(1), NV, NV, PU_ORE, NA },
	/* ±2 pct. from amounts, of the budget. */
	{ MIO(1000), MIO(1020), NV, NV, NV, 20, PU_PM, MET },	/* 2 % */
	{ MIO(1000), MIO(1020) + 1, NV, NV, NV, 20, PU_PM, NOT },
	{ MIO(1000), MIO(1020) - 1, NV, NV, NV, 20, PU_PM, MET },
	{ MIO(1000), MIO(980), NV, NV, NV, 20, PU_PM, MET },
	{ MIO(1000), MIO(980) - 1, NV, NV, NV, 20, PU_PM, NOT },
	{ -MIO(1000), -MIO(980), NV, NV, NV, 20, PU_PM, MET },	/* |budget| */
	{ -MIO(1000), -MIO(1020) - 1, NV, NV, NV, 20, PU_PM, NOT },
	/* Of a base the caller names (a budgeted result of 0). */
	{ 0, MIO(20), MIO(1000), NV, NV, 20, PU_PM, MET },
	{ 0, MIO(20) + 1, MIO(1000), NV, NV, 20, PU_PM, NOT },
	{ NV, NV, MIO(1000), MIO(20), NV, 20, PU_PM, MET },
	{ NV, NV, MIO(1000), -MIO(20) - 1, NV, 20, PU_PM, NOT },
	/* Amounts win over a per cent given as well. */
	{ MIO(1000), MIO(1030), NV, NV, 10, 20, PU_PM, NOT },
	/* No base: the per cent as given, or nothing to judge. */
	{ 0, 1, NV, NV, NV, 20, PU_PM, NA },
	{ 0, 1, NV, NV, 10, 20, PU_PM, MET },
	{ NV, NV, NV, MIO(20), NV, 20, PU_PM, NA },
	{ NV, NV, 0, MIO(20), 21, 20, PU_PM, NOT },
	/* ±2 pct. given directly. */
	{ NV, NV, NV, NV, 20, 20, PU_PM, MET },
	{ NV, NV, NV, NV, 19, 20, PU_PM, MET },
	{ NV, NV, NV, NV, 21, 20, PU_PM, NOT },
	{ NV, NV, NV, NV, -20, 20, PU_PM, MET },
	{ NV, NV, NV, NV, -21, 20, PU_PM, NOT },
	{ NV, NV, NV, NV, 0, 20, PU_PM, MET },
	{ NV, NV, NV, NV, 20, -20, PU_PM, MET },
	{ NV, NV, NV, NV, 20, NV, PU_PM, NA },
	{ NV, NV, NV, NV, 20, 20, (enum plan_unit)7, NA },
	/* No overflow at the ends of int64: the difference is 2^64 - 2. */
	{ INT64_MAX, INT64_MIN + 1, NV, NV, NV, 1999, PU_PM, NOT },
	{ INT64_MAX, INT64_MIN + 1, NV, NV, NV, 2000, PU_PM, MET },
	{ INT64_MAX, INT64_MIN + 1, NV, NV, NV, INT64_MAX, PU_ORE, NOT },
	{ INT64_MAX, 0, NV, NV, NV, INT64_MAX, PU_ORE, MET },
	/* The figures for 000 goal 2.1 (L521-559). */
	{ NV, NV, NV, MIO(39), NV, MIO(50), PU_ORE, MET },	/* 2022 a */
	{ NV, NV, NV, MIO(25), NV, MIO(25), PU_ORE, MET },	/* 2022 b */
	{ NV, NV, NV, NV, -150, 100, PU_PM, NOT },		/* 2022 c */
	{ NV, NV, NV, NV, 121, 50, PU_PM, NOT },		/* 2022 d */
	{ NV, NV, NV, NV, 26, 20, PU_PM, NOT },			/* 2023 a */
	{ NV, NV, NV, NV, 34, 10, PU_PM, NOT },			/* 2023 b */
	{ NV, NV, NV, NV, 40, 100, PU_PM, MET },		/* 2023 c */
	{ NV, NV, NV, NV, 23, 50, PU_PM, MET },			/* 2023 d */
};

START_TEST(test_budget)
{
	struct plan_budget	 b;

	b.budget_ore = budgetcases[_i].budget;
	b.actual_ore = budgetcases[_i].actual;
	b.base_ore = budgetcases[_i].base;
	b.dev_ore = budgetcases[_i].dev_ore;
	b.dev_pm = budgetcases[_i].dev_pm;
	b.limit = budgetcases[_i].limit;
	b.unit = budgetcases[_i].unit;
	ck_assert_int_eq(plan_budget_state(&b), budgetcases[_i].want);
}
END_TEST

/* --- sick leave -------------------------------------------------------- */

#define AVG	PLAN_SICK_AVG
#define CUT	PLAN_SICK_CUT

static const struct {
	int64_t		 days, state, prior, change, cut;
	enum plan_state	 want;
	unsigned	 held;
} sickcases[] = {
	/* At most the state average, the average itself inside. */
	{ 1030, 1030, NV, NV, 50, MET, AVG },
	{ 1029, 1030, NV, NV, 50, MET, AVG },
	{ 1031, 1030, NV, NV, 50, NA, 0 },	/* the other branch unknown */
	{ 1031, 1030, NV, -49, 50, NOT, 0 },
	{ 1031, 1030, NV, -50, 50, MET, CUT },	/* reduced by 5,0 % */
	{ 1031, 1030, NV, -51, 50, MET, CUT },
	{ 1031, 1030, NV, 0, 50, NOT, 0 },
	/* The reduction computed from last year's days, exactly. */
	{ 950, 900, 1000, NV, 50, MET, CUT },	/* -5,0 % */
	{ 951, 900, 1000, NV, 50, NOT, 0 },	/* -4,9 % */
	{ 949, 900, 1000, NV, 50, MET, CUT },
	{ 949, NV, 1000, NV, 50, MET, CUT },	/* average unknown */
	{ 951, NV, 1000, NV, 50, NA, 0 },
	{ 1045, 1000, 1100, NV, 50, MET, CUT },	/* 1100 * 0,95 = 1045 */
	{ 1046, 1000, 1100, NV, 50, NOT, 0 },
	{ 1044, 1000, 1100, NV, 50, MET, CUT },
	{ 1045, 1000, 1101, NV, 50, MET, CUT },	/* 1045,95 */
	{ 900, 1000, 1000, NV, 50, MET, AVG | CUT },	/* both hold */
	/* Computed wins over reported; no base falls back to reported. */
	{ 951, 900, 1000, -100, 50, NOT, 0 },
	{ 100, 50, 0, -60, 50, MET, CUT },
	{ 100, 50, -5, -40, 50, NOT, 0 },
	/* Another required cut; 0 or none is the plans' 5 pct. */
	{ 900, 800, 1000, NV, 100, MET, CUT },
	{ 901, 800, 1000, NV, 100, NOT, 0 },
	{ 950, 900, 1000, NV, 0, MET, CUT },
	{ 951, 900, 1000, NV, 0, NOT, 0 },
	{ 951, 900, 1000, NV, NV, NOT, 0 },
	{ 1031, 1030, NV, -50, -7, MET, CUT },
	{ 1031, 1030, 1000, -60, 1001, NOT, 0 },	/* no cut above 100 % */
	/* Only the reported change. */
	{ NV, NV, NV, -60, 50, MET, CUT },
	{ NV, 1030, NV, -40, 50, NA, 0 },
	{ NV, NV, NV, NV, 50, NA, 0 },
	/* The seeds: 000 L590-632 (2022, 2023), 001 L272 (2020, 2021). */
	{ 1140, 1030, NV, 245, 50, NOT, 0 },
	{ 1260, 990, NV, 145, 50, NOT, 0 },
	{ 1000, NV, NV, NV, 50, NA, 0 },
	{ 820, NV, NV, -180, 50, MET, CUT },
};

START_TEST(test_sick)
{
	struct plan_sick	 k;
	unsigned		 held = 99;

	k.days = sickcases[_i].days;
	k.state_days = sickcases[_i].state;
	k.prior_days = sickcases[_i].prior;
	k.change_pm = sickcases[_i].change;
	k.cut_pm = sickcases[_i].cut;
	ck_assert_int_eq(plan_sick_state(&k, &held), sickcases[_i].want);
	ck_assert_uint_eq(held, sickcases[_i].held);
	ck_assert_int_eq(plan_sick_state(&k, NULL), sickcases[_i].want);
}
END_TEST

/* --- milestones -------------------------------------------------------- */

static const struct {
	const char	*deadline, *done, *today;
	enum plan_state	 want;
} mscases[] = {
	{ "2024-09-30", "2024-09-30", NULL, MET },	/* on the day */
	{ "2024-09-30", "2024-09-29", NULL, MET },
	{ "2024-09-30", "2024-01-15", "2025-02-01", MET },
	{ "2024-09-30", "2024-10-01", NULL, NOT },	/* a day late */
	{ "2024-09-30", "2024-10-01", "2024-08-01", NOT },
	{ "2024-09-30", NULL, "2024-09-30", NA },	/* not yet due */
	{ "2024-09-30", NULL, "2024-09-29", NA },
	{ "2024-09-30", NULL, "2024-10-01", NOT },	/* past due */
	{ "2024-09-30", NULL, NULL, NA },		/* not judged by date */
	{ NULL, "2024-05-01", NULL, MET },		/* "rettidigt" */
	{ NULL, NULL, "2030-01-01", NA },
	{ "2024-02-29", "2024-02-29", NULL, MET },
	{ "2024-02-29", "2024-03-01", NULL, NOT },
	{ "2024-02-29", NULL, "2024-03-01", NOT },
	{ "2024-12-31", NULL, "2025-01-01", NOT },	/* across the year */
	{ "2024-12-31", NULL, "2024-12-31", NA },
};

START_TEST(test_milestone)
{
	struct plan_milestone	 m;

	m.deadline = day(mscases[_i].deadline);
	m.done = day(mscases[_i].done);
	ck_assert_int_eq(plan_milestone_state(&m, day(mscases[_i].today)),
	    mscases[_i].want);
}
END_TEST

/* --- verdicts given, marks --------------------------------------------- */

START_TEST(test_given)
{
	static const enum plan_kind	 kinds[] = {
		PK_SERVICE, PK_MANUAL, PK_EXTERNAL
	};
	static const struct {
		enum plan_state	 in, out;
	} states[] = {
		{ NA, NA }, { MET, MET }, { NOT, NOT },
		{ (enum plan_state)7, NA },
	};
	static const unsigned	 marks[][2] = {
		{ 0, 0 }, { PRE, PRE }, { NOC, NOC }, { PRE | NOC, PRE | NOC },
		{ 0x10 | PRE, PRE },
	};
	struct plan_sub		 p;
	struct plan_verdict	 v;
	size_t			 k, s, m;

	for (k = 0; k < NELEM(kinds); k++)
		for (s = 0; s < NELEM(states); s++)
			for (m = 0; m < NELEM(marks); m++) {
				p = given(kinds[k], states[s].in,
				    marks[m][0], 0);
				v = plan_sub_eval(&p, day("2024-06-01"));
				ck_assert_int_eq(v.state, states[s].out);
				ck_assert_uint_eq(v.marks, marks[m][1]);
			}
}
END_TEST

/* Every kind through plan_sub_eval, marks reported even when open. */
START_TEST(test_sub_eval)
{
	struct plan_sub		 p;
	struct plan_verdict	 v;

	memset(&p, 0, sizeof(p));
	p.kind = PK_COUNT;
	p.marks = PRE;
	p.u.count.result = 53;
	p.u.count.target = 69;
	p.u.count.prior = NV;
	p.u.count.cmp = PC_GE;
	v = plan_sub_eval(&p, NO);
	ck_assert_int_eq(v.state, NOT);
	ck_assert_uint_eq(v.marks, PRE);

	memset(&p, 0, sizeof(p));
	p.kind = PK_SURVEY;
	p.marks = NOC;
	p.u.survey.result_pm = NV;
	p.u.survey.target_pm = 900;
	v = plan_sub_eval(&p, NO);
	ck_assert_int_eq(v.state, NA);
	ck_assert_uint_eq(v.marks, NOC);

	memset(&p, 0, sizeof(p));
	p.kind = PK_BUDGET;
	p.u.budget.budget_ore = p.u.budget.actual_ore = NV;
	p.u.budget.base_ore = p.u.budget.dev_pm = NV;
	p.u.budget.dev_ore = MIO(25);
	p.u.budget.limit = MIO(25);
	p.u.budget.unit = PU_ORE;
	ck_assert_int_eq(plan_sub_eval(&p, NO).state, MET);

	memset(&p, 0, sizeof(p));
	p.kind = PK_SICK;
	p.u.sick.days = 1140;
	p.u.sick.state_days = 1030;
	p.u.sick.prior_days = NV;
	p.u.sick.change_pm = 245;
	p.u.sick.cut_pm = 50;
	ck_assert_int_eq(plan_sub_eval(&p, NO).state, NOT);

	memset(&p, 0, sizeof(p));
	p.kind = PK_DISBURSE;
	p.u.disb.on_time = 4;
	ck_assert_int_eq(plan_sub_eval(&p, NO).state, MET);

	memset(&p, 0, sizeof(p));
	p.kind = PK_MILESTONE;
	p.u.ms.deadline = day("2024-03-31");
	p.u.ms.done = NO;
	ck_assert_int_eq(plan_sub_eval(&p, day("2024-03-31")).state, NA);
	ck_assert_int_eq(plan_sub_eval(&p, day("2024-04-01")).state, NOT);

	/* A zeroed sub-goal of a given kind claims nothing. */
	memset(&p, 0, sizeof(p));
	p.kind = PK_SERVICE;
	ck_assert_int_eq(plan_sub_eval(&p, NO).state, NA);
	p.kind = (enum plan_kind)99;
	p.marks = PRE;
	v = plan_sub_eval(&p, NO);
	ck_assert_int_eq(v.state, NA);
	ck_assert_uint_eq(v.marks, PRE);
}
END_TEST

/* --- rules, against every way the open sub-goals could turn out -------- */

typedef int (*formula)(const int *);

static int
f_all3(const int *v)
{
	return v[0] && v[1] && v[2];
}

static int
f_ab_cd(const int *v)
{
	return (v[0] || v[1]) && (v[2] || v[3]);
}

static int
f_a_bc_d(const int *v)
{
	return v[0] && (v[1] || v[2]) && v[3];
}

static int
f_ac_bd(const int *v)
{
	return (v[0] || v[2]) && (v[1] || v[3]);
}

static int
f_any4(const int *v)
{
	return v[0] || v[1] || v[2] || v[3];
}

/* MET if every completion of the open ones holds, NOT if none does. */
static enum plan_state
oracle(formula f, const enum plan_state *s, size_t n)
{
	int		 v[4];
	unsigned	 m, bit;
	size_t		 i;
	int		 any_t = 0, any_f = 0;

	for (m = 0; m < (1u << n); m++) {
		for (i = 0, bit = 0; i < n; i++) {
			if (s[i] == MET)
				v[i] = 1;
			else if (s[i] == NOT)
				v[i] = 0;
			else
				v[i] = (m >> bit++) & 1;
		}
		if (f(v))
			any_t = 1;
		else
			any_f = 1;
	}
	return any_t && any_f ? NA : any_t ? MET : NOT;
}

static const struct {
	const char	*name;
	enum plan_rule	 rule;
	size_t		 n;
	int		 groups[4];
	formula		 f;
} rulecases[] = {
	{ "all, groups ignored", PR_ALL, 3, { 1, 1, 2, 0 }, f_all3 },
	{ "(a|b)&(c|d)", PR_GROUPS, 4, { 1, 1, 2, 2 }, f_ab_cd },
	{ "a&(b|c)&d, group 0 alone", PR_GROUPS, 4, { 0, 1, 1, 0 },
	    f_a_bc_d },
	{ "(a|c)&(b|d), groups interleaved", PR_GROUPS, 4, { 7, 3, 7, 3 },
	    f_ac_bd },
	{ "one group", PR_GROUPS, 4, { 5, 5, 5, 5 }, f_any4 },
};

START_TEST(test_rule)
{
	struct plan_sub		 subs[4];
	struct plan_goal	 g;
	struct plan_verdict	 v;
	enum plan_state		 s[4], fin[4], want, wantfin;
	size_t			 n = rulecases[_i].n, i;
	unsigned		 c, states, marks, x, nocomp;
	static const enum plan_state	 st[3] = { NA, MET, NOT };

	states = 1;
	for (i = 0; i < n; i++)
		states *= 3;
	/* Every state and every mark (preliminary, not comparable). */
	for (c = 0; c < states; c++)
		for (marks = 0; marks < (1u << (2 * n)); marks++) {
			x = c;
			nocomp = 0;
			for (i = 0; i < n; i++) {
				s[i] = st[x % 3];
				x /= 3;
				subs[i] = given(PK_MANUAL, s[i],
				    (marks >> (2 * i)) & 3,
				    rulecases[_i].groups[i]);
				fin[i] = subs[i].marks & PRE ? NA : s[i];
				nocomp |= subs[i].marks & NOC;
			}
			g.rule = rulecases[_i].rule;
			g.subs = subs;
			g.nsubs = n;
			g.verdict = NA;
			g.marks = 0;
			want = oracle(rulecases[_i].f, s, n);
			wantfin = oracle(rulecases[_i].f, fin, n);
			v = plan_goal_eval(&g, NO);
			ck_assert_msg(v.state == want,
			    "%s: states %u marks %x: %d, want %d",
			    rulecases[_i].name, c, marks, v.state, want);
			ck_assert_msg(v.marks == (nocomp |
			    (want != NA && wantfin != want ? PRE : 0)),
			    "%s: states %u marks %x: marks %x",
			    rulecases[_i].name, c, marks, v.marks);
		}
}
END_TEST

/* A few by hand, so that the oracle is not the only witness. */
START_TEST(test_rule_examples)
{
	struct plan_sub		 s[4];
	struct plan_goal	 g = { PR_ALL, s, 0, NA, 0 };
	struct plan_verdict	 v;

	/* Empty goals are open. */
	ck_assert_int_eq(plan_goal_eval(&g, NO).state, NA);
	g.rule = PR_GROUPS;
	ck_assert_int_eq(plan_goal_eval(&g, NO).state, NA);

	/* ALL met, one preliminary: met, preliminary. */
	g.rule = PR_ALL;
	g.nsubs = 2;
	s[0] = given(PK_MANUAL, MET, 0, 0);
	s[1] = given(PK_MANUAL, MET, PRE, 0);
	v = plan_goal_eval(&g, NO);
	ck_assert_int_eq(v.state, MET);
	ck_assert_uint_eq(v.marks, PRE);

	/* A final miss decides; a preliminary one beside it does not matter. */
	s[0] = given(PK_MANUAL, NOT, 0, 0);
	s[1] = given(PK_MANUAL, NOT, PRE, 0);
	v = plan_goal_eval(&g, NO);
	ck_assert_int_eq(v.state, NOT);
	ck_assert_uint_eq(v.marks, 0);

	/* Missed only on a preliminary result: preliminary. */
	s[0] = given(PK_MANUAL, MET, 0, 0);
	v = plan_goal_eval(&g, NO);
	ck_assert_int_eq(v.state, NOT);
	ck_assert_uint_eq(v.marks, PRE);

	/* One open: open; but a miss beside it decides. */
	s[1] = given(PK_MANUAL, NA, 0, 0);
	ck_assert_int_eq(plan_goal_eval(&g, NO).state, NA);
	s[0] = given(PK_MANUAL, NOT, 0, 0);
	ck_assert_int_eq(plan_goal_eval(&g, NO).state, NOT);

	/* A group met by a final result: a preliminary sibling is moot. */
	g.rule = PR_GROUPS;
	g.nsubs = 4;
	s[0] = given(PK_MANUAL, MET, 0, 1);
	s[1] = given(PK_MANUAL, MET, PRE, 1);
	s[2] = given(PK_MANUAL, NA, NOC, 2);
	s[3] = given(PK_MANUAL, MET, 0, 2);
	v = plan_goal_eval(&g, NO);
	ck_assert_int_eq(v.state, MET);
	ck_assert_uint_eq(v.marks, NOC);	/* carried from an open one */

	/* A verdict goal: only its own verdict and marks count. */
	g.rule = PR_VERDICT;
	g.verdict = MET;
	g.marks = PRE | 0x40;
	s[0] = given(PK_MANUAL, NOT, NOC, 0);
	v = plan_goal_eval(&g, NO);
	ck_assert_int_eq(v.state, MET);
	ck_assert_uint_eq(v.marks, PRE);
	g.verdict = NOT;
	g.marks = 0;
	ck_assert_int_eq(plan_goal_eval(&g, NO).state, NOT);
	g.verdict = NA;
	ck_assert_int_eq(plan_goal_eval(&g, NO).state, NA);
	g.verdict = (enum plan_state)5;
	ck_assert_int_eq(plan_goal_eval(&g, NO).state, NA);
	g.nsubs = 0;
	g.verdict = MET;
	ck_assert_int_eq(plan_goal_eval(&g, NO).state, MET);

	/* An unknown rule judges nothing. */
	g.rule = (enum plan_rule)9;
	g.nsubs = 4;
	v = plan_goal_eval(&g, NO);
	ck_assert_int_eq(v.state, NA);
	ck_assert_uint_eq(v.marks, 0);
}
END_TEST

/* Milestones in a goal are judged by the day given. */
START_TEST(test_rule_today)
{
	struct plan_sub		 s[2];
	struct plan_goal	 g = { PR_ALL, s, 2, NA, 0 };

	memset(s, 0, sizeof(s));
	s[0].kind = s[1].kind = PK_MILESTONE;
	s[0].u.ms.deadline = day("2024-03-31");
	s[0].u.ms.done = day("2024-03-20");
	s[1].u.ms.deadline = day("2024-09-30");
	s[1].u.ms.done = NO;
	ck_assert_int_eq(plan_goal_eval(&g, day("2024-09-30")).state, NA);
	ck_assert_int_eq(plan_goal_eval(&g, day("2024-10-01")).state, NOT);
	ck_assert_int_eq(plan_goal_eval(&g, NO).state, NA);
	s[1].u.ms.done = day("2024-09-30");
	ck_assert_int_eq(plan_goal_eval(&g, day("2025-06-01")).state, MET);
}
END_TEST

/* --- the case: 000 goal 2.1, (a or b) and (c or d) ------------- */

static struct plan_sub
budget_sub(int group, int64_t dev, int64_t limit, enum plan_unit unit)
{
	struct plan_sub	 p;

	memset(&p, 0, sizeof(p));
	p.kind = PK_BUDGET;
	p.group = group;
	p.u.budget.budget_ore = p.u.budget.actual_ore = NV;
	p.u.budget.base_ore = NV;
	p.u.budget.dev_ore = unit == PU_ORE ? dev : NV;
	p.u.budget.dev_pm = unit == PU_PM ? dev : NV;
	p.u.budget.limit = limit;
	p.u.budget.unit = unit;
	return p;
}

START_TEST(test_goal_2_1)
{
	struct plan_sub		 y22[4], y23[4];
	struct plan_goal	 g = { PR_GROUPS, NULL, 4, NA, 0 };
	struct plan_verdict	 v;
	static const enum plan_state	 want22[] = { MET, MET, NOT, NOT };
	static const enum plan_state	 want23[] = { NOT, NOT, MET, MET };
	size_t			 i;

	/* 2022: a 3,9 mio. kr. within ±5, b 2,5 on ±2,5; c -15 %, d 12,1 %. */
	y22[0] = budget_sub(1, MIO(39), MIO(50), PU_ORE);
	y22[1] = budget_sub(1, MIO(25), MIO(25), PU_ORE);
	y22[2] = budget_sub(2, -150, 100, PU_PM);
	y22[3] = budget_sub(2, 121, 50, PU_PM);
	/* 2023: a 2,6 % on ±2, b 3,4 % on ±1; c 4,0 % on ±10, d 2,3 % on ±5. */
	y23[0] = budget_sub(1, 26, 20, PU_PM);
	y23[1] = budget_sub(1, 34, 10, PU_PM);
	y23[2] = budget_sub(2, 40, 100, PU_PM);
	y23[3] = budget_sub(2, 23, 50, PU_PM);
	for (i = 0; i < 4; i++) {
		ck_assert_int_eq(plan_sub_eval(&y22[i], NO).state, want22[i]);
		ck_assert_int_eq(plan_sub_eval(&y23[i], NO).state, want23[i]);
	}
	g.subs = y22;
	v = plan_goal_eval(&g, NO);
	ck_assert_int_eq(v.state, NOT);
	ck_assert_uint_eq(v.marks, 0);
	g.subs = y23;
	v = plan_goal_eval(&g, NO);
	ck_assert_int_eq(v.state, NOT);
	ck_assert_uint_eq(v.marks, 0);

	/* Under ALL, or with one more group member holding, it differs. */
	g.rule = PR_ALL;
	ck_assert_int_eq(plan_goal_eval(&g, NO).state, NOT);
	g.rule = PR_GROUPS;
	y23[1] = budget_sub(1, 10, 10, PU_PM);	/* b exactly on ±1 % */
	ck_assert_int_eq(plan_goal_eval(&g, NO).state, MET);
	y23[1] = budget_sub(1, 11, 10, PU_PM);
	ck_assert_int_eq(plan_goal_eval(&g, NO).state, NOT);
}
END_TEST

/* --- score ------------------------------------------------------------- */

/* Hundredths of a per cent for k of n met, rounded half up. */
static const int64_t	 bp12[13] = {
	0, 833, 1667, 2500, 3333, 4167, 5000, 5833, 6667, 7500, 8333,
	9167, 10000,
};
static const int64_t	 bp14[15] = {
	0, 714, 1429, 2143, 2857, 3571, 4286, 5000, 5714, 6429, 7143,
	7857, 8571, 9286, 10000,
};

static int64_t
gcd(int64_t a, int64_t b)
{
	return b == 0 ? a : gcd(b, a % b);
}

static void
check_score(size_t n, size_t k, int64_t bp)
{
	struct plan_verdict	 v[14];
	struct plan_score	 sc;
	size_t			 i;

	for (i = 0; i < n; i++) {
		v[i].state = i < k ? MET : NOT;
		v[i].marks = 0;
	}
	plan_score(v, n, &sc);
	ck_assert_uint_eq(sc.goals, n);
	ck_assert_uint_eq(sc.met, k);
	ck_assert_uint_eq(sc.not_met, n - k);
	ck_assert_uint_eq(sc.open, 0);
	ck_assert_uint_eq(sc.prelim, 0);
	/* num/den is exactly 100 k / n, and reduced. */
	ck_assert_int_gt(sc.den, 0);
	ck_assert_int_eq(sc.num * (int64_t)n, 100 * (int64_t)k * sc.den);
	ck_assert_int_eq(gcd(sc.num, sc.den), k == 0 ? sc.den : 1);
	ck_assert_int_eq(sc.bp, bp);
	ck_assert_int_eq(sc.best_bp, bp);
}

START_TEST(test_score_all)
{
	size_t	 k;

	for (k = 0; k <= 12; k++)
		check_score(12, k, bp12[k]);
	for (k = 0; k <= 14; k++)
		check_score(14, k, bp14[k]);
}
END_TEST

START_TEST(test_score_named)
{
	static const struct {
		size_t	 n, k;
		int64_t	 num, den, bp;
	} cases[] = {
		{ 12, 0, 0, 1, 0 },
		{ 12, 1, 25, 3, 833 },		/* 100/12 */
		{ 12, 12, 100, 1, 10000 },
		{ 14, 0, 0, 1, 0 },
		{ 14, 1, 50, 7, 714 },		/* 100/14 */
		{ 14, 3, 150, 7, 2143 },
		{ 14, 14, 100, 1, 10000 },
	};
	struct plan_verdict	 v[14];
	struct plan_score	 sc;
	size_t			 c, i;

	for (c = 0; c < NELEM(cases); c++) {
		for (i = 0; i < cases[c].n; i++) {
			v[i].state = i < cases[c].k ? MET : NOT;
			v[i].marks = 0;
		}
		plan_score(v, cases[c].n, &sc);
		ck_assert_int_eq(sc.num, cases[c].num);
		ck_assert_int_eq(sc.den, cases[c].den);
		ck_assert_int_eq(sc.bp, cases[c].bp);
	}
	/* The total is not the sum of rounded weights: 14 x 714 = 9996. */
	ck_assert_int_ne(14 * bp14[1], bp14[14]);
}
END_TEST

START_TEST(test_score_mixed)
{
	struct plan_verdict	 v[5] = {
		{ MET, 0 }, { MET, PRE }, { NOT, PRE | NOC }, { NA, 0 },
		{ NA, PRE },
	};
	struct plan_verdict	 half[2] = { { MET, 0 }, { NOT, 0 } };
	static struct plan_verdict	 one[20001];
	struct plan_score	 sc;
	size_t			 i;

	plan_score(v, 5, &sc);
	ck_assert_uint_eq(sc.met, 2);
	ck_assert_uint_eq(sc.not_met, 1);
	ck_assert_uint_eq(sc.open, 2);
	ck_assert_uint_eq(sc.prelim, 2);	/* an open one is not counted */
	ck_assert_int_eq(sc.num, 40);
	ck_assert_int_eq(sc.den, 1);
	ck_assert_int_eq(sc.bp, 4000);
	ck_assert_int_eq(sc.best_bp, 8000);

	plan_score(half, 2, &sc);
	ck_assert_int_eq(sc.bp, 5000);
	plan_score(v, 0, &sc);
	ck_assert_uint_eq(sc.goals, 0);
	ck_assert_int_eq(sc.num, 0);
	ck_assert_int_eq(sc.den, 1);
	ck_assert_int_eq(sc.bp, 0);
	ck_assert_int_eq(sc.best_bp, 0);

	/* Half a hundredth rounds up: 1 of 20000 is 0,005 %. */
	for (i = 0; i < NELEM(one); i++) {
		one[i].state = i == 0 ? MET : NOT;
		one[i].marks = 0;
	}
	plan_score(one, 20000, &sc);
	ck_assert_int_eq(sc.bp, 1);
	ck_assert_int_eq(sc.num, 1);
	ck_assert_int_eq(sc.den, 200);
	plan_score(one, 20001, &sc);
	ck_assert_int_eq(sc.bp, 0);
}
END_TEST

START_TEST(test_fmt_bp)
{
	static const struct {
		int64_t		 bp;
		const char	*want;
	} cases[] = {
		{ 714, "7,14" }, { 10000, "100,00" }, { 0, "0,00" },
		{ 5, "0,05" }, { 2143, "21,43" }, { -250, "-2,50" },
	};
	char	 buf[32];
	size_t	 i;

	for (i = 0; i < NELEM(cases); i++)
		ck_assert_str_eq(plan_fmt_bp(cases[i].bp, buf, sizeof(buf)),
		    cases[i].want);
	ck_assert_str_eq(plan_fmt_bp(714, buf, 3), "7,");
}
END_TEST

/* --- reporting deadlines ----------------------------------------------- */

static const struct {
	int		 days, merge, year, q;
	const char	*want;
} duecases[] = {
	/* 001: 14 days (L302). */
	{ 14, 0, 2022, 1, "2022-04-14" },
	{ 14, 0, 2022, 2, "2022-07-14" },
	{ 14, 0, 2022, 3, "2022-10-14" },
	{ 14, 0, 2022, 4, "2023-01-14" },	/* into the next year */
	{ 14, 0, 2024, 1, "2024-04-14" },	/* leap year */
	{ 14, 0, 2024, 4, "2025-01-14" },
	/* 000: 21 days, Q1 merged into Q2 (L768-771). */
	{ 21, 0, 2024, 1, "2024-04-21" },
	{ 21, 0, 2024, 2, "2024-07-21" },
	{ 21, 0, 2024, 3, "2024-10-21" },
	{ 21, 0, 2024, 4, "2025-01-21" },
	{ 21, 1, 2024, 1, "2024-07-21" },	/* with Q2 */
	{ 21, 1, 2024, 2, "2024-07-21" },
	{ 21, 1, 2024, 3, "2024-10-21" },
	{ 21, 1, 2024, 4, "2025-01-21" },
	{ 21, 0, 2023, 1, "2023-04-21" },
	{ 21, 0, 2023, 4, "2024-01-21" },
	{ 14, 1, 2022, 1, "2022-07-14" },
	{ 14, 1, 2022, 4, "2023-01-14" },
	/* Leap years show once the days cross February. */
	{ 60, 0, 2023, 4, "2024-02-29" },	/* 2024 leap */
	{ 60, 0, 2022, 4, "2023-03-01" },
	{ 60, 0, 1999, 4, "2000-02-29" },	/* 2000 leap */
	{ 60, 0, 2099, 4, "2100-03-01" },	/* 2100 not */
	{ 91, 0, 2023, 4, "2024-03-31" },
	{ 91, 0, 2022, 4, "2023-04-01" },
	{ 0, 0, 2024, 1, "2024-03-31" },
	{ -5, 0, 2024, 2, "2024-06-30" },	/* negative counts as 0 */
	{ 21, 0, 2024, 0, NULL },
	{ 21, 0, 2024, 5, NULL },
	{ 21, 1, 2024, 0, NULL },
};

START_TEST(test_quarter_due)
{
	struct plan_cadence	 c;

	c.days = duecases[_i].days;
	c.merge_q1 = duecases[_i].merge;
	c.annual_days = 0;
	ck_assert_int_eq(plan_quarter_due(&c, duecases[_i].year,
	    duecases[_i].q), day(duecases[_i].want));
}
END_TEST

struct wantrep {
	enum plan_period period;
	int		 first_q, last_q;
	const char	*end, *due;
};

static void
check_reports(const struct plan_cadence *c, int year,
    const struct wantrep *w, size_t nw)
{
	struct plan_report	 r[PLAN_REPORTS_MAX];
	size_t			 n, i;

	n = plan_reports(c, year, r, NELEM(r));
	ck_assert_uint_eq(n, nw);
	for (i = 0; i < n; i++) {
		ck_assert_int_eq(r[i].year, year);
		ck_assert_int_eq(r[i].period, w[i].period);
		ck_assert_int_eq(r[i].first_q, w[i].first_q);
		ck_assert_int_eq(r[i].last_q, w[i].last_q);
		ck_assert_int_eq(r[i].period_end, day(w[i].end));
		ck_assert_int_eq(r[i].due, day(w[i].due));
	}
}

START_TEST(test_reports)
{
	static const struct wantrep	 merged[] = {
		{ PP_Q2, 1, 2, "2024-06-30", "2024-07-21" },
		{ PP_Q3, 3, 3, "2024-09-30", "2024-10-21" },
		{ PP_Q4, 4, 4, "2024-12-31", "2025-01-21" },
		{ PP_YEAR, 1, 4, "2024-12-31", "2025-01-21" },
	};
	static const struct wantrep	 plain[] = {
		{ PP_Q1, 1, 1, "2022-03-31", "2022-04-14" },
		{ PP_Q2, 2, 2, "2022-06-30", "2022-07-14" },
		{ PP_Q3, 3, 3, "2022-09-30", "2022-10-14" },
		{ PP_Q4, 4, 4, "2022-12-31", "2023-01-14" },
		{ PP_YEAR, 1, 4, "2022-12-31", "2023-01-14" },
	};
	static const struct wantrep	 early[] = {
		{ PP_Q2, 1, 2, "2024-06-30", "2024-07-21" },
		{ PP_Q3, 3, 3, "2024-09-30", "2024-10-21" },
		{ PP_YEAR, 1, 4, "2024-12-31", "2025-01-10" },
		{ PP_Q4, 4, 4, "2024-12-31", "2025-01-21" },
	};
	static const struct wantrep	 late[] = {
		{ PP_Q1, 1, 1, "2023-03-31", "2023-04-21" },
		{ PP_Q2, 2, 2, "2023-06-30", "2023-07-21" },
		{ PP_Q3, 3, 3, "2023-09-30", "2023-10-21" },
		{ PP_Q4, 4, 4, "2023-12-31", "2024-01-21" },
		{ PP_YEAR, 1, 4, "2023-12-31", "2024-02-29" },
	};
	struct plan_cadence	 c000 = { 21, 1, 0 }, c001 = { 14, 0, 0 };
	struct plan_cadence	 c = { 21, 1, 10 }, c60 = { 21, 0, 60 };
	struct plan_report	 r[PLAN_REPORTS_MAX];

	check_reports(&c000, 2024, merged, NELEM(merged));
	check_reports(&c001, 2022, plain, NELEM(plain));
	check_reports(&c, 2024, early, NELEM(early));
	check_reports(&c60, 2023, late, NELEM(late));
	c.annual_days = -3;	/* with Q4 */
	ck_assert_int_eq(plan_reports(&c, 2024, r, NELEM(r)), 4);
	ck_assert_int_eq(r[3].period, PP_YEAR);
	ck_assert_int_eq(r[3].due, day("2025-01-21"));

	/* At most max. */
	ck_assert_uint_eq(plan_reports(&c001, 2022, r, 2), 2);
	ck_assert_int_eq(r[1].period, PP_Q2);
	ck_assert_uint_eq(plan_reports(&c001, 2022, r, 0), 0);
}
END_TEST

static const struct {
	int		 days, merge, annual;
	const char	*today;
	int		 year;
	enum plan_period period;
	const char	*due;
	int		 left;
} nextcases[] = {
	{ 21, 1, 0, "2025-01-10", 2024, PP_Q4, "2025-01-21", 11 },
	{ 21, 1, 0, "2025-01-21", 2024, PP_Q4, "2025-01-21", 0 },
	{ 21, 1, 0, "2025-01-22", 2025, PP_Q2, "2025-07-21", 180 },
	{ 21, 1, 0, "2024-12-20", 2024, PP_Q4, "2025-01-21", 32 },
	{ 21, 1, 0, "2024-07-22", 2024, PP_Q3, "2024-10-21", 91 },
	{ 21, 1, 0, "2024-01-01", 2023, PP_Q4, "2024-01-21", 20 },
	{ 21, 0, 0, "2025-01-22", 2025, PP_Q1, "2025-04-21", 89 },
	{ 14, 0, 0, "2022-04-01", 2022, PP_Q1, "2022-04-14", 13 },
	{ 14, 0, 0, "2022-12-31", 2022, PP_Q4, "2023-01-14", 14 },
	{ 21, 1, 60, "2025-01-22", 2024, PP_YEAR, "2025-03-01", 38 },
	{ 21, 1, 60, "2024-02-01", 2023, PP_YEAR, "2024-02-29", 28 },
};

START_TEST(test_next_report)
{
	struct plan_cadence	 c;
	struct plan_report	 r;
	cal_day			 today = day(nextcases[_i].today);

	c.days = nextcases[_i].days;
	c.merge_q1 = nextcases[_i].merge;
	c.annual_days = nextcases[_i].annual;
	ck_assert_int_eq(plan_next_report(&c, today, &r), 0);
	ck_assert_int_eq(r.year, nextcases[_i].year);
	ck_assert_int_eq(r.period, nextcases[_i].period);
	ck_assert_int_eq(r.due, day(nextcases[_i].due));
	ck_assert_int_eq(plan_days_left(r.due, today), nextcases[_i].left);
}
END_TEST

START_TEST(test_days_left)
{
	struct plan_cadence	 c = { 21, 1, 0 };
	struct plan_report	 r;

	/* Across the year end, both ways; negative when overdue. */
	ck_assert_int_eq(plan_days_left(day("2025-01-21"), day("2024-12-31")),
	    21);
	ck_assert_int_eq(plan_days_left(day("2024-12-31"), day("2025-01-02")),
	    -2);
	ck_assert_int_eq(plan_days_left(day("2025-01-21"), day("2025-01-22")),
	    -1);
	ck_assert_int_eq(plan_days_left(day("2024-03-01"), day("2024-02-28")),
	    2);
	ck_assert_int_eq(plan_days_left(day("2023-03-01"), day("2023-02-28")),
	    1);
	ck_assert_int_eq(plan_days_left(INT32_MAX, INT32_MIN), INT_MAX);
	ck_assert_int_eq(plan_days_left(INT32_MIN, INT32_MAX), INT_MIN);
	ck_assert_int_eq(plan_next_report(&c, NO, &r), -1);
}
END_TEST

/* --- red, yellow, green ------------------------------------------------ */

enum { G_COUNT, G_SURVEY, G_BUDGET, G_SICK, G_SERVICE, G_MANUAL,
    G_EXTERNAL, G_DISB, G_MS };

static const struct {
	int		 what;
	int64_t		 a, b, c;	/* figures, by kind */
	enum plan_cmp	 cmp;
	unsigned	 marks;
	const char	*today;
	enum plan_track	 want;
} trackcases[] = {
	/* 2024 has 366 days; by 1 July 182 are gone: 100 pro rata 49,7. */
	{ G_COUNT, 50, 100, NV, PC_GE, 0, "2024-07-01", PT_ON },
	{ G_COUNT, 49, 100, NV, PC_GE, 0, "2024-07-01", PT_BEHIND },
	{ G_COUNT, 100, 100, NV, PC_GE, 0, "2024-07-01", PT_ON },
	{ G_COUNT, 0, 100, NV, PC_GE, 0, "2024-01-01", PT_ON },
	{ G_COUNT, 0, 100, NV, PC_GE, 0, "2023-06-01", PT_ON },
	{ G_COUNT, 99, 100, NV, PC_GE, 0, "2024-12-31", PT_BEHIND },
	{ G_COUNT, 99, 100, NV, PC_GE, 0, "2025-01-01", PT_MISSED },
	{ G_COUNT, 99, 100, NV, PC_GE, PRE, "2025-01-01", PT_BEHIND },
	{ G_COUNT, 100, 100, NV, PC_GE, 0, "2025-01-01", PT_ON },
	{ G_COUNT, 99, 100, NV, PC_GE, 0, NULL, PT_MISSED },
	{ G_COUNT, NV, 100, NV, PC_GE, 0, "2024-07-01", PT_UNKNOWN },
	{ G_COUNT, 50, NV, NV, PC_GE, 0, "2024-07-01", PT_UNKNOWN },
	{ G_COUNT, 4, 10, NV, PC_LE, 0, "2024-07-01", PT_ON },
	{ G_COUNT, 5, 10, NV, PC_LE, 0, "2024-07-01", PT_BEHIND },
	{ G_COUNT, 11, 10, NV, PC_LE, 0, "2024-07-01", PT_BEHIND },
	{ G_COUNT, 11, 10, NV, PC_LE, 0, "2025-01-01", PT_MISSED },
	{ G_COUNT, 10, 10, NV, PC_LE, 0, "2025-01-01", PT_ON },
	{ G_COUNT, 10, NV, 20, PC_GROWTH, 0, "2024-07-01", PT_ON },
	{ G_COUNT, 9, NV, 20, PC_GROWTH, 0, "2024-07-01", PT_BEHIND },
	{ G_COUNT, 21, NV, 20, PC_GROWTH, 0, "2024-07-01", PT_ON },
	{ G_COUNT, 20, NV, 20, PC_GROWTH, 0, "2025-01-01", PT_MISSED },
	/* Measured shares: a miss is certain only after the year, if final. */
	{ G_SURVEY, 899, 900, NV, PC_GE, 0, "2024-07-01", PT_BEHIND },
	{ G_SURVEY, 899, 900, NV, PC_GE, 0, "2025-01-01", PT_MISSED },
	{ G_SURVEY, 899, 900, NV, PC_GE, PRE, "2025-03-01", PT_BEHIND },
	{ G_SURVEY, 900, 900, NV, PC_GE, 0, "2024-07-01", PT_ON },
	{ G_SURVEY, NV, 900, NV, PC_GE, 0, "2024-07-01", PT_UNKNOWN },
	{ G_BUDGET, 21, 20, NV, PC_GE, 0, "2024-07-01", PT_BEHIND },
	{ G_BUDGET, 21, 20, NV, PC_GE, 0, "2025-02-01", PT_MISSED },
	{ G_BUDGET, 20, 20, NV, PC_GE, 0, "2024-07-01", PT_ON },
	{ G_SICK, 1140, 1030, 245, PC_GE, 0, "2024-07-01", PT_BEHIND },
	{ G_SICK, 1140, 1030, 245, PC_GE, 0, "2025-01-01", PT_MISSED },
	{ G_SICK, 1000, 1030, NV, PC_GE, PRE, "2025-01-01", PT_ON },
	{ G_SERVICE, NOT, 0, 0, PC_GE, 0, "2024-07-01", PT_BEHIND },
	{ G_SERVICE, NOT, 0, 0, PC_GE, 0, "2025-01-01", PT_MISSED },
	{ G_SERVICE, MET, 0, 0, PC_GE, 0, "2024-07-01", PT_ON },
	{ G_SERVICE, NA, 0, 0, PC_GE, 0, "2024-07-01", PT_UNKNOWN },
	/* A decision does not wait for the year. */
	{ G_MANUAL, NOT, 0, 0, PC_GE, 0, "2024-07-01", PT_MISSED },
	{ G_MANUAL, NOT, 0, 0, PC_GE, PRE, "2024-07-01", PT_BEHIND },
	{ G_MANUAL, MET, 0, 0, PC_GE, 0, "2024-07-01", PT_ON },
	{ G_MANUAL, NA, 0, 0, PC_GE, 0, "2024-07-01", PT_UNKNOWN },
	{ G_EXTERNAL, NOT, 0, 0, PC_GE, 0, "2024-07-01", PT_MISSED },
	{ G_EXTERNAL, NA, 0, 0, PC_GE, 0, "2025-07-01", PT_UNKNOWN },
	/* Pools: a, b, c = on time, late, pending; cmp abused as at_risk. */
	{ G_DISB, 3, 1, 0, 0, 0, "2024-07-01", PT_MISSED },
	{ G_DISB, 3, 0, 2, 0, 0, "2024-07-01", PT_ON },
	{ G_DISB, 3, 0, 2, 1, 0, "2024-07-01", PT_BEHIND },
	{ G_DISB, 0, 0, 0, 0, 0, "2024-07-01", PT_UNKNOWN },
	{ G_DISB, 5, 0, 0, 0, 0, "2024-07-01", PT_ON },
	/* Milestones: a = deadline, b = done, as days since 1970. */
	{ G_MS, 19996, NO, 0, 0, 0, "2024-07-01", PT_ON },	/* 2024-09-30 */
	{ G_MS, 19996, NO, 0, 0, 0, "2024-09-30", PT_ON },
	{ G_MS, 19996, NO, 0, 0, 0, "2024-10-01", PT_MISSED },
	{ G_MS, 19996, 19996, 0, 0, 0, "2024-10-01", PT_ON },
	{ G_MS, 19996, 19998, 0, 0, 0, "2024-10-05", PT_MISSED },
	{ G_MS, 19996, 19998, 0, 0, PRE, "2024-10-05", PT_BEHIND },
	{ G_MS, NO, NO, 0, 0, 0, "2024-07-01", PT_UNKNOWN },
	{ G_MS, 19996, NO, 0, 0, 0, NULL, PT_UNKNOWN },
};

static struct plan_sub
track_sub(size_t i)
{
	static const enum plan_kind	 kinds[] = {
		[G_COUNT] = PK_COUNT, [G_SURVEY] = PK_SURVEY,
		[G_BUDGET] = PK_BUDGET, [G_SICK] = PK_SICK,
		[G_SERVICE] = PK_SERVICE, [G_MANUAL] = PK_MANUAL,
		[G_EXTERNAL] = PK_EXTERNAL, [G_DISB] = PK_DISBURSE,
		[G_MS] = PK_MILESTONE,
	};
	struct plan_sub	 p;
	int64_t		 a = trackcases[i].a, b = trackcases[i].b;
	int64_t		 c = trackcases[i].c;

	memset(&p, 0, sizeof(p));
	p.kind = kinds[trackcases[i].what];
	p.marks = trackcases[i].marks;
	switch (trackcases[i].what) {
	case G_COUNT:
		p.u.count.result = a;
		p.u.count.target = b;
		p.u.count.prior = c;
		p.u.count.cmp = trackcases[i].cmp;
		break;
	case G_SURVEY:
		p.u.survey.result_pm = a;
		p.u.survey.target_pm = b;
		break;
	case G_BUDGET:
		p = budget_sub(0, a, b, PU_PM);
		p.marks = trackcases[i].marks;
		break;
	case G_SICK:
		p.u.sick.days = a;
		p.u.sick.state_days = b;
		p.u.sick.prior_days = NV;
		p.u.sick.change_pm = c;
		p.u.sick.cut_pm = 50;
		break;
	case G_DISB:
		p.u.disb.on_time = (int)a;
		p.u.disb.late = (int)b;
		p.u.disb.pending = (int)c;
		p.u.disb.at_risk = (int)trackcases[i].cmp;
		break;
	case G_MS:
		p.u.ms.deadline = (cal_day)a;
		p.u.ms.done = (cal_day)b;
		break;
	default:
		p.u.given = (enum plan_state)a;
		break;
	}
	return p;
}

START_TEST(test_track)
{
	struct plan_sub	 p = track_sub((size_t)_i);

	ck_assert_int_eq(day("2024-09-30"), 19996);
	ck_assert_int_eq(plan_sub_track(&p, 2024, day(trackcases[_i].today)),
	    trackcases[_i].want);
}
END_TEST

/* Sub-goals with a given track, through PK_MANUAL verdicts. */
static struct plan_sub
tracked(enum plan_track t, int group)
{
	struct plan_sub	 p;

	switch (t) {
	case PT_ON:
		p = given(PK_MANUAL, MET, 0, group);
		break;
	case PT_BEHIND:
		p = given(PK_MANUAL, NOT, PRE, group);
		break;
	case PT_MISSED:
		p = given(PK_MANUAL, NOT, 0, group);
		break;
	default:
		p = given(PK_MANUAL, NA, 0, group);
		break;
	}
	return p;
}

#define ON	PT_ON
#define BEH	PT_BEHIND
#define MIS	PT_MISSED
#define UNK	PT_UNKNOWN

static const struct {
	enum plan_rule	 rule;
	enum plan_state	 verdict;
	unsigned	 marks;
	size_t		 n;
	enum plan_track	 t[4];
	int		 groups[4];
	enum plan_ryg	 want;
} suggestcases[] = {
	{ PR_ALL, NA, 0, 2, { ON, ON }, { 0 }, PRYG_GREEN },
	{ PR_ALL, NA, 0, 2, { ON, BEH }, { 0 }, PRYG_YELLOW },
	{ PR_ALL, NA, 0, 2, { ON, MIS }, { 0 }, PRYG_RED },
	{ PR_ALL, NA, 0, 2, { ON, UNK }, { 0 }, PRYG_NONE },
	{ PR_ALL, NA, 0, 2, { BEH, UNK }, { 0 }, PRYG_YELLOW },
	{ PR_ALL, NA, 0, 3, { MIS, UNK, BEH }, { 0 }, PRYG_RED },
	{ PR_ALL, NA, 0, 0, { ON }, { 0 }, PRYG_NONE },
	{ PR_GROUPS, NA, 0, 4, { MIS, ON, BEH, UNK }, { 1, 1, 2, 2 },
	    PRYG_NONE },
	{ PR_GROUPS, NA, 0, 4, { MIS, ON, BEH, MIS }, { 1, 1, 2, 2 },
	    PRYG_YELLOW },
	{ PR_GROUPS, NA, 0, 4, { MIS, MIS, ON, ON }, { 1, 1, 2, 2 },
	    PRYG_RED },
	{ PR_GROUPS, NA, 0, 4, { BEH, ON, ON, MIS }, { 1, 1, 2, 2 },
	    PRYG_GREEN },
	{ PR_GROUPS, NA, 0, 3, { ON, MIS, ON }, { 1, 0, 1 }, PRYG_RED },
	{ PR_VERDICT, MET, 0, 2, { MIS, MIS }, { 0 }, PRYG_GREEN },
	{ PR_VERDICT, NOT, 0, 2, { ON, ON }, { 0 }, PRYG_RED },
	{ PR_VERDICT, NOT, PRE, 2, { ON, ON }, { 0 }, PRYG_YELLOW },
	{ PR_VERDICT, NA, 0, 2, { ON, ON }, { 0 }, PRYG_GREEN },
	{ PR_VERDICT, NA, 0, 2, { ON, UNK }, { 0 }, PRYG_NONE },
	{ PR_VERDICT, NA, 0, 2, { ON, MIS }, { 1, 1 }, PRYG_RED },
	{ PR_VERDICT, NA, 0, 0, { ON }, { 0 }, PRYG_NONE },
	{ (enum plan_rule)9, NA, 0, 2, { ON, ON }, { 0 }, PRYG_NONE },
};

START_TEST(test_suggest)
{
	struct plan_sub		 s[4];
	struct plan_goal	 g;
	size_t			 i;

	for (i = 0; i < suggestcases[_i].n; i++)
		s[i] = tracked(suggestcases[_i].t[i],
		    suggestcases[_i].groups[i]);
	g.rule = suggestcases[_i].rule;
	g.subs = s;
	g.nsubs = suggestcases[_i].n;
	g.verdict = suggestcases[_i].verdict;
	g.marks = suggestcases[_i].marks;
	ck_assert_int_eq(plan_suggest(&g, 2024, day("2024-07-01")),
	    suggestcases[_i].want);
}
END_TEST

START_TEST(test_effective)
{
	static const struct {
		enum plan_ryg	 sugg, chosen, want;
	} cases[] = {
		{ PRYG_GREEN, PRYG_NONE, PRYG_GREEN },
		{ PRYG_GREEN, PRYG_RED, PRYG_RED },	/* a person overrides */
		{ PRYG_RED, PRYG_GREEN, PRYG_GREEN },
		{ PRYG_NONE, PRYG_YELLOW, PRYG_YELLOW },
		{ PRYG_NONE, PRYG_NONE, PRYG_NONE },
		{ PRYG_YELLOW, (enum plan_ryg)9, PRYG_YELLOW },
		{ (enum plan_ryg)9, (enum plan_ryg)9, PRYG_NONE },
	};
	size_t	 i;

	for (i = 0; i < NELEM(cases); i++)
		ck_assert_int_eq(plan_ryg_effective(cases[i].sugg,
		    cases[i].chosen), cases[i].want);
}
END_TEST

#define ALL3	(PLAN_NEED_CAUSE | PLAN_NEED_CONSEQ | PLAN_NEED_ACTION)

START_TEST(test_required)
{
	static const struct {
		enum plan_ryg	 r;
		const char	*cause, *conseq, *action;
		unsigned	 missing;
	} cases[] = {
		{ PRYG_GREEN, NULL, NULL, NULL, 0 },
		{ PRYG_YELLOW, "Færre forløb", "Målet nås ikke", "Ny plan", 0 },
		{ PRYG_YELLOW, NULL, "b", " \t\r\n", PLAN_NEED_CAUSE |
		    PLAN_NEED_ACTION },
		{ PRYG_RED, "", "", "", ALL3 },
		{ PRYG_RED, " x ", "y", "z", 0 },
		{ PRYG_RED, "a", "\v\f", "c", PLAN_NEED_CONSEQ },
		{ PRYG_NONE, "a", "b", "c", PLAN_NEED_STATUS },
		{ (enum plan_ryg)9, NULL, NULL, NULL, PLAN_NEED_STATUS },
	};
	size_t	 i;

	ck_assert_uint_eq(plan_required(PRYG_GREEN), 0);
	ck_assert_uint_eq(plan_required(PRYG_YELLOW), ALL3);
	ck_assert_uint_eq(plan_required(PRYG_RED), ALL3);
	ck_assert_uint_eq(plan_required(PRYG_NONE), PLAN_NEED_STATUS);
	ck_assert_uint_eq(plan_required((enum plan_ryg)9), PLAN_NEED_STATUS);
	for (i = 0; i < NELEM(cases); i++)
		ck_assert_uint_eq(plan_missing(cases[i].r, cases[i].cause,
		    cases[i].conseq, cases[i].action), cases[i].missing);
}
END_TEST

/* --- codes and labels -------------------------------------------------- */

START_TEST(test_codes)
{
	static const enum plan_kind	 kinds[] = {
		PK_SERVICE, PK_DISBURSE, PK_COUNT, PK_SURVEY, PK_BUDGET,
		PK_SICK, PK_MILESTONE, PK_MANUAL, PK_EXTERNAL,
	};
	enum plan_kind	 k;
	enum plan_rule	 r;
	enum plan_ryg	 y;
	size_t		 i;

	for (i = 0; i < NELEM(kinds); i++) {
		ck_assert_int_eq(plan_kind_parse(plan_kind_code(kinds[i]), &k),
		    0);
		ck_assert_int_eq(k, kinds[i]);
		ck_assert_uint_gt(strlen(plan_kind_label(kinds[i])), 0);
	}
	ck_assert_str_eq(plan_kind_code(PK_SICK), "sick_leave");
	ck_assert_str_eq(plan_kind_label(PK_MANUAL), "Konkret vurdering");
	ck_assert_str_eq(plan_kind_code((enum plan_kind)99), "");
	ck_assert_str_eq(plan_kind_label((enum plan_kind)99), "");
	ck_assert_int_eq(plan_kind_parse("sick", &k), -1);
	ck_assert_int_eq(plan_kind_parse(NULL, &k), -1);

	for (r = PR_ALL; r <= PR_VERDICT; r++) {
		enum plan_rule	 back;

		ck_assert_int_eq(plan_rule_parse(plan_rule_code(r), &back), 0);
		ck_assert_int_eq(back, r);
	}
	ck_assert_str_eq(plan_rule_code(PR_GROUPS), "groups");
	ck_assert_str_eq(plan_rule_code((enum plan_rule)9), "");
	ck_assert_int_eq(plan_rule_parse("any", &r), -1);
	ck_assert_int_eq(plan_rule_parse(NULL, &r), -1);

	for (y = PRYG_NONE; y <= PRYG_RED; y++) {
		enum plan_ryg	 back;

		ck_assert_int_eq(plan_ryg_parse(plan_ryg_code(y), &back), 0);
		ck_assert_int_eq(back, y);
	}
	ck_assert_str_eq(plan_ryg_code(PRYG_YELLOW), "yellow");
	ck_assert_str_eq(plan_ryg_label(PRYG_RED), "Rød");
	ck_assert_str_eq(plan_ryg_code((enum plan_ryg)9), "none");
	ck_assert_str_eq(plan_ryg_label((enum plan_ryg)9), "Ingen status");
	ck_assert_int_eq(plan_ryg_parse("amber", &y), -1);
	ck_assert_int_eq(plan_ryg_parse(NULL, &y), -1);

	ck_assert_str_eq(plan_state_code(PS_NOT_MET), "not_met");
	ck_assert_str_eq(plan_state_label(PS_MET), "Opfyldt");
	ck_assert_str_eq(plan_state_label(PS_NA), "Kan endnu ikke vurderes");
	ck_assert_str_eq(plan_state_code((enum plan_state)9), "na");
	ck_assert_str_eq(plan_state_label((enum plan_state)9),
	    "Kan endnu ikke vurderes");
}
END_TEST

/* --- the seeds' two plans ---------------------------------------------- */

/*
 * One year's column of a sub-goal's table, the verdict it implies and
 * its marks.  target/result by kind: count and survey as written (survey
 * in per mille); budget: the limit and the deviation, both in unit;
 * sick leave: the state average and the days (hundredths), extra the
 * change in per mille; growth: extra the prior year's count.
 */
struct cell {
	int64_t		 target;
	int64_t		 result;
	int64_t		 extra;
	enum plan_unit	 unit;
	unsigned	 marks;
	enum plan_state	 want;
};

#define C(t, r, m, w)		{ t, r, NV, PU_PM, m, w }
#define BO(lim, dev, w)		{ lim, dev, NV, PU_ORE, 0, w }
#define BP(lim, dev, w)		{ lim, dev, NV, PU_PM, 0, w }
#define SK(st, d, ch, m, w)	{ st, d, ch, PU_PM, m, w }
#define NA1			C(NV, NV, 0, NA)
#define NA3			{ NA1, NA1, NA1 }

struct seedsub {
	const char	*code;
	enum plan_kind	 kind;
	int		 group;
	enum plan_cmp	 cmp;
	const char	*deadline;	/* milestones */
	const char	*src;		/* lines in the seed */
	struct cell	 y[3];
};

struct seedgoal {
	const char		*id;
	const char		*name;
	enum plan_rule		 rule;
	const struct seedsub	*subs;
	size_t			 nsubs;
	enum plan_state		 want[3];
	unsigned		 prelim;	/* bit y: preliminary */
	enum plan_ryg		 ryg;		/* suggested on seedplan.day */
};

struct seedplan {
	const char		*name;
	int			 year;		/* the plan's own year */
	int			 year0;		/* the first column below */
	size_t			 goals;		/* "Der er N mål" */
	const struct seedgoal	*g;
	size_t			 ng;
	const char		*day;		/* for the suggestions */
	size_t			 score[3][4];	/* met, not met, open, prelim */
};

#define GOAL(id, name, rule, subs, w0, w1, w2, pre, ryg)		\
	{ id, name, rule, subs, NELEM(subs), { w0, w1, w2 }, pre, ryg }

/* 000: Resultatplan 2024, Social- og Boligstyrelsen; columns 2022-2024. */

static const struct seedsub s000_11[] = {
	{ "a", PK_COUNT, 0, PC_GE, NULL, "L103-111",
	    { C(130, 122, 0, NOT), C(69, 53, PRE, NOT), C(68, NV, 0, NA) } },
	{ "b", PK_SURVEY, 0, PC_GE, NULL, "L115-126",
	    { C(720, 960, 0, MET), C(730, 940, 0, MET), C(900, NV, 0, NA) } },
	{ "c", PK_SURVEY, 0, PC_GE, NULL, "L129-137",
	    { NA1, NA1, C(900, NV, 0, NA) } },
	{ "d", PK_SURVEY, 0, PC_GE, NULL, "L139-160",
	    { NA1, NA1, C(700, NV, 0, NA) } },
};
static const struct seedsub s000_12[] = {
	{ "a", PK_MILESTONE, 0, PC_GE, "2024-09-30", "L208-210", NA3 },
	{ "b", PK_MILESTONE, 0, PC_GE, "2024-09-30", "L212-213", NA3 },
	{ "c", PK_MILESTONE, 0, PC_GE, "2024-09-30", "L215-216", NA3 },
};
static const struct seedsub s000_13[] = {
	{ "a", PK_SURVEY, 0, PC_GE, NULL, "L245-252, L270-278",
	    { C(910, 930, 0, MET), C(910, 940, PRE, MET),
	      C(900, NV, NOC, NA) } },
	{ "b", PK_SURVEY, 0, PC_GE, NULL, "L254-262",
	    { C(820, 840, 0, MET), C(820, 820, 0, MET), C(830, NV, 0, NA) } },
};
static const struct seedsub s000_14[] = {
	{ "a", PK_SURVEY, 0, PC_GE, NULL, "L302-316",
	    { C(850, 1000, 0, MET), C(850, 1000, PRE, MET),
	      C(850, NV, 0, NA) } },
};
static const struct seedsub s000_15[] = {
	{ "a", PK_DISBURSE, 0, PC_GE, NULL, "L330-331, L341", NA3 },
	{ "b1", PK_SERVICE, 0, PC_GE, NULL, "L333-334 (regnskaber)", NA3 },
	{ "b2", PK_SERVICE, 0, PC_GE, NULL, "L333-334 (statusrapporter)",
	    NA3 },
	{ "c", PK_MILESTONE, 0, PC_GE, "2024-03-31", "L336-337", NA3 },
};
static const struct seedsub s000_16[] = {
	{ "a", PK_EXTERNAL, 0, PC_GE, NULL, "L365-371", NA3 },
};
static const struct seedsub s000_17[] = {
	{ "a", PK_SURVEY, 0, PC_GE, NULL, "L390-402",
	    { C(800, 900, 0, MET), C(800, 820, PRE, MET), C(800, NV, 0, NA) } },
	{ "b", PK_SURVEY, 0, PC_GE, NULL, "L408-420",
	    { C(800, 910, 0, MET), C(800, 890, PRE, MET), C(850, NV, 0, NA) } },
};
static const struct seedsub s000_18[] = {
	{ "a", PK_MILESTONE, 0, PC_GE, "2024-12-01", "L434-437", NA3 },
	{ "b", PK_MILESTONE, 0, PC_GE, NULL, "L439-442", NA3 },
};
static const struct seedsub s000_19[] = {
	{ "a", PK_MILESTONE, 0, PC_GE, "2024-12-01", "L474-478", NA3 },
	{ "b1", PK_MILESTONE, 0, PC_GE, "2024-06-15", "L487 (prototype)",
	    NA3 },
	{ "b2", PK_MILESTONE, 0, PC_GE, "2024-11-01", "L487-488 (lancering)",
	    NA3 },
	{ "b3", PK_MILESTONE, 0, PC_GE, "2024-12-31", "L482-485 (opsamling)",
	    NA3 },
};
static const struct seedsub s000_21[] = {
	{ "a", PK_BUDGET, 1, PC_GE, NULL, "L516-526, L565",
	    { BO(MIO(50), MIO(39), MET), BP(20, 26, NOT), BP(20, NV, NA) } },
	{ "b", PK_BUDGET, 1, PC_GE, NULL, "L529-539, L565",
	    { BO(MIO(25), MIO(25), MET), BP(10, 34, NOT), BP(10, NV, NA) } },
	{ "c", PK_BUDGET, 2, PC_GE, NULL, "L542-549",
	    { BP(100, -150, NOT), BP(100, 40, MET), BP(100, NV, NA) } },
	{ "d", PK_BUDGET, 2, PC_GE, NULL, "L552-559",
	    { BP(50, 121, NOT), BP(50, 23, MET), BP(50, NV, NA) } },
};
static const struct seedsub s000_22[] = {
	{ "a", PK_SICK, 0, PC_GE, NULL, "L580-647",
	    { SK(1030, 1140, 245, 0, NOT), SK(990, 1260, 145, PRE, NOT),
	      SK(NV, NV, NV, 0, NA) } },
};
static const struct seedsub s000_23[] = {
	{ "a", PK_MILESTONE, 0, PC_GE, "2024-12-31", "L672-675", NA3 },
	{ "b", PK_MANUAL, 0, PC_GE, NULL, "L677", NA3 },
};
static const struct seedsub s000_24[] = {
	{ "a1", PK_MILESTONE, 0, PC_GE, "2024-12-31", "L703-707", NA3 },
	{ "a2", PK_MILESTONE, 0, PC_GE, "2024-12-31", "L709-711", NA3 },
};
static const struct seedsub s000_25[] = {
	{ "a", PK_MILESTONE, 0, PC_GE, "2024-03-31", "L735-736", NA3 },
	{ "b", PK_MANUAL, 0, PC_GE, NULL, "L736-740", NA3 },
};

#define Y0	0x1
#define Y1	0x2

static const struct seedgoal g000[] = {
	GOAL("1.1", "Kvalitet af rådgivningsydelser", PR_ALL, s000_11,
	    NOT, NOT, NA, Y1, PRYG_NONE),
	GOAL("1.2", "Overvågning af vidensudbredelse", PR_ALL, s000_12,
	    NA, NA, NA, 0, PRYG_RED),
	GOAL("1.3", "Kvalitet af VISOs rådgivning", PR_ALL, s000_13,
	    MET, MET, NA, Y1, PRYG_NONE),
	GOAL("1.4", "Kvalitet i sagsbehandlingen", PR_ALL, s000_14,
	    MET, MET, NA, Y1, PRYG_NONE),
	GOAL("1.5", "Effektiv tilskudsforvaltning", PR_ALL, s000_15,
	    NA, NA, NA, 0, PRYG_RED),
	GOAL("1.6", "Implementering af SØM", PR_VERDICT, s000_16,
	    NA, NA, NA, 0, PRYG_NONE),
	GOAL("1.7", "Auditfunktionens understøttende aktiviteter", PR_ALL,
	    s000_17, MET, MET, NA, Y1, PRYG_NONE),
	GOAL("1.8", "Opfølgning på parallelsamfund", PR_VERDICT, s000_18,
	    NA, NA, NA, 0, PRYG_NONE),
	GOAL("1.9", "Bæredygtigt byggeri", PR_ALL, s000_19,
	    NA, NA, NA, 0, PRYG_RED),
	GOAL("2.1", "God budgettering", PR_GROUPS, s000_21,
	    NOT, NOT, NA, 0, PRYG_NONE),
	GOAL("2.2", "Sygefravær", PR_ALL, s000_22,
	    NOT, NOT, NA, Y1, PRYG_NONE),
	GOAL("2.3", "Informationssikkerhed", PR_ALL, s000_23,
	    NA, NA, NA, 0, PRYG_NONE),
	GOAL("2.4", "Bæredygtighed", PR_ALL, s000_24,
	    NA, NA, NA, 0, PRYG_GREEN),
	GOAL("2.5", "Integration af bolig- og byggeriområdet", PR_ALL,
	    s000_25, NA, NA, NA, 0, PRYG_RED),
};

/* 001: Resultatplan 2022, Socialstyrelsen; columns 2020-2022. */

static const struct seedsub s001_11[] = {
	{ "a", PK_COUNT, 0, PC_GE, NULL, "L46-51",
	    { C(55, 55, 0, MET), C(165, 94, 0, NOT), C(130, NV, 0, NA) } },
	{ "b", PK_SURVEY, 0, PC_GE, NULL, "L53-58",
	    { C(700, 960, 0, MET), C(710, 940, 0, MET), C(720, NV, 0, NA) } },
};
static const struct seedsub s001_12[] = {
	{ "A", PK_MILESTONE, 0, PC_GE, "2022-06-30", "L80", NA3 },
	{ "B", PK_MILESTONE, 0, PC_GE, "2022-12-31", "L82", NA3 },
};
static const struct seedsub s001_13[] = {
	{ "a", PK_SURVEY, 0, PC_GE, NULL, "L96-102",
	    { C(910, 920, 0, MET), C(910, 930, 0, MET), C(910, NV, 0, NA) } },
	{ "b", PK_SURVEY, 0, PC_GE, NULL, "L104-110",
	    { C(810, 870, 0, MET), C(820, 880, 0, MET), C(820, NV, 0, NA) } },
};
static const struct seedsub s001_14[] = {
	{ "a", PK_SURVEY, 0, PC_GE, NULL, "L122-128",
	    { C(850, 857, 0, MET), C(850, 830, 0, NOT), C(850, NV, 0, NA) } },
};
static const struct seedsub s001_15[] = {
	{ "a", PK_DISBURSE, 0, PC_GE, NULL, "L138, L142", NA3 },
	{ "b", PK_MILESTONE, 0, PC_GE, "2022-09-30", "L139", NA3 },
	{ "c", PK_SERVICE, 0, PC_GE, NULL, "L140", NA3 },
};
static const struct seedsub s001_16[] = {
	{ "a", PK_MILESTONE, 0, PC_GE, "2022-09-30", "L154", NA3 },
	{ "b", PK_COUNT, 0, PC_GE, NULL, "L155",
	    { NA1, NA1, C(10, NV, 0, NA) } },
	{ "c", PK_COUNT, 0, PC_GROWTH, NULL, "L156", NA3 },
};
static const struct seedsub s001_17[] = {
	{ "a", PK_MILESTONE, 0, PC_GE, NULL, "L169", NA3 },
};
static const struct seedsub s001_18[] = {
	{ "a", PK_MILESTONE, 0, PC_GE, "2022-06-30", "L184", NA3 },
	{ "b", PK_MILESTONE, 0, PC_GE, "2022-12-31", "L186", NA3 },
};
static const struct seedsub s001_19[] = {
	{ "a", PK_SURVEY, 0, PC_GE, NULL, "L194-200",
	    { NA1, NA1, C(800, NV, 0, NA) } },
	{ "b", PK_SURVEY, 0, PC_GE, NULL, "L202-208",
	    { NA1, NA1, C(800, NV, 0, NA) } },
};
static const struct seedsub s001_21[] = {
	{ "a", PK_BUDGET, 1, PC_GE, NULL, "L220-226",
	    { BO(NV, NV, NA), BO(MIO(50), MIO(153), NOT),
	      BO(MIO(50), NV, NA) } },
	{ "b", PK_BUDGET, 1, PC_GE, NULL, "L228-234",
	    { BO(NV, NV, NA), BO(MIO(25), MIO(150), NOT),
	      BO(MIO(25), NV, NA) } },
	{ "c", PK_BUDGET, 2, PC_GE, NULL, "L236-242",
	    { BP(NV, NV, NA), BP(NV, NV, NA), BP(100, NV, NA) } },
	{ "d", PK_BUDGET, 2, PC_GE, NULL, "L244-250",
	    { BP(NV, NV, NA), BP(NV, NV, NA), BP(50, NV, NA) } },
};
static const struct seedsub s001_22[] = {
	{ "a", PK_SICK, 0, PC_GE, NULL, "L264-276",
	    { SK(NV, 1000, NV, 0, NA), SK(NV, 820, -180, 0, MET),
	      SK(NV, NV, NV, 0, NA) } },
};
static const struct seedsub s001_23[] = {
	{ "a", PK_MILESTONE, 0, PC_GE, "2022-03-31", "L288", NA3 },
	{ "b", PK_MILESTONE, 0, PC_GE, "2022-06-30", "L290", NA3 },
	{ "c", PK_MILESTONE, 0, PC_GE, "2022-09-30", "L292", NA3 },
};

static const struct seedgoal g001[] = {
	GOAL("1.1", "Kvalitet af rådgivningsydelse", PR_ALL, s001_11,
	    MET, NOT, NA, 0, PRYG_NONE),
	GOAL("1.2", "Overvågning af vidensudbredelse", PR_ALL, s001_12,
	    NA, NA, NA, 0, PRYG_RED),
	GOAL("1.3", "Kvalitet af VISOs rådgivning", PR_ALL, s001_13,
	    MET, MET, NA, 0, PRYG_NONE),
	GOAL("1.4", "Kvalitet i sagsbehandlingen", PR_ALL, s001_14,
	    MET, NOT, NA, 0, PRYG_NONE),
	GOAL("1.5", "Effektiv tilskudsforvaltning", PR_ALL, s001_15,
	    NA, NA, NA, 0, PRYG_NONE),
	GOAL("1.6", "Implementeringen af SØM", PR_ALL, s001_16,
	    NA, NA, NA, 0, PRYG_NONE),
	GOAL("1.7", "Det specialiserede socialområde", PR_ALL, s001_17,
	    NA, NA, NA, 0, PRYG_NONE),
	GOAL("1.8", "Effektiv implementering", PR_ALL, s001_18,
	    NA, NA, NA, 0, PRYG_RED),
	GOAL("1.9", "Auditfunktionens understøttende aktiviteter", PR_ALL,
	    s001_19, NA, NA, NA, 0, PRYG_NONE),
	GOAL("2.1", "God budgettering", PR_GROUPS, s001_21,
	    NA, NOT, NA, 0, PRYG_NONE),
	GOAL("2.2", "Sygefravær", PR_ALL, s001_22,
	    NA, MET, NA, 0, PRYG_NONE),
	GOAL("2.3", "God cyber- og informationssikkerhed", PR_ALL, s001_23,
	    NA, NA, NA, 0, PRYG_RED),
};

static const struct seedplan plans[] = {
	{ "000 Resultatplan 2024", 2024, 2022, 14, g000, NELEM(g000),
	    "2024-10-15",
	    { { 3, 3, 8, 0 }, { 3, 3, 8, 5 }, { 0, 0, 14, 0 } } },
	{ "001 Resultatplan 2022", 2022, 2020, 12, g001, NELEM(g001),
	    "2022-07-15",
	    { { 3, 0, 9, 0 }, { 2, 3, 7, 0 }, { 0, 0, 12, 0 } } },
};

#define SUBS_MAX	8

/* A sub-goal as a loader would make it from one year's column. */
static void
seed_sub(const struct seedsub *s, int y, struct plan_sub *p)
{
	const struct cell	*c = &s->y[y];

	memset(p, 0, sizeof(*p));
	p->kind = s->kind;
	p->group = s->group;
	p->marks = c->marks;
	switch (s->kind) {
	case PK_COUNT:
		p->u.count.result = c->result;
		p->u.count.target = c->target;
		p->u.count.prior = c->extra;
		p->u.count.cmp = s->cmp;
		break;
	case PK_SURVEY:
		p->u.survey.result_pm = c->result;
		p->u.survey.target_pm = c->target;
		break;
	case PK_BUDGET:
		*p = budget_sub(s->group, c->result, c->target, c->unit);
		p->marks = c->marks;
		break;
	case PK_SICK:
		p->u.sick.days = c->result;
		p->u.sick.state_days = c->target;
		p->u.sick.prior_days = NV;
		p->u.sick.change_pm = c->extra;
		p->u.sick.cut_pm = 50;
		break;
	case PK_MILESTONE:
		p->u.ms.deadline = day(s->deadline);
		p->u.ms.done = NO;
		break;
	case PK_DISBURSE:
		break;		/* no pools counted: open */
	case PK_SERVICE:
	case PK_MANUAL:
	case PK_EXTERNAL:
		p->u.given = NA;
		break;
	}
}

static struct plan_goal
seed_goal(const struct seedgoal *sg, int y, struct plan_sub *subs)
{
	struct plan_goal	 g;
	size_t			 i;

	ck_assert_uint_le(sg->nsubs, SUBS_MAX);
	for (i = 0; i < sg->nsubs; i++)
		seed_sub(&sg->subs[i], y, &subs[i]);
	g.rule = sg->rule;
	g.subs = subs;
	g.nsubs = sg->nsubs;
	g.verdict = NA;		/* no verdict given in the seeds */
	g.marks = 0;
	return g;
}

START_TEST(test_seed_plan)
{
	const struct seedplan	*pl = &plans[_i];
	struct plan_sub		 subs[SUBS_MAX];
	struct plan_goal	 g;
	struct plan_verdict	 v, gv[14];
	struct plan_score	 sc;
	size_t			 i, k;
	int			 y;

	/* The plan's N is the number of goals it lists. */
	ck_assert_uint_eq(pl->ng, pl->goals);
	for (y = 0; y < 3; y++) {
		for (i = 0; i < pl->ng; i++) {
			const struct seedgoal	*sg = &pl->g[i];

			g = seed_goal(sg, y, subs);
			for (k = 0; k < sg->nsubs; k++) {
				v = plan_sub_eval(&subs[k], NO);
				ck_assert_msg(v.state == sg->subs[k].y[y].want,
				    "%s %d goal %s %s (%s): %d",
				    pl->name, pl->year0 + y, sg->id,
				    sg->subs[k].code, sg->subs[k].src,
				    v.state);
				ck_assert_uint_eq(v.marks,
				    sg->subs[k].y[y].marks);
			}
			gv[i] = plan_goal_eval(&g, NO);
			ck_assert_msg(gv[i].state == sg->want[y],
			    "%s %d goal %s: %d, want %d", pl->name,
			    pl->year0 + y, sg->id, gv[i].state, sg->want[y]);
			ck_assert_msg((gv[i].marks & PRE) ==
			    (sg->prelim & (1u << y) ? PRE : 0u),
			    "%s %d goal %s: marks %x", pl->name,
			    pl->year0 + y, sg->id, gv[i].marks);
		}
		plan_score(gv, pl->ng, &sc);
		ck_assert_uint_eq(sc.goals, pl->goals);
		ck_assert_uint_eq(sc.met, pl->score[y][0]);
		ck_assert_uint_eq(sc.not_met, pl->score[y][1]);
		ck_assert_uint_eq(sc.open, pl->score[y][2]);
		ck_assert_uint_eq(sc.prelim, pl->score[y][3]);
		ck_assert_int_eq(sc.num * (int64_t)pl->goals,
		    100 * (int64_t)sc.met * sc.den);
	}
}
END_TEST

/*
 * The plan's own year with no results in yet: what the suggestion says
 * on a day in the year (milestones past their day are red).
 */
START_TEST(test_seed_suggest)
{
	const struct seedplan	*pl = &plans[_i];
	struct plan_sub		 subs[SUBS_MAX];
	struct plan_goal	 g;
	size_t			 i;

	for (i = 0; i < pl->ng; i++) {
		g = seed_goal(&pl->g[i], pl->year - pl->year0, subs);
		ck_assert_msg(plan_suggest(&g, pl->year, day(pl->day)) ==
		    pl->g[i].ryg, "%s goal %s: %d", pl->name, pl->g[i].id,
		    plan_suggest(&g, pl->year, day(pl->day)));
	}
}
END_TEST

/* 000's score for 2022 as the issue reads it: 3 of 14 met is 150/7 %. */
START_TEST(test_seed_score_2022)
{
	struct plan_sub		 subs[SUBS_MAX];
	struct plan_goal	 g;
	struct plan_verdict	 gv[14];
	struct plan_score	 sc;
	char			 buf[16];
	size_t			 i;

	for (i = 0; i < NELEM(g000); i++) {
		g = seed_goal(&g000[i], 0, subs);
		gv[i] = plan_goal_eval(&g, NO);
	}
	plan_score(gv, NELEM(g000), &sc);
	ck_assert_int_eq(sc.num, 150);
	ck_assert_int_eq(sc.den, 7);
	ck_assert_str_eq(plan_fmt_bp(sc.bp, buf, sizeof(buf)), "21,43");
	ck_assert_str_eq(plan_fmt_bp(sc.best_bp, buf, sizeof(buf)), "78,57");
}
END_TEST

Suite *
plan_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("plan");

	tc = tcase_create("subgoals");
	tcase_add_loop_test(tc, test_disb, 0, (int)NELEM(disbcases));
	tcase_add_loop_test(tc, test_count, 0, (int)NELEM(countcases));
	tcase_add_loop_test(tc, test_survey, 0, (int)NELEM(surveycases));
	tcase_add_loop_test(tc, test_budget, 0, (int)NELEM(budgetcases));
	tcase_add_loop_test(tc, test_sick, 0, (int)NELEM(sickcases));
	tcase_add_loop_test(tc, test_milestone, 0, (int)NELEM(mscases));
	tcase_add_test(tc, test_given);
	tcase_add_test(tc, test_sub_eval);
	suite_add_tcase(s, tc);

	tc = tcase_create("rules");
	tcase_add_loop_test(tc, test_rule, 0, (int)NELEM(rulecases));
	tcase_add_test(tc, test_rule_examples);
	tcase_add_test(tc, test_rule_today);
	tcase_add_test(tc, test_goal_2_1);
	suite_add_tcase(s, tc);

	tc = tcase_create("score");
	tcase_add_test(tc, test_score_all);
	tcase_add_test(tc, test_score_named);
	tcase_add_test(tc, test_score_mixed);
	tcase_add_test(tc, test_fmt_bp);
	suite_add_tcase(s, tc);

	tc = tcase_create("deadlines");
	tcase_add_loop_test(tc, test_quarter_due, 0, (int)NELEM(duecases));
	tcase_add_test(tc, test_reports);
	tcase_add_loop_test(tc, test_next_report, 0, (int)NELEM(nextcases));
	tcase_add_test(tc, test_days_left);
	suite_add_tcase(s, tc);

	tc = tcase_create("status");
	tcase_add_loop_test(tc, test_track, 0, (int)NELEM(trackcases));
	tcase_add_loop_test(tc, test_suggest, 0, (int)NELEM(suggestcases));
	tcase_add_test(tc, test_effective);
	tcase_add_test(tc, test_required);
	tcase_add_test(tc, test_codes);
	suite_add_tcase(s, tc);

	tc = tcase_create("seeds");
	tcase_add_loop_test(tc, test_seed_plan, 0, (int)NELEM(plans));
	tcase_add_loop_test(tc, test_seed_suggest, 0, (int)NELEM(plans));
	tcase_add_test(tc, test_seed_score_2022);
	suite_add_tcase(s, tc);

	return s;
}
