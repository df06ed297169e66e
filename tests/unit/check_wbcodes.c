/*
 * The whistleblower code lists (wbcodes.h) against the report form's
 * options in $FRIST_SRC/templates/whistle/form.tpl: the same codes, in
 * the same order, each with the section form_fill() shows for it when
 * chosen and the label key of the list.
 */
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "wbcodes.h"

/* Collected by check_main.c; declared here for -Wmissing-prototypes. */
Suite	*wbcodes_suite(void);

struct pair {
	const char	*code, *key;
};

#define PAIR(c, k)	{ c, k },
static const struct pair offers[] = { WB_OFFERS(PAIR) { NULL, NULL } };
static const struct pair relations[] = { WB_RELATIONS(PAIR) { NULL, NULL } };

static char *
form_tpl(void)
{
	const char	*src = getenv("FRIST_SRC");
	char		 path[PATH_MAX], *buf;
	FILE		*f;
	long		 n;

	ck_assert_msg(src != NULL && *src != '\0', "FRIST_SRC is not set");
	snprintf(path, sizeof(path), "%s/templates/whistle/form.tpl", src);
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

/* s in capitals, as form_fill() names the section of a choice. */
static void
upper(char *out, size_t n, const char *s)
{
	size_t	 i;

	for (i = 0; s[i] != '\0' && i + 1 < n; i++)
		out[i] = (char)toupper((unsigned char)s[i]);
	out[i] = '\0';
}

/* The options of <select id="field"> must be exactly list. */
static void
check_select(const char *tpl, const char *field, const struct pair *list)
{
	char		 open[64], line[512], sec[64], up[128];
	const char	*p, *end, *opt;
	size_t		 i;

	snprintf(open, sizeof(open), "<select id=\"%s\"", field);
	ck_assert_msg((p = strstr(tpl, open)) != NULL, "no %s", open);
	ck_assert_ptr_nonnull(end = strstr(p, "</select>"));
	/* The empty choice first. */
	opt = strstr(p, "<option value=\"\">");
	ck_assert_msg(opt != NULL && opt < end, "%s: no empty option", field);
	upper(sec, sizeof(sec), field);
	for (i = 0, p = opt + 1; list[i].code != NULL; i++, p = opt + 1) {
		opt = strstr(p, "<option value=\"");
		ck_assert_msg(opt != NULL && opt < end,
		    "%s: option %s is missing", field, list[i].code);
		upper(up, sizeof(up), list[i].code);
		snprintf(line, sizeof(line), "<option value=\"%s\"{{#%s_%s}}"
		    " selected{{/%s_%s}}>[[%s]]</option>", list[i].code, sec, up,
		    sec, up, list[i].key);
		ck_assert_msg(strncmp(opt, line, strlen(line)) == 0,
		    "%s: option %zu should be\n  %s", field, i + 1, line);
	}
	opt = strstr(p, "<option value=\"");
	ck_assert_msg(opt == NULL || opt > end, "%s: more options than codes",
	    field);
}

START_TEST(test_offer_options)
{
	char	*tpl = form_tpl();

	check_select(tpl, "offer_type", offers);
	free(tpl);
}
END_TEST

START_TEST(test_relation_options)
{
	char	*tpl = form_tpl();

	check_select(tpl, "relation", relations);
	free(tpl);
}
END_TEST

Suite *
wbcodes_suite(void)
{
	Suite	*s = suite_create("wbcodes");
	TCase	*tc = tcase_create("form");

	tcase_add_test(tc, test_offer_options);
	tcase_add_test(tc, test_relation_options);
	suite_add_tcase(s, tc);
	return s;
}
