/*
 * Unit tests for app.c without a server: the config file, CSRF, one-time
 * form keys, pages through the real layout, error pages and their
 * padding, app_hold (routing is check_route.c's).
 *
 * Most of app.c's state is set up by app_main().  Each test that needs
 * it runs app_main() on a config file in a temporary directory, with the
 * real templates and a key file whose bytes the test knows; the
 * program's init hook, the last step before the socket is opened, stops
 * it there (app_main() then returns 1) with everything loaded.  Check's
 * fork mode gives every test a fresh process, so one test's config is
 * never another's.  Sockets, workers and dispatching (405 and its Allow
 * header, the order of the checks) are driven through nginx by
 * tests/integration/t_errors.sh and t_csrf.sh.
 */
#include <sys/stat.h>

#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <check.h>
#include <fcgiapp.h>
#include <sodium.h>

#include "app.h"
#include "crypto.h"
#include "http.h"
#include "memout.h"
#include "tpl.h"
#include "util.h"

Suite	*app_suite(void);

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* --- a request --------------------------------------------------------- */

static struct arena	 ar;
static struct http_req	 req;

/* A fresh request and output; query is a query string or NULL. */
static void
req_new(enum http_method m, const char *path, const char *query)
{
	static const struct http_limits lim = { 1 << 16, 50, 1000, 0, 0 };
	const char	*why = NULL;

	memset(&req, 0, sizeof(req));
	req.ar = &ar;
	req.id = "1f-2a";
	req.method = m;
	req.method_str = m == HTTP_POST ? "POST" : "GET";
	req.path = path;
	req.host = "tilskud.example.dk";
	req.lim = &lim;
	req.out = memout_open();
	if (query != NULL)
		ck_assert_int_eq(http_parse_urlencoded(&ar, query,
		    strlen(query), &lim, &req.query, &why), 0);
}

/* The form field csrf=tok, as a POST body gives it. */
static void
req_csrf(const char *tok)
{
	char	*s = arena_printf(&ar, "csrf=%s", tok);
	const char	*why = NULL;

	req.form.n = 0;
	ck_assert_int_eq(http_parse_urlencoded(&ar, s, strlen(s), req.lim,
	    &req.form, &why), 0);
}

/* The body of the response (after the header block). */
static const char *
resp_body(void)
{
	const char	*s = memout_str(), *e = strstr(s, "\r\n\r\n");

	ck_assert_msg(e != NULL, "no end of headers in:\n%s", s);
	return e + 4;
}

static size_t
resp_body_len(void)
{
	return memout_len() - (size_t)(resp_body() - memout_str());
}

#define ck_has(s, t)	ck_assert_msg(strstr((s), (t)) != NULL, \
			    "no %s in:\n%s", (t), (s))
#define ck_hasnt(s, t)	ck_assert_msg(strstr((s), (t)) == NULL, \
			    "%s in:\n%s", (t), (s))

/* --- the program under test ------------------------------------------ */

/* The program's secret, written to its key file. */
static const unsigned char key[CRYPTO_KEYBYTES] =
    "frist-check-app-key-0123456789ab";

static int	 init_reached;

/* The last step before the socket: stop here, everything is loaded. */
static int
t_init(void)
{
	init_reached = 1;
	return -1;
}

static void
t_layout(struct http_req *r, struct tpl_dict *root)
{
	(void)r;
	tpl_set(tpl_section(root, "STAFF_USER"), "USER_NAME", "Tester <t>");
}

static struct app t_app = {
	.name = "t_app",
	.nav = "NAV_PORTAL",
	.init = t_init,
	.layout = t_layout,
	.csrf_max_age = 3600,
	.langs = 1,
};

static char	 dir[PATH_MAX];

static const char *
in_dir(const char *file)
{
	return arena_printf(&ar, "%s/%s", dir, file);
}

static void
write_file(const char *path, const void *data, size_t len, mode_t mode)
{
	int	 fd;

	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
	ck_assert_msg(fd != -1, "cannot create %s", path);
	ck_assert_int_eq(write(fd, data, len), (ssize_t)len);
	ck_assert_int_eq(fchmod(fd, mode), 0);
	close(fd);
}

/* A page template of the test's own, in both languages. */
static const char page_tpl[] = "{{%AUTOESCAPE context=\"HTML\"}}\n"
    "<p class=\"t\">{{TEXT}}|csrf={{CSRF}}|</p>";

