/*
 * Unit tests for tpl.cc (the ctemplate shim): auto-escaping, sections,
 * includes, and the real templates under $FRIST_SRC/templates.
 *
 * The first test case works on in-memory templates only.  tpl_init()
 * freezes the template cache, so the real templates are loaded in a test
 * case of their own, last; Check's fork mode keeps that out of the parent.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "tpl.h"

/* Collected by check_main.c; declared here for -Wmissing-prototypes. */
Suite	*tpl_suite(void);

#define PRAGMA	"{{%AUTOESCAPE context=\"HTML\"}}"

static const struct {
	const char	*name;
	const char	*text;
} mem[] = {
	{ "t_escape.tpl", PRAGMA "\n"
	    "<p>{{V}}</p>\n"
	    "<input value=\"{{V}}\">\n"
	    "<a href=\"{{URL}}\">lenke</a>\n" },
	{ "t_sec.tpl", PRAGMA "\n"
	    "[{{#ROW}}({{N}}){{/ROW}}]"
	    "[{{#NEVER}}skjult{{/NEVER}}]"
	    "[{{#EMPTY}}vist{{/EMPTY}}]\n" },
	{ "t_val.tpl", PRAGMA "\n"
	    "{{A}}|{{B}}|{{C}}|{{D}}|{{E}}|{{MISSING}}|\n" },
	{ "t_parent.tpl", PRAGMA "\n"
	    "P:{{X}}|{{>INC}}|{{Y}}\n" },
	{ "t_child.tpl", PRAGMA "\n"
	    "C:{{X}}:{{Y}}" },
	{ "t_text.tpl", PRAGMA "\n"
	    "<div class=\"text\">{{V:pre_escape}}</div><p>{{V}}</p>" },
};

static void
mem_setup(void)
{
	size_t	 i;

	for (i = 0; i < sizeof(mem) / sizeof(mem[0]); i++)
		ck_assert_msg(tpl_register(mem[i].name, mem[i].text) == 0,
		    "cannot register %s", mem[i].name);
}

/* Expands file with d; the result must be freed. */
static char *
expand(const char *file, const struct tpl_dict *d)
{
	size_t	 len = 0;
	char	*out;

	out = tpl_expand(file, d, &len);
	ck_assert_msg(out != NULL, "cannot expand %s", file);
	ck_assert_uint_eq(strlen(out), len);
	return out;
}

START_TEST(test_escape_html)
{
	struct tpl_dict	*d;
	char		*out;

	d = tpl_dict_new("t");
	tpl_set(d, "V", "<script>alert(\"x\")</script>&'");
	tpl_set(d, "URL", "/sag?id=1&x=2");
	out = expand("t_escape.tpl", d);
	ck_assert_msg(strstr(out, "<script>") == NULL, "raw script: %s", out);
	ck_assert_msg(strstr(out, "&lt;script&gt;") != NULL, "%s", out);
	ck_assert_msg(strstr(out, "<p>&lt;script&gt;alert(&quot;x&quot;)"
	    "&lt;/script&gt;&amp;&#39;</p>") != NULL, "%s", out);
	ck_assert_msg(strstr(out, "value=\"&lt;script&gt;alert(&quot;x&quot;)"
	    "&lt;/script&gt;&amp;&#39;\"") != NULL, "%s", out);
	ck_assert_msg(strstr(out, "href=\"/sag?id=1&amp;x=2\"") != NULL,
	    "%s", out);
	ck_assert_msg(strncmp(out, "{{", 2) != 0, "pragma in output: %s", out);
	free(out);
	tpl_dict_free(d);
}
END_TEST

START_TEST(test_escape_url)
{
	static const char *const bad[] = {
		"javascript:alert(1)",
		"JavaScript:alert(1)",
		"data:text/html,<script>alert(1)</script>",
		"vbscript:msgbox(1)",
	};
	struct tpl_dict	*d;
	char		*out;
	size_t		 i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		d = tpl_dict_new("t");
		tpl_set(d, "V", "");
		tpl_set(d, "URL", bad[i]);
		out = expand("t_escape.tpl", d);
		ck_assert_msg(strstr(out, "href=\"#\"") != NULL,
		    "%s not neutralised: %s", bad[i], out);
		ck_assert_msg(strstr(out, "alert") == NULL &&
		    strstr(out, "msgbox") == NULL, "%s", out);
		free(out);
		tpl_dict_free(d);
	}
}
END_TEST

