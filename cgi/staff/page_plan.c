/*
 * /staff/plans/ and /staff/plans/<year>: the results plans, and one plan
 * with every goal, its sub-goals, their targets and results for the
 * plan's year and the two before it, the verdicts by plan.c and the
 * score (målopfyldelsesgrad).  Service-time sub-goals are judged from
 * their goal (goals_figures) for the calendar year, disbursement from the
 * pools of the fiscal year; the rest from the results entered.  The
 * loader here is shared with the results and follow-up pages (plans.h).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "figcache.h"
#include "form.h"
#include "goals.h"
#include "plans.h"

#define NV	PLAN_NOVAL

int
plans_year(const char *s)
{
	int	 y = 0, i;

	for (i = 0; s[i] >= '0' && s[i] <= '9' && i < 4; i++)
		y = y * 10 + (s[i] - '0');
	return i == 4 && s[i] == '\0' && y >= 2000 && y <= 2100 ? y : -1;
}

int
plans_asof(struct http_req *r, cal_day *today)
{
	const char	*s = kv_str(&r->query, "asof");

	*today = cal_local_day(time(NULL), NULL);
	if (s == NULL || *s == '\0')
		return 0;
	return cal_parse(s, today) == 0 ? 0 : -1;
}

int
plans_load_req(struct http_req *r, int flags, struct plans *pl)
{
	const char	*msg = NULL, *bad = "»Opgjort pr.« skal være en dato "
			    "(ÅÅÅÅ-MM-DD).";
	cal_day		 today = cal_local_day(time(NULL), NULL);
	int		 year, rc, st = 0;

	if (flags & PLANS_SAY) {
		msg = "Der findes ingen resultatplan for det år.";
		bad = "»Opgjort pr.« skal være en dato på formen ÅÅÅÅ-MM-DD.";
	}
	if ((year = plans_year(r->args[0])) == -1)
		st = 404;
	else if ((flags & PLANS_ASOF) && plans_asof(r, &today) == -1) {
		st = 400;
		msg = bad;
	} else if ((rc = plans_load(r, year, today, pl)) != 0) {
		st = rc == 1 ? 404 : 503;
		if (st == 503)
			msg = NULL;
	}
	if (st == 0)
		return 0;
	/* Without words: what app.c says for a status a page returns. */
	(void)app_error(r, st, msg != NULL ? msg : app_str(r,
	    arena_printf(r->ar, "ERR_MSG_%d", st)));
	return -1;
}

static int64_t
num_or_nv(const char *s)
{
	return *s == '\0' ? NV : strtoll(s, NULL, 10);
}

static cal_day
day_or_none(const char *s)
{
	cal_day	 d;

	return *s != '\0' && cal_parse(s, &d) == 0 ? d : PLAN_NODAY;
}

static enum plan_state
state_of(const char *s)
{
	return strcmp(s, "met") == 0 ? PS_MET : strcmp(s, "not_met") == 0 ?
	    PS_NOT_MET : PS_NA;
}

/* A sub-goal of year column c as plan.c takes it (check_plan.c's
 * seed_sub reads its tables the same way). */
static void
make_sub(struct plans_sub *s, int c)
{
	const struct plans_cell	*k = &s->cell[c];
	struct plan_sub		*p = &s->ps[c];
	memset(p, 0, sizeof(*p));
	p->kind = s->kind;
	p->group = s->group;
	p->marks = (k->prelim ? PLAN_PRELIM : 0) | (k->nocomp ? PLAN_NOCOMP : 0);
	switch (s->kind) {
	case PK_COUNT:
		p->u.count.result = k->result;
		p->u.count.target = k->target;
		p->u.count.prior = k->extra;
		p->u.count.cmp = s->cmp;
		break;
	case PK_SURVEY:
		p->u.survey.result_pm = k->result;
		p->u.survey.target_pm = k->target;
		break;
	case PK_BUDGET:
		p->u.budget.budget_ore = k->budget;
		p->u.budget.actual_ore = k->actual;
		p->u.budget.base_ore = NV;
		p->u.budget.dev_ore = k->unit == PU_ORE ? k->result : NV;
		p->u.budget.dev_pm = k->unit == PU_PM ? k->result : NV;
		p->u.budget.limit = k->target;
		p->u.budget.unit = k->unit;
		break;
	case PK_SICK:
		p->u.sick.days = k->result;
		p->u.sick.state_days = k->target;
		p->u.sick.prior_days = NV;
		p->u.sick.change_pm = k->extra;
		p->u.sick.cut_pm = 50;
		break;
	case PK_MILESTONE:
		p->u.ms.deadline = day_or_none(s->deadline);
		p->u.ms.done = k->done;
		break;
	case PK_MANUAL:
	case PK_EXTERNAL:
		p->u.given = k->verdict;
		break;
	case PK_SERVICE:
	case PK_DISBURSE:
		break;		/* from the goal and the pools: below */
	}
}

