/*
 * The results plan's code lists in the schema (sql/017_plan.sql) against
 * plan.h's: the sub-goal kinds, the rules, the verdicts and the
 * red/yellow/green statuses that the CHECKs allow are exactly the codes
 * plan.c gives and parses.
 */
#include <stdlib.h>

#include <check.h>

#include "plan.h"
#include "srcfile.h"

/* Collected by check_main.c; declared here for -Wmissing-prototypes. */
Suite	*plan_sql_suite(void);

#define KIND_CODE(e, code, label)	code,
static const char *const kinds[] = { PLAN_KINDS(KIND_CODE) NULL };
#undef KIND_CODE

START_TEST(test_plan_checks)
{
	const char		*rules[PR_VERDICT + 2], *states[3], *ryg[5];
	const char		*ryg_any[5];
	struct sql_tokens	 ts = { NULL, 0, 0 };
	struct sql_check	*c;
	const struct sql_check	*k;
	size_t			 n;
	int			 i;

	for (i = PR_ALL; i <= PR_VERDICT; i++)
		rules[i] = plan_rule_code((enum plan_rule)i);
	rules[PR_VERDICT + 1] = NULL;
	/* A stored verdict is decided: "na" is the absence of a row. */
	states[0] = plan_state_code(PS_MET);
	states[1] = plan_state_code(PS_NOT_MET);
	states[2] = NULL;
	/* A chosen status is a colour; the suggestion may be none. */
	for (i = PRYG_GREEN; i <= PRYG_RED; i++)
		ryg[i - PRYG_GREEN] = plan_ryg_code((enum plan_ryg)i);
	ryg[3] = NULL;
	for (i = PRYG_NONE; i <= PRYG_RED; i++)
		ryg_any[i] = plan_ryg_code((enum plan_ryg)i);
	ryg_any[4] = NULL;

	schema_lex(&ts);
	c = schema_checks(&ts, &n);
	k = schema_check(c, n, "plan_subgoal", "kind");
	codes_same_set("plan_subgoal.kind", k->codes, k->ncodes, kinds,
	    "PLAN_KINDS");
	k = schema_check(c, n, "plan_goal", "rule");
	codes_same_set("plan_goal.rule", k->codes, k->ncodes, rules,
	    "plan_rule_code");
	k = schema_check(c, n, "plan_result", "verdict");
	codes_same_set("plan_result.verdict", k->codes, k->ncodes, states,
	    "plan_state_code");
	k = schema_check(c, n, "plan_verdict", "verdict");
	codes_same_set("plan_verdict.verdict", k->codes, k->ncodes, states,
	    "plan_state_code");
	k = schema_check(c, n, "plan_followup", "ryg");
	codes_same_set("plan_followup.ryg", k->codes, k->ncodes, ryg,
	    "plan_ryg_code");
	k = schema_check(c, n, "plan_followup", "suggested");
	codes_same_set("plan_followup.suggested", k->codes, k->ncodes,
	    ryg_any, "plan_ryg_code");
	free(c);
	sql_tokens_free(&ts);
}
END_TEST

Suite *
plan_sql_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("plan_sql");
	tc = tcase_create("codes");
	tcase_add_test(tc, test_plan_checks);
	suite_add_tcase(s, tc);
	return s;
}
