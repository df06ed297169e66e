/*
 * Unit tests for grant: disbursement states around the closing day, the
 * deadline and the risk window; the 155-day clock with and without
 * pauses; budget deviations near 2^53 øre; reporting schedules.
 */
#include <limits.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "cal.h"
#include "grant.h"
#include "i18n.h"
#include "srcfile.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define NO		GRANT_NODAY

/* Collected by check_main.c; declared here for -Wmissing-prototypes. */
Suite	*grant_suite(void);

/* Day offsets in the tables are relative to this; NO stays NO. */
static cal_day
at(cal_day base, int off)
{
	return off == NO ? NO : base + off;
}

static const char *
fmt(cal_day d, char *buf)
{
	if (d == NO)
		return "(ingen)";
	cal_format(d, buf);
	return buf;
}

/* --- disbursement ----------------------------------------------------- */

/* The window opens on day -60 and closes on day 0; deadline, decisions
 * and today are offsets. */
struct disbcase {
	int		 deadline;
	int		 applications, decided, awarded;
	int		 last_decision;
	int		 today;
	int		 risk_days;
	enum grant_disb	 state;
	int		 on;		/* disbursed on, NO if not */
};

static const struct disbcase disbcases[] = {
	/* Receiving until and including the closing day. */
	{ 30, 3, 3, 1,  -5,   0, 14, GD_RECEIVING, NO },
	{ 30, 0, 0, 0,  NO,   0, 14, GD_RECEIVING, NO },
	{ 30, 3, 0, 0,  NO, -10, 14, GD_RECEIVING, NO },
	{ NO, 3, 1, 1,  -1,   0, 14, GD_RECEIVING, NO },
	/* No applications: nothing was disbursed, on time or otherwise. */
	{ 30, 0, 0, 0,  NO,   1, 14, GD_NOTHING,   NO },
	{ NO, 0, 0, 0,  NO,   1, 14, GD_NOTHING,   NO },
	{  0, 0, 0, 0,  NO,   1, 14, GD_NOTHING,   NO },	/* deadline = closes */
	{ -1, 0, 0, 0,  NO,   1, 14, GD_NOTHING,   NO },	/* deadline before */
	{ 30, 0, 0, 0,  NO, 400, 14, GD_NOTHING,   NO },	/* long after */
	/* Every application rejected: nothing disbursed either. */
	{ 30, 5, 5, 0,  10,  20, 14, GD_NOTHING,   NO },
	{ 30, 5, 5, 0,  40,  50, 14, GD_NOTHING,   NO },
	/* One award is enough. */
	{ 30, 5, 5, 1,  10,  20, 14, GD_ON_TIME,   10 },
	/* All decided before the window closed: the closing day. */
	{ 30, 5, 5, 2,  -3,   1, 14, GD_ON_TIME,   0 },
	{ 30, 5, 5, 2,   0,   1, 14, GD_ON_TIME,   0 },
	{ 30, 5, 5, 2,  -3, 400, 14, GD_ON_TIME,   0 },
	{ -1, 5, 5, 2,  -3,   1, 14, GD_LATE,      0 },	/* deadline before */
	/* The last decision on the deadline day is on time, after is late. */
	{ 30, 5, 5, 5,  29,  40, 14, GD_ON_TIME,  29 },
	{ 30, 5, 5, 5,  30,  40, 14, GD_ON_TIME,  30 },
	{ 30, 5, 5, 5,  30,  31, 14, GD_ON_TIME,  30 },
	{ 30, 5, 5, 5,  31,  40, 14, GD_LATE,     31 },
	{ 30, 5, 5, 5,  31,  32, 14, GD_LATE,     31 },
	{ 30, 2, 2, 1,  45,  50,  0, GD_LATE,     45 },
	/* More decided than submitted (one withdrawn after its decision). */
	{ 30, 3, 4, 4,  10,  20, 14, GD_ON_TIME,  10 },
	/* No deadline: any disbursement is on time; else pending for ever. */
	{ NO, 5, 5, 5, 900, 999, 14, GD_ON_TIME, 900 },
	{ NO, 5, 4, 4, 900, 999, 14, GD_PENDING,  NO },
	{ NO, 5, 0, 0,  NO,   1, 14, GD_PENDING,  NO },
	/* Risk window: deadline - today == risk_days is at risk. */
	{ 30, 5, 4, 4,  10,   9, 20, GD_PENDING,  NO },	/* 21 left */
	{ 30, 5, 4, 4,  10,  10, 20, GD_AT_RISK,  NO },	/* 20 left */
	{ 30, 5, 4, 4,  10,  11, 20, GD_AT_RISK,  NO },
	{ 30, 5, 4, 4,  10,  29, 20, GD_AT_RISK,  NO },
	{ 30, 5, 4, 4,  10,  30, 20, GD_AT_RISK,  NO },	/* deadline today */
	{ 30, 5, 0, 0,  NO,  30,  0, GD_AT_RISK,  NO },
	{ 30, 5, 0, 0,  NO,  30, -1, GD_AT_RISK,  NO },	/* today always */
	{ 30, 5, 0, 0,  NO,  29,  0, GD_PENDING,  NO },
	{ 30, 5, 0, 0,  NO,  29,  1, GD_AT_RISK,  NO },
	{ 30, 5, 0, 0,  NO,   1, 14, GD_PENDING,  NO },
	{ 30, 5, 0, 0,  NO,   1, 29, GD_AT_RISK,  NO },
	{ 30, 5, 0, 0,  NO,   1, 28, GD_PENDING,  NO },
	/*
	 * Still receiving, with undecided applications: the deadline 29
	 * days away is at risk with risk_days 30 and 29, not with 28.
	 */
	{ 29, 2, 0, 0,  NO,   0, 30, GD_AT_RISK,  NO },
	{  9, 2, 0, 0,  NO, -20, 30, GD_AT_RISK,  NO },
	{  9, 2, 0, 0,  NO, -20, 29, GD_AT_RISK,  NO },
	{  9, 2, 0, 0,  NO, -20, 28, GD_RECEIVING, NO },
	{  9, 2, 1, 1,  -25, -20, 30, GD_AT_RISK, NO },
	/* ... but not with every application decided, or none at all. */
	{  9, 2, 2, 1,  -25, -20, 30, GD_RECEIVING, NO },
	{  9, 0, 0, 0,  NO, -20, 30, GD_RECEIVING, NO },
	/* A deadline that passes while receiving is overdue at once. */
	{ -5, 2, 0, 0,  NO,  -4, 30, GD_OVERDUE,  NO },
	{ -5, 0, 0, 0,  NO,  -4, 30, GD_OVERDUE,  NO },
	{ -5, 2, 0, 0,  NO,  -5, 30, GD_AT_RISK,  NO },
	/* Overdue from the day after the deadline. */
	{ 30, 5, 4, 4,  10,  31, 20, GD_OVERDUE,  NO },
	{ 30, 5, 0, 0,  NO, 365, 20, GD_OVERDUE,  NO },
	{ 30, 1, 0, 0,  NO,  31,  0, GD_OVERDUE,  NO },
};

