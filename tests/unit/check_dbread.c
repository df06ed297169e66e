/*
 * The statements flagged DB_READ (db.h) may run on a replica, and once
 * more on the primary when the replica fails: each must be DB_IDEMPOTENT
 * and a plain read, a SELECT (or WITH ... SELECT) that writes nothing and
 * locks nothing.  Read from the programs' statement tables (main.c) and
 * their SQL (sql*.h), as text.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "srcfile.h"

Suite	*dbread_suite(void);

/* Appends to out the string literals of #define macro in one of the
 * files, lower case, with the macros it names expanded; -1 if none. */
static int
lits(const char *const *files, const char *macro, char *out, size_t *n,
    int depth)
{
	char	 def[96], id[96], *src = NULL, *p = NULL;
	size_t	 i, k, len;
	int	 rc = -1;

	if (depth > 4)
		return -1;
	len = (size_t)snprintf(def, sizeof(def), "#define %s", macro);
	for (i = 0; files[i] != NULL && p == NULL; i++) {
		free(src);
		src = src_read(files[i]);
		for (p = src; (p = strstr(p, def)) != NULL; p += len)
			if (p[len] == ' ' || p[len] == '\t')
				break;
	}
	if (p == NULL)
		goto out;
	/* Up to the first line without a continuation. */
	for (p += len; *p != '\0'; p++) {
		if (*p == '\n' && p[-1] != '\\')
			break;
		if (*p == '"') {
			for (p++; *p != '\0' && *p != '"'; p++) {
				if (*p == '\\' && p[1] != '\0')
					p++;
				out[(*n)++] = (char)tolower((unsigned char)*p);
			}
		} else if (isupper((unsigned char)*p)) {
			for (k = 0; k + 1 < sizeof(id) && (isupper((unsigned
			    char)*p) || isdigit((unsigned char)*p) || *p == '_');
			    p++)
				id[k++] = *p;
			id[k] = '\0';
			p--;
			ck_assert_msg(lits(files, id, out, n, depth + 1) == 0,
			    "%s names %s, which is not found", macro, id);
		}
	}
	rc = 0;
out:
	free(src);
	return rc;
}

/* The SQL of NAME_SQL, lower case, or NULL. */
static char *
sql_of(const char *const *files, const char *name)
{
	char	 macro[96], *out = calloc(1, 64 * 1024);
	size_t	 n = 0;

	ck_assert_ptr_nonnull(out);
	snprintf(macro, sizeof(macro), "%s_SQL", name);
	if (lits(files, macro, out, &n, 0) == -1) {
		free(out);
		return NULL;
	}
	return out;
}

static void
check_table(const char *mainc, const char *const *files)
{
	char		*src = src_read(mainc), *p, *end, *sql, name[80];
	const char	*bad[] = { "insert ", "update ", "delete ", "nextval(",
			    "for share", "pg_advisory", NULL };
	size_t		 len, i;
	int		 nread = 0;

	for (p = src; (p = strstr(p, "[STMT_")) != NULL; p = end) {
		if ((end = strstr(p, "),")) == NULL)
			break;
		len = (size_t)(end - p);
		/* Only the entries with the flag (a word of its own). */
		char	*entry = strndup(p, len);
		ck_assert_ptr_nonnull(entry);
		if (strstr(entry, "DB_READ") == NULL) {
			free(entry);
			continue;
		}
		nread++;
		ck_assert_msg(strstr(entry, "DB_IDEMPOTENT") != NULL,
		    "%s: a DB_READ entry without DB_IDEMPOTENT: %s", mainc,
		    entry);
		/* DB_STMT(NAME, ... or DB_STMT_AS(NAME, ... */
		ck_assert_msg(sscanf(strchr(entry, '(') + 1, "%79[A-Z0-9_]",
		    name) == 1, "%s: no statement in %s", mainc, entry);
		sql = sql_of(files, name);
		ck_assert_msg(sql != NULL, "%s: no %s_SQL", mainc, name);
		ck_assert_msg(strncmp(sql, "select ", 7) == 0 ||
		    strncmp(sql, "with ", 5) == 0, "%s_SQL is not a SELECT: %s",
		    name, sql);
		for (i = 0; bad[i] != NULL; i++)
			ck_assert_msg(strstr(sql, bad[i]) == NULL,
			    "%s_SQL, flagged DB_READ, has \"%s\"", name, bad[i]);
		free(sql);
		free(entry);
	}
	free(src);
	ck_assert_msg(nread > 0, "%s flags no statement DB_READ", mainc);
}

START_TEST(test_staff_reads)
{
	const char *const files[] = { "cgi/staff/sql.h",
	    "cgi/staff/sql_goals.h", "cgi/staff/sql_plan.h",
	    "cgi/staff/sql_goaladmin.h", "cgi/staff/sql_whistle.h",
	    "cgi/staff/sql_oblig.h", "cgi/staff/sql_mails.h", NULL };

	check_table("cgi/staff/main.c", files);
}
END_TEST

START_TEST(test_portal_reads)
{
	const char *const files[] = { "cgi/portal/sql.h", NULL };

	check_table("cgi/portal/main.c", files);
}
END_TEST

Suite *
dbread_suite(void)
{
	Suite	*s = suite_create("dbread");
	TCase	*tc = tcase_create("tables");

	tcase_add_test(tc, test_staff_reads);
	tcase_add_test(tc, test_portal_reads);
	suite_add_tcase(s, tc);
	return s;
}
