/*
 * Unit tests for the routing of app.c: what a pattern matches and
 * captures, which of several matching routes a request goes to (the most
 * specific, whatever the order of the table), and what app_route_check
 * refuses.  Then the three programs' real tables, taken from their
 * routes.h with each handler left out and the route's index as marker:
 * every route is reached by a path made from its own pattern, and so it
 * stays in any order of the table.
 */
#include <stdio.h>
#include <string.h>

#include <check.h>

#include "app.h"
#include "util.h"

#include "../../cgi/portal/routes.h"
#include "../../cgi/staff/routes.h"
#include "../../cgi/whistle/routes.h"

Suite	*route_suite(void);
Suite	*route_tables_suite(void);

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define MAXROUTES	64
/* What a "*" is filled with: no program has it as an exact segment. */
#define SAMPLE		"42"

/* --- route_match ------------------------------------------------------ */

static const struct {
	const char	*pat, *path;
	int		 want;
	size_t		 nargs;
	const char	*arg[2];
} matchcases[] = {
	{ "/", "/", 1, 0, { NULL, NULL } },
	{ "/", "", 0, 0, { NULL, NULL } },
	{ "/", "/x", 0, 0, { NULL, NULL } },
	{ "/staff/", "/staff/", 1, 0, { NULL, NULL } },
	/* A trailing slash is part of the path, both ways. */
	{ "/staff/", "/staff", 0, 0, { NULL, NULL } },
	{ "/staff/login", "/staff/login/", 0, 0, { NULL, NULL } },
	{ "/staff/login", "/staff/login", 1, 0, { NULL, NULL } },
	{ "/staff/login", "/staff/logi", 0, 0, { NULL, NULL } },
	{ "/staff/login", "/staff/loginx", 0, 0, { NULL, NULL } },
	{ "/staff/", "/staff/x", 0, 0, { NULL, NULL } },
	{ "/grants/feed.atom", "/grants/feed.atom", 1, 0, { NULL, NULL } },
	{ "/grants/feed.atom", "/grants/feedxatom", 0, 0, { NULL, NULL } },
	/* "*" is one non-empty segment. */
	{ "/a/*", "/a/7", 1, 1, { "7", NULL } },
	{ "/a/*", "/a/some-id.pdf", 1, 1, { "some-id.pdf", NULL } },
	{ "/a/*", "/a/", 0, 0, { NULL, NULL } },
	{ "/a/*", "/a", 0, 0, { NULL, NULL } },
	{ "/a/*", "/a/7/", 0, 0, { NULL, NULL } },
	{ "/a/*", "/a/7/x", 0, 0, { NULL, NULL } },
	{ "/a/*", "/a//", 0, 0, { NULL, NULL } },
	{ "/a/*", "/b/7", 0, 0, { NULL, NULL } },
	{ "/a/*/edit", "/a/7/edit", 1, 1, { "7", NULL } },
	{ "/a/*/edit", "/a//edit", 0, 0, { NULL, NULL } },
	{ "/a/*/edit", "/a/7/edit/", 0, 0, { NULL, NULL } },
	{ "/a/*/edit", "/a/7/8/edit", 0, 0, { NULL, NULL } },
	{ "/a/*/edit", "/a/7/edi", 0, 0, { NULL, NULL } },
	{ "/a/*/b/*", "/a/7/b/8", 1, 2, { "7", "8" } },
	{ "/a/*/b/*", "/a/7/b/", 0, 0, { NULL, NULL } },
	{ "/*", "/x", 1, 1, { "x", NULL } },
	{ "/*", "/", 0, 0, { NULL, NULL } },
	{ "/*/", "/x/", 1, 1, { "x", NULL } },
	{ "/*/", "/x", 0, 0, { NULL, NULL } },
};

START_TEST(test_match)
{
	struct arena	 a = { 0 };
	struct http_req	 r;
	size_t		 k;

	memset(&r, 0, sizeof(r));
	r.ar = &a;
	r.nargs = 99;
	ck_assert_msg(app_route_match(matchcases[_i].pat, matchcases[_i].path,
	    &r) == matchcases[_i].want, "\"%s\" against \"%s\"",
	    matchcases[_i].pat, matchcases[_i].path);
	if (matchcases[_i].want) {
		ck_assert_uint_eq(r.nargs, matchcases[_i].nargs);
		for (k = 0; k < r.nargs; k++)
			ck_assert_str_eq(r.args[k], matchcases[_i].arg[k]);
	}
	/* Without a request it only answers. */
	ck_assert_int_eq(app_route_match(matchcases[_i].pat,
	    matchcases[_i].path, NULL), matchcases[_i].want);
	arena_free(&a);
}
END_TEST

