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
#include <dirent.h>
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

/* Which C list each CHECK (column IN (...)) of the schema is. */
static const struct {
	const char		*table, *column;
	const struct pair	*list;
} checks[] = {
	{ "whistle_report", "status", states },
	{ "whistle_report", "offer_type", offers },
	{ "whistle_report", "reg_offer_type", offers },
	{ "whistle_report", "relation", relations },
	{ "whistle_report", "risk", risks },
	{ "whistle_report", "closing_reason", reasons },
};

static const char *
src_dir(void)
{
	const char	*src = getenv("FRIST_SRC");

	ck_assert_msg(src != NULL && *src != '\0', "FRIST_SRC is not set "
	    "(make unit sets it)");
	return src;
}

static size_t
count(const struct pair *l)
{
	size_t	 n = 0;

	while (l[n].code != NULL)
		n++;
	return n;
}

/* --- the schema ---------------------------------------------------------- */

enum tok { TK_WORD, TK_STR, TK_PUNCT };

struct token {
	enum tok	 type;
	char		*text;		/* a word in lower case */
};

struct tokens {
	struct token	*t;
	size_t		 n, cap;
};

static void
tok_add(struct tokens *ts, enum tok type, const char *s, size_t n, int lower)
{
	char	*p;
	size_t	 i;

	if (ts->n == ts->cap) {
		ts->cap = ts->cap == 0 ? 1024 : 2 * ts->cap;
		ts->t = realloc(ts->t, ts->cap * sizeof(ts->t[0]));
		ck_assert_ptr_nonnull(ts->t);
	}
	ck_assert_ptr_nonnull(p = malloc(n + 1));
	for (i = 0; i < n; i++)
		p[i] = lower ? (char)tolower((unsigned char)s[i]) : s[i];
	p[n] = '\0';
	ts->t[ts->n].type = type;
	ts->t[ts->n++].text = p;
}

/*
 * SQL as tokens: words (identifiers, keywords, numbers), string
 * literals (their value) and single punctuation characters; comments
 * and dollar-quoted bodies (functions) are left out.
 */
static void
lex(struct tokens *ts, const char *p)
{
	const char	*q, *end;
	char		 tag[64], *val;
	size_t		 n;

	while (*p != '\0') {
		if (isspace((unsigned char)*p)) {
			p++;
		} else if (p[0] == '-' && p[1] == '-') {
			p += strcspn(p, "\n");
		} else if (p[0] == '/' && p[1] == '*') {
			ck_assert_ptr_nonnull(end = strstr(p + 2, "*/"));
			p = end + 2;
		} else if (*p == '$' && (q = strchr(p + 1, '$')) != NULL &&
		    (size_t)(q - p) < sizeof(tag) - 1 &&
		    strspn(p + 1, "abcdefghijklmnopqrstuvwxyz"
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZ_") ==
		    (size_t)(q - p - 1)) {
			n = (size_t)(q - p) + 1;
			memcpy(tag, p, n);
			tag[n] = '\0';
			ck_assert_msg((end = strstr(q + 1, tag)) != NULL,
			    "unterminated %s", tag);
			p = end + n;
		} else if (*p == '\'') {
			ck_assert_ptr_nonnull(val = malloc(strlen(p)));
			for (n = 0, p++; *p != '\0'; p++) {
				if (*p == '\'' && p[1] == '\'')
					p++;
				else if (*p == '\'')
					break;
				val[n++] = *p;
			}
			ck_assert_msg(*p == '\'', "unterminated string");
			p++;
			tok_add(ts, TK_STR, val, n, 0);
			free(val);
		} else if (*p == '"') {
			ck_assert_ptr_nonnull(q = strchr(p + 1, '"'));
			tok_add(ts, TK_WORD, p + 1, (size_t)(q - p - 1), 1);
			p = q + 1;
		} else if (isalnum((unsigned char)*p) || *p == '_') {
			for (q = p; isalnum((unsigned char)*q) || *q == '_' ||
			    *q == '.'; q++)
				;
			tok_add(ts, TK_WORD, p, (size_t)(q - p), 1);
			p = q;
		} else
			tok_add(ts, TK_PUNCT, p++, 1, 0);
	}
}

/* The migrations, in the order they are applied. */
static void
lex_schema(struct tokens *ts)
{
	struct dirent	**de;
	char		 rel[PATH_MAX], dir[PATH_MAX], *sql;
	int		 n, i, nsql = 0;

	snprintf(dir, sizeof(dir), "%s/sql", src_dir());
	ck_assert_msg((n = scandir(dir, &de, NULL, alphasort)) >= 0,
	    "cannot read %s", dir);
	for (i = 0; i < n; i++) {
		if (isdigit((unsigned char)de[i]->d_name[0]) &&
		    strlen(de[i]->d_name) > 4 && strcmp(de[i]->d_name +
		    strlen(de[i]->d_name) - 4, ".sql") == 0) {
			snprintf(rel, sizeof(rel), "sql/%s", de[i]->d_name);
			sql = src_read(rel);
			lex(ts, sql);
			tok_add(ts, TK_PUNCT, ";", 1, 0);
			free(sql);
			nsql++;
		}
		free(de[i]);
	}
	free(de);
	ck_assert_int_ge(nsql, 4);
}

static void
tokens_free(struct tokens *ts)
{
	size_t	 i;

	for (i = 0; i < ts->n; i++)
		free(ts->t[i].text);
	free(ts->t);
}

/* A CHECK (column IN ('a', ...)) as the schema ends up with it. */
struct sqlcheck {
	char		 name[160], table[64], column[64];
	const char	*codes[32];
	size_t		 ncodes;
	int		 live;
};

#define MAX_CHECKS	64

static int
is(const struct tokens *ts, size_t i, const char *word)
{
	return i < ts->n && strcmp(ts->t[i].text, word) == 0 &&
	    ts->t[i].type != TK_STR;
}

static void
check_drop(struct sqlcheck *c, size_t n, const char *name)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (c[i].live && strcmp(c[i].name, name) == 0)
			c[i].live = 0;
}