static void
pool_at(struct grant_pool_state *s, cal_day base, const struct disbcase *c)
{
	memset(s, 0, sizeof(*s));
	s->opens = base - 60;
	s->closes = base;
	s->deadline = at(base, c->deadline);
	s->applications = c->applications;
	s->decided = c->decided;
	s->awarded = c->awarded;
	s->last_decision = at(base, c->last_decision);
}

START_TEST(test_disbursement)
{
	const struct disbcase	*c = &disbcases[_i];
	struct grant_pool_state	 s;
	cal_day			 base = cal_from_ymd(2026, 3, 31), on;
	char			 b1[11], b2[11];

	pool_at(&s, base, c);
	ck_assert_msg(grant_disbursement(&s, at(base, c->today),
	    c->risk_days) == c->state, "case %d: state %d, want %d", _i,
	    grant_disbursement(&s, at(base, c->today), c->risk_days),
	    c->state);
	on = grant_disbursed_on(&s, at(base, c->today));
	ck_assert_msg(on == at(base, c->on), "case %d: disbursed on %s, "
	    "want %s", _i, fmt(on, b1), fmt(at(base, c->on), b2));
	/* A draft is never anything but a draft. */
	s.draft = 1;
	ck_assert_int_eq(grant_disbursement(&s, at(base, c->today),
	    c->risk_days), GD_DRAFT);
	ck_assert_int_eq(grant_disbursed_on(&s, at(base, c->today)), NO);
}
END_TEST

/*
 * Every risk_days from 0 to 60 against every distance to the deadline
 * from 3 days past it to 3 days beyond the window, with undecided
 * applications, before, during and after the application window: at risk
 * exactly when 0 <= deadline - today <= risk_days, overdue when below 0,
 * else what the window says.
 */
START_TEST(test_disbursement_risk_window)
{
	struct grant_pool_state	 s;
	cal_day			 base = cal_from_ymd(2026, 12, 2), today;
	enum grant_disb		 got, want, calm;
	int			 risk, left, w;

	for (w = 0; w < 3; w++)
		for (risk = 0; risk <= 60; risk++)
			for (left = -3; left <= risk + 3; left++) {
				memset(&s, 0, sizeof(s));
				today = base;
				/* w 0: before opens, 1: receiving, 2: closed. */
				s.opens = w == 0 ? base + 1 : base - 10;
				s.closes = w == 2 ? base - 1 : base + 5;
				calm = w == 0 ? GD_UPCOMING : w == 1 ?
				    GD_RECEIVING : GD_PENDING;
				s.deadline = today + left;
				s.applications = 3;
				s.decided = 1;
				s.awarded = 1;
				s.last_decision = base - 2;
				want = left < 0 ? GD_OVERDUE : left <= risk ?
				    GD_AT_RISK : calm;
				got = grant_disbursement(&s, today, risk);
				ck_assert_msg(got == want, "window %d, risk %d, "
				    "%d left: %d, want %d", w, risk, left,
				    (int)got, (int)want);
				/* With everything decided there is no risk. */
				s.decided = 3;
				got = grant_disbursement(&s, today, risk);
				/* Closed: disbursed on the closing day, base - 1. */
				want = w == 2 ? (left < -1 ? GD_LATE : GD_ON_TIME) :
				    left < 0 ? GD_OVERDUE : calm;
				ck_assert_msg(got == want, "decided, window %d, "
				    "risk %d, %d left: %d, want %d", w, risk,
				    left, (int)got, (int)want);
			}
}
END_TEST

/* Before the window opens: upcoming, unless the deadline says otherwise. */
START_TEST(test_disbursement_upcoming)
{
	struct grant_pool_state	 s;
	cal_day			 base = cal_from_ymd(2026, 12, 2);

	memset(&s, 0, sizeof(s));
	s.opens = base + 30;
	s.closes = base + 90;
	s.deadline = base + 200;
	s.last_decision = NO;
	ck_assert_int_eq(grant_disbursement(&s, base, 30), GD_UPCOMING);
	ck_assert_int_eq(grant_disbursement(&s, base + 29, 30), GD_UPCOMING);
	ck_assert_int_eq(grant_disbursement(&s, base + 30, 30), GD_RECEIVING);
	ck_assert_int_eq(grant_disbursement(&s, base + 90, 30), GD_RECEIVING);
	ck_assert_int_eq(grant_disbursement(&s, base + 91, 30), GD_NOTHING);
	s.opens = NO;	/* no first day: open from the start */
	ck_assert_int_eq(grant_disbursement(&s, base, 30), GD_RECEIVING);
	s.opens = base + 30;
	s.deadline = base + 10;	/* a deadline before the window even opens */
	ck_assert_int_eq(grant_disbursement(&s, base, 30), GD_UPCOMING);
	ck_assert_int_eq(grant_disbursement(&s, base + 11, 30), GD_OVERDUE);
	ck_assert_int_eq(grant_disbursed_on(&s, base), NO);
}
END_TEST

