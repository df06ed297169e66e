/*
 * /grants/my/cases/<id>: one submission, its status, the agency's
 * messages, and every version that was sent.
 */
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "grant.h"
#include "portal.h"
#include "versions.h"
#include "valid.h"

/* What happened, by case_event.kind: the keys of the labels (a note's
 * key is NULL, but the portal never reads notes: STMT_SUB_EVENTS). */
#define EVENT_KEY(code, label, key)	{ code, key },
static const char *const event_key[][2] = { GRANT_EVENTS(EVENT_KEY) };

/*
 * The recipient's own events carry only messages the portal wrote (in
 * Danish, for the staff: G_EVENT_MSG_XML); they are shown in the page's
 * language.  The agency's messages are shown as they were written.
 */
static const char *
event_message(struct http_req *r, const PGresult *res, int i)
{
	const char	*m = db_val(res, i, SUB_EVENTS_message);

	if (strcmp(db_val(res, i, SUB_EVENTS_by_recipient), "t") == 0 &&
	    strcmp(m, i18n_str(LANG_DA, "G_EVENT_MSG_XML")) == 0)
		return app_str(r, "G_EVENT_MSG_XML");
	return m;
}

static void
fill_events(struct http_req *r, struct tpl_dict *d, const char *sid)
{
	const char	*params[1] = { sid };
	PGresult	*res;
	struct tpl_dict	*e;
	int		 i;

	if ((res = db_exec(STMT_SUB_EVENTS, params)) == NULL)
		return;
	for (i = 0; i < PQntuples(res); i++) {
		e = tpl_section(d, "EVENT");
		tpl_set(e, "AT", db_val(res, i, SUB_EVENTS_at));
		tpl_set(e, "WHAT", APP_LABEL(r, event_key,
		    db_val(res, i, SUB_EVENTS_kind)));
		tpl_set(e, "MESSAGE", event_message(r, res, i));
		if (!db_isnull(res, i, SUB_EVENTS_amount_ore))
			form_amount(tpl_section(e, "AMOUNT"), "SUM",
			    db_val(res, i, SUB_EVENTS_amount_ore));
	}
	PQclear(res);
}

/* The account as it stands, deviations marked with their percentage. */
static void
fill_lines(struct tpl_dict *d, const char *sid, int permille)
{
	const char	*params[1] = { sid };
	PGresult	*res;
	struct tpl_dict	*l;
	int		 i;

	if ((res = db_exec(STMT_ACCL_GET, params)) == NULL)
		return;
	for (i = 0; i < PQntuples(res); i++) {
		l = tpl_section(d, "LINE");
		tpl_set(l, "TEXT", db_val(res, i, ACCL_GET_text));
		form_amount(l, "BUDGET", db_val(res, i, ACCL_GET_budget_ore));
		form_amount(l, "ACTUAL", db_val(res, i, ACCL_GET_actual_ore));
		tpl_set(l, "EXPLANATION", db_val(res, i, ACCL_GET_explanation));
		versions_deviation(l, "DEVIATION",
		    strtoll(db_val(res, i, ACCL_GET_budget_ore), NULL, 10),
		    strtoll(db_val(res, i, ACCL_GET_actual_ore), NULL, 10),
		    permille);
	}
	PQclear(res);
}

int
page_case(struct http_req *r)
{
	const char	*params[2], *sid;
	struct page	 pg;
	struct tpl_dict	*d;
	PGresult	*s;
	int64_t		 id;
	int		 permille, rc = 0;

	if (str_to_i64(r->args[0], 1, INT64_MAX, &id) == -1)
		return 404;
	params[0] = r->args[0];
	params[1] = portal_award;
	if ((s = db_exec(STMT_SUB_GET, params)) == NULL)
		return 503;
	if (PQntuples(s) == 0) {
		rc = 404;	/* someone else's case */
		goto out;
	}
	permille = (int)portal_setting(SET_DEVIATION);
	sid = db_val(s, 0, SUB_GET_id);
	d = page_new(r, &pg, "portal/case.tpl", db_val(s, 0, SUB_GET_case_no));
	tpl_set(d, "CASE_NO", db_val(s, 0, SUB_GET_case_no));
	tpl_set(d, "KIND", portal_kind_label(r, db_val(s, 0, SUB_GET_kind)));
	tpl_set(d, "STATUS", portal_status_label(r,
	    db_val(s, 0, SUB_GET_status)));
	tpl_set(d, "STATUS_CODE", db_val(s, 0, SUB_GET_status));
	tpl_set(d, "RECEIVED", db_val(s, 0, SUB_GET_received));
	tpl_set(d, "DECIDED", db_val(s, 0, SUB_GET_decided));
	if (kv_str(&r->query, "receipt") != NULL)
		tpl_show(d, "RECEIPT");
	if (strcmp(db_val(s, 0, SUB_GET_kind), "status") == 0) {
		struct tpl_dict *t = tpl_section(d, "STATUS_REPORT");

		tpl_set(t, "PROGRESS", db_val(s, 0, SUB_GET_progress));
		tpl_set(t, "MILESTONES", db_val(s, 0, SUB_GET_milestones));
		tpl_set(t, "DEVIATIONS", db_val(s, 0, SUB_GET_deviations));
	} else
		fill_lines(tpl_section(d, "ACCOUNTS"), sid, permille);
	if (!db_isnull(s, 0, SUB_GET_repayment_ore)) {
		form_amount(tpl_section(d, "REPAYMENT"), "SUM",
		    db_val(s, 0, SUB_GET_repayment_ore));
	}
	if (strcmp(db_val(s, 0, SUB_GET_status), "returned") == 0)
		tpl_set(tpl_section(d, "CORRECT"), "OID",
		    db_val(s, 0, SUB_GET_obligation_id));
	fill_events(r, d, sid);
	if (portal_file_list(d, STMT_SUB_FILES_CUR, sid) == -1 ||
	    portal_versions(r, d, sid, permille) == -1) {
		tpl_dict_free(pg.root);
		rc = 503;
		goto out;
	}
	rc = page_send(r, &pg, 200);
out:
	PQclear(s);
	return rc;
}
