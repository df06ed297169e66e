/*
 * goal: service-time goals ("90 % of the accounts processed within 155
 * days") as pure functions: cases in, figures out; no I/O and no
 * allocation (the one buffer it needs is the caller's).  The rules are
 * in ../shared/domain.md §1.2, §2, §6 and anchors-grants-sla.md §2-§5.
 *
 * The dashboard's SQL must compute the same figures, so every figure is
 * defined here in terms of days, and tests/unit/check_goal.c compares
 * the module with a deliberately naive day-by-day reference.
 *
 * Days.  A case's clock starts on day `start` and stops on day `stop`.
 * A day d is "after start up to and including E" when start < d <= E;
 * elapsed time counts such days, so a case stopped on the day it started
 * took 0, the next day 1.  Pauses (returned for correction) are struct
 * grant_pause [start, end) exactly as on the case page: the pause takes
 * the days p.start < d <= p.end off the clock (the day of the return
 * still counts, the day of the resubmission does not), which in calendar
 * days is the same count as grant_clock_days() with pauses stopping the
 * clock.  Pauses may overlap, touch, come in any order, begin before
 * start; a pause with end GOAL_NODAY is ongoing.  Pauses with start
 * GOAL_NODAY, or end <= start, take nothing.
 *
 * As of.  Every judgement is made "as of" a day A, seeing only what is
 * dated A or earlier: a stop after A is not yet a stop (the case
 * is open), a pause beginning after A does not exist yet, a pause ending
 * after A is still ongoing, and a case started after A does not exist.
 * So a past period always gives what it gave on its last day.
 */
#ifndef FRIST_GOAL_H
#define FRIST_GOAL_H

#include <stddef.h>
#include <stdint.h>

#include "cal.h"
#include "grant.h"

#define GOAL_NODAY	GRANT_NODAY	/* open case, ongoing pause, no day */
#define GOAL_NOVALUE	(-1)		/* a percentile or share of nothing */
#define GOAL_MAXVERSIONS 64		/* versions are a bitmask in figures */
#define GOAL_MAXLIMIT	36600		/* days or working days; months: / 30 */

/*
 * Units.  In every unit, elapsed(E) is the least n >= 0 such that
 * E <= add(start, n), and a case is within its limit iff elapsed <= limit,
 * i.e. iff stop <= add(start, limit):
 *   GOAL_DAYS	   add = start + n: calendar days, stop - start.
 *   GOAL_WORKDAYS add = cal_add_workdays(start, n): Danish working days
 *		   (cal.h, with the version's flags) in (start, stop], where
 *		   a stop on a weekend or holiday counts as on the next
 *		   working day: registered within 1 working day means
 *		   stop <= cal_add_workdays(start, 1), as wbstats' deadline.
 *   GOAL_MONTHS   add = cal_add_months(start, n), clamped to the month
 *		   end: 31 January + 1 month is 28/29 February, so a case
 *		   started on 31 January is within 1 month up to that day.
 * Net time (GOAL_NET) takes the paused days off: in days and working
 * days it counts only the days above that lie in no pause (a stop on a
 * day off still counts on the next working day); in months the clock is
 * read at start + net calendar days, i.e. the month deadline moves on
 * by the calendar days paused.
 */
enum goal_unit {
	GOAL_DAYS,
	GOAL_WORKDAYS,
	GOAL_MONTHS,
};

/* Which elapsed time the goal is judged on (both are always computed). */
enum goal_pause {
	GOAL_GROSS,	/* every day counts (brutto) */
	GOAL_NET,	/* days returned for correction do not (netto) */
};

/*
 * Which period a case counts in.  GOAL_DECIDED: the period its clock
 * stopped in (the source documents' rule).  GOAL_SERVICEDESK: as well,
 * a case not stopped by the end of the period in which it passed its
 * limit counts as a miss in that period (Jira SM's "completed or
 * breached in the period"); so a late case may count twice, as an
 * extra miss where it passed the limit and as a miss where decided.
 */
enum goal_period {
	GOAL_DECIDED,
	GOAL_SERVICEDESK,
};

/*
 * One version of a goal's rule.  Changing the limit or the target makes
 * a new version; a case is judged by the version in force on its start
 * day: the one with the greatest valid_from <= start (of equal ones the
 * later in the array).  A case started before every version is judged
 * by the earliest: the first version reaches back, so that a goal set up
 * now also judges the cases imported from before it.
 */
