/* /staff/pools/<id>: one pool, its disbursement state and applications. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "form.h"
#include "staff.h"
#include "valid.h"

static const char *const app_status[][2] = {
	{ "submitted",	"Afventer afgørelse" },
	{ "awarded",	"Bevilget" },
	{ "rejected",	"Afslået" },
};

int
page_pool(struct http_req *r)
{
	const char		*params[1] = { r->args[0] };
	struct grant_pool_state	 st;
	struct page		 pg;
	struct tpl_dict		*d, *a;
	PGresult		*p, *apps, *prog;
	cal_day			 today = cal_local_day(time(NULL), NULL);
	int64_t			 id;
	int			 i, row = -1;

	if (str_to_i64(r->args[0], 1, INT64_MAX, &id) == -1)
		return 404;
	if ((p = db_exec(STMT_POOL_GET, params)) == NULL)
		return 503;
	if (PQntuples(p) == 0) {
		PQclear(p);
		return 404;
	}
	if ((apps = db_exec(STMT_APPS_BY_POOL, params)) == NULL ||
	    (prog = db_exec(STMT_POOLS_PROGRESS, NULL)) == NULL) {
		PQclear(apps);
		PQclear(p);
		return 503;
	}
	d = page_new(r, &pg, "staff/pool.tpl", db_val(p, 0, 1));
	tpl_set(d, "ID", db_val(p, 0, 0));
	tpl_set(d, "NAME", db_val(p, 0, 1));
	tpl_set(d, "THEME", db_val(p, 0, 2));
	tpl_set(d, "PURPOSE", db_val(p, 0, 3));
	form_amount(d, "AMOUNT", db_val(p, 0, 4));
	tpl_set(d, "YEAR", db_val(p, 0, 5));
	tpl_set(d, "OPENS", db_val(p, 0, 6));
	tpl_set(d, "CLOSES", db_val(p, 0, 7));
	tpl_set(d, "DEADLINE", db_val(p, 0, 9));
	tpl_set(d, "LEGAL", db_val(p, 0, 10));
	tpl_set(d, "STATUS", db_val(p, 0, 11));
	for (i = 0; i < PQntuples(prog); i++)
		if (strcmp(db_val(prog, i, 0), db_val(p, 0, 0)) == 0)
			row = i;
	if (row >= 0) {
		pool_state(prog, row, &st);
		tpl_set(d, "STATE", grant_disb_label(grant_disbursement(&st,
		    today, (int)staff_setting("grants.risk_days", 30))));
		tpl_set(d, "APPS", db_val(prog, row, 8));
		tpl_set(d, "DECIDED", db_val(prog, row, 9));
		form_amount(d, "AWARDED", db_val(prog, row, 11));
		if ((st.deadline = grant_disbursed_on(&st, today)) != GRANT_NODAY) {
			char day[11];

			cal_format(st.deadline, day);
			tpl_set(tpl_section(d, "DISBURSED"), "ON", day);
		}
	}
	for (i = 0; i < PQntuples(apps); i++) {
		a = tpl_section(d, "APP");
		tpl_set(a, "AID", db_val(apps, i, 0));
		tpl_set(a, "CASE_NO", db_val(apps, i, 1));
		tpl_set(a, "ORG", db_val(apps, i, 2));
		tpl_set(a, "TITLE", db_val(apps, i, 3));
		form_amount(a, "REQUESTED", db_val(apps, i, 4));
		tpl_set(a, "ASTATUS", LABEL_OF(app_status, db_val(apps, i, 5)));
		tpl_set(a, "SUBMITTED", db_val(apps, i, 6));
		tpl_set(a, "ADECIDED", db_val(apps, i, 7));
	}
	PQclear(prog);
	PQclear(apps);
	PQclear(p);
	return page_send(r, &pg, 200);
}
