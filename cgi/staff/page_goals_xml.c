/*
 * The goals as data for other systems:
 *   /staff/goals/overview.xml: every goal the user sees, every figure of
 *	goal.h's struct goal_figures for the chosen period, the versions
 *	they mix, the year's quarters and the breached and at-risk cases;
 *	etc/schemas/goals-report.xsd describes it (also served as
 *	/static/schemas/goals-report.xsd).  Written with xmlTextWriter.
 *   /staff/goals/<code>/cases.csv: the drill-down's three lists of one
 *	goal (open past the limit, at risk, decided late) as one CSV.
 * Both take the overview's period chooser (goals_period) and use only
 * the API of goals.h (goals_in_list for the case lists), so their
 * figures and lists are the overview's and the drill-down's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>


#include "csv.h"
#include "form.h"
#include "goalrag.h"
#include "goals.h"
#include "log.h"
#include "xmlw.h"
#include "valid.h"

#define XML_NS	"urn:frist:goals-report:1"

/* --- the case lists --------------------------------------------------------- */

static const char *const list_codes[GOALS__LISTS] = {
	[GOALS_BREACHED] = "breached",
	[GOALS_AT_RISK] = "at_risk",
	[GOALS_LATE] = "late",
};

/* --- XML ------------------------------------------------------------------- */

static void
x_attr_day(struct xmlw *x, const char *name, cal_day d)
{
	char	 day[11];

	cal_format(d, day);
	xmlw_attr(x, name, day);
}

static void
x_attr_bool(struct xmlw *x, const char *name, int b)
{
	xmlw_attr(x, name, b ? "true" : "false");
}

/* A value that may be GOAL_NOVALUE: the element is then left out. */
static void
x_el_opt(struct xmlw *x, const char *name, int v)
{
	if (v >= 0)
		xmlw_el_ll(x, name, v);
}

static const char *
verdict_code(enum goal_verdict v)
{
	return v == GOAL_MET ? "met" : v == GOAL_NOTMET ? "not-met" :
	    "no-data";
}

/* <name num= den= permille= verdict=/>: a share as counted. */
static void
x_share(struct xmlw *x, const char *name, struct goal_ratio q, int pm,
    enum goal_verdict v)
{
	xmlw_start(x, name);
	xmlw_attr_ll(x, "num", q.num);
	xmlw_attr_ll(x, "den", q.den);
	if (pm >= 0)
		xmlw_attr_ll(x, "permille", pm);
	xmlw_attr(x, "verdict", verdict_code(v));
	xmlw_end(x);
}

/* Every figure of f (goal.h), in the schema's order (type Figures). */
static void
x_figures(struct xmlw *x, const struct goals_goal *g,
    const struct goal_figures *f)
{
	x_attr_day(x, "from", f->from);
	x_attr_day(x, "to", f->to);
	x_attr_day(x, "as-of", f->asof);
	x_attr_bool(x, "finished", f->finished);
	xmlw_start(x, "rule");
	xmlw_attr_ll(x, "version", (long long)f->version);
	xmlw_attr(x, "valid-from", g->vday[f->version]);
	xmlw_attr(x, "unit", goaldef_unit_code((int)f->unit));
	xmlw_attr_ll(x, "limit", f->limit);
	xmlw_attr_ll(x, "target-permille", f->target_pm);
	xmlw_end(x);
	xmlw_el_ll(x, "completed", f->completed);
	xmlw_el_ll(x, "within", f->within);
	xmlw_el_ll(x, "extra", f->extra);
	x_share(x, "share", f->share, f->share_pm, f->met);
	xmlw_el_ll(x, "breached", f->breached);
	xmlw_el_ll(x, "at-risk", f->at_risk);
	x_share(x, "worst", f->worst, f->worst_pm, f->worst_met);
	x_share(x, "best", f->best, f->best_pm, f->best_met);
	x_el_opt(x, "p50", f->p50);
	x_el_opt(x, "p90", f->p90);
	x_el_opt(x, "p95", f->p95);
	xmlw_start(x, "open");
	xmlw_attr_ll(x, "count", f->open);
	xmlw_attr_ll(x, "within", f->open_within);
	x_el_opt(x, "age-p50", f->age_p50);
	x_el_opt(x, "age-p90", f->age_p90);
	x_el_opt(x, "age-p95", f->age_p95);
	xmlw_end(x);
	xmlw_start(x, "paused");
	xmlw_attr_ll(x, "cases", f->paused_cases);
	xmlw_attr_ll(x, "days", f->paused_days);
	xmlw_attr_ll(x, "avg-num", f->paused_avg.num);
	xmlw_attr_ll(x, "avg-den", f->paused_avg.den);
	if (f->paused_avg_tenths >= 0)
		xmlw_attr_ll(x, "avg-tenths", f->paused_avg_tenths);
	xmlw_end(x);
	xmlw_start(x, "version-mask");
	/* As decimal numbers: bit i is version i (schema: unsignedLong). */
	if (!x->err && xmlTextWriterWriteFormatAttribute(x->w,
	    (const xmlChar *)"share", "%llu",
	    (unsigned long long)f->versions) < 0)
		x->err = 1;
	if (!x->err && xmlTextWriterWriteFormatAttribute(x->w,
	    (const xmlChar *)"open", "%llu",
	    (unsigned long long)f->open_versions) < 0)
		x->err = 1;
	xmlw_end(x);
	xmlw_el(x, "mixed-units", f->mixed_units ? "true" : "false");
	xmlw_el_ll(x, "ignored", f->ignored);
}