struct goal_version {
	cal_day		 valid_from;
	enum goal_unit	 unit;
	unsigned	 wdflags;	/* cal flags (CAL_WD_STATE) for GOAL_WORKDAYS */
	int		 limit;		/* 0..GOAL_MAXLIMIT in the unit */
	int		 target_pm;	/* share to reach, per mille: 900 = 90 % */
	enum goal_pause	 pause;
	enum goal_period period;
};

struct goal {
	const char		 *population;	/* caller's code; not used here */
	const struct goal_version *versions;	/* any order */
	size_t			 nversions;	/* 1..GOAL_MAXVERSIONS */
};

struct goal_case {
	cal_day			 start;
	cal_day			 stop;		/* GOAL_NODAY while open */
	const struct grant_pause *pauses;
	size_t			 npauses;
};

/*
 * 0 if every version is usable (unit, limit, target in range), else -1.
 * The functions below that take a goal expect a valid one; goal_eval,
 * goal_trend and goal_hist check it themselves.
 */
int	 goal_valid(const struct goal *);
/* The index of the version in force on day (see struct goal_version). */
size_t	 goal_version_at(const struct goal *, cal_day day);

/* --- one case ---------------------------------------------------------- */

/*
 * Elapsed time in the version's unit, at the stop or (open) at asof,
 * gross or net (see enum goal_unit).  0 when stop <= start.
 */
int	 goal_elapsed(const struct goal_version *, const struct goal_case *,
	    cal_day asof, enum goal_pause);
/*
 * The breach day: the first day D > start with elapsed(D) > limit under
 * the version's pause rule, i.e. the first day a stop would be late; the
 * net rule moves it on by the paused days.  Pauses known at asof; while
 * a pause lasts and the limit was not yet passed the clock stands still
 * and there is no breach day (GOAL_NODAY).  For a working-day goal it is
 * the day after the last working day on which a stop is within.
 */
cal_day	 goal_breach_day(const struct goal_version *, const struct goal_case *,
	    cal_day asof);

enum goal_cstate {
	GOAL_CS_NONE,		/* no start, stop before start, or starts after asof */
	GOAL_CS_OPEN,		/* open at asof, within its limit (no breach by asof) */
	GOAL_CS_BREACHED,	/* open at asof, past its limit (breach <= asof) */
	GOAL_CS_MET,		/* stopped by asof within its limit */
	GOAL_CS_MISSED,		/* stopped by asof over its limit */
};

struct goal_case_state {
	enum goal_cstate state;
	size_t		 version;	/* index of the version it is judged by */
	int		 gross;		/* elapsed, every day counted */
	int		 net;		/* elapsed without paused days */
	int		 elapsed;	/* the one the version judges by */
	cal_day		 breach;	/* goal_breach_day() */
	int		 paused;	/* a pause is ongoing at asof */
	int		 paused_days;	/* calendar days paused by stop (or asof) */
};

/*
 * Judges one case as of asof (what the case page and the breached and
 * at-risk lists show); returns its state (also in *st).  For an open
 * case gross, net and elapsed are its age at asof.
 */
enum goal_cstate goal_case_eval(const struct goal *, const struct goal_case *,
		    cal_day asof, struct goal_case_state *st);

/* --- a period ---------------------------------------------------------- */

/* A share as it is: num of den (den 0: no cases). */
struct goal_ratio {
	long long	 num;
	long long	 den;
};

/* "No cases" is neither met nor not met. */
enum goal_verdict {
	GOAL_NODATA,
	GOAL_MET,	/* num * 1000 >= target_pm * den */
	GOAL_NOTMET,
};

/*
 * A share in per mille, rounded down, so that the figure shown and the
 * verdict agree (899.6 shows as 899, and is not 900): GOAL_NOVALUE if
 * den is 0.  goal_verdict_of: see enum goal_verdict.
 */
int		 goal_pm(struct goal_ratio);
enum goal_verdict goal_verdict_of(struct goal_ratio, int target_pm);