/* The deadline far from today must not overflow the risk arithmetic. */
START_TEST(test_disbursement_extremes)
{
	struct grant_pool_state	 s;

	memset(&s, 0, sizeof(s));
	s.opens = NO;
	s.closes = INT32_MIN + 1;
	s.deadline = INT32_MAX;
	s.applications = 1;
	s.decided = 0;
	s.last_decision = NO;
	ck_assert_int_eq(grant_disbursement(&s, INT32_MIN + 2, INT_MAX),
	    GD_PENDING);
	ck_assert_int_eq(grant_disbursement(&s, INT32_MIN + 2, 14),
	    GD_PENDING);
	ck_assert_int_eq(grant_disbursement(&s, INT32_MAX - 14, 14),
	    GD_AT_RISK);
	ck_assert_int_eq(grant_disbursement(&s, INT32_MAX - 15, 14),
	    GD_PENDING);
	/* Receiving, undecided: more days left than any risk_days. */
	ck_assert_int_eq(grant_disbursement(&s, INT32_MIN + 1, INT_MAX),
	    GD_RECEIVING);
	s.decided = 1;
	s.awarded = 1;
	s.last_decision = INT32_MAX;
	ck_assert_int_eq(grant_disbursement(&s, INT32_MAX, 14), GD_ON_TIME);
	ck_assert_int_eq(grant_disbursed_on(&s, INT32_MAX), INT32_MAX);
	s.awarded = 0;
	ck_assert_int_eq(grant_disbursement(&s, INT32_MAX, 14), GD_NOTHING);
	ck_assert_int_eq(grant_disbursed_on(&s, INT32_MAX), NO);
}
END_TEST

static const struct {
	enum grant_disb	 d;
	const char	*code, *label;
} labels[] = {
	{ GD_RECEIVING,	"receiving", "Modtager ansøgninger" },
	{ GD_PENDING,	"pending", "Afventer afgørelser" },
	{ GD_AT_RISK,	"at_risk", "I risiko for forsinkelse" },
	{ GD_OVERDUE,	"overdue", "Overskredet frist" },
	{ GD_ON_TIME,	"disbursed_on_time", "Udmøntet rettidigt" },
	{ GD_LATE,	"disbursed_late", "Udmøntet for sent" },
	{ GD_UPCOMING,	"upcoming", "Åbner snart" },
	{ GD_NOTHING,	"nothing", "Intet udmøntet" },
	{ GD_DRAFT,	"draft", "Ikke offentliggjort" },
	{ (enum grant_disb)99, "unknown", "Ukendt" },
};

START_TEST(test_labels)
{
	ck_assert_str_eq(grant_disb_label(labels[_i].d), labels[_i].label);
	ck_assert_str_eq(grant_disb_code(labels[_i].d), labels[_i].code);
}
END_TEST

/* --- a pool's phase --------------------------------------------------- */

/* Opens on day 0, closes on day 10; today is an offset. */
static const struct {
	const char		*status;
	int			 opens, today;
	enum grant_phase	 phase;
	const char		*code, *label;
} phasecases[] = {
	{ "open", 0, -1, GP_UPCOMING, "upcoming", "Åbner snart" },
	{ "open", 0, -400, GP_UPCOMING, "upcoming", "Åbner snart" },
	{ "open", 0, 0, GP_OPEN, "open", "Åben for ansøgninger" },
	{ "open", 0, 5, GP_OPEN, "open", "Åben for ansøgninger" },
	{ "open", 0, 10, GP_OPEN, "open", "Åben for ansøgninger" },
	{ "open", 0, 11, GP_CLOSED, "closed", "Lukket" },
	{ "open", NO, -400, GP_OPEN, "open", "Åben for ansøgninger" },
	{ "closed", 0, 5, GP_CLOSED, "closed", "Lukket" },
	{ "closed", 0, -1, GP_CLOSED, "closed", "Lukket" },
	{ "disbursed", 0, 5, GP_DISBURSED, "disbursed", "Udmøntet" },
	{ "draft", 0, 5, GP_DRAFT, "draft", "Kladde (ikke offentlig)" },
	{ "draft", 0, -1, GP_DRAFT, "draft", "Kladde (ikke offentlig)" },
	{ "bogus", 0, 5, GP_DRAFT, "draft", "Kladde (ikke offentlig)" },
	{ "", 0, 5, GP_DRAFT, "draft", "Kladde (ikke offentlig)" },
	{ NULL, 0, 5, GP_DRAFT, "draft", "Kladde (ikke offentlig)" },
};

START_TEST(test_phase)
{
	cal_day			 base = cal_from_ymd(2026, 12, 2);
	enum grant_phase	 p;

	p = grant_pool_phase(phasecases[_i].status, at(base,
	    phasecases[_i].opens), base + 10, base + phasecases[_i].today);
	ck_assert_msg(p == phasecases[_i].phase, "case %d: phase %d, want %d",
	    _i, (int)p, (int)phasecases[_i].phase);
	ck_assert_str_eq(grant_phase_code(p), phasecases[_i].code);
	ck_assert_str_eq(grant_phase_label(p), phasecases[_i].label);
}
END_TEST

START_TEST(test_phase_unknown)
{
	ck_assert_str_eq(grant_phase_code((enum grant_phase)99), "draft");
	ck_assert_str_eq(grant_phase_label((enum grant_phase)-1),
	    "Kladde (ikke offentlig)");
}
END_TEST

/*
 * A submission's status and kind: one key each in the string tables, in
 * Danish for the staff pages and in either language on the public ones.
 */
static const struct {
	const char	*code, *key, *da, *en;
} statuscases[] = {
	{ "received", "G_STATUS_RECEIVED", "Modtaget", "Received" },
	{ "processing", "G_STATUS_PROCESSING", "Under behandling",
	  "Being processed" },
	{ "returned", "G_STATUS_RETURNED", "Sendt retur til rettelse",
	  "Returned for correction" },
	{ "approved", "G_STATUS_APPROVED", "Godkendt", "Approved" },
	{ "rejected", "G_STATUS_REJECTED", "Afvist", "Rejected" },
};

START_TEST(test_status_labels)
{
	const char	*src = getenv("FRIST_SRC");
	char		 dir[PATH_MAX];

	ck_assert_str_eq(grant_status_key(statuscases[_i].code),
	    statuscases[_i].key);
	ck_assert_msg(src != NULL && *src != '\0', "FRIST_SRC is not set "
	    "(make unit sets it)");
	snprintf(dir, sizeof(dir), "%s/templates/i18n", src);
	ck_assert_int_eq(i18n_load(dir), 0);
	ck_assert_str_eq(grant_status_label(statuscases[_i].code),
	    statuscases[_i].da);
	ck_assert_str_eq(i18n_str(LANG_EN, statuscases[_i].key),
	    statuscases[_i].en);
	i18n_reset();
}
END_TEST

