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
	memset(st, 0, sizeof(*st));
	st->draft = strcmp(db_val(res, i, POOLS_PROGRESS_status), "draft") == 0;
	st->closes = day_or_none(db_val(res, i, POOLS_PROGRESS_closes));
	st->deadline = day_or_none(db_val(res, i,
	    POOLS_PROGRESS_disbursement_deadline));
	st->applications = atoi(db_val(res, i, POOLS_PROGRESS_applications));
	st->decided = atoi(db_val(res, i, POOLS_PROGRESS_decided));
	st->last_decision = day_or_none(db_val(res, i,
	    POOLS_PROGRESS_last_decision));
	st->opens = day_or_none(db_val(res, i, POOLS_PROGRESS_opens));
	st->awarded = atoi(db_val(res, i, POOLS_PROGRESS_awarded));
}

enum grant_disb
pool_fill(struct tpl_dict *p, const PGresult *res, int i, cal_day today,
    int risk_days)
{
	struct grant_pool_state	 st;
	enum grant_disb		 state;
	enum grant_phase	 phase;
	const char		*deadline;
	int64_t			 left;

	pool_state(res, i, &st);
	state = grant_disbursement(&st, today, risk_days);
	phase = grant_pool_phase(db_val(res, i, POOLS_PROGRESS_status),
	    st.opens, st.closes, today);
	tpl_set(p, "ID", db_val(res, i, POOLS_PROGRESS_id));
	tpl_set(p, "NAME", db_val(res, i, POOLS_PROGRESS_name));
	tpl_set(p, "THEME", db_val(res, i, POOLS_PROGRESS_theme));
	tpl_set(p, "YEAR", db_val(res, i, POOLS_PROGRESS_fin_year));
	tpl_set(p, "PHASE", grant_phase_code(phase));
	tpl_set(p, "PHASE_LABEL", grant_phase_label(phase));
	tpl_set(p, "OPENS", db_val(res, i, POOLS_PROGRESS_opens));
	tpl_set(p, "CLOSES", db_val(res, i, POOLS_PROGRESS_closes));
	deadline = db_val(res, i, POOLS_PROGRESS_disbursement_deadline);
	tpl_set(p, "DEADLINE", *deadline != '\0' ? deadline : "Ingen");
	tpl_set(p, "APPS", db_val(res, i, POOLS_PROGRESS_applications));
	tpl_set(p, "DECIDED", db_val(res, i, POOLS_PROGRESS_decided));
	tpl_set_int(p, "UNDECIDED", st.applications > st.decided ?
	    st.applications - st.decided : 0);
	form_amount(p, "AWARDED", db_val(res, i, POOLS_PROGRESS_awarded_ore));
	form_amount(p, "AMOUNT", db_val(res, i, POOLS_PROGRESS_amount_ore));
	tpl_set(p, "STATE", grant_disb_label(state));
	tpl_set(p, "STATE_CODE", grant_disb_code(state));
	/* The deadline in words, not only as a date and a colour. */
	if (st.deadline != GRANT_NODAY && (state == GD_AT_RISK ||
	    state == GD_OVERDUE)) {
		left = (int64_t)st.deadline - today;
		if (left > 0)
			tpl_setf(tpl_section(p, "DAYS_LEFT"), "N", "%lld",
			    (long long)left);
		else if (left == 0)
			tpl_show(p, "DUE_TODAY");
		else
			tpl_setf(tpl_section(p, "DAYS_OVER"), "N", "%lld",
			    (long long)-left);
	}
	return state;
}

int
page_pools(struct http_req *r)
{
	struct page		 pg;
	struct tpl_dict		*d, *p;
	PGresult		*res;
	enum grant_disb		 state;
	cal_day			 today = cal_local_day(time(NULL), NULL);
	int			 i, risk, nrisk = 0;

	risk = (int)staff_setting(SET_RISK_DAYS);
	if ((res = db_exec(STMT_POOLS_PROGRESS, NULL)) == NULL)
		return 503;
	d = page_new(r, &pg, "staff/pools.tpl", "Puljer");
	for (i = 0; i < PQntuples(res); i++) {
		state = pool_fill(tpl_section(d, "POOL"), res, i, today, risk);
		if (state != GD_AT_RISK && state != GD_OVERDUE)
			continue;
		p = tpl_section(d, "RISK");
		pool_fill(p, res, i, today, risk);
		nrisk++;
	}
	tpl_set_int(d, "NRISK", nrisk);
	tpl_set_int(d, "RISK_DAYS", risk);
	if (nrisk > 0)
		tpl_show(d, "HAS_RISK");
	if (PQntuples(res) > 0)
		tpl_show(d, "HAS_POOLS");
	else
		tpl_show(d, "NO_POOLS");
	PQclear(res);
	return page_send(r, &pg, 200);
}
