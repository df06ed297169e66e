/*
 * Unit tests for i18n.c: the string tables, [[KEY]] markers, and the
 * real tables under $FRIST_SRC/templates/i18n (same keys in both).
 */
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "i18n.h"

/* Collected by check_main.c; declared here for -Wmissing-prototypes. */
Suite	*i18n_suite(void);

static int
parse(enum lang l, const char *text)
{
	int		 line;
	const char	*why;

	return i18n_parse(l, text, strlen(text), &line, &why);
}

static char *
expand(enum lang l, const char *text, char **bad)
{
	size_t	 n;

	return i18n_expand(l, text, strlen(text), &n, bad);
}

START_TEST(test_parse)
{
	int		 line;
	const char	*why, *bad = "# c\nOK = fine\nnot a key = x\n";

	i18n_reset();
	ck_assert_int_eq(parse(LANG_DA, "# kommentar\n\nHELLO = Hej  \n"
	    "  EMPTY =\nMARKUP = <strong>{{NAME}}</strong>\r\nB_2=to\n"), 0);
	ck_assert_str_eq(i18n_str(LANG_DA, "HELLO"), "Hej");
	ck_assert_str_eq(i18n_str(LANG_DA, "EMPTY"), "");
	ck_assert_str_eq(i18n_str(LANG_DA, "MARKUP"), "<strong>{{NAME}}</strong>");
	ck_assert_str_eq(i18n_str(LANG_DA, "B_2"), "to");
	/* A missing key gives itself: visible, never a crash. */
	ck_assert_str_eq(i18n_str(LANG_DA, "NOPE"), "NOPE");
	ck_assert_str_eq(i18n_str(LANG_DA, "HELL"), "HELL");
	ck_assert_str_eq(i18n_str(LANG_DA, "HELLOX"), "HELLOX");

	i18n_reset();
	ck_assert_int_eq(i18n_parse(LANG_DA, bad, strlen(bad), &line, &why), -1);
	ck_assert_int_eq(line, 3);
	i18n_reset();
	ck_assert_int_eq(parse(LANG_DA, "A = 1\nA = 2\n"), -1);
	i18n_reset();
	ck_assert_int_eq(parse(LANG_DA, "A 1\n"), -1);
	i18n_reset();
	ck_assert_int_eq(parse(LANG_DA, "= 1\n"), -1);
	i18n_reset();
}
END_TEST

START_TEST(test_mismatch)
{
	i18n_reset();
	ck_assert_int_eq(parse(LANG_DA, "A = a\nB = b\n"), 0);
	ck_assert_int_eq(parse(LANG_EN, "A = a\n"), 0);
	ck_assert_str_eq(i18n_mismatch(), "B");
	i18n_reset();
	ck_assert_int_eq(parse(LANG_DA, "A = a\n"), 0);
	ck_assert_int_eq(parse(LANG_EN, "A = a\nC = c\n"), 0);
	ck_assert_str_eq(i18n_mismatch(), "C");
	i18n_reset();
	ck_assert_int_eq(parse(LANG_DA, "A = a\n"), 0);
	ck_assert_int_eq(parse(LANG_EN, "A = x\n"), 0);
	ck_assert_ptr_null(i18n_mismatch());
	i18n_reset();
}
END_TEST

START_TEST(test_expand)
{
	char	*out, *bad;

	i18n_reset();
	ck_assert_int_eq(parse(LANG_DA, "T = Tekst\nQ =\n"), 0);
	ck_assert_int_eq(parse(LANG_EN, "T = Text\nQ = ?lang=en\n"), 0);
	out = expand(LANG_EN, "<a href=\"/x[[Q]]\">[[T]]</a>[[T]]", &bad);
	ck_assert_str_eq(out, "<a href=\"/x?lang=en\">Text</a>Text");
	free(out);
	out = expand(LANG_DA, "<a href=\"/x[[Q]]\">[[T]]</a>", &bad);
	ck_assert_str_eq(out, "<a href=\"/x\">Tekst</a>");
	free(out);
	/* What is no marker stays as it is. */
	out = expand(LANG_DA, "[[ [[t]] [[T [x]] [[", &bad);
	ck_assert_str_eq(out, "[[ [[t]] [[T [x]] [[");
	free(out);
	out = expand(LANG_DA, "", &bad);
	ck_assert_str_eq(out, "");
	free(out);
	/* An unknown key stops the expansion and is named. */
	ck_assert_ptr_null(expand(LANG_DA, "a [[NOPE]] b", &bad));
	ck_assert_str_eq(bad, "NOPE");
	free(bad);
	i18n_reset();
}
END_TEST

