/* /accessibility: the site's accessibility statement (tilgængelighedserklæring). */
#include "portal.h"

int
page_accessibility(struct http_req *r)
{
	struct page	 pg;

	r->cache = "public, max-age=300";
	page_new(r, &pg, "portal/accessibility.tpl", app_str(r, "A11Y_PAGE"));
	return page_send(r, &pg, 200);
}
