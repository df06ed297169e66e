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

#include <libxml/xmlwriter.h>

#include "plans.h"

static int
wattr(xmlTextWriterPtr w, const char *name, const char *val)
{
	return xmlTextWriterWriteAttribute(w, (const xmlChar *)name,
	    (const xmlChar *)val);
}

static int
wattr_int(xmlTextWriterPtr w, const char *name, long long v)
{
	return xmlTextWriterWriteFormatAttribute(w, (const xmlChar *)name,
	    "%lld", v);
}

static int
wbool(xmlTextWriterPtr w, const char *name, int v)
{
	return wattr(w, name, v ? "true" : "false");
}

static int
wel(xmlTextWriterPtr w, const char *name, const char *text)
{
	return xmlTextWriterWriteElement(w, (const xmlChar *)name,
	    (const xmlChar *)text);
}

/* A verdict: its state, its marks and its words ("Opfyldt, foreløbigt"). */
static int
wverdict(struct http_req *r, xmlTextWriterPtr w, struct plan_verdict v)
{
	return wattr(w, "verdict", plan_state_code(v.state)) < 0 ||
	    wbool(w, "preliminary", v.marks & PLAN_PRELIM) < 0 ||
	    wbool(w, "comparable", !(v.marks & PLAN_NOCOMP)) < 0 ||
	    wattr(w, "text", plans_verdict_text(r, v)) < 0 ? -1 : 0;
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
static int
wfigure(struct http_req *r, xmlTextWriterPtr w, const char *name,
    const struct plans_sub *s, enum plan_unit u, int field, int64_t v)
{
	const char	*unit = plans_unit_label(s->kind, u, field);
	char		*t, *c;

	if (v == PLAN_NOVAL)
		return 0;
	t = arena_strdup(r->ar, plans_fmt(r, s->kind, u, field, v));
	if ((c = strchr(t, ',')) != NULL)
		*c = '.';
	if (xmlTextWriterStartElement(w, (const xmlChar *)name) < 0 ||
	    (*unit != '\0' && wattr(w, "unit", unit) < 0) ||
	    xmlTextWriterWriteString(w, (const xmlChar *)t) < 0 ||
	    xmlTextWriterEndElement(w) < 0)
		return -1;
	return 0;
}

static int
write_sub(struct http_req *r, xmlTextWriterPtr w, const struct plans *pl,
    const struct plans_sub *s)
{
	const struct plans_cell	*k;
	int			 c;

	if (xmlTextWriterStartElement(w, (const xmlChar *)"subgoal") < 0 ||
	    wattr(w, "letter", s->letter) < 0 ||
	    wattr(w, "kind", plan_kind_code(s->kind)) < 0 ||
	    wattr_int(w, "group", s->group) < 0 ||
	    wel(w, "description", s->descr) < 0)
		return -1;
	for (c = 0; c < PLANS_COLS; c++) {
		k = &s->cell[c];
		if (xmlTextWriterStartElement(w, (const xmlChar *)"year") < 0 ||
		    wattr_int(w, "year", PLANS_YEAR(pl, c)) < 0 ||
		    wverdict(r, w, s->v[c]) < 0 ||
		    wbool(w, "result-preliminary", k->prelim) < 0 ||
		    wbool(w, "result-comparable", !k->nocomp) < 0 ||
		    wfigure(r, w, "target", s, k->unit, 't', k->target) < 0 ||
		    wfigure(r, w, "result", s, k->unit, 'r', k->result) < 0 ||
		    wfigure(r, w, "extra", s, k->unit, 'x', k->extra) < 0)
			return -1;
		/* What frist found itself (service time, pools). */
		if (s->figure[c] != NULL && wel(w, "figure", s->figure[c]) < 0)
			return -1;
		if (xmlTextWriterEndElement(w) < 0)
			return -1;
	}
	return xmlTextWriterEndElement(w) < 0 ? -1 : 0;
}

static int
write_plan(struct http_req *r, xmlTextWriterPtr w, const struct plans *pl)
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
	if (xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL) < 0 ||
	    xmlTextWriterStartElement(w, (const xmlChar *)"plan") < 0 ||
	    wattr(w, "xmlns", "urn:frist:plan:1") < 0 ||
	    wattr_int(w, "year", pl->year) < 0 ||
	    wattr(w, "as-of", day) < 0 || wel(w, "name", pl->name) < 0)
		return -1;
	for (c = 0; c < PLANS_COLS; c++) {
		sc = &pl->score[c];
		if (xmlTextWriterStartElement(w, (const xmlChar *)"score") < 0 ||
		    wattr_int(w, "year", PLANS_YEAR(pl, c)) < 0 ||
		    wattr_int(w, "goals", (long long)sc->goals) < 0 ||
		    wattr_int(w, "met", (long long)sc->met) < 0 ||
		    wattr_int(w, "not-met", (long long)sc->not_met) < 0 ||
		    wattr_int(w, "open", (long long)sc->open) < 0 ||
		    wattr_int(w, "preliminary", (long long)sc->prelim) < 0 ||
		    wattr_int(w, "hundredths", (long long)sc->bp) < 0 ||
		    wattr(w, "text", plan_fmt_bp(sc->bp, buf,
		    sizeof(buf))) < 0 ||
		    xmlTextWriterEndElement(w) < 0)
			return -1;
	}
	for (i = 0; i < pl->ngoals; i++) {
		g = &pl->goals[i];
		if (xmlTextWriterStartElement(w, (const xmlChar *)"goal") < 0 ||
		    wattr(w, "number", g->number) < 0 ||
		    wattr(w, "rule", plan_rule_code(g->rule)) < 0 ||
		    wel(w, "name", g->name) < 0)
			return -1;
		for (c = 0; c < PLANS_COLS; c++)
			if (xmlTextWriterStartElement(w,
			    (const xmlChar *)"year") < 0 ||
			    wattr_int(w, "year", PLANS_YEAR(pl, c)) < 0 ||
			    wverdict(r, w, g->v[c]) < 0 ||
			    wattr(w, "points", xbp(r, g->v[c].state == PS_MET ?
			    pts : 0)) < 0 ||
			    xmlTextWriterEndElement(w) < 0)
				return -1;
		for (j = 0; j < g->nsubs; j++)
			if (write_sub(r, w, pl, &g->subs[j]) == -1)
				return -1;
		if (xmlTextWriterEndElement(w) < 0)
			return -1;
	}
	return xmlTextWriterEndDocument(w) < 0 ? -1 : 0;
}

