/* app: supervisor, workers, routing and pages (see app.h). */
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <errno.h>
#include <malloc.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <fcgiapp.h>
#include <sodium.h>

#include "app.h"
#include "conf.h"
#include "crypto.h"
#include "held.h"
#include "log.h"
#include "sandbox.h"
#include "site.h"
#include "util.h"
#include "valid.h"

static const struct app		*app;
static unsigned char		 app_key[CRYPTO_KEYBYTES];
static const char		*csrf_bind = "";
static volatile sig_atomic_t	 app_stop;
static unsigned			 app_pid;	/* this worker's, for request ids */
static struct http_limits	 app_lim;
static int			 held_on;	/* this worker's sender runs */
static struct timespec		 hold_at;	/* when the held answer goes */

/* Bytes of held answers one worker keeps at most (beyond: it waits). */
#define HOLD_BYTES	(64UL << 20)

/* Free heap a worker keeps between requests (see app_main). */
#define APP_HEAP_KEEP	(4 << 20)

const char *
app_cfg(const char *key, const char *def)
{
	return conf_get(key, def);
}

long
app_cfg_long(const char *key, long def)
{
	const char	*v = app_cfg(key, NULL);
	int64_t		 n;

	if (v == NULL || str_to_i64(v, 0, INT32_MAX, &n) == -1)
		return def;
	return (long)n;
}

void
app_csrf_bind(const char *bind)
{
	csrf_bind = bind != NULL ? bind : "";
}

const char *
app_csrf_token(struct http_req *r)
{
	char	*tok = arena_alloc(r->ar, FORMTOK_MAX);

	formtok_make(app_key, app->name, csrf_bind, time(NULL), tok);
	return tok;
}

/*
 * A POST must come from one of our own pages.  Three checks, each for its
 * own reason (README, "CSRF"):
 *  - Sec-Fetch-Site, which current browsers send and no page can set:
 *    anything but "same-origin" is refused, "same-site" included;
 *  - Origin, which browsers send on every form POST: it must be exactly
 *    our scheme and host.  "null" is refused; Referrer-Policy same-origin
 *    is what makes browsers send the real origin instead;
 *  - the signed form token, bound to the program and, where there is
 *    one, the session; it also expires.
 * A client that sends neither header is not a browser acting for a
 * victim, so for it the token alone decides.
 */
int
app_csrf_ok(struct http_req *r)
{
	const char	*o = r->origin, *scheme, *pub;
	size_t		 sl;

	if (r->fetch_site != NULL && strcmp(r->fetch_site, "same-origin") != 0)
		return 0;
	/* Behind a proxy that ends TLS, nginx (and so the program) sees
	 * plain http: the site's public origin is then configured. */
	if (o != NULL && (pub = app_cfg("public_origin", NULL)) != NULL) {
		if (strcmp(o, pub) != 0)
			return 0;
	} else if (o != NULL) {
		scheme = r->https ? "https://" : "http://";
		sl = strlen(scheme);
		if (strncmp(o, scheme, sl) != 0 || strcmp(o + sl, r->host) != 0 ||
		    *r->host == '\0')
			return 0;
	}
	return formtok_check(app_key, app->name, csrf_bind,
	    kv_str(&r->form, "csrf"), time(NULL), app->csrf_max_age);
}

const char *
app_once_new(struct http_req *r)
{
	char	*k = arena_alloc(r->ar, CRYPTO_TOKEN_CHARS + 1);

	crypto_token(k);
	return k;
}

