/* goal: service-time evaluation, pure (goal.h has the definitions). */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "cal.h"
#include "goal.h"
#include "grant.h"

#define FOREVER		INT64_MAX	/* end of a pause still lasting */

static int
clamp_int(int64_t v)
{
	return v > INT_MAX ? INT_MAX : v < INT_MIN ? INT_MIN : (int)v;
}

/* --- versions ---------------------------------------------------------- */

static int
version_valid(const struct goal_version *v)
{
	int	 max;

	max = v->unit == GOAL_MONTHS ? GOAL_MAXLIMIT / 30 : GOAL_MAXLIMIT;
	return (v->unit == GOAL_DAYS || v->unit == GOAL_WORKDAYS ||
	    v->unit == GOAL_MONTHS) &&
	    (v->pause == GOAL_GROSS || v->pause == GOAL_NET) &&
	    (v->period == GOAL_DECIDED || v->period == GOAL_SERVICEDESK) &&
	    v->valid_from != GOAL_NODAY &&
	    v->limit >= 0 && v->limit <= max &&
	    v->target_pm >= 0 && v->target_pm <= 1000;
}

int
goal_valid(const struct goal *g)
{
	size_t	 i;
	int	 ok;

	ok = g != NULL && g->versions != NULL && g->nversions > 0 &&
	    g->nversions <= GOAL_MAXVERSIONS;
	for (i = 0; ok && i < g->nversions; i++)
		ok = version_valid(&g->versions[i]);
	return ok ? 0 : -1;
}

size_t
goal_version_at(const struct goal *g, cal_day day)
{
	size_t	 i, best = 0, first = 0;
	int	 found = 0;

	for (i = 0; i < g->nversions; i++) {
		if (g->versions[i].valid_from <= g->versions[first].valid_from)
			first = i;
		if (g->versions[i].valid_from <= day && (!found ||
		    g->versions[i].valid_from >= g->versions[best].valid_from)) {
			best = i;
			found = 1;
		}
	}
	return found ? best : first;
}

/* --- counting days ----------------------------------------------------- */

/* Days of (a, b] that the clock counts: every day, or working days. */
static int64_t
unit_days(int wd, unsigned flags, int64_t a, int64_t b)
{
	int64_t	 n = 0;

	if (b > a)
		n = wd ? cal_workdays_between((cal_day)a, (cal_day)b, flags) :
		    b - a;
	return n;
}

/* The n-th counting day after d (n > 0). */
static int64_t
unit_add(int wd, unsigned flags, int64_t d, int64_t n)
{
	return wd ? cal_add_workdays((cal_day)d, (int)n, flags) : d + n;
}

/* Pause p as known at asof, as the days (s, e] it takes; 0 if none. */
static int
pause_known(const struct grant_pause *p, cal_day asof, int64_t *s,
    int64_t *e)
{
	int	 known = 0;

	if (p->start != GOAL_NODAY && p->start <= asof) {
		*s = p->start;
		*e = p->end == GOAL_NODAY || p->end > asof ? FOREVER : p->end;
		known = *s < *e;
	}
	return known;
}

/*
 * The next stretch of paused days after cur: the earliest known pause
 * ending after cur, clipped to start at cur, grown through every pause
 * overlapping or touching it, as (bs, be].  Quadratic, as grant's
 * sweep, but cases have few pauses and nothing is allocated.
 */
static int
next_stretch(const struct goal_case *c, cal_day asof, int64_t cur,
    int64_t *bs, int64_t *be)
{
	int64_t	 s, e;
	size_t	 i;
	int	 found = 0, grown;

	for (i = 0; i < c->npauses; i++) {
		if (!pause_known(&c->pauses[i], asof, &s, &e) || e <= cur)
			continue;
		if (s < cur)
			s = cur;
		if (!found || s < *bs) {
			*bs = s;
			*be = e;
			found = 1;
		}
	}
	do {
		grown = 0;
		for (i = 0; found && i < c->npauses; i++) {
			if (!pause_known(&c->pauses[i], asof, &s, &e))
				continue;
			if (s <= *be && e > *be) {
				*be = e;
				grown = 1;
			}
		}
	} while (grown);
	return found;
}

