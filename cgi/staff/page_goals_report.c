/*
 * /staff/goals/report?year=&period= (or from=&to=): the quarterly report
 * of the service-time goals as a page to print: the agency, the period
 * and the day the figures are as of, then per goal the overview's
 * figures, the verdict in words, the versions they mix, the breached and
 * at-risk counts and the year's quarters as a table.  The print style
 * (htdocs/frist.css, "goals report") leaves out the navigation, the
 * chooser and the links, and keeps each goal on one page where it fits.
 * The figures come from goals.h as the overview's do.
 */
#include <string.h>
#include <time.h>

#include "goals.h"

int
page_goals_report(struct http_req *r)
{
	struct page		 pg;
	struct tpl_dict		*d, *t;
	struct goals_goal	*gl;
	struct goals_period	 p;
	struct goals_calc	 c;
	cal_day			 today = cal_local_day(time(NULL), NULL);
	char			 buf[64];
	size_t			 i, n;
	int			 rc;

	d = page_new(r, &pg, "staff/goals_report.tpl",
	    "Kvartalsrapport: mål for sagsbehandlingstider");
	if (goals_period(r, d, today, &p) > 0)
		return page_send(r, &pg, 400);
	if (goals_load(r, NULL, &gl, &n) == -1) {
		tpl_dict_free(pg.root);
		return 503;
	}
	t = tpl_section(d, "RESULT");
	tpl_set(t, "PERIOD_LABEL", p.label);
	tpl_set(t, "PQ", p.query);
	tpl_set(t, "FROM_LONG", arena_strdup(r->ar, cal_format_long(p.from,
	    buf, sizeof(buf))));
	tpl_set(t, "TO_LONG", arena_strdup(r->ar, cal_format_long(p.to, buf,
	    sizeof(buf))));
	/* A past period is shown as it stood on its last day (goal.h). */
	tpl_set(t, "ASOF_LONG", arena_strdup(r->ar, cal_format_long(
	    p.to < today ? p.to : today, buf, sizeof(buf))));
	tpl_set(t, "TODAY_LONG", arena_strdup(r->ar, cal_format_long(today,
	    buf, sizeof(buf))));
	tpl_show(t, p.to < today ? "FINISHED" : "UNFINISHED");
	tpl_set_int(t, "NGOALS", (long long)n);
	if (n == 0)
		tpl_show(t, "NO_GOALS");
	for (i = 0; i < n; i++) {
		struct tpl_dict *g;

		rc = goals_cases(r, &gl[i], &p, today, NULL, &c);
		PQclear(c.res);
		if (rc == -1) {
			tpl_dict_free(pg.root);
			return 503;
		}
		c.chart_id = arena_printf(r->ar, "trend-%s", gl[i].code);
		g = tpl_section(t, "GOAL");
		goals_fill(r, g, &gl[i], &c, &p);
		goals_chart(r, g, &c, p.year);
		tpl_set_int(g, "NO", (long long)i + 1);
		/* No case judged: name the version in force instead. */
		if ((c.f.versions | c.f.open_versions) == 0)
			tpl_set(tpl_section(g, "NO_VERSION"), "RULE_FROM",
			    gl[i].vday[c.f.version]);
	}
	return page_send(r, &pg, 200);
}