void
app_once_digits(const char *purpose, const char *key, const void *ctx,
    size_t ctxlen, char *out, size_t n)
{
	crypto_generichash_state st;
	unsigned char		 sub[CRYPTO_KEYBYTES], msg[32];

	/* A subkey per purpose: no code can be turned into another. */
	crypto_generichash(sub, sizeof(sub), (const unsigned char *)purpose,
	    strlen(purpose), app_key, sizeof(app_key));

	crypto_generichash_init(&st, NULL, 0, sizeof(msg));
	crypto_generichash_update(&st, (const unsigned char *)key, strlen(key) + 1);
	if (ctxlen > 0)
		crypto_generichash_update(&st, ctx, ctxlen);
	crypto_generichash_final(&st, msg, sizeof(msg));
	crypto_digits_keyed(sub, msg, sizeof(msg), out, n);
	sodium_memzero(sub, sizeof(sub));
}

/*
 * The installation's names, from the config: the authority that runs the
 * site (header, title) and the one that receives whistleblower reports.
 * Global, so that every template sees them, included ones too.
 */
static void
app_names(void)
{
	tpl_set_global("AUTHORITY", app_cfg("authority_name", "Demostyrelsen"));
	tpl_set_global("AUTHORITY_LOGO", app_cfg("authority_logo", "DEMO"));
	tpl_set_global("WB_AUTHORITY", app_cfg("whistle_authority",
	    "Socialtilsyn Demo"));
}

const char *
app_str(struct http_req *r, const char *key)
{
	return i18n_str(r->lang, key);
}

const char *
app_label(struct http_req *r, const char *const (*tab)[2], size_t n,
    const char *code)
{
	const char	*k = label_of(tab, n, code);

	return k != NULL ? app_str(r, k) : code;
}

/*
 * The language chosen by ?lang= (or a form field lang, for POSTs), on the
 * programs that have English pages.  It lives in the URL, not a cookie.
 */
static enum lang
req_lang(struct http_req *r)
{
	const char	*l;
	size_t		 i;

	if (!app->langs)
		return LANG_DA;
	if ((l = kv_str(&r->form, "lang")) == NULL)
		l = kv_str(&r->query, "lang");
	for (i = 0; l != NULL && i < LANG__MAX; i++)
		if (strcmp(l, i18n_codes[i]) == 0)
			return (enum lang)i;
	return LANG_DA;
}

/* This page's address in the other language: same path and query. */
static const char *
lang_switch(struct http_req *r, enum lang to)
{
	const char	*q = "", *sep = "?";
	size_t		 i;

	for (i = 0; i < r->query.n; i++) {
		if (strcmp(r->query.v[i].key, "lang") == 0)
			continue;
		q = arena_printf(r->ar, "%s%s%s=%s", q, sep,
		    url_encode(r->ar, r->query.v[i].key),
		    url_encode(r->ar, r->query.v[i].val));
		sep = "&";
	}
	if (to != LANG_DA)
		q = arena_printf(r->ar, "%s%slang=%s", q, sep, i18n_codes[to]);
	return arena_printf(r->ar, "%s%s", url_encode_path(r->ar, r->path), q);
}

struct tpl_dict *
page_new(struct http_req *r, struct page *pg, const char *tpl,
    const char *title)
{
	pg->root = tpl_dict_new("layout");
	tpl_set(pg->root, "TITLE", title);
	tpl_set(pg->root, "PROGRAM", app->name);
	if (app->nav != NULL)
		tpl_show(pg->root, app->nav);
	if (app->layout != NULL)
		app->layout(r, pg->root);
	/*
	 * The other language, for the pages that have one.  Not on answers
	 * to POSTs: following the link would leave a page shown only once
	 * (a receipt code) for the empty form.
	 */
	if (app->langs && r->method != HTTP_POST)
		tpl_set(tpl_section(pg->root, "LANG_SWITCH"), "LANG_URL",
		    lang_switch(r, r->lang == LANG_DA ? LANG_EN : LANG_DA));
	pg->body = page_include(r, pg->root, "BODY", tpl);
	tpl_set(pg->body, "CSRF", app_csrf_token(r));
	return pg->body;
}

struct tpl_dict *
page_include(struct http_req *r, struct tpl_dict *d, const char *name,
    const char *tpl)
{
	return tpl_include(d, name, arena_printf(r->ar, "%s/%s",
	    i18n_codes[r->lang], tpl));
}

