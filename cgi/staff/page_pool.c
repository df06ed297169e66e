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

/* What ?done= after creating or saving says (POST/redirect/GET). */
static const char *const done_msg[][2] = {
	{ "created",	"Puljen er oprettet." },
	{ "saved",	"Ændringerne er gemt." },
};

int
page_pool(struct http_req *r)
{
	const char		*params[1] = { r->args[0] };
	struct grant_pool_state	 st;
	struct page		 pg;
	struct tpl_dict		*d, *a, *n;
	PGresult		*p = NULL, *apps = NULL, *prog = NULL;
	cal_day			 today = cal_local_day(time(NULL), NULL), on;
	const char		*done;
	char			 day[11];
	int64_t			 id;
	int			 i, row = -1, rc = 503;

	if (str_to_i64(r->args[0], 1, INT64_MAX, &id) == -1) {
		rc = 404;
		goto out;
	}
	if ((p = db_exec(STMT_POOL_GET, params)) == NULL)
		goto out;
	if (PQntuples(p) == 0) {
		rc = 404;
		goto out;
	}
	if ((apps = db_exec(STMT_APPS_BY_POOL, params)) == NULL ||
	    (prog = db_exec(STMT_POOLS_PROGRESS, NULL)) == NULL)
		goto out;
	d = page_new(r, &pg, "staff/pool.tpl", db_val(p, 0, POOL_GET_name));
	if ((done = LABEL_OF(done_msg, staff_query(r, "done"))) != NULL) {
		n = tpl_section(d, kv_str(&r->query, "again") != NULL ?
		    "AGAIN" : "DONE");
		tpl_set(n, "MSG", done);
	}
	tpl_set(d, "ID", db_val(p, 0, POOL_GET_id));
	tpl_set(d, "NAME", db_val(p, 0, POOL_GET_name));
	tpl_set(d, "PURPOSE", db_val(p, 0, POOL_GET_purpose));
	tpl_set(d, "LEGAL", *db_val(p, 0, POOL_GET_legal_basis) != '\0' ?
	    db_val(p, 0, POOL_GET_legal_basis) : "Ikke angivet");
	for (i = 0; i < PQntuples(prog); i++)
		if (strcmp(db_val(prog, i, POOLS_PROGRESS_id),
		    db_val(p, 0, POOL_GET_id)) == 0)
			row = i;
	if (row >= 0) {
		pool_fill(d, prog, row, today,
		    (int)staff_setting(SET_RISK_DAYS));
		pool_state(prog, row, &st);
		if ((on = grant_disbursed_on(&st, today)) != GRANT_NODAY) {
			cal_format(on, day);
			tpl_set(tpl_section(d, "DISBURSED"), "ON", day);
		}
	}
	for (i = 0; i < PQntuples(apps); i++) {
		a = tpl_section(d, "APP");
		tpl_set(a, "AID", db_val(apps, i, APPS_BY_POOL_id));
		tpl_set(a, "CASE_NO", db_val(apps, i, APPS_BY_POOL_case_no));
		tpl_set(a, "ORG", db_val(apps, i, APPS_BY_POOL_org_name));
		tpl_set(a, "TITLE", db_val(apps, i, APPS_BY_POOL_title));
		form_amount(a, "REQUESTED", db_val(apps, i,
		    APPS_BY_POOL_requested_ore));
		tpl_set(a, "ASTATUS_CODE", db_val(apps, i,
		    APPS_BY_POOL_status));
		tpl_set(a, "ASTATUS", LABEL_OF(app_status, db_val(apps, i,
		    APPS_BY_POOL_status)));
		tpl_set(a, "SUBMITTED", db_val(apps, i,
		    APPS_BY_POOL_submitted));
		tpl_set(a, "ADECIDED", db_val(apps, i, APPS_BY_POOL_decided));
	}
	tpl_show(d, PQntuples(apps) > 0 ? "HAS_APPS" : "NO_APPS");
	rc = page_send(r, &pg, 200);
out:
	PQclear(prog);
	PQclear(apps);
	PQclear(p);
	return rc;
}
