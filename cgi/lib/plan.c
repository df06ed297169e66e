/* plan: results-plan verdicts, score, deadlines, status (plan.h). */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "cal.h"
#include "plan.h"
#include "util.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define SICK_CUT_PM	50	/* "minimum 5 pct." (000:L582) */

/* --- exact products ---------------------------------------------------- */

/* The sign of a * b - c * d for unsigned factors. */
static int
umulcmp(uint64_t a, uint64_t b, uint64_t c, uint64_t d)
{
	uint64_t	 h1, l1, h2, l2;
	int		 r;

	u64_mul128(a, b, &h1, &l1);
	u64_mul128(c, d, &h2, &l2);
	if (h1 != h2)
		r = h1 < h2 ? -1 : 1;
	else if (l1 != l2)
		r = l1 < l2 ? -1 : 1;
	else
		r = 0;
	return r;
}

static int
sign(int64_t v)
{
	return (v > 0) - (v < 0);
}

/* The sign of a * b - c * d, exactly, for any int64 factors. */
static int
mulcmp(int64_t a, int64_t b, int64_t c, int64_t d)
{
	int	 s1 = sign(a) * sign(b), s2 = sign(c) * sign(d);
	int	 r;

	if (s1 != s2)
		r = s1 < s2 ? -1 : 1;
	else if (s1 == 0)
		r = 0;
	else
		r = s1 * umulcmp(u64_mag(a), u64_mag(b), u64_mag(c), u64_mag(d));
	return r;
}

static int
valid_state(enum plan_state s)
{
	return s == PS_MET || s == PS_NOT_MET;
}

/* --- sub-goals --------------------------------------------------------- */

static int
nonneg(int v)
{
	return v > 0 ? v : 0;
}

enum plan_state
plan_disb_state(const struct plan_disb *d)
{
	enum plan_state	 s = PS_NA;

	if (nonneg(d->late) > 0)
		s = PS_NOT_MET;
	else if (nonneg(d->pending) > 0)
		s = d->year_over ? PS_NOT_MET : PS_NA;
	else if (nonneg(d->on_time) > 0)
		s = PS_MET;
	return s;
}

enum plan_state
plan_count_state(const struct plan_count *c)
{
	enum plan_state	 s = PS_NA;
	int		 ok = -1;

	if (c->result == PLAN_NOVAL)
		ok = -1;
	else if (c->cmp == PC_GROWTH) {
		if (c->prior != PLAN_NOVAL)
			ok = c->result > c->prior;
	} else if (c->target != PLAN_NOVAL) {
		if (c->cmp == PC_GE)
			ok = c->result >= c->target;
		else if (c->cmp == PC_LE)
			ok = c->result <= c->target;
	}
	if (ok >= 0)
		s = ok ? PS_MET : PS_NOT_MET;
	return s;
}

enum plan_state
plan_survey_state(const struct plan_survey *v)
{
	enum plan_state	 s = PS_NA;

	if (v->result_pm != PLAN_NOVAL && v->target_pm != PLAN_NOVAL)
		s = v->result_pm >= v->target_pm ? PS_MET : PS_NOT_MET;
	return s;
}

enum plan_state
plan_budget_state(const struct plan_budget *b)
{
	enum plan_state	 s = PS_NA;
	uint64_t	 dev = 0, base = 0, lim;
	int		 have = 0, ok = -1;

	/* The true difference of two int64 always fits in uint64. */
	if (b->budget_ore != PLAN_NOVAL && b->actual_ore != PLAN_NOVAL) {
		if (b->actual_ore >= b->budget_ore)
			dev = (uint64_t)b->actual_ore - (uint64_t)b->budget_ore;
		else
			dev = (uint64_t)b->budget_ore - (uint64_t)b->actual_ore;
		have = 1;
	} else if (b->dev_ore != PLAN_NOVAL) {
		dev = u64_mag(b->dev_ore);
		have = 1;
	}
	if (b->base_ore != PLAN_NOVAL)
		base = u64_mag(b->base_ore);
	else if (b->budget_ore != PLAN_NOVAL)
		base = u64_mag(b->budget_ore);

	if (b->limit == PLAN_NOVAL)
		ok = -1;
	else if (b->unit == PU_ORE) {
		if (have)
			ok = dev <= u64_mag(b->limit);
	} else if (b->unit == PU_PM) {
		lim = u64_mag(b->limit);
		if (have && base > 0)
			ok = umulcmp(dev, 1000, lim, base) <= 0;
		else if (b->dev_pm != PLAN_NOVAL)
			ok = u64_mag(b->dev_pm) <= lim;
	}
	if (ok >= 0)
		s = ok ? PS_MET : PS_NOT_MET;
	return s;
}