/* n bytes of HTML comment (n >= 0; the comment itself takes 7). */
static void
pad_out(struct http_req *r, size_t n)
{
	char	 sp[256];
	size_t	 k;

	if (n < 7)
		n += app->pad;
	memset(sp, ' ', sizeof(sp));
	http_write(r, "<!--", 4);
	for (n -= 7; n > 0; n -= k) {
		k = n < sizeof(sp) ? n : sizeof(sp);
		http_write(r, sp, k);
	}
	http_write(r, "-->", 3);
}

int
page_send(struct http_req *r, struct page *pg, int status)
{
	char	*out;
	size_t	 len;

	out = tpl_expand(arena_printf(r->ar, "%s/layout.tpl",
	    i18n_codes[r->lang]), pg->root, &len);
	tpl_dict_free(pg->root);
	pg->root = pg->body = NULL;
	if (out == NULL) {
		http_plain_error(r, 500, "Siden kunne ikke dannes.");
		return 0;
	}
	http_begin(r, status, "text/html; charset=utf-8");
	http_write(r, out, len);
	free(out);
	if (app->pad > 0 && r->method == HTTP_POST && len % app->pad != 0)
		pad_out(r, app->pad - len % app->pad);
	return 0;
}

static struct timespec
ts_after(const struct timespec *t0, long ms)
{
	struct timespec	 t;

	t.tv_sec = t0->tv_sec + ms / 1000;
	t.tv_nsec = t0->tv_nsec + (ms % 1000) * 1000000L;
	if (t.tv_nsec >= 1000000000L) {
		t.tv_sec++;
		t.tv_nsec -= 1000000000L;
	}
	return t;
}

void
app_hold(const struct timespec *t0, long ms)
{
	struct timespec	 until = ts_after(t0, ms), now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	if (now.tv_sec > until.tv_sec || (now.tv_sec == until.tv_sec &&
	    now.tv_nsec >= until.tv_nsec))
		return;
	while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL) ==
	    EINTR)
		continue;
}

void
app_hold_reply(struct http_req *r, const struct timespec *t0, long ms)
{
	if (r->status != 0 || !held_on) {
		app_hold(t0, ms);
		return;
	}
	if (r->buf != NULL)
		return;		/* held already: the first time stands */
	hold_at = ts_after(t0, ms);
	if ((r->buf = calloc(1, sizeof(*r->buf))) == NULL)
		abort();	/* as the arena: the worker is respawned */
}

/*
 * Answers by status, for app->quiet: in memory only, logged as one line
 * once a day (a job of the sender thread at midnight UTC, so that the
 * log's time says nothing about a visit) and when the worker ends.
 */
#define COUNT_MAX	24
static pthread_mutex_t	 count_mu = PTHREAD_MUTEX_INITIALIZER;
static struct {
	int		 status;	/* 0: any other */
	unsigned long	 n;
} counts[COUNT_MAX];

static void
count_add(int status)
{
	size_t	 i;

	pthread_mutex_lock(&count_mu);
	for (i = 0; i < COUNT_MAX - 1; i++)
		if (counts[i].status == status || counts[i].n == 0)
			break;
	counts[i].status = i < COUNT_MAX - 1 ? status : 0;
	counts[i].n++;
	pthread_mutex_unlock(&count_mu);
}

static void
count_log(void)
{
	char	 line[COUNT_MAX * 24] = "";
	size_t	 i, len = 0;

	pthread_mutex_lock(&count_mu);
	for (i = 0; i < COUNT_MAX && counts[i].n > 0; i++) {
		if (counts[i].status == 0)
			len += (size_t)snprintf(line + len, sizeof(line) - len,
			    " other=%lu", counts[i].n);
		else
			len += (size_t)snprintf(line + len, sizeof(line) - len,
			    " %d=%lu", counts[i].status, counts[i].n);
		counts[i].n = 0;
		counts[i].status = 0;
	}
	pthread_mutex_unlock(&count_mu);
	if (len > 0)
		log_info("answers by status since the last count:%s", line);
}