int
page_plan_xml(struct http_req *r)
{
	struct plans		 pl;
	xmlBufferPtr		 xb = NULL;
	xmlTextWriterPtr	 w = NULL;
	cal_day			 today;
	int			 year, rc;

	if ((year = plans_year(r->args[0])) == -1)
		return app_error(r, 404, "Der findes ingen resultatplan for "
		    "det år.");
	if (plans_asof(r, &today) == -1)
		return app_error(r, 400, "»Opgjort pr.« skal være en dato på "
		    "formen ÅÅÅÅ-MM-DD.");
	if ((rc = plans_load(r, year, today, &pl)) != 0)
		return rc == 1 ? app_error(r, 404, "Der findes ingen "
		    "resultatplan for det år.") : 503;

	rc = 500;
	if ((xb = xmlBufferCreate()) == NULL ||
	    (w = xmlNewTextWriterMemory(xb, 0)) == NULL ||
	    xmlTextWriterSetIndent(w, 1) < 0 || write_plan(r, w, &pl) == -1)
		goto out;
	xmlFreeTextWriter(w);
	w = NULL;
	http_header(r, "Content-Disposition", arena_printf(r->ar,
	    "attachment; filename=\"resultatplan-%d.xml\"", pl.year));
	http_begin(r, 200, "application/xml; charset=utf-8");
	http_write(r, (const char *)xmlBufferContent(xb),
	    (size_t)xmlBufferLength(xb));
	rc = 0;
out:
	if (w != NULL)
		xmlFreeTextWriter(w);
	if (xb != NULL)
		xmlBufferFree(xb);
	return rc;
}