static void
empty_cell(struct plans_cell *k)
{
	memset(k, 0, sizeof(*k));
	k->target = k->result = k->extra = k->budget = k->actual = NV;
	k->unit = PU_PM;
	k->done = PLAN_NODAY;
	k->verdict = PS_NA;
	k->note = "";
}

/*
 * A service-time sub-goal for the calendar years of the columns, from
 * its goal as the goals pages judge it; preliminary until the year is
 * over.  A goal the user does not see stays open, and says so.
 */
static int
service(struct http_req *r, struct plans *pl, struct plans_sub *s,
    struct goals_goal *all, size_t nall)
{
	struct goals_goal	*gl = NULL;
	struct goals_period	 p;
	struct goals_calc	 c;
	size_t			 i;
	int			 col, y, rc = 0;

	for (i = 0; i < nall && gl == NULL; i++)
		if (strcmp(all[i].code, s->goal_code) == 0)
			gl = &all[i];
	for (col = 0; col < PLANS_COLS && rc == 0; col++) {
		y = PLANS_YEAR(pl, col);
		if (gl == NULL) {
			s->figure[col] = "Målet er ikke et af dine";
			continue;
		}
		if (cal_year_start(y) > pl->today)
			continue;
		memset(&p, 0, sizeof(p));
		memset(&c, 0, sizeof(c));
		p.from = cal_year_start(y);
		p.to = cal_year_end(y);
		p.year = y;
		p.custom = 1;
		p.query = arena_printf(r->ar, "year=%d&period=year", y);
		p.label = arena_printf(r->ar, "%d", y);
		/* As the goals overview: from the rollups, kept a while. */
		if (goals_figures(r, gl, &p, pl->today, &c) == -1)
			rc = -1;
		else {
			if (c.made < pl->made)
				pl->made = c.made;
			s->ps[col].u.given = c.f.met == GOAL_MET ? PS_MET :
			    c.f.met == GOAL_NOTMET ? PS_NOT_MET : PS_NA;
			if (!c.f.finished)
				s->ps[col].marks |= PLAN_PRELIM;
			s->figure[col] = c.f.completed == 0 ?
			    "Ingen afsluttede sager" : arena_printf(r->ar,
			    "%s inden for fristen (%lld af %lld), mål %s",
			    goals_pct(r, c.f.share_pm), c.f.within,
			    c.f.completed, goals_pct(r, c.f.target_pm));
		}
		PQclear(c.res);
	}
	return rc;
}

/*
 * The store's key of a disbursement sub-goal's figures: its pool (0 for
 * all), the columns' years, today and the risk setting.
 */
static size_t
disb_key(const struct plans *pl, const struct plans_sub *s, int risk,
    char *k, size_t ksz)
{
	int	 n;

	n = snprintf(k, ksz, "disb|%lld|%d|%ld|%d", (long long)s->pool,
	    PLANS_YEAR(pl, 0), (long)pl->today, risk);
	return n < 0 || (size_t)n >= ksz ? 0 : (size_t)n;
}

/* Sub-goal s's pools of each column's fiscal year, counted from res
 * (STMT_POOLS_PROGRESS) into d. */