enum plan_state
plan_sick_state(const struct plan_sick *k, unsigned *held)
{
	enum plan_state	 s = PS_NA;
	int64_t		 cut;
	int		 avg = -1, red = -1;
	unsigned	 h = 0;

	cut = k->cut_pm == PLAN_NOVAL || k->cut_pm <= 0 ? SICK_CUT_PM :
	    k->cut_pm;
	if (k->days != PLAN_NOVAL && k->state_days != PLAN_NOVAL)
		avg = k->days <= k->state_days;
	/* Exactly: days <= prior * (1 - cut), in per mille. */
	if (k->days != PLAN_NOVAL && k->prior_days != PLAN_NOVAL &&
	    k->prior_days > 0 && cut <= 1000)
		red = mulcmp(k->days, 1000, k->prior_days, 1000 - cut) <= 0;
	else if (k->change_pm != PLAN_NOVAL)
		red = k->change_pm <= -cut;

	if (avg == 1)
		h |= PLAN_SICK_AVG;
	if (red == 1)
		h |= PLAN_SICK_CUT;
	if (h != 0)
		s = PS_MET;
	else if (avg == 0 && red == 0)
		s = PS_NOT_MET;
	if (held != NULL)
		*held = h;
	return s;
}

enum plan_state
plan_milestone_state(const struct plan_milestone *m, cal_day today)
{
	enum plan_state	 s = PS_NA;

	if (m->done != PLAN_NODAY)
		s = m->deadline == PLAN_NODAY || m->done <= m->deadline ?
		    PS_MET : PS_NOT_MET;
	else if (m->deadline != PLAN_NODAY && today != PLAN_NODAY &&
	    today > m->deadline)
		s = PS_NOT_MET;
	return s;
}

static enum plan_state
sub_state(const struct plan_sub *p, cal_day today)
{
	enum plan_state	 s = PS_NA;

	switch (p->kind) {
	case PK_SERVICE:
	case PK_MANUAL:
	case PK_EXTERNAL:
		s = valid_state(p->u.given) ? p->u.given : PS_NA;
		break;
	case PK_DISBURSE:
		s = plan_disb_state(&p->u.disb);
		break;
	case PK_COUNT:
		s = plan_count_state(&p->u.count);
		break;
	case PK_SURVEY:
		s = plan_survey_state(&p->u.survey);
		break;
	case PK_BUDGET:
		s = plan_budget_state(&p->u.budget);
		break;
	case PK_SICK:
		s = plan_sick_state(&p->u.sick, NULL);
		break;
	case PK_MILESTONE:
		s = plan_milestone_state(&p->u.ms, today);
		break;
	}
	return s;
}

struct plan_verdict
plan_sub_eval(const struct plan_sub *p, cal_day today)
{
	struct plan_verdict	 v;

	v.state = sub_state(p, today);
	v.marks = p->marks & (PLAN_PRELIM | PLAN_NOCOMP);
	return v;
}

/* --- a goal's rule ----------------------------------------------------- */

/* Three-valued AND and OR over PS_*: NA is "could be either". */
static enum plan_state
and3(enum plan_state a, enum plan_state b)
{
	enum plan_state	 s;

	if (a == PS_NOT_MET || b == PS_NOT_MET)
		s = PS_NOT_MET;
	else if (a == PS_MET && b == PS_MET)
		s = PS_MET;
	else
		s = PS_NA;
	return s;
}

static enum plan_state
or3(enum plan_state a, enum plan_state b)
{
	enum plan_state	 s;

	if (a == PS_MET || b == PS_MET)
		s = PS_MET;
	else if (a == PS_NOT_MET && b == PS_NOT_MET)
		s = PS_NOT_MET;
	else
		s = PS_NA;
	return s;
}

/* A sub-goal's state; with final_only a preliminary one counts as open. */
static enum plan_state
counted(const struct plan_sub *p, cal_day today, int final_only)
{
	struct plan_verdict	 v;

	v = plan_sub_eval(p, today);
	return final_only && (v.marks & PLAN_PRELIM) ? PS_NA : v.state;
}