/*
 * Nearest-rank percentile, used for every percentile here: of n sorted
 * values v[1..n] the p-th percentile (0 < p <= 100) is v[ceil(p*n/100)];
 * the median is v[ceil(n/2)], the lower middle one of an even number.
 * goal_rank gives that 1-based rank (0 if n is 0); goal_percentile sorts
 * v in place and returns the value, GOAL_NOVALUE if n is 0.
 */
size_t	 goal_rank(size_t n, int p);
int	 goal_percentile(int *v, size_t n, int p);

/*
 * The figures of a period [from, to] (any days: quarter, year, custom)
 * as of asof, normally today.  The cases are seen as of A = min(asof,
 * to): a past period is shown as it stood at its end.  The period is
 * finished when asof > to: nothing more can be decided in it.  Until
 * then the cases open at A may still be decided in it (on its last day
 * too: asof is normally today, and today is not over).
 * Each case is judged by its own version (elapsed, limit, pause rule,
 * period rule); the period's target is that of the version in force on
 * `to`.  Counts:
 *   completed	 stopped in [from, to] (and by A); within: of them within.
 *   extra	 GOAL_SERVICEDESK cases open at A whose breach day lies in
 *		 [from, A]: the service desk's misses still running (a part
 *		 of breached).
 *   share	 within / (completed + extra); share_pm, met against target.
 *   breached	 open at A and past the limit (breach <= A): certain
 *		 misses wherever they are decided, whatever the period.
 *   at_risk	 unfinished period only: open at A with A < breach <= to,
 *		 late if decided in the period unless decided before breach.
 *   worst	 unfinished: within / (completed + breached + at_risk): every
 *		 open case that is or will be late is decided late in the
 *		 period (an extra one moves from extra to completed, so the
 *		 rule makes no difference); finished: the share.  No share
 *		 can be lower.
 *   best	 (within + s) / (completed + extra + s), s the at-risk cases
 *		 with breach > from (all of them once the period has begun;
 *		 before it, one passing its limit first cannot be decided in
 *		 time within it): those decided in time, no breached one
 *		 decided in the period.  Deciding more open cases within
 *		 their limit would raise it further: it is the share if the
 *		 at-risk list is cleared in time, not an upper bound.
 *   p50/p90/p95 elapsed (judged) of the completed cases, nearest rank.
 *   open	 the snapshot at A ("incomplete pathways"): open cases,
 *		 open_within of them not past the limit, age = elapsed at A
 *		 (judged), nearest rank.
 *   paused	 completed cases with at least one paused calendar day,
 *		 paused_days their total; the average is paused_days /
 *		 paused_cases, also in tenths of a day rounded half up.
 *		 Counted under either pause rule (shown for information).
 *   versions	 bit i: version i judged a case counted in the share
 *		 (completed or extra); open_versions likewise for the
 *		 snapshot.  mixed_units: those versions differ in unit or
 *		 pause rule, so the percentiles mix kinds of time.
 *   ignored	 cases with no start or a stop before the start.
 */
struct goal_figures {
	cal_day		 from, to;
	cal_day		 asof;		/* A = min(asof, to) */
	int		 finished;
	size_t		 version;	/* in force on `to` */
	int		 target_pm;
	int		 limit;
	enum goal_unit	 unit;

	long long	 completed;
	long long	 within;
	long long	 extra;
	struct goal_ratio share;
	int		 share_pm;
	enum goal_verdict met;

	long long	 breached;
	long long	 at_risk;
	struct goal_ratio worst, best;
	int		 worst_pm, best_pm;
	enum goal_verdict worst_met, best_met;

	int		 p50, p90, p95;

	long long	 open;
	long long	 open_within;
	int		 age_p50, age_p90, age_p95;

	long long	 paused_cases;
	long long	 paused_days;
	struct goal_ratio paused_avg;
	int		 paused_avg_tenths;	/* GOAL_NOVALUE if none */

	uint64_t	 versions;
	uint64_t	 open_versions;
	int		 mixed_units;
	long long	 ignored;
};

/*
 * Evaluates n cases for [from, to] as of asof.  work, if not NULL, holds
 * n ints (scratch for the percentiles; they are GOAL_NOVALUE without).
 * Returns 0, or -1 if the goal is not valid or to < from (*f is then
 * zeroed).
 */