static void
disb_count(const struct plans *pl, const struct plans_sub *s, PGresult *res,
    int risk, struct plan_disb d[PLANS_COLS])
{
	struct grant_pool_state	 st;
	struct plan_disb	*x;
	int			 j, col, fy;

	memset(d, 0, sizeof(*d) * PLANS_COLS);
	for (j = 0; j < PQntuples(res); j++) {
		fy = atoi(db_val(res, j, POOLS_PROGRESS_fin_year));
		col = fy - PLANS_YEAR(pl, 0);
		if (col < 0 || col >= PLANS_COLS || (s->pool != 0 &&
		    s->pool != strtoll(db_val(res, j, POOLS_PROGRESS_id),
		    NULL, 10)))
			continue;
		x = &d[col];
		pool_state(res, j, &st);
		switch (grant_disbursement(&st, pl->today, risk)) {
		case GD_ON_TIME:
			x->on_time++;
			break;
		case GD_LATE:
		case GD_OVERDUE:
			x->late++;
			break;
		case GD_AT_RISK:
			x->at_risk++;
			/* FALLTHROUGH */
		case GD_RECEIVING:
		case GD_PENDING:
		case GD_UPCOMING:
			x->pending++;
			break;
		case GD_NOTHING:
		case GD_DRAFT:
			break;
		}
	}
	for (col = 0; col < PLANS_COLS; col++)
		d[col].year_over = pl->today > cal_year_end(PLANS_YEAR(pl, col));
}

/*
 * The disbursement sub-goals: the pools of each column's fiscal year,
 * from the worker's store while young enough (the query reads every
 * application), else counted from the query, run once for all.
 */
static int
disbursement(struct http_req *r, struct plans *pl)
{
	struct plan_disb	 d[PLANS_COLS];
	struct plans_sub	*s;
	PGresult		*res = NULL;
	char			 key[FIGCACHE_KEYMAX];
	size_t			 i, k, klen;
	time_t			 now = time(NULL), made;
	int			 col, risk, rc = -1;

	risk = (int)staff_setting(SET_RISK_DAYS);
	for (i = 0; i < pl->ngoals; i++)
		for (k = 0; k < pl->goals[i].nsubs; k++) {
			s = &pl->goals[i].subs[k];
			if (s->kind != PK_DISBURSE)
				continue;
			klen = disb_key(pl, s, risk, key, sizeof(key));
			if (figcache_get(goals_store(), key, klen, now, d,
			    sizeof(d), &made)) {
				if (made < pl->made)
					pl->made = made;
			} else {
				if (res == NULL && (res = db_exec(
				    STMT_POOLS_PROGRESS, NULL)) == NULL)
					goto out;
				disb_count(pl, s, res, risk, d);
				figcache_put(goals_store(), key, klen, now, d,
				    sizeof(d));
			}
			for (col = 0; col < PLANS_COLS; col++) {
				s->ps[col].u.disb = d[col];
				s->figure[col] = arena_printf(r->ar, "Puljer i "
				    "finansåret: %d rettidigt, %d for sent, %d "
				    "endnu ikke udmøntet", d[col].on_time,
				    d[col].late, d[col].pending);
			}
		}
	rc = 0;
out:
	PQclear(res);
	return rc;
}

/* The rows of plan_result and plan_verdict into the cells. */
static int
results(struct http_req *r, struct plans *pl, const char *yp)
{
	const char		*p[1] = { yp };
	struct plans_goal	*g;
	struct plans_sub	*s;
	struct plans_cell	*k;
	PGresult		*res;
	int			 i, col;

	if ((res = db_exec(STMT_PLAN_RESULTS, p)) == NULL)
		return -1;
	for (i = 0; i < PQntuples(res); i++) {
		col = atoi(db_val(res, i, PLAN_RESULTS_year)) -
		    PLANS_YEAR(pl, 0);
		if (col < 0 || col >= PLANS_COLS || (s = plans_sub(pl,
		    db_val(res, i, PLAN_RESULTS_subgoal_id), NULL)) == NULL)
			continue;
		k = &s->cell[col];
		k->have = 1;
		k->target = num_or_nv(db_val(res, i, PLAN_RESULTS_target));
		k->result = num_or_nv(db_val(res, i, PLAN_RESULTS_result));
		k->extra = num_or_nv(db_val(res, i, PLAN_RESULTS_extra));
		k->budget = num_or_nv(db_val(res, i, PLAN_RESULTS_budget_ore));
		k->actual = num_or_nv(db_val(res, i, PLAN_RESULTS_actual_ore));
		k->unit = strcmp(db_val(res, i, PLAN_RESULTS_unit), "ore") == 0 ?
		    PU_ORE : PU_PM;
		k->done = day_or_none(db_val(res, i, PLAN_RESULTS_done_day));
		k->verdict = state_of(db_val(res, i, PLAN_RESULTS_verdict));
		k->prelim = atoi(db_val(res, i, PLAN_RESULTS_prelim));
		k->nocomp = atoi(db_val(res, i, PLAN_RESULTS_nocomp));
		k->note = arena_strdup(r->ar, db_val(res, i, PLAN_RESULTS_note));
	}
	PQclear(res);
	if ((res = db_exec(STMT_PLAN_VERDICTS, p)) == NULL)
		return -1;
	for (i = 0; i < PQntuples(res); i++) {
		col = atoi(db_val(res, i, PLAN_VERDICTS_year)) -
		    PLANS_YEAR(pl, 0);
		g = plans_goal(pl, db_val(res, i, PLAN_VERDICTS_goal_id));
		if (col < 0 || col >= PLANS_COLS || g == NULL)
			continue;
		g->given[col].state = state_of(db_val(res, i,
		    PLAN_VERDICTS_verdict));
		g->given[col].marks = (atoi(db_val(res, i,
		    PLAN_VERDICTS_prelim)) ? PLAN_PRELIM : 0) |
		    (atoi(db_val(res, i, PLAN_VERDICTS_nocomp)) ?
		    PLAN_NOCOMP : 0);
	}
	PQclear(res);
	return 0;
}

