/*
 * The drill-down's two tables as data (issue 9: every table as CSV and
 * XML):
 *   /staff/goals/<code>/trend.csv: the five-year trend, a row per
 *	quarter and one per whole year (quarter empty);
 *   /staff/goals/<code>/histogram.csv: the processing times' buckets;
 *   /staff/goals/<code>/tables.xml: both, valid against
 *	etc/schemas/goal-tables.xsd (also /static/schemas/goal-tables.xsd).
 * The drill-down's period chooser and filters; the figures come from
 * goals_trend_years and goals_histogram, as the page's do.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>


#include "csv.h"
#include "form.h"
#include "goals.h"
#include "log.h"
#include "xmlw.h"
#include "valid.h"

#define XML_NS	"urn:frist:goal-tables:1"

/* The drill-down's filters (page_goal.c has the same fields). */
enum { F_HANDLER, F_POOL, F_SOURCE, F__MAX };
static const char *const sources[] = { "form", "xml", "import", NULL };
static const struct valid_field filters[F__MAX] = {
	[F_HANDLER] =	{ "handler", "Sagsbehandler", VT_INT, 0, 1,
			  INT64_MAX, NULL },
	[F_POOL] =	{ "pool", "Pulje", VT_INT, 0, 1, INT64_MAX, NULL },
	[F_SOURCE] =	{ "source", "Indgået som", VT_ENUM, 0, 0, 0, sources },
};

/* One request's goal, period, filters and the two tables. */
struct gt {
	struct goals_goal	*g;
	struct goals_period	 p;
	struct goals_filter	 fl;
	struct goals_calc	 c;
	struct goals_hist	 h;
	int			 has_hist;
	struct goals_trend_year	 ty[GOALS_TREND_YEARS];
	cal_day			 today;
};

/*
 * Reads the goal, the chooser and the filters and computes both tables:
 * 0, or the status to answer: 404, 503, or 400 when the chooser's page
 * with its Danish message is sent already (the caller then returns 0).  The
 * caller clears t->c.res.
 */
static int
gt_load(struct http_req *r, struct gt *t)
{
	struct page		 pg;
	struct tpl_dict		*d;
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	size_t			 n;
	int			 errs, grants;

	memset(t, 0, sizeof(*t));
	t->today = cal_local_day(time(NULL), NULL);
	if (goals_load(r, r->args[0], &t->g, &n) == -1)
		return 503;
	if (n == 0)
		return 404;	/* no such goal, or not one of the user's */
	d = page_new(r, &pg, "staff/goals.tpl", "Mål");
	errs = goals_period(r, d, t->today, &t->p);
	errs += (int)valid_form(filters, F__MAX, &r->query, v, msgs);
	/* goals.tpl has no such fields: the errors stand in its summary. */
	form_fill(d, filters, F__MAX, &r->query, v);
	if (errs > 0) {
		page_send(r, &pg, 400);
		return 400;
	}
	tpl_dict_free(pg.root);
	grants = t->g->pop == GOAL_POP_ACCOUNTS || t->g->pop == GOAL_POP_STATUS ||
	    t->g->pop == GOAL_POP_APPLICATIONS;
	if (grants && v[F_HANDLER].present)
		t->fl.handler = arena_printf(r->ar, "%lld",
		    (long long)v[F_HANDLER].num);
	if (grants && v[F_POOL].present)
		t->fl.pool = arena_printf(r->ar, "%lld",
		    (long long)v[F_POOL].num);
	if (grants && v[F_SOURCE].present && t->g->pop != GOAL_POP_APPLICATIONS)
		t->fl.source = v[F_SOURCE].str;
	if (goals_cases(r, t->g, &t->p, t->today, &t->fl, &t->c) == -1 ||
	    goals_trend_years(r, t->g, &t->p, &t->fl, t->today, t->ty) == -1)
		return 503;
	t->has_hist = goals_histogram(t->g, &t->c, &t->p, t->today,
	    &t->h) == 0;
	return 0;
}

/* What the page counts in a trend cell: decided and open past limit. */
static long long
gt_judged(const struct goal_figures *f)
{
	return f->completed + f->extra;
}