/* Counting days of (start, x] not paused (pauses known at asof). */
static int64_t
net_days(const struct goal_case *c, cal_day asof, int wd, unsigned flags,
    int64_t x)
{
	int64_t	 cur = c->start, n = 0, s, e;

	while (cur < x && next_stretch(c, asof, cur, &s, &e) && s < x) {
		n += unit_days(wd, flags, cur, s);
		cur = e < x ? e : x;
	}
	if (cur < x)
		n += unit_days(wd, flags, cur, x);
	return n;
}

/*
 * The k-th (k > 0) counting day after start that is not paused, or
 * GOAL_NODAY if a lasting pause comes first.
 */
static int64_t
nth_day(const struct goal_case *c, cal_day asof, int wd, unsigned flags,
    int net, int64_t k)
{
	int64_t	 cur = c->start, rem = k, avail, s, e, day = GOAL_NODAY;

	for (;;) {
		if (!net || !next_stretch(c, asof, cur, &s, &e)) {
			day = unit_add(wd, flags, cur, rem);
			break;
		}
		avail = unit_days(wd, flags, cur, s);
		if (rem <= avail) {
			day = unit_add(wd, flags, cur, rem);
			break;
		}
		rem -= avail;
		if (e == FOREVER)
			break;
		cur = e;
	}
	return day;
}

/* The least m >= 0 with e <= cal_add_months(start, m). */
static int64_t
months_ceil(cal_day start, int64_t e)
{
	int	 ys, ms, ye, me;
	int64_t	 m = 0;

	if (e > start) {
		/* From the month of e: one before it is always too early. */
		cal_to_ymd(start, &ys, &ms, NULL);
		cal_to_ymd((cal_day)e, &ye, &me, NULL);
		m = (int64_t)(ye - ys) * 12 + (me - ms);
		while (cal_add_months(start, (int)m) < e)
			m++;
	}
	return m;
}

/* Where the clock is read: the stop, or asof while the case is open. */
static cal_day
clock_end(const struct goal_case *c, cal_day asof)
{
	return c->stop != GOAL_NODAY && c->stop <= asof ? c->stop : asof;
}

int
goal_elapsed(const struct goal_version *v, const struct goal_case *c,
    cal_day asof, enum goal_pause rule)
{
	int64_t	 end = clock_end(c, asof), t = 0, x;
	int	 wd = v->unit == GOAL_WORKDAYS, net = rule == GOAL_NET;

	if (end > c->start) {
		if (v->unit == GOAL_MONTHS) {
			x = net ? c->start + net_days(c, asof, 0, 0, end) : end;
			t = months_ceil(c->start, x);
		} else {
			x = end;
			/* A stop on a day off counts on the next working day. */
			if (wd && !cal_is_workday((cal_day)x, v->wdflags))
				x = cal_add_workdays((cal_day)x, 1, v->wdflags);
			t = net ? net_days(c, asof, wd, v->wdflags, x) :
			    unit_days(wd, v->wdflags, c->start, x);
		}
	}
	return clamp_int(t);
}

cal_day
goal_breach_day(const struct goal_version *v, const struct goal_case *c,
    cal_day asof)
{
	int64_t	 k, w, b = GOAL_NODAY;
	int	 wd = v->unit == GOAL_WORKDAYS, net = v->pause == GOAL_NET;

	/* Months are calendar days up to the clamped month deadline. */
	k = v->unit == GOAL_MONTHS ?
	    (int64_t)cal_add_months(c->start, v->limit) - c->start + 1 :
	    (int64_t)v->limit + 1;
	w = nth_day(c, asof, wd, v->wdflags, net, k);
	if (w != GOAL_NODAY) {
		b = w;
		/*
		 * Days off before the (limit + 1)-th working day round up
		 * to it, so they are late too: the breach is the day after
		 * the last working day before it (never before start + 1).
		 */
		if (wd) {
			b = (int64_t)cal_add_workdays((cal_day)w, -1,
			    v->wdflags) + 1;
			if (b < (int64_t)c->start + 1)
				b = (int64_t)c->start + 1;
		}
	}
	return (cal_day)b;
}

/* A pause that has begun by asof and not ended by it. */
static int
pause_lasting(const struct goal_case *c, cal_day asof)
{
	int64_t	 s, e;
	size_t	 i;
	int	 lasting = 0;

	for (i = 0; i < c->npauses; i++)
		if (pause_known(&c->pauses[i], asof, &s, &e) && e == FOREVER)
			lasting = 1;
	return lasting;
}

