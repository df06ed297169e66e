/*
 * plan: the rules of a results plan (resultatplan), as plain functions
 * with no I/O (see ../shared/domain.md §2): sub-goal verdicts from given
 * figures, a goal's rule, the 100/N score, the quarterly reporting
 * deadlines and the red/yellow/green suggestion.  The caller brings the
 * numbers (from the database, the service-time evaluation, the pools);
 * nothing here reads them.
 *
 * Units, so that no verdict depends on a float:
 *	amounts		øre (1 mio. kr. = 100 000 000 øre)
 *	percentages	per mille, tenths of a per cent (12,1 pct. = 121)
 *	sick leave	hundredths of a day per FTE (10,3 dage = 1030)
 *	scores		exact fractions, and hundredths of a per cent to show
 * A figure that is not there (a '-' in the plan's tables, NULL in the
 * database) is PLAN_NOVAL; a day that is not there is PLAN_NODAY.
 */
#ifndef FRIST_PLAN_H
#define FRIST_PLAN_H

#include <stddef.h>
#include <stdint.h>

#include "cal.h"

#define PLAN_NOVAL	INT64_MIN	/* no figure (yet) */
#define PLAN_NODAY	INT32_MIN	/* no day; the value of GRANT_NODAY */

#define PLAN_MIO	INT64_C(100000000)	/* øre in 1 mio. kr. */

/*
 * A verdict has three states, not two: missing data is "not yet
 * assessable", never a fail (the tables' '-' is "no result yet").
 * PS_NA is 0 so that a zeroed verdict claims nothing.
 */
enum plan_state {
	PS_NA,		/* kan endnu ikke vurderes */
	PS_MET,		/* opfyldt */
	PS_NOT_MET,	/* ikke opfyldt */
};

/*
 * Marks on a result, reported back with its verdict: a preliminary
 * result (the tables' "Foreløbigt resultat ...", 000:L278) gives a
 * preliminary verdict; "not comparable" (000:L270-272) says the figure
 * cannot be set against earlier years and does not change the verdict.
 */
#define PLAN_PRELIM	0x1	/* foreløbigt */
#define PLAN_NOCOMP	0x2	/* ikke direkte sammenligneligt */

struct plan_verdict {
	enum plan_state	 state;
	unsigned	 marks;		/* PLAN_PRELIM | PLAN_NOCOMP */
};

/*
 * Sub-goal (delmål) types, once: X(enum, code, Danish label).  The code
 * is what the database stores; the list is the one in domain.md §2.3.
 */
#define PLAN_KINDS(X)							\
	X(PK_SERVICE,	"service",	"Sagsbehandlingstid")		\
	X(PK_DISBURSE,	"disbursement",	"Rettidig udmøntning")		\
	X(PK_COUNT,	"count",	"Antal")			\
	X(PK_SURVEY,	"survey",	"Andel (undersøgelse)")		\
	X(PK_BUDGET,	"budget",	"Budgetafvigelse")		\
	X(PK_SICK,	"sick_leave",	"Sygefravær")			\
	X(PK_MILESTONE,	"milestone",	"Milepæl")			\
	X(PK_MANUAL,	"manual",	"Konkret vurdering")		\
	X(PK_EXTERNAL,	"external",	"Ekstern vurdering")

#define PLAN_KIND_ENUM(e, code, label)	e,
enum plan_kind {
	PLAN_KINDS(PLAN_KIND_ENUM)
};
#undef PLAN_KIND_ENUM

/*
 * Rettidig udmøntning (000:L330): every pool disbursed on time within
 * the fiscal year.  The counts come from grant_disbursement(): late
 * includes GD_LATE and GD_OVERDUE (a certain miss either way), pending
 * the pools not yet disbursed, at_risk those of them near their deadline
 * (GD_AT_RISK; only the status suggestion reads it); GD_NOTHING and
 * GD_DRAFT are not counted.  One late pool is a miss; a pool still
 * pending when the fiscal year is over is one too; with pools pending
 * in the year, or no pools at all, there is nothing to judge yet.
 */
struct plan_disb {
	int	 on_time;
	int	 late;
	int	 pending;
	int	 at_risk;	/* of pending */
	int	 year_over;	/* the fiscal year has ended */
};