struct plans_sub *
plans_sub(struct plans *pl, const char *id, struct plans_goal **goal)
{
	size_t	 i, k;

	for (i = 0; i < pl->ngoals; i++) {
		for (k = 0; k < pl->goals[i].nsubs; k++)
			if (strcmp(pl->goals[i].subs[k].id, id) == 0) {
				if (goal != NULL)
					*goal = &pl->goals[i];
				return &pl->goals[i].subs[k];
			}
	}
	return NULL;
}

struct plans_goal *
plans_goal(struct plans *pl, const char *id)
{
	size_t	 i;

	for (i = 0; i < pl->ngoals; i++)
		if (strcmp(pl->goals[i].id, id) == 0)
			return &pl->goals[i];
	return NULL;
}

int
plans_load(struct http_req *r, int year, cal_day today, struct plans *pl)
{
	const char		*p[1];
	struct plan_verdict	*gv[PLANS_COLS];
	size_t			*nsub;
	struct plans_goal	*g = NULL;
	struct plans_sub	*s;
	struct goals_goal	*gall = NULL;
	PGresult		*res = NULL;
	enum plan_kind		 kind;
	size_t			 i, k, nall = 0;
	int			 j, n, col, rc = -1;

	memset(pl, 0, sizeof(*pl));
	pl->made = time(NULL);
	p[0] = arena_printf(r->ar, "%d", year);
	if ((res = db_exec(STMT_PLAN_GET, p)) == NULL)
		goto out;
	if (PQntuples(res) == 0) {
		rc = 1;
		goto out;
	}
	pl->year = year;
	pl->today = today;
	pl->name = arena_strdup(r->ar, db_val(res, 0, PLAN_GET_name));
	pl->cad.days = atoi(db_val(res, 0, PLAN_GET_deadline_days));
	pl->cad.merge_q1 = atoi(db_val(res, 0, PLAN_GET_merge_q1));
	PQclear(res);

	if ((res = db_exec(STMT_PLAN_SUBS, p)) == NULL)
		goto out;
	n = PQntuples(res);
	/* First the sub-goals of each goal (the rows come goal by goal). */
	nsub = arena_alloc(r->ar, (size_t)(n > 0 ? n : 1) * sizeof(*nsub));
	memset(nsub, 0, (size_t)(n > 0 ? n : 1) * sizeof(*nsub));
	for (j = 0, k = 0; j < n; j++) {
		if (j > 0 && strcmp(db_val(res, j, PLAN_SUBS_goal_id),
		    db_val(res, j - 1, PLAN_SUBS_goal_id)) != 0)
			k++;
		nsub[k]++;
	}
	pl->goals = arena_alloc(r->ar, (size_t)(n > 0 ? n : 1) *
	    sizeof(*pl->goals));
	for (j = 0; j < n; j++) {
		if (g == NULL || strcmp(g->id, db_val(res, j,
		    PLAN_SUBS_goal_id)) != 0) {
			g = &pl->goals[pl->ngoals++];
			memset(g, 0, sizeof(*g));
			g->id = arena_strdup(r->ar, db_val(res, j,
			    PLAN_SUBS_goal_id));
			g->number = arena_strdup(r->ar, db_val(res, j,
			    PLAN_SUBS_number));
			g->name = arena_strdup(r->ar, db_val(res, j,
			    PLAN_SUBS_goal_name));
			if (plan_rule_parse(db_val(res, j, PLAN_SUBS_rule),
			    &g->rule) == -1)
				g->rule = PR_ALL;
			g->subs = arena_alloc(r->ar, nsub[pl->ngoals - 1] *
			    sizeof(*s));
		}
		if (*db_val(res, j, PLAN_SUBS_sub_id) == '\0' ||
		    plan_kind_parse(db_val(res, j, PLAN_SUBS_kind), &kind) == -1)
			continue;
		s = &g->subs[g->nsubs++];
		memset(s, 0, sizeof(*s));
		s->id = arena_strdup(r->ar, db_val(res, j, PLAN_SUBS_sub_id));
		s->letter = arena_strdup(r->ar, db_val(res, j, PLAN_SUBS_letter));
		s->descr = arena_strdup(r->ar, db_val(res, j,
		    PLAN_SUBS_description));
		s->deadline = arena_strdup(r->ar, db_val(res, j,
		    PLAN_SUBS_deadline_day));
		s->goal_code = arena_strdup(r->ar, db_val(res, j,
		    PLAN_SUBS_goal_code));
		s->pool = strtoll(db_val(res, j, PLAN_SUBS_pool_id), NULL, 10);
		s->kind = kind;
		s->group = atoi(db_val(res, j, PLAN_SUBS_grp));
		s->cmp = strcmp(db_val(res, j, PLAN_SUBS_cmp), "le") == 0 ?
		    PC_LE : strcmp(db_val(res, j, PLAN_SUBS_cmp), "growth") ==
		    0 ? PC_GROWTH : PC_GE;
		for (col = 0; col < PLANS_COLS; col++)
			empty_cell(&s->cell[col]);
	}
	PQclear(res);
	res = NULL;
	for (col = 0; col < PLANS_COLS; col++)
		gv[col] = arena_alloc(r->ar, (pl->ngoals > 0 ? pl->ngoals : 1) *
		    sizeof(*gv[col]));

	if (results(r, pl, p[0]) == -1)
		goto out;
	for (i = 0; i < pl->ngoals; i++)
		for (k = 0; k < pl->goals[i].nsubs; k++)
			for (col = 0; col < PLANS_COLS; col++)
				make_sub(&pl->goals[i].subs[k], col);
	if (disbursement(r, pl) == -1)
		goto out;
	/* The goals the user sees, read once for every service sub-goal. */
	for (i = 0; i < pl->ngoals; i++)
		for (k = 0; k < pl->goals[i].nsubs; k++) {
			s = &pl->goals[i].subs[k];
			if (s->kind != PK_SERVICE)
				continue;
			if (gall == NULL && goals_load(r, NULL, &gall, &nall) == -1)
				goto out;
			if (service(r, pl, s, gall, nall) == -1)
				goto out;
		}

	/*
	 * Dates judge only in the plan's own year: the deadlines are its.
	 * plan_goal takes one array of sub-goals per column.
	 */
	for (col = 0; col < PLANS_COLS; col++) {
		cal_day		 t = col == PLANS_COLS - 1 ? today : PLAN_NODAY;
		struct plan_sub	*arr;

		for (i = 0; i < pl->ngoals; i++) {
			g = &pl->goals[i];
			arr = arena_alloc(r->ar, (g->nsubs > 0 ? g->nsubs : 1) *
			    sizeof(*arr));
			for (k = 0; k < g->nsubs; k++) {
				arr[k] = g->subs[k].ps[col];
				g->subs[k].v[col] = plan_sub_eval(&arr[k], t);
			}
			g->g[col].rule = g->rule;
			g->g[col].subs = arr;
			g->g[col].nsubs = g->nsubs;
			g->g[col].verdict = g->given[col].state;
			g->g[col].marks = g->given[col].marks;
			g->v[col] = plan_goal_eval(&g->g[col], t);
			gv[col][i] = g->v[col];
		}
	}
	for (col = 0; col < PLANS_COLS; col++)
		plan_score(gv[col], pl->ngoals, &pl->score[col]);
	rc = 0;
out:
	PQclear(res);
	return rc;
}

