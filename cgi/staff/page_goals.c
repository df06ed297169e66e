/*
 * /staff/goals/: every service-time goal the user sees (grants staff the
 * grant goals, whistleblower staff theirs, management all), judged for a
 * chosen period by goal.h: share against target, breached and at-risk
 * open cases, percentiles, the open-case snapshot, pauses, the versions
 * a figure mixes and a red/yellow/green status; a bar chart per goal of
 * the chosen year's quarters, drawn by the template from numbers made
 * here.  /staff/goals/overview.csv is the same figures for other
 * systems.  The period chooser, the loading of goals and cases and the
 * figures are shared with the drill-down (page_goal.c, goals.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "csv.h"
#include "figcache.h"
#include "form.h"
#include "goalrag.h"
#include "goals.h"
#include "log.h"
#include "valid.h"

/* At most this many pauses of one case are read (as staff_clock). */
#define GOALS_MAXPAUSES	32

/* --- the period ----------------------------------------------------------- */

static const char *const parts[] = { "year", "h1", "h2", "q1", "q2", "q3",
	"q4", NULL };

const struct valid_field goals_period_fields[GP__MAX] = {
	[GP_YEAR] =	{ "year", "År", VT_INT, 0, 2000, 2099, NULL },
	[GP_PART] =	{ "period", "Periode", VT_ENUM, 0, 0, 0, parts },
	[GP_FROM] =	{ "from", "Fra", VT_DATE, 0, 0, 0, NULL },
	[GP_TO] =	{ "to", "Til", VT_DATE, 0, 0, 0, NULL },
};

/* A custom period of at most this many days (ten years and a bit). */
#define GOALS_MAXSPAN	3700

int
goals_period(struct http_req *r, struct tpl_dict *d, cal_day today,
    struct goals_period *p)
{
	struct valid_value	 v[GP__MAX];
	struct valid_msgbuf	 msgs[GP__MAX];
	char			 a[11], b[11], la[GRANT_PERIOD_MAX];
	int			 y, m, dd, q, errs;

	memset(p, 0, sizeof(*p));
	errs = (int)valid_form(goals_period_fields, GP__MAX, &r->query, v,
	    msgs);
	form_fill(d, goals_period_fields, GP__MAX, &r->query, v);
	if (errs > 0)
		return errs;
	cal_to_ymd(today, &y, &m, &dd);
	if (v[GP_FROM].present || v[GP_TO].present) {
		if (!v[GP_FROM].present) {
			form_error(d, "from", "Angiv også en fra-dato "
			    "(ÅÅÅÅ-MM-DD), eller slet til-datoen.");
			return 1;
		}
		if (!v[GP_TO].present) {
			form_error(d, "to", "Angiv også en til-dato "
			    "(ÅÅÅÅ-MM-DD), eller slet fra-datoen.");
			return 1;
		}
		p->from = (cal_day)v[GP_FROM].num;
		p->to = (cal_day)v[GP_TO].num;
		if (p->to < p->from) {
			form_error(d, "to", "Til-datoen ligger før "
			    "fra-datoen. Vælg en til-dato på eller efter "
			    "fra-datoen.");
			return 1;
		}
		if (p->to - p->from > GOALS_MAXSPAN) {
			form_error(d, "to", "Perioden er for lang: højst ti "
			    "år fra fra-datoen.");
			return 1;
		}
		cal_to_ymd(p->to, &p->year, &m, &dd);
		if (p->year < 2000 || p->year > 2099) {
			form_error(d, "to", "Til-datoen skal ligge i årene "
			    "2000-2099.");
			return 1;
		}
		cal_format(p->from, a);
		cal_format(p->to, b);
		p->custom = 1;
		p->query = arena_printf(r->ar, "from=%s&to=%s", a, b);
		p->label = arena_strdup(r->ar, grant_period_long(p->from,
		    p->to, la, sizeof(la)));
		tpl_show(d, "PART_CUSTOM");
		return 0;
	}
	p->year = v[GP_YEAR].present ? (int)v[GP_YEAR].num : y;
	p->part = v[GP_PART].present ? v[GP_PART].str :
	    parts[3 + cal_quarter(today) - 1];
	if (strcmp(p->part, "year") == 0) {
		p->from = cal_year_start(p->year);
		p->to = cal_year_end(p->year);
		p->label = arena_printf(r->ar, "%d", p->year);
	} else if (p->part[0] == 'h') {
		q = p->part[1] - '0';
		p->from = cal_half_start(p->year, q);
		p->to = cal_half_end(p->year, q);
		p->label = arena_printf(r->ar, "%d. halvår %d", q, p->year);
	} else {
		q = p->part[1] - '0';
		p->from = cal_quarter_start(p->year, q);
		p->to = cal_quarter_end(p->year, q);
		p->label = arena_printf(r->ar, "%d. kvartal %d", q, p->year);
	}
	p->query = arena_printf(r->ar, "year=%d&period=%s", p->year, p->part);
	/* The choice as made, the defaults included. */
	tpl_set_int(d, "YEAR", p->year);
	form_choice(d, "period", p->part);
	return 0;
}

/* --- goals and their cases ----------------------------------------------- */

int
goals_visible(int pop)
{
	return staff_has_role("management") ||
	    staff_has_role(goaldef_population_role(pop));
}

