/*
 * The confirmation step of staff decisions (staff/confirm.tpl): a page
 * that says what will happen, carries the form's values in hidden fields
 * and answers with step=confirm ("Bekræft") or step=edit ("Fortryd",
 * back to the form with everything kept).  Plain HTML: no script needed.
 */
#include <string.h>

#include "staff.h"

const char *const staff_steps[] = { "confirm", "edit", NULL };

struct tpl_dict *
staff_confirm(struct http_req *r, struct page *pg, const char *title,
    const char *action, const char *kind, const struct valid_field *f,
    size_t n)
{
	struct tpl_dict	*d, *h;
	const char	*v;
	size_t		 i;

	d = page_new(r, pg, "staff/confirm.tpl", title);
	tpl_set(d, "HEADING", title);
	tpl_set(d, "ACTION_URL", action);
	tpl_show(d, kind);
	for (i = 0; i < n; i++) {
		if (strcmp(f[i].name, "step") == 0 ||
		    (v = kv_str(&r->form, f[i].name)) == NULL)
			continue;
		h = tpl_section(d, "HIDDEN");
		tpl_set(h, "NAME", f[i].name);
		tpl_set(h, "VALUE", v);
	}
	return d;
}
