/*
 * Unit tests for form.c: a form put back on the page.  The values go
 * into a template dictionary, which is expanded with small in-memory
 * templates in the markup form.h describes, so each test sees what the
 * page would show: the typed values, each error under its own field, the
 * summary, the chosen options, amounts in Danish notation.
 */
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "form.h"
#include "http.h"
#include "tpl.h"
#include "util.h"
#include "valid.h"

Suite	*form_suite(void);

#define PRAGMA	"{{%AUTOESCAPE context=\"HTML\"}}\n"

/* A form as the pages write it (form.h), cut down to five fields. */
static const char form_tpl[] = PRAGMA
    "{{#HAS_ERRORS}}<ul class=\"sum\">{{#ERRORS}}"
    "<li><a href=\"#{{FIELD}}\">{{MSG}}</a></li>{{/ERRORS}}</ul>"
    "{{/HAS_ERRORS}}\n"
    "<input id=\"org_name\" value=\"{{ORG_NAME}}\">"
    "{{#ORG_NAME_ERR}}<p id=\"org_name-err\">{{MSG}}</p>{{/ORG_NAME_ERR}}\n"
    "<input id=\"amount\" value=\"{{AMOUNT}}\">"
    "{{#AMOUNT_ERR}}<p id=\"amount-err\">{{MSG}}</p>{{/AMOUNT_ERR}}\n"
    "<input id=\"count\" value=\"{{COUNT}}\">"
    "{{#COUNT_ERR}}<p id=\"count-err\">{{MSG}}</p>{{/COUNT_ERR}}\n"
    "<select id=\"status\">"
    "<option value=\"open\"{{#STATUS_OPEN}} selected{{/STATUS_OPEN}}>"
    "<option value=\"closed\"{{#STATUS_CLOSED}} selected{{/STATUS_CLOSED}}>"
    "</select>{{#STATUS_ERR}}<p id=\"status-err\">{{MSG}}</p>{{/STATUS_ERR}}\n"
    "<input id=\"agree\" type=\"checkbox\"{{#AGREE_ON}} checked{{/AGREE_ON}}>"
    "{{#AGREE_ERR}}<p id=\"agree-err\">{{MSG}}</p>{{/AGREE_ERR}}\n";

/* One value and one section, for form_set/form_amount/form_choice. */
static const char small_tpl[] = PRAGMA
    "[{{V}}|{{POOL_NAME}}|{{REQUESTED}}]"
    "{{#REG_OFFER_TYPE_FRI_PLADS_2}}(fri){{/REG_OFFER_TYPE_FRI_PLADS_2}}"
    "{{#REG_OFFER_TYPE_FRI}}(kort){{/REG_OFFER_TYPE_FRI}}"
    "{{#STATUS_DRAFT}}(kladde){{/STATUS_DRAFT}}"
    "{{#STATUS_OPEN}}(åben){{/STATUS_OPEN}}\n";

static const char *const statuses[] = { "open", "closed", NULL };

enum { F_ORG, F_AMOUNT, F_COUNT, F_STATUS, F_AGREE, F__MAX };

static const struct valid_field fields[F__MAX] = {
	[F_ORG] = { "org_name", "Organisation", VT_LINE, VF_REQUIRED, 1, 200,
	    NULL },
	[F_AMOUNT] = { "amount", "Beløb", VT_AMOUNT, VF_REQUIRED, 0, 0, NULL },
	[F_COUNT] = { "count", "Antal", VT_INT, 0, 1, 10, NULL },
	[F_STATUS] = { "status", "Status", VT_ENUM, VF_REQUIRED, 0, 0,
	    statuses },
	[F_AGREE] = { "agree", "Accept", VT_BOOL, 0, 0, 0, NULL },
};

static struct arena	 ar;

static void
setup(void)
{
	memset(&ar, 0, sizeof(ar));
	valid_set_lang(LANG_DA);
	ck_assert_int_eq(tpl_register("t_form.tpl", form_tpl), 0);
	ck_assert_int_eq(tpl_register("t_small.tpl", small_tpl), 0);
}

static void
teardown(void)
{
	arena_free(&ar);
}

/* Expands file with d and frees d; the result lives in the arena. */
static const char *
render(const char *file, struct tpl_dict *d)
{
	size_t	 len = 0;
	char	*out, *copy;

	out = tpl_expand(file, d, &len);
	ck_assert_msg(out != NULL, "cannot expand %s", file);
	tpl_dict_free(d);
	copy = arena_strdup(&ar, out);
	free(out);
	return copy;
}

/* The pairs of a urlencoded body, as the HTTP layer gives them. */
static struct kvlist
body(const char *s)
{
	static const struct http_limits lim = { 1 << 16, 50, 1000, 0, 0 };
	struct kvlist	 l = { 0 };
	const char	*why = NULL;

	ck_assert_int_eq(http_parse_urlencoded(&ar, s, strlen(s), &lim, &l,
	    &why), 0);
	return l;
}

#define ck_has(out, s)	ck_assert_msg(strstr((out), (s)) != NULL, \
			    "no %s in:\n%s", (s), (out))