enum goal_cstate
goal_case_eval(const struct goal *g, const struct goal_case *c, cal_day asof,
    struct goal_case_state *st)
{
	const struct goal_version *v;
	int64_t	 end;

	memset(st, 0, sizeof(*st));
	st->state = GOAL_CS_NONE;
	st->breach = GOAL_NODAY;
	if (c->start == GOAL_NODAY || c->start > asof ||
	    (c->stop != GOAL_NODAY && c->stop < c->start))
		goto out;
	st->version = goal_version_at(g, c->start);
	v = &g->versions[st->version];
	st->gross = goal_elapsed(v, c, asof, GOAL_GROSS);
	st->net = goal_elapsed(v, c, asof, GOAL_NET);
	st->elapsed = v->pause == GOAL_NET ? st->net : st->gross;
	st->breach = goal_breach_day(v, c, asof);
	end = clock_end(c, asof);
	st->paused_days = clamp_int(end - c->start -
	    net_days(c, asof, 0, 0, end));
	if (c->stop != GOAL_NODAY && c->stop <= asof)
		st->state = st->elapsed <= v->limit ? GOAL_CS_MET :
		    GOAL_CS_MISSED;
	else {
		st->paused = pause_lasting(c, asof);
		st->state = st->breach != GOAL_NODAY && st->breach <= asof ?
		    GOAL_CS_BREACHED : GOAL_CS_OPEN;
	}
out:
	return st->state;
}

/* --- shares and percentiles -------------------------------------------- */

int
goal_pm(struct goal_ratio r)
{
	return r.den <= 0 ? GOAL_NOVALUE : clamp_int(r.num * 1000 / r.den);
}

enum goal_verdict
goal_verdict_of(struct goal_ratio r, int target_pm)
{
	enum goal_verdict v = GOAL_NODATA;

	if (r.den > 0)
		v = r.num * 1000 >= (long long)target_pm * r.den ? GOAL_MET :
		    GOAL_NOTMET;
	return v;
}

size_t
goal_rank(size_t n, int p)
{
	if (p < 1)
		p = 1;
	if (p > 100)
		p = 100;
	return (n * (size_t)p + 99) / 100;
}

/* Moves v[i] down the max-heap v[0..n-1] to where it belongs. */
static void
sift(int *v, size_t i, size_t n)
{
	size_t	 c;
	int	 t;

	while ((c = 2 * i + 1) < n) {
		if (c + 1 < n && v[c + 1] > v[c])
			c++;
		if (v[i] >= v[c])
			break;
		t = v[i];
		v[i] = v[c];
		v[c] = t;
		i = c;
	}
}

/* Heapsort: in place and in O(n log n), where qsort may allocate. */
static void
sort_ints(int *v, size_t n)
{
	size_t	 i;
	int	 t;

	for (i = n / 2; i > 0; i--)
		sift(v, i - 1, n);
	for (i = n; i > 1; i--) {
		t = v[0];
		v[0] = v[i - 1];
		v[i - 1] = t;
		sift(v, 0, i - 1);
	}
}

int
goal_percentile(int *v, size_t n, int p)
{
	int	 x = GOAL_NOVALUE;

	if (n > 0) {
		sort_ints(v, n);
		x = v[goal_rank(n, p) - 1];
	}
	return x;
}

/* p50, p90, p95 of v[0..n-1] (sorted once). */
static void
percentiles(int *v, size_t n, int *p50, int *p90, int *p95)
{
	*p50 = *p90 = *p95 = GOAL_NOVALUE;
	if (v != NULL && n > 0) {
		*p50 = goal_percentile(v, n, 50);
		*p90 = v[goal_rank(n, 90) - 1];
		*p95 = v[goal_rank(n, 95) - 1];
	}
}

static struct goal_ratio
ratio(long long num, long long den)
{
	struct goal_ratio r;

	r.num = num;
	r.den = den;
	return r;
}

/* Some two versions in mask differ in unit or pause rule. */
static int
mixed(const struct goal *g, uint64_t mask)
{
	const struct goal_version *a = NULL, *v;
	size_t	 i;
	int	 mix = 0;

	for (i = 0; i < g->nversions; i++) {
		if (!(mask & ((uint64_t)1 << i)))
			continue;
		v = &g->versions[i];
		if (a == NULL)
			a = v;
		else if (v->unit != a->unit || v->pause != a->pause)
			mix = 1;
	}
	return mix;
}