int
goals_load(struct http_req *r, const char *code, struct goals_goal **out,
    size_t *n)
{
	PGresult		*res;
	struct goals_goal	*gl, *g = NULL;
	struct goal_version	*v;
	int			 i, nr, pop;
	size_t			 k = 0;

	*out = NULL;
	*n = 0;
	if ((res = db_exec(STMT_GOAL_LIST, NULL)) == NULL)
		return -1;
	nr = PQntuples(res);
	gl = arena_alloc(r->ar, sizeof(*gl) * (size_t)(nr > 0 ? nr : 1));
	for (i = 0; i < nr; i++) {
		pop = goaldef_population(db_val(res, i, GOAL_LIST_population));
		if (pop < 0 || !goals_visible(pop) || (code != NULL &&
		    strcmp(code, db_val(res, i, GOAL_LIST_code)) != 0))
			continue;
		if (g == NULL || strcmp(g->id, db_val(res, i,
		    GOAL_LIST_goal_id)) != 0) {
			g = &gl[k++];
			g->id = arena_strdup(r->ar, db_val(res, i,
			    GOAL_LIST_goal_id));
			g->code = arena_strdup(r->ar, db_val(res, i,
			    GOAL_LIST_code));
			g->name = arena_strdup(r->ar, db_val(res, i,
			    GOAL_LIST_name));
			g->pop = pop;
			g->g.population = goaldef_population_code(pop);
			g->g.versions = g->v;
		}
		if (g->g.nversions >= GOAL_MAXVERSIONS)
			continue;
		v = &g->v[g->g.nversions];
		if (cal_parse(db_val(res, i, GOAL_LIST_valid_day),
		    &v->valid_from) == -1)
			continue;
		v->unit = goaldef_unit(db_val(res, i, GOAL_LIST_unit));
		v->wdflags = 0;		/* as the whistleblower deadlines */
		v->limit = atoi(db_val(res, i, GOAL_LIST_limit_n));
		v->target_pm = atoi(db_val(res, i, GOAL_LIST_target_permille));
		v->pause = goaldef_pause(db_val(res, i, GOAL_LIST_pauses));
		v->period = goaldef_period(db_val(res, i,
		    GOAL_LIST_period_rule));
		g->vday[g->g.nversions] = arena_strdup(r->ar, db_val(res, i,
		    GOAL_LIST_valid_day));
		g->vid[g->g.nversions] = strtoll(db_val(res, i,
		    GOAL_LIST_version_id), NULL, 10);
		g->g.nversions++;
	}
	PQclear(res);
	/* A goal the module cannot judge is logged and left out. */
	for (i = 0; i < (int)k; i++)
		if (gl[i].g.nversions == 0 || goal_valid(&gl[i].g) == -1) {
			log_warn("goals: goal %s has no usable version",
			    gl[i].code);
			memmove(&gl[i], &gl[i + 1], sizeof(*gl) *
			    (k - (size_t)i - 1));
			k--;
			i--;
		}
	/* The versions point into their own goal, which may have moved. */
	for (i = 0; i < (int)k; i++)
		gl[i].g.versions = gl[i].v;
	*out = gl;
	*n = k;
	return 0;
}

int
goals_cases(struct http_req *r, const struct goals_goal *g,
    const struct goals_period *p, cal_day today, const struct goals_filter *fl,
    struct goals_calc *c)
{
	const char		*params[6];
	char			 lo[11], hi[11];
	cal_day			 first, last;
	struct grant_pause	*pz;
	size_t			 np;
	int			 i, nr, stmt;

	memset(c, 0, sizeof(*c));
	/* The earliest start shown (the trend's year) and the last day any
	 * period shown judges (nothing after today exists yet). */
	first = p->from < cal_year_start(p->year) ? p->from :
	    cal_year_start(p->year);
	last = cal_year_end(p->year) > p->to ? cal_year_end(p->year) : p->to;
	if (last > today)
		last = today;
	cal_format(last, hi);
	cal_format(first, lo);
	params[0] = hi;
	params[1] = lo;
	switch (g->pop) {
	case GOAL_POP_ACCOUNTS:
	case GOAL_POP_STATUS:
		stmt = STMT_GOAL_SUBS;
		params[2] = g->g.population;
		params[3] = fl != NULL ? fl->handler : NULL;
		params[4] = fl != NULL ? fl->pool : NULL;
		params[5] = fl != NULL ? fl->source : NULL;
		break;
	case GOAL_POP_APPLICATIONS:
		stmt = STMT_GOAL_APPS;
		params[2] = fl != NULL ? fl->handler : NULL;
		params[3] = fl != NULL ? fl->pool : NULL;
		break;
	default:
		stmt = STMT_GOAL_WB;
		params[2] = g->g.population;
		break;
	}
	if ((c->res = db_exec(stmt, params)) == NULL)
		return -1;
	nr = PQntuples(c->res);
	c->cases = arena_alloc(r->ar, sizeof(*c->cases) *
	    (size_t)(nr > 0 ? nr : 1));
	c->row = arena_alloc(r->ar, sizeof(*c->row) * (size_t)(nr > 0 ? nr : 1));
	c->work = arena_alloc(r->ar, sizeof(*c->work) *
	    (size_t)(nr > 0 ? nr : 1));
	for (i = 0; i < nr; i++) {
		struct goal_case	*k = &c->cases[c->n];

		if (cal_parse(db_val(c->res, i, GOAL_CASE_start_day),
		    &k->start) == -1)
			continue;
		k->stop = GOAL_NODAY;
		if (!db_isnull(c->res, i, GOAL_CASE_stop_day) &&
		    cal_parse(db_val(c->res, i, GOAL_CASE_stop_day),
		    &k->stop) == -1)
			continue;
		if (*db_val(c->res, i, GOAL_CASE_pauses) != '\0') {
			pz = arena_alloc(r->ar, sizeof(*pz) * GOALS_MAXPAUSES);
			np = 0;
			/* As stored; goal.h takes pauses in any shape. */
			(void)grant_pauses_parse(db_val(c->res, i,
			    GOAL_CASE_pauses), ",", GRANT_NODAY, GRANT_NODAY,
			    pz, GOALS_MAXPAUSES, &np);
			k->pauses = pz;
			k->npauses = np;
		}
		c->row[c->n++] = i;
	}
	if (goal_eval(&g->g, c->cases, c->n, p->from, p->to, today, c->work,
	    &c->f) == -1)
		return -1;
	c->ntrend = goal_trend(&g->g, c->cases, c->n, p->year, p->year,
	    today, c->work, c->trend, 4);
	if (c->ntrend < 0 || c->ntrend > 4)
		c->ntrend = 0;
	return 0;
}