#define ck_hasnt(out, s) ck_assert_msg(strstr((out), (s)) == NULL, \
			    "%s in:\n%s", (s), (out))

/* The text between the field's input and the next line: its error, if any. */
static const char *
line_of(const char *out, const char *id)
{
	const char	*p, *e;

	p = strstr(out, arena_printf(&ar, "id=\"%s\"", id));
	ck_assert_msg(p != NULL, "no field %s in:\n%s", id, out);
	e = strchr(p, '\n');
	return arena_strndup(&ar, p, e != NULL ? (size_t)(e - p) : strlen(p));
}

START_TEST(test_fill_valid)
{
	struct kvlist		 in;
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 m[F__MAX];
	struct tpl_dict		*d;
	const char		*out;

	in = body("org_name=++Foreningen+%3CFrit+Valg%3E+%26+co++"
	    "&amount=12.345%2C5&count=7&status=closed&agree=on");
	ck_assert_uint_eq(valid_form(fields, F__MAX, &in, v, m), 0);
	d = tpl_dict_new("t");
	form_fill(d, fields, F__MAX, &in, v);
	out = render("t_form.tpl", d);

	/* The checked values, trimmed, escaped once by the template. */
	ck_has(out, "value=\"Foreningen &lt;Frit Valg&gt; &amp; co\"");
	ck_hasnt(out, "&amp;amp;");
	/* An amount stays as typed. */
	ck_has(out, "id=\"amount\" value=\"12.345,5\"");
	ck_has(out, "id=\"count\" value=\"7\"");
	ck_has(out, "<option value=\"closed\" selected>");
	ck_hasnt(out, "<option value=\"open\" selected>");
	ck_has(out, "type=\"checkbox\" checked>");
	/* No errors: no summary, no message anywhere. */
	ck_hasnt(out, "class=\"sum\"");
	ck_hasnt(out, "-err\"");
}
END_TEST

START_TEST(test_fill_errors)
{
	struct kvlist		 in;
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 m[F__MAX];
	struct tpl_dict		*d;
	const char		*out, *l;

	/* A name, a wrong amount, a count out of range, no status. */
	in = body("org_name=Frit+Valg&amount=12%2C345&count=11&agree=");
	ck_assert_uint_eq(valid_form(fields, F__MAX, &in, v, m), 3);
	ck_assert_ptr_nonnull(v[F_AMOUNT].err);
	ck_assert_ptr_nonnull(v[F_COUNT].err);
	ck_assert_ptr_nonnull(v[F_STATUS].err);
	d = tpl_dict_new("t");
	form_fill(d, fields, F__MAX, &in, v);
	out = render("t_form.tpl", d);

	/* What was typed is shown again, the wrong values too. */
	ck_has(out, "id=\"org_name\" value=\"Frit Valg\"");
	ck_has(out, "id=\"amount\" value=\"12,345\"");
	ck_has(out, "id=\"count\" value=\"11\"");
	ck_hasnt(out, " selected>");
	ck_hasnt(out, " checked>");

	/* Each message under its own field, none under the good ones. */
	l = line_of(out, "org_name");
	ck_hasnt(l, "-err");
	l = line_of(out, "amount");
	ck_has(l, arena_printf(&ar, "<p id=\"amount-err\">%s</p>",
	    v[F_AMOUNT].err));
	l = line_of(out, "count");
	ck_has(l, "<p id=\"count-err\">");
	ck_has(l, "Antal");
	l = line_of(out, "status");
	ck_has(l, "<p id=\"status-err\">");
	ck_has(l, "Status");
	ck_hasnt(line_of(out, "agree"), "-err");

	/* The summary: every error once, in the order of the form, each
	 * linking to its field. */
	ck_has(out, "<ul class=\"sum\"><li><a href=\"#amount\">");
	ck_has(out, "href=\"#count\"");
	ck_has(out, "href=\"#status\"");
	ck_assert_msg(strstr(out, "href=\"#amount\"") <
	    strstr(out, "href=\"#count\"") && strstr(out, "href=\"#count\"") <
	    strstr(out, "href=\"#status\""), "summary order:\n%s", out);
	ck_hasnt(out, "href=\"#org_name\"");
	ck_hasnt(out, "href=\"#agree\"");
	ck_assert_ptr_null(strstr(strstr(out, "href=\"#amount\"") + 1,
	    "href=\"#amount\""));
}
END_TEST

/* Without checked values (a form shown for the first time from a query):
 * only what came in, and no errors. */
START_TEST(test_fill_input_only)
{
	struct kvlist	 in;
	struct tpl_dict	*d;
	const char	*out;

	in = body("org_name=Frit+Valg&status=open&agree=on&count=x");
	d = tpl_dict_new("t");
	form_fill(d, fields, F__MAX, &in, NULL);
	out = render("t_form.tpl", d);
	ck_has(out, "id=\"org_name\" value=\"Frit Valg\"");
	ck_has(out, "id=\"count\" value=\"x\"");
	/* Missing from the input: empty, not "(null)". */
	ck_has(out, "id=\"amount\" value=\"\"");
	ck_has(out, "<option value=\"open\" selected>");
	/* A checkbox counts only once checked. */
	ck_hasnt(out, " checked>");
	ck_hasnt(out, "class=\"sum\"");
	ck_hasnt(out, "-err\"");
}
END_TEST