int	 goal_eval(const struct goal *, const struct goal_case *, size_t n,
	    cal_day from, cal_day to, cal_day asof, int *work,
	    struct goal_figures *f);

/*
 * The trend: goal_eval for every quarter of the years y0..y1, oldest
 * first, into out (at most max).  Returns the number of quarters,
 * 4 * (y1 - y0 + 1), even if fewer fitted, or -1 on an error.
 */
int	 goal_trend(const struct goal *, const struct goal_case *, size_t n,
	    int y0, int y1, cal_day asof, int *work, struct goal_figures *out,
	    size_t max);

/*
 * Histogram of the completed cases' elapsed (judged) times in a period,
 * as goal_eval counts them.  Bucket i holds lo[i] <= t < lo[i + 1], the
 * last has no upper end, and bucket 0 also holds anything below lo[0].
 * The limit (of the version in force on `to`) is marked: `over` is the
 * bucket holding limit + 1, the first time over it, and `straddles` says
 * that bucket can hold times within the limit as well.
 */
#define GOAL_HIST_MAX	64

struct goal_hist {
	size_t		 n;
	int		 lo[GOAL_HIST_MAX];
	long long	 count[GOAL_HIST_MAX];
	int		 limit;
	size_t		 over;		/* < n */
	int		 straddles;
};

/*
 * Default bucket edges for a limit: k = min(10, limit + 1) buckets of
 * nearly equal width over 0..limit, lo[i] = ceil(i * (limit + 1) / k),
 * k more of the same widths beyond it (from limit + 1), and one for
 * everything from 2 * (limit + 1) on; k shrinks to fit max.  So the limit
 * is always an edge.  Returns the number of edges, 0 if max < 3.
 */
size_t	 goal_hist_edges(int limit, int *lo, size_t max);
/*
 * Fills h from the edges lo[0..nlo-1].  Returns 0, or -1: a bad goal,
 * to < from, nlo 0 or above GOAL_HIST_MAX, or lo not increasing.
 */
int	 goal_hist(const struct goal *, const struct goal_case *, size_t n,
	    cal_day from, cal_day to, cal_day asof, const int *lo, size_t nlo,
	    struct goal_hist *h);

/* --- rollups ----------------------------------------------------------- */

/*
 * The figures of a period from a rollup, for a million cases (issue 9):
 * the closed cases summed by (version, elapsed), and only the cases open
 * at A = min(asof, to) one by one (or grouped: n cases alike).  A case
 * stopped by A is judged the same as of its stop day as of any later
 * day: a pause begun after the stop takes no day of (start, stop], and
 * one ending after it takes (p.start, stop] whether known as ended or
 * as lasting.  So its judgement can be stored once, when it is decided.
 *
 * goal_done_of: what the rollup holds of one case (sql/016's triggers
 * do the same): 1 and *d (n = 1) if the case is stopped and counts (a
 * start, stop >= start), else 0.
 */
struct goal_done {
	size_t		 version;	/* index into the goal's versions */
	int		 elapsed;	/* judged, as goal_case_eval */
	long long	 n;		/* cases */
	long long	 paused_n;	/* of them with a paused day */
	long long	 paused_days;	/* their calendar days paused */
};

struct goal_open {
	struct goal_case c;		/* stop: GOAL_NODAY (open at A) */
	long long	 n;		/* cases alike */
};

/* Scratch for the weighted percentiles. */
struct goal_wv {
	int		 v;
	long long	 n;
};

int	 goal_done_of(const struct goal *, const struct goal_case *,
	    struct goal_done *);

/*
 * goal_eval's figures from d[0..nd-1], the rollup rows of the cases
 * stopped in [from, A] (rows of equal version and elapsed may be summed
 * or not), and o[0..no-1], the cases open at A (started by A, not
 * stopped by A; pauses as known, only needed under GOAL_NET).  work, if
 * not NULL, holds nd + no entries (percentiles are GOAL_NOVALUE
 * without).  ignored is 0: such cases are in no rollup.  Returns 0, or
 * -1 as goal_eval, or if a row's version is out of range.
 */
int	 goal_eval_rollup(const struct goal *, const struct goal_done *d,
	    size_t nd, const struct goal_open *o, size_t no, cal_day from,
	    cal_day to, cal_day asof, struct goal_wv *work,
	    struct goal_figures *f);

#endif
