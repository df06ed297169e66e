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
	const char	*st;
	int		 i;

	for (i = 0; i < PQntuples(res); i++) {
		t = tpl_section(d, section);
		st = db_val(res, i, WB_LIST_status);
		tpl_set(t, "ID", db_val(res, i, WB_LIST_id));
		tpl_set(t, "CASE_NO", db_val(res, i, WB_LIST_case_no));
		tpl_set(t, "RECEIVED", db_val(res, i, WB_LIST_received_day));
		tpl_set(t, "STATUS", whistle_label(whistle_statuses, st));
		tpl_set(t, "STATUS_CODE", st);
		tpl_set(t, "OFFER", whistle_label(whistle_offer_types,
		    db_val(res, i, WB_LIST_offer)));
		if (*db_val(res, i, WB_LIST_risk) != '\0')
			tpl_set(tpl_section(t, "RISK"), "LABEL",
			    whistle_label(whistle_risks,
			    db_val(res, i, WB_LIST_risk)));
		whistle_deadlines(r, t, db_val(res, i, WB_LIST_received_day),
		    db_val(res, i, WB_LIST_registered_day),
		    db_val(res, i, WB_LIST_acknowledged_day),
		    db_val(res, i, WB_LIST_feedback_day),
		    strcmp(st, "closed") == 0, today);
		tpl_set(t, "CLOSED", db_val(res, i, WB_LIST_closed_day));
		tpl_set(t, "REASON", whistle_label(whistle_closings,
		    db_val(res, i, WB_LIST_closing_reason)));
		if (strcmp(db_val(res, i, WB_LIST_purged), "t") == 0)
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
	n = arena_strdup(r->ar, db_val(res, 0, WB_PURGE_purged));
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

	/* Retention runs again next time: a read-only database still lists. */
	if (purge(r) == -1 && !db_read_only())
		return 503;
	if ((open = db_exec(STMT_WB_QUEUE, NULL)) == NULL ||
	    (closed = db_exec(STMT_WB_CLOSED, NULL)) == NULL)
		goto out;
	d = page_new(r, &pg, "staff/whistle_queue.tpl",
	    "Whistleblowerhenvendelser");
	n = fill(r, d, "REPORT", open, today);
	/* The true count, also when the list stops at its limit. */
	tpl_set(d, "COUNT", n > 0 ? db_val(open, 0, WB_LIST_total) : "0");
	if (n > 0 && atoi(db_val(open, 0, WB_LIST_total)) > n)
		tpl_set_int(tpl_section(d, "CUT"), "SHOWN", n);
	tpl_show(d, n == 0 ? "EMPTY" : "ANY_OPEN");
	n = fill(r, d, "CLOSED_REPORT", closed, today);
	tpl_show(d, n == 0 ? "NONE_CLOSED" : "ANY_CLOSED");
	rc = page_send(r, &pg, 200);
out:
	PQclear(open);
	PQclear(closed);
	return rc;
}
