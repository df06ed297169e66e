/* /whistleblower/: the report form. */
#include "whistle.h"

int
page_form(struct http_req *r)
{
	struct page	 pg;

	page_new(r, &pg, "whistle/form.tpl", "Indberet bekymrende forhold");
	return page_send(r, &pg, 200);
}