START_TEST(test_kind_labels)
{
	const char	*src = getenv("FRIST_SRC");
	char		 dir[PATH_MAX];

	ck_assert_ptr_null(grant_status_key("draft"));
	ck_assert_str_eq(grant_status_label("draft"), "draft");
	ck_assert_str_eq(grant_kind_key("accounts"), "G_KIND_ACCOUNTS");
	ck_assert_str_eq(grant_kind_key("status"), "G_KIND_STATUS");
	ck_assert_msg(src != NULL && *src != '\0', "FRIST_SRC is not set "
	    "(make unit sets it)");
	snprintf(dir, sizeof(dir), "%s/templates/i18n", src);
	ck_assert_int_eq(i18n_load(dir), 0);
	ck_assert_str_eq(grant_kind_label("accounts"), "Regnskab");
	ck_assert_str_eq(grant_kind_label("status"), "Statusrapport");
	ck_assert_str_eq(i18n_str(LANG_EN, grant_kind_key("status")),
	    "Status report");
	i18n_reset();
}
END_TEST

/* The case events: the codes of case_event.kind's CHECK as the migrations
 * leave it, each recipient's label in both languages. */
#define EVENT_CODE(code, label, key)	code,
#define EVENT_KEY(code, label, key)	key,
static const char *const event_codes[] = { GRANT_EVENTS(EVENT_CODE) NULL };
static const char *const event_keys[] = { GRANT_EVENTS(EVENT_KEY) };

START_TEST(test_event_codes)
{
	struct sql_tokens	 ts = { NULL, 0, 0 };
	struct sql_check	*c;
	const struct sql_check	*kind;
	char			 dir[PATH_MAX];
	size_t			 i, n;

	schema_lex(&ts);
	c = schema_checks(&ts, &n);
	kind = schema_check(c, n, "case_event", "kind");
	codes_same_set("case_event.kind", kind->codes, kind->ncodes,
	    event_codes, "GRANT_EVENTS");
	free(c);
	sql_tokens_free(&ts);
	snprintf(dir, sizeof(dir), "%s/templates/i18n", src_dir());
	ck_assert_int_eq(i18n_load(dir), 0);
	for (i = 0; i < NELEM(event_keys); i++) {
		if (event_keys[i] == NULL)
			continue;
		ck_assert_str_ne(i18n_str(LANG_DA, event_keys[i]),
		    event_keys[i]);
		ck_assert_str_ne(i18n_str(LANG_EN, event_keys[i]),
		    event_keys[i]);
	}
	i18n_reset();
}
END_TEST

/* --- processing clock ------------------------------------------------- */

#define MAXP	3

/* Received on day 0; the rest are offsets.  left is against 155. */
struct clockcase {
	int	 decided;
	int	 today;
	int	 stop;
	size_t	 np;
	struct {
		int	 start, end;
	}	 p[MAXP];
	int	 days;
	int	 left;
};

static const struct clockcase clockcases[] = {
	/* Same day: 0; the 155th and 156th day; decided wins over today. */
	{   0,   0, 0, 0, { { 0, 0 } },               0,  155 },
	{  NO,   0, 0, 0, { { 0, 0 } },               0,  155 },
	{  NO,   1, 0, 0, { { 0, 0 } },               1,  154 },
	{ 155, 999, 0, 0, { { 0, 0 } },             155,    0 },
	{ 156, 999, 0, 0, { { 0, 0 } },             156,   -1 },
	{  NO, 155, 0, 0, { { 0, 0 } },             155,    0 },
	{  NO, 156, 0, 0, { { 0, 0 } },             156,   -1 },
	{  10, 500, 1, 0, { { 0, 0 } },              10,  145 },
	/* Never negative: decided or today before received. */
	{  -3,   5, 0, 0, { { 0, 0 } },               0,  155 },
	{  NO,  -1, 0, 0, { { 0, 0 } },               0,  155 },
	{  NO,  -1, 1, 1, { { -9, -2 } },             0,  155 },
	/* A pause counts only when the setting says so. */
	{ 100,   0, 0, 1, { { 10, 20 } },           100,   55 },
	{ 100,   0, 1, 1, { { 10, 20 } },            90,   65 },
	/* 155 vs 156 with a pause of ten days. */
	{ 165,   0, 1, 1, { { 10, 20 } },           155,    0 },
	{ 166,   0, 1, 1, { { 10, 20 } },           156,   -1 },
	{ 166,   0, 0, 1, { { 10, 20 } },           166,  -11 },
	/* Starting before received: only the days from received. */
	{ 100,   0, 1, 1, { { -5, 5 } },             95,   60 },
	{ 100,   0, 1, 1, { { -10, -2 } },          100,   55 },
	{ 100,   0, 1, 1, { { -10, 0 } },           100,   55 },
	{ 100,   0, 1, 1, { { 0, 1 } },              99,   56 },
	/* Empty and backwards pauses take nothing. */
	{ 100,   0, 1, 1, { { 10, 10 } },           100,   55 },
	{ 100,   0, 1, 1, { { 20, 10 } },           100,   55 },
	/* Ongoing: runs to today, or to the decision. */
	{  NO,  80, 1, 1, { { 50, NO } },            50,  105 },
	{  NO,  50, 1, 1, { { 50, NO } },            50,  105 },
	{  NO,  51, 1, 1, { { 50, NO } },            50,  105 },
	{  70, 999, 1, 1, { { 50, NO } },            50,  105 },
	{  NO,  40, 1, 1, { { 50, NO } },            40,  115 },
	{  NO,  80, 0, 1, { { 50, NO } },            80,   75 },
	/* Overlapping pauses are counted once, in any order. */
	{ 100,   0, 1, 2, { { 10, 30 }, { 20, 40 } }, 70,  85 },
	{ 100,   0, 1, 2, { { 20, 40 }, { 10, 30 } }, 70,  85 },
	{ 100,   0, 1, 2, { { 10, 40 }, { 15, 20 } }, 70,  85 },
	{ 100,   0, 1, 2, { { 15, 20 }, { 10, 40 } }, 70,  85 },
	{ 100,   0, 1, 2, { { 10, 20 }, { 20, 30 } }, 80,  75 },
	{ 100,   0, 1, 2, { { 10, 20 }, { 10, 20 } }, 90,  65 },
	{ 100,   0, 1, 2, { { 10, 20 }, { 30, 40 } }, 80,  75 },
	{ 100,   0, 1, 3,
	    { { 30, 50 }, { 10, 20 }, { 15, 35 } },               60,  95 },
	{ 100,   0, 1, 3,
	    { { 60, 70 }, { 10, 20 }, { 15, 25 } },               75,  80 },
	{  NO,  80, 1, 2, { { 50, NO }, { 40, 60 } }, 40, 115 },
	{  NO,  80, 1, 2, { { 50, NO }, { 60, NO } }, 50, 105 },
	{ 100,   0, 1, 2, { { -20, 10 }, { 5, 15 } }, 85,  70 },
	/* Ending after, or starting after, the decision. */
	{ 100,   0, 1, 1, { { 90, 120 } },           90,   65 },
	{ 100,   0, 1, 1, { { 100, 120 } },         100,   55 },
	{ 100,   0, 1, 1, { { 110, 120 } },         100,   55 },
	{ 100,   0, 1, 1, { { -5, 200 } },            0,  155 },
	{  NO,  30, 1, 1, { { 40, 50 } },            30,  125 },
};