START_TEST(test_sections)
{
	struct tpl_dict	*d, *row;
	char		*out;
	int		 i;

	d = tpl_dict_new("t");
	for (i = 1; i <= 3; i++) {
		row = tpl_section(d, "ROW");
		tpl_set_int(row, "N", i);
	}
	tpl_show(d, "EMPTY");
	out = expand("t_sec.tpl", d);
	ck_assert_msg(strncmp(out, "[(1)(2)(3)][][vist]", 19) == 0, "%s", out);
	free(out);
	tpl_dict_free(d);

	/* Nothing shown: every section is hidden. */
	d = tpl_dict_new("t");
	out = expand("t_sec.tpl", d);
	ck_assert_msg(strncmp(out, "[][][]", 6) == 0, "%s", out);
	free(out);
	tpl_dict_free(d);

	/* tpl_show twice still shows once; a row value is escaped. */
	d = tpl_dict_new("t");
	tpl_show(d, "EMPTY");
	tpl_show(d, "EMPTY");
	row = tpl_section(d, "ROW");
	tpl_set(row, "N", "<b>");
	out = expand("t_sec.tpl", d);
	ck_assert_msg(strncmp(out, "[(&lt;b&gt;)][][vist]", 21) == 0, "%s",
	    out);
	free(out);
	tpl_dict_free(d);
}
END_TEST

START_TEST(test_values)
{
	struct tpl_dict	*d;
	char		*out;

	d = tpl_dict_new("t");
	tpl_set_int(d, "A", -42);
	tpl_set_int(d, "B", 9223372036854775807LL);
	tpl_setf(d, "C", "%s-%03d", "sag", 7);
	tpl_setf(d, "D", "%.1f%%", 12.5);
	tpl_set(d, "E", NULL);
	out = expand("t_val.tpl", d);
	ck_assert_msg(strncmp(out, "-42|9223372036854775807|sag-007|12.5%|||",
	    40) == 0, "%s", out);
	free(out);

	/* A later value replaces the earlier one. */
	tpl_set(d, "A", "ny");
	out = expand("t_val.tpl", d);
	ck_assert_msg(strncmp(out, "ny|", 3) == 0, "%s", out);
	free(out);
	tpl_dict_free(d);
}
END_TEST

START_TEST(test_include)
{
	struct tpl_dict	*d, *inc;
	char		*out;

	d = tpl_dict_new("t");
	tpl_set(d, "X", "forælder");
	tpl_set(d, "Y", "<y>");
	inc = tpl_include(d, "INC", "t_child.tpl");
	tpl_set(inc, "Y", "barn & co");
	out = expand("t_parent.tpl", d);
	ck_assert_msg(strncmp(out, "P:forælder|C::barn &amp; co|&lt;y&gt;",
	    strlen("P:forælder|C::barn &amp; co|&lt;y&gt;")) == 0, "%s", out);
	free(out);
	tpl_dict_free(d);

	/* Not filled in: the include expands to nothing. */
	d = tpl_dict_new("t");
	out = expand("t_parent.tpl", d);
	ck_assert_msg(strncmp(out, "P:||", 4) == 0, "%s", out);
	free(out);
	tpl_dict_free(d);
}
END_TEST

START_TEST(test_unknown)
{
	struct tpl_dict	*d;
	size_t		 len = 12345;

	d = tpl_dict_new("t");
	ck_assert_ptr_null(tpl_expand("t_no_such_template.tpl", d, &len));
	tpl_dict_free(d);
}
END_TEST

/* --- the real templates --------------------------------------------------- */

static const char *
src_templates(char *buf, size_t bufsz)
{
	const char	*src = getenv("FRIST_SRC");

	/* Without it the real templates would go untested: fail, not skip. */
	ck_assert_msg(src != NULL && *src != '\0', "FRIST_SRC is not set "
	    "(make unit sets it)");
	ck_assert_int_lt(snprintf(buf, bufsz, "%s/templates", src), (int)bufsz);
	return buf;
}

