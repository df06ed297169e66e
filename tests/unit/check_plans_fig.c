/*
 * Unit tests for the staff program's plan figures (cgi/staff/plans_fig.c):
 * plans_parse in each kind's unit, and the figures too big for int64,
 * which were multiplied past INT64_MAX (signed overflow; found by
 * tests/fuzz/fuzz_plans.c) and must be refused instead.
 */
#include <stdint.h>
#include <string.h>

#include <check.h>

#include "../../cgi/staff/plans.h"
#include "util.h"

Suite	*plans_fig_suite(void);

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static const struct {
	enum plan_kind	 k;
	enum plan_unit	 u;
	int		 field;
	const char	*s;
	int		 rc;
	int64_t		 v;
} cases[] = {
	{ PK_COUNT, PU_PM, 't', "42", 0, 42 },
	{ PK_COUNT, PU_PM, 't', "4,2", -1, 0 },
	{ PK_SURVEY, PU_PM, 't', "12,5", 0, 125 },
	{ PK_SURVEY, PU_PM, 't', "12.5", 0, 125 },
	{ PK_SURVEY, PU_PM, 't', "12,55", -1, 0 },
	{ PK_SICK, PU_PM, 'r', "-3,25", 0, -325 },
	{ PK_BUDGET, PU_ORE, 't', "1234,5", 0, 123450000000 },
	{ PK_COUNT, PU_PM, 't', "999999999999", 0, 999999999999 },
	{ PK_COUNT, PU_PM, 't', "1000000000000", -1, 0 },
	/* Mio. kr. with 8 decimals: 12 digits and the scale overflowed. */
	{ PK_BUDGET, PU_ORE, 't', "999999999999", -1, 0 },
	{ PK_BUDGET, PU_ORE, 't', "115215512212", -1, 0 },
	{ PK_BUDGET, PU_ORE, 'r', "-99999999999,99999999", -1, 0 },
	{ PK_BUDGET, PU_ORE, 't', "92233720368,54775808", -1, 0 },
	/* The largest figures that fit are still read. */
	{ PK_BUDGET, PU_ORE, 't', "92233720368,54775807", 0, INT64_MAX },
	{ PK_BUDGET, PU_ORE, 't', "-92233720368,54775807", 0, -INT64_MAX },
	{ PK_BUDGET, PU_ORE, 't', "92233720368", 0, 9223372036800000000 },
};

START_TEST(test_parse)
{
	int64_t	 v = -7;
	int	 rc;

	rc = plans_parse(cases[_i].k, cases[_i].u, cases[_i].field,
	    cases[_i].s, &v);
	ck_assert_msg(rc == cases[_i].rc, "%s: rc %d", cases[_i].s, rc);
	if (rc == 0)
		ck_assert_msg(v == cases[_i].v, "%s: %lld", cases[_i].s,
		    (long long)v);
}
END_TEST

/* What the page shows reads back as the same figure. */
START_TEST(test_round_trip)
{
	static const int64_t	 vals[] = { 0, 1, -1, 125, 123450000000,
	    INT64_MAX, -INT64_MAX, 9223372036800000000 };
	struct arena		 ar = { 0 };
	struct http_req		 r;
	const char		*s;
	int64_t			 v;
	size_t			 i;

	memset(&r, 0, sizeof(r));
	r.ar = &ar;
	for (i = 0; i < NELEM(vals); i++) {
		s = plans_fmt(&r, PK_BUDGET, PU_ORE, 't', vals[i]);
		ck_assert_int_eq(plans_parse(PK_BUDGET, PU_ORE, 't', s, &v), 0);
		ck_assert_msg(v == vals[i], "%s", s);
	}
	arena_free(&ar);
}
END_TEST

Suite *
plans_fig_suite(void)
{
	Suite	*s = suite_create("plans_fig");
	TCase	*tc = tcase_create("parse");

	tcase_add_loop_test(tc, test_parse, 0, (int)NELEM(cases));
	tcase_add_test(tc, test_round_trip);
	suite_add_tcase(s, tc);
	return s;
}
