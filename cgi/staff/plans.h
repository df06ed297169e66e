/*
 * The results plan pages' shared parts (page_plan.c): a plan read from
 * the database (sql/017) into cgi/lib/plan.h's shapes and judged by
 * plan.c, year by year, and the figures as the pages show and take
 * them.  page_plan.c is the list and the plan, page_plan_results.c the
 * entry of results, page_plan_quarter.c the quarterly follow-up, its
 * XML and its printable page.
 */
#ifndef FRIST_STAFF_PLANS_H
#define FRIST_STAFF_PLANS_H

#include "plan.h"
#include "staff.h"

/* The plan's year and the two before it, as the plans' tables show. */
#define PLANS_COLS	3

/* One year's row of plan_result as read (absent: have 0, all NOVAL). */
struct plans_cell {
	int		 have;
	int64_t		 target, result, extra, budget, actual;
	enum plan_unit	 unit;
	cal_day		 done;
	enum plan_state	 verdict;
	int		 prelim, nocomp;
	const char	*note;
};

struct plans_sub {
	const char		*id, *letter, *descr, *goal_code;
	const char		*deadline;	/* "" if none */
	int64_t			 pool;		/* 0: every pool of the year */
	enum plan_kind		 kind;
	int			 group;
	enum plan_cmp		 cmp;
	struct plans_cell	 cell[PLANS_COLS];
	struct plan_sub		 ps[PLANS_COLS];
	struct plan_verdict	 v[PLANS_COLS];
	const char		*figure[PLANS_COLS];	/* service, pools */
};

struct plans_goal {
	const char		*id, *number, *name;
	enum plan_rule		 rule;
	struct plans_sub	*subs;
	size_t			 nsubs;
	struct plan_verdict	 given[PLANS_COLS];	/* PR_VERDICT */
	struct plan_goal	 g[PLANS_COLS];
	struct plan_verdict	 v[PLANS_COLS];
};

struct plans {
	int			 year;
	const char		*name;
	struct plan_cadence	 cad;
	cal_day			 today;		/* judged as of this day */
	struct plans_goal	*goals;
	size_t			 ngoals;
	struct plan_score	 score[PLANS_COLS];
	time_t			 made;		/* the oldest service figures */
};

/* The year of column c. */
#define PLANS_YEAR(p, c)	((p)->year - (PLANS_COLS - 1) + (c))

/*
 * Loads plan `year` and judges it as of today: 0, 1 if there is no such
 * plan, -1 on a database error.
 */
int		 plans_load(struct http_req *, int year, cal_day today,
		    struct plans *);
/*
 * A plan page's first steps: the year from the route (r->args[0]), the
 * day to judge by (pl->today) and the plan loaded into pl.  0, or -1
 * when it has answered: 404 for no such year or plan, 400 for a bad
 * ?asof=, 503 on a database error.  Flags: PLANS_ASOF as of ?asof=
 * (else today), PLANS_SAY the 404s and the 400 in the downloads' words.
 */
#define PLANS_ASOF	0x1
#define PLANS_SAY	0x2
int		 plans_load_req(struct http_req *, int flags, struct plans *);
/* The plan's year from "2024", or -1. */
int		 plans_year(const char *);
/* ?asof=YYYY-MM-DD, or today; -1 (and 400) if given and not a day. */
int		 plans_asof(struct http_req *, cal_day *);
/* The sub-goal with id (and its goal, if goal is not NULL), or NULL. */
struct plans_sub *plans_sub(struct plans *, const char *id,
		    struct plans_goal **goal);
/* The goal with id, or NULL. */
struct plans_goal *plans_goal(struct plans *, const char *id);

/*
 * A figure of a sub-goal as shown and typed: field 't' target, 'r'
 * result, 'x' extra, in the unit of the kind (count as is; survey and a
 * budget limit in per mille as per cent with one decimal; a budget in
 * øre as mio. kr.; sick leave as days with two decimals; the change of
 * sick leave in per cent).  fmt gives "" for PLAN_NOVAL; parse gives 0,
 * or -1 if s is not such a number.
 */
const char	*plans_fmt(struct http_req *, enum plan_kind, enum plan_unit,
		    int field, int64_t);
int		 plans_parse(enum plan_kind, enum plan_unit, int field,
		    const char *s, int64_t *out);
/* What field means for kind, for labels ("Mål", "Statens gennemsnit"). */
const char	*plans_field_label(enum plan_kind, int field);
/* The unit shown after a figure ("%", "mio. kr.", "dage"). */
const char	*plans_unit_label(enum plan_kind, enum plan_unit, int field);
/* A verdict's words with its marks: "Opfyldt (foreløbigt)". */
const char	*plans_verdict_text(struct http_req *, struct plan_verdict);

#endif