static void
setup(void)
{
	const char	*src = getenv("FRIST_SRC");

	memset(&ar, 0, sizeof(ar));
	ck_assert_msg(src != NULL && *src != '\0', "FRIST_SRC is not set "
	    "(make unit sets it)");
	snprintf(dir, sizeof(dir), "%s/check_app.XXXXXX",
	    getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	write_file(in_dir("key"), key, sizeof(key), 0600);
	ck_assert_int_eq(tpl_register("da/t_page.tpl", page_tpl), 0);
	ck_assert_int_eq(tpl_register("en/t_page.tpl", page_tpl), 0);
}

/* The files are read by the time app_main() returns: removed at once,
 * so that a test that fails (and skips teardown) leaves nothing behind. */
static void
remove_dir(void)
{
	unlink(in_dir("key"));
	unlink(in_dir("frist.conf"));
	rmdir(dir);
}

static void
teardown(void)
{
	remove_dir();
	memout_free();
	arena_free(&ar);
}


/* The config every test starts from; {{DIR}} is the test's directory,
 * {{SRC}} the source tree. */
#define BASE_CFG \
	"# frist test program\n" \
	"socket = {{DIR}}/sock\n" \
	"secret = {{DIR}}/key\n" \
	"db = host=/nonexistent dbname=frist\n" \
	"templates = {{SRC}}/templates\n"

/* Runs app_main() on cfg (NULL: BASE_CFG), with extra lines appended;
 * returns what app_main() returned. */
static int
start(const char *cfg, const char *extra)
{
	const char	*vars[] = { "DIR", dir, "SRC", getenv("FRIST_SRC"), NULL };
	char		*argv[] = { "t_app", "-c", NULL, NULL };
	char		*text;
	int		 rc;

	text = arena_printf(&ar, "%s%s", cfg != NULL ? cfg : BASE_CFG,
	    extra != NULL ? extra : "");
	text = str_subst(&ar, text, vars);
	argv[2] = arena_strdup(&ar, in_dir("frist.conf"));
	write_file(argv[2], text, strlen(text), 0644);
	init_reached = 0;
	optind = 1;
	rc = app_main(3, argv, &t_app);
	remove_dir();
	return rc;
}

/* app_main() with everything loaded. */
static void
start_ok(const char *extra)
{
	ck_assert_int_eq(start(NULL, extra), 1);
	ck_assert_msg(init_reached, "app_main stopped before the init hook");
}

/* --- the config file --------------------------------------------------- */

START_TEST(test_cfg)
{
	start_ok("\n"
	    "   # an indented comment = not a key\n"
	    "\t\n"
	    "\tworkers\t=\t4\n"
	    "max_body=2147483647\n"
	    "big = 2147483648\n"
	    "neg = -5\n"
	    "word = tolv\n"
	    "empty =\n"
	    "dsn = host=/run/postgresql dbname=frist user=x\r\n"
	    "authority_name = Styrelsen for Test & Prøve\n");

	ck_assert_str_eq(app_cfg("secret", NULL), in_dir("key"));
	/* Only the first '=' splits; CR LF is not part of the value. */
	ck_assert_str_eq(app_cfg("dsn", NULL),
	    "host=/run/postgresql dbname=frist user=x");
	ck_assert_str_eq(app_cfg("authority_name", NULL),
	    "Styrelsen for Test & Prøve");
	ck_assert_str_eq(app_cfg("empty", "def"), "");
	ck_assert_ptr_null(app_cfg("# an indented comment", NULL));
	ck_assert_ptr_null(app_cfg("an indented comment", NULL));
	/* Keys are matched whole. */
	ck_assert_ptr_null(app_cfg("dsn ", NULL));
	ck_assert_ptr_null(app_cfg("ds", NULL));
	ck_assert_ptr_null(app_cfg("DSN", NULL));
	ck_assert_str_eq(app_cfg("missing", "standard"), "standard");
	ck_assert_ptr_null(app_cfg("missing", NULL));

	ck_assert_int_eq(app_cfg_long("workers", 2), 4);
	ck_assert_int_eq(app_cfg_long("max_body", 1), 2147483647L);
	/* Not a number from 0 to INT32_MAX: the default. */
	ck_assert_int_eq(app_cfg_long("big", 9), 9);
	ck_assert_int_eq(app_cfg_long("neg", 9), 9);
	ck_assert_int_eq(app_cfg_long("word", 9), 9);
	ck_assert_int_eq(app_cfg_long("empty", 9), 9);
	ck_assert_int_eq(app_cfg_long("missing", 9), 9);
}
END_TEST

/* What stops a program before it serves: each before the init hook. */
START_TEST(test_cfg_refused)
{
	char	*argv[] = { "t_app", "-c", NULL, NULL };

	/* No config file. */
	argv[2] = arena_strdup(&ar, in_dir("no-such.conf"));
	init_reached = 0;
	optind = 1;
	ck_assert_int_eq(app_main(3, argv, &t_app), 1);
	remove_dir();
	ck_assert_int_eq(init_reached, 0);
}
END_TEST

static const struct {
	const char	*why, *cfg, *extra;
} refused[] = {
	{ "a line without '='", NULL, "workers 4\n" },
	{ "no db", "socket = {{DIR}}/sock\nsecret = {{DIR}}/key\n"
	    "templates = {{SRC}}/templates\n", NULL },
	{ "no secret", "socket = {{DIR}}/sock\ndb = dbname=x\n"
	    "templates = {{SRC}}/templates\n", NULL },
	{ "no socket", "secret = {{DIR}}/key\ndb = dbname=x\n"
	    "templates = {{SRC}}/templates\n", NULL },
	{ "no key file", "socket = {{DIR}}/sock\nsecret = {{DIR}}/nokey\n"
	    "db = dbname=x\ntemplates = {{SRC}}/templates\n", NULL },
	{ "no templates", "socket = {{DIR}}/sock\nsecret = {{DIR}}/key\n"
	    "db = dbname=x\ntemplates = {{DIR}}/none\n", NULL },
};

START_TEST(test_cfg_refused_line)
{
	ck_assert_msg(start(refused[_i].cfg, refused[_i].extra) == 1 &&
	    !init_reached, "not refused: %s", refused[_i].why);
}
END_TEST

/* A key file that others can read, or of the wrong size, is refused.
 * (One app_main() per test: templates are loaded once per process.) */
START_TEST(test_cfg_key)
{
	if (_i == 0)
		ck_assert_int_eq(chmod(in_dir("key"), 0640), 0);
	else
		write_file(in_dir("key"), key, sizeof(key) - 1, 0600);
	ck_assert_int_eq(start(NULL, NULL), 1);
	ck_assert_int_eq(init_reached, 0);
}
END_TEST

/* --- CSRF ------------------------------------------------------------ */

START_TEST(test_csrf_token)
{
	const char	*tok;

	start_ok(NULL);
	req_new(HTTP_POST, "/grants/resume", NULL);
	app_csrf_bind("sess-a");
	tok = app_csrf_token(&req);
	ck_assert_uint_gt(strlen(tok), 10);
	ck_assert_uint_lt(strlen(tok), FORMTOK_MAX);
	req_csrf(tok);
	ck_assert_int_eq(app_csrf_ok(&req), 1);

	/* Bound to one session: no good for another, nor for none. */
	app_csrf_bind("sess-b");
	ck_assert_int_eq(app_csrf_ok(&req), 0);
	app_csrf_bind("");
	ck_assert_int_eq(app_csrf_ok(&req), 0);
	app_csrf_bind("sess-a");
	ck_assert_int_eq(app_csrf_ok(&req), 1);

	/* NULL is the same as no binding. */
	app_csrf_bind(NULL);
	req_csrf(app_csrf_token(&req));
	app_csrf_bind("");
	ck_assert_int_eq(app_csrf_ok(&req), 1);

	/* No token at all. */
	req.form.n = 0;
	ck_assert_int_eq(app_csrf_ok(&req), 0);
}
END_TEST

START_TEST(test_csrf_tampered)
{
	char	*t;
	size_t	 i, n;

	start_ok(NULL);
	req_new(HTTP_POST, "/grants/resume", NULL);
	app_csrf_bind("sess-a");
	t = arena_strdup(&ar, app_csrf_token(&req));
	n = strlen(t);
	/* Any one character changed. */
	for (i = 0; i < n; i++) {
		char	 c = t[i];

		t[i] = c == 'A' ? 'B' : c == '0' ? '1' : 'A';
		req_csrf(t);
		ck_assert_msg(app_csrf_ok(&req) == 0, "%s accepted (%zu)", t, i);
		t[i] = c;
	}
	/* Cut short, made longer, empty. */
	req_csrf(arena_strndup(&ar, t, n - 1));
	ck_assert_int_eq(app_csrf_ok(&req), 0);
	req_csrf(arena_printf(&ar, "%sA", t));
	ck_assert_int_eq(app_csrf_ok(&req), 0);
	req_csrf("");
	ck_assert_int_eq(app_csrf_ok(&req), 0);
	req_csrf(t);
	ck_assert_int_eq(app_csrf_ok(&req), 1);
}
END_TEST

/* Tokens made with the program's key (the test knows it): the age, the
 * program and the key decide. */
START_TEST(test_csrf_age)
{
	static const unsigned char other[CRYPTO_KEYBYTES] =
	    "frist-check-app-key-0123456789aX";
	char		 tok[FORMTOK_MAX];
	time_t		 now = time(NULL);

	start_ok(NULL);
	req_new(HTTP_POST, "/grants/resume", NULL);
	app_csrf_bind("sess-a");

	formtok_make(key, "t_app", "sess-a", now - 60, tok);
	req_csrf(tok);
	ck_assert_int_eq(app_csrf_ok(&req), 1);
	formtok_make(key, "t_app", "sess-a", now - 3000, tok);
	req_csrf(tok);
	ck_assert_int_eq(app_csrf_ok(&req), 1);
	/* Older than csrf_max_age (an hour). */
	formtok_make(key, "t_app", "sess-a", now - 3700, tok);
	req_csrf(tok);
	ck_assert_int_eq(app_csrf_ok(&req), 0);
	formtok_make(key, "t_app", "sess-a", now - 86400, tok);
	req_csrf(tok);
	ck_assert_int_eq(app_csrf_ok(&req), 0);
	/* Another program's form, or another installation's key. */
	formtok_make(key, "staff", "sess-a", now, tok);
	req_csrf(tok);
	ck_assert_int_eq(app_csrf_ok(&req), 0);
	formtok_make(other, "t_app", "sess-a", now, tok);
	req_csrf(tok);
	ck_assert_int_eq(app_csrf_ok(&req), 0);

	/* The limit is the program's. */
	t_app.csrf_max_age = 24 * 3600;
	formtok_make(key, "t_app", "sess-a", now - 3700, tok);
	req_csrf(tok);
	ck_assert_int_eq(app_csrf_ok(&req), 1);
}
END_TEST

static const struct {
	const char	*fetch_site, *origin, *host;
	int		 https, want;
} origins[] = {
	/* Neither header: not a browser, the token decides. */
	{ NULL, NULL, "tilskud.example.dk", 0, 1 },
	{ "same-origin", NULL, "tilskud.example.dk", 0, 1 },
	{ "same-site", NULL, "tilskud.example.dk", 0, 0 },
	{ "cross-site", NULL, "tilskud.example.dk", 0, 0 },
	{ "none", NULL, "tilskud.example.dk", 0, 0 },
	{ "", NULL, "tilskud.example.dk", 0, 0 },
	{ NULL, "http://tilskud.example.dk", "tilskud.example.dk", 0, 1 },
	{ "same-origin", "https://tilskud.example.dk", "tilskud.example.dk",
	    1, 1 },
	{ "cross-site", "https://tilskud.example.dk", "tilskud.example.dk",
	    1, 0 },
	/* The scheme, the host and the port must all be ours. */
	{ NULL, "https://tilskud.example.dk", "tilskud.example.dk", 0, 0 },
	{ NULL, "http://tilskud.example.dk", "tilskud.example.dk", 1, 0 },
	{ NULL, "http://tilskud.example.dk:8080", "tilskud.example.dk", 0, 0 },
	{ NULL, "http://127.0.0.1:8080", "127.0.0.1:8080", 0, 1 },
	{ NULL, "http://127.0.0.1:8081", "127.0.0.1:8080", 0, 0 },
	{ NULL, "http://tilskud.example.dk.evil.dk", "tilskud.example.dk", 0,
	    0 },
	{ NULL, "http://evil.dk", "tilskud.example.dk", 0, 0 },
	{ NULL, "http://tilskud.example.dk/", "tilskud.example.dk", 0, 0 },
	{ NULL, "null", "tilskud.example.dk", 0, 0 },
	{ NULL, "", "tilskud.example.dk", 0, 0 },
	{ NULL, "http://", "", 0, 0 },
};

START_TEST(test_csrf_origin)
{
	start_ok(NULL);
	req_new(HTTP_POST, "/grants/resume", NULL);
	app_csrf_bind("");
	req_csrf(app_csrf_token(&req));
	req.fetch_site = origins[_i].fetch_site;
	req.origin = origins[_i].origin;
	req.host = origins[_i].host;
	req.https = origins[_i].https;
	ck_assert_msg(app_csrf_ok(&req) == origins[_i].want,
	    "Sec-Fetch-Site %s, Origin %s, host %s, https %d: not %d",
	    origins[_i].fetch_site ? origins[_i].fetch_site : "-",
	    origins[_i].origin ? origins[_i].origin : "-", origins[_i].host,
	    origins[_i].https, origins[_i].want);

	/* The right headers are not enough without the token. */
	if (origins[_i].want) {
		req.form.n = 0;
		ck_assert_int_eq(app_csrf_ok(&req), 0);
	}
}
END_TEST

/* Behind a proxy that ends TLS: the configured public origin, exactly. */
START_TEST(test_csrf_public_origin)
{
	start_ok("public_origin = https://tilskud.example.dk\n");
	req_new(HTTP_POST, "/grants/resume", NULL);
	req.host = "127.0.0.1:8080";
	req_csrf(app_csrf_token(&req));

	req.origin = "https://tilskud.example.dk";
	ck_assert_int_eq(app_csrf_ok(&req), 1);
	req.origin = "http://127.0.0.1:8080";
	ck_assert_int_eq(app_csrf_ok(&req), 0);
	req.origin = "http://tilskud.example.dk";
	ck_assert_int_eq(app_csrf_ok(&req), 0);
	req.origin = "https://tilskud.example.dk:443";
	ck_assert_int_eq(app_csrf_ok(&req), 0);
	req.origin = NULL;
	ck_assert_int_eq(app_csrf_ok(&req), 1);
	req.fetch_site = "same-site";
	ck_assert_int_eq(app_csrf_ok(&req), 0);
}
END_TEST

/* --- one-time keys --------------------------------------------------- */

START_TEST(test_once_new)
{
	const char	*a, *b;
	size_t		 i;

	start_ok(NULL);
	req_new(HTTP_GET, "/whistleblower/", NULL);
	a = app_once_new(&req);
	b = app_once_new(&req);
	ck_assert_uint_eq(strlen(a), CRYPTO_TOKEN_CHARS);
	ck_assert_str_ne(a, b);
	for (i = 0; a[i] != '\0'; i++)
		ck_assert_msg(strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmn"
		    "opqrstuvwxyz0123456789-_", a[i]) != NULL, "%s", a);
}
END_TEST