/*
 * A count against a target for the year: at least (PC_GE, the usual
 * "Mål 130") or at most (PC_LE) the target, both inclusive; or growth
 * (PC_GROWTH: "er steget i forhold til 2021", 001:L156), strictly more
 * than the prior year's count, target unused.
 */
enum plan_cmp {
	PC_GE,
	PC_LE,
	PC_GROWTH,
};

struct plan_count {
	int64_t		 result;
	int64_t		 target;
	int64_t		 prior;		/* PC_GROWTH: last year's result */
	enum plan_cmp	 cmp;
};

/* A share from a survey, in per mille: met at or above the target. */
struct plan_survey {
	int64_t	 result_pm;
	int64_t	 target_pm;
};

/*
 * Budget deviation (000:L511-565): |realised - budgeted| <= limit, the
 * limit itself inside (2,5 mio. kr. on a ±2,5 mio. kr. limit holds).
 * The limit is in øre (2022: "±5 mio. kr.") or per mille (from 2023:
 * "±2 pct."); its sign is ignored.
 *
 * The deviation is realised - budgeted when both are given, else dev_ore
 * as given.  Against a limit in per mille, an amount is set against
 * base_ore, or |budgeted| when base_ore is PLAN_NOVAL, exactly (no
 * rounding: |dev| * 1000 <= limit * base); without an amount or with a
 * base of 0, dev_pm as given is used.  The seeds do not say what a
 * "pct." of a budgeted result is of, and a budgeted result is often 0,
 * so the caller may name the base (the appropriation, say).  Anything
 * that cannot be compared in the limit's unit is not yet assessable.
 */
enum plan_unit {
	PU_PM,		/* per mille */
	PU_ORE,		/* øre */
};

struct plan_budget {
	int64_t		 budget_ore;	/* budgeteret resultat */
	int64_t		 actual_ore;	/* realiseret resultat */
	int64_t		 base_ore;	/* what a per cent is of */
	int64_t		 dev_ore;	/* or the deviation in øre */
	int64_t		 dev_pm;	/* or the deviation in per mille */
	int64_t		 limit;		/* in unit */
	enum plan_unit	 unit;
};

/*
 * Sick leave (000:L580-647): days per FTE at most the state average, OR
 * reduced by at least cut_pm (5 pct.: 50) against the same period the
 * year before.  The reduction is computed exactly from prior_days when
 * given (days * 1000 <= prior * (1000 - cut_pm)), else taken from
 * change_pm as reported (negative is a reduction: "-18 pct." is -180).
 * Either branch holding is enough; both known to fail is a miss; else
 * not yet assessable.
 */
#define PLAN_SICK_AVG	0x1	/* at most the state average */
#define PLAN_SICK_CUT	0x2	/* reduced by at least cut_pm */

struct plan_sick {
	int64_t	 days;		/* hundredths of a day per FTE */
	int64_t	 state_days;	/* the state average, the same unit */
	int64_t	 prior_days;	/* same period the year before */
	int64_t	 change_pm;	/* or the change as reported */
	int64_t	 cut_pm;	/* required reduction: 50 */
};

/*
 * A milestone: done by the deadline (done <= deadline, the day itself
 * inside).  Not done: a miss once today is past the deadline, else not
 * yet assessable; today PLAN_NODAY never judges by the date.  No
 * deadline ("rettidigt", 000:L441): done is met, not done is open.  The
 * evidence (a document, a decision) is the caller's.
 */
struct plan_milestone {
	cal_day	 deadline;
	cal_day	 done;
};

/*
 * A sub-goal: its type and figures, its group under PR_GROUPS and the
 * marks of its result.  Service time, a konkret vurdering and an
 * external verdict are given as a state (the service-time evaluation or
 * a person decides them, not this module).
 */
struct plan_sub {
	enum plan_kind	 kind;
	int		 group;		/* PR_GROUPS: 1.., 0 stands alone */
	unsigned	 marks;		/* PLAN_PRELIM | PLAN_NOCOMP */
	union {
		enum plan_state		given;	/* service, manual, external */
		struct plan_disb	disb;
		struct plan_count	count;
		struct plan_survey	survey;
		struct plan_budget	budget;
		struct plan_sick	sick;
		struct plan_milestone	ms;
	} u;
};