START_TEST(test_clock)
{
	const struct clockcase	*c = &clockcases[_i];
	struct grant_pause	 p[MAXP];
	struct grant_clock	 k;
	cal_day			 base = cal_from_ymd(2025, 12, 15);
	size_t			 i;

	for (i = 0; i < c->np; i++) {
		p[i].start = at(base, c->p[i].start);
		p[i].end = at(base, c->p[i].end);
	}
	k.received = base;
	k.decided = at(base, c->decided);
	k.pauses = c->np > 0 ? p : NULL;
	k.npauses = c->np;
	k.pauses_stop_clock = c->stop;
	ck_assert_msg(grant_clock_days(&k, at(base, c->today)) == c->days,
	    "case %d: %d days, want %d", _i,
	    grant_clock_days(&k, at(base, c->today)), c->days);
	ck_assert_msg(grant_clock_left(&k, at(base, c->today), 155) ==
	    c->left, "case %d: %d left, want %d", _i,
	    grant_clock_left(&k, at(base, c->today), 155), c->left);
}
END_TEST

/* Across a year end and a leap day, in calendar days. */
START_TEST(test_clock_calendar)
{
	struct grant_pause	 p = { 0, 0 };
	struct grant_clock	 k;

	k.received = cal_from_ymd(2027, 12, 1);
	k.decided = cal_from_ymd(2028, 5, 4);
	k.pauses = &p;
	k.npauses = 1;
	k.pauses_stop_clock = 1;
	p.start = cal_from_ymd(2028, 2, 28);
	p.end = cal_from_ymd(2028, 3, 1);	/* 28/2 and 29/2 */
	/* 30 + 31 + 29 + 31 + 30 + 4 - 1 = 155 less 2 paused. */
	ck_assert_int_eq(grant_clock_days(&k, 0), 153);
	ck_assert_int_eq(grant_clock_left(&k, 0, 155), 2);
	k.pauses_stop_clock = 0;
	ck_assert_int_eq(grant_clock_days(&k, 0), 155);
	ck_assert_int_eq(grant_clock_left(&k, 0, 155), 0);
}
END_TEST

static const struct {
	const char	*from, *to, *text;
} periodcases[] = {
	{ "2026-12-02", "2026-12-09", "2.–9. december 2026" },
	{ "2026-12-02", "2026-12-03", "2.–3. december 2026" },
	{ "2026-12-02", "2026-12-02", "2. december 2026" },
	{ "2026-12-09", "2026-12-02", "9. december 2026" },
	{ "2026-11-28", "2026-12-03", "28. november – 3. december 2026" },
	{ "2026-01-01", "2026-12-31", "1. januar – 31. december 2026" },
	{ "2026-12-28", "2027-01-03", "28. december 2026 – 3. januar 2027" },
	{ "2028-02-28", "2028-02-29", "28.–29. februar 2028" },
};

START_TEST(test_period)
{
	cal_day	 a, b;
	char	 buf[GRANT_PERIOD_MAX];

	ck_assert(cal_parse(periodcases[_i].from, &a) == 0);
	ck_assert(cal_parse(periodcases[_i].to, &b) == 0);
	ck_assert_str_eq(grant_period_long(a, b, buf, sizeof(buf)),
	    periodcases[_i].text);
}
END_TEST

/* A short buffer is cut, never overrun. */
START_TEST(test_period_short)
{
	char	 buf[8];

	memset(buf, 'x', sizeof(buf));
	grant_period_long(cal_from_ymd(2026, 12, 28), cal_from_ymd(2027, 1, 3),
	    buf, 5);
	ck_assert_str_eq(buf, "28. ");
	ck_assert_int_eq(buf[5], 'x');
	ck_assert_ptr_eq(grant_period_long(0, 1, buf, 0), buf);
}
END_TEST

/* --- deviations and auditing ------------------------------------------ */

#define B53	(((int64_t)1 << 53) - 1)

static const struct {
	int64_t	 budget, actual;
	int	 rc;
	int64_t	 permille;
} pmcases[] = {
	{ 100000, 100000, 0, 0 },
	{ 100000, 130000, 0, 300 },
	{ 100000, 75000, 0, -250 },
	{ 300000, 200000, 0, -333 },	/* -333,33 */
	{ 300000, 400000, 0, 333 },
	{ 200000, 200100, 0, 1 },	/* 0,5 per mille rounds up */
	{ 200000, 199900, 0, -1 },	/* and away from zero */
	{ 200000, 200099, 0, 0 },	/* 0,495 */
	{ 1, 0, 0, -1000 },
	{ 1, 3, 0, 2000 },
	{ 0, 0, 0, 0 },		/* no budget, nothing spent: no deviation */
	{ 0, 5, -1, 0 },
	{ -5, 5, 0, 2000 },	/* a negative budget counts by its size */
	{ B53, 0, 0, -1000 },
	{ B53, B53 * 2, 0, 1000 },
	{ 1, INT64_MAX, 0, INT64_MAX },	/* clamps, never wraps */
};

START_TEST(test_deviation_permille)
{
	int64_t	 pm = 12345;
	int	 rc;

	rc = grant_deviation(pmcases[_i].budget, pmcases[_i].actual, &pm);
	ck_assert_int_eq(rc, pmcases[_i].rc);
	ck_assert_msg(pm == pmcases[_i].permille, "case %d: %lld, want "
	    "%lld", _i, (long long)pm, (long long)pmcases[_i].permille);
}
END_TEST