/* --- a period ---------------------------------------------------------- */

/* The shares, and whether each meets the target, from the counts (see
 * struct goal_figures); savable: the at-risk cases the best case saves. */
static void
shares(struct goal_figures *f, long long savable)
{
	f->share = ratio(f->within, f->completed + f->extra);
	if (f->finished)
		f->worst = f->share;
	else
		f->worst = ratio(f->within,
		    f->completed + f->breached + f->at_risk);
	f->best = ratio(f->within + savable,
	    f->completed + f->extra + savable);
	f->share_pm = goal_pm(f->share);
	f->worst_pm = goal_pm(f->worst);
	f->best_pm = goal_pm(f->best);
	f->met = goal_verdict_of(f->share, f->target_pm);
	f->worst_met = goal_verdict_of(f->worst, f->target_pm);
	f->best_met = goal_verdict_of(f->best, f->target_pm);
}

/* The average stop of the clock, and whether the versions mix kinds. */
static void
stops_and_kinds(const struct goal *g, struct goal_figures *f)
{
	f->paused_avg = ratio(f->paused_days, f->paused_cases);
	f->paused_avg_tenths = f->paused_cases == 0 ? GOAL_NOVALUE :
	    clamp_int((f->paused_days * 20 + f->paused_cases) /
	    (2 * f->paused_cases));
	f->mixed_units = mixed(g, f->versions);
}

int
goal_eval(const struct goal *g, const struct goal_case *cases, size_t n,
    cal_day from, cal_day to, cal_day asof, int *work, struct goal_figures *f)
{
	const struct goal_version *v;
	struct goal_case_state st;
	size_t	 i, nc = 0, no = 0;
	long long savable = 0;
	cal_day	 a;
	int	 rc = -1;

	memset(f, 0, sizeof(*f));
	if (goal_valid(g) == -1 || from == GOAL_NODAY || to == GOAL_NODAY ||
	    asof == GOAL_NODAY || to < from)
		goto out;
	a = asof < to ? asof : to;
	f->from = from;
	f->to = to;
	f->asof = a;
	f->finished = asof > to;
	f->version = goal_version_at(g, to);
	v = &g->versions[f->version];
	f->target_pm = v->target_pm;
	f->limit = v->limit;
	f->unit = v->unit;

	for (i = 0; i < n; i++) {
		switch (goal_case_eval(g, &cases[i], a, &st)) {
		case GOAL_CS_NONE:
			if (cases[i].start == GOAL_NODAY ||
			    (cases[i].stop != GOAL_NODAY &&
			    cases[i].stop < cases[i].start))
				f->ignored++;
			continue;
		case GOAL_CS_MET:
		case GOAL_CS_MISSED:
			if (cases[i].stop < from)
				continue;
			f->completed++;
			if (st.state == GOAL_CS_MET)
				f->within++;
			f->versions |= (uint64_t)1 << st.version;
			if (st.paused_days > 0) {
				f->paused_cases++;
				f->paused_days += st.paused_days;
			}
			if (work != NULL)
				work[nc++] = st.elapsed;
			continue;
		case GOAL_CS_BREACHED:
			f->breached++;
			if (g->versions[st.version].period ==
			    GOAL_SERVICEDESK && st.breach >= from) {
				f->extra++;
				f->versions |= (uint64_t)1 << st.version;
			}
			break;
		case GOAL_CS_OPEN:
			f->open_within++;
			if (!f->finished && st.breach != GOAL_NODAY &&
			    st.breach <= to) {
				f->at_risk++;
				/* Can be decided in time within the period. */
				if (st.breach > from)
					savable++;
			}
			break;
		}
		f->open++;
		f->open_versions |= (uint64_t)1 << st.version;
		/* Ages from the end of work, times from its start. */
		if (work != NULL)
			work[n - ++no] = st.elapsed;
	}

	shares(f, savable);

	percentiles(work, nc, &f->p50, &f->p90, &f->p95);
	percentiles(work == NULL ? NULL : work + (n - no), no,
	    &f->age_p50, &f->age_p90, &f->age_p95);

	stops_and_kinds(g, f);
	rc = 0;
out:
	return rc;
}