enum plan_state	 plan_disb_state(const struct plan_disb *);
enum plan_state	 plan_count_state(const struct plan_count *);
enum plan_state	 plan_survey_state(const struct plan_survey *);
enum plan_state	 plan_budget_state(const struct plan_budget *);
/* *held (may be NULL) gets the branches known to hold, PLAN_SICK_*. */
enum plan_state	 plan_sick_state(const struct plan_sick *, unsigned *held);
enum plan_state	 plan_milestone_state(const struct plan_milestone *,
		    cal_day today);
/* The verdict of any sub-goal, with its marks. */
struct plan_verdict plan_sub_eval(const struct plan_sub *, cal_day today);

/*
 * A goal's rule (domain.md §2.1).  PR_ALL: every sub-goal ("alle
 * delelementer", 000:L785).  PR_GROUPS: at least one sub-goal of each
 * group, sub-goals with group 0 each on their own, so 000's goal 2.1 is
 * a, b in group 1 and c, d in group 2.  PR_VERDICT: the goal's own
 * verdict and marks decide (a konkret vurdering, 000:L445; the SØM
 * steering group, 000:L365); its sub-goals are shown, not counted.
 *
 * Missing data follows the three-valued logic: one sub-goal missed
 * decides ALL, one met decides a group; otherwise an open sub-goal
 * leaves the goal open.  A goal without sub-goals is open.  The verdict
 * is preliminary unless the results that are not preliminary decide it
 * alone (a met group member that is final makes a preliminary one
 * irrelevant); PLAN_NOCOMP is carried from every sub-goal.
 */
enum plan_rule {
	PR_ALL,
	PR_GROUPS,
	PR_VERDICT,
};

struct plan_goal {
	enum plan_rule		 rule;
	const struct plan_sub	*subs;
	size_t			 nsubs;
	enum plan_state		 verdict;	/* PR_VERDICT */
	unsigned		 marks;		/* PR_VERDICT */
};

struct plan_verdict plan_goal_eval(const struct plan_goal *, cal_day today);

/*
 * Målopfyldelsesgrad (000:L781-788): a goal is met or not (0 or 100), a
 * met goal weighs 100/N with N the plan's goals, and the total is the
 * sum.  It is kept exact as num/den per cent (reduced: 3 of 14 met is
 * 150/7), and rounded half up to hundredths of a per cent (bp) for the
 * page only, from the fraction, not from a sum of rounded weights (14 x
 * 7,14 would be 99,96).  best_bp is the total if every open goal were
 * met.  prelim counts the verdicts that are preliminary.
 */
struct plan_score {
	size_t	 goals;
	size_t	 met;
	size_t	 not_met;
	size_t	 open;
	size_t	 prelim;
	int64_t	 num;
	int64_t	 den;
	int64_t	 bp;		/* hundredths of a per cent */
	int64_t	 best_bp;
};

void	 plan_score(const struct plan_verdict *, size_t n, struct plan_score *);
/* Hundredths of a per cent in Danish: 714 -> "7,14"; returns buf. */
char	*plan_fmt_bp(int64_t bp, char *buf, size_t bufsz);

/*
 * Quarterly reporting (domain.md §2.2): each quarter's report is due
 * `days` calendar days after the quarter ends (14 in 001:L302, 21 in
 * 000:L768; negative counts as 0).  With merge_q1 there is no Q1 report
 * and Q1 is due with Q2 (000:L770).  The annual report is due
 * annual_days after the year; the seeds give no date for it, so 0 (or
 * less) puts it with the Q4 report.  The holiday clause ("under
 * hensynstagen til ferier", 000:L769) is not defined: the dates are not
 * moved, and the page should call them soft.
 */
struct plan_cadence {
	int	 days;
	int	 merge_q1;
	int	 annual_days;
};

enum plan_period {
	PP_Q1 = 1,
	PP_Q2,
	PP_Q3,
	PP_Q4,
	PP_YEAR,
};

struct plan_report {
	int			 year;
	enum plan_period	 period;
	int			 first_q;	/* quarters covered, 1..4 */
	int			 last_q;
	cal_day			 period_end;
	cal_day			 due;
};

