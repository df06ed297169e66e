/*
 * /staff/cases/: the queue of status reports and accounts, with the days
 * each has run and has left of the limit (155 days by default), the
 * handler, filters, sorting and pages.
 *
 * Every query parameter is checked against its list: a value the form
 * cannot send (?sort=bogus) gets a 400 page with the filter form, which
 * says what was wrong and offers the valid choices.  A page number past
 * the last page shows the last page.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "form.h"
#include "staff.h"
#include "valid.h"

#define PAGE_ROWS	50

enum { Q_STATE, Q_KIND, Q_HANDLER, Q_SORT, Q_PAGE, Q__MAX };

static const char *const states[] = { "open", "decided", NULL };
static const char *const kinds[] = { "status", "accounts", NULL };
static const char *const handlers[] = { "me", "none", NULL };
static const char *const sorts[] = { "left", "received", "case", NULL };

static const struct valid_field filters[Q__MAX] = {
	[Q_STATE] =	{ "state", "Sager", VT_ENUM, 0, 0, 0, states },
	[Q_KIND] =	{ "kind", "Type", VT_ENUM, 0, 0, 0, kinds },
	[Q_HANDLER] =	{ "handler", "Sagsbehandler", VT_ENUM, 0, 0, 0,
			  handlers },
	[Q_SORT] =	{ "sort", "Sortering", VT_ENUM, 0, 0, 0, sorts },
	[Q_PAGE] =	{ "page", "Side", VT_INT, 0, 1, 100000, NULL },
};

struct row {
	int	 i;		/* row in the result */
	int	 elapsed;
	int	 left;
};

static int		 sort_key;
static const PGresult	*sort_res;

static int
row_cmp(const void *a, const void *b)
{
	const struct row	*x = a, *y = b;
	int			 c = 0;

	switch (sort_key) {
	case 0:
		c = (x->left > y->left) - (x->left < y->left);
		break;
	case 2:
		c = strcmp(db_val(sort_res, x->i, QUEUE_case_no),
		    db_val(sort_res, y->i, QUEUE_case_no));
		break;
	}
	if (c == 0)	/* then by received (the query's order) */
		c = (x->i > y->i) - (x->i < y->i);
	return c;
}

static const char *
query_url(struct http_req *r, const struct valid_value *v, long page)
{
	return arena_printf(r->ar, "/staff/cases/?state=%s&kind=%s&handler=%s"
	    "&sort=%s&page=%ld", v[Q_STATE].str, v[Q_KIND].str,
	    v[Q_HANDLER].str, v[Q_SORT].str, page);
}

int
page_cases(struct http_req *r)
{
	struct valid_value	 v[Q__MAX];
	struct valid_msgbuf	 msgs[Q__MAX];
	struct page		 pg;
	struct tpl_dict		*d, *t;
	const char		*params[1], *handler;
	PGresult		*res = NULL;
	struct row		*rows;
	cal_day			 today = cal_local_day(time(NULL), NULL);
	int			 limit, stop, i, n = 0, e, rc;
	long			 page, pages, k;

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
	sort_key = v[Q_SORT].present ? (int)v[Q_SORT].num : 0;	/* "left" */
	page = v[Q_PAGE].present ? (long)v[Q_PAGE].num : 1;
	limit = (int)staff_setting(SET_CLOCK_LIMIT);
	stop = staff_setting(SET_CLOCK_PAUSES) != 0;
	params[0] = v[Q_STATE].str;
	if ((res = db_exec(STMT_QUEUE, params)) == NULL) {
		tpl_dict_free(pg.root);
		rc = 503;
		goto out;
	}
	rows = arena_alloc(r->ar, ((size_t)PQntuples(res) + 1) * sizeof(*rows));
	for (i = 0; i < PQntuples(res); i++) {
		if (v[Q_KIND].present &&
		    strcmp(db_val(res, i, QUEUE_kind), v[Q_KIND].str) != 0)
			continue;
		if (v[Q_HANDLER].present && (v[Q_HANDLER].num == 0 ?
		    strcmp(db_val(res, i, QUEUE_handler_id), staff_user.id) !=
		    0 : !db_isnull(res, i, QUEUE_handler_id)))
			continue;
		if (staff_clock(db_val(res, i, QUEUE_received),
		    db_val(res, i, QUEUE_decided), db_val(res, i, QUEUE_pauses),
		    today, stop, &e) == -1)
			continue;
		rows[n].i = i;
		rows[n].elapsed = e;
		rows[n].left = limit - e;
		n++;
	}
	sort_res = res;
	qsort(rows, (size_t)n, sizeof(*rows), row_cmp);
	pages = (n + PAGE_ROWS - 1) / PAGE_ROWS;
	if (pages == 0)
		pages = 1;
	if (page > pages)
		page = pages;
	for (k = (page - 1) * PAGE_ROWS; k < n && k < page * PAGE_ROWS; k++) {
		i = rows[k].i;
		t = tpl_section(d, "CASE");
		handler = db_val(res, i, QUEUE_handler);
		tpl_set(t, "SID", db_val(res, i, QUEUE_id));
		tpl_set(t, "CASE_NO", db_val(res, i, QUEUE_case_no));
		tpl_set(t, "KIND", grant_kind_label(db_val(res, i,
		    QUEUE_kind)));
		tpl_set(t, "STATUS_CODE", db_val(res, i, QUEUE_status));
		tpl_set(t, "STATUS", grant_status_label(db_val(res, i,
		    QUEUE_status)));
		tpl_set(t, "RECEIVED", db_val(res, i, QUEUE_received));
		tpl_set(t, "DECIDED", db_val(res, i, QUEUE_decided));
		tpl_set(t, "GRANT", db_val(res, i, QUEUE_grant_no));
		tpl_set(t, "ORG", db_val(res, i, QUEUE_org_name));
		tpl_set(t, "HANDLER", *handler != '\0' ? handler :
		    "Ikke fordelt");
		tpl_set_int(t, "ELAPSED", rows[k].elapsed);
		tpl_set_int(t, "LEFT", rows[k].left);
		/* In words too: the colour of the row is not enough. */
		if (rows[k].left < 0)
			tpl_set_int(tpl_section(t, "OVER"), "N", -rows[k].left);
		else
			tpl_set_int(tpl_section(t, "LEFT_N"), "N", rows[k].left);
		tpl_set(t, "CLASS", rows[k].left < 0 ? "over" :
		    rows[k].left <= 30 ? "near" : "ok");
	}
	tpl_set_int(d, "COUNT", n);
	tpl_set_int(d, "LIMIT", limit);
	tpl_setf(d, "PAGE", "%ld", page);
	tpl_setf(d, "PAGES", "%ld", pages);
	if (pages > 1)
		tpl_show(d, "PAGER");
	if (page > 1)
		tpl_set(tpl_section(d, "PREV"), "URL", query_url(r, v, page - 1));
	if (page < pages)
		tpl_set(tpl_section(d, "NEXT"), "URL", query_url(r, v, page + 1));
	if (n == 0)
		tpl_show(d, "EMPTY");
	else
		tpl_show(d, "HAS_CASES");
	rc = page_send(r, &pg, 200);
out:
	PQclear(res);
	return rc;
}