int
goal_trend(const struct goal *g, const struct goal_case *cases, size_t n,
    int y0, int y1, cal_day asof, int *work, struct goal_figures *out,
    size_t max)
{
	struct goal_figures fig;
	size_t	 k = 0;
	int	 y, q, rc = -1;

	if (y1 < y0 || y1 - y0 >= 1000 || goal_valid(g) == -1)
		goto out;
	for (y = y0; y <= y1; y++)
		for (q = 1; q <= 4; q++, k++) {
			if (k >= max)
				continue;
			if (goal_eval(g, cases, n, cal_quarter_start(y, q),
			    cal_quarter_end(y, q), asof, work, &fig) == -1)
				goto out;
			out[k] = fig;
		}
	rc = (int)k;
out:
	return rc;
}

/* --- histogram --------------------------------------------------------- */

size_t
goal_hist_edges(int limit, int *lo, size_t max)
{
	int64_t	 w, k, i;
	size_t	 n = 0;

	if (max < 3 || limit < 0)
		goto out;
	w = (int64_t)limit + 1;
	k = w < 10 ? w : 10;
	if ((size_t)k > (max - 1) / 2)
		k = (int64_t)((max - 1) / 2);
	for (i = 0; i < 2 * k; i++)
		lo[n++] = clamp_int((i / k) * w + ((i % k) * w + k - 1) / k);
	lo[n++] = clamp_int(2 * w);
out:
	return n;
}

int
goal_hist(const struct goal *g, const struct goal_case *cases, size_t n,
    cal_day from, cal_day to, cal_day asof, const int *lo, size_t nlo,
    struct goal_hist *h)
{
	struct goal_case_state st;
	size_t	 i, b;
	cal_day	 a;
	int	 rc = -1;

	memset(h, 0, sizeof(*h));
	if (goal_valid(g) == -1 || from == GOAL_NODAY || to == GOAL_NODAY ||
	    asof == GOAL_NODAY || to < from || nlo == 0 ||
	    nlo > GOAL_HIST_MAX)
		goto out;
	for (i = 1; i < nlo; i++)
		if (lo[i] <= lo[i - 1])
			goto out;
	h->n = nlo;
	memcpy(h->lo, lo, nlo * sizeof(*lo));
	h->limit = g->versions[goal_version_at(g, to)].limit;
	/* The bucket holding limit + 1; bucket 0 also holds what is below. */
	for (h->over = 0; h->over + 1 < nlo && lo[h->over + 1] <= h->limit + 1;
	    h->over++)
		;
	h->straddles = h->over == 0 || lo[h->over] < h->limit + 1;
	a = asof < to ? asof : to;
	for (i = 0; i < n; i++) {
		goal_case_eval(g, &cases[i], a, &st);
		if ((st.state != GOAL_CS_MET && st.state != GOAL_CS_MISSED) ||
		    cases[i].stop < from)
			continue;
		for (b = 0; b + 1 < nlo && lo[b + 1] <= st.elapsed; b++)
			;
		h->count[b]++;
	}
	rc = 0;
out:
	return rc;
}

/* --- rollups ----------------------------------------------------------- */

int
goal_done_of(const struct goal *g, const struct goal_case *c,
    struct goal_done *d)
{
	struct goal_case_state st;
	int	 rc = 0;

	memset(d, 0, sizeof(*d));
	if (c->start == GOAL_NODAY || c->stop == GOAL_NODAY ||
	    c->stop < c->start)
		goto out;
	/* As of its stop: the judgement it keeps from then on. */
	switch (goal_case_eval(g, c, c->stop, &st)) {
	case GOAL_CS_MET:
	case GOAL_CS_MISSED:
		d->version = st.version;
		d->elapsed = st.elapsed;
		d->n = 1;
		d->paused_n = st.paused_days > 0;
		d->paused_days = st.paused_days;
		rc = 1;
		break;
	default:
		break;
	}
out:
	return rc;
}

/* Moves w[i] down the max-heap w[0..n-1] (by v). */
static void
sift_wv(struct goal_wv *w, size_t i, size_t n)
{
	struct goal_wv	 t;
	size_t		 c;

	while ((c = 2 * i + 1) < n) {
		if (c + 1 < n && w[c + 1].v > w[c].v)
			c++;
		if (w[i].v >= w[c].v)
			break;
		t = w[i];
		w[i] = w[c];
		w[c] = t;
		i = c;
	}
}