/* --- the overview's figures from the rollups ------------------------------ */

/* The selected period and the trend's four quarters. */
#define ROLL_NP		5
/* Row ranges of one period: a quarter, months and days at each end. */
#define ROLL_NR		(ROLL_NP * 6)

/* Whether sql/016's rollups judge the goal as goals_cases would. */
static int
roll_usable(const struct goals_goal *g)
{
	size_t	 i;
	int	 ok;

	ok = g->pop == GOAL_POP_ACCOUNTS || g->pop == GOAL_POP_STATUS ||
	    g->pop == GOAL_POP_APPLICATIONS;
	for (i = 0; ok && i < g->g.nversions; i++)
		ok = g->v[i].pause == GOAL_GROSS;
	return ok;
}

/* A list of values as an array literal, "{a,b,...}", in b. */
struct roll_arr {
	char	 b[ROLL_NR * 12 + 3];
	size_t	 n;
};

static void
roll_add(struct roll_arr *a, const char *v)
{
	size_t	 o = a->n == 0 ? 0 : strlen(a->b) - 1;

	snprintf(a->b + o, sizeof(a->b) - o, "%s%s}", a->n > 0 ? "," : "{",
	    v);
	a->n++;
}

static void
roll_add_day(struct roll_arr *a, cal_day d)
{
	char	 t[11];

	cal_format(d, t);
	roll_add(a, t);
}

/* The first day of d's month, or quarter (q). */
static cal_day
roll_start(cal_day d, int q)
{
	int	 y, m, dd;

	cal_to_ymd(d, &y, &m, &dd);
	return q ? cal_quarter_start(y, (m + 2) / 3) : cal_from_ymd(y, m, 1);
}

/* The first day of a month (quarter) on or after d. */
static cal_day
roll_next(cal_day d, int q)
{
	cal_day	 s = roll_start(d, q);

	return s == d ? d : roll_start(s + (q ? 93 : 32), q);
}

struct roll_ranges {
	struct roll_arr	 lvl, lo, hi, k;
};

static void
roll_range(struct roll_ranges *rr, int lvl, cal_day lo, cal_day hi, size_t k)
{
	char	 t[24];

	if (lo > hi)
		return;
	snprintf(t, sizeof(t), "%d", lvl);
	roll_add(&rr->lvl, t);
	roll_add_day(&rr->lo, lo);
	roll_add_day(&rr->hi, hi);
	snprintf(t, sizeof(t), "%zu", k + 1);
	roll_add(&rr->k, t);
}

/*
 * [lo, hi] as rows to read: the whole quarters (level 2, by their first
 * day), else or around them the whole months (1), and the days (0) of
 * the part months left at either end.
 */
static void
roll_split(struct roll_ranges *rr, int lvl, cal_day lo, cal_day hi, size_t k)
{
	cal_day	 a, b;

	if (lo > hi)
		return;
	if (lvl == 0) {
		roll_range(rr, 0, lo, hi, k);
		return;
	}
	a = roll_next(lo, lvl == 2);
	b = roll_start(hi + 1, lvl == 2);	/* the whole ones end before */
	if (a >= b) {
		roll_split(rr, lvl - 1, lo, hi, k);
		return;
	}
	roll_split(rr, lvl - 1, lo, a - 1, k);
	roll_range(rr, lvl, a, b - 1, k);
	roll_split(rr, lvl - 1, b, hi, k);
}