START_TEST(test_match_maxargs)
{
	struct arena	 a = { 0 };
	struct http_req	 r;

	memset(&r, 0, sizeof(r));
	r.ar = &a;
	ck_assert_int_eq(HTTP_MAXARGS, 4);
	ck_assert(app_route_match("/*/*/*/*", "/a/b/c/d", &r));
	ck_assert_uint_eq(r.nargs, 4);
	ck_assert_str_eq(r.args[3], "d");
	ck_assert(!app_route_match("/*/*/*/*/*", "/a/b/c/d/e", &r));
	arena_free(&a);
}
END_TEST

/* --- selection -------------------------------------------------------- */

/*
 * A small table, a path, and which pattern must win (NULL: none).  Every
 * order of the table is tried.
 */
static const struct {
	const char	*pats[4];
	const char	*path;
	const char	*want;
	const char	*arg;		/* the first capture, if any */
} selcases[] = {
	/* Exact before "*", either way round. */
	{ { "/a/*", "/a/new", NULL, NULL }, "/a/new", "/a/new", NULL },
	{ { "/a/*", "/a/new", NULL, NULL }, "/a/7", "/a/*", "7" },
	{ { "/w/", "/w/stats", "/w/files/*", "/w/*" }, "/w/stats",
	  "/w/stats", NULL },
	{ { "/w/", "/w/stats", "/w/files/*", "/w/*" }, "/w/files",
	  "/w/*", "files" },
	{ { "/w/", "/w/stats", "/w/files/*", "/w/*" }, "/w/files/9",
	  "/w/files/*", "9" },
	{ { "/w/", "/w/stats", "/w/files/*", "/w/*" }, "/w/", "/w/", NULL },
	{ { "/w/", "/w/stats", "/w/files/*", "/w/*" }, "/w/x", "/w/*", "x" },
	{ { "/w/", "/w/stats", "/w/files/*", "/w/*" }, "/w", NULL, NULL },
	{ { "/w/", "/w/stats", "/w/files/*", "/w/*" }, "/w/stats/", NULL,
	  NULL },
	/* Segment by segment from the left: the first difference decides. */
	{ { "/a/*/x", "/a/b/*", NULL, NULL }, "/a/b/x", "/a/b/*", "x" },
	{ { "/a/*/x", "/a/b/*", NULL, NULL }, "/a/c/x", "/a/*/x", "c" },
	{ { "/*/b", "/a/*", "/*/*", NULL }, "/a/b", "/a/*", "b" },
	{ { "/*/b", "/a/*", "/*/*", NULL }, "/z/b", "/*/b", "z" },
	{ { "/*/b", "/a/*", "/*/*", NULL }, "/z/y", "/*/*", "z" },
	/* Different lengths never compete. */
	{ { "/p/*", "/p/*/apply", NULL, NULL }, "/p/3/apply", "/p/*/apply",
	  "3" },
	{ { "/p/*", "/p/*/apply", NULL, NULL }, "/p/3", "/p/*", "3" },
	/* No match. */
	{ { "/a/*", "/a/new", NULL, NULL }, "/b/new", NULL, NULL },
	{ { NULL, NULL, NULL, NULL }, "/", NULL, NULL },
};

static void
sel_try(const struct route *t, size_t n, size_t i)
{
	struct arena		 a = { 0 };
	struct http_req		 r;
	const struct route	*rt;

	memset(&r, 0, sizeof(r));
	r.ar = &a;
	r.nargs = 99;
	rt = app_route_find(t, n, selcases[i].path, &r);
	if (selcases[i].want == NULL) {
		ck_assert_msg(rt == NULL, "\"%s\" went to \"%s\"",
		    selcases[i].path, rt != NULL ? rt->pattern : "");
		ck_assert_uint_eq(r.nargs, 0);
	} else {
		ck_assert_msg(rt != NULL, "\"%s\" found nothing",
		    selcases[i].path);
		ck_assert_msg(strcmp(rt->pattern, selcases[i].want) == 0,
		    "\"%s\" went to \"%s\", not \"%s\" (first: \"%s\")",
		    selcases[i].path, rt->pattern, selcases[i].want,
		    t[0].pattern);
		if (selcases[i].arg != NULL) {
			ck_assert_uint_ge(r.nargs, 1);
			ck_assert_str_eq(r.args[0], selcases[i].arg);
		} else
			ck_assert_uint_eq(r.nargs, 0);
	}
	arena_free(&a);
}