/* --- figures as shown and typed ---------------------------------------- */

const char *
plans_field_label(enum plan_kind k, int field)
{
	const char	*s = "";

	switch (field) {
	case 't':
		s = k == PK_BUDGET ? "Grænse (±)" : k == PK_SICK ?
		    "Statens gennemsnit" : "Mål";
		break;
	case 'r':
		s = k == PK_BUDGET ? "Afvigelse" : "Resultat";
		break;
	case 'x':
		s = k == PK_SICK ? "Ændring mod året før" :
		    "Året før (vækstmål)";
		break;
	}
	return s;
}

const char *
plans_unit_label(enum plan_kind k, enum plan_unit u, int field)
{
	const char	*s = "";

	switch (k) {
	case PK_SURVEY:
		s = "%";
		break;
	case PK_BUDGET:
		s = u == PU_ORE ? "mio. kr." : "%";
		break;
	case PK_SICK:
		s = field == 'x' ? "%" : "dage pr. årsværk";
		break;
	default:
		break;
	}
	return s;
}

const char *
plans_verdict_text(struct http_req *r, struct plan_verdict v)
{
	const char	*s = plan_state_label(v.state);

	if (v.marks & PLAN_PRELIM)
		s = arena_printf(r->ar, "%s, foreløbigt", s);
	if (v.marks & PLAN_NOCOMP)
		s = arena_printf(r->ar, "%s, ikke direkte sammenligneligt", s);
	return s;
}

