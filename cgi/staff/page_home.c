/* /staff/: the landing page after login. */
#include <stdlib.h>

#include "form.h"
#include "staff.h"
#include "valid.h"

int
page_home(struct http_req *r)
{
	struct page	 pg;
	struct tpl_dict	*d, *w;
	PGresult	*res;

	if ((res = db_exec(STMT_HOME_COUNTS, NULL)) == NULL)
		return 503;
	d = page_new(r, &pg, "staff/home.tpl", "Forside");
	tpl_set(d, "NAME", staff_user.name);
	tpl_set(d, "POOLS", db_val(res, 0, 0));
	tpl_set(d, "POOLS_OPEN", db_val(res, 0, 1));
	form_amount(d, "POOLS_AMOUNT", db_val(res, 0, 2));
	tpl_set(d, "CASES_OPEN", db_val(res, 0, 3));
	tpl_set(d, "APPS_OPEN", db_val(res, 0, 4));
	PQclear(res);
	if (staff_has_role("admin"))
		tpl_show(d, "ADMIN");
	/* Only those who may see whistleblower reports hear of them. */
	if (staff_has_role("whistleblower") &&
	    (res = db_exec(STMT_WB_HOME, NULL)) != NULL) {
		w = tpl_section(d, "WHISTLE");
		tpl_set(w, "WB_NEW", db_val(res, 0, 0));
		tpl_set(w, "WB_OPEN", db_val(res, 0, 1));
		PQclear(res);
	}
	return page_send(r, &pg, 200);
}
