/*
 * Unit tests for i18n.c: the string tables, [[KEY]] markers, and the
 * real tables under $FRIST_SRC/templates/i18n (same keys in both).
 */
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

	if (src == NULL || *src == '\0')
		return;
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

Suite *
i18n_suite(void)
{
	Suite	*s = suite_create("i18n");
	TCase	*tc = tcase_create("tables");

	tcase_add_test(tc, test_parse);
	tcase_add_test(tc, test_mismatch);
	tcase_add_test(tc, test_expand);
	tcase_add_test(tc, test_real_tables);
	suite_add_tcase(s, tc);
	return s;
}
