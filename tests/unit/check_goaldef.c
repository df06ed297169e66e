/*
 * The goals' code lists (goaldef.h) against the CHECKs of the migrations,
 * and the lookups both ways.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "goaldef.h"
#include "srcfile.h"

/* Collected by check_main.c; declared here for -Wmissing-prototypes. */
Suite	*goaldef_suite(void);

#define POP_CODE(id, c, l, start, stop, role)	c,
#define CODE(id, c, l)				c,
static const char *const pop_codes[] = { GOAL_POPULATIONS(POP_CODE) NULL };
static const char *const unit_codes[] = { GOAL_UNITS(CODE) NULL };
static const char *const pause_codes[] = { GOAL_PAUSES(CODE) NULL };
static const char *const period_codes[] = { GOAL_PERIODS(CODE) NULL };

static const struct {
	const char		*table, *column;
	const char *const	*codes;
} lists[] = {
	{ "goal", "population", pop_codes },
	{ "goal_version", "unit", unit_codes },
	{ "goal_version", "pauses", pause_codes },
	{ "goal_version", "period_rule", period_codes },
};

START_TEST(test_sql_checks)
{
	struct sql_tokens	 ts = { 0 };
	struct sql_check	*c;
	const struct sql_check	*k;
	char			 what[160];
	size_t			 n;

	schema_lex(&ts);
	c = schema_checks(&ts, &n);
	k = schema_check(c, n, lists[_i].table, lists[_i].column);
	snprintf(what, sizeof(what), "%s.%s", lists[_i].table,
	    lists[_i].column);
	codes_same_set(what, k->codes, k->ncodes, lists[_i].codes,
	    "goaldef.h");
	free(c);
	sql_tokens_free(&ts);
}
END_TEST

START_TEST(test_lookups)
{
	int	 i;

	for (i = 0; pop_codes[i] != NULL; i++) {
		ck_assert_int_eq(goaldef_population(pop_codes[i]), i);
		ck_assert_str_eq(goaldef_population_code(i), pop_codes[i]);
		ck_assert_uint_gt(strlen(goaldef_population_label(i)), 0);
		ck_assert(strcmp(goaldef_population_role(i), "grants") == 0 ||
		    strcmp(goaldef_population_role(i), "whistleblower") == 0);
	}
	ck_assert_int_eq(i, GOAL_POP__MAX);
	for (i = 0; unit_codes[i] != NULL; i++) {
		ck_assert_int_eq(goaldef_unit(unit_codes[i]), i);
		ck_assert_str_eq(goaldef_unit_code(i), unit_codes[i]);
	}
	ck_assert_int_eq(goaldef_unit("days"), GOAL_DAYS);
	ck_assert_int_eq(goaldef_unit("months"), GOAL_MONTHS);
	ck_assert_int_eq(goaldef_pause("net"), GOAL_NET);
	ck_assert_int_eq(goaldef_period("breach"), GOAL_SERVICEDESK);
	ck_assert_int_eq(goaldef_population("wb_feedback"),
	    GOAL_POP_WB_FEEDBACK);
	ck_assert_int_eq(goaldef_unit("Days"), -1);
	ck_assert_int_eq(goaldef_population(""), -1);
	ck_assert_str_eq(goaldef_unit_label(-1), "");
	ck_assert_str_eq(goaldef_period_label(7), "");
	ck_assert_str_eq(goaldef_population_code(GOAL_POP__MAX), "");
}
END_TEST

Suite *
goaldef_suite(void)
{
	Suite	*s = suite_create("goaldef");
	TCase	*tc = tcase_create("goaldef");

	tcase_add_loop_test(tc, test_sql_checks, 0,
	    (int)(sizeof(lists) / sizeof(lists[0])));
	tcase_add_test(tc, test_lookups);
	suite_add_tcase(s, tc);
	return s;
}