/* The documented construction, computed here with libsodium alone: a
 * subkey per purpose from the program's key, over the key, a NUL and
 * ctx.  A repeated POST must show the code the first answer showed, so
 * the digits may not change between versions either. */
static void
digits_ref(const char *purpose, const char *k, const void *ctx, size_t len,
    char *out, size_t n)
{
	crypto_generichash_state st;
	unsigned char		 sub[CRYPTO_KEYBYTES], msg[32];

	crypto_generichash(sub, sizeof(sub), (const unsigned char *)purpose,
	    strlen(purpose), key, sizeof(key));
	crypto_generichash_init(&st, NULL, 0, sizeof(msg));
	crypto_generichash_update(&st, (const unsigned char *)k, strlen(k) + 1);
	crypto_generichash_update(&st, ctx, len);
	crypto_generichash_final(&st, msg, sizeof(msg));
	crypto_digits_keyed(sub, msg, sizeof(msg), out, n);
}

START_TEST(test_once_digits)
{
	static const char k1[] = "dGhpcyBpcyBhIG9uZS10aW1lIGtleSBmb3IgYSBmb3Jt";
	char		 a[17], b[17], c[17];
	size_t		 i;

	start_ok(NULL);
	app_once_digits("receipt", k1, "indhold", 7, a, 16);
	ck_assert_uint_eq(strlen(a), 16);
	for (i = 0; a[i] != '\0'; i++)
		ck_assert_msg(a[i] >= '0' && a[i] <= '9', "%s", a);
	digits_ref("receipt", k1, "indhold", 7, b, 16);
	ck_assert_str_eq(a, b);

	/* The same request, the same code. */
	app_once_digits("receipt", k1, "indhold", 7, b, 16);
	ck_assert_str_eq(a, b);

	/* Anything else, another code. */
	app_once_digits("draft", k1, "indhold", 7, b, 16);
	ck_assert_str_ne(a, b);
	app_once_digits("receipt", "dGhpcyBpcyBhIG9uZS10aW1lIGtleSBmb3IgYSBmb3Jr",
	    "indhold", 7, b, 16);
	ck_assert_str_ne(a, b);
	app_once_digits("receipt", k1, "indhole", 7, b, 16);
	ck_assert_str_ne(a, b);
	app_once_digits("receipt", k1, "indhold", 6, b, 16);
	ck_assert_str_ne(a, b);
	/* Where the key ends and ctx begins is part of the message. */
	app_once_digits("receipt", "ab", "c", 1, b, 16);
	app_once_digits("receipt", "a", "bc", 2, c, 16);
	ck_assert_str_ne(b, c);
	/* No ctx: the same as an empty one. */
	app_once_digits("receipt", k1, NULL, 0, b, 16);
	app_once_digits("receipt", k1, "", 0, c, 16);
	ck_assert_str_eq(b, c);
	digits_ref("receipt", k1, "", 0, c, 16);
	ck_assert_str_eq(b, c);

	/* n digits and a NUL: out holds n + 1. */
	memset(b, 'x', sizeof(b));
	app_once_digits("receipt", k1, "indhold", 7, b, 8);
	ck_assert_uint_eq(strlen(b), 8);
	ck_assert_int_eq(b[9], 'x');
}
END_TEST