static void	count_daily(void *);

static void
count_schedule(void)
{
	struct timespec	 at;
	time_t		 now = time(NULL);

	clock_gettime(CLOCK_MONOTONIC, &at);
	at.tv_sec += 86400 - now % 86400;
	(void)held_put(&at, 0, HELD_ATSTOP, count_daily, NULL);
}

static void
count_daily(void *unused)
{
	(void)unused;
	count_log();
	count_schedule();	/* refused once stopping: that is the last */
}

/* A held answer and the request it belongs to, for the sender thread. */
struct held_answer {
	FCGX_Request	*fr;
	struct http_buf	*buf;
};

static void
held_write(FCGX_Request *fr, struct http_buf *b)
{
	if (b->len > 0)
		FCGX_PutStr(b->p, (int)b->len, fr->out);
	free(b->p);
	free(b);
}

/* On the sender thread: only what it was given. */
static void
held_send(void *arg)
{
	struct held_answer	*a = arg;

	held_write(a->fr, a->buf);
	FCGX_Finish_r(a->fr);
	FCGX_Free(a->fr, 1);	/* a kept connection ends with its request */
	free(a->fr);
	free(a);
}

/* 1 if the sender took fr, which the worker must then leave alone. */
static int
hold_out(FCGX_Request *fr, struct http_buf *b)
{
	struct held_answer	*a;

	if ((a = malloc(sizeof(*a))) != NULL) {
		a->fr = fr;
		a->buf = b;
		if (held_put(&hold_at, b->len, 0, held_send, a) == 0)
			return 1;
		free(a);
	}
	app_hold(&hold_at, 0);
	held_write(fr, b);
	return 0;
}

static const char *
error_title(struct http_req *r, int status)
{
	switch (status) {
	case 400: case 403: case 404: case 405: case 409: case 411: case 413:
	case 415: case 422: case 429: case 503:
		return app_str(r, arena_printf(r->ar, "ERR_TITLE_%d", status));
	default:
		return app_str(r, "ERR_TITLE_OTHER");
	}
}

int
app_error(struct http_req *r, int status, const char *msg)
{
	struct page	 pg;
	struct tpl_dict	*d;

	if (r->status != 0)
		return 0;	/* a response is already under way */
	if (status == 503)
		http_header(r, "Retry-After", "30");
	d = page_new(r, &pg, "error.tpl", error_title(r, status));
	tpl_set_int(d, "STATUS", status);
	tpl_set(d, "HEADING", error_title(r, status));
	tpl_set(d, "MESSAGE", msg);
	tpl_set(d, "REQUEST_ID", r->id);
	return page_send(r, &pg, status);
}

static int
default_message(struct http_req *r, int status, const char **msg)
{
	switch (status) {
	case 403: case 404: case 500: case 503:
		*msg = app_str(r, arena_printf(r->ar, "ERR_MSG_%d", status));
		return 1;
	default:
		return 0;
	}
}

/*
 * Routing.  A pattern is a path whose segments are either exact or "*";
 * a "*" segment matches any one non-empty segment.  Slashes match only
 * themselves, so "/a/" and "/a" are different paths.  Of all the patterns
 * that match, the most specific one wins (route_cmp), so the order of a
 * route table does not matter.
 */

/* p is at the start of a segment: is that segment "*"? */
static int
route_star(const char *p)
{
	return p[0] == '*' && (p[1] == '/' || p[1] == '\0');
}

int
app_route_match(const char *pat, const char *path, struct http_req *r)
{
	const char	*e;
	size_t		 n = 0;

	if (r != NULL)
		r->nargs = 0;
	while (*pat != '\0') {
		if (*pat == '*') {
			if ((e = strchr(path, '/')) == NULL)
				e = path + strlen(path);
			if (e == path || n == HTTP_MAXARGS)
				return 0;
			if (r != NULL)
				r->args[r->nargs++] = arena_strndup(r->ar,
				    path, (size_t)(e - path));
			n++;
			path = e;
			pat++;
			continue;
		}
		if (*pat++ != *path++)
			return 0;
	}
	return *path == '\0';
}