static int
goals_figures_db(struct http_req *r, const struct goals_goal *g,
    const struct goals_period *p, cal_day today, struct goals_calc *c)
{
	cal_day			 from[ROLL_NP], to[ROLL_NP], a[ROLL_NP];
	cal_day			 dlo[ROLL_NP], dhi[ROLL_NP], oa[ROLL_NP];
	cal_day			 base = cal_from_ymd(2000, 1, 1);
	int			 dk[ROLL_NP], ok[ROLL_NP];
	size_t			 nd = 0, no = 0, i, j, k;
	size_t			 d0[ROLL_NP + 1], o0[ROLL_NP + 1];
	size_t			 dp[ROLL_NP], op[ROLL_NP];
	struct roll_ranges	 rr;
	struct roll_arr		 as;
	const char		*params[5];
	PGresult		*dr = NULL, *orr = NULL;
	struct goal_done	*rows = NULL;
	struct goal_open	*opens = NULL;
	struct goal_wv		*work;
	struct goal_figures	*out;
	struct goal_done	*x;
	struct goal_open	*y;
	long long		 vid;
	int			 q, nr = 0, nor, rc = -1, fallback = 0;

	memset(c, 0, sizeof(*c));
	if (!roll_usable(g)) {
		fallback = 1;
		goto out;
	}
	memset(&rr, 0, sizeof(rr));
	memset(&as, 0, sizeof(as));
	from[0] = p->from;
	to[0] = p->to;
	for (q = 1; q <= 4; q++) {
		from[q] = cal_quarter_start(p->year, q);
		to[q] = cal_quarter_end(p->year, q);
	}
	/* Each distinct range [from, A] of closed cases and day A, once. */
	for (i = 0; i < ROLL_NP; i++) {
		a[i] = today < to[i] ? today : to[i];
		dk[i] = -1;
		for (j = 0; from[i] <= a[i] && j < nd; j++)
			if (dlo[j] == from[i] && dhi[j] == a[i])
				dk[i] = (int)j;
		if (from[i] <= a[i] && dk[i] < 0) {
			dlo[nd] = from[i];
			dhi[nd] = a[i];
			roll_split(&rr, 2, from[i], a[i], nd);
			dk[i] = (int)nd++;
		}
		ok[i] = -1;
		for (j = 0; j < no; j++)
			if (oa[j] == a[i])
				ok[i] = (int)j;
		if (ok[i] < 0) {
			oa[no] = a[i];
			roll_add_day(&as, a[i]);
			ok[i] = (int)no++;
		}
	}

	if (rr.k.n > 0) {
		params[0] = g->id;
		params[1] = rr.lvl.b;
		params[2] = rr.lo.b;
		params[3] = rr.hi.b;
		params[4] = rr.k.b;
		if ((dr = db_exec(STMT_GOAL_DONE, params)) == NULL)
			goto out;
		nr = PQntuples(dr);
	}
	params[0] = g->g.population;
	params[1] = as.b;
	if ((orr = db_exec(STMT_GOAL_OPEN, params)) == NULL)
		goto out;
	nor = PQntuples(orr);

	/* Each range's rows together, in the order they came. */
	memset(d0, 0, sizeof(d0));
	for (i = 0; i < (size_t)nr; i++) {
		k = (size_t)strtoul(db_val(dr, (int)i, GOAL_DONE_k), NULL, 10);
		if (k < 1 || k > nd)
			goto out;
		d0[k]++;
	}
	for (k = 1; k <= nd; k++)
		d0[k] += d0[k - 1];
	memcpy(dp, d0, sizeof(dp));
	rows = arena_alloc(r->ar, sizeof(*rows) * (size_t)(nr > 0 ? nr : 1));
	for (i = 0; i < (size_t)nr; i++) {
		k = (size_t)strtoul(db_val(dr, (int)i, GOAL_DONE_k), NULL, 10);
		vid = strtoll(db_val(dr, (int)i, GOAL_DONE_version_id), NULL, 10);
		for (j = 0; j < g->g.nversions && g->vid[j] != vid; j++)
			;
		if (j == g->g.nversions) {
			/* A version changed under us: judge case by case. */
			log_warn("goals: %s: rollup names an unknown version",
			    g->code);
			fallback = 1;
			goto out;
		}
		x = &rows[dp[k - 1]++];
		x->version = j;
		x->elapsed = atoi(db_val(dr, (int)i, GOAL_DONE_elapsed));
		x->n = strtoll(db_val(dr, (int)i, GOAL_DONE_n), NULL, 10);
		x->paused_n = strtoll(db_val(dr, (int)i, GOAL_DONE_paused_n),
		    NULL, 10);
		x->paused_days = strtoll(db_val(dr, (int)i,
		    GOAL_DONE_paused_days), NULL, 10);
	}
	memset(o0, 0, sizeof(o0));
	for (i = 0; i < (size_t)nor; i++) {
		k = (size_t)strtoul(db_val(orr, (int)i, GOAL_OPEN_k), NULL, 10);
		if (k < 1 || k > no)
			goto out;
		o0[k]++;
	}
	for (k = 1; k <= no; k++)
		o0[k] += o0[k - 1];
	memcpy(op, o0, sizeof(op));
	opens = arena_alloc(r->ar, sizeof(*opens) *
	    (size_t)(nor > 0 ? nor : 1));
	for (i = 0; i < (size_t)nor; i++) {
		k = (size_t)strtoul(db_val(orr, (int)i, GOAL_OPEN_k), NULL, 10);
		y = &opens[op[k - 1]++];
		y->c.start = base + (cal_day)atoi(db_val(orr, (int)i,
		    GOAL_OPEN_start_num));
		y->c.stop = GOAL_NODAY;
		y->c.pauses = NULL;
		y->c.npauses = 0;
		y->n = strtoll(db_val(orr, (int)i, GOAL_OPEN_n), NULL, 10);
	}

	work = arena_alloc(r->ar, sizeof(*work) *
	    (size_t)(nr + nor > 0 ? nr + nor : 1));
	for (i = 0; i < ROLL_NP; i++) {
		out = i == 0 ? &c->f : &c->trend[i - 1];
		j = (size_t)ok[i];
		k = dk[i] < 0 ? 0 : (size_t)dk[i];
		if (goal_eval_rollup(&g->g, rows + (dk[i] < 0 ? 0 : d0[k]),
		    dk[i] < 0 ? 0 : d0[k + 1] - d0[k], opens + o0[j],
		    o0[j + 1] - o0[j], from[i], to[i], today, work, out) == -1)
			goto out;
	}
	c->ntrend = 4;
	rc = 0;
out:
	PQclear(dr);
	PQclear(orr);
	if (fallback)
		rc = goals_cases(r, g, p, today, NULL, c);
	return rc;
}