#define PLAN_REPORTS_MAX	5	/* four quarters and the year */

/* The day quarter q (1..4) of year is due; PLAN_NODAY for another q. */
cal_day	 plan_quarter_due(const struct plan_cadence *, int year, int q);
/* The year's reports in order of due day; returns how many (at most max). */
size_t	 plan_reports(const struct plan_cadence *, int year,
	    struct plan_report *out, size_t max);
/* The first report due on or after today (of any year); 0, or -1 if none. */
int	 plan_next_report(const struct plan_cadence *, cal_day today,
	    struct plan_report *out);
/* due - today: negative when overdue (clamped to int). */
int	 plan_days_left(cal_day due, cal_day today);

/*
 * Red/yellow/green.  The sources make the status a judgement (002:L452-
 * 534, domain.md §2.5), so this only suggests one and a person may
 * choose another.  Per sub-goal, on the plan year's data so far:
 *
 *	PT_MISSED  it cannot be met any more: a late pool, a pool pending
 *		   at the end of the fiscal year, a milestone past its
 *		   deadline, a decided verdict "not met", or any result
 *		   that is not met, not preliminary and after the year
 *	PT_ON	   met, or on track: a count at or past its pro-rata share
 *		   of the target by today (at most it, for PC_LE), a
 *		   milestone not yet due, pools pending with none at risk
 *	PT_BEHIND  not met and not certain: a preliminary miss, a miss
 *		   during the year, a count short of its pro-rata share,
 *		   pools at risk
 *	PT_UNKNOWN no figures (a verdict not given, a result not in)
 *
 * The pro-rata share is the target times the whole days of the year
 * gone before today over the days in the year, compared exactly; today
 * PLAN_NODAY is taken as after the year.
 *
 * A goal combines them with its rule, worst of ALL, best of a group, in
 * the order missed < behind < unknown < on; a PR_VERDICT goal uses its
 * verdict once given and its sub-goals (all of them) until then.  Then
 * on is green, behind yellow, missed red, unknown no suggestion.
 */
enum plan_track {
	PT_UNKNOWN,
	PT_ON,
	PT_BEHIND,
	PT_MISSED,
};

enum plan_ryg {
	PRYG_NONE,	/* no suggestion / not chosen */
	PRYG_GREEN,
	PRYG_YELLOW,
	PRYG_RED,
};

enum plan_track	 plan_sub_track(const struct plan_sub *, int year,
		    cal_day today);
enum plan_track	 plan_goal_track(const struct plan_goal *, int year,
		    cal_day today);
enum plan_ryg	 plan_suggest(const struct plan_goal *, int year,
		    cal_day today);
/* The status that counts: the chosen one if any, else the suggestion. */
enum plan_ryg	 plan_ryg_effective(enum plan_ryg suggested,
		    enum plan_ryg chosen);

/*
 * The report template's fields (002:L452-534): yellow or red needs
 * cause, consequence and corrective action ("hvis gul/rød"); no status
 * needs a status.  plan_missing says which required ones are empty
 * (NULL or only blanks).
 */
#define PLAN_NEED_STATUS	0x1
#define PLAN_NEED_CAUSE		0x2	/* årsag */
#define PLAN_NEED_CONSEQ	0x4	/* konsekvens */
#define PLAN_NEED_ACTION	0x8	/* handling for at opnå målet */

unsigned	 plan_required(enum plan_ryg);
unsigned	 plan_missing(enum plan_ryg, const char *cause,
		    const char *conseq, const char *action);

/* Codes (stored) and Danish labels; parse gives 0, or -1 if unknown. */
const char	*plan_kind_code(enum plan_kind);
const char	*plan_kind_label(enum plan_kind);
int		 plan_kind_parse(const char *, enum plan_kind *);
const char	*plan_rule_code(enum plan_rule);	/* all, groups, ... */
int		 plan_rule_parse(const char *, enum plan_rule *);
const char	*plan_state_code(enum plan_state);	/* na, met, not_met */
const char	*plan_state_label(enum plan_state);
const char	*plan_ryg_code(enum plan_ryg);		/* none, green, ... */
const char	*plan_ryg_label(enum plan_ryg);
int		 plan_ryg_parse(const char *, enum plan_ryg *);

#endif
