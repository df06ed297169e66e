/* /grants/pools/<id>: one pool. */
#include <string.h>

#include "portal.h"
#include "util.h"

/*
 * "Application based" is free text the staff type; the usual answers
 * are shown in the page's language, anything else as typed.
 */
static const char *const appbased_key[][2] = {
	{ "ja",		"G_POOL_APPBASED_JA" },
	{ "nej",	"G_POOL_APPBASED_NEJ" },
	{ "(ja)",	"G_POOL_APPBASED_PJA" },
	{ "formentlig",	"G_POOL_APPBASED_PROBABLY" },
	{ "måske",	"G_POOL_APPBASED_MAYBE" },
};

int
page_pool(struct http_req *r)
{
	struct page	 pg;
	struct tpl_dict	*d;
	PGresult	*res;
	int64_t		 id;
	const char	*params[1];
	int		 rc;

	if (str_to_i64(r->args[0], 1, INT64_MAX, &id) == -1)
		return 404;
	params[0] = r->args[0];
	if ((res = db_exec(STMT_POOL_GET, params)) == NULL)
		return 503;
	if (PQntuples(res) == 0) {
		rc = 404;
		goto out;
	}
	d = page_new(r, &pg, "portal/pool.tpl", db_val(res, 0, POOL_GET_name));
	pool_fill(r, d, res, 0);	/* POOL_GET begins with POOL_LIST */
	if (strcmp(db_val(res, 0, POOL_GET_status), "open") == 0)
		tpl_show(d, "CAN_APPLY");
	tpl_set(d, "PURPOSE", db_val(res, 0, POOL_GET_purpose));
	tpl_set(d, "YEAR", db_val(res, 0, POOL_GET_fin_year));
	tpl_set(d, "OPENS", db_val(res, 0, POOL_GET_opens));
	tpl_set(d, "APPLICATION", APP_LABEL(r, appbased_key,
	    db_val(res, 0, POOL_GET_application_based)));
	tpl_set(d, "LEGAL", db_val(res, 0, POOL_GET_legal_basis));
	tpl_set(d, "DEADLINE", db_val(res, 0, POOL_GET_disbursement_deadline));
	rc = page_send(r, &pg, 200);
out:
	PQclear(res);
	return rc;
}