/* --- the pages ---------------------------------------------------------- */

int
page_plans(struct http_req *r)
{
	struct page	 pg;
	struct tpl_dict	*d, *t;
	PGresult	*res;
	int		 i;

	if ((res = db_exec(STMT_PLAN_LIST, NULL)) == NULL)
		return 503;
	d = page_new(r, &pg, "staff/plans.tpl", "Resultatplaner");
	for (i = 0; i < PQntuples(res); i++) {
		t = tpl_section(d, "PLAN");
		tpl_set(t, "YEAR", db_val(res, i, PLAN_LIST_year));
		tpl_set(t, "NAME", db_val(res, i, PLAN_LIST_name));
		tpl_set(t, "GOALS", db_val(res, i, PLAN_LIST_goals));
		tpl_set(t, "DAYS", db_val(res, i, PLAN_LIST_deadline_days));
		if (atoi(db_val(res, i, PLAN_LIST_merge_q1)))
			tpl_show(t, "MERGE");
	}
	if (PQntuples(res) == 0)
		tpl_show(d, "NONE");
	if (staff_has_role("admin"))
		tpl_show(d, "ADMIN");
	PQclear(res);
	return page_send(r, &pg, 200);
}

/* One sub-goal's figures for column c into t. */
static void
fill_cell(struct http_req *r, struct tpl_dict *t, const struct plans *pl,
    const struct plans_sub *s, int c)
{
	const struct plans_cell	*k = &s->cell[c];
	const char		*u;

	tpl_set_int(t, "YEAR", PLANS_YEAR(pl, c));
	tpl_set(t, "STATE", plan_state_code(s->v[c].state));
	tpl_set(t, "STATE_TEXT", plans_verdict_text(r, s->v[c]));
	if (k->target != NV) {
		u = plans_unit_label(s->kind, k->unit, 't');
		tpl_set(tpl_section(t, "TARGET"), "TEXT", arena_printf(r->ar,
		    "%s: %s%s%s%s", plans_field_label(s->kind, 't'),
		    s->kind == PK_BUDGET ? "±" : "",
		    plans_fmt(r, s->kind, k->unit, 't', k->target),
		    *u != '\0' ? " " : "", u));
	}
	if (k->result != NV) {
		u = plans_unit_label(s->kind, k->unit, 'r');
		tpl_set(tpl_section(t, "RESULT"), "TEXT", arena_printf(r->ar,
		    "%s: %s%s%s", plans_field_label(s->kind, 'r'),
		    plans_fmt(r, s->kind, k->unit, 'r', k->result),
		    *u != '\0' ? " " : "", u));
	}
	if (k->extra != NV)
		tpl_set(tpl_section(t, "EXTRA"), "TEXT", arena_printf(r->ar,
		    "%s: %s %s", plans_field_label(s->kind, 'x'),
		    plans_fmt(r, s->kind, k->unit, 'x', k->extra),
		    plans_unit_label(s->kind, k->unit, 'x')));
	if (k->done != PLAN_NODAY) {
		char	 day[11];

		cal_format(k->done, day);
		tpl_set(tpl_section(t, "DONE"), "DAY", day);
	}
	if (s->figure[c] != NULL)
		tpl_set(tpl_section(t, "FIGURE"), "TEXT", s->figure[c]);
	if (*k->note != '\0')
		tpl_set(tpl_section(t, "NOTE"), "TEXT", k->note);
	if (s->kind != PK_SERVICE && s->kind != PK_DISBURSE)
		tpl_set(tpl_section(t, "EDIT"), "URL", arena_printf(r->ar,
		    "/staff/plans/%d/results?sub=%s&year=%d", pl->year, s->id,
		    PLANS_YEAR(pl, c)));
}

