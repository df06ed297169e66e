/*
 * /staff/goals/<code>: one goal for the chosen period: the figures of
 * the overview, the trend, a histogram of processing times with the
 * limit marked, and the cases behind the numbers (open past the limit,
 * at risk, decided late), each linking to its case page.  Grant goals
 * can be narrowed to a handler, a pool and how the case came in; the
 * figures are then those of the narrowed cases.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "form.h"
#include "goals.h"
#include "valid.h"

#define LIST_ROWS	50	/* cases per page of each list */

enum { F_HANDLER, F_POOL, F_SOURCE, F_BPAGE, F_RPAGE, F_LPAGE, F__MAX };

static const char *const sources[] = { "form", "xml", "import", NULL };

static const struct valid_field filters[F__MAX] = {
	[F_HANDLER] =	{ "handler", "Sagsbehandler", VT_INT, 0, 1,
			  INT64_MAX, NULL },
	[F_POOL] =	{ "pool", "Pulje", VT_INT, 0, 1, INT64_MAX, NULL },
	[F_SOURCE] =	{ "source", "Indgået som", VT_ENUM, 0, 0, 0, sources },
	[F_BPAGE] =	{ "bpage", "Side (over fristen)", VT_INT, 0, 1, 100000,
			  NULL },
	[F_RPAGE] =	{ "rpage", "Side (i risiko)", VT_INT, 0, 1, 100000,
			  NULL },
	[F_LPAGE] =	{ "lpage", "Side (afgjort for sent)", VT_INT, 0, 1,
			  100000, NULL },
};

/* The three lists (goals.h): their section, page field and anchor. */
static const struct {
	const char	*section;
	int		 field;
	const char	*anchor;
	const char	*param;
} lists[GOALS__LISTS] = {
	[GOALS_BREACHED] =	{ "BREACHED_LIST", F_BPAGE, "breached", "bpage" },
	[GOALS_AT_RISK] =	{ "RISK_LIST", F_RPAGE, "risk", "rpage" },
	[GOALS_LATE] =	{ "LATE_LIST", F_LPAGE, "late", "lpage" },
};

/* The case page of a population's case. */
static const char *
case_url(struct http_req *r, int pop, const char *id)
{
	switch (pop) {
	case GOAL_POP_ACCOUNTS:
	case GOAL_POP_STATUS:
		return arena_printf(r->ar, "/staff/cases/%s", id);
	case GOAL_POP_APPLICATIONS:
		return arena_printf(r->ar, "/staff/applications/%s", id);
	default:
		return arena_printf(r->ar, "/staff/whistle/%s", id);
	}
}

/* This page with its period and filters, and list l on page pg. */
static const char *
here(struct http_req *r, const struct goals_goal *g,
    const struct goals_period *p, const struct valid_value *v, int l,
    long pg)
{
	const char	*u;
	int		 i;

	u = arena_printf(r->ar, "/staff/goals/%s?%s", g->code, p->query);
	if (v[F_HANDLER].present)
		u = arena_printf(r->ar, "%s&handler=%lld", u,
		    (long long)v[F_HANDLER].num);
	if (v[F_POOL].present)
		u = arena_printf(r->ar, "%s&pool=%lld", u,
		    (long long)v[F_POOL].num);
	if (v[F_SOURCE].present)
		u = arena_printf(r->ar, "%s&source=%s", u, v[F_SOURCE].str);
	for (i = 0; i < GOALS__LISTS; i++) {
		long n = i == l ? pg : v[lists[i].field].present ?
		    (long)v[lists[i].field].num : 1;

		if (n > 1)
			u = arena_printf(r->ar, "%s&%s=%ld", u, lists[i].param,
			    n);
	}
	return arena_printf(r->ar, "%s#%s", u, lists[l].anchor);
}

