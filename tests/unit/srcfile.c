/* srcfile: see srcfile.h. */
#include <ctype.h>
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "srcfile.h"
#include "tpl.h"

#define MAX_CHECKS	64

const char *
src_dir(void)
{
	const char	*src = getenv("FRIST_SRC");

	ck_assert_msg(src != NULL && *src != '\0', "FRIST_SRC is not set "
	    "(make unit sets it)");
	return src;
}

void
src_templates(void)
{
	char	 root[PATH_MAX];

	ck_assert_int_lt(snprintf(root, sizeof(root), "%s/templates",
	    src_dir()), (int)sizeof(root));
	ck_assert_int_eq(tpl_init(root), 0);
}

char *
src_read(const char *rel)
{
	char		 path[PATH_MAX], *buf;
	FILE		*f;
	long		 n;

	snprintf(path, sizeof(path), "%s/%s", src_dir(), rel);
	ck_assert_msg((f = fopen(path, "r")) != NULL, "cannot open %s", path);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t)n + 1);
	ck_assert_ptr_nonnull(buf);
	ck_assert_int_eq(fread(buf, 1, (size_t)n, f), n);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* --- SQL as tokens ------------------------------------------------------- */

static void
tok_add(struct sql_tokens *ts, enum sql_tok type, const char *s, size_t n,
    int lower)
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

void
sql_lex(struct sql_tokens *ts, const char *p)
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
			tok_add(ts, SQL_STR, val, n, 0);
			free(val);
		} else if (*p == '"') {
			ck_assert_ptr_nonnull(q = strchr(p + 1, '"'));
			tok_add(ts, SQL_WORD, p + 1, (size_t)(q - p - 1), 1);
			p = q + 1;
		} else if (isalnum((unsigned char)*p) || *p == '_') {
			for (q = p; isalnum((unsigned char)*q) || *q == '_' ||
			    *q == '.'; q++)
				;
			tok_add(ts, SQL_WORD, p, (size_t)(q - p), 1);
			p = q;
		} else
			tok_add(ts, SQL_PUNCT, p++, 1, 0);
	}
}

void
schema_lex(struct sql_tokens *ts)
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
			sql_lex(ts, sql);
			tok_add(ts, SQL_PUNCT, ";", 1, 0);
			free(sql);
			nsql++;
		}
		free(de[i]);
	}
	free(de);
	ck_assert_int_ge(nsql, 4);
}

void
sql_tokens_free(struct sql_tokens *ts)
{
	size_t	 i;

	for (i = 0; i < ts->n; i++)
		free(ts->t[i].text);
	free(ts->t);
	ts->t = NULL;
	ts->n = ts->cap = 0;
}

int
sql_is(const struct sql_tokens *ts, size_t i, const char *word)
{
	return i < ts->n && strcmp(ts->t[i].text, word) == 0 &&
	    ts->t[i].type != SQL_STR;
}

/* --- CHECK (column IN ('a', ...)) ---------------------------------------- */

static void
check_drop(struct sql_check *c, size_t n, const char *name)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (c[i].live && strcmp(c[i].name, name) == 0)
			c[i].live = 0;
}