/* --- pages ------------------------------------------------------------- */

START_TEST(test_page)
{
	struct page	 pg;
	struct tpl_dict	*d;
	const char	*body, *p;
	char		*tok;

	start_ok("authority_name = Testetaten & co\n");
	req_new(HTTP_GET, "/grants/", NULL);
	app_csrf_bind("sess-a");
	d = page_new(&req, &pg, "t_page.tpl", "Puljer <2026>");
	tpl_set(d, "TEXT", "<b>fed</b>");
	ck_assert_int_eq(page_send(&req, &pg, 200), 0);
	ck_assert_int_eq(req.status, 200);
	ck_assert_ptr_null(pg.root);
	ck_has(memout_str(), "\r\nContent-Type: text/html; charset=utf-8\r\n");
	body = resp_body();
	ck_assert_msg(strncmp(body, "<!doctype html>", 15) == 0, "%s", body);
	ck_has(body, "<html lang=\"da\">");
	/* The title, the authority from the config, the program. */
	ck_has(body, "<title>Puljer &lt;2026&gt; · Testetaten &amp; co</title>");
	ck_has(body, "<body class=\"t_app\">");
	/* The program's nav section and its layout hook. */
	ck_has(body, "href=\"/grants/login\"");
	ck_hasnt(body, "/staff/cases/");
	ck_has(body, "<a class=\"user-name\" href=\"/staff/profile\" "
	    "title=\"Din profil: e-mail og daglig oversigt\">Tester &lt;t&gt;</a>");
	/* The page itself, inside <main>, escaped. */
	ck_has(body, "<p class=\"t\">&lt;b&gt;fed&lt;/b&gt;|csrf=");
	ck_assert_msg(strstr(body, "<main") < strstr(body, "<p class=\"t\">"),
	    "%s", body);

	/* Its CSRF token is one that a POST from it passes with. */
	p = strstr(body, "|csrf=") + 6;
	tok = arena_strndup(&ar, p, strcspn(p, "|"));
	req_csrf(tok);
	ck_assert_int_eq(app_csrf_ok(&req), 1);
	app_csrf_bind("sess-b");
	ck_assert_int_eq(app_csrf_ok(&req), 0);
}
END_TEST