/* --- the figures kept in the worker --------------------------------------- */

/* What goals_figures gives the pages, as stored (no pointers). */
struct goals_stored {
	struct goal_figures	 f, trend[4];
	int			 ntrend;
};
_Static_assert(sizeof(struct goals_stored) <= FIGCACHE_VALMAX,
    "the stored figures fit a figcache slot");

struct figcache *
goals_store(void)
{
	static struct figcache	 fc;
	static int		 ready;

	if (!ready) {
		figcache_init(&fc, app_cfg_long("figures_max_age",
		    GOALS_MAX_AGE));
		ready = 1;
	}
	return &fc;
}

/*
 * Everything the figures depend on: the goal, its population and every
 * version as loaded for this request (an edited goal is judged anew at
 * once), the period and today.  0 if it does not fit.
 */
static size_t
goals_key(const struct goals_goal *g, const struct goals_period *p,
    cal_day today, char *k, size_t ksz)
{
	const struct goal_version	*v;
	size_t				 i, o;
	int				 n;

	n = snprintf(k, ksz, "goal|%s|%d|%ld|%ld|%d|%ld", g->id, g->pop,
	    (long)p->from, (long)p->to, p->year, (long)today);
	for (i = 0; n >= 0 && (size_t)n < ksz && i < g->g.nversions; i++) {
		o = (size_t)n;
		v = &g->v[i];
		n = snprintf(k + o, ksz - o, "|%lld,%ld,%d,%u,%d,%d,%d,%d",
		    g->vid[i], (long)v->valid_from, (int)v->unit, v->wdflags,
		    v->limit, v->target_pm, (int)v->pause, (int)v->period);
		n = n < 0 ? n : n + (int)o;
	}
	return n < 0 || (size_t)n >= ksz ? 0 : (size_t)n;
}

int
goals_figures(struct http_req *r, const struct goals_goal *g,
    const struct goals_period *p, cal_day today, struct goals_calc *c)
{
	struct goals_stored	 st;
	char			 key[FIGCACHE_KEYMAX];
	size_t			 klen;
	time_t			 now = time(NULL), made;
	int			 rc;

	klen = goals_key(g, p, today, key, sizeof(key));
	if (figcache_get(goals_store(), key, klen, now, &st, sizeof(st),
	    &made)) {
		memset(c, 0, sizeof(*c));
		c->f = st.f;
		memcpy(c->trend, st.trend, sizeof(c->trend));
		c->ntrend = st.ntrend;
		c->made = made;
		rc = 0;
	} else if ((rc = goals_figures_db(r, g, p, today, c)) == 0) {
		memset(&st, 0, sizeof(st));
		st.f = c->f;
		memcpy(st.trend, c->trend, sizeof(st.trend));
		st.ntrend = c->ntrend;
		figcache_put(goals_store(), key, klen, now, &st, sizeof(st));
		c->made = now;
	}
	return rc;
}

void
goals_made(struct tpl_dict *d, time_t made)
{
	int	 secs;

	(void)cal_local_day(made, &secs);
	tpl_setf(d, "MADE", "%02d:%02d:%02d", secs / 3600, secs / 60 % 60,
	    secs % 60);
	if (goals_store()->max_age > 0)
		tpl_set_int(tpl_section(d, "MAX_AGE"), "SECONDS",
		    goals_store()->max_age);
}

/* --- figures into a dictionary -------------------------------------------- */

int
goals_in_list(const struct goals_goal *g, const struct goals_calc *c,
    const struct goals_period *p, size_t i, enum goals_list l,
    struct goal_case_state *st)
{
	const struct goal_case	*k = &c->cases[i];

	goal_case_eval(&g->g, k, c->f.asof, st);
	switch (l) {
	case GOALS_BREACHED:
		return st->state == GOAL_CS_BREACHED;
	case GOALS_AT_RISK:
		return !c->f.finished && st->state == GOAL_CS_OPEN &&
		    st->breach != GOAL_NODAY && st->breach > c->f.asof &&
		    st->breach <= p->to;
	default:
		return st->state == GOAL_CS_MISSED && k->stop >= p->from &&
		    k->stop <= p->to;
	}
}

const char *
goals_day(struct http_req *r, cal_day day)
{
	char	*b = arena_alloc(r->ar, 11);

	cal_format(day, b);
	return b;
}