/*
 * Which of two patterns that match the same path is more specific: > 0 a,
 * < 0 b.  Segment by segment from the left, the first segment that is
 * exact in one and "*" in the other decides for the exact one.  0 means
 * that they are the same pattern (two patterns that match one path have
 * its segments, so they differ only in where their "*" are).
 */
static int
route_cmp(const char *a, const char *b)
{
	int	 sa, sb;

	while (*a != '\0' && *b != '\0') {
		sa = route_star(a);
		sb = route_star(b);
		if (sa != sb)
			return sa ? -1 : 1;
		a += strcspn(a, "/");
		b += strcspn(b, "/");
		if (*a == '/')
			a++;
		if (*b == '/')
			b++;
	}
	return 0;
}

const struct route *
app_route_find(const struct route *routes, size_t n, const char *path,
    struct http_req *r)
{
	const struct route	*best = NULL;
	size_t			 i;

	for (i = 0; i < n; i++)
		if (app_route_match(routes[i].pattern, path, NULL) &&
		    (best == NULL ||
		    route_cmp(routes[i].pattern, best->pattern) > 0))
			best = &routes[i];
	if (best != NULL)
		app_route_match(best->pattern, path, r);
	else if (r != NULL)
		r->nargs = 0;
	return best;
}

int
app_route_check(const struct route *routes, size_t n, size_t *bad,
    const char **why)
{
	const char	*p;
	size_t		 i, j, stars;

	for (i = 0; i < n; i++) {
		*bad = i;
		if ((p = routes[i].pattern) == NULL || *p != '/') {
			*why = "does not start with /";
			return -1;
		}
		for (stars = 0; *p != '\0'; p++) {
			if (*p != '*')
				continue;
			if (p[-1] != '/' || !route_star(p)) {
				*why = "has a \"*\" that is not a whole segment";
				return -1;
			}
			stars++;
		}
		if (stars > HTTP_MAXARGS) {
			*why = "has more \"*\" segments than HTTP_MAXARGS";
			return -1;
		}
		for (j = 0; j < i; j++)
			if (strcmp(routes[j].pattern, routes[i].pattern) == 0) {
				*why = "is in the table twice";
				return -1;
			}
	}
	return 0;
}

static int
dispatch(struct http_req *r)
{
	const struct route	*rt;
	unsigned		 allowed = 0;
	int			 rc;

	r->lang = req_lang(r);
	valid_set_lang(r->lang);
	if ((rt = app_route_find(app->routes, app->nroutes, r->path, r)) ==
	    NULL)
		return 404;
	allowed = rt->methods | ((rt->methods & HTTP_GET) ? HTTP_HEAD : 0);
	if (r->method == 0 || !(allowed & r->method)) {
		http_header(r, "Allow", !(rt->methods & HTTP_POST) ?
		    "GET, HEAD" : (rt->methods & HTTP_GET) ?
		    "GET, HEAD, POST" : "POST");
		return app_error(r, 405, arena_printf(r->ar, "%s »%s«.",
		    app_str(r, "ERR_MSG_405"), r->method_str));
	}
	if (rt->flags & R_DB) {
		db_poll();
		if (db_ensure() == -1)
			return 503;
		/* The replica may lag: a POST reads its own writes. */
		db_read_allow(r->method == HTTP_GET || r->method == HTTP_HEAD);
	}
	if (app->before != NULL && (rc = app->before(r, rt)) != 0)
		return rc < 0 ? 0 : rc;	/* < 0: it answered itself */
	if (r->method == HTTP_POST && !app_csrf_ok(r))
		return 403;
	rc = rt->fn(r);
	if (rc == 0 && r->status == 0)
		rc = 500;	/* a handler that forgot to answer */
	if (rc != 0 && db_lost())
		rc = 503;
	return rc;
}