/* The other language's address: the same path and query, lang changed. */
START_TEST(test_page_lang_switch)
{
	struct page	 pg;

	start_ok(NULL);
	req_new(HTTP_GET, "/grants/pools/7", "a=1&lang=da&q=x+y%26z");
	(void)page_new(&req, &pg, "t_page.tpl", "Pulje");
	page_send(&req, &pg, 200);
	ck_has(resp_body(), "<a class=\"lang\" href=\"/grants/pools/7?a=1&amp;"
	    "q=x%20y%26z&amp;lang=en\" lang=\"en\"");

	/* From English back to Danish: no lang at all. */
	req_new(HTTP_GET, "/grants/pools/æ", "lang=en");
	req.lang = LANG_EN;
	(void)page_new(&req, &pg, "t_page.tpl", "Pool");
	page_send(&req, &pg, 200);
	ck_has(resp_body(), "<html lang=\"en\">");
	ck_has(resp_body(), "<a class=\"lang\" href=\"/grants/pools/%C3%A6\" "
	    "lang=\"da\"");
	/* The layout's own links keep the language. */
	ck_has(resp_body(), "href=\"/grants/?lang=en\"");

	/* Not on the answer to a POST. */
	req_new(HTTP_POST, "/grants/pools/7", "a=1");
	(void)page_new(&req, &pg, "t_page.tpl", "Pulje");
	page_send(&req, &pg, 200);
	ck_hasnt(resp_body(), "class=\"lang\"");

	/* Nor on a program in Danish only. */
	t_app.langs = 0;
	req_new(HTTP_GET, "/grants/pools/7", "a=1");
	(void)page_new(&req, &pg, "t_page.tpl", "Pulje");
	page_send(&req, &pg, 200);
	ck_hasnt(resp_body(), "class=\"lang\"");
}
END_TEST