/* The event that starts (0) or stops (1) a population's clock. */
static const char *
pop_event(int pop, int stop)
{
#define X(id, code, label, start, stopev, role) \
	case id: return stop ? stopev : start;
	switch (pop) {
	GOAL_POPULATIONS(X)
	default: return "";
	}
#undef X
}

/* The drill-down's histogram (goals.h). */
int
goals_histogram(const struct goals_goal *g, const struct goals_calc *c,
    const struct goals_period *p, cal_day today, struct goals_hist *gh)
{
	memset(gh, 0, sizeof(*gh));
	gh->nlo = goal_hist_edges(c->f.limit, gh->lo, GOAL_HIST_MAX);
	if (gh->nlo == 0 || goal_hist(&g->g, c->cases, c->n, p->from, p->to,
	    today, gh->lo, gh->nlo, &gh->h) == -1 || gh->h.n == 0)
		return -1;
	return 0;
}

/* The drill-down's five years (goals.h). */
int
goals_trend_years(struct http_req *r, const struct goals_goal *g,
    const struct goals_period *p, const struct goals_filter *fl,
    cal_day today, struct goals_trend_year ty[GOALS_TREND_YEARS])
{
	struct goals_period	 yp;
	struct goals_calc	 yc;
	const struct goal_figures *f;
	int			 k, y, i, rc;

	for (k = 0; k < GOALS_TREND_YEARS; k++) {
		y = p->year - GOALS_TREND_YEARS + 1 + k;
		memset(&ty[k], 0, sizeof(ty[k]));
		ty[k].year = y;
		memset(&yp, 0, sizeof(yp));
		yp.from = cal_year_start(y);
		yp.to = cal_year_end(y);
		yp.year = y;
		if (fl != NULL && (fl->handler != NULL || fl->pool != NULL ||
		    fl->source != NULL))
			rc = goals_cases(r, g, &yp, today, fl, &yc);
		else	/* computed, not kept: the page's lists are */
			rc = goals_figures_db(r, g, &yp, today, &yc);
		PQclear(yc.res);
		if (rc == -1)
			return -1;
		for (i = 0; i <= 4; i++) {
			f = i < 4 ? (i < yc.ntrend ? &yc.trend[i] : NULL) :
			    &yc.f;
			if (f == NULL || f->met == GOAL_NODATA ||
			    f->from > today)
				continue;
			ty[k].f[i] = *f;
			ty[k].has[i] = 1;
		}
	}
	return 0;
}

/* Per mille as a Danish percentage with one decimal ("89,9 %"), or "–". */
const char *
goals_pct(struct http_req *r, int pm)
{
	if (pm < 0)
		return "–";
	return arena_printf(r->ar, "%d,%d %%", pm / 10, pm % 10);
}

/* A time in the goal's unit ("12 kalenderdage"), or "–". */
static const char *
unit_val(struct http_req *r, int v, enum goal_unit u)
{
	if (v < 0)
		return "–";
	return arena_printf(r->ar, "%d %s", v, goaldef_unit_label((int)u));
}

const char *
goals_status(const struct goal_figures *f, const char **text)
{
	switch (goal_rag(f)) {
	case GOAL_RAG_GREEN:
		*text = f->finished ? "Grøn: opfyldt" : "Grøn: opfyldes, selv "
		    "hvis alle sager i risiko bliver for sene";
		return "green";
	case GOAL_RAG_RED:
		*text = f->finished ? "Rød: ikke opfyldt" : "Rød: kan ikke nås "
		    "i perioden";
		return "red";
	case GOAL_RAG_YELLOW:
		*text = "Gul: kan nås, hvis sagerne i risiko afgøres i tide";
		return "yellow";
	default:
		*text = "Ingen sager";
		return "grey";
	}
}

