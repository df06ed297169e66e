/*
 * /staff/plans/<year>/plan.xml: the plan's table as XML
 * (etc/schemas/plan.xsd, also /static/schemas/plan.xsd), the same
 * figures, verdicts and points as /staff/plans/<year> and plan.csv for
 * the plan's year and the two before (?asof= as the page): per year the
 * målopfyldelsesgrad, per goal its rule and per year its verdict and
 * points, per sub-goal its kind and group and per year target, result
 * and extra in the kind's unit, the result's marks, the verdict and
 * what frist found itself.  Numbers have a decimal point.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "plans.h"
#include "xmlw.h"

static void
wbool(struct xmlw *x, const char *name, int v)
{
	xmlw_attr(x, name, v ? "true" : "false");
}

/* A verdict: its state, its marks and its words ("Opfyldt, foreløbigt"). */
static void
wverdict(struct http_req *r, struct xmlw *x, struct plan_verdict v)
{
	xmlw_attr(x, "verdict", plan_state_code(v.state));
	wbool(x, "preliminary", v.marks & PLAN_PRELIM);
	wbool(x, "comparable", !(v.marks & PLAN_NOCOMP));
	xmlw_attr(x, "text", plans_verdict_text(r, v));
}

/* Hundredths as a decimal with a point: 714 -> "7.14". */
static const char *
xbp(struct http_req *r, int64_t bp)
{
	char	 buf[32], *c;

	(void)plan_fmt_bp(bp, buf, sizeof(buf));
	if ((c = strchr(buf, ',')) != NULL)
		*c = '.';
	return arena_strdup(r->ar, buf);
}

/* One figure of a sub-goal in its unit (none: no element). */
static void
wfigure(struct http_req *r, struct xmlw *x, const char *name,
    const struct plans_sub *s, enum plan_unit u, int field, int64_t v)
{
	const char	*unit = plans_unit_label(s->kind, u, field);
	char		*t, *c;

	if (v == PLAN_NOVAL)
		return;
	t = arena_strdup(r->ar, plans_fmt(r, s->kind, u, field, v));
	if ((c = strchr(t, ',')) != NULL)
		*c = '.';
	xmlw_start(x, name);
	if (*unit != '\0')
		xmlw_attr(x, "unit", unit);
	xmlw_string(x, t);
	xmlw_end(x);
}

static void
write_sub(struct http_req *r, struct xmlw *x, const struct plans *pl,
    const struct plans_sub *s)
{
	const struct plans_cell	*k;
	int			 c;

	xmlw_start(x, "subgoal");
	xmlw_attr(x, "letter", s->letter);
	xmlw_attr(x, "kind", plan_kind_code(s->kind));
	xmlw_attr_ll(x, "group", s->group);
	xmlw_el(x, "description", s->descr);
	for (c = 0; c < PLANS_COLS; c++) {
		k = &s->cell[c];
		xmlw_start(x, "year");
		xmlw_attr_ll(x, "year", PLANS_YEAR(pl, c));
		wverdict(r, x, s->v[c]);
		wbool(x, "result-preliminary", k->prelim);
		wbool(x, "result-comparable", !k->nocomp);
		wfigure(r, x, "target", s, k->unit, 't', k->target);
		wfigure(r, x, "result", s, k->unit, 'r', k->result);
		wfigure(r, x, "extra", s, k->unit, 'x', k->extra);
		/* What frist found itself (service time, pools). */
		if (s->figure[c] != NULL)
			xmlw_el(x, "figure", s->figure[c]);
		xmlw_end(x);
	}
	xmlw_end(x);
}

/* Everything in the root element <plan>. */
static void
write_plan(struct http_req *r, struct xmlw *x, const struct plans *pl)
{
	const struct plans_goal	*g;
	const struct plan_score	*sc;
	char			 day[11], buf[32];
	int64_t			 pts;
	size_t			 i, j;
	int			 c;

	/* 100/N in hundredths, rounded as the page and the CSV round. */
	pts = pl->ngoals > 0 ? (int64_t)((20000 + pl->ngoals) /
	    (2 * pl->ngoals)) : 0;
	cal_format(pl->today, day);
	xmlw_attr_ll(x, "year", pl->year);
	xmlw_attr(x, "as-of", day);
	xmlw_el(x, "name", pl->name);
	for (c = 0; c < PLANS_COLS; c++) {
		sc = &pl->score[c];
		xmlw_start(x, "score");
		xmlw_attr_ll(x, "year", PLANS_YEAR(pl, c));
		xmlw_attr_ll(x, "goals", (long long)sc->goals);
		xmlw_attr_ll(x, "met", (long long)sc->met);
		xmlw_attr_ll(x, "not-met", (long long)sc->not_met);
		xmlw_attr_ll(x, "open", (long long)sc->open);
		xmlw_attr_ll(x, "preliminary", (long long)sc->prelim);
		xmlw_attr_ll(x, "hundredths", (long long)sc->bp);
		xmlw_attr(x, "text", plan_fmt_bp(sc->bp, buf, sizeof(buf)));
		xmlw_end(x);
	}
	for (i = 0; i < pl->ngoals; i++) {
		g = &pl->goals[i];
		xmlw_start(x, "goal");
		xmlw_attr(x, "number", g->number);
		xmlw_attr(x, "rule", plan_rule_code(g->rule));
		xmlw_el(x, "name", g->name);
		for (c = 0; c < PLANS_COLS; c++) {
			xmlw_start(x, "year");
			xmlw_attr_ll(x, "year", PLANS_YEAR(pl, c));
			wverdict(r, x, g->v[c]);
			xmlw_attr(x, "points", xbp(r, g->v[c].state ==
			    PS_MET ? pts : 0));
			xmlw_end(x);
		}
		for (j = 0; j < g->nsubs; j++)
			write_sub(r, x, pl, &g->subs[j]);
		xmlw_end(x);
	}
}

int
page_plan_xml(struct http_req *r)
{
	struct plans		 pl;
	struct xmlw		 x;
	int			 rc = 500;

	if (plans_load_req(r, PLANS_ASOF | PLANS_SAY, &pl) == -1)
		return 0;
	if (xmlw_open(&x, r->ar, "plan", "urn:frist:plan:1") == -1)
		return 500;
	write_plan(r, &x, &pl);
	if (xmlw_close(&x) == 0) {
		xmlw_send(r, &x, arena_printf(r->ar, "resultatplan-%d.xml",
		    pl.year));
		rc = 0;
	}
	xmlw_free(&x);
	return rc;
}