/* The nearest-rank p50, p90, p95 of the weighted values w[0..n-1]. */
static void
percentiles_wv(struct goal_wv *w, size_t n, int *p50, int *p90, int *p95)
{
	static const int ps[3] = { 50, 90, 95 };
	int		*out[3] = { p50, p90, p95 };
	struct goal_wv	 t;
	long long	 total = 0, cum;
	size_t		 i, k, r;

	*p50 = *p90 = *p95 = GOAL_NOVALUE;
	for (i = 0; w != NULL && i < n; i++)
		total += w[i].n;
	if (w == NULL || total <= 0)
		return;
	for (i = n / 2; i > 0; i--)
		sift_wv(w, i - 1, n);
	for (i = n; i > 1; i--) {
		t = w[0];
		w[0] = w[i - 1];
		w[i - 1] = t;
		sift_wv(w, 0, i - 1);
	}
	for (k = 0; k < 3; k++) {
		r = goal_rank((size_t)total, ps[k]);
		for (i = 0, cum = 0; i < n; i++) {
			cum += w[i].n;
			if ((size_t)cum >= r) {
				*out[k] = w[i].v;
				break;
			}
		}
	}
}

int
goal_eval_rollup(const struct goal *g, const struct goal_done *d, size_t nd,
    const struct goal_open *o, size_t no, cal_day from, cal_day to,
    cal_day asof, struct goal_wv *work, struct goal_figures *f)
{
	const struct goal_version *v;
	struct goal_case_state st;
	size_t	 i, nc = 0, nw = 0;
	long long savable = 0, n;
	cal_day	 a;
	int	 rc = -1;

	memset(f, 0, sizeof(*f));
	if (goal_valid(g) == -1 || from == GOAL_NODAY || to == GOAL_NODAY ||
	    asof == GOAL_NODAY || to < from)
		goto out;
	for (i = 0; i < nd; i++)
		if (d[i].version >= g->nversions)
			goto out;
	a = asof < to ? asof : to;
	f->from = from;
	f->to = to;
	f->asof = a;
	f->finished = asof > to;
	f->version = goal_version_at(g, to);
	v = &g->versions[f->version];
	f->target_pm = v->target_pm;
	f->limit = v->limit;
	f->unit = v->unit;

	/* The closed cases: as goal_eval's GOAL_CS_MET and _MISSED. */
	for (i = 0; i < nd; i++) {
		if ((n = d[i].n) <= 0)
			continue;
		f->completed += n;
		if (d[i].elapsed <= g->versions[d[i].version].limit)
			f->within += n;
		f->versions |= (uint64_t)1 << d[i].version;
		f->paused_cases += d[i].paused_n;
		f->paused_days += d[i].paused_days;
		if (work != NULL) {
			work[nc].v = d[i].elapsed;
			work[nc++].n = n;
		}
	}
	/* The open ones, judged as of A as goal_eval does. */
	for (i = 0; i < no; i++) {
		if ((n = o[i].n) <= 0)
			continue;
		switch (goal_case_eval(g, &o[i].c, a, &st)) {
		case GOAL_CS_BREACHED:
			f->breached += n;
			if (g->versions[st.version].period ==
			    GOAL_SERVICEDESK && st.breach >= from) {
				f->extra += n;
				f->versions |= (uint64_t)1 << st.version;
			}
			break;
		case GOAL_CS_OPEN:
			f->open_within += n;
			if (!f->finished && st.breach != GOAL_NODAY &&
			    st.breach <= to) {
				f->at_risk += n;
				if (st.breach > from)
					savable += n;
			}
			break;
		default:
			continue;	/* not open at A: not the caller's row */
		}
		f->open += n;
		f->open_versions |= (uint64_t)1 << st.version;
		if (work != NULL) {
			work[nd + no - ++nw].v = st.elapsed;
			work[nd + no - nw].n = n;
		}
	}

	shares(f, savable);

	percentiles_wv(work, nc, &f->p50, &f->p90, &f->p95);
	percentiles_wv(work == NULL ? NULL : work + (nd + no - nw), nw,
	    &f->age_p50, &f->age_p90, &f->age_p95);

	stops_and_kinds(g, f);
	rc = 0;
out:
	return rc;
}