void
goals_fill(struct http_req *r, struct tpl_dict *d, const struct goals_goal *g,
    const struct goals_calc *c, const struct goals_period *p)
{
	const struct goal_figures	*f = &c->f;
	struct tpl_dict			*t;
	const char			*txt, *cls;
	uint64_t			 vb = f->versions | f->open_versions;
	size_t				 i, nv = 0;
	int				 pm;
	enum goal_rag			 rag;

	tpl_set(d, "CODE", g->code);
	tpl_set(d, "NAME", g->name);
	tpl_set(d, "POP", goaldef_population_label(g->pop));
	tpl_set(d, "START_EVENT", pop_event(g->pop, 0));
	tpl_set(d, "STOP_EVENT", pop_event(g->pop, 1));
	tpl_set_int(d, "LIMIT", f->limit);
	tpl_set(d, "UNIT", goaldef_unit_label((int)f->unit));
	tpl_set(d, "PAUSE", goaldef_pause_label((int)g->v[f->version].pause));
	tpl_set(d, "TARGET", goals_pct(r, f->target_pm));
	tpl_set_int(d, "COMPLETED", f->completed);
	tpl_set_int(d, "WITHIN", f->within);
	tpl_set_int(d, "EXTRA", f->extra);
	if (f->extra > 0)
		tpl_show(d, "HAS_EXTRA");
	tpl_set(d, "SHARE", goals_pct(r, f->share_pm));
	tpl_set(d, "VERDICT", f->met == GOAL_MET ? "Opfyldt" :
	    f->met == GOAL_NOTMET ? "Ikke opfyldt" : "Ingen sager");
	tpl_set(d, "VERDICT_CLASS", f->met == GOAL_MET ? "ok" :
	    f->met == GOAL_NOTMET ? "over" : "hint");
	tpl_set_int(d, "BREACHED", f->breached);
	tpl_set_int(d, "AT_RISK", f->at_risk);
	tpl_set(d, "WORST", goals_pct(r, f->worst_pm));
	tpl_set(d, "BEST", goals_pct(r, f->best_pm));
	tpl_set(d, "P50", unit_val(r, f->p50, f->unit));
	tpl_set(d, "P90", unit_val(r, f->p90, f->unit));
	tpl_set(d, "P95", unit_val(r, f->p95, f->unit));
	tpl_set_int(d, "OPEN", f->open);
	tpl_set_int(d, "OPEN_WITHIN", f->open_within);
	pm = goal_pm((struct goal_ratio){ f->open_within, f->open });
	tpl_set(d, "OPEN_SHARE", goals_pct(r, pm));
	tpl_set(d, "AGE_P50", unit_val(r, f->age_p50, f->unit));
	tpl_set_int(d, "PAUSED_CASES", f->paused_cases);
	whistle_plural(d, "PAUSED", f->paused_cases);
	tpl_set(d, "PAUSED_AVG", f->paused_avg_tenths < 0 ? "–" :
	    arena_printf(r->ar, "%d,%d", f->paused_avg_tenths / 10,
	    f->paused_avg_tenths % 10));
	tpl_set(d, "PERIOD_LABEL", p->label);
	tpl_set(d, "PQ", p->query);
	tpl_show(d, f->finished ? "FINISHED" : "UNFINISHED");
	cls = goals_status(f, &txt);
	tpl_set(d, "STATUS", cls);
	tpl_set(d, "STATUS_TEXT", txt);
	/* The tag colours of the house style. */
	rag = goal_rag(f);
	tpl_set(d, "STATUS_TAG", rag == GOAL_RAG_GREEN ? "approved" :
	    rag == GOAL_RAG_YELLOW ? "returned" : rag == GOAL_RAG_RED ?
	    "rejected" : "none");
	/* Which versions the figures judge by (the share and the snapshot). */
	for (i = 0; i < g->g.nversions; i++)
		if (vb & ((uint64_t)1 << i)) {
			t = tpl_section(d, "VERSION");
			tpl_set(t, "V_FROM", g->vday[i]);
			tpl_set_int(t, "LIMIT", g->v[i].limit);
			tpl_set(t, "UNIT", goaldef_unit_label((int)g->v[i].unit));
			tpl_set(t, "TARGET", goals_pct(r, g->v[i].target_pm));
			nv++;
		}
	if (nv > 1) {
		tpl_show(d, "MIXED");
		tpl_set_int(d, "NVERSIONS", (long long)nv);
	} else if (nv == 1)
		tpl_show(d, "ONE_VERSION");
	if (f->mixed_units)
		tpl_show(d, "MIXED_UNITS");
}

/*
 * The trend chart's numbers: the plot is 100 units high for 100 %, its
 * base at y = 110; bar i at x = 50 + 60 i, 40 wide.  The template draws
 * the SVG from these and writes the same numbers as a table.
 */
#define CHART_BASE	110
#define CHART_X0	50
#define CHART_STEP	60

void
goals_chart(struct http_req *r, struct tpl_dict *d, const struct goals_calc *c,
    int year)
{
	struct tpl_dict	*t;
	int		 i, h, tpm;
	char		 desc[512];
	size_t		 o = 0;

	tpm = c->ntrend > 0 ? c->trend[c->ntrend - 1].target_pm : 0;
	tpl_set_int(d, "CHART_YEAR", year);
	tpl_set(d, "CHART_ID", c->chart_id != NULL ? c->chart_id : "chart");
	tpl_set_int(d, "TARGET_Y", CHART_BASE - tpm / 10);
	tpl_set(d, "CHART_TARGET", goals_pct(r, tpm));
	o += (size_t)snprintf(desc + o, sizeof(desc) - o, "Mål: %s.",
	    goals_pct(r, tpm));
	for (i = 0; i < c->ntrend; i++) {
		const struct goal_figures *f = &c->trend[i];

		t = tpl_section(d, "QUARTER");
		tpl_set_int(t, "Q", i + 1);
		tpl_set_int(t, "X", CHART_X0 + CHART_STEP * i);
		tpl_set_int(t, "LX", CHART_X0 + CHART_STEP * i + 20);
		tpl_set_int(t, "COMPLETED", f->completed);
		tpl_set_int(t, "WITHIN", f->within);
		tpl_set(t, "SHARE", goals_pct(r, f->share_pm));
		tpl_set(t, "TARGET", goals_pct(r, f->target_pm));
		if (f->share_pm >= 0) {
			h = f->share_pm / 10;
			t = tpl_section(t, "BAR");
			tpl_set_int(t, "Y", CHART_BASE - h);
			tpl_set_int(t, "H", h);
			tpl_set(t, "FILL", f->met == GOAL_MET ? "#2e6b00" :
			    "#b51d09");
			o += (size_t)snprintf(desc + o, sizeof(desc) - o,
			    " %d. kvartal: %s.", i + 1,
			    goals_pct(r, f->share_pm));
		} else {
			tpl_show(t, "NOBAR");
			o += (size_t)snprintf(desc + o, sizeof(desc) - o,
			    " %d. kvartal: ingen sager.", i + 1);
		}
		if (o >= sizeof(desc))
			o = sizeof(desc) - 1;
	}
	tpl_set(d, "CHART_DESC", desc);
}