static int
gt_send_csv(struct http_req *r, struct csvw *w, const char *what,
    const struct gt *t)
{
	const char	*out;
	size_t		 len;

	if ((out = csvw_done(w, &len)) == NULL)
		return 500;
	http_header(r, "Content-Disposition", arena_printf(r->ar,
	    "attachment; filename=\"%s-%s-%s-%s.csv\"", what, t->g->code,
	    goals_day(r, t->p.from), goals_day(r, t->p.to)));
	http_begin(r, 200, "text/csv; charset=utf-8");
	http_write(r, out, len);
	return 0;
}

/*
 * GET /staff/goals/<code>/trend.csv: year;quarter;completed;within;
 * share;target;met, the quarters 1-4 and then the whole year (quarter
 * empty) of each year; a cell without data has only year and quarter.
 */
int
page_goal_trend_csv(struct http_req *r)
{
	struct gt		 t;
	struct csvw		 w;
	const struct goal_figures *f;
	int			 k, i, rc;

	csvw_init(&w);
	if ((rc = gt_load(r, &t)) != 0)
		goto out;
	csvw_text(&w, "year");
	csvw_text(&w, "quarter");
	csvw_text(&w, "completed");
	csvw_text(&w, "within");
	csvw_text(&w, "share");
	csvw_text(&w, "target");
	csvw_text(&w, "met");
	csvw_endrow(&w);
	for (k = 0; k < GOALS_TREND_YEARS; k++)
		for (i = 0; i <= 4; i++) {
			f = &t.ty[k].f[i];
			csvw_int(&w, t.ty[k].year);
			if (i < 4)
				csvw_int(&w, i + 1);
			else
				csvw_empty(&w);
			if (!t.ty[k].has[i]) {
				csvw_empty(&w);
				csvw_empty(&w);
				csvw_empty(&w);
				csvw_empty(&w);
				csvw_empty(&w);
			} else {
				csvw_int(&w, gt_judged(f));
				csvw_int(&w, f->within);
				if (f->share_pm >= 0)
					csvw_dec(&w, f->share_pm, 1);
				else
					csvw_empty(&w);
				csvw_dec(&w, f->target_pm, 1);
				csvw_text(&w, f->met == GOAL_MET ? "ja" : "nej");
			}
			csvw_endrow(&w);
		}
	rc = gt_send_csv(r, &w, "tendens", &t);
out:
	PQclear(t.c.res);
	csvw_free(&w);
	return rc == 400 ? 0 : rc;
}

/*
 * GET /staff/goals/<code>/histogram.csv: from;to;cases;over_limit, a
 * row per bucket of the drill-down's histogram (to empty for the last,
 * which is "and above"); only the header when it shows none.
 */
int
page_goal_hist_csv(struct http_req *r)
{
	struct gt		 t;
	struct csvw		 w;
	const struct goal_hist	*h;
	size_t			 i;
	int			 rc;

	csvw_init(&w);
	if ((rc = gt_load(r, &t)) != 0)
		goto out;
	h = &t.h.h;
	csvw_text(&w, "from");
	csvw_text(&w, "to");
	csvw_text(&w, "cases");
	csvw_text(&w, "over_limit");
	csvw_endrow(&w);
	for (i = 0; t.has_hist && i < h->n; i++) {
		csvw_int(&w, t.h.lo[i]);
		if (i + 1 < h->n)
			csvw_int(&w, t.h.lo[i + 1] - 1);
		else
			csvw_empty(&w);
		csvw_int(&w, h->count[i]);
		/* As the page's table: the bucket the limit cuts is not. */
		csvw_text(&w, i >= h->over && !(i == h->over && h->straddles) ?
		    "ja" : "nej");
		csvw_endrow(&w);
	}
	rc = gt_send_csv(r, &w, "histogram", &t);
out:
	PQclear(t.c.res);
	csvw_free(&w);
	return rc == 400 ? 0 : rc;
}

/* --- XML ------------------------------------------------------------------- */