START_TEST(test_error_page)
{
	const char	*s, *body;

	start_ok(NULL);
	req_new(HTTP_GET, "/grants/pools/9", NULL);
	ck_assert_int_eq(app_error(&req, 404, "Puljen <9> findes ikke."), 0);
	ck_assert_int_eq(req.status, 404);
	s = memout_str();
	ck_assert_msg(strncmp(s, "Status: 404 Not Found\r\n", 23) == 0, "%s", s);
	ck_hasnt(s, "Retry-After");
	body = resp_body();
	ck_has(body, "<title>Siden findes ikke · ");
	ck_has(body, "<h1>Siden findes ikke</h1>");
	ck_has(body, "<p class=\"message\">Puljen &lt;9&gt; findes ikke.</p>");
	ck_has(body, "Fejlkode 404 · henvisning 1f-2a");

	/* A response already under way is left alone. */
	ck_assert_int_eq(app_error(&req, 500, "igen"), 0);
	ck_assert_int_eq(req.status, 404);
	ck_hasnt(memout_str(), "igen");
	ck_assert_ptr_null(strstr(memout_str() + 1, "Status:"));
}
END_TEST

START_TEST(test_error_kinds)
{
	start_ok(NULL);

	/* 503: the client may try again. */
	req_new(HTTP_GET, "/grants/", NULL);
	app_error(&req, 503, "Databasen svarer ikke.");
	ck_assert_msg(strncmp(memout_str(), "Status: 503 ", 12) == 0, "%s",
	    memout_str());
	ck_has(memout_str(), "\r\nRetry-After: 30\r\n");
	ck_has(resp_body(), "<h1>Tjenesten er midlertidigt utilgængelig</h1>");

	/* A status without a title of its own. */
	req_new(HTTP_GET, "/grants/", NULL);
	app_error(&req, 500, "Fejl.");
	ck_has(resp_body(), "<h1>Der opstod en fejl</h1>");
	ck_hasnt(memout_str(), "Retry-After");

	/* In English. */
	req_new(HTTP_GET, "/grants/", "lang=en");
	req.lang = LANG_EN;
	app_error(&req, 404, "No such pool.");
	ck_has(resp_body(), "<html lang=\"en\">");
	ck_has(resp_body(), "<h1>Page not found</h1>");
	ck_has(resp_body(), "Error code 404 · reference 1f-2a");
	ck_hasnt(resp_body(), "Fejlkode");
}
END_TEST