/*
 * Every CHECK (column IN (...)) of CREATE TABLE and ALTER TABLE, named
 * as PostgreSQL names them (table_column_check unless CONSTRAINT gives
 * a name); DROP CONSTRAINT takes one away again.
 */
static size_t
schema_checks(const struct tokens *ts, struct sqlcheck *c)
{
	const char	*table = NULL;
	size_t		 i, k, n = 0, start = 1;

	for (i = 0; i < ts->n; i++) {
		if (is(ts, i, ";")) {
			table = NULL;
			start = 1;
			continue;
		}
		if (start) {
			start = 0;
			if ((is(ts, i, "create") || is(ts, i, "alter")) &&
			    is(ts, i + 1, "table")) {
				k = i + 2;
				while (is(ts, k, "if") || is(ts, k, "not") ||
				    is(ts, k, "exists") || is(ts, k, "only"))
					k++;
				if (k < ts->n)
					table = ts->t[k].text;
			}
		}
		if (table == NULL)
			continue;
		if (is(ts, i, "drop") && is(ts, i + 1, "constraint")) {
			k = i + 2;
			while (is(ts, k, "if") || is(ts, k, "exists"))
				k++;
			if (k < ts->n)
				check_drop(c, n, ts->t[k].text);
			continue;
		}
		if (!is(ts, i, "check") || !is(ts, i + 1, "(") ||
		    i + 3 >= ts->n || ts->t[i + 2].type != TK_WORD ||
		    !is(ts, i + 3, "in") || !is(ts, i + 4, "("))
			continue;
		ck_assert_int_lt(n, MAX_CHECKS);
		memset(&c[n], 0, sizeof(c[n]));
		snprintf(c[n].table, sizeof(c[n].table), "%s", table);
		snprintf(c[n].column, sizeof(c[n].column), "%s",
		    ts->t[i + 2].text);
		if (i >= 2 && is(ts, i - 2, "constraint"))
			snprintf(c[n].name, sizeof(c[n].name), "%s",
			    ts->t[i - 1].text);
		else
			snprintf(c[n].name, sizeof(c[n].name), "%s_%s_check",
			    table, c[n].column);
		for (k = i + 5; k < ts->n && ts->t[k].type == TK_STR; k += 2) {
			ck_assert_uint_lt(c[n].ncodes, 32);
			c[n].codes[c[n].ncodes++] = ts->t[k].text;
			if (!is(ts, k + 1, ","))
				break;
		}
		ck_assert_msg(is(ts, k + 1, ")") && is(ts, k + 2, ")"),
		    "%s: CHECK (%s IN (...)) is not a plain list of codes",
		    c[n].table, c[n].column);
		check_drop(c, n, c[n].name);
		c[n++].live = 1;
	}
	return n;
}