struct sql_check *
schema_checks(const struct sql_tokens *ts, size_t *np)
{
	struct sql_check	*c;
	const char		*table = NULL;
	size_t			 i, k, n = 0, start = 1;
	int			 arr;

	ck_assert_ptr_nonnull(c = calloc(MAX_CHECKS, sizeof(*c)));
	for (i = 0; i < ts->n; i++) {
		if (sql_is(ts, i, ";")) {
			table = NULL;
			start = 1;
			continue;
		}
		if (start) {
			start = 0;
			if ((sql_is(ts, i, "create") || sql_is(ts, i,
			    "alter")) && sql_is(ts, i + 1, "table")) {
				k = i + 2;
				while (sql_is(ts, k, "if") ||
				    sql_is(ts, k, "not") ||
				    sql_is(ts, k, "exists") ||
				    sql_is(ts, k, "only"))
					k++;
				if (k < ts->n)
					table = ts->t[k].text;
			}
		}
		if (table == NULL)
			continue;
		if (sql_is(ts, i, "drop") && sql_is(ts, i + 1, "constraint")) {
			k = i + 2;
			while (sql_is(ts, k, "if") || sql_is(ts, k, "exists"))
				k++;
			if (k < ts->n)
				check_drop(c, n, ts->t[k].text);
			continue;
		}
		if (!sql_is(ts, i, "check") || !sql_is(ts, i + 1, "(") ||
		    i + 3 >= ts->n || ts->t[i + 2].type != SQL_WORD)
			continue;
		/* column IN ('a', ...), or an array's column <@ ARRAY['a', ...] */
		if (sql_is(ts, i + 3, "in") && sql_is(ts, i + 4, "("))
			arr = 0, k = i + 5;
		else if (sql_is(ts, i + 3, "<") && sql_is(ts, i + 4, "@") &&
		    sql_is(ts, i + 5, "array") && sql_is(ts, i + 6, "["))
			arr = 1, k = i + 7;
		else
			continue;
		ck_assert_int_lt(n, MAX_CHECKS);
		snprintf(c[n].table, sizeof(c[n].table), "%s", table);
		snprintf(c[n].column, sizeof(c[n].column), "%s",
		    ts->t[i + 2].text);
		if (i >= 2 && sql_is(ts, i - 2, "constraint"))
			snprintf(c[n].name, sizeof(c[n].name), "%s",
			    ts->t[i - 1].text);
		else
			snprintf(c[n].name, sizeof(c[n].name), "%s_%s_check",
			    table, c[n].column);
		for (; k < ts->n && ts->t[k].type == SQL_STR; k += 2) {
			ck_assert_uint_lt(c[n].ncodes, SQL_CHECK_CODES);
			c[n].codes[c[n].ncodes++] = ts->t[k].text;
			if (!sql_is(ts, k + 1, ","))
				break;
		}
		ck_assert_msg(arr ? sql_is(ts, k + 1, "]") :
		    sql_is(ts, k + 1, ")") && sql_is(ts, k + 2, ")"),
		    "%s: CHECK (%s %s) is not a plain list of codes",
		    c[n].table, c[n].column, arr ? "<@ ARRAY[...]" : "IN (...)");
		check_drop(c, n, c[n].name);
		c[n++].live = 1;
	}
	*np = n;
	return c;
}

const struct sql_check *
schema_check(const struct sql_check *c, size_t n, const char *table,
    const char *column)
{
	const struct sql_check	*one = NULL;
	size_t			 i, found = 0;

	for (i = 0; i < n; i++) {
		if (!c[i].live || strcmp(c[i].table, table) != 0 ||
		    strcmp(c[i].column, column) != 0)
			continue;
		one = &c[i];
		found++;
	}
	ck_assert_msg(found == 1, "%s.%s: %zu CHECK lists in sql/, "
	    "expected 1", table, column, found);
	return one;
}

void
codes_same_set(const char *what, const char *const *sql, size_t nsql,
    const char *const *want, const char *clist)
{
	size_t	 i, k;

	for (i = 0; i < nsql; i++) {
		for (k = 0; want[k] != NULL; k++)
			if (strcmp(want[k], sql[i]) == 0)
				break;
		ck_assert_msg(want[k] != NULL, "%s: '%s' is in the SQL "
		    "but not in %s", what, sql[i], clist);
		for (k = 0; k < i; k++)
			ck_assert_msg(strcmp(sql[k], sql[i]) != 0,
			    "%s: '%s' twice in the SQL", what, sql[i]);
	}
	for (k = 0; want[k] != NULL; k++) {
		for (i = 0; i < nsql; i++)
			if (strcmp(want[k], sql[i]) == 0)
				break;
		ck_assert_msg(i < nsql, "%s: '%s' is in %s but not "
		    "in the SQL", what, want[k], clist);
	}
}
