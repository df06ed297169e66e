/* The front page: links to the three parts of frist. */
#include "portal.h"

int
page_index(struct http_req *r)
{
	struct page	 pg;

	r->cache = "public, max-age=300";
	page_new(r, &pg, "portal/index.tpl", app_str(r, "INDEX_TITLE"));
	return page_send(r, &pg, 200);
}