START_TEST(test_real_layout)
{
	char		 root[PATH_MAX], *out;
	const char	*dir;
	struct tpl_dict	*d, *body;

	if ((dir = src_templates(root, sizeof(root))) == NULL)
		return;
	ck_assert_int_eq(tpl_init(dir), 0);

	d = tpl_dict_new("layout");
	tpl_set(d, "TITLE", "Fejl <1>");
	tpl_set(d, "AUTHORITY", "Styrelsen");
	tpl_show(d, "NAV_PORTAL");
	body = tpl_include(d, "BODY", "da/error.tpl");
	tpl_set(body, "HEADING", "Siden findes ikke");
	tpl_set(body, "MESSAGE", "<script>alert(\"x\")</script> & 'æ'");
	tpl_set_int(body, "STATUS", 404);
	out = expand("da/layout.tpl", d);
	ck_assert_msg(strncmp(out, "<!doctype html>", 15) == 0, "%.200s", out);
	ck_assert_msg(strstr(out, "<script>") == NULL, "raw script");
	ck_assert_msg(strstr(out, "&lt;script&gt;alert(&quot;x&quot;)"
	    "&lt;/script&gt; &amp; &#39;æ&#39;") != NULL, "%s", out);
	ck_assert_msg(strstr(out, "<title>Fejl &lt;1&gt; · Styrelsen</title>")
	    != NULL, "%s", out);
	ck_assert_ptr_nonnull(strstr(out, "<html lang=\"da\">"));
	ck_assert_ptr_nonnull(strstr(out, "Siden findes ikke"));
	ck_assert_ptr_nonnull(strstr(out, "Fejlkode 404"));
	ck_assert_ptr_nonnull(strstr(out, "href=\"/grants/\""));
	ck_assert_ptr_null(strstr(out, "Sagsbehandling</a>"));
	ck_assert_ptr_null(strstr(out, "{{"));
	ck_assert_ptr_null(strstr(out, "[["));
	free(out);
	tpl_dict_free(d);

	/* The same templates in English: the texts of en.txt, and the
	 * language kept in every link. */
	d = tpl_dict_new("layout");
	tpl_show(d, "NAV_PORTAL");
	body = tpl_include(d, "BODY", "en/error.tpl");
	tpl_set_int(body, "STATUS", 404);
	out = expand("en/layout.tpl", d);
	ck_assert_ptr_nonnull(strstr(out, "<html lang=\"en\">"));
	ck_assert_ptr_nonnull(strstr(out, "Error code 404"));
	ck_assert_ptr_nonnull(strstr(out, "href=\"/grants/?lang=en\""));
	ck_assert_ptr_null(strstr(out, "Fejlkode"));
	ck_assert_ptr_null(strstr(out, "[["));
	free(out);
	tpl_dict_free(d);

	/* The cache is frozen: nothing else is loaded from disk. */
	d = tpl_dict_new("t");
	ck_assert_ptr_null(tpl_expand("no_such.tpl", d, &(size_t){ 0 }));
	tpl_dict_free(d);
}
END_TEST

/*
 * No escaping is turned off (:none), and text that people wrote keeps its
 * line breaks: a textarea's value and a class="text" element's content
 * are {{X:pre_escape}}, never the plain {{X}} that flattens them.
 */