static const struct {
	int64_t	 budget, actual;
	int	 permille;
	int	 deviates;
} devcases[] = {
	/* 10 %: exactly at the threshold is fine, one øre more is not. */
	{ 100000, 100000, 100, 0 },
	{ 100000, 110000, 100, 0 },
	{ 100000, 110001, 100, 1 },
	{ 100000,  90000, 100, 0 },
	{ 100000,  89999, 100, 1 },
	/* Not a whole øre: 10 % of 10,05 kr. is 100,5 øre. */
	{    1005,   1105, 100, 0 },
	{    1005,   1106, 100, 1 },
	{    1005,    905, 100, 0 },
	{    1005,    904, 100, 1 },
	/* Zero budget: any non-zero actual. */
	{      0,      0, 100, 0 },
	{      0,      1, 100, 1 },
	{      0,     -1, 100, 1 },
	{      0,      0,   0, 0 },
	{      0,    B53, 1000000, 1 },
	/* Zero permille: any difference; negative is taken as zero. */
	{    100,    100,   0, 0 },
	{    100,    101,   0, 1 },
	{    100,     99,   0, 1 },
	{    100,    100,  -5, 0 },
	{    100,    101,  -5, 1 },
	/* Negative actuals (refunds) count by the difference. */
	{    100,    -10, 1100, 0 },
	{    100,    -11, 1100, 1 },
	/* Near 2^53. */
	{ B53, B53, 0, 0 },
	{ B53, B53 - 900719925474099, 100, 0 },
	{ B53, B53 - 900719925474100, 100, 1 },
	{ 9007199254740000, 9007199254740000 - 900719925474000, 100, 0 },
	{ 9007199254740000, 9007199254740000 - 900719925474001, 100, 1 },
	{ B53, -B53, 2000, 0 },
	{ B53, -B53, 1999, 1 },
	{ B53, 0, INT_MAX, 0 },
	{ B53, 0, 1000, 0 },
	{ B53, 0, 999, 1 },
	{ 1, 2147484, INT_MAX, 0 },
	{ 1, 2147485, INT_MAX, 1 },
	/* Beyond the contract, but still exact. */
	{ INT64_MAX, INT64_MIN, 1000, 1 },
	{ INT64_MAX, INT64_MIN, 3000, 0 },
	{ INT64_MIN, INT64_MAX, INT_MAX, 0 },
};

START_TEST(test_deviates)
{
	ck_assert_msg(grant_deviates(devcases[_i].budget, devcases[_i].actual,
	    devcases[_i].permille) == devcases[_i].deviates,
	    "case %d: %lld vs %lld at %d permille", _i,
	    (long long)devcases[_i].budget, (long long)devcases[_i].actual,
	    devcases[_i].permille);
}
END_TEST

/* The percentage a deviating line is marked with, exact in per mille. */
static const struct {
	int64_t		 budget, actual;
	int		 rc;
	int64_t		 pm;
	const char	*text;
} pctcases[] = {
	{ 40000000, 30000000, 0, -250, "25,0" },
	{ 40000000, 50000000, 0, 250, "25,0" },
	{ 100000, 110001, 0, 100, "10,0" },	/* 100,01 per mille */
	{ 100000, 110050, 0, 101, "10,1" },	/* 100,5: half away from 0 */
	{ 100000, 89950, 0, -101, "10,1" },
	{ 100000, 110049, 0, 100, "10,0" },
	{ 300, 400, 0, 333, "33,3" },
	{ 300, 200, 0, -333, "33,3" },
	{ 3, 5, 0, 667, "66,7" },
	{ 100, 100, 0, 0, "0,0" },
	{ 1, 1000001, 0, 1000000000, "100000000,0" },
	{ 0, 0, 0, 0, "0,0" },
	{ 0, 1, -1, 0, "0,0" },
	{ -100, -50, 0, 500, "50,0" },
	/* No overflow near the ends of int64. */
	{ B53, 0, 0, -1000, "100,0" },
	{ INT64_MAX, 0, 0, -1000, "100,0" },
	{ INT64_MAX, INT64_MAX - 1, 0, 0, "0,0" },
	{ 1, INT64_MAX, 0, INT64_MAX, "922337203685477580,7" },
	{ INT64_MAX / 3, INT64_MAX, 0, 2000, "200,0" },
};

START_TEST(test_deviation)
{
	int64_t	 pm = 12345;
	char	 buf[32];
	int	 rc;

	rc = grant_deviation(pctcases[_i].budget, pctcases[_i].actual, &pm);
	ck_assert_int_eq(rc, pctcases[_i].rc);
	ck_assert_msg(pm == pctcases[_i].pm, "case %d: %lld, not %lld", _i,
	    (long long)pm, (long long)pctcases[_i].pm);
	ck_assert_str_eq(grant_fmt_permille(pm, buf, sizeof(buf)),
	    pctcases[_i].text);
}
END_TEST

static const struct {
	int64_t	 amount, threshold;
	int	 required;
} audcases[] = {
	{ 0, 0, 1 },
	{ 5, 0, 1 },
	{ 5, -1, 1 },
	{ 0, 1, 0 },
	{ -1, 100, 0 },
	{ 99, 100, 0 },
	{ 100, 100, 1 },
	{ 101, 100, 1 },
	{ 49999999, 50000000, 0 },
	{ 50000000, 50000000, 1 },
	{ B53, B53, 1 },
	{ B53 - 1, B53, 0 },
};

START_TEST(test_auditor)
{
	ck_assert_int_eq(grant_auditor_required(audcases[_i].amount,
	    audcases[_i].threshold), audcases[_i].required);
}
END_TEST

/* --- schedules -------------------------------------------------------- */

#define MAXDUE	16
#define S	GK_STATUS
#define A	GK_ACCOUNTS

struct schedcase {
	const char	*start, *end;
	int		 every, accounting, after;
	size_t		 max;
	size_t		 n;
	struct {
		enum grant_kind	 kind;
		const char	*due;
	}		 want[MAXDUE];
};

