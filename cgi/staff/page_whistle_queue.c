/*
 * /staff/whistle/: the whistleblower reports waiting for the authority,
 * oldest first, with their age in working days and the three deadlines;
 * then the last 100 closed.  Retention runs first, so content past its
 * time is gone before anyone opens the list.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "staff.h"

/* Rows of STMT_WB_QUEUE or STMT_WB_CLOSED into section; their count. */
static int
fill(struct http_req *r, struct tpl_dict *d, const char *section,
    const PGresult *res, cal_day today)
{
	struct tpl_dict	*t;
	int		 i;

	for (i = 0; i < PQntuples(res); i++) {
		t = tpl_section(d, section);
		tpl_set(t, "ID", db_val(res, i, 0));
		tpl_set(t, "CASE_NO", db_val(res, i, 1));
		tpl_set(t, "RECEIVED", db_val(res, i, 2));
		tpl_set(t, "STATUS", whistle_label(whistle_statuses,
		    db_val(res, i, 3)));
		tpl_set(t, "STATUS_CODE", db_val(res, i, 3));
		tpl_set(t, "OFFER", whistle_label(whistle_offer_types,
		    db_val(res, i, 4)));
		if (*db_val(res, i, 5) != '\0')
			tpl_set(tpl_section(t, "RISK"), "LABEL",
			    whistle_label(whistle_risks, db_val(res, i, 5)));
		whistle_deadlines(r, t, db_val(res, i, 2), db_val(res, i, 6),
		    db_val(res, i, 7), db_val(res, i, 8),
		    strcmp(db_val(res, i, 3), "closed") == 0, today);
		tpl_set(t, "CLOSED", db_val(res, i, 9));
		tpl_set(t, "REASON", whistle_label(whistle_closings,
		    db_val(res, i, 10)));
		if (strcmp(db_val(res, i, 11), "t") == 0)
			tpl_show(t, "PURGED");
	}
	return i;
}

/* Retention, with its audit row in the same transaction. */
static int
purge(struct http_req *r)
{
	PGresult	*res;
	const char	*n;

	if (db_begin() == -1)
		return -1;
	if ((res = db_exec(STMT_WB_PURGE, NULL)) == NULL)
		goto fail;
	n = arena_strdup(r->ar, db_val(res, 0, 0));
	PQclear(res);
	if (strcmp(n, "0") != 0 && whistle_audit(NULL, "purge", n) == -1)
		goto fail;
	return db_commit();
fail:
	db_rollback();
	return -1;
}

int
page_whistle_queue(struct http_req *r)
{
	struct page	 pg;
	struct tpl_dict	*d;
	PGresult	*open = NULL, *closed = NULL;
	cal_day		 today = cal_local_day(time(NULL), NULL);
	int		 rc = 503, n;

	if (purge(r) == -1)
		return 503;
	if ((open = db_exec(STMT_WB_QUEUE, NULL)) == NULL ||
	    (closed = db_exec(STMT_WB_CLOSED, NULL)) == NULL)
		goto out;
	d = page_new(r, &pg, "staff/whistle_queue.tpl",
	    "Whistleblowerhenvendelser");
	n = fill(r, d, "REPORT", open, today);
	tpl_set_int(d, "COUNT", n);
	tpl_show(d, n == 0 ? "EMPTY" : "ANY_OPEN");
	n = fill(r, d, "CLOSED_REPORT", closed, today);
	tpl_show(d, n == 0 ? "NONE_CLOSED" : "ANY_CLOSED");
	rc = page_send(r, &pg, 200);
out:
	PQclear(open);
	PQclear(closed);
	return rc;
}
