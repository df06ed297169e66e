/*
 * The goals pages' shared parts (page_goals.c): the period chooser, the
 * goals the user sees with their versions, their cases read from the
 * database into goal.h's shapes and judged, and the figures put into a
 * template dictionary.  page_goals.c is the overview and the CSV,
 * page_goal.c the drill-down.
 */
#ifndef FRIST_STAFF_GOALS_H
#define FRIST_STAFF_GOALS_H

#include <time.h>

#include "goal.h"
#include "goaldef.h"
#include "staff.h"

/* The chooser: year and part (year, h1, h2, q1..q4), or from and to. */
enum { GP_YEAR, GP_PART, GP_FROM, GP_TO, GP__MAX };
extern const struct valid_field goals_period_fields[GP__MAX];

struct goals_period {
	cal_day		 from, to;
	int		 year;		/* of the trend: to's year */
	int		 custom;
	const char	*part;		/* when not custom */
	const char	*query;		/* "year=2026&period=q4" or "from=&to=" */
	const char	*label;		/* "4. kvartal 2026" */
};

/*
 * Validates the chooser in r->query and puts it back into d (typed
 * values, errors); the default is today's quarter.  Returns the number
 * of errors (the page is then a 400 with them).
 */
int	 goals_period(struct http_req *, struct tpl_dict *, cal_day today,
	    struct goals_period *);

struct goals_goal {
	const char		*id, *code, *name;
	int			 pop;		/* enum goal_population */
	struct goal		 g;
	struct goal_version	 v[GOAL_MAXVERSIONS];
	const char		*vday[GOAL_MAXVERSIONS];	/* valid_from */
	long long		 vid[GOAL_MAXVERSIONS];		/* goal_version.id */
};

/* Whether the user sees goals of population pop (goaldef.h's role). */
int	 goals_visible(int pop);
/* The active goals the user sees (only code's, if not NULL), in order. */
int	 goals_load(struct http_req *, const char *code, struct goals_goal **,
	    size_t *n);

/* The drill-down's filters (staff id, pool id, source), NULL for any. */
struct goals_filter {
	const char	*handler;
	const char	*pool;
	const char	*source;
};

/*
 * A goal's cases for the period and its year's trend, and the figures.
 * res holds the rows (the caller clears it, also after an error);
 * cases[i] was read from row row[i].
 */
struct goals_calc {
	PGresult		*res;
	struct goal_case	*cases;
	int			*row;
	int			*work;
	size_t			 n;
	struct goal_figures	 f;
	struct goal_figures	 trend[4];
	int			 ntrend;
	const char		*chart_id;	/* the chart's id prefix */
	time_t			 made;		/* goals_figures: when computed */
};
int	 goals_cases(struct http_req *, const struct goals_goal *,
	    const struct goals_period *, cal_day today,
	    const struct goals_filter *, struct goals_calc *);

/*
 * The overview's figures (c->f and the year's trend), as goals_cases
 * without filters gives them, but from the rollups of sql/016 where the
 * goal allows it: a grant population and only gross versions (an open
 * case's figures then depend on its start day alone).  Then c->res and
 * c->cases stay NULL and c->n 0 (ignored, cases with a stop before the
 * start, is 0: no rollup holds them).  Other goals (net versions, the
 * whistleblower populations) go by goals_cases.
 */
int	 goals_figures(struct http_req *, const struct goals_goal *,
	    const struct goals_period *, cal_day today, struct goals_calc *);
/*
 * goals_figures keeps what it computes in the worker for up to
 * figures_max_age seconds (staff.conf; GOALS_MAX_AGE if not set, 0 =
 * always computed; figcache.h), c->made saying when; the pages that
 * show them say so through goals_made.
 */
#define GOALS_MAX_AGE	10
void	 goals_made(struct tpl_dict *, time_t made);
/* The worker's store (the plan's disbursement figures are kept there
 * too, under keys of their own). */
struct figcache	*goals_store(void);

/*
 * The lists of cases behind the numbers (the drill-down, its CSV and the
 * XML): open past the limit; at risk (an unfinished period only: open,
 * passing the limit by the period's end); decided late in the period.
 * goals_in_list judges case i of c as of the figures' day, as goal_eval
 * counted it, into *st, and says whether it is in list l.
 */
enum goals_list { GOALS_BREACHED, GOALS_AT_RISK, GOALS_LATE, GOALS__LISTS };
int	 goals_in_list(const struct goals_goal *, const struct goals_calc *,
	    const struct goals_period *, size_t i, enum goals_list,
	    struct goal_case_state *st);

/* Per mille as "89,9 %" (one decimal, rounded down as goal_pm), or "–". */
const char *goals_pct(struct http_req *, int pm);
/* The status class (green, yellow, red, grey) and its words. */
const char *goals_status(const struct goal_figures *, const char **text);
/* The figures of a goal into d (goals.tpl's keys), and its trend chart. */
void	 goals_fill(struct http_req *, struct tpl_dict *,
	    const struct goals_goal *, const struct goals_calc *,
	    const struct goals_period *);
void	 goals_chart(struct http_req *, struct tpl_dict *,
	    const struct goals_calc *, int year);
/* A day as "YYYY-MM-DD" in the arena. */
const char *goals_day(struct http_req *, cal_day);

/*
 * The drill-down's two tables, shared by the page and its exports
 * (page_goal_tables.c).  goals_histogram: the processing times of c's
 * cases decided in the period in goal.h's default buckets for the
 * period's limit; 0, or -1 when there is no histogram (no edges, a bad
 * goal, no bucket).  goals_trend_years: each of the GOALS_TREND_YEARS
 * years up to p's, its quarters and the whole year, from the rollups
 * (goals_figures) or, narrowed by fl, case by case; -1 on a database
 * error.  A quarter or year is without data when has is 0 (not in the
 * trend, no cases, or begun after today).
 */
struct goals_hist {
	struct goal_hist	 h;
	int			 lo[GOAL_HIST_MAX];
	size_t			 nlo;
};
int	 goals_histogram(const struct goals_goal *, const struct goals_calc *,
	    const struct goals_period *, cal_day today, struct goals_hist *);

#define GOALS_TREND_YEARS	5
struct goals_trend_year {
	int			 year;
	struct goal_figures	 f[5];		/* q1..q4, then the year */
	int			 has[5];
};
int	 goals_trend_years(struct http_req *, const struct goals_goal *,
	    const struct goals_period *, const struct goals_filter *,
	    cal_day today, struct goals_trend_year[GOALS_TREND_YEARS]);

#endif