static const struct schedcase schedcases[] = {
	/* Two years, every six months, accounts three months after. */
	{ "2026-01-01", "2027-12-31", 6, 1, 3, MAXDUE, 5, {
	    { S, "2026-07-01" }, { S, "2027-01-01" }, { S, "2027-07-01" },
	    { S, "2027-12-31" }, { A, "2028-03-31" } } },
	/* The last one on the end day: no extra. */
	{ "2026-01-01", "2028-01-01", 6, 1, 6, MAXDUE, 5, {
	    { S, "2026-07-01" }, { S, "2027-01-01" }, { S, "2027-07-01" },
	    { S, "2028-01-01" }, { A, "2028-07-01" } } },
	{ "2026-01-01", "2027-12-31", 6, 0, 3, MAXDUE, 4, {
	    { S, "2026-07-01" }, { S, "2027-01-01" }, { S, "2027-07-01" },
	    { S, "2027-12-31" } } },
	/* Month ends clamp, from the start each time (not month by month). */
	{ "2024-01-31", "2024-12-31", 1, 1, 2, MAXDUE, 12, {
	    { S, "2024-02-29" }, { S, "2024-03-31" }, { S, "2024-04-30" },
	    { S, "2024-05-31" }, { S, "2024-06-30" }, { S, "2024-07-31" },
	    { S, "2024-08-31" }, { S, "2024-09-30" }, { S, "2024-10-31" },
	    { S, "2024-11-30" }, { S, "2024-12-31" }, { A, "2025-02-28" } } },
	{ "2025-01-31", "2025-06-15", 1, 0, 0, MAXDUE, 5, {
	    { S, "2025-02-28" }, { S, "2025-03-31" }, { S, "2025-04-30" },
	    { S, "2025-05-31" }, { S, "2025-06-15" } } },
	{ "2025-08-31", "2026-08-31", 6, 1, 0, MAXDUE, 3, {
	    { S, "2026-02-28" }, { S, "2026-08-31" }, { A, "2026-08-31" } } },
	/* No status reports: only the accounts, or nothing. */
	{ "2026-01-01", "2026-12-31", 0, 1, 6, MAXDUE, 1, {
	    { A, "2027-06-30" } } },
	{ "2026-01-01", "2026-12-31", 0, 0, 6, MAXDUE, 0, { { S, NULL } } },
	{ "2026-01-01", "2026-12-31", -6, 1, 6, MAXDUE, 1, {
	    { A, "2027-06-30" } } },
	/* Shorter than the interval: one at the end. */
	{ "2026-01-01", "2026-05-31", 6, 1, 3, MAXDUE, 2, {
	    { S, "2026-05-31" }, { A, "2026-08-31" } } },
	{ "2026-05-01", "2026-05-01", 6, 1, 3, MAXDUE, 2, {
	    { S, "2026-05-01" }, { A, "2026-08-01" } } },
	/* End before start: nothing at all. */
	{ "2026-05-01", "2026-04-30", 6, 1, 3, MAXDUE, 0, { { S, NULL } } },
	{ "2026-05-01", "2026-04-30", 0, 1, 3, MAXDUE, 0, { { S, NULL } } },
	/* Never more than max. */
	{ "2026-01-01", "2027-12-31", 6, 1, 3, 2, 2, {
	    { S, "2026-07-01" }, { S, "2027-01-01" } } },
	{ "2026-01-01", "2027-12-31", 6, 1, 3, 4, 4, {
	    { S, "2026-07-01" }, { S, "2027-01-01" }, { S, "2027-07-01" },
	    { S, "2027-12-31" } } },
	{ "2026-01-01", "2027-12-31", 6, 1, 3, 0, 0, { { S, NULL } } },
	{ "2026-01-01", "2026-12-31", 0, 1, 6, 0, 0, { { S, NULL } } },
};

START_TEST(test_schedule)
{
	const struct schedcase	*c = &schedcases[_i];
	struct grant_due	 out[MAXDUE + 1];
	cal_day			 start, end;
	size_t			 i, n;
	char			 buf[11];

	ck_assert(cal_parse(c->start, &start) == 0);
	ck_assert(cal_parse(c->end, &end) == 0);
	/* A marker after max shows any write beyond it. */
	memset(out, 0xA5, sizeof(out));
	n = grant_schedule(start, end, c->every, c->accounting, c->after,
	    out, c->max);
	ck_assert_msg(n == c->n, "case %d: %zu due, want %zu", _i, n, c->n);
	for (i = 0; i < n; i++) {
		cal_format(out[i].due, buf);
		ck_assert_msg(out[i].kind == c->want[i].kind &&
		    strcmp(buf, c->want[i].due) == 0, "case %d, #%zu: %d %s, "
		    "want %d %s", _i, i, (int)out[i].kind, buf,
		    (int)c->want[i].kind, c->want[i].due);
	}
	for (i = 0; i < sizeof(out[0]); i++)
		ck_assert_int_eq(((unsigned char *)&out[c->max])[i], 0xA5);
}
END_TEST

/* A long grant reported monthly: the count and the last ones. */
START_TEST(test_schedule_long)
{
	struct grant_due	 out[200];
	cal_day			 start = cal_from_ymd(2000, 2, 29);
	cal_day			 end = cal_from_ymd(2010, 2, 28);
	size_t			 n;

	n = grant_schedule(start, end, 1, 1, 12, out, NELEM(out));
	ck_assert_uint_eq(n, 121);
	ck_assert_int_eq(out[0].due, cal_from_ymd(2000, 3, 29));
	ck_assert_int_eq(out[119].due, cal_from_ymd(2010, 2, 28));
	ck_assert_int_eq(out[119].kind, GK_STATUS);
	ck_assert_int_eq(out[120].due, cal_from_ymd(2011, 2, 28));
	ck_assert_int_eq(out[120].kind, GK_ACCOUNTS);
	/* A huge interval must not overflow the month count. */
	n = grant_schedule(start, end, INT_MAX, 0, 0, out, NELEM(out));
	ck_assert_uint_eq(n, 1);
	ck_assert_int_eq(out[0].due, end);
}
END_TEST

/* --- pauses as text ------------------------------------------------------ */

