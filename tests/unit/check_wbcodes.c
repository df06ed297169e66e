/*
 * The whistleblower code lists (wbcodes.h), each against every other
 * place that spells it out, all under $FRIST_SRC:
 *
 *  - the CHECK constraints of the migrations (sql/NNN_*.sql, in order,
 *    so that a later one that drops and adds a constraint counts): each
 *    list of codes a CHECK allows is the same set as its C list, and
 *    every such list on a whistle_* table has a C list;
 *  - the causes sql/004 creates, against WB_SEEDED_CAUSES;
 *  - the string tables: every key of a list in both languages;
 *  - the templates' options: the report form's (offer type, relation,
 *    anonymity: the code, the section form_fill() shows for it, the key
 *    of its label) and the staff report page's (offer type, risk,
 *    closing reason, the action checkboxes, with the staff's labels), in
 *    the order of the lists.
 */
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "i18n.h"
#include "srcfile.h"
#include "wbcodes.h"

/* Collected by check_main.c; declared here for -Wmissing-prototypes. */
Suite	*wbcodes_suite(void);

/* A code (or a seeded cause's label) and how a page or table names it. */
struct pair {
	const char	*code, *label;
};

#define KEY_PAIR(c, k, ...)	{ c, k },
#define STAFF3(c, k, l)		{ c, l },
#define STAFF4(c, k, l, t)	{ c, l },
#define STAFF2(c, l)		{ c, l },
#define END			{ NULL, NULL }
static const struct pair offers[] = { WB_OFFERS(KEY_PAIR) END };
static const struct pair relations[] = { WB_RELATIONS(KEY_PAIR) END };
static const struct pair states[] = { WB_STATES(KEY_PAIR) END };
static const struct pair reasons[] = { WB_REASONS(KEY_PAIR) END };
static const struct pair anonymity[] = { WB_ANONYMITY(KEY_PAIR) END };
static const struct pair causes[] = { WB_SEEDED_CAUSES(KEY_PAIR) END };
static const struct pair offers_staff[] = { WB_OFFERS(STAFF4) END };
static const struct pair reasons_staff[] = { WB_REASONS(STAFF3) END };
static const struct pair risks[] = { WB_RISKS(STAFF2) END };
static const struct pair actions[] = { WB_ACTIONS(STAFF2) END };

/* The codes alone, as the SQL has them. */
#define CODE(c, ...)		c,
static const char *const offer_codes[] = { WB_OFFERS(CODE) NULL };
static const char *const relation_codes[] = { WB_RELATIONS(CODE) NULL };
static const char *const state_codes[] = { WB_STATES(CODE) NULL };
static const char *const reason_codes[] = { WB_REASONS(CODE) NULL };
static const char *const risk_codes[] = { WB_RISKS(CODE) NULL };
static const char *const cause_codes[] = { WB_SEEDED_CAUSES(CODE) NULL };
static const char *const action_codes[] = { WB_ACTIONS(CODE) NULL };

/* Which C list each CHECK (column IN (...)) of the schema is. */
static const struct {
	const char		*table, *column;
	const char *const	*codes;
} checks[] = {
	{ "whistle_report", "status", state_codes },
	{ "whistle_report", "offer_type", offer_codes },
	{ "whistle_report", "reg_offer_type", offer_codes },
	{ "whistle_report", "relation", relation_codes },
	{ "whistle_report", "risk", risk_codes },
	{ "whistle_report", "closing_reason", reason_codes },
	{ "whistle_report", "actions", action_codes },
};

static size_t
count(const struct pair *l)
{
	size_t	 n = 0;

	while (l[n].code != NULL)
		n++;
	return n;
}

/* --- the schema ---------------------------------------------------------- */

START_TEST(test_sql_checks)
{
	struct sql_tokens	 ts = { NULL, 0, 0 };
	struct sql_check	*c;
	const struct sql_check	*one;
	char			 what[160];
	size_t			 n, i, k;

	schema_lex(&ts);
	c = schema_checks(&ts, &n);
	for (k = 0; k < sizeof(checks) / sizeof(checks[0]); k++) {
		snprintf(what, sizeof(what), "%s.%s", checks[k].table,
		    checks[k].column);
		one = schema_check(c, n, checks[k].table, checks[k].column);
		codes_same_set(what, one->codes, one->ncodes, checks[k].codes,
		    "wbcodes.h");
	}
	/* A new list of codes in the whistleblower tables needs its list
	 * in wbcodes.h (and a line in checks[]). */
	for (i = 0; i < n; i++) {
		if (!c[i].live || strncmp(c[i].table, "whistle_", 8) != 0)
			continue;
		for (k = 0; k < sizeof(checks) / sizeof(checks[0]); k++)
			if (strcmp(c[i].table, checks[k].table) == 0 &&
			    strcmp(c[i].column, checks[k].column) == 0)
				break;
		ck_assert_msg(k < sizeof(checks) / sizeof(checks[0]),
		    "%s.%s: a CHECK list of codes with no list in wbcodes.h",
		    c[i].table, c[i].column);
	}
	free(c);
	sql_tokens_free(&ts);
}
END_TEST