/* Is sub-goal i the first of its group (or alone, group 0)? */
static int
group_first(const struct plan_goal *g, size_t i)
{
	size_t	 j;
	int	 first = 1;

	for (j = 0; j < i && first && g->subs[i].group > 0; j++)
		if (g->subs[j].group == g->subs[i].group)
			first = 0;
	return first;
}

static enum plan_state
rule_state(const struct plan_goal *g, cal_day today, int final_only)
{
	enum plan_state	 s = PS_MET, grp;
	size_t		 i, k;

	for (i = 0; i < g->nsubs; i++) {
		grp = counted(&g->subs[i], today, final_only);
		if (g->rule == PR_GROUPS && g->subs[i].group > 0) {
			if (!group_first(g, i))
				continue;
			for (k = i + 1; k < g->nsubs; k++)
				if (g->subs[k].group == g->subs[i].group)
					grp = or3(grp, counted(&g->subs[k],
					    today, final_only));
		}
		s = and3(s, grp);
	}
	return g->nsubs == 0 ? PS_NA : s;
}

struct plan_verdict
plan_goal_eval(const struct plan_goal *g, cal_day today)
{
	struct plan_verdict	 v;
	size_t			 i;

	v.state = PS_NA;
	v.marks = 0;
	if (g->rule == PR_VERDICT) {
		v.state = valid_state(g->verdict) ? g->verdict : PS_NA;
		v.marks = g->marks & (PLAN_PRELIM | PLAN_NOCOMP);
	} else if (g->rule == PR_ALL || g->rule == PR_GROUPS) {
		v.state = rule_state(g, today, 0);
		/* Preliminary unless the final results alone decide it. */
		if (v.state != PS_NA && rule_state(g, today, 1) != v.state)
			v.marks |= PLAN_PRELIM;
		for (i = 0; i < g->nsubs; i++)
			v.marks |= g->subs[i].marks & PLAN_NOCOMP;
	}
	return v;
}

/* --- score ------------------------------------------------------------- */

static int64_t
gcd64(int64_t a, int64_t b)
{
	int64_t	 t;

	while (b != 0) {
		t = a % b;
		a = b;
		b = t;
	}
	return a;
}

/* 10000 * k / n rounded half up (k <= n). */
static int64_t
share_bp(size_t k, size_t n)
{
	return n == 0 ? 0 :
	    (int64_t)((20000 * (uint64_t)k + n) / (2 * (uint64_t)n));
}

void
plan_score(const struct plan_verdict *v, size_t n, struct plan_score *sc)
{
	size_t	 i;
	int64_t	 g;

	memset(sc, 0, sizeof(*sc));
	sc->goals = n;
	for (i = 0; i < n; i++) {
		if (v[i].state == PS_MET)
			sc->met++;
		else if (v[i].state == PS_NOT_MET)
			sc->not_met++;
		else
			sc->open++;
		if (v[i].state != PS_NA && (v[i].marks & PLAN_PRELIM))
			sc->prelim++;
	}
	sc->num = 0;
	sc->den = 1;
	if (n > 0) {
		sc->num = 100 * (int64_t)sc->met;
		sc->den = (int64_t)n;
		g = gcd64(sc->num, sc->den);
		sc->num /= g;
		sc->den /= g;
	}
	sc->bp = share_bp(sc->met, n);
	sc->best_bp = share_bp(sc->met + sc->open, n);
}

char *
plan_fmt_bp(int64_t bp, char *buf, size_t bufsz)
{
	uint64_t	 m = u64_mag(bp);

	(void)snprintf(buf, bufsz, "%s%llu,%02llu", bp < 0 ? "-" : "",
	    (unsigned long long)(m / 100), (unsigned long long)(m % 100));
	return buf;
}

/* --- reporting deadlines ----------------------------------------------- */

static cal_day
add_days(cal_day d, int n)
{
	int64_t	 r = (int64_t)d + (n > 0 ? n : 0);

	return r > INT32_MAX ? INT32_MAX : (cal_day)r;
}

cal_day
plan_quarter_due(const struct plan_cadence *c, int year, int q)
{
	cal_day	 due = PLAN_NODAY;

	if (q == 1 && c->merge_q1)
		q = 2;
	if (q >= 1 && q <= 4)
		due = add_days(cal_quarter_end(year, q), c->days);
	return due;
}