static const struct {
	const char		*s, *seps, *recv, *dec;
	enum grant_pause_err	 want;
	size_t			 n;		/* read before the error */
	const char		*first[2];	/* start, end ("" open) */
} pausecases[] = {
	{ "", ",", "", "", GPE_OK, 0, { NULL, NULL } },
	{ ",, ,", ", ", "", "", GPE_OK, 0, { NULL, NULL } },
	{ "2023-02-01/2023-02-15,2023-03-01/", ",", "", "", GPE_OK, 2,
	  { "2023-02-01", "2023-02-15" } },
	{ "2023-03-01/", ",", "", "", GPE_OK, 1, { "2023-03-01", "" } },
	{ "  2023-02-01/2023-02-15   2023-03-01/2023-03-01 ", " ", "2023-01-01",
	  "2023-04-01", GPE_OK, 2, { "2023-02-01", "2023-02-15" } },
	/* the import's errors, in the order the checks come */
	{ "2023-02-01", " ", "", "", GPE_NO_SLASH, 0, { NULL, NULL } },
	{ "2023-02-01/2023-02-15 x", " ", "", "", GPE_NO_SLASH, 1,
	  { "2023-02-01", "2023-02-15" } },
	{ "2023-02-30/", " ", "", "", GPE_BAD_DATE, 0, { NULL, NULL } },
	{ "2023-2-1/", " ", "", "", GPE_BAD_DATE, 0, { NULL, NULL } },
	{ "2023-02-01/2023-02", " ", "", "", GPE_BAD_DATE, 0, { NULL, NULL } },
	{ "2023-02-01/2023-02-150", " ", "", "", GPE_BAD_DATE, 0,
	  { NULL, NULL } },
	{ "/2023-02-01", " ", "", "", GPE_BAD_DATE, 0, { NULL, NULL } },
	{ "2023-02-01//", " ", "", "", GPE_BAD_DATE, 0, { NULL, NULL } },
	/* a short item at the very end: no read past the string */
	{ "2023-02-01/2023-0", " ", "", "", GPE_BAD_DATE, 0, { NULL, NULL } },
	{ "202", " ", "", "", GPE_NO_SLASH, 0, { NULL, NULL } },
	{ "2023-01-31/2023-02-15", " ", "2023-02-01", "", GPE_BEFORE_RECEIVED,
	  0, { NULL, NULL } },
	{ "2023-02-01/2023-02-01", " ", "2023-02-01", "", GPE_OK, 1,
	  { "2023-02-01", "2023-02-01" } },
	{ "2023-02-15/2023-02-14", " ", "", "", GPE_END_BEFORE_START, 0,
	  { NULL, NULL } },
	{ "2023-02-01/2023-04-02", " ", "2023-01-01", "2023-04-01",
	  GPE_AFTER_DECISION, 0, { NULL, NULL } },
	{ "2023-02-01/", " ", "2023-01-01", "2023-04-01", GPE_OPEN_DECIDED, 0,
	  { NULL, NULL } },
	{ "2023-02-01/ 2023-02-02/ 2023-02-03/", " ", "", "", GPE_TOO_MANY, 2,
	  { "2023-02-01", "" } },
};

static cal_day
pday(const char *s)
{
	cal_day	 d;

	if (*s == '\0')
		return NO;
	ck_assert_int_eq(cal_parse(s, &d), 0);
	return d;
}

START_TEST(test_pauses_parse)
{
	struct grant_pause	 p[2];
	size_t			 n = 99;
	enum grant_pause_err	 e;

	e = grant_pauses_parse(pausecases[_i].s, pausecases[_i].seps,
	    pday(pausecases[_i].recv), pday(pausecases[_i].dec), p, 2, &n);
	ck_assert_msg(e == pausecases[_i].want, "%s: %d, want %d",
	    pausecases[_i].s, e, pausecases[_i].want);
	ck_assert_uint_eq(n, pausecases[_i].n);
	if (pausecases[_i].first[0] != NULL) {
		ck_assert_int_eq(p[0].start, pday(pausecases[_i].first[0]));
		ck_assert_int_eq(p[0].end, pday(pausecases[_i].first[1]));
	}
}
END_TEST

/* Every prefix of a good string parses or fails cleanly (ASan watches). */
START_TEST(test_pauses_prefixes)
{
	static const char	 good[] = "2023-02-01/2023-02-15,2023-03-01/";
	struct grant_pause	 p[4];
	char			*buf;
	size_t			 len, n;

	for (len = 0; len <= sizeof(good) - 1; len++) {
		buf = malloc(len + 1);	/* exact size, so an overread shows */
		ck_assert_ptr_nonnull(buf);
		memcpy(buf, good, len);
		buf[len] = '\0';
		(void)grant_pauses_parse(buf, ",", NO, NO, p, 4, &n);
		ck_assert_uint_le(n, 2);
		free(buf);
	}
}
END_TEST

Suite *
grant_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("grant");

	tc = tcase_create("disbursement");
	tcase_add_loop_test(tc, test_disbursement, 0, (int)NELEM(disbcases));
	tcase_add_test(tc, test_disbursement_risk_window);
	tcase_add_test(tc, test_disbursement_upcoming);
	tcase_add_test(tc, test_disbursement_extremes);
	tcase_add_loop_test(tc, test_labels, 0, (int)NELEM(labels));
	suite_add_tcase(s, tc);

	tc = tcase_create("phase");
	tcase_add_loop_test(tc, test_phase, 0, (int)NELEM(phasecases));
	tcase_add_test(tc, test_phase_unknown);
	suite_add_tcase(s, tc);

	tc = tcase_create("labels");
	tcase_add_loop_test(tc, test_status_labels, 0, (int)NELEM(statuscases));
	tcase_add_test(tc, test_kind_labels);
	tcase_add_test(tc, test_event_codes);
	suite_add_tcase(s, tc);

	tc = tcase_create("clock");
	tcase_add_loop_test(tc, test_clock, 0, (int)NELEM(clockcases));
	tcase_add_test(tc, test_clock_calendar);
	tcase_add_loop_test(tc, test_period, 0, (int)NELEM(periodcases));
	tcase_add_test(tc, test_period_short);
	tcase_add_loop_test(tc, test_pauses_parse, 0, (int)NELEM(pausecases));
	tcase_add_test(tc, test_pauses_prefixes);
	suite_add_tcase(s, tc);

	tc = tcase_create("accounts");
	tcase_add_loop_test(tc, test_deviates, 0, (int)NELEM(devcases));
	tcase_add_loop_test(tc, test_deviation, 0, (int)NELEM(pctcases));
	tcase_add_loop_test(tc, test_auditor, 0, (int)NELEM(audcases));
	tcase_add_loop_test(tc, test_deviation_permille, 0,
	    (int)NELEM(pmcases));
	suite_add_tcase(s, tc);

	tc = tcase_create("schedule");
	tcase_add_loop_test(tc, test_schedule, 0, (int)NELEM(schedcases));
	tcase_add_test(tc, test_schedule_long);
	suite_add_tcase(s, tc);

	return s;
}