/* The versions the period's figures judge by (share or snapshot). */
static void
x_versions(struct xmlw *x, const struct goals_goal *g,
    const struct goal_figures *f)
{
	const struct goal_version	*v;
	size_t				 i;

	xmlw_start(x, "versions");
	for (i = 0; i < g->g.nversions; i++) {
		uint64_t bit = (uint64_t)1 << i;

		if (!((f->versions | f->open_versions) & bit))
			continue;
		v = &g->v[i];
		xmlw_start(x, "version");
		xmlw_attr_ll(x, "index", (long long)i);
		xmlw_attr(x, "valid-from", g->vday[i]);
		xmlw_attr(x, "unit", goaldef_unit_code((int)v->unit));
		xmlw_attr_ll(x, "limit", v->limit);
		xmlw_attr_ll(x, "target-permille", v->target_pm);
		xmlw_attr(x, "pauses", goaldef_pause_code((int)v->pause));
		xmlw_attr(x, "period-rule", goaldef_period_code((int)v->period));
		x_attr_bool(x, "share", (f->versions & bit) != 0);
		x_attr_bool(x, "open", (f->open_versions & bit) != 0);
		xmlw_end(x);
	}
	xmlw_end(x);
}

/* The breached or at-risk cases of list l (type CaseList). */
static void
x_cases(struct xmlw *x, const struct goals_goal *g, const struct goals_calc *c,
    const struct goals_period *p, enum goals_list l, const char *name)
{
	struct goal_case_state	 st;
	long long		 n = 0;
	size_t			 i;

	for (i = 0; i < c->n; i++)
		if (goals_in_list(g, c, p, i, l, &st))
			n++;
	xmlw_start(x, name);
	xmlw_attr_ll(x, "count", n);
	for (i = 0; i < c->n; i++) {
		if (!goals_in_list(g, c, p, i, l, &st))
			continue;
		xmlw_start(x, "case");
		xmlw_attr(x, "case-no", db_val(c->res, c->row[i],
		    GOAL_CASE_case_no));
		x_attr_day(x, "start", c->cases[i].start);
		x_attr_day(x, "breach", st.breach);
		xmlw_attr_ll(x, "age", st.elapsed);
		xmlw_attr_ll(x, "gross", st.gross);
		xmlw_attr_ll(x, "net", st.net);
		xmlw_attr(x, "unit", goaldef_unit_code((int)g->v[st.version].unit));
		xmlw_attr_ll(x, "version", (long long)st.version);
		x_attr_bool(x, "paused", st.paused);
		xmlw_end(x);
	}
	xmlw_end(x);
}