size_t
plan_reports(const struct plan_cadence *c, int year, struct plan_report *out,
    size_t max)
{
	struct plan_report	 r[PLAN_REPORTS_MAX], t;
	size_t			 n = 0, i, j;
	int			 q;

	for (q = c->merge_q1 ? 2 : 1; q <= 4; q++) {
		r[n].year = year;
		r[n].period = (enum plan_period)q;
		r[n].first_q = q == 2 && c->merge_q1 ? 1 : q;
		r[n].last_q = q;
		r[n].period_end = cal_quarter_end(year, q);
		r[n].due = plan_quarter_due(c, year, q);
		n++;
	}
	r[n].year = year;
	r[n].period = PP_YEAR;
	r[n].first_q = 1;
	r[n].last_q = 4;
	r[n].period_end = cal_year_end(year);
	r[n].due = c->annual_days > 0 ?
	    add_days(cal_year_end(year), c->annual_days) :
	    plan_quarter_due(c, year, 4);
	n++;
	/* Stable: an annual report due with Q4 comes after it. */
	for (i = 1; i < n; i++) {
		t = r[i];
		for (j = i; j > 0 && r[j - 1].due > t.due; j--)
			r[j] = r[j - 1];
		r[j] = t;
	}
	if (n > max)
		n = max;
	if (n > 0)
		memcpy(out, r, n * sizeof(r[0]));
	return n;
}

int
plan_next_report(const struct plan_cadence *c, cal_day today,
    struct plan_report *out)
{
	struct plan_report	 r[PLAN_REPORTS_MAX];
	size_t			 n, i;
	int			 y, m, d, yy, found = -1;

	if (today != PLAN_NODAY) {
		cal_to_ymd(today, &y, &m, &d);
		/* Last year's Q4 and annual reports fall due this year. */
		for (yy = y - 1; yy <= y + 1; yy++) {
			n = plan_reports(c, yy, r, NELEM(r));
			for (i = 0; i < n; i++)
				if (r[i].due >= today &&
				    (found < 0 || r[i].due < out->due)) {
					*out = r[i];
					found = 0;
				}
		}
	}
	return found;
}

int
plan_days_left(cal_day due, cal_day today)
{
	int64_t	 d = (int64_t)due - today;

	if (d > INT_MAX)
		d = INT_MAX;
	else if (d < INT_MIN)
		d = INT_MIN;
	return (int)d;
}

/* --- red, yellow, green ------------------------------------------------ */

/* The order in which tracks combine: worst first. */
static int
rank(enum plan_track t)
{
	int	 r = 2;

	switch (t) {
	case PT_MISSED:
		r = 0;
		break;
	case PT_BEHIND:
		r = 1;
		break;
	case PT_UNKNOWN:
		r = 2;
		break;
	case PT_ON:
		r = 3;
		break;
	}
	return r;
}

static enum plan_track
worse(enum plan_track a, enum plan_track b)
{
	return rank(b) < rank(a) ? b : a;
}

static enum plan_track
better(enum plan_track a, enum plan_track b)
{
	return rank(b) > rank(a) ? b : a;
}

/* A verdict as a track: a miss is certain only when final. */
static enum plan_track
verdict_track(struct plan_verdict v, int certain)
{
	enum plan_track	 t = PT_UNKNOWN;

	if (v.state == PS_MET)
		t = PT_ON;
	else if (v.state == PS_NOT_MET)
		t = certain && !(v.marks & PLAN_PRELIM) ? PT_MISSED :
		    PT_BEHIND;
	return t;
}

/* Whole days of the year gone before today, 0..days in the year. */
static int64_t
elapsed(int year, cal_day today)
{
	int64_t	 e = (int64_t)today - cal_year_start(year);
	int64_t	 len = (int64_t)cal_year_end(year) - cal_year_start(year) + 1;

	if (e < 0)
		e = 0;
	else if (e > len)
		e = len;
	return e;
}