/* Every permutation of t[k..n) after t[0..k), each tried. */
static void
sel_permute(struct route *t, size_t k, size_t n, size_t i)
{
	struct route	 tmp;
	size_t		 j;

	if (k + 1 >= n) {
		sel_try(t, n, i);
		return;
	}
	for (j = k; j < n; j++) {
		tmp = t[k], t[k] = t[j], t[j] = tmp;
		sel_permute(t, k + 1, n, i);
		tmp = t[k], t[k] = t[j], t[j] = tmp;
	}
}

START_TEST(test_select)
{
	struct route	 t[4];
	size_t		 n;

	memset(t, 0, sizeof(t));
	for (n = 0; n < NELEM(t) && selcases[_i].pats[n] != NULL; n++) {
		t[n].pattern = selcases[_i].pats[n];
		t[n].methods = HTTP_GET;
	}
	if (n == 0)
		sel_try(t, 0, (size_t)_i);
	else
		sel_permute(t, 0, n, (size_t)_i);
}
END_TEST

/* Methods do not choose: a POST to a GET-only exact route is its 405. */
START_TEST(test_select_methods)
{
	struct arena		 a = { 0 };
	struct http_req		 r;
	const struct route	 t[] = {
		{ "/a/*", HTTP_GET | HTTP_POST, NULL, 0 },
		{ "/a/new", HTTP_GET, NULL, 1 },
	};
	const struct route	*rt;

	memset(&r, 0, sizeof(r));
	r.ar = &a;
	r.method = HTTP_POST;
	rt = app_route_find(t, NELEM(t), "/a/new", &r);
	ck_assert_ptr_nonnull(rt);
	ck_assert_uint_eq(rt->flags, 1);
	arena_free(&a);
}
END_TEST

/* --- app_route_check -------------------------------------------------- */

static const struct {
	const char	*pats[3];
	int		 want;
	size_t		 bad;
} checkcases[] = {
	{ { "/", "/a/*", "/a/new" }, 0, 0 },
	{ { "/a/*", "/a/*/b", "/*/*/*/*" }, 0, 0 },
	{ { "/a/*", "/b", "/a/*" }, -1, 2 },
	{ { "/a/", "/a/", NULL }, -1, 1 },
	{ { "/a", "b", NULL }, -1, 1 },
	{ { "", NULL, NULL }, -1, 0 },
	{ { "/a/x*", NULL, NULL }, -1, 0 },
	{ { "/a/*x", NULL, NULL }, -1, 0 },
	{ { "/a/**", NULL, NULL }, -1, 0 },
	{ { "/ok", "/*/*/*/*/*", NULL }, -1, 1 },
	/* "/a" and "/a/" are different paths. */
	{ { "/a", "/a/", NULL }, 0, 0 },
};

START_TEST(test_check)
{
	struct route	 t[3];
	size_t		 n, bad = 99;
	const char	*why = NULL;
	int		 rc;

	memset(t, 0, sizeof(t));
	for (n = 0; n < NELEM(t) && checkcases[_i].pats[n] != NULL; n++)
		t[n].pattern = checkcases[_i].pats[n];
	rc = app_route_check(t, n, &bad, &why);
	ck_assert_msg(rc == checkcases[_i].want, "case %d: %d", _i, rc);
	if (rc == -1) {
		ck_assert_uint_eq(bad, checkcases[_i].bad);
		ck_assert_ptr_nonnull(why);
	}
}
END_TEST