/* 1 if fr went to the sender thread with a held answer. */
static int
handle(FCGX_Request *fr, struct arena *ar)
{
	static unsigned long	 seq;
	struct http_req		 r;
	struct timespec		 t0, t1;
	const char		*why = NULL;
	int			 rc, handed = 0;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	/* The last request's binding lived in its arena: every page made
	 * before dispatch() binds again (error pages too) must not see it. */
	app_csrf_bind("");
	memset(&r, 0, sizeof(r));
	r.ar = ar;
	/* Worker pid and a counter: unique per program, and says nothing. */
	r.id = arena_printf(ar, "%x-%lx", app_pid, ++seq);
	r.out = fr->out;
	r.lim = &app_lim;
	if ((rc = http_read(&r, fr->in, fr->envp, &why)) == 0) {
		/* A reason the reading left behind is no reason now. */
		why = NULL;
		rc = dispatch(&r);
	} else {
		/* Refused while being read: in the language asked for, as
		 * far as the request was read. */
		r.lang = req_lang(&r);
		if (why != NULL)
			why = app_str(&r, why);
	}
	if (rc != 0 && r.status == 0) {
		if (why == NULL && !default_message(&r, rc, &why))
			why = app_str(&r, "ERR_MSG_OTHER");
		app_error(&r, rc, why);
	}
	db_end_request();
	/*
	 * Only failures are logged here, with the request id that the error
	 * page shows.  Every other request is in nginx's access log (id,
	 * path, status, time; no address), except on the whistleblower
	 * path, where nothing about a visit is kept: not by nginx, not here
	 * (app->quiet: only counted).
	 */
	if (app->quiet)
		count_add(r.status);
	else if (r.status >= 500) {
		clock_gettime(CLOCK_MONOTONIC, &t1);
		log_warn("%s %s %s %d %ldms", r.id,
		    r.method_str ? r.method_str : "-",
		    r.path ? r.path : "-", r.status,
		    (long)(t1.tv_sec - t0.tv_sec) * 1000L +
		    (t1.tv_nsec - t0.tv_nsec) / 1000000L);
	}
	if (r.buf != NULL)
		handed = hold_out(fr, r.buf);
	arena_reset(ar);
	return handed;
}

static void
on_stop(int sig)
{
	(void)sig;
	app_stop = 1;
	FCGX_ShutdownPending();
}

static FCGX_Request *
req_new(int sock)
{
	FCGX_Request	*fr;

	if ((fr = malloc(sizeof(*fr))) == NULL)
		abort();
	FCGX_InitRequest(fr, sock, FCGI_FAIL_ACCEPT_ON_INTR);
	return fr;
}

static void
worker(int sock, int prio)
{
	FCGX_Request	*fr;
	struct arena	 ar = { NULL, 0 };
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_stop;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	app_pid = (unsigned)getpid();
	/* Should the supervisor be killed outright, its workers go too. */
	prctl(PR_SET_PDEATHSIG, SIGTERM);
	if (getppid() == 1)
		_exit(0);
	if (app->held > 0) {
		/* One slot more for the daily count. */
		if (held_start(app->held + 1, HOLD_BYTES) == 0) {
			held_on = 1;
			if (app->quiet)
				count_schedule();
		} else
			log_warn("no sender thread: held answers wait in the worker");
	}
	/* Only this thread (Linux: nice is per thread): the sender keeps
	 * its priority, so held answers still go out on time. */
	if (prio > 0 && setpriority(PRIO_PROCESS, 0, prio) == -1)
		log_warn("nice %d: %s", prio, strerror(errno));
	if (app->worker_init != NULL && app->worker_init() == -1)
		_exit(1);
	(void)db_ensure();	/* failure is not fatal: requests answer 503 */
	if (app->sandbox && sandbox_enter(strcmp(app_cfg("sandbox", ""),
	    "trace") == 0) == -1)
		_exit(1);
	fr = req_new(sock);
	while (!app_stop && FCGX_Accept_r(fr) >= 0) {
		if (handle(fr, &ar)) {
			fr = req_new(sock);	/* the sender has that one */
			continue;
		}
		FCGX_Finish_r(fr);
	}
	FCGX_Free(fr, 1);
	free(fr);
	/* What is held goes out at its time, then the last count. */
	held_stop();
	if (app->quiet)
		count_log();
	db_close();
	arena_free(&ar);
	_exit(0);
}