static void
x_goal(struct xmlw *x, const struct goals_goal *g, const struct goals_calc *c,
    const struct goals_period *p)
{
	const char	*txt, *cls;
	int		 i;

	xmlw_start(x, "goal");
	xmlw_attr(x, "code", g->code);
	xmlw_attr(x, "population", goaldef_population_code(g->pop));
	xmlw_el(x, "name", g->name);
	cls = goals_status(&c->f, &txt);
	xmlw_start(x, "status");
	xmlw_attr(x, "rag", cls);
	xmlw_string(x, txt);
	xmlw_end(x);
	xmlw_start(x, "figures");
	x_figures(x, g, &c->f);
	xmlw_end(x);
	x_versions(x, g, &c->f);
	xmlw_start(x, "trend");
	xmlw_attr_ll(x, "year", p->year);
	for (i = 0; i < c->ntrend; i++) {
		xmlw_start(x, "quarter");
		xmlw_attr_ll(x, "number", i + 1);
		x_figures(x, g, &c->trend[i]);
		xmlw_end(x);
	}
	xmlw_end(x);
	x_cases(x, g, c, p, GOALS_BREACHED, "breached-cases");
	x_cases(x, g, c, p, GOALS_AT_RISK, "at-risk-cases");
	x_cases(x, g, c, p, GOALS_LATE, "late-cases");
	xmlw_end(x);
}

/*
 * GET /staff/goals/overview.xml?year=&period= (or from=&to=): the
 * goals the user sees for the period, valid against goals-report.xsd.
 */
int
page_goals_xml(struct http_req *r)
{
	struct page		 pg;
	struct tpl_dict		*d;
	struct goals_goal	*gl;
	struct goals_period	 p;
	struct goals_calc	 c;
	struct xmlw		 x;
	cal_day			 today = cal_local_day(time(NULL), NULL);
	size_t			 i, n;
	int			 rc = 0;

	memset(&x, 0, sizeof(x));
	memset(&c, 0, sizeof(c));
	/* A bad period gets the chooser with its message, as the CSV. */
	d = page_new(r, &pg, "staff/goals.tpl", "Mål");
	if (goals_period(r, d, today, &p) > 0)
		return page_send(r, &pg, 400);
	tpl_dict_free(pg.root);
	if (goals_load(r, NULL, &gl, &n) == -1)
		return 503;
	if (xmlw_open(&x, r->ar, "goals-report", XML_NS) == -1) {
		log_err("goals xml: cannot create a writer");
		rc = 500;
		goto out;
	}
	xmlw_attr(&x, "version", "1");
	xmlw_el(&x, "agency", app_cfg("authority_name", "Demostyrelsen"));
	xmlw_start(&x, "period");
	x_attr_day(&x, "from", p.from);
	x_attr_day(&x, "to", p.to);
	xmlw_attr(&x, "kind", p.custom ? "custom" : p.part);
	xmlw_attr_ll(&x, "year", p.year);
	xmlw_attr(&x, "label", p.label);
	xmlw_end(&x);
	xmlw_el(&x, "as-of", goals_day(r, p.to < today ? p.to : today));
	xmlw_el(&x, "generated", goals_day(r, today));
	for (i = 0; i < n && !x.err; i++) {
		if (goals_cases(r, &gl[i], &p, today, NULL, &c) == -1) {
			rc = 503;
			goto out;
		}
		x_goal(&x, &gl[i], &c, &p);
		PQclear(c.res);
		c.res = NULL;
	}
	xmlw_end(&x);
	if (xmlw_close(&x) == -1) {
		log_err("goals xml: cannot write the report");
		rc = 500;
		goto out;
	}
	xmlw_send(r, &x, arena_printf(r->ar, "maal-%s-%s.xml",
	    goals_day(r, p.from), goals_day(r, p.to)));
out:
	PQclear(c.res);
	xmlw_free(&x);
	return rc;
}

/* --- CSV ------------------------------------------------------------------- */

/* The drill-down's filters (page_goal.c has the same fields). */
enum { F_HANDLER, F_POOL, F_SOURCE, F__MAX };
static const char *const sources[] = { "form", "xml", "import", NULL };
static const struct valid_field filters[F__MAX] = {
	[F_HANDLER] =	{ "handler", "Sagsbehandler", VT_INT, 0, 1,
			  INT64_MAX, NULL },
	[F_POOL] =	{ "pool", "Pulje", VT_INT, 0, 1, INT64_MAX, NULL },
	[F_SOURCE] =	{ "source", "Indgået som", VT_ENUM, 0, 0, 0, sources },
};

