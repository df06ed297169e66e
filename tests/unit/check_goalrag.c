/*
 * Unit tests for goalrag: the status of figures made by goal_eval from
 * small sets of cases, finished and unfinished periods.
 */
#include <string.h>

#include <check.h>

#include "goalrag.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* Collected by check_main.c; declared here for -Wmissing-prototypes. */
Suite	*goalrag_suite(void);

/* 10 days, 80 %, from 2026-01-01. */
static const struct goal_version ver = {
	.valid_from = 0, .unit = GOAL_DAYS, .limit = 10, .target_pm = 800,
	.pause = GOAL_GROSS, .period = GOAL_DECIDED,
};

/* Cases as offsets from Q1's start: start, stop (-1 open). */
static const struct rcase {
	const char	*what;
	int		 cases[6][2];
	size_t		 n;
	int		 asof;		/* offset of "today" */
	enum goal_rag	 want;
} rcases[] = {
	{ "no cases", { { 0 } }, 0, 100, GOAL_RAG_GREY },
	{ "finished, met", { { 0, 5 }, { 1, 5 }, { 2, 5 }, { 3, 5 },
	  { 4, 40 } }, 5, 100, GOAL_RAG_GREEN },
	{ "finished, not met", { { 0, 5 }, { 1, 50 } }, 2, 100, GOAL_RAG_RED },
	/* Only an open case in a finished period: nothing decided in it. */
	{ "finished, only open", { { 0, -1 } }, 1, 100, GOAL_RAG_GREY },
	/* Unfinished (today day 50 of 90): 4 in time, one at risk: worst
	 * 4/5 = 80 % still meets. */
	{ "unfinished, worst meets", { { 0, 5 }, { 1, 5 }, { 2, 5 }, { 3, 5 },
	  { 45, -1 } }, 5, 50, GOAL_RAG_GREEN },
	/* 3 in time, 2 at risk: worst 3/5 misses, best 5/5 meets. */
	{ "unfinished, can go either way", { { 0, 5 }, { 1, 5 }, { 2, 5 },
	  { 45, -1 }, { 46, -1 } }, 5, 50, GOAL_RAG_YELLOW },
	/* 1 in time, 1 late, 1 breached open: best 1/2 = 50 % misses. */
	{ "unfinished, best misses", { { 0, 5 }, { 1, 30 }, { 2, -1 } }, 3, 50,
	  GOAL_RAG_RED },
	/* Nothing decided yet, one open case at risk: worst 0/1 misses,
	 * best 1/1 meets. */
	{ "unfinished, only at risk", { { 45, -1 } }, 1, 50, GOAL_RAG_YELLOW },
};

START_TEST(test_rag)
{
	const struct rcase	*c = &rcases[_i];
	struct goal		 g = { "accounts", &ver, 1 };
	struct goal_case	 k[6];
	struct goal_figures	 f;
	cal_day			 q0 = cal_quarter_start(2026, 1);
	size_t			 i;

	memset(k, 0, sizeof(k));
	for (i = 0; i < c->n; i++) {
		k[i].start = q0 + c->cases[i][0];
		k[i].stop = c->cases[i][1] < 0 ? GOAL_NODAY :
		    q0 + c->cases[i][1];
	}
	ck_assert_int_eq(goal_eval(&g, k, c->n, q0, cal_quarter_end(2026, 1),
	    q0 + c->asof, NULL, &f), 0);
	ck_assert_msg(goal_rag(&f) == c->want, "%s: %d, want %d", c->what,
	    (int)goal_rag(&f), (int)c->want);
}
END_TEST

Suite *
goalrag_suite(void)
{
	Suite	*s = suite_create("goalrag");
	TCase	*tc = tcase_create("status");

	tcase_add_loop_test(tc, test_rag, 0, (int)NELEM(rcases));
	suite_add_tcase(s, tc);
	return s;
}