Suite *
route_suite(void)
{
	Suite	*s = suite_create("route");
	TCase	*tc;

	tc = tcase_create("match");
	tcase_add_loop_test(tc, test_match, 0, (int)NELEM(matchcases));
	tcase_add_test(tc, test_match_maxargs);
	suite_add_tcase(s, tc);
	tc = tcase_create("select");
	tcase_add_loop_test(tc, test_select, 0, (int)NELEM(selcases));
	tcase_add_test(tc, test_select_methods);
	suite_add_tcase(s, tc);
	tc = tcase_create("check");
	tcase_add_loop_test(tc, test_check, 0, (int)NELEM(checkcases));
	suite_add_tcase(s, tc);
	return s;
}

/* --- the programs' tables --------------------------------------------- */

/* A row without its handler or flags: those are the pages' business. */
#define ROW(pat, methods, fn, flags)	{ pat, methods, NULL, 0 },

static const struct route portal_rows[] = { PORTAL_ROUTES(ROW) };
static const struct route staff_rows[] = { STAFF_ROUTES(ROW) };
static const struct route whistle_rows[] = { WHISTLE_ROUTES(ROW) };

static const struct prog {
	const char		*name;
	const struct route	*rows;
	size_t			 n;
	/* Paths that none of its routes may take. */
	const char		*nomatch[8];
} progs[] = {
	{ "portal", portal_rows, NELEM(portal_rows), {
	    "", "/grants", "/grants/pools/", "/grants/pools/42/",
	    "/grants/pools/42/apply/x", "/grants/my", "/index.html", NULL } },
	{ "staff", staff_rows, NELEM(staff_rows), {
	    "/staff", "/staff/pools", "/staff/login/", "/staff/whistle",
	    "/staff/whistle/42/", "/staff/whistle/files/", "/", NULL } },
	{ "whistle", whistle_rows, NELEM(whistle_rows), {
	    "/whistleblower", "/whistleblower/mailbox/",
	    "/whistleblower/42", "/", NULL } },
};

/*
 * The program's table with each route's index in flags, so that a route
 * found is known by it in any order.
 */
static size_t
prog_table(const struct prog *p, struct route *t)
{
	size_t	 i;

	ck_assert_uint_le(p->n, MAXROUTES);
	for (i = 0; i < p->n; i++) {
		t[i] = p->rows[i];
		t[i].flags = (unsigned)i;
	}
	return p->n;
}

/* The pattern with every "*" filled with SAMPLE; the number of them. */
static size_t
sample_path(const char *pat, char *buf, size_t bufsz)
{
	size_t	 n = 0, len = 0;

	for (; *pat != '\0'; pat++) {
		if (*pat == '*') {
			ck_assert_uint_lt(len + strlen(SAMPLE), bufsz);
			memcpy(buf + len, SAMPLE, strlen(SAMPLE));
			len += strlen(SAMPLE);
			n++;
		} else {
			ck_assert_uint_lt(len + 1, bufsz);
			buf[len++] = *pat;
		}
	}
	buf[len] = '\0';
	return n;
}

/*
 * Which route of t the path goes to: its index (flags), or -1; how many
 * segments it captured, and whether each of them is SAMPLE.
 */
static long
find_index(const struct route *t, size_t n, const char *path, size_t *nargs,
    int *sampled)
{
	struct arena		 a = { 0 };
	struct http_req		 r;
	const struct route	*rt;
	size_t			 k;
	long			 idx = -1;
	int			 all = 1;

	memset(&r, 0, sizeof(r));
	r.ar = &a;
	if ((rt = app_route_find(t, n, path, &r)) != NULL)
		idx = (long)rt->flags;
	for (k = 0; k < r.nargs; k++)
		if (strcmp(r.args[k], SAMPLE) != 0)
			all = 0;
	if (nargs != NULL)
		*nargs = r.nargs;
	if (sampled != NULL)
		*sampled = all;
	arena_free(&a);
	return idx;
}

/* What the dispatcher did before: the first route that matches. */
static long
first_come_index(const struct route *t, size_t n, const char *path)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (app_route_match(t[i].pattern, path, NULL))
			return (long)t[i].flags;
	return -1;
}