/*
 * GET /staff/goals/<code>/cases.csv?year=&period= (or from=&to=), and
 * the drill-down's handler, pool and source: its lists of one goal, one
 * row per case, the list in the first column (breached, at_risk, late;
 * README).
 */
int
page_goal_cases_csv(struct http_req *r)
{
	struct page		 pg;
	struct tpl_dict		*d;
	struct goals_goal	*gl;
	struct goals_period	 p;
	struct goals_calc	 c;
	struct goals_filter	 fl;
	struct goal_case_state	 st;
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	struct csvw		 w;
	const char		*out;
	cal_day			 today = cal_local_day(time(NULL), NULL);
	size_t			 i, n, len;
	int			 l, row, errs, grants, rc = 0;

	memset(&c, 0, sizeof(c));
	if (goals_load(r, r->args[0], &gl, &n) == -1)
		return 503;
	if (n == 0)
		return 404;	/* no such goal, or not one of the user's */
	d = page_new(r, &pg, "staff/goals.tpl", "Mål");
	errs = goals_period(r, d, today, &p);
	errs += (int)valid_form(filters, F__MAX, &r->query, v, msgs);
	/* goals.tpl has no such fields: the errors stand in its summary. */
	form_fill(d, filters, F__MAX, &r->query, v);
	if (errs > 0)
		return page_send(r, &pg, 400);
	tpl_dict_free(pg.root);
	memset(&fl, 0, sizeof(fl));
	grants = gl[0].pop == GOAL_POP_ACCOUNTS || gl[0].pop == GOAL_POP_STATUS ||
	    gl[0].pop == GOAL_POP_APPLICATIONS;
	if (grants && v[F_HANDLER].present)
		fl.handler = arena_printf(r->ar, "%lld",
		    (long long)v[F_HANDLER].num);
	if (grants && v[F_POOL].present)
		fl.pool = arena_printf(r->ar, "%lld", (long long)v[F_POOL].num);
	if (grants && v[F_SOURCE].present && gl[0].pop != GOAL_POP_APPLICATIONS)
		fl.source = v[F_SOURCE].str;
	csvw_init(&w);
	if (goals_cases(r, &gl[0], &p, today, &fl, &c) == -1) {
		rc = 503;
		goto out;
	}
	csvw_text(&w, "list");
	csvw_text(&w, "case_no");
	csvw_text(&w, "start");
	csvw_text(&w, "stop");
	csvw_text(&w, "breach");
	csvw_text(&w, "elapsed");
	csvw_text(&w, "gross");
	csvw_text(&w, "net");
	csvw_text(&w, "unit");
	csvw_text(&w, "paused");
	csvw_text(&w, "handler");
	csvw_endrow(&w);
	for (l = 0; l < GOALS__LISTS; l++)
		for (i = 0; i < c.n; i++) {
			if (!goals_in_list(&gl[0], &c, &p, i, l, &st))
				continue;
			row = c.row[i];
			csvw_text(&w, list_codes[l]);
			csvw_text(&w, db_val(c.res, row, GOAL_CASE_case_no));
			csvw_text(&w, goals_day(r, c.cases[i].start));
			if (l == GOALS_LATE)
				csvw_text(&w, goals_day(r, c.cases[i].stop));
			else
				csvw_empty(&w);
			if (st.breach != GOAL_NODAY)
				csvw_text(&w, goals_day(r, st.breach));
			else
				csvw_empty(&w);
			csvw_int(&w, st.elapsed);
			csvw_int(&w, st.gross);
			csvw_int(&w, st.net);
			csvw_text(&w, goaldef_unit_code((int)
			    gl[0].v[st.version].unit));
			csvw_text(&w, st.paused ? "ja" : "nej");
			csvw_text(&w, db_val(c.res, row, GOAL_CASE_handler));
			csvw_endrow(&w);
		}
	if ((out = csvw_done(&w, &len)) == NULL) {
		rc = 500;
		goto out;
	}
	http_header(r, "Content-Disposition", arena_printf(r->ar,
	    "attachment; filename=\"sager-%s-%s-%s.csv\"", gl[0].code,
	    goals_day(r, p.from), goals_day(r, p.to)));
	http_begin(r, 200, "text/csv; charset=utf-8");
	http_write(r, out, len);
out:
	PQclear(c.res);
	csvw_free(&w);
	return rc;
}
