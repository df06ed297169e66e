/*
 * /staff/plans/<year>/plan.csv: the plan's table for a spreadsheet, in
 * the house CSV form (csv.h: BOM, semicolons, decimal comma).  One row
 * per goal and column year (the plan's year and the two before, as the
 * page), then one per sub-goal, then the year's total: the same figures,
 * verdicts and points as /staff/plans/<year>, judged by plan.c.  Columns:
 * year;goal;name;subgoal;kind;target;result;extra;unit;marks;verdict;
 * points;from_data (what frist found itself: service times, pools).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "csv.h"
#include "plans.h"

/*
 * A figure as plans_fmt shows it ("-15", "3,9", "" for none) as a number
 * cell: csvw_text would take a leading "-" for a formula and quote it.
 */
static void
num_cell(struct csvw *w, const char *s)
{
	long long	 v = 0;
	int		 neg = 0, scale = 0, frac = 0;
	const char	*p = s;

	if (*p == '\0') {
		csvw_empty(w);
		return;
	}
	if (*p == '-')
		neg = *p++ == '-';
	for (; *p != '\0'; p++) {
		if (*p == ',' && !frac) {
			frac = 1;
			continue;
		}
		if (*p < '0' || *p > '9' || v > 100000000000000LL) {
			csvw_text(w, s);	/* not a plain number */
			return;
		}
		v = v * 10 + (*p - '0');
		scale += frac;
	}
	csvw_dec(w, neg ? -v : v, scale);
}

/* The marks of a result in words, "" if none. */
static const char *
marks(int prelim, int nocomp)
{
	if (prelim && nocomp)
		return "foreløbigt, ikke direkte sammenligneligt";
	return prelim ? "foreløbigt" : nocomp ?
	    "ikke direkte sammenligneligt" : "";
}

int
page_plan_csv(struct http_req *r)
{
	struct plans		 pl;
	struct csvw		 w;
	const struct plans_goal	*g;
	const struct plans_sub	*s;
	const struct plans_cell	*k;
	const char		*out;
	size_t			 i, j, len;
	int			 c;

	if (plans_load_req(r, PLANS_ASOF | PLANS_SAY, &pl) == -1)
		return 0;

	csvw_init(&w);
	csvw_text(&w, "year");
	csvw_text(&w, "goal");
	csvw_text(&w, "name");
	csvw_text(&w, "subgoal");
	csvw_text(&w, "kind");
	csvw_text(&w, "target");
	csvw_text(&w, "result");
	csvw_text(&w, "extra");
	csvw_text(&w, "unit");
	csvw_text(&w, "marks");
	csvw_text(&w, "verdict");
	csvw_text(&w, "points");
	csvw_text(&w, "from_data");
	csvw_endrow(&w);
	for (c = 0; c < PLANS_COLS; c++) {
		for (i = 0; i < pl.ngoals; i++) {
			g = &pl.goals[i];
			csvw_int(&w, PLANS_YEAR(&pl, c));
			csvw_text(&w, g->number);
			csvw_text(&w, g->name);
			csvw_empty(&w);
			csvw_text(&w, plan_rule_code(g->rule));
			for (j = 0; j < 5; j++)
				csvw_empty(&w);
			csvw_text(&w, plans_verdict_text(r, g->v[c]));
			/* 100/N in hundredths, rounded as the page rounds. */
			csvw_dec(&w, g->v[c].state == PS_MET && pl.ngoals > 0 ?
			    (long long)((20000 + pl.ngoals) /
			    (2 * pl.ngoals)) : 0, 2);
			csvw_empty(&w);
			csvw_endrow(&w);
			for (j = 0; j < g->nsubs; j++) {
				s = &g->subs[j];
				k = &s->cell[c];
				csvw_int(&w, PLANS_YEAR(&pl, c));
				csvw_text(&w, g->number);
				csvw_text(&w, s->descr);
				csvw_text(&w, s->letter);
				csvw_text(&w, plan_kind_code(s->kind));
				num_cell(&w, plans_fmt(r, s->kind, k->unit,
				    't', k->target));
				num_cell(&w, plans_fmt(r, s->kind, k->unit,
				    'r', k->result));
				num_cell(&w, plans_fmt(r, s->kind, k->unit,
				    'x', k->extra));
				csvw_text(&w, plans_unit_label(s->kind,
				    k->unit, 'r'));
				csvw_text(&w, marks(k->prelim, k->nocomp));
				csvw_text(&w, plans_verdict_text(r, s->v[c]));
				csvw_empty(&w);
				/* What frist found itself (service time, pools). */
				csvw_text(&w, s->figure[c] != NULL ?
				    s->figure[c] : "");
				csvw_endrow(&w);
			}
		}
		csvw_int(&w, PLANS_YEAR(&pl, c));
		csvw_text(&w, "i alt");
		csvw_text(&w, "Målopfyldelsesgrad");
		for (j = 0; j < 8; j++)
			csvw_empty(&w);
		csvw_dec(&w, pl.score[c].bp, 2);
		csvw_empty(&w);
		csvw_endrow(&w);
	}
	if ((out = csvw_done(&w, &len)) == NULL) {
		csvw_free(&w);
		return 500;
	}
	http_header(r, "Content-Disposition", arena_printf(r->ar,
	    "attachment; filename=\"resultatplan-%d.csv\"", pl.year));
	http_begin(r, 200, "text/csv; charset=utf-8");
	http_write(r, out, len);
	csvw_free(&w);
	return 0;
}
