/* /staff/: the landing page after login. */
#include <stdlib.h>
#include <time.h>

#include "form.h"
#include "staff.h"
#include "valid.h"

/*
 * Pools open for applications and pools opening later, by the same
 * definition as the public list (grant_pool_phase()).  -1 on a database
 * error.
 */
static int
count_phases(int *open, int *upcoming)
{
	PGresult	*res;
	cal_day		 today = cal_local_day(time(NULL), NULL), o, c;
	enum grant_phase p;
	int		 i;

	*open = *upcoming = 0;
	if ((res = db_exec(STMT_POOL_PHASES, NULL)) == NULL)
		return -1;
	for (i = 0; i < PQntuples(res); i++) {
		if (cal_parse(db_val(res, i, POOL_PHASES_opens), &o) == -1 ||
		    cal_parse(db_val(res, i, POOL_PHASES_closes), &c) == -1)
			continue;
		p = grant_pool_phase(db_val(res, i, POOL_PHASES_status), o, c,
		    today);
		if (p == GP_OPEN)
			(*open)++;
		else if (p == GP_UPCOMING)
			(*upcoming)++;
	}
	PQclear(res);
	return 0;
}

int
page_home(struct http_req *r)
{
	struct page	 pg;
	struct tpl_dict	*d, *w;
	PGresult	*res;
	int		 open, upcoming;

	if (count_phases(&open, &upcoming) == -1 ||
	    (res = db_exec(STMT_HOME_COUNTS, NULL)) == NULL)
		return 503;
	d = page_new(r, &pg, "staff/home.tpl", "Forside");
	tpl_set(d, "NAME", staff_user.name);
	tpl_set(d, "POOLS", db_val(res, 0, HOME_COUNTS_pools));
	tpl_set_int(d, "POOLS_OPEN", open);
	tpl_set_int(d, "POOLS_UPCOMING", upcoming);
	form_amount(d, "POOLS_AMOUNT", db_val(res, 0,
	    HOME_COUNTS_pools_amount_ore));
	tpl_set(d, "CASES_OPEN", db_val(res, 0, HOME_COUNTS_cases_open));
	tpl_set(d, "APPS_OPEN", db_val(res, 0, HOME_COUNTS_apps_open));
	PQclear(res);
	if (staff_has_role("admin"))
		tpl_show(d, "ADMIN");
	/* Only those who may see whistleblower reports hear of them. */
	if (staff_has_role("whistleblower") &&
	    (res = db_exec(STMT_WB_HOME, NULL)) != NULL) {
		w = tpl_section(d, "WHISTLE");
		tpl_set(w, "WB_NEW", db_val(res, 0, WB_HOME_received));
		whistle_plural(w, "WB_NEW", strtoll(db_val(res, 0,
		    WB_HOME_received), NULL, 10));
		tpl_set(w, "WB_OPEN", db_val(res, 0, WB_HOME_treatment));
		PQclear(res);
	}
	return page_send(r, &pg, 200);
}