/* A trend cell (type Cell): quarter 0 is the whole year. */
static void
x_cell(struct xmlw *x, struct http_req *r, const struct goals_trend_year *y,
    int i)
{
	const struct goal_figures *f = &y->f[i];

	xmlw_start(x, i < 4 ? "quarter" : "whole-year");
	if (i < 4)
		xmlw_attr_ll(x, "number", i + 1);
	xmlw_attr(x, "data", y->has[i] ? "true" : "false");
	if (y->has[i]) {
		xmlw_attr(x, "from", goals_day(r, f->from));
		xmlw_attr(x, "to", goals_day(r, f->to));
		xmlw_attr_ll(x, "completed", gt_judged(f));
		xmlw_attr_ll(x, "within", f->within);
		if (f->share_pm >= 0)
			xmlw_attr_ll(x, "share-permille", f->share_pm);
		xmlw_attr_ll(x, "target-permille", f->target_pm);
		xmlw_attr(x, "met", f->met == GOAL_MET ? "true" : "false");
	}
	xmlw_end(x);
}

/* GET /staff/goals/<code>/tables.xml: both tables (goal-tables.xsd). */
int
page_goal_tables_xml(struct http_req *r)
{
	struct gt		 t;
	struct xmlw		 x;
	const struct goal_hist	*h;
	size_t			 i;
	int			 k, q, rc;

	memset(&x, 0, sizeof(x));
	if ((rc = gt_load(r, &t)) != 0)
		goto out;
	h = &t.h.h;
	if (xmlw_open(&x, r->ar, "goal-tables", XML_NS) == -1) {
		log_err("goal tables xml: cannot create a writer");
		rc = 500;
		goto out;
	}
	xmlw_attr(&x, "version", "1");
	xmlw_attr(&x, "goal", t.g->code);
	xmlw_start(&x, "period");
	xmlw_attr(&x, "from", goals_day(r, t.p.from));
	xmlw_attr(&x, "to", goals_day(r, t.p.to));
	xmlw_attr(&x, "kind", t.p.custom ? "custom" : t.p.part);
	xmlw_attr_ll(&x, "year", t.p.year);
	xmlw_end(&x);
	xmlw_start(&x, "filter");
	if (t.fl.handler != NULL)
		xmlw_attr(&x, "handler", t.fl.handler);
	if (t.fl.pool != NULL)
		xmlw_attr(&x, "pool", t.fl.pool);
	if (t.fl.source != NULL)
		xmlw_attr(&x, "source", t.fl.source);
	xmlw_end(&x);
	xmlw_start(&x, "trend");
	for (k = 0; k < GOALS_TREND_YEARS; k++) {
		xmlw_start(&x, "year");
		xmlw_attr_ll(&x, "number", t.ty[k].year);
		for (q = 0; q <= 4; q++)
			x_cell(&x, r, &t.ty[k], q);
		xmlw_end(&x);
	}
	xmlw_end(&x);
	if (t.has_hist) {
		xmlw_start(&x, "histogram");
		xmlw_attr(&x, "unit", goaldef_unit_code((int)t.c.f.unit));
		xmlw_attr_ll(&x, "limit", h->limit);
		xmlw_attr_ll(&x, "completed", t.c.f.completed);
		for (i = 0; i < h->n; i++) {
			xmlw_start(&x, "bucket");
			xmlw_attr_ll(&x, "from", t.h.lo[i]);
			if (i + 1 < h->n)
				xmlw_attr_ll(&x, "to", t.h.lo[i + 1] - 1);
			xmlw_attr_ll(&x, "cases", h->count[i]);
			xmlw_attr(&x, "over-limit", i >= h->over &&
			    !(i == h->over && h->straddles) ? "true" : "false");
			xmlw_end(&x);
		}
		xmlw_end(&x);
	}
	xmlw_end(&x);
	if (xmlw_close(&x) == -1) {
		log_err("goal tables xml: cannot write the tables");
		rc = 500;
		goto out;
	}
	xmlw_send(r, &x, arena_printf(r->ar, "tabeller-%s-%s-%s.xml",
	    t.g->code, goals_day(r, t.p.from), goals_day(r, t.p.to)));
out:
	PQclear(t.c.res);
	xmlw_free(&x);
	return rc == 400 ? 0 : rc;
}