START_TEST(test_prog_check)
{
	const struct prog	*p = &progs[_i];
	size_t			 i, j, bad = 0;
	const char		*why = NULL;

	ck_assert_uint_gt(p->n, 0);
	ck_assert_msg(app_route_check(p->rows, p->n, &bad, &why) == 0,
	    "%s: route %zu \"%s\" %s", p->name, bad, p->rows[bad].pattern,
	    why);
	for (i = 0; i < p->n; i++) {
		ck_assert_msg(p->rows[i].methods != 0, "%s: \"%s\" no method",
		    p->name, p->rows[i].pattern);
		for (j = i + 1; j < p->n; j++)
			ck_assert_msg(strcmp(p->rows[i].pattern,
			    p->rows[j].pattern) != 0, "%s: \"%s\" twice",
			    p->name, p->rows[i].pattern);
	}
}
END_TEST

START_TEST(test_prog_reachable)
{
	const struct prog	*p = &progs[_i];
	struct route		 t[MAXROUTES];
	char			 path[256];
	size_t			 i, n, stars, nargs;
	long			 got;
	int			 sampled;

	n = prog_table(p, t);
	for (i = 0; i < n; i++) {
		stars = sample_path(t[i].pattern, path, sizeof(path));
		got = find_index(t, n, path, &nargs, &sampled);
		ck_assert_msg(got == (long)i, "%s: \"%s\" went to \"%s\", not "
		    "\"%s\"", p->name, path, got < 0 ? "(none)" :
		    t[got].pattern, t[i].pattern);
		ck_assert_uint_eq(nargs, stars);
		ck_assert_msg(sampled, "%s: \"%s\" captured other than "
		    SAMPLE, p->name, path);
	}
	for (i = 0; p->nomatch[i] != NULL; i++)
		ck_assert_msg(find_index(t, n, p->nomatch[i], NULL, NULL) == -1,
		    "%s: \"%s\" found a route", p->name, p->nomatch[i]);
}
END_TEST

/* Every sample path of the program, in table order t, to its own route. */
static void
prog_same(const struct prog *p, const struct route *t, size_t n,
    const char *order)
{
	char	 path[256];
	size_t	 i, stars, nargs;
	long	 got;
	int	 sampled;

	for (i = 0; i < n; i++) {
		stars = sample_path(p->rows[i].pattern, path, sizeof(path));
		got = find_index(t, n, path, &nargs, &sampled);
		ck_assert_msg(got == (long)i, "%s (%s): \"%s\" went to \"%s\", "
		    "not \"%s\"", p->name, order, path, got < 0 ? "(none)" :
		    p->rows[got].pattern, p->rows[i].pattern);
		ck_assert_uint_eq(nargs, stars);
		ck_assert(sampled);
	}
}

START_TEST(test_prog_shuffled)
{
	const struct prog	*p = &progs[_i];
	struct route		 t[MAXROUTES], u[MAXROUTES], tmp;
	unsigned long long	 seed = 20240601ULL + (unsigned long long)_i;
	size_t			 i, j, k, n;

	n = prog_table(p, t);
	/* Reversed. */
	for (i = 0; i < n; i++)
		u[i] = t[n - 1 - i];
	prog_same(p, u, n, "reversed");
	/* Every rotation. */
	for (k = 1; k < n; k++) {
		for (i = 0; i < n; i++)
			u[i] = t[(i + k) % n];
		prog_same(p, u, n, "rotated");
	}
	/* Shuffled (Fisher-Yates with a fixed LCG, so a failure repeats). */
	for (k = 0; k < 200; k++) {
		memcpy(u, t, n * sizeof(t[0]));
		for (i = n - 1; i > 0; i--) {
			seed = seed * 6364136223846793005ULL +
			    1442695040888963407ULL;
			j = (size_t)((seed >> 33) % (i + 1));
			tmp = u[i], u[i] = u[j], u[j] = tmp;
		}
		prog_same(p, u, n, "shuffled");
	}
}
END_TEST

/*
 * The test above has teeth: reversed, the staff table under the old
 * first-come matching sent /staff/whistle/stats to the report's route
 * (a "*" after /staff/whistle/), and /staff/pools/new to a pool's.
 */
