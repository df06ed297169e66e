/*
 * Unit tests for attach.c without a server: what a download sends (the
 * response is written to an in-memory FastCGI stream and read back) and
 * what the list and the download answer when the database is down.  The
 * list's rows (FILE_KB, FILE_AUDITOR) and a download from the database
 * are driven through nginx by tests/integration/t_grants.sh and
 * t_portal_en.sh.
 */
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <fcgiapp.h>

#include "attach.h"
#include "db.h"
#include "http.h"
#include "memout.h"
#include "tpl.h"
#include "util.h"

Suite	*attach_suite(void);

/* --- the request ------------------------------------------------------ */

static struct arena	 ar;
static struct http_req	 req;

static void
setup(void)
{
	memset(&ar, 0, sizeof(ar));
	memset(&req, 0, sizeof(req));
	req.ar = &ar;
	req.id = "1f-2";
	req.method = HTTP_GET;
	req.out = memout_open();
}

static void
teardown(void)
{
	memout_free();
	arena_free(&ar);
}

/* The response's header block (up to the empty line) and body. */
static const char *
head(void)
{
	const char	*s = memout_str(), *e = strstr(s, "\r\n\r\n");

	ck_assert_msg(e != NULL, "no end of headers in:\n%s", s);
	return arena_strndup(&ar, s, (size_t)(e - s) + 2);
}

static const unsigned char *
body(size_t *len)
{
	const char	*s = memout_str(), *e = strstr(s, "\r\n\r\n");

	ck_assert_ptr_nonnull(e);
	*len = memout_len() - (size_t)(e + 4 - s);
	return (const unsigned char *)e + 4;
}

/* The value of the one header called name. */
static const char *
header(const char *name)
{
	const char	*h = head(), *p, *e, *want;

	want = arena_printf(&ar, "\r\n%s: ", name);
	p = strstr(h, want);
	ck_assert_msg(p != NULL, "no %s in:\n%s", name, h);
	ck_assert_msg(strstr(p + 1, want) == NULL, "%s twice in:\n%s", name, h);
	p += strlen(want);
	e = strstr(p, "\r\n");
	return arena_strndup(&ar, p, (size_t)(e - p));
}

START_TEST(test_send_data)
{
	static const char	 data[] = "%PDF-1.7\0\r\n\xff\xfe binær";
	const unsigned char	*b;
	size_t			 len;

	attach_send_data(&req, "rapport.pdf", data, sizeof(data));
	ck_assert_int_eq(req.status, 200);
	ck_assert_msg(strncmp(memout_str(), "Status: 200 OK\r\n", 16) == 0,
	    "%s", memout_str());
	/* Never a type a browser would render in our origin. */
	ck_assert_str_eq(header("Content-Type"), "application/octet-stream");
	ck_assert_str_eq(header("X-Content-Type-Options"), "nosniff");
	ck_assert_str_eq(header("Content-Disposition"),
	    "attachment; filename*=UTF-8''rapport.pdf");
	/* The bytes as they are, NUL and all. */
	b = body(&len);
	ck_assert_uint_eq(len, sizeof(data));
	ck_assert_int_eq(memcmp(b, data, sizeof(data)), 0);
}
END_TEST

/* RFC 5987: everything but letters, digits, '.', '-' and '_' as %XX of
 * its UTF-8 bytes, upper-case hex. */
static const struct {
	const char	*name, *enc;
} names[] = {
	{ "budget_2026-v2.xlsx", "budget_2026-v2.xlsx" },
	{ "Årsrapport 2025 (endelig).pdf",
	    "%C3%85rsrapport%202025%20%28endelig%29.pdf" },
	{ "bilag æøå.docx", "bilag%20%C3%A6%C3%B8%C3%A5.docx" },
	/* No way out of the header or the parameter. */
	{ "a\r\nSet-Cookie: s=1", "a%0D%0ASet-Cookie%3A%20s%3D1" },
	{ "x\"; filename=evil.html", "x%22%3B%20filename%3Devil.html" },
	{ "a'b", "a%27b" },
	{ "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd" },
	{ "C:\\Users\\x.txt", "C%3A%5CUsers%5Cx.txt" },
	{ "100%.txt", "100%25.txt" },
	{ "a~b+c,d", "a%7Eb%2Bc%2Cd" },
	{ "\xe2\x80\xae" "fdp.exe", "%E2%80%AEfdp.exe" },	/* U+202E */
	{ "", "" },
};