/* The labels of the causes the migrations insert: the first string of
 * each row of INSERT INTO whistle_cause ... VALUES. */
START_TEST(test_sql_causes)
{
	struct sql_tokens	 ts = { NULL, 0, 0 };
	const char		*labels[64] = { NULL };
	size_t			 i, n = 0, depth;
	int			 in_values;

	schema_lex(&ts);
	for (i = 0; i + 2 < ts.n; i++) {
		if (!sql_is(&ts, i, "insert") || !sql_is(&ts, i + 1, "into") ||
		    !sql_is(&ts, i + 2, "whistle_cause"))
			continue;
		ck_assert_msg(sql_is(&ts, i + 3, "(") &&
		    sql_is(&ts, i + 4, "label"),
		    "INSERT INTO whistle_cause: label must come first");
		for (in_values = 0, depth = 0; i < ts.n &&
		    !sql_is(&ts, i, ";"); i++) {
			if (sql_is(&ts, i, "values"))
				in_values = 1;
			else if (sql_is(&ts, i, "("))
				depth++;
			else if (sql_is(&ts, i, ")"))
				depth--;
			if (in_values && depth == 1 && sql_is(&ts, i, "(")) {
				ck_assert_msg(ts.t[i + 1].type == SQL_STR,
				    "a cause's label is not a literal");
				ck_assert_uint_lt(n, 64);
				labels[n++] = ts.t[i + 1].text;
			}
		}
	}
	codes_same_set("the causes sql/ inserts", labels, n, cause_codes,
	    "wbcodes.h");
	sql_tokens_free(&ts);
}
END_TEST

/* --- the string tables ----------------------------------------------------- */

static void
keys_known(const char *what, const struct pair *list)
{
	size_t	 i;

	for (i = 0; list[i].code != NULL; i++) {
		ck_assert_msg(strcmp(i18n_str(LANG_DA, list[i].label),
		    list[i].label) != 0, "%s: %s is not in the Danish table",
		    what, list[i].label);
		ck_assert_msg(strcmp(i18n_str(LANG_EN, list[i].label),
		    list[i].label) != 0, "%s: %s is not in the English table",
		    what, list[i].label);
	}
}

START_TEST(test_keys)
{
	char	 dir[PATH_MAX];

	snprintf(dir, sizeof(dir), "%s/templates/i18n", src_dir());
	ck_assert_int_eq(i18n_load(dir), 0);
	keys_known("WB_OFFERS", offers);
	keys_known("WB_RELATIONS", relations);
	keys_known("WB_STATES", states);
	keys_known("WB_REASONS", reasons);
	keys_known("WB_ANONYMITY", anonymity);
	keys_known("WB_SEEDED_CAUSES", causes);
	/* A seeded cause's Danish label is the one the database has. */
	ck_assert_str_eq(i18n_str(LANG_DA, causes[0].label), causes[0].code);
	i18n_reset();
}
END_TEST

/* --- the templates ------------------------------------------------------- */

/* s in capitals, as form_fill() names the section of a choice. */
static void
upper(char *out, size_t n, const char *s)
{
	size_t	 i;

	for (i = 0; s[i] != '\0' && i + 1 < n; i++)
		out[i] = (char)toupper((unsigned char)s[i]);
	out[i] = '\0';
}

/*
 * Between open and the next close in tpl, the items starting with
 * marker must be exactly want[0..n-1], in order (each want[i] the
 * beginning of its item).
 */
static void
check_items(const char *tpl, const char *open, const char *close,
    const char *marker, char want[][512], size_t n, const char *what)
{
	const char	*p, *end, *it;
	size_t		 i;

	ck_assert_msg((p = strstr(tpl, open)) != NULL, "%s: no %s", what,
	    open);
	ck_assert_msg((end = strstr(p, close)) != NULL, "%s: no %s", what,
	    close);
	for (i = 0; i < n; i++, p = it + 1) {
		it = strstr(p, marker);
		ck_assert_msg(it != NULL && it < end, "%s: item %zu is "
		    "missing, should be\n  %s", what, i + 1, want[i]);
		ck_assert_msg(strncmp(it, want[i], strlen(want[i])) == 0,
		    "%s: item %zu should be\n  %s", what, i + 1, want[i]);
	}
	it = strstr(p, marker);
	ck_assert_msg(it == NULL || it > end, "%s: more items than codes",
	    what);
}

