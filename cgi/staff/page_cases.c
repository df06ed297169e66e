/*
 * /staff/cases/: the queue of status reports and accounts, with the days
 * each has run and has left of the limit (155 days by default), the
 * handler, filters, sorting and pages.
 *
 * The filters, the count, the sort and the page are SQL's (QUEUE_SQL and
 * QUEUE_COUNT_SQL in sql.h), so every count is the true one however
 * many cases there are.  The days on each row are computed in C from the
 * row, as the case page computes them; a row whose SQL clock differs is
 * logged (t_queue.sh holds both to the same figures).
 *
 * Every query parameter is checked against its list: a value the form
 * cannot send (?sort=bogus, ?page=0) gets a 400 page with the filter
 * form, which says what was wrong and offers the valid choices.  A page
 * number past the last page shows the last page.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "form.h"
#include "log.h"
#include "staff.h"
#include "valid.h"

enum { Q_STATE, Q_KIND, Q_HANDLER, Q_CLOCK, Q_SORT, Q_PAGE, Q__MAX };

static const char *const states[] = { "open", "decided", NULL };
static const char *const kinds[] = { "status", "accounts", NULL };
static const char *const handlers[] = { "me", "none", NULL };
static const char *const clocks[] = { "over", "near", "ok", NULL };
static const char *const sorts[] = { "left", "received", "case", NULL };

static const struct valid_field filters[Q__MAX] = {
	[Q_STATE] =	{ "state", "Sager", VT_ENUM, 0, 0, 0, states },
	[Q_KIND] =	{ "kind", "Type", VT_ENUM, 0, 0, 0, kinds },
	[Q_HANDLER] =	{ "handler", "Sagsbehandler", VT_ENUM, 0, 0, 0,
			  handlers },
	[Q_CLOCK] =	{ "clock", "Frist", VT_ENUM, 0, 0, 0, clocks },
	[Q_SORT] =	{ "sort", "Sortering", VT_ENUM, 0, 0, 0, sorts },
	[Q_PAGE] =	{ "page", "Side", VT_INT, 0, 1, 100000, NULL },
};

/* The same page with the same filters (all from the lists above). */
static const char *
query_url(struct http_req *r, const struct valid_value *v, long page)
{
	return arena_printf(r->ar, "/staff/cases/?state=%s&kind=%s&handler=%s"
	    "&clock=%s&sort=%s&page=%ld", v[Q_STATE].str, v[Q_KIND].str,
	    v[Q_HANDLER].str, v[Q_CLOCK].str, v[Q_SORT].str, page);
}

/* Row i of STMT_QUEUE into the dictionary, with the clock from C. */
static void
fill_row(struct tpl_dict *d, const PGresult *res, int i, cal_day today,
    int stop, int limit)
{
	struct tpl_dict	*t;
	const char	*handler = db_val(res, i, QUEUE_handler);
	int		 e = 0, left;

	staff_clock(db_val(res, i, QUEUE_received),
	    db_val(res, i, QUEUE_decided), db_val(res, i, QUEUE_pauses),
	    today, stop, &e);
	/* The SQL filtered and sorted by its own count: say if they part. */
	if (e != atoi(db_val(res, i, QUEUE_elapsed)))
		log_warn("queue: case %s: %d days in C, %s in SQL",
		    db_val(res, i, QUEUE_id), e, db_val(res, i, QUEUE_elapsed));
	left = limit - e;
	t = tpl_section(d, "CASE");
	tpl_set(t, "SID", db_val(res, i, QUEUE_id));
	tpl_set(t, "CASE_NO", db_val(res, i, QUEUE_case_no));
	tpl_set(t, "KIND", grant_kind_label(db_val(res, i, QUEUE_kind)));
	tpl_set(t, "STATUS_CODE", db_val(res, i, QUEUE_status));
	tpl_set(t, "STATUS", grant_status_label(db_val(res, i, QUEUE_status)));
	tpl_set(t, "RECEIVED", db_val(res, i, QUEUE_received));
	tpl_set(t, "DECIDED", db_val(res, i, QUEUE_decided));
	tpl_set(t, "GRANT", db_val(res, i, QUEUE_grant_no));
	tpl_set(t, "ORG", db_val(res, i, QUEUE_org_name));
	tpl_set(t, "HANDLER", *handler != '\0' ? handler : "Ikke fordelt");
	tpl_set_int(t, "ELAPSED", e);
	tpl_set_int(t, "LEFT", left);
	/* In words too: the colour of the row is not enough. */
	if (left < 0)
		tpl_set_int(tpl_section(t, "OVER"), "N", -left);
	else
		tpl_set_int(tpl_section(t, "LEFT_N"), "N", left);
	tpl_set(t, "CLASS", left < 0 ? "over" :
	    left <= GRANT_NEAR_DAYS ? "near" :
	    "ok");
}