/* The real tables: both load, and they have the same keys. */
START_TEST(test_real_tables)
{
	const char	*src = getenv("FRIST_SRC");
	char		 dir[PATH_MAX];

	ck_assert_msg(src != NULL && *src != '\0', "FRIST_SRC is not set "
	    "(make unit sets it)");
	snprintf(dir, sizeof(dir), "%s/templates/i18n", src);
	ck_assert_int_eq(i18n_load(dir), 0);
	ck_assert_ptr_null(i18n_mismatch());
	ck_assert_str_eq(i18n_str(LANG_DA, "LANG"), "da");
	ck_assert_str_eq(i18n_str(LANG_EN, "LANG"), "en");
	ck_assert_str_eq(i18n_str(LANG_DA, "LQ"), "");
	ck_assert_str_eq(i18n_str(LANG_EN, "LQ"), "?lang=en");
	i18n_reset();
}
END_TEST

/*
 * Every key the C code names as a literal ("G_...") is in both tables:
 * the programs check the templates' markers at start, but a key in C
 * that is in no table would show as itself.
 */
static int
keys_in_file(const char *path, const char **missing)
{
	static char	 key[128];
	FILE		*f;
	char		*buf;
	long		 sz;
	const char	*p, *e;
	size_t		 n;
	int		 found = 0;

	if ((f = fopen(path, "r")) == NULL)
		return -1;
	ck_assert_int_eq(fseek(f, 0, SEEK_END), 0);
	ck_assert_int_ge(sz = ftell(f), 0);
	rewind(f);
	ck_assert_ptr_nonnull(buf = malloc((size_t)sz + 1));
	ck_assert_uint_eq(fread(buf, 1, (size_t)sz, f), (size_t)sz);
	buf[sz] = '\0';
	fclose(f);
	*missing = NULL;
	for (p = buf; (p = strstr(p, "\"G_")) != NULL; p = e) {
		for (e = ++p; (*e >= 'A' && *e <= 'Z') || (*e >= '0' &&
		    *e <= '9') || *e == '_'; e++)
			continue;
		n = (size_t)(e - p);
		/* A prefix completed in C ("G_APPLY_BUDGET_TEXT_" #n). */
		if (*e != '"' || p[n - 1] == '_' || n >= sizeof(key))
			continue;
		memcpy(key, p, n);
		key[n] = '\0';
		found++;
		if (strcmp(i18n_str(LANG_DA, key), key) == 0 ||
		    strcmp(i18n_str(LANG_EN, key), key) == 0) {
			*missing = key;
			break;
		}
	}
	free(buf);
	return found;
}

START_TEST(test_c_keys)
{
	const char	*src = getenv("FRIST_SRC"), *missing;
	char		 dir[PATH_MAX], path[PATH_MAX];
	DIR		*d;
	struct dirent	*de;
	size_t		 n;
	int		 found, total = 0;

	ck_assert_msg(src != NULL && *src != '\0', "FRIST_SRC is not set "
	    "(make unit sets it)");
	snprintf(dir, sizeof(dir), "%s/templates/i18n", src);
	ck_assert_int_eq(i18n_load(dir), 0);
	snprintf(dir, sizeof(dir), "%s/cgi/portal", src);
	ck_assert_ptr_nonnull(d = opendir(dir));
	while ((de = readdir(d)) != NULL) {
		n = strlen(de->d_name);
		if (n < 3 || strcmp(de->d_name + n - 2, ".c") != 0)
			continue;
		ck_assert_int_lt(snprintf(path, sizeof(path), "%s/%s", dir,
		    de->d_name), (int)sizeof(path));
		found = keys_in_file(path, &missing);
		ck_assert_msg(missing == NULL, "%s: %s is in no table", path,
		    missing);
		total += found;
	}
	closedir(d);
	snprintf(path, sizeof(path), "%s/cgi/lib/grant.c", src);
	ck_assert_int_gt(keys_in_file(path, &missing), 0);
	ck_assert_msg(missing == NULL, "grant.c: %s is in no table", missing);
	ck_assert_int_gt(total, 50);
	/* Keys made in C: the budget lines' labels, kinds in a sentence. */
	for (n = 1; n <= 8; n++) {
		snprintf(path, sizeof(path), "G_APPLY_BUDGET_TEXT_%zu", n);
		ck_assert_str_ne(i18n_str(LANG_EN, path), path);
		snprintf(path, sizeof(path), "G_APPLY_BUDGET_AMOUNT_%zu", n);
		ck_assert_str_ne(i18n_str(LANG_EN, path), path);
	}
	ck_assert_str_eq(i18n_str(LANG_DA, "G_KIND_STATUS_LC"), "statusrapport");
	ck_assert_str_eq(i18n_str(LANG_EN, "G_KIND_ACCOUNTS_LC"), "accounts");
	i18n_reset();
}
END_TEST

Suite *
i18n_suite(void)
{
	Suite	*s = suite_create("i18n");
	TCase	*tc = tcase_create("tables");

	tcase_add_test(tc, test_parse);
	tcase_add_test(tc, test_mismatch);
	tcase_add_test(tc, test_expand);
	tcase_add_test(tc, test_real_tables);
	tcase_add_test(tc, test_c_keys);
	suite_add_tcase(s, tc);
	return s;
}