/* A count during the year: at or past its pro-rata share by today. */
static enum plan_track
count_track(const struct plan_count *c, int year, cal_day today)
{
	enum plan_track	 t = PT_BEHIND;
	int64_t		 e, len;

	e = elapsed(year, today);
	len = (int64_t)cal_year_end(year) - cal_year_start(year) + 1;
	switch (c->cmp) {
	case PC_GE:
		if (c->result >= c->target ||
		    mulcmp(c->result, len, c->target, e) >= 0)
			t = PT_ON;
		break;
	case PC_LE:
		if (c->result <= c->target &&
		    mulcmp(c->result, len, c->target, e) <= 0)
			t = PT_ON;
		break;
	case PC_GROWTH:
		if (c->result > c->prior ||
		    mulcmp(c->result, len, c->prior, e) >= 0)
			t = PT_ON;
		break;
	}
	return t;
}

enum plan_track
plan_sub_track(const struct plan_sub *p, int year, cal_day today)
{
	struct plan_verdict	 v;
	enum plan_track		 t;
	int			 over;

	over = today == PLAN_NODAY || today > cal_year_end(year);
	v = plan_sub_eval(p, today);
	t = verdict_track(v, over);
	switch (p->kind) {
	case PK_MANUAL:
	case PK_EXTERNAL:
	case PK_DISBURSE:
		/* A decision, or a late pool, does not wait for the year. */
		t = verdict_track(v, 1);
		if (p->kind == PK_DISBURSE && v.state == PS_NA &&
		    p->u.disb.pending > 0)
			t = p->u.disb.at_risk > 0 ? PT_BEHIND : PT_ON;
		break;
	case PK_MILESTONE:
		t = verdict_track(v, 1);
		if (v.state == PS_NA && p->u.ms.deadline != PLAN_NODAY &&
		    today != PLAN_NODAY)
			t = PT_ON;	/* not due yet */
		break;
	case PK_COUNT:
		if (!over && v.state != PS_NA)
			t = count_track(&p->u.count, year, today);
		break;
	case PK_SERVICE:
	case PK_SURVEY:
	case PK_BUDGET:
	case PK_SICK:
		break;
	}
	return t;
}

static enum plan_track
rule_track(const struct plan_goal *g, enum plan_rule rule, int year,
    cal_day today)
{
	enum plan_track	 t = PT_ON, grp;
	size_t		 i, k;

	for (i = 0; i < g->nsubs; i++) {
		grp = plan_sub_track(&g->subs[i], year, today);
		if (rule == PR_GROUPS && g->subs[i].group > 0) {
			if (!group_first(g, i))
				continue;
			for (k = i + 1; k < g->nsubs; k++)
				if (g->subs[k].group == g->subs[i].group)
					grp = better(grp, plan_sub_track(
					    &g->subs[k], year, today));
		}
		t = worse(t, grp);
	}
	return g->nsubs == 0 ? PT_UNKNOWN : t;
}

enum plan_track
plan_goal_track(const struct plan_goal *g, int year, cal_day today)
{
	struct plan_verdict	 v;
	enum plan_track		 t = PT_UNKNOWN;

	if (g->rule == PR_VERDICT) {
		v = plan_goal_eval(g, today);
		t = v.state != PS_NA ? verdict_track(v, 1) :
		    rule_track(g, PR_ALL, year, today);
	} else if (g->rule == PR_ALL || g->rule == PR_GROUPS)
		t = rule_track(g, g->rule, year, today);
	return t;
}

enum plan_ryg
plan_suggest(const struct plan_goal *g, int year, cal_day today)
{
	enum plan_ryg	 r = PRYG_NONE;

	switch (plan_goal_track(g, year, today)) {
	case PT_ON:
		r = PRYG_GREEN;
		break;
	case PT_BEHIND:
		r = PRYG_YELLOW;
		break;
	case PT_MISSED:
		r = PRYG_RED;
		break;
	case PT_UNKNOWN:
		break;
	}
	return r;
}

static int
valid_ryg(enum plan_ryg r)
{
	return r == PRYG_GREEN || r == PRYG_YELLOW || r == PRYG_RED;
}

enum plan_ryg
plan_ryg_effective(enum plan_ryg suggested, enum plan_ryg chosen)
{
	enum plan_ryg	 r = PRYG_NONE;

	if (valid_ryg(chosen))
		r = chosen;
	else if (valid_ryg(suggested))
		r = suggested;
	return r;
}

unsigned
plan_required(enum plan_ryg r)
{
	unsigned	 need = PLAN_NEED_STATUS;

	if (r == PRYG_GREEN)
		need = 0;
	else if (r == PRYG_YELLOW || r == PRYG_RED)
		need = PLAN_NEED_CAUSE | PLAN_NEED_CONSEQ | PLAN_NEED_ACTION;
	return need;
}

