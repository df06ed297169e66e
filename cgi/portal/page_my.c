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

	tpl_set(d, "GRANT_NO", db_val(a, 0, 0));
	tpl_set(d, "ORG_NAME", db_val(a, 0, 1));
	tpl_set(d, "TITLE", db_val(a, 0, 2));
	form_amount(d, "AMOUNT", db_val(a, 0, 3));
	tpl_set(d, "CONDITIONS", db_val(a, 0, 4));
	tpl_set(d, "PERIOD_START", db_val(a, 0, 5));
	tpl_set(d, "PERIOD_END", db_val(a, 0, 6));
	tpl_show(d, strcmp(db_val(a, 0, 7), "t") == 0 ? "ACCOUNTING" :
	    "NO_ACCOUNTING");
	if (strcmp(db_val(a, 0, 8), "t") == 0)
		tpl_show(d, "AUDITOR");
	tpl_set(d, "POOL_NAME", db_val(a, 0, 9));
}

int
page_my(struct http_req *r)
{
	const char	*params[1] = { portal_award };
	struct page	 pg;
	struct tpl_dict	*d, *o, *ret = NULL, *t;
	PGresult	*a, *ob;
	int		 i, nret = 0;

	if ((a = db_exec(STMT_AWARD_GET, params)) == NULL)
		return 503;
	if ((ob = db_exec(STMT_OBLIG_LIST, params)) == NULL) {
		PQclear(a);
		return 503;
	}
	d = page_new(r, &pg, "portal/my.tpl", app_str(r, "G_MY_TITLE"));
	fill_award(d, a);
	for (i = 0; i < PQntuples(ob); i++) {
		o = tpl_section(d, "OBLIGATION");
		tpl_set(o, "OID", db_val(ob, i, 0));
		set_kind(r, o, db_val(ob, i, 1));
		tpl_set(o, "DUE", db_val(ob, i, 3));
		if (db_isnull(ob, i, 5)) {
			tpl_show(o, strcmp(db_val(ob, i, 4), "t") == 0 ?
			    "OVERDUE" : "OPEN");
			continue;
		}
		o = tpl_section(o, "SUBMITTED");
		tpl_set(o, "SID", db_val(ob, i, 5));
		tpl_set(o, "CASE_NO", db_val(ob, i, 6));
		tpl_set(o, "STATUS", portal_status_label(r, db_val(ob, i, 7)));
		tpl_set(o, "STATUS_CODE", db_val(ob, i, 7));
		tpl_set(o, "RECEIVED", db_val(ob, i, 8));
		if (strcmp(db_val(ob, i, 7), "returned") != 0)
			continue;
		tpl_set(tpl_section(o, "RETURNED"), "OID", db_val(ob, i, 0));
		if (ret == NULL)
			ret = tpl_section(d, "TO_CORRECT");
		t = tpl_section(ret, "CASE");
		tpl_set(t, "OID", db_val(ob, i, 0));
		tpl_set(t, "SID", db_val(ob, i, 5));
		set_kind(r, t, db_val(ob, i, 1));
		tpl_set(t, "CASE_NO", db_val(ob, i, 6));
		tpl_set(t, "MESSAGE", db_val(ob, i, 9));
		nret++;
	}
	if (ret != NULL)
		tpl_show(ret, nret == 1 ? "ONE" : "MANY");
	if (PQntuples(ob) == 0)
		tpl_show(d, "NO_OBLIGATIONS");
	else
		tpl_show(d, "HAS_OBLIGATIONS");
	PQclear(ob);
	PQclear(a);
	return page_send(r, &pg, 200);
}