/* The drill-down's filter choices, the chosen one marked. */
static int
choices(struct tpl_dict *d, int stmt, const char *section, int idcol,
    int namecol, const struct valid_value *v)
{
	PGresult	*res;
	struct tpl_dict	*t;
	int		 i;

	if ((res = db_exec(stmt, NULL)) == NULL)
		return -1;
	for (i = 0; i < PQntuples(res); i++) {
		t = tpl_section(d, section);
		tpl_set(t, "ID", db_val(res, i, idcol));
		tpl_set(t, "LABEL", db_val(res, i, namecol));
		if (v->present && v->num == strtoll(db_val(res, i, idcol),
		    NULL, 10))
			tpl_show(t, "SELECTED");
	}
	PQclear(res);
	return 0;
}

/*
 * The histogram: bucket i's bar 240 / n wide from x = 40, heights out
 * of 100 for the fullest; the limit is the left edge of bucket `over`.
 */
static void
histogram(struct http_req *r, struct tpl_dict *d, const struct goals_goal *g,
    const struct goals_calc *c, const struct goals_period *p, cal_day today)
{
	struct goals_hist	 gh;
	const struct goal_hist	*h = &gh.h;
	const int		*lo = gh.lo;
	struct tpl_dict		*t;
	int			 w;
	long long		 max = 0;
	size_t			 i;

	if (goals_histogram(g, c, p, today, &gh) == -1)
		return;
	for (i = 0; i < h->n; i++)
		if (h->count[i] > max)
			max = h->count[i];
	w = (int)(240 / h->n);
	t = tpl_section(d, "HIST");
	tpl_set_int(t, "BAR_W", w - 2);
	tpl_set_int(t, "LIMIT", h->limit);
	tpl_set(t, "UNIT", goaldef_unit_label((int)c->f.unit));
	tpl_set_int(t, "LIMIT_X", 40 + w * (int)h->over);
	tpl_set_int(t, "END_X", 40 + w * (int)h->n);
	for (i = 0; i < h->n; i++) {
		struct tpl_dict	*b = tpl_section(t, "BUCKET");
		int		 bh = max > 0 ? (int)(h->count[i] * 100 / max) : 0;

		tpl_set_int(b, "X", 40 + w * (int)i);
		tpl_set_int(b, "H", bh);
		tpl_set_int(b, "Y", 110 - bh);
		tpl_set_int(b, "N", h->count[i]);
		tpl_set(b, "FILL", i >= h->over ? "#b51d09" : "#2e6b00");
		if (i + 1 < h->n)
			tpl_set(b, "RANGE", lo[i + 1] - 1 > lo[i] ?
			    arena_printf(r->ar, "%d–%d", lo[i], lo[i + 1] - 1) :
			    arena_printf(r->ar, "%d", lo[i]));
		else
			tpl_set(b, "RANGE", arena_printf(r->ar, "%d og derover",
			    lo[i]));
		if (i >= h->over && !(i == h->over && h->straddles))
			tpl_show(b, "OVER");
	}
	tpl_set(t, "DESC", arena_printf(r->ar, "Histogram over %lld afgjorte "
	    "sagers behandlingstid; fristen er %d %s.", c->f.completed,
	    h->limit, goaldef_unit_label((int)c->f.unit)));
}

/* The trend over five years (goals_trend_years) as a table. */
static int
trend_years(struct http_req *r, struct tpl_dict *d, const struct goals_goal *g,
    const struct goals_period *p, const struct goals_filter *fl, cal_day today)
{
	struct goals_trend_year	 ty[GOALS_TREND_YEARS];
	struct tpl_dict		*t, *q;
	const struct goal_figures *f;
	int			 k, i;

	if (goals_trend_years(r, g, p, fl, today, ty) == -1)
		return -1;
	for (k = 0; k < GOALS_TREND_YEARS; k++) {
		t = tpl_section(d, "TREND_YEAR");
		tpl_set_int(t, "Y", ty[k].year);
		for (i = 0; i <= 4; i++) {
			q = tpl_section(t, i < 4 ? "TQ" : "TYEAR");
			if (!ty[k].has[i]) {
				tpl_show(q, "NODATA");
				continue;
			}
			f = &ty[k].f[i];
			q = tpl_section(q, "DATA");
			tpl_set(q, "SHARE", goals_pct(r, f->share_pm));
			tpl_set_int(q, "N", f->completed + f->extra);
			tpl_show(q, f->met == GOAL_MET ? "MET" : "NOTMET");
		}
	}
	return 0;
}