/* --- the overview ---------------------------------------------------------- */

int
page_goals(struct http_req *r)
{
	struct page		 pg;
	struct tpl_dict		*d, *t;
	struct goals_goal	*gl;
	struct goals_period	 p;
	struct goals_calc	 c;
	cal_day			 today = cal_local_day(time(NULL), NULL);
	time_t			 made = time(NULL);
	size_t			 i, n;
	int			 rc;

	d = page_new(r, &pg, "staff/goals.tpl", "Mål");
	if (goals_period(r, d, today, &p) > 0)
		return page_send(r, &pg, 400);
	if (goals_load(r, NULL, &gl, &n) == -1) {
		tpl_dict_free(pg.root);
		return 503;
	}
	tpl_show(d, "RESULT");
	tpl_set(d, "PERIOD_LABEL", p.label);
	tpl_set(d, "PQ", p.query);
	tpl_set(d, "CSV_URL", arena_printf(r->ar,
	    "/staff/goals/overview.csv?from=%s&to=%s",
	    goals_day(r, p.from), goals_day(r, p.to)));
	if (n == 0)
		tpl_show(d, "NO_GOALS");
	for (i = 0; i < n; i++) {
		rc = goals_figures(r, &gl[i], &p, today, &c);
		PQclear(c.res);
		c.chart_id = arena_printf(r->ar, "trend-%s", gl[i].code);
		if (rc == -1) {
			tpl_dict_free(pg.root);
			return 503;
		}
		if (c.made < made)
			made = c.made;
		goals_fill(r, tpl_section(d, "GOAL"), &gl[i], &c, &p);
		t = tpl_section(d, "CHARTS");
		goals_fill(r, t, &gl[i], &c, &p);
		goals_chart(r, page_include(r, t, "CHART",
		    "staff/goal_chart.tpl"), &c, p.year);
	}
	goals_made(d, made);	/* the oldest figures shown */
	return page_send(r, &pg, 200);
}

/*
 * GET /staff/goals/overview.csv?from=&to= (or the chooser's year and
 * period): one row per goal the user sees, the columns fixed (README).
 */
int
page_goals_csv(struct http_req *r)
{
	struct page		 pg;
	struct tpl_dict		*d;
	struct goals_goal	*gl;
	struct goals_period	 p;
	struct goals_calc	 c;
	struct csvw		 w;
	const char		*out;
	cal_day			 today = cal_local_day(time(NULL), NULL);
	size_t			 i, n, len;
	int			 rc = 0;

	/* A bad period gets the chooser with its message, as the page. */
	d = page_new(r, &pg, "staff/goals.tpl", "Mål");
	if (goals_period(r, d, today, &p) > 0)
		return page_send(r, &pg, 400);
	tpl_dict_free(pg.root);
	if (goals_load(r, NULL, &gl, &n) == -1)
		return 503;
	csvw_init(&w);
	csvw_text(&w, "goal");
	csvw_text(&w, "name");
	csvw_text(&w, "completed");
	csvw_text(&w, "within");
	csvw_text(&w, "share");
	csvw_text(&w, "target");
	csvw_text(&w, "met");
	csvw_text(&w, "open_breached");
	csvw_text(&w, "at_risk");
	csvw_text(&w, "median");
	csvw_text(&w, "p90");
	csvw_endrow(&w);
	for (i = 0; i < n; i++) {
		if (goals_figures(r, &gl[i], &p, today, &c) == -1) {
			PQclear(c.res);
			rc = 503;
			goto out;
		}
		PQclear(c.res);
		csvw_text(&w, gl[i].code);
		csvw_text(&w, gl[i].name);
		csvw_int(&w, c.f.completed);
		csvw_int(&w, c.f.within);
		if (c.f.share_pm >= 0)
			csvw_dec(&w, c.f.share_pm, 1);
		else
			csvw_empty(&w);
		csvw_dec(&w, c.f.target_pm, 1);
		csvw_text(&w, c.f.met == GOAL_MET ? "ja" :
		    c.f.met == GOAL_NOTMET ? "nej" : "");
		csvw_int(&w, c.f.breached);
		csvw_int(&w, c.f.at_risk);
		if (c.f.p50 >= 0)
			csvw_int(&w, c.f.p50);
		else
			csvw_empty(&w);
		if (c.f.p90 >= 0)
			csvw_int(&w, c.f.p90);
		else
			csvw_empty(&w);
		csvw_endrow(&w);
	}
	if ((out = csvw_done(&w, &len)) == NULL) {
		rc = 500;
		goto out;
	}
	http_header(r, "Content-Disposition", arena_printf(r->ar,
	    "attachment; filename=\"maal-%s-%s.csv\"", goals_day(r, p.from),
	    goals_day(r, p.to)));
	http_begin(r, 200, "text/csv; charset=utf-8");
	http_write(r, out, len);
out:
	csvw_free(&w);
	return rc;
}