/* The listening sockets, each with its own workers. */
struct pool {
	int	 sock;
	long	 n;
	int	 nice;
};

static pid_t
spawn(const struct pool *p)
{
	pid_t	 pid;

	if ((pid = fork()) == -1) {
		log_err("fork: %s", strerror(errno));
		return -1;
	}
	if (pid == 0)
		worker(p->sock, p->nice);
	return pid;
}

/* Keeps each pool's workers alive until SIGTERM/SIGINT, then stops them. */
static int
supervise(const struct pool *pools, size_t npools)
{
	pid_t		*pids;
	const struct pool **of;
	long		 i, j, nworkers = 0;
	size_t		 k;
	pid_t		 pid;
	int		 status;
	struct sigaction sa;
	time_t		 last_respawn = 0;

	for (k = 0; k < npools; k++)
		nworkers += pools[k].n;
	if ((pids = calloc((size_t)nworkers, sizeof(*pids))) == NULL ||
	    (of = calloc((size_t)nworkers, sizeof(*of))) == NULL)
		return -1;
	for (i = 0, k = 0; k < npools; k++)
		for (j = 0; j < pools[k].n; j++)
			of[i++] = &pools[k];
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_stop;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	for (i = 0; i < nworkers; i++)
		pids[i] = spawn(of[i]);
	while (!app_stop) {
		if ((pid = wait(&status)) == -1) {
			if (errno == EINTR)
				continue;
			sleep(1);
			continue;
		}
		for (i = 0; i < nworkers; i++)
			if (pids[i] == pid)
				break;
		if (i == nworkers || app_stop)
			continue;
		log_warn("worker %d ended (status %d%s); starting another",
		    (int)pid, status, WIFSIGNALED(status) &&
		    WTERMSIG(status) == SIGSYS ? ": killed by its sandbox" : "");
		/* A worker that dies at once must not spin the CPU. */
		if (time(NULL) - last_respawn < 1)
			sleep(1);
		last_respawn = time(NULL);
		pids[i] = spawn(of[i]);
	}
	for (i = 0; i < nworkers; i++)
		if (pids[i] > 0)
			kill(pids[i], SIGTERM);
	while (wait(&status) > 0 || errno == EINTR)
		continue;
	free(pids);
	free(of);
	return 0;
}

static void
usage(const char *prog)
{
	fprintf(stderr, "usage: %s -c config\n", prog);
	exit(2);
}

