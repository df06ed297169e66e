/*
 * /staff/pools/: every pool with its progress towards disbursement
 * (rettidig udmøntning): applications, decisions, awarded amount against
 * the pool, and the state by grant_disbursement(); pools at risk first.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "form.h"
#include "grant.h"
#include "staff.h"
#include "valid.h"

static cal_day
day_or_none(const char *s)
{
	cal_day	 d;

	return cal_parse(s, &d) == 0 ? d : GRANT_NODAY;
}

void
pool_state(const PGresult *res, int i, struct grant_pool_state *st)
{
	st->closes = day_or_none(db_val(res, i, 5));
	st->deadline = day_or_none(db_val(res, i, 6));
	st->applications = atoi(db_val(res, i, 8));
	st->decided = atoi(db_val(res, i, 9));
	st->last_decision = day_or_none(db_val(res, i, 10));
}

int
page_pools(struct http_req *r)
{
	struct grant_pool_state	 st;
	struct page		 pg;
	struct tpl_dict		*d, *p;
	PGresult		*res;
	enum grant_disb		 state;
	cal_day			 today = cal_local_day(time(NULL), NULL);
	int			 i, risk, nrisk = 0;

	risk = (int)staff_setting("grants.risk_days", 30);
	if ((res = db_exec(STMT_POOLS_PROGRESS, NULL)) == NULL)
		return 503;
	d = page_new(r, &pg, "staff/pools.tpl", "Puljer");
	for (i = 0; i < PQntuples(res); i++) {
		pool_state(res, i, &st);
		state = strcmp(db_val(res, i, 4), "draft") == 0 ? GD_RECEIVING :
		    grant_disbursement(&st, today, risk);
		p = tpl_section(d, (state == GD_AT_RISK || state == GD_OVERDUE) ?
		    "RISK" : "POOL");
		if (state == GD_AT_RISK || state == GD_OVERDUE)
			nrisk++;
		tpl_set(p, "ID", db_val(res, i, 0));
		tpl_set(p, "NAME", db_val(res, i, 1));
		tpl_set(p, "THEME", db_val(res, i, 2));
		tpl_set(p, "YEAR", db_val(res, i, 7));
		tpl_set(p, "STATUS", db_val(res, i, 4));
		tpl_set(p, "CLOSES", db_val(res, i, 5));
		tpl_set(p, "DEADLINE", db_val(res, i, 6));
		tpl_set(p, "APPS", db_val(res, i, 8));
		tpl_set(p, "DECIDED", db_val(res, i, 9));
		form_amount(p, "AWARDED", db_val(res, i, 11));
		form_amount(p, "AMOUNT", db_val(res, i, 3));
		tpl_set(p, "STATE", grant_disb_label(state));
		tpl_setf(p, "STATE_CLASS", "d%d", (int)state);
	}
	tpl_set_int(d, "NRISK", nrisk);
	if (nrisk > 0)
		tpl_show(d, "HAS_RISK");
	PQclear(res);
	return page_send(r, &pg, 200);
}