START_TEST(test_first_come_shadowed)
{
	const struct prog	*p = &progs[1];
	struct route		 t[MAXROUTES], u[MAXROUTES];
	size_t			 i, n;
	long			 stats = -1, star = -1, got;

	ck_assert_str_eq(p->name, "staff");
	n = prog_table(p, t);
	for (i = 0; i < n; i++) {
		u[i] = t[n - 1 - i];
		if (strcmp(t[i].pattern, "/staff/whistle/stats") == 0)
			stats = (long)i;
		if (strcmp(t[i].pattern, "/staff/whistle/*") == 0)
			star = (long)i;
	}
	ck_assert_int_ge(stats, 0);
	ck_assert_int_ge(star, 0);
	ck_assert_int_eq(first_come_index(t, n, "/staff/whistle/stats"),
	    stats);
	ck_assert_int_eq(first_come_index(u, n, "/staff/whistle/stats"),
	    star);
	ck_assert_int_eq(find_index(u, n, "/staff/whistle/stats", NULL, NULL),
	    stats);
	got = first_come_index(u, n, "/staff/pools/new");
	ck_assert_int_ge(got, 0);
	ck_assert_str_eq(t[got].pattern, "/staff/pools/*");
	got = find_index(u, n, "/staff/pools/new", NULL, NULL);
	ck_assert_int_ge(got, 0);
	ck_assert_str_eq(t[got].pattern, "/staff/pools/new");
}
END_TEST

/*
 * The goals' exports beside the goal pages: the fixed names win over a
 * goal's code ("*"), and a goal's own paths keep their code.
 */
static const struct {
	const char	*path, *pattern, *arg;
} goal_paths[] = {
	{ "/staff/goals/overview.xml", "/staff/goals/overview.xml", NULL },
	{ "/staff/goals/overview.csv", "/staff/goals/overview.csv", NULL },
	{ "/staff/goals/report", "/staff/goals/report", NULL },
	{ "/staff/goals/grants.accounts", "/staff/goals/*", "grants.accounts" },
	{ "/staff/goals/grants.accounts/cases.csv", "/staff/goals/*/cases.csv",
	  "grants.accounts" },
	{ "/staff/goals/whistle.ack/versions", "/staff/goals/*/versions",
	  "whistle.ack" },
	{ "/staff/goals/report/cases.csv", "/staff/goals/*/cases.csv",
	  "report" },
	{ "/staff/goals/grants.accounts/trend.csv", "/staff/goals/*/trend.csv",
	  "grants.accounts" },
	{ "/staff/goals/grants.accounts/histogram.csv",
	  "/staff/goals/*/histogram.csv", "grants.accounts" },
	{ "/staff/goals/whistle.ack/tables.xml", "/staff/goals/*/tables.xml",
	  "whistle.ack" },
	{ "/staff/goals/grants.accounts/cases.xml", NULL, NULL },
	{ "/staff/goals/report/x", NULL, NULL },
};

START_TEST(test_goal_paths)
{
	const struct prog	*p = &progs[1];
	struct arena		 a = { 0 };
	struct http_req		 r;
	const struct route	*rt;

	ck_assert_str_eq(p->name, "staff");
	memset(&r, 0, sizeof(r));
	r.ar = &a;
	rt = app_route_find(p->rows, p->n, goal_paths[_i].path, &r);
	if (goal_paths[_i].pattern == NULL)
		ck_assert_msg(rt == NULL, "\"%s\" found \"%s\"",
		    goal_paths[_i].path, rt->pattern);
	else {
		ck_assert_msg(rt != NULL, "\"%s\" found no route",
		    goal_paths[_i].path);
		ck_assert_str_eq(rt->pattern, goal_paths[_i].pattern);
		if (goal_paths[_i].arg == NULL)
			ck_assert_uint_eq(r.nargs, 0);
		else {
			ck_assert_uint_eq(r.nargs, 1);
			ck_assert_str_eq(r.args[0], goal_paths[_i].arg);
		}
	}
	arena_free(&a);
}
END_TEST

Suite *
route_tables_suite(void)
{
	Suite	*s = suite_create("route_tables");
	TCase	*tc = tcase_create("programs");

	tcase_add_loop_test(tc, test_prog_check, 0, (int)NELEM(progs));
	tcase_add_loop_test(tc, test_prog_reachable, 0, (int)NELEM(progs));
	tcase_add_loop_test(tc, test_prog_shuffled, 0, (int)NELEM(progs));
	tcase_add_test(tc, test_first_come_shadowed);
	tcase_add_loop_test(tc, test_goal_paths, 0, (int)NELEM(goal_paths));
	suite_add_tcase(s, tc);
	return s;
}