/*
 * Answers to POSTs are padded to a multiple of app->pad with an HTML
 * comment (at least 7 bytes, so a remainder under 7 takes one pad more);
 * nothing else is.  The same error page is compared unpadded and padded.
 */
static size_t
error_len(enum http_method m, size_t pad)
{
	t_app.pad = pad;
	req_new(m, "/whistleblower/", NULL);
	app_error(&req, 404, "Ikke her.");
	return resp_body_len();
}

START_TEST(test_pad)
{
	size_t		 len, got;
	const char	*b;

	start_ok(NULL);
	t_app.langs = 0;	/* the same page for GET and POST */
	len = error_len(HTTP_GET, 0);
	ck_assert_uint_gt(len, 100);
	ck_assert_uint_eq(error_len(HTTP_POST, 0), len);
	ck_assert_uint_eq(error_len(HTTP_GET, 1000), len);

	got = error_len(HTTP_POST, 1000);
	ck_assert_uint_eq(got % 1000, 0);
	ck_assert_uint_ge(got, len + 7);
	ck_assert_uint_lt(got, len + 1000 + 7);
	b = resp_body();
	ck_assert_uint_eq(strlen(b), got);
	ck_assert_msg(strncmp(b + len, "<!--", 4) == 0, "%s", b + len);
	ck_assert_str_eq(b + got - 3, "-->");
	ck_assert_uint_eq(strspn(b + len + 4, " "), got - len - 7);

	/* Already a multiple: as it is. */
	ck_assert_uint_eq(error_len(HTTP_POST, len), len);
	/* 3 bytes short: no room for a comment, so one pad more. */
	ck_assert_uint_eq(error_len(HTTP_POST, len + 3), 2 * (len + 3));
	/* 7 bytes short: exactly the empty comment. */
	ck_assert_uint_eq(error_len(HTTP_POST, len + 7), len + 7);
	ck_assert_str_eq(resp_body() + len, "<!---->");
	/* 6 short: one more pad. */
	ck_assert_uint_eq(error_len(HTTP_POST, len + 6), 2 * (len + 6));
}
END_TEST