static void
check_lines(FILE *fp, const char *path)
{
	char		 buf[16384];
	const char	*p, *q;
	int		 lineno = 1;

	while (fgets(buf, sizeof(buf), fp) != NULL) {
		lineno++;
		ck_assert_msg(strstr(buf, ":none") == NULL,
		    "%s:%d: escaping turned off", path, lineno);
		for (p = buf; (p = strstr(p, "<textarea")) != NULL; p++) {
			q = strchr(p, '>');
			while (q != NULL && q[-1] == '}' && q[1] != '{' &&
			    q[1] != '<')
				q = strchr(q + 1, '>');	/* '>' inside {{#X}} */
			ck_assert_msg(q == NULL || strncmp(q + 1, "{{", 2) != 0 ||
			    strstr(q, ":pre_escape}}") != NULL,
			    "%s:%d: a textarea's value without :pre_escape", path,
			    lineno);
		}
		for (p = buf; (p = strstr(p, "class=\"text\"")) != NULL; p++) {
			q = strchr(p, '>');
			if (q != NULL && strncmp(q + 1, "{{", 2) == 0 &&
			    q[3] != '#' && q[3] != '>') {
				const char *e = strstr(q, "}}");
				ck_assert_msg(e != NULL && e - q > 12 &&
				    strncmp(e - 11, ":pre_escape", 11) == 0,
				    "%s:%d: class=\"text\" content without "
				    ":pre_escape", path, lineno);
			}
		}
	}
}

/* Checks every file below dir; returns how many it saw. */
static int
check_pragma_dir(const char *dir)
{
	DIR		*dp;
	struct dirent	*de;
	struct stat	 st;
	char		 path[PATH_MAX], line[256];
	FILE		*fp;
	int		 n = 0;

	dp = opendir(dir);
	ck_assert_msg(dp != NULL, "cannot open %s", dir);
	while ((de = readdir(dp)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0)
			continue;
		ck_assert_int_lt(snprintf(path, sizeof(path), "%s/%s", dir,
		    de->d_name), (int)sizeof(path));
		ck_assert_int_eq(stat(path, &st), 0);
		if (S_ISDIR(st.st_mode)) {
			n += check_pragma_dir(path);
			continue;
		}
		if (!S_ISREG(st.st_mode) || strlen(de->d_name) < 4 ||
		    strcmp(de->d_name + strlen(de->d_name) - 4, ".tpl") != 0)
			continue;
		fp = fopen(path, "r");
		ck_assert_msg(fp != NULL, "cannot open %s", path);
		if (fgets(line, sizeof(line), fp) == NULL)
			line[0] = '\0';
		ck_assert_msg(strcmp(line, PRAGMA "\n") == 0,
		    "%s: first line is not %s", path, PRAGMA);
		check_lines(fp, path);
		fclose(fp);
		n++;
	}
	closedir(dp);
	return n;
}

START_TEST(test_real_pragma)
{
	char		 root[PATH_MAX];
	const char	*dir;

	if ((dir = src_templates(root, sizeof(root))) == NULL)
		return;
	ck_assert_int_gt(check_pragma_dir(dir), 0);
}
END_TEST

/*
 * ctemplate's HTML escaping turns line breaks into spaces, so text that
 * people wrote is shown with :pre_escape, which escapes the same way and
 * keeps them (templates: <div class="text">{{X:pre_escape}}</div>).
 */
START_TEST(test_text)
{
	struct tpl_dict	*d = tpl_dict_new("t");
	char		*out;

	tpl_set(d, "V", "a<b>\nto & \"tre\"\n'fire'");
	out = expand("t_text.tpl", d);
	ck_assert_str_eq(out, "<div class=\"text\">a&lt;b&gt;\nto &amp; "
	    "&quot;tre&quot;\n&#39;fire&#39;</div>"
	    "<p>a&lt;b&gt; to &amp; &quot;tre&quot; &#39;fire&#39;</p>");
	free(out);
	tpl_dict_free(d);
}
END_TEST

Suite *
tpl_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("tpl");

	tc = tcase_create("memory");
	tcase_add_unchecked_fixture(tc, mem_setup, NULL);
	tcase_add_test(tc, test_escape_html);
	tcase_add_test(tc, test_escape_url);
	tcase_add_test(tc, test_sections);
	tcase_add_test(tc, test_values);
	tcase_add_test(tc, test_include);
	tcase_add_test(tc, test_unknown);
	tcase_add_test(tc, test_text);
	suite_add_tcase(s, tc);

	/* Last: tpl_init() freezes the cache (in the forked child only). */
	tc = tcase_create("real");
	tcase_add_test(tc, test_real_pragma);
	tcase_add_test(tc, test_real_layout);
	suite_add_tcase(s, tc);

	return s;
}