/* The points a met goal gives: 100/N, as "7,14". */
static const char *
weight(struct http_req *r, size_t n)
{
	char	 buf[16];

	if (n == 0)
		return "0";
	return arena_strdup(r->ar, plan_fmt_bp((int64_t)((20000 + n) /
	    (2 * n)), buf, sizeof(buf)));
}

int
page_plan(struct http_req *r)
{
	struct plans		 pl;
	struct plan_report	 rep[PLAN_REPORTS_MAX];
	struct page		 pg;
	struct tpl_dict		*d, *t, *gt, *st;
	const struct plans_goal	*g;
	const char		*w;
	char			 buf[16], day[11];
	size_t			 i, k, nrep;
	cal_day			 now = cal_local_day(time(NULL), NULL);
	int			 c, left;

	if (plans_load_req(r, PLANS_ASOF, &pl) == -1)
		return 0;
	d = page_new(r, &pg, "staff/plan.tpl", pl.name);
	tpl_set(d, "NAME", pl.name);
	tpl_set_int(d, "YEAR", pl.year);
	if ((w = kv_str(&r->query, "saved")) != NULL) {
		t = tpl_section(d, "SAVED");
		tpl_set(t, "N", w);
		tpl_show(t, kv_str(&r->query, "again") != NULL ? "AGAIN" :
		    "FIRST");
	}
	if (kv_str(&r->query, "created") != NULL) {	/* page_plan_new.c */
		t = tpl_section(d, "CREATED");
		if (kv_str(&r->query, "again") != NULL)
			tpl_show(t, "AGAIN");
		else if ((w = kv_str(&r->query, "from")) != NULL &&
		    plans_year(w) != -1)
			tpl_set(tpl_section(tpl_section(t, "FIRST"), "FROM"),
			    "YEAR", w);
		else
			tpl_show(tpl_section(t, "FIRST"), "EMPTY");
	}
	cal_format(pl.today, day);
	tpl_set(d, "ASOF", day);
	tpl_set_int(d, "NGOALS", (long long)pl.ngoals);
	tpl_set(d, "WEIGHT", weight(r, pl.ngoals));
	tpl_set_int(d, "DAYS", pl.cad.days);
	goals_made(d, pl.made);
	if (pl.cad.merge_q1)
		tpl_show(d, "MERGE");
	if (staff_has_role("admin"))
		tpl_show(d, "ADMIN");
	nrep = plan_reports(&pl.cad, pl.year, rep, PLAN_REPORTS_MAX);
	for (i = 0; i < nrep; i++) {
		if (rep[i].period == PP_YEAR)
			continue;
		t = tpl_section(d, "QUARTER");
		tpl_set_int(t, "Q", rep[i].period);
		tpl_set(t, "LABEL", rep[i].first_q != rep[i].last_q ?
		    arena_printf(r->ar, "%d.-%d. kvartal", rep[i].first_q,
		    rep[i].last_q) : arena_printf(r->ar, "%d. kvartal",
		    rep[i].last_q));
		cal_format(rep[i].due, day);
		tpl_set(t, "DUE", day);
		left = plan_days_left(rep[i].due, now);
		if (left > 1)
			tpl_set_int(tpl_section(t, "LEFT_MANY"), "N", left);
		else if (left == 1)
			tpl_show(t, "LEFT_ONE");
		else if (left == 0)
			tpl_show(t, "LEFT_TODAY");
		else
			tpl_set_int(tpl_section(t, "OVERDUE"), "N", -left);
	}
	for (c = 0; c < PLANS_COLS; c++) {
		const struct plan_score	*sc = &pl.score[c];

		tpl_set_int(tpl_section(d, "YEARCOL"), "YEAR", PLANS_YEAR(&pl, c));
		t = tpl_section(d, "SCORE");
		tpl_set_int(t, "YEAR", PLANS_YEAR(&pl, c));
		tpl_set_int(t, "MET", (long long)sc->met);
		tpl_set_int(t, "NOT_MET", (long long)sc->not_met);
		tpl_set_int(t, "OPEN", (long long)sc->open);
		tpl_set_int(t, "PRELIM", (long long)sc->prelim);
		tpl_set(t, "PCT", arena_strdup(r->ar, plan_fmt_bp(sc->bp, buf,
		    sizeof(buf))));
		tpl_set(t, "BEST", arena_strdup(r->ar, plan_fmt_bp(sc->best_bp,
		    buf, sizeof(buf))));
	}
	w = weight(r, pl.ngoals);
	for (i = 0; i < pl.ngoals; i++) {
		g = &pl.goals[i];
		gt = tpl_section(d, "GOAL");
		tpl_set(gt, "NUMBER", g->number);
		tpl_set(gt, "NAME", g->name);
		tpl_set(gt, "ID", g->id);
		tpl_set(gt, "RULE", plan_rule_code(g->rule));
		if (staff_has_role("admin"))	/* page_plan_goal.c */
			tpl_set_int(tpl_section(gt, "EDIT_GOAL"), "YEAR",
			    pl.year);
		tpl_show(gt, g->rule == PR_ALL ? "RULE_ALL" : g->rule ==
		    PR_GROUPS ? "RULE_GROUPS" : "RULE_VERDICT");
		for (c = 0; c < PLANS_COLS; c++)
			tpl_set_int(tpl_section(gt, "YEARCOL"), "YEAR",
			    PLANS_YEAR(&pl, c));
		for (k = 0; k < g->nsubs; k++) {
			const struct plans_sub	*s = &g->subs[k];

			st = tpl_section(gt, "SUB");
			tpl_set(st, "LETTER", s->letter);
			tpl_set(st, "KIND", plan_kind_label(s->kind));
			tpl_set(st, "DESCR", s->descr);
			if (g->rule == PR_GROUPS && s->group > 0)
				tpl_set_int(tpl_section(st, "GROUP"), "N",
				    s->group);
			if (*s->deadline != '\0')
				tpl_set(tpl_section(st, "DEADLINE"), "DAY",
				    s->deadline);
			if (s->kind == PK_COUNT && s->cmp != PC_GE)
				tpl_show(st, s->cmp == PC_LE ? "CMP_LE" :
				    "CMP_GROWTH");
			for (c = 0; c < PLANS_COLS; c++)
				fill_cell(r, tpl_section(st, "CELL"), &pl, s, c);
		}
		for (c = 0; c < PLANS_COLS; c++) {
			t = tpl_section(gt, "VERDICT");
			tpl_set_int(t, "YEAR", PLANS_YEAR(&pl, c));
			tpl_set(t, "STATE", plan_state_code(g->v[c].state));
			tpl_set(t, "STATE_TEXT", plans_verdict_text(r, g->v[c]));
			tpl_set(t, "POINTS", g->v[c].state == PS_MET ? w : "0");
			if (g->rule == PR_VERDICT)
				tpl_set(tpl_section(t, "EDIT"), "URL",
				    arena_printf(r->ar, "/staff/plans/%d/"
				    "results?goal=%s&year=%d", pl.year, g->id,
				    PLANS_YEAR(&pl, c)));
		}
	}
	return page_send(r, &pg, 200);
}