/* The options of <select id="field"> after its empty one; labels are
 * the list's keys as [[KEY]] (i18n), or its labels as they are. */
static void
check_select(const char *tpl, const char *field, const struct pair *list,
    int i18n)
{
	char		 open[64], sec[64], up[128], want[32][512];
	const char	*p;
	size_t		 i, n = count(list);

	ck_assert_uint_le(n, 32);
	snprintf(open, sizeof(open), "<select id=\"%s\"", field);
	ck_assert_msg((p = strstr(tpl, open)) != NULL, "no %s", open);
	/* The empty choice first. */
	p = strstr(p, "<option value=\"");
	ck_assert_msg(p != NULL && strncmp(p, "<option value=\"\">", 17) == 0,
	    "%s: no empty option first", field);
	upper(sec, sizeof(sec), field);
	for (i = 0; i < n; i++) {
		upper(up, sizeof(up), list[i].code);
		snprintf(want[i], sizeof(want[i]), "<option value=\"%s\""
		    "{{#%s_%s}} selected{{/%s_%s}}>%s%s%s</option>",
		    list[i].code, sec, up, sec, up, i18n ? "[[" : "",
		    list[i].label, i18n ? "]]" : "");
	}
	check_items(p + 1, "", "</select>", "<option value=\"", want, n,
	    field);
}

START_TEST(test_form_options)
{
	char	 want[8][512], up[64];
	char	*tpl = src_read("templates/whistle/form.tpl");
	size_t	 i, n = count(anonymity);

	check_select(tpl, "offer_type", offers, 1);
	check_select(tpl, "relation", relations, 1);
	ck_assert_uint_le(n, 8);
	for (i = 0; i < n; i++) {
		upper(up, sizeof(up), anonymity[i].code);
		snprintf(want[i], sizeof(want[i]), "<input type=\"radio\" "
		    "id=\"anonymity_%s\" name=\"anonymity\" value=\"%s\""
		    "{{#ANONYMITY_%s}} checked{{/ANONYMITY_%s}}"
		    "{{#ANONYMITY_ERR}} aria-invalid=\"true\""
		    "{{/ANONYMITY_ERR}}><label for=\"anonymity_%s\">[[%s]]"
		    "</label>", anonymity[i].code, anonymity[i].code, up, up,
		    anonymity[i].code, anonymity[i].label);
	}
	check_items(tpl, "id=\"anonymity\"", "</fieldset>",
	    "<input type=\"radio\"", want, n, "anonymity");
	free(tpl);
}
END_TEST

START_TEST(test_staff_options)
{
	char	 want[32][512], up[64];
	char	*tpl = src_read("templates/staff/whistle_report.tpl");
	size_t	 i, n = count(actions);

	check_select(tpl, "reg_offer_type", offers_staff, 0);
	check_select(tpl, "risk", risks, 0);
	check_select(tpl, "closing_reason", reasons_staff, 0);
	ck_assert_uint_le(n, 32);
	for (i = 0; i < n; i++) {
		upper(up, sizeof(up), actions[i].code);
		snprintf(want[i], sizeof(want[i]), "<input type=\"checkbox\" "
		    "id=\"act_%s\" name=\"act_%s\" value=\"1\"{{#ACT_%s_ON}} "
		    "checked{{/ACT_%s_ON}}><label for=\"act_%s\">%s</label>",
		    actions[i].code, actions[i].code, up, up, actions[i].code,
		    actions[i].label);
	}
	check_items(tpl, "<legend>Planlagte handlinger</legend>",
	    "</fieldset>", "<input type=\"checkbox\"", want, n, "actions");
	free(tpl);
}
END_TEST

Suite *
wbcodes_suite(void)
{
	Suite	*s = suite_create("wbcodes");
	TCase	*tc = tcase_create("lists");

	tcase_add_test(tc, test_sql_checks);
	tcase_add_test(tc, test_sql_causes);
	tcase_add_test(tc, test_keys);
	tcase_add_test(tc, test_form_options);
	tcase_add_test(tc, test_staff_options);
	suite_add_tcase(s, tc);
	return s;
}