/* A value from the database beats nothing, and the typed one beats it. */
START_TEST(test_fill_over_stored)
{
	struct kvlist		 in;
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 m[F__MAX];
	struct tpl_dict		*d;
	const char		*out;

	in = body("org_name=Ny+forening&amount=5&status=open");
	ck_assert_uint_eq(valid_form(fields, F__MAX, &in, v, m), 0);
	d = tpl_dict_new("t");
	form_set(d, "org_name", "Gammel forening");
	form_set(d, "count", "3");
	form_fill(d, fields, F__MAX, &in, v);
	out = render("t_form.tpl", d);
	ck_has(out, "id=\"org_name\" value=\"Ny forening\"");
	ck_hasnt(out, "Gammel");
	/* Not in the form: empty (form_fill sets every field). */
	ck_has(out, "id=\"count\" value=\"\"");
}
END_TEST

START_TEST(test_set)
{
	struct tpl_dict	*d = tpl_dict_new("t");
	const char	*out;

	form_set(d, "pool_name", "Pulje <1> & \"2\"");
	form_set(d, "v", "lille");
	out = render("t_small.tpl", d);
	ck_has(out, "[lille|Pulje &lt;1&gt; &amp; &quot;2&quot;|]");
}
END_TEST

static const struct {
	const char	*ore, *shown;
} amounts[] = {
	{ "1234500", "12.345,00" },
	{ "0", "0,00" },
	{ "5", "0,05" },
	{ "99", "0,99" },
	{ "100", "1,00" },
	{ "123456", "1.234,56" },
	{ "100000000", "1.000.000,00" },
	{ "-1234500", "-12.345,00" },
	{ "-7", "-0,07" },
	{ "250000000000", "2.500.000.000,00" },
	{ "", "0,00" },		/* a NULL column (db_val gives "") */
};

START_TEST(test_amount)
{
	struct tpl_dict	*d = tpl_dict_new("t");
	const char	*out;

	form_amount(d, "REQUESTED", amounts[_i].ore);
	out = render("t_small.tpl", d);
	ck_has(out, arena_printf(&ar, "[||%s]", amounts[_i].shown));
}
END_TEST

START_TEST(test_choice)
{
	struct tpl_dict	*d;
	const char	*out;

	d = tpl_dict_new("t");
	form_choice(d, "status", "draft");
	out = render("t_small.tpl", d);
	ck_has(out, "(kladde)");
	ck_hasnt(out, "(åben)");

	/* Upper-cased; anything but letters and digits becomes '_'. */
	d = tpl_dict_new("t");
	form_choice(d, "reg_offer_type", "fri-plads 2");
	out = render("t_small.tpl", d);
	ck_has(out, "(fri)");
	ck_hasnt(out, "(kort)");
	ck_hasnt(out, "(kladde)");

	/* Nothing chosen: nothing shown. */
	d = tpl_dict_new("t");
	out = render("t_small.tpl", d);
	ck_hasnt(out, "(");
}
END_TEST

/* An error that no field's format gives (a sum too large): under that
 * field and in the summary. */
START_TEST(test_error)
{
	struct tpl_dict	*d;
	const char	*out;

	d = tpl_dict_new("t");
	form_set(d, "amount", "999.999,00");
	form_error(d, "amount", "Beløbet er større end puljen <1 mio.>.");
	form_error(d, "org_name", "Organisationen har allerede søgt.");
	out = render("t_form.tpl", d);
	ck_has(line_of(out, "amount"), "value=\"999.999,00\"><p id=\"amount-err"
	    "\">Beløbet er større end puljen &lt;1 mio.&gt;.</p>");
	ck_has(line_of(out, "org_name"), "<p id=\"org_name-err\">"
	    "Organisationen har allerede søgt.</p>");
	ck_hasnt(line_of(out, "count"), "-err");
	/* The summary in the order they were added. */
	ck_has(out, "<ul class=\"sum\"><li><a href=\"#amount\">Beløbet er "
	    "større end puljen &lt;1 mio.&gt;.</a></li><li><a href=\"#org_name"
	    "\">Organisationen har allerede søgt.</a></li></ul>");
}
END_TEST

Suite *
form_suite(void)
{
	Suite	*s = suite_create("form");
	TCase	*tc = tcase_create("fill");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_fill_valid);
	tcase_add_test(tc, test_fill_errors);
	tcase_add_test(tc, test_fill_input_only);
	tcase_add_test(tc, test_fill_over_stored);
	tcase_add_test(tc, test_set);
	tcase_add_loop_test(tc, test_amount, 0,
	    (int)(sizeof(amounts) / sizeof(amounts[0])));
	tcase_add_test(tc, test_choice);
	tcase_add_test(tc, test_error);
	suite_add_tcase(s, tc);
	return s;
}