START_TEST(test_disposition)
{
	attach_send_data(&req, names[_i].name, "x", 1);
	ck_assert_str_eq(header("Content-Disposition"), arena_printf(&ar,
	    "attachment; filename*=UTF-8''%s", names[_i].enc));
	/* No header of its own: the value is all on one line. */
	ck_assert_ptr_null(strstr(head(), "\r\nSet-Cookie"));
}
END_TEST

/* A HEAD request gets the headers, not the file. */
START_TEST(test_send_head)
{
	size_t	 len;

	req.method = HTTP_HEAD;
	attach_send_data(&req, "a.pdf", "12345", 5);
	ck_assert_str_eq(header("Content-Disposition"),
	    "attachment; filename*=UTF-8''a.pdf");
	(void)body(&len);
	ck_assert_uint_eq(len, 0);
}
END_TEST

/* A header the handler added (a cache policy) goes out with the file. */
START_TEST(test_send_extra)
{
	http_header(&req, "X-Test", "ja");
	attach_send_data(&req, "a.pdf", "1", 1);
	ck_assert_str_eq(header("X-Test"), "ja");
	ck_assert_str_eq(header("Cache-Control"), "no-store");
	ck_assert_str_eq(header("X-Request-Id"), "1f-2");
}
END_TEST

/* --- the database down ------------------------------------------------ */

#define T_LIST_SQL	"SELECT id, filename, size, purpose FROM attachment " \
			"WHERE application_id = $1"
#define T_GET_SQL	"SELECT filename, ctype, data FROM attachment " \
			"WHERE id = $1 AND application_id = $2"

static const struct db_stmt stmts[] = {
	DB_STMT_AS(T_LIST, ATTACH_LIST, 1, DB_IDEMPOTENT),
	DB_STMT_AS(T_GET, ATTACH_GET, 2, DB_IDEMPOTENT),
};

static const char tpl_files[] = "{{%AUTOESCAPE context=\"HTML\"}}\n"
    "[{{#FILE}}({{FILE_ID}}:{{FILE_NAME}}:{{FILE_KB}}){{/FILE}}]";

START_TEST(test_db_down)
{
	static const char *const params[] = { "7", "3" };
	struct tpl_dict	*d;
	char		*s;
	size_t		 len;

	db_setup("host=/nonexistent/frist-check port=1 dbname=frist "
	    "connect_timeout=2", stmts, sizeof(stmts) / sizeof(stmts[0]));
	ck_assert_int_eq(db_ensure(), -1);

	/* The list: -1 and no rows on the page. */
	ck_assert_int_eq(tpl_register("t_files.tpl", tpl_files), 0);
	d = tpl_dict_new("t");
	ck_assert_int_eq(attach_list(d, 0, "3"), -1);
	s = tpl_expand("t_files.tpl", d, &len);
	ck_assert_ptr_nonnull(s);
	ck_assert_str_eq(s, "[]");
	free(s);
	tpl_dict_free(d);

	/* The download: 503 for the error page, nothing sent yet. */
	ck_assert_int_eq(attach_send(&req, 1, params), 503);
	ck_assert_int_eq(req.status, 0);
	ck_assert_uint_eq(memout_len(), 0);
}
END_TEST

Suite *
attach_suite(void)
{
	Suite	*s = suite_create("attach");
	TCase	*tc;

	tc = tcase_create("send");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_send_data);
	tcase_add_loop_test(tc, test_disposition, 0,
	    (int)(sizeof(names) / sizeof(names[0])));
	tcase_add_test(tc, test_send_head);
	tcase_add_test(tc, test_send_extra);
	suite_add_tcase(s, tc);

	tc = tcase_create("db");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 10);
	tcase_add_test(tc, test_db_down);
	suite_add_tcase(s, tc);
	return s;
}
