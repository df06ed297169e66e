/*
 * /grants/my/: the recipient's grant, its obligations and submissions.
 * A case returned for correction is marked and, with the caseworker's
 * message, listed at the top with a link to correct it.
 */
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "grant.h"
#include "portal.h"
#include "valid.h"

/* A kind's label, and its form inside a sentence (KIND, KIND_LC). */
static void
set_kind(struct http_req *r, struct tpl_dict *d, const char *kind)
{
	tpl_set(d, "KIND", portal_kind_label(r, kind));
	tpl_set(d, "KIND_LC", app_str(r, arena_printf(r->ar, "%s_LC",
	    grant_kind_key(kind))));
}

static void
fill_award(struct tpl_dict *d, const PGresult *a)
{
	struct tpl_dict	*t;

	tpl_set(d, "GRANT_NO", db_val(a, 0, AWARD_GET_grant_no));
	tpl_set(d, "ORG_NAME", db_val(a, 0, AWARD_GET_org_name));
	tpl_set(d, "TITLE", db_val(a, 0, AWARD_GET_title));
	form_amount(d, "AMOUNT", db_val(a, 0, AWARD_GET_amount_ore));
	tpl_set(d, "CONDITIONS", db_val(a, 0, AWARD_GET_conditions));
	tpl_set(d, "PERIOD_START", db_val(a, 0, AWARD_GET_period_start));
	tpl_set(d, "PERIOD_END", db_val(a, 0, AWARD_GET_period_end));
	tpl_show(d, strcmp(db_val(a, 0, AWARD_GET_accounting), "t") == 0 ?
	    "ACCOUNTING" : "NO_ACCOUNTING");
	if (strcmp(db_val(a, 0, AWARD_GET_auditor), "t") == 0)
		tpl_show(d, "AUDITOR");
	tpl_set(d, "POOL_NAME", db_val(a, 0, AWARD_GET_pool_name));
	if (*db_val(a, 0, AWARD_GET_contact_email) != '\0')
		tpl_set(tpl_section(d, "CONTACT"), "EMAIL",
		    db_val(a, 0, AWARD_GET_contact_email));
	else
		tpl_show(d, "NO_CONTACT");
	/* Set by staff (/staff/obligations/stop): told first, in words. */
	if (strcmp(db_val(a, 0, AWARD_GET_payment_stop), "t") == 0) {
		t = tpl_section(d, "PAYMENT_STOP");
		tpl_set(t, "SINCE", db_val(a, 0, AWARD_GET_payment_stop_at));
		tpl_set(t, "REASON", db_val(a, 0, AWARD_GET_payment_stop_reason));
	}
}

int
page_my(struct http_req *r)
{
	const char	*params[1] = { portal_award };
	struct page	 pg;
	struct tpl_dict	*d, *o, *ret = NULL, *t;
	PGresult	*a = NULL, *ob = NULL;
	const char	*oid, *sid, *status;
	int		 i, nret = 0, rc = 503;

	if ((a = db_exec(STMT_AWARD_GET, params)) == NULL ||
	    (ob = db_exec(STMT_OBLIG_LIST, params)) == NULL)
		goto out;
	d = page_new(r, &pg, "portal/my.tpl", app_str(r, "G_MY_TITLE"));
	fill_award(d, a);
	for (i = 0; i < PQntuples(ob); i++) {
		oid = db_val(ob, i, OBLIG_LIST_id);
		o = tpl_section(d, "OBLIGATION");
		tpl_set(o, "OID", oid);
		set_kind(r, o, db_val(ob, i, OBLIG_LIST_kind));
		tpl_set(o, "DUE", db_val(ob, i, OBLIG_LIST_due));
		if (db_isnull(ob, i, OBLIG_LIST_sid)) {
			tpl_show(o, strcmp(db_val(ob, i, OBLIG_LIST_overdue),
			    "t") == 0 ? "OVERDUE" : "OPEN");
			continue;
		}
		sid = db_val(ob, i, OBLIG_LIST_sid);
		status = db_val(ob, i, OBLIG_LIST_status);
		o = tpl_section(o, "SUBMITTED");
		tpl_set(o, "SID", sid);
		tpl_set(o, "CASE_NO", db_val(ob, i, OBLIG_LIST_case_no));
		tpl_set(o, "STATUS", portal_status_label(r, status));
		tpl_set(o, "STATUS_CODE", status);
		tpl_set(o, "RECEIVED", db_val(ob, i, OBLIG_LIST_received));
		if (strcmp(status, "returned") != 0)
			continue;
		tpl_set(tpl_section(o, "RETURNED"), "OID", oid);
		if (ret == NULL)
			ret = tpl_section(d, "TO_CORRECT");
		t = tpl_section(ret, "CASE");
		tpl_set(t, "OID", oid);
		tpl_set(t, "SID", sid);
		set_kind(r, t, db_val(ob, i, OBLIG_LIST_kind));
		tpl_set(t, "CASE_NO", db_val(ob, i, OBLIG_LIST_case_no));
		tpl_set(t, "MESSAGE", db_val(ob, i,
		    OBLIG_LIST_returned_message));
		nret++;
	}
	if (ret != NULL)
		tpl_show(ret, nret == 1 ? "ONE" : "MANY");
	if (PQntuples(ob) == 0)
		tpl_show(d, "NO_OBLIGATIONS");
	else
		tpl_show(d, "HAS_OBLIGATIONS");
	rc = page_send(r, &pg, 200);
out:
	PQclear(ob);
	PQclear(a);
	return rc;
}