int
page_goal(struct http_req *r)
{
	struct page		 pg;
	struct tpl_dict		*d, *t, *rd, *ls[GOALS__LISTS];
	struct goals_goal	*gl;
	struct goals_period	 p;
	struct goals_calc	 c;
	struct goals_filter	 fl;
	struct goal_case_state	 st;
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	cal_day			 today = cal_local_day(time(NULL), NULL);
	const struct goal_case	*k;
	long			 page[GOALS__LISTS], cnt[GOALS__LISTS], pages;
	size_t			 n, i;
	int			 rc, l, errs, grants, row, links;
	char			 day[11];

	memset(&c, 0, sizeof(c));
	if (goals_load(r, r->args[0], &gl, &n) == -1)
		return 503;
	if (n == 0)
		return 404;	/* no such goal, or not one of the user's */
	d = page_new(r, &pg, "staff/goal.tpl", gl[0].name);
	tpl_set(d, "CODE", gl[0].code);
	tpl_set(d, "NAME", gl[0].name);
	if (staff_has_role("admin"))
		tpl_show(d, "ADMIN");
	grants = gl[0].pop == GOAL_POP_ACCOUNTS || gl[0].pop == GOAL_POP_STATUS ||
	    gl[0].pop == GOAL_POP_APPLICATIONS;
	links = staff_has_role(goaldef_population_role(gl[0].pop));
	if (!links)
		tpl_show(d, "NO_CASE_ACCESS");
	errs = goals_period(r, d, today, &p);
	errs += (int)valid_form(filters, F__MAX, &r->query, v, msgs);
	form_fill(d, filters, F__MAX, &r->query, v);
	if (grants) {
		t = tpl_section(d, "FILTERS");
		if (choices(t, STMT_GOAL_HANDLERS, "HANDLER_OPT",
		    GOAL_HANDLERS_id, GOAL_HANDLERS_name, &v[F_HANDLER]) == -1 ||
		    choices(t, STMT_GOAL_POOLS, "POOL_OPT", GOAL_POOLS_id,
		    GOAL_POOLS_name, &v[F_POOL]) == -1) {
			tpl_dict_free(pg.root);
			return 503;
		}
		if (gl[0].pop != GOAL_POP_APPLICATIONS) {
			tpl_show(t, "SOURCE_FILTER");
			if (v[F_SOURCE].present)
				form_choice(t, "source", v[F_SOURCE].str);
		}
	}
	if (errs > 0)
		return page_send(r, &pg, 400);
	memset(&fl, 0, sizeof(fl));
	if (grants) {
		if (v[F_HANDLER].present)
			fl.handler = arena_printf(r->ar, "%lld",
			    (long long)v[F_HANDLER].num);
		if (v[F_POOL].present)
			fl.pool = arena_printf(r->ar, "%lld",
			    (long long)v[F_POOL].num);
		if (v[F_SOURCE].present && gl[0].pop != GOAL_POP_APPLICATIONS)
			fl.source = v[F_SOURCE].str;
		if (fl.handler != NULL || fl.pool != NULL || fl.source != NULL)
			tpl_show(d, "FILTERED");
	}
	if (goals_cases(r, &gl[0], &p, today, &fl, &c) == -1) {
		tpl_dict_free(pg.root);
		rc = 503;
		goto out;
	}
	c.chart_id = "trend";
	rd = tpl_section(d, "RESULT");
	goals_fill(r, rd, &gl[0], &c, &p);
	goals_chart(r, page_include(r, rd, "CHART", "staff/goal_chart.tpl"),
	    &c, p.year);
	histogram(r, rd, &gl[0], &c, &p, today);
	if (trend_years(r, rd, &gl[0], &p, &fl, today) == -1) {
		tpl_dict_free(pg.root);
		rc = 503;
		goto out;
	}

	/* The cases behind the numbers, judged as goal_eval judged them. */
	for (l = 0; l < GOALS__LISTS; l++) {
		page[l] = v[lists[l].field].present ?
		    (long)v[lists[l].field].num : 1;
		cnt[l] = 0;
		ls[l] = NULL;
	}
	for (l = 0; l < GOALS__LISTS; l++) {
		for (i = 0; i < c.n; i++) {
			k = &c.cases[i];
			if (!goals_in_list(&gl[0], &c, &p, i,
			    (enum goals_list)l, &st))
				continue;
			cnt[l]++;
			if (cnt[l] <= (page[l] - 1) * LIST_ROWS ||
			    cnt[l] > page[l] * LIST_ROWS)
				continue;
			if (ls[l] == NULL) {
				ls[l] = tpl_section(rd, lists[l].section);
				/* The period's version says which is judged. */
				tpl_show(ls[l], gl[0].v[c.f.version].pause ==
				    GOAL_NET ? "JUDGED_NET" : "JUDGED_GROSS");
			}
			row = c.row[i];
			t = tpl_section(ls[l], "ITEM");
			/* Only a link the user may follow (management
			 * alone sees the figures, not the cases). */
			if (links)
				tpl_set(tpl_section(t, "LINK"), "URL",
				    case_url(r, gl[0].pop, db_val(c.res, row,
				    GOAL_CASE_id)));
			else
				tpl_show(t, "NOLINK");
			tpl_set(t, "CASE_NO", db_val(c.res, row,
			    GOAL_CASE_case_no));
			tpl_set(t, "START", db_val(c.res, row,
			    GOAL_CASE_start_day));
			tpl_set(t, "STOP", k->stop != GOAL_NODAY &&
			    k->stop <= c.f.asof ? db_val(c.res, row,
			    GOAL_CASE_stop_day) : "åben");
			/* Both times; the header marks the one judged. */
			tpl_set_int(t, "GROSS", st.gross);
			tpl_set_int(t, "NET", st.net);
			if (st.breach != GOAL_NODAY) {
				cal_format(st.breach, day);
				tpl_set(t, "BREACH", day);
			} else
				tpl_set(t, "BREACH", "står stille (pause)");
			tpl_set(t, "HANDLER", *db_val(c.res, row,
			    GOAL_CASE_handler) != '\0' ? db_val(c.res, row,
			    GOAL_CASE_handler) : "–");
			if (st.paused)
				tpl_show(t, "PAUSED");
		}
		pages = cnt[l] > 0 ? (cnt[l] + LIST_ROWS - 1) / LIST_ROWS : 1;
		if (ls[l] == NULL && cnt[l] > 0) {
			/* A page past the end: say so, with a way back. */
			ls[l] = tpl_section(rd, lists[l].section);
			tpl_set(tpl_section(ls[l], "PAST_END"), "URL",
			    here(r, &gl[0], &p, v, l, 1));
		}
		if (ls[l] != NULL) {
			tpl_set_int(ls[l], "COUNT", cnt[l]);
			whistle_plural(ls[l], "N", cnt[l]);
			tpl_set_int(ls[l], "PAGE", page[l]);
			tpl_set_int(ls[l], "PAGES", pages);
			if (pages > 1)
				tpl_show(ls[l], "PAGER");
			if (page[l] > 1 && page[l] <= pages)
				tpl_set(tpl_section(ls[l], "PREV"), "URL",
				    here(r, &gl[0], &p, v, l, page[l] - 1));
			if (page[l] < pages)
				tpl_set(tpl_section(ls[l], "NEXT"), "URL",
				    here(r, &gl[0], &p, v, l, page[l] + 1));
		} else
			tpl_show(rd, arena_printf(r->ar, "NO_%s",
			    lists[l].section));
	}
	rc = page_send(r, &pg, 200);
out:
	PQclear(c.res);
	return rc;
}