static const char *const labels[][2] = {
	{ "en", "OTHER_LANG_NAME" },
	{ "404", "ERR_TITLE_404" },
};

START_TEST(test_str_label)
{
	start_ok(NULL);
	req_new(HTTP_GET, "/", NULL);
	ck_assert_str_eq(app_str(&req, "ERR_CODE"), "Fejlkode");
	ck_assert_str_eq(APP_LABEL(&req, labels, "en"), "English");
	ck_assert_str_eq(APP_LABEL(&req, labels, "404"), "Siden findes ikke");
	/* A code the table does not know is shown as it is. */
	ck_assert_str_eq(APP_LABEL(&req, labels, "ukendt"), "ukendt");
	req.lang = LANG_EN;
	ck_assert_str_eq(app_str(&req, "ERR_CODE"), "Error code");
	ck_assert_str_eq(APP_LABEL(&req, labels, "en"), "Dansk");
	ck_assert_str_eq(APP_LABEL(&req, labels, "404"), "Page not found");
}
END_TEST

/* --- app_hold ---------------------------------------------------------- */

static long
ms_between(const struct timespec *a, const struct timespec *b)
{
	return (long)(b->tv_sec - a->tv_sec) * 1000L +
	    (b->tv_nsec - a->tv_nsec) / 1000000L;
}

START_TEST(test_hold)
{
	struct timespec	 t0, t1;

	/* Until ms after t0. */
	clock_gettime(CLOCK_MONOTONIC, &t0);
	app_hold(&t0, 120);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ck_assert_int_ge(ms_between(&t0, &t1), 120);

	/* Already later: at once. */
	clock_gettime(CLOCK_MONOTONIC, &t0);
	t0.tv_sec -= 2;
	app_hold(&t0, 500);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ck_assert_int_lt(ms_between(&t0, &t1), 2000 + 400);

	/* The nanoseconds carry into the seconds: t0 at .9 s, 1250 ms on. */
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (t0.tv_nsec < 900000000L)
		t0.tv_sec--;
	t0.tv_nsec = 900000000L;
	app_hold(&t0, 1250);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ck_assert_int_ge(ms_between(&t0, &t1), 1250);
}
END_TEST

Suite *
app_suite(void)
{
	Suite	*s = suite_create("app");
	TCase	*tc;

	tc = tcase_create("config");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 20);
	tcase_add_test(tc, test_cfg);
	tcase_add_test(tc, test_cfg_refused);
	tcase_add_loop_test(tc, test_cfg_refused_line, 0, (int)NELEM(refused));
	tcase_add_loop_test(tc, test_cfg_key, 0, 2);
	suite_add_tcase(s, tc);

	tc = tcase_create("csrf");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 20);
	tcase_add_test(tc, test_csrf_token);
	tcase_add_test(tc, test_csrf_tampered);
	tcase_add_test(tc, test_csrf_age);
	tcase_add_loop_test(tc, test_csrf_origin, 0, (int)NELEM(origins));
	tcase_add_test(tc, test_csrf_public_origin);
	suite_add_tcase(s, tc);

	tc = tcase_create("once");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 20);
	tcase_add_test(tc, test_once_new);
	tcase_add_test(tc, test_once_digits);
	suite_add_tcase(s, tc);

	tc = tcase_create("pages");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 20);
	tcase_add_test(tc, test_page);
	tcase_add_test(tc, test_page_lang_switch);
	tcase_add_test(tc, test_error_page);
	tcase_add_test(tc, test_error_kinds);
	tcase_add_test(tc, test_pad);
	tcase_add_test(tc, test_str_label);
	suite_add_tcase(s, tc);

	tc = tcase_create("hold");
	tcase_set_timeout(tc, 10);
	tcase_add_test(tc, test_hold);
	suite_add_tcase(s, tc);
	return s;
}