int
app_main(int argc, char *argv[], const struct app *a)
{
	const char	*conf = NULL, *sockpath, *tpldir, *keyfile, *why;
	const char	*lanepath;
	struct pool	 pools[2];
	size_t		 bad, npools = 1;
	int		 ch, sock;
	long		 nworkers;

	app = a;
	log_setup(a->name);
	log_day_only(a->quiet);
	/*
	 * Freed memory stays in the heap for the next request: by glibc's
	 * defaults a block over 128 KiB is mapped and unmapped on its own,
	 * and the heap's top is handed back above 128 KiB, so each page
	 * faulted its memory in afresh (a third of the staff program's time
	 * on the results plan).  Bounded: more than APP_HEAP_KEEP free at
	 * the top is still given back.
	 */
	(void)mallopt(M_MMAP_THRESHOLD, APP_HEAP_KEEP / 4);
	(void)mallopt(M_TRIM_THRESHOLD, APP_HEAP_KEEP);
	while ((ch = getopt(argc, argv, "c:")) != -1)
		switch (ch) {
		case 'c':
			conf = optarg;
			break;
		default:
			usage(argv[0]);
		}
	if (conf == NULL)
		usage(argv[0]);
	/* A table in which a route cannot be told apart stops the program. */
	if (app_route_check(a->routes, a->nroutes, &bad, &why) == -1) {
		log_err("route %zu \"%s\" %s", bad, a->routes[bad].pattern ?
		    a->routes[bad].pattern : "(null)", why);
		return 1;
	}
	if (conf_load(conf) == -1 || site_setup() == -1)
		return 1;
	if (crypto_init() == -1) {
		log_err("libsodium did not initialise");
		return 1;
	}
	tpldir = app_cfg("templates", "templates");
	sockpath = app_cfg("socket", NULL);
	keyfile = app_cfg("secret", NULL);
	nworkers = app_cfg_long("workers", 2);
	if (sockpath == NULL || keyfile == NULL || app_cfg("db", NULL) == NULL) {
		log_err("config %s: socket, secret and db are required", conf);
		return 1;
	}
	if (nworkers < 1 || nworkers > 64)
		nworkers = 2;
	/* Broken templates stop the program here, not a request later. */
	if (tpl_init(tpldir) == -1)
		return 1;
	app_names();
	if (crypto_load_key(keyfile, app_key) == -1)
		return 1;
	if (a->init != NULL && a->init() == -1)
		return 1;
	app_lim.max_body = (size_t)app_cfg_long("max_body", 1024 * 1024);
	app_lim.max_fields = (size_t)app_cfg_long("max_fields", 200);
	app_lim.max_field = (size_t)app_cfg_long("max_field", 64 * 1024);
	app_lim.max_file = (size_t)app_cfg_long("max_file", 10 * 1024 * 1024);
	app_lim.max_files = (size_t)app_cfg_long("max_files", 10);
	db_setup(app_cfg("db", NULL), a->stmts, a->nstmts);
	db_setup_read(app_cfg("db_read", NULL));

	if (FCGX_Init() != 0) {
		log_err("FCGX_Init failed");
		return 1;
	}
	unlink(sockpath);
	if ((sock = FCGX_OpenSocket(sockpath, 128)) == -1) {
		log_err("socket %s: %s", sockpath, strerror(errno));
		return 1;
	}
	/* Access is decided by the socket's directory (see tools/frist-ctl). */
	chmod(sockpath, 0666);
	log_info("listening on %s with %ld workers (libpq %d)", sockpath,
	    nworkers, PQlibVersion());
	pools[0].sock = sock;
	pools[0].n = nworkers;
	pools[0].nice = 0;
	/*
	 * A lane: a second socket with workers of its own at a lower
	 * priority, for the paths nginx sends there (the whistle program's
	 * mailbox, whose Argon2 must not take the CPU from the form).
	 */
	if ((lanepath = app_cfg("lane_socket", NULL)) != NULL) {
		pools[1].n = app_cfg_long("lane_workers", nworkers);
		pools[1].nice = (int)app_cfg_long("lane_nice", 5);
		if (pools[1].n < 1 || pools[1].n > 64)
			pools[1].n = nworkers;
		if (pools[1].nice > 19)
			pools[1].nice = 19;
		unlink(lanepath);
		if ((pools[1].sock = FCGX_OpenSocket(lanepath, 128)) == -1) {
			log_err("socket %s: %s", lanepath, strerror(errno));
			return 1;
		}
		chmod(lanepath, 0666);
		log_info("lane %s with %ld workers at nice %d", lanepath,
		    pools[1].n, pools[1].nice);
		npools = 2;
	}
	supervise(pools, npools);
	unlink(sockpath);
	if (lanepath != NULL)
		unlink(lanepath);
	log_info("stopped");
	return 0;
}
