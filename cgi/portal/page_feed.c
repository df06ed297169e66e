/*
 * /grants/feed.atom: new pools as an Atom feed (written by libxml2).
 * Its links start with the configured base URL (site.h), never with the
 * request's Host, so the feed is the same for every client and may be
 * cached publicly (by language, which is in its address).
 */
#include <stdlib.h>
#include <string.h>

#include "portal.h"
#include "site.h"
#include "xmlio.h"

int
page_feed(struct http_req *r)
{
	struct xmlio_entry	*e;
	PGresult		*res;
	const char		*base, *lq;
	char			*out;
	size_t			 len;
	time_t			 newest = 0;
	int			 i, n;

	if ((res = db_exec(STMT_POOL_FEED, NULL)) == NULL)
		return 503;
	n = PQntuples(res);
	base = site_base();	/* "" without one: relative links (RFC 4287) */
	/* The feed's links lead to the pages in its language. */
	lq = app_str(r, "LQ");
	e = arena_alloc(r->ar, ((size_t)n + 1) * sizeof(*e));
	for (i = 0; i < n; i++) {
		e[i].id = arena_printf(r->ar, "urn:frist:pool:%s",
		    db_val(res, i, POOL_FEED_id));
		e[i].title = db_val(res, i, POOL_FEED_name);
		e[i].link = arena_printf(r->ar, "%s/grants/pools/%s%s", base,
		    db_val(res, i, POOL_FEED_id), lq);
		e[i].summary = db_val(res, i, POOL_FEED_purpose);
		e[i].updated = (time_t)strtoll(db_val(res, i,
		    POOL_FEED_created_epoch), NULL, 10);
		if (e[i].updated > newest)
			newest = e[i].updated;
	}
	out = xmlio_atom("urn:frist:pools", app_str(r, "G_FEED_TITLE"),
	    app_cfg("agency", "frist"), arena_printf(r->ar,
	    "%s/grants/feed.atom%s", base, lq), newest, e, (size_t)n, &len);
	PQclear(res);
	if (out == NULL)
		return 500;
	r->cache = "public, max-age=300";
	http_begin(r, 200, "application/atom+xml; charset=utf-8");
	http_write(r, out, len);
	free(out);
	return 0;
}