int
page_cases(struct http_req *r)
{
	struct valid_value	 v[Q__MAX];
	struct valid_msgbuf	 msgs[Q__MAX];
	struct page		 pg;
	struct tpl_dict		*d;
	const char		*params[11], *sort;
	PGresult		*cnt = NULL, *res = NULL;
	cal_day			 today = cal_local_day(time(NULL), NULL);
	char			 day[11], lim[16], near[16], off[24];
	int			 limit, stop, i, rc;
	long			 n, page, pages;

	d = page_new(r, &pg, "staff/cases.tpl", "Sagskø");
	if (valid_form(filters, Q__MAX, &r->query, v, msgs) > 0) {
		form_fill(d, filters, Q__MAX, &r->query, v);
		rc = page_send(r, &pg, 400);
		goto out;
	}
	tpl_show(d, "RESULT");
	form_fill(d, filters, Q__MAX, &r->query, v);
	if (!v[Q_STATE].present)
		v[Q_STATE].str = "open";
	if (!v[Q_SORT].present)
		v[Q_SORT].str = "left";
	page = v[Q_PAGE].present ? (long)v[Q_PAGE].num : 1;
	limit = (int)staff_setting(SET_CLOCK_LIMIT);
	stop = staff_setting(SET_CLOCK_PAUSES) != 0;
	cal_format(today, day);
	snprintf(lim, sizeof(lim), "%d", limit);
	snprintf(near, sizeof(near), "%d", GRANT_NEAR_DAYS);
	params[0] = v[Q_STATE].str;
	params[1] = v[Q_KIND].present ? v[Q_KIND].str : NULL;
	params[2] = v[Q_HANDLER].present ? v[Q_HANDLER].str : NULL;
	params[3] = staff_user.id;
	params[4] = day;
	params[5] = stop ? "true" : "false";
	params[6] = lim;
	params[7] = v[Q_CLOCK].present ? v[Q_CLOCK].str : NULL;
	params[8] = near;
	if ((cnt = db_exec(STMT_QUEUE_COUNT, params)) == NULL ||
	    PQntuples(cnt) != 1) {
		tpl_dict_free(pg.root);
		rc = 503;
		goto out;
	}
	n = strtol(db_val(cnt, 0, QUEUE_COUNT_n), NULL, 10);
	/* A page past the end shows the last page. */
	pages = n > 0 ? (n + QUEUE_ROWS - 1) / QUEUE_ROWS : 1;
	if (page > pages)
		page = pages;
	/*
	 * Open cases whose pauses do not count have run today - received
	 * days each, so fewest left first is oldest first: the same order,
	 * which the index on received gives without computing every clock.
	 */
	sort = v[Q_SORT].str;
	if (strcmp(sort, "left") == 0 && strcmp(v[Q_STATE].str, "open") == 0 &&
	    !stop)
		sort = "received";
	snprintf(off, sizeof(off), "%ld", (page - 1) * QUEUE_ROWS);
	params[9] = sort;
	params[10] = off;
	if ((res = db_exec(STMT_QUEUE, params)) == NULL) {
		tpl_dict_free(pg.root);
		rc = 503;
		goto out;
	}
	for (i = 0; i < PQntuples(res); i++)
		fill_row(d, res, i, today, stop, limit);
	tpl_setf(d, "COUNT", "%ld", n);
	tpl_set_int(d, "LIMIT", limit);
	tpl_setf(d, "PAGE", "%ld", page);
	tpl_setf(d, "PAGES", "%ld", pages);
	staff_pager(r, d, query_url, v, page, pages);
	tpl_show(d, PQntuples(res) == 0 ? "EMPTY" : "HAS_CASES");
	rc = page_send(r, &pg, 200);
out:
	PQclear(cnt);
	PQclear(res);
	return rc;
}
