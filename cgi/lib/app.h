/*
 * app: what the three FastCGI programs share: configuration, the
 * pre-forked workers and their supervisor, routing, CSRF checks and page
 * rendering through the shared layout.
 *
 * A program is a route table, a statement table and optional hooks,
 * passed to app_main().
 */
#ifndef FRIST_APP_H
#define FRIST_APP_H

#include <stddef.h>

#include "db.h"
#include "http.h"
#include "tpl.h"

/* Route flags. */
#define R_DB		0x1	/* needs the database (503 if it is down) */
#define R_SESSION	0x2	/* the program's before hook must accept it */

/*
 * A route: its pattern is a path whose segments are exact or "*", which
 * matches any one non-empty segment; "/a/" and "/a" are different paths.
 * A request goes to the most specific route that matches its path,
 * whatever the order of the table (app_route_find), and a program whose
 * table has a pattern twice does not start (app_route_check).
 */
struct route {
	const char	*pattern;
	unsigned	 methods;	/* HTTP_GET | HTTP_POST ... */
	int		(*fn)(struct http_req *);
	unsigned	 flags;
};

/* A table row of an X-macro list R(pattern, methods, handler, flags)
 * (cgi/<program>/routes.h): { XX_ROUTES(APP_ROUTE) }. */
#define APP_ROUTE(pat, methods, fn, flags)	{ pat, methods, fn, flags },

/* 1 if path matches pat; with r (not NULL), the "*" segments in r->args. */
int		 app_route_match(const char *pat, const char *path,
		    struct http_req *r);
/*
 * The route of the table that matches path, its "*" segments in r->args
 * (r may be NULL: only the route); NULL if none does.  Of several, the most specific: segment by segment
 * from the left, the first segment that is exact in one and "*" in the
 * other decides for the exact one.  Methods play no part (a wrong one is
 * a 405 from the route found).
 */
const struct route *app_route_find(const struct route *, size_t n,
		    const char *path, struct http_req *r);
/* 0 if every pattern starts with "/", has "*" only as whole segments and
 * at most HTTP_MAXARGS of them, and no pattern is there twice; else -1,
 * with the route's index in *bad and what is wrong with it in *why. */
int		 app_route_check(const struct route *, size_t n, size_t *bad,
		    const char **why);

struct app {
	const char		*name;		/* "portal", "whistle", "staff" */
	const char		*nav;		/* layout section, e.g. "NAV_PORTAL" */
	const struct route	*routes;
	size_t			 nroutes;
	const struct db_stmt	*stmts;
	size_t			 nstmts;
	/*
	 * Optional: after parsing, before CSRF and the handler.  Returns 0 to
	 * go on, a status for app_error(), or -1 if it sent a response itself.
	 */
	int			(*before)(struct http_req *, const struct route *);
	/* Optional: once in the supervisor after the config is read, before
	 * the workers fork (e.g. compiling XML schemas). */
	int			(*init)(void);
	/* Optional: once per worker after fork. */
	int			(*worker_init)(void);
	/* Optional: fills the layout (user name, logout form). */
	void			(*layout)(struct http_req *, struct tpl_dict *root);
	long			 csrf_max_age;	/* seconds */
	/* 1: pages in Danish and English (?lang=en, or a form field "lang");
	 * 0: Danish only. */
	int			 langs;
	/* Answers to POSTs are padded to a multiple of this many bytes (0:
	 * not), so that their size says little about what they contain. */
	size_t			 pad;
	/* 1: each worker enters sandbox.h's seccomp allow-list once it is
	 * set up (config "sandbox = trace" to find a missing call). */
	int			 sandbox;
	/*
	 * Held answers (app_hold_reply) each worker may have waiting for
	 * its sender thread; 0: no thread, the worker waits itself.
	 */
	size_t			 held;
	/*
	 * 1: nothing about one request is logged, not even a failure, and
	 * log lines carry the day only.  Answers are counted by status in
	 * memory and the counts logged once a day and when a worker ends.
	 */
	int			 quiet;
};

/* Handlers return 0 when they sent a response, else a status for app_error(). */
int		 app_main(int argc, char *argv[], const struct app *);

/* A value from the program's config file, or def. */
const char	*app_cfg(const char *key, const char *def);
long		 app_cfg_long(const char *key, long def);

/* CSRF: the token for this request's forms, and what it is bound to. */
void		 app_csrf_bind(const char *bind);
const char	*app_csrf_token(struct http_req *);
int		 app_csrf_ok(struct http_req *);

/*
 * One-time form keys.  A form whose POST creates something carries a
 * fresh key in a hidden field "once" (app_once_new); the handler stores
 * the key's hash with what it created (unique), so that a repeat of the
 * same POST (reload, double click, back and send again) finds the first
 * result instead of making a second record.  Where the first answer
 * showed a code that is stored only as a slow hash (receipt codes, draft
 * codes), app_once_digits() makes that code from the key and ctx (e.g. a
 * digest of the content) with the program's secret, so the repeat can
 * show the same code again.
 */
const char	*app_once_new(struct http_req *);
void		 app_once_digits(const char *purpose, const char *key,
		    const void *ctx, size_t ctxlen, char *out, size_t n);

/* A text of the request's language from the string tables (i18n.h). */
const char	*app_str(struct http_req *, const char *key);
/* The label of code from a table of { code, key } rows, in the request's
 * language; the code itself if the table has no row for it. */
const char	*app_label(struct http_req *, const char *const (*tab)[2],
		    size_t n, const char *code);
#define APP_LABEL(r, tab, code) \
	app_label((r), (tab), sizeof(tab) / sizeof((tab)[0]), (code))

/* Pages: body is the page template's own dictionary. */
struct page {
	struct tpl_dict	*root;
	struct tpl_dict	*body;
};
struct tpl_dict	*page_new(struct http_req *, struct page *, const char *tpl,
		    const char *title);
int		 page_send(struct http_req *, struct page *, int status);
/* A template included into d as {{>name}}, in the request's language. */
struct tpl_dict	*page_include(struct http_req *, struct tpl_dict *d,
		    const char *name, const char *tpl);
/* Waits until ms milliseconds after t0 (CLOCK_MONOTONIC), so that an
 * answer takes the same time whatever it found. */
struct timespec;
void		 app_hold(const struct timespec *t0, long ms);
/*
 * The same without waiting in the worker: the whole answer of this
 * request (headers, body, padding, and an error page made after the
 * handler) is kept in memory and sent, all at once, ms after t0 by the
 * worker's sender thread (held.h), while the worker goes on to the next
 * request.  Call it before anything is written.  Where that cannot be
 * (an answer already begun, no sender thread, its queue full) the
 * worker waits as app_hold() does; either way nothing goes out early.
 */
void		 app_hold_reply(struct http_req *, const struct timespec *t0,
		    long ms);

/* Renders error.tpl with a Danish explanation; returns 0. */
int		 app_error(struct http_req *, int status, const char *msg);

#endif