/* Whether the SQL codes are the C list's, as a set. */
static void
same_set(const char *what, const char *const *sql, size_t nsql,
    const struct pair *list)
{
	size_t	 i, k;

	for (i = 0; i < nsql; i++) {
		for (k = 0; list[k].code != NULL; k++)
			if (strcmp(list[k].code, sql[i]) == 0)
				break;
		ck_assert_msg(list[k].code != NULL, "%s: '%s' is in the SQL "
		    "but not in wbcodes.h", what, sql[i]);
		for (k = 0; k < i; k++)
			ck_assert_msg(strcmp(sql[k], sql[i]) != 0,
			    "%s: '%s' twice in the SQL", what, sql[i]);
	}
	for (k = 0; list[k].code != NULL; k++) {
		for (i = 0; i < nsql; i++)
			if (strcmp(list[k].code, sql[i]) == 0)
				break;
		ck_assert_msg(i < nsql, "%s: '%s' is in wbcodes.h but not "
		    "in the SQL", what, list[k].code);
	}
}

START_TEST(test_sql_checks)
{
	struct tokens	 ts = { NULL, 0, 0 };
	struct sqlcheck	*c;
	char		 what[160];
	size_t		 n, i, k, found;

	ck_assert_ptr_nonnull(c = calloc(MAX_CHECKS, sizeof(*c)));
	lex_schema(&ts);
	n = schema_checks(&ts, c);
	for (k = 0; k < sizeof(checks) / sizeof(checks[0]); k++) {
		snprintf(what, sizeof(what), "%s.%s", checks[k].table,
		    checks[k].column);
		for (i = 0, found = 0; i < n; i++) {
			if (!c[i].live || strcmp(c[i].table,
			    checks[k].table) != 0 || strcmp(c[i].column,
			    checks[k].column) != 0)
				continue;
			same_set(what, c[i].codes, c[i].ncodes,
			    checks[k].list);
			found++;
		}
		ck_assert_msg(found == 1, "%s: %zu CHECK lists in sql/, "
		    "expected 1", what, found);
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
	tokens_free(&ts);
}
END_TEST

/* The labels of the causes the migrations insert: the first string of
 * each row of INSERT INTO whistle_cause ... VALUES. */
START_TEST(test_sql_causes)
{
	struct tokens	 ts = { NULL, 0, 0 };
	const char	*labels[64] = { NULL };
	size_t		 i, n = 0, depth;
	int		 in_values;

	lex_schema(&ts);
	for (i = 0; i + 2 < ts.n; i++) {
		if (!is(&ts, i, "insert") || !is(&ts, i + 1, "into") ||
		    !is(&ts, i + 2, "whistle_cause"))
			continue;
		ck_assert_msg(is(&ts, i + 3, "(") && is(&ts, i + 4, "label"),
		    "INSERT INTO whistle_cause: label must come first");
		for (in_values = 0, depth = 0; i < ts.n && !is(&ts, i, ";");
		    i++) {
			if (is(&ts, i, "values"))
				in_values = 1;
			else if (is(&ts, i, "("))
				depth++;
			else if (is(&ts, i, ")"))
				depth--;
			if (in_values && depth == 1 && is(&ts, i, "(")) {
				ck_assert_msg(ts.t[i + 1].type == TK_STR,
				    "a cause's label is not a literal");
				ck_assert_uint_lt(n, 64);
				labels[n++] = ts.t[i + 1].text;
			}
		}
	}
	same_set("the causes sql/ inserts", labels, n, causes);
	tokens_free(&ts);
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
