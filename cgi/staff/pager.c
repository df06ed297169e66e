/* The pager of the paged staff lists (the case queue, the mails). */
#include "staff.h"

void
staff_pager(struct http_req *r, struct tpl_dict *d, staff_page_url url,
    const struct valid_value *v, long page, long pages)
{
	struct tpl_dict	*t;

	if (pages <= 1)
		return;
	t = page_include(r, d, "PAGER", "staff/pager.tpl");
	tpl_setf(t, "PAGE", "%ld", page);
	tpl_setf(t, "PAGES", "%ld", pages);
	if (page > 1) {
		tpl_set(tpl_section(t, "FIRST"), "URL", url(r, v, 1));
		tpl_set(tpl_section(t, "PREV"), "URL", url(r, v, page - 1));
	}
	if (page < pages) {
		tpl_set(tpl_section(t, "NEXT"), "URL", url(r, v, page + 1));
		tpl_set(tpl_section(t, "LAST"), "URL", url(r, v, pages));
	}
}