static int
blank(const char *s)
{
	int	 b = 1;

	for (; s != NULL && *s != '\0' && b; s++)
		if (strchr(" \t\r\n\f\v", *s) == NULL)
			b = 0;
	return b;
}

unsigned
plan_missing(enum plan_ryg r, const char *cause, const char *conseq,
    const char *action)
{
	unsigned	 need = plan_required(r);
	unsigned	 miss = need & PLAN_NEED_STATUS;

	if ((need & PLAN_NEED_CAUSE) && blank(cause))
		miss |= PLAN_NEED_CAUSE;
	if ((need & PLAN_NEED_CONSEQ) && blank(conseq))
		miss |= PLAN_NEED_CONSEQ;
	if ((need & PLAN_NEED_ACTION) && blank(action))
		miss |= PLAN_NEED_ACTION;
	return miss;
}

/* --- codes and labels -------------------------------------------------- */

#define PLAN_KIND_NAME(e, code, label)	[e] = { code, label },
static const char *const kind_names[][2] = {
	PLAN_KINDS(PLAN_KIND_NAME)
};
#undef PLAN_KIND_NAME

static const char *const rule_codes[] = {
	[PR_ALL]	= "all",
	[PR_GROUPS]	= "groups",
	[PR_VERDICT]	= "verdict",
};

static const char *const state_names[][2] = {
	[PS_NA]		= { "na",	"Kan endnu ikke vurderes" },
	[PS_MET]	= { "met",	"Opfyldt" },
	[PS_NOT_MET]	= { "not_met",	"Ikke opfyldt" },
};

static const char *const ryg_names[][2] = {
	[PRYG_NONE]	= { "none",	"Ingen status" },
	[PRYG_GREEN]	= { "green",	"Grøn" },
	[PRYG_YELLOW]	= { "yellow",	"Gul" },
	[PRYG_RED]	= { "red",	"Rød" },
};

const char *
plan_kind_code(enum plan_kind k)
{
	return (unsigned)k < NELEM(kind_names) ? kind_names[k][0] : "";
}

const char *
plan_kind_label(enum plan_kind k)
{
	return (unsigned)k < NELEM(kind_names) ? kind_names[k][1] : "";
}

int
plan_kind_parse(const char *s, enum plan_kind *out)
{
	size_t	 i;
	int	 rc = -1;

	for (i = 0; s != NULL && i < NELEM(kind_names) && rc < 0; i++)
		if (strcmp(s, kind_names[i][0]) == 0) {
			*out = (enum plan_kind)i;
			rc = 0;
		}
	return rc;
}

const char *
plan_rule_code(enum plan_rule r)
{
	return (unsigned)r < NELEM(rule_codes) ? rule_codes[r] : "";
}

int
plan_rule_parse(const char *s, enum plan_rule *out)
{
	size_t	 i;
	int	 rc = -1;

	for (i = 0; s != NULL && i < NELEM(rule_codes) && rc < 0; i++)
		if (strcmp(s, rule_codes[i]) == 0) {
			*out = (enum plan_rule)i;
			rc = 0;
		}
	return rc;
}

const char *
plan_state_code(enum plan_state s)
{
	return (unsigned)s < NELEM(state_names) ? state_names[s][0] :
	    state_names[PS_NA][0];
}

const char *
plan_state_label(enum plan_state s)
{
	return (unsigned)s < NELEM(state_names) ? state_names[s][1] :
	    state_names[PS_NA][1];
}

const char *
plan_ryg_code(enum plan_ryg r)
{
	return (unsigned)r < NELEM(ryg_names) ? ryg_names[r][0] :
	    ryg_names[PRYG_NONE][0];
}

const char *
plan_ryg_label(enum plan_ryg r)
{
	return (unsigned)r < NELEM(ryg_names) ? ryg_names[r][1] :
	    ryg_names[PRYG_NONE][1];
}

int
plan_ryg_parse(const char *s, enum plan_ryg *out)
{
	size_t	 i;
	int	 rc = -1;

	for (i = 0; s != NULL && i < NELEM(ryg_names) && rc < 0; i++)
		if (strcmp(s, ryg_names[i][0]) == 0) {
			*out = (enum plan_ryg)i;
			rc = 0;
		}
	return rc;
}
