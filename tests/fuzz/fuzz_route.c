/*
 * fuzz_route: app_route_find over the three programs' real route tables
 * (their routes.h, each handler left out, as tests/unit/check_route.c
 * does), with the request's path as the input.
 *
 * Checked: a path no pattern matches finds nothing; one that matches
 * finds a route that matches it and that no other matching route is
 * more specific than (segment by segment from the left, exact beats
 * "*"); its captures are non-empty segments without '/', one per "*",
 * and put back into the pattern they give the path again.
 */
#include "fuzz.h"

#include "app.h"
#include "util.h"

#include "../../cgi/portal/routes.h"
#include "../../cgi/staff/routes.h"
#include "../../cgi/whistle/routes.h"

#define ROW(pat, methods, fn, flags)	{ pat, methods, NULL, 0 },
#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static const struct route portal[] = { PORTAL_ROUTES(ROW) };
static const struct route staff[] = { STAFF_ROUTES(ROW) };
static const struct route whistle[] = { WHISTLE_ROUTES(ROW) };

/* > 0 if a is more specific than b, < 0 if b is, 0 if neither. */
static int
ref_cmp(const char *a, const char *b)
{
	int	 sa, sb;

	for (;;) {
		sa = a[0] == '*' && (a[1] == '/' || a[1] == '\0');
		sb = b[0] == '*' && (b[1] == '/' || b[1] == '\0');
		if (sa != sb)
			return sa ? -1 : 1;
		a += strcspn(a, "/");
		b += strcspn(b, "/");
		if (*a == '\0' || *b == '\0')
			return 0;
		a++;
		b++;
	}
}

static void
check_table(struct arena *ar, const struct route *t, size_t n,
    const char *path)
{
	const struct route	*best;
	struct http_req		 r;
	const char		*p;
	char			*back;
	size_t			 i, stars = 0;

	memset(&r, 0, sizeof(r));
	r.ar = ar;
	best = app_route_find(t, n, path, &r);
	if (best == NULL) {
		for (i = 0; i < n; i++)
			FUZZ_CHECK(!app_route_match(t[i].pattern, path, NULL));
		FUZZ_CHECK(r.nargs == 0);
		return;
	}
	FUZZ_CHECK(app_route_match(best->pattern, path, NULL));
	for (i = 0; i < n; i++)
		if (&t[i] != best && app_route_match(t[i].pattern, path, NULL))
			FUZZ_CHECK(ref_cmp(best->pattern, t[i].pattern) > 0);
	back = arena_strdup(ar, "");
	for (p = best->pattern; *p != '\0'; p++) {
		if (*p == '*') {
			FUZZ_CHECK(stars < r.nargs);
			FUZZ_CHECK(r.args[stars][0] != '\0');
			FUZZ_CHECK(strchr(r.args[stars], '/') == NULL);
			back = arena_printf(ar, "%s%s", back, r.args[stars++]);
		} else
			back = arena_printf(ar, "%s%c", back, *p);
	}
	FUZZ_CHECK(stars == r.nargs);
	FUZZ_CHECK(strcmp(back, path) == 0);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct arena	 ar;	/* reset, as a worker does */
	char		*path = fuzz_strndup(data, size);

	check_table(&ar, portal, NELEM(portal), path);
	check_table(&ar, staff, NELEM(staff), path);
	check_table(&ar, whistle, NELEM(whistle), path);
	free(path);
	arena_reset(&ar);
	return 0;
}
