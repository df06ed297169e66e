/*
 * Unit tests for remind: literal schedules (weekends, Easter, Christmas,
 * working days on and off), and for several due dates and settings every
 * day from 30 days before to 60 days after, a scheduler run daily and one
 * that misses days, against the rules of remind.h: each reminder at most
 * once, none stale, none after receipt, on working days when asked.
 */
#include <stdio.h>
#include <string.h>

#include <check.h>

#include "remind.h"
#include "settings.h"
#include "ckday.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
Suite	*remind_suite(void);

static const char *
fmt(cal_day d, char *buf)
{
	cal_format(d, buf);
	return buf;
}

/* A literal schedule: "key@YYYY-MM-DD" each. */
static const struct lit {
	const char	*due;
	int		 working_days;
	const char	*want[8];
} lits[] = {
	/* Tuesday 2026-06-16, nothing moves. */
	{ "2026-06-16", 1, { "d-14@2026-06-02", "d-3@2026-06-12",
	  "d0@2026-06-16", "o1@2026-06-17", "o2@2026-06-24", "o3@2026-07-01",
	  "o4@2026-07-08", NULL } },
	/* Saturday 2026-03-14: d-14 a Saturday, d0 back to Friday, o1 a
	 * Sunday on to Monday, o4 on Easter Sunday past Easter Monday to
	 * Tuesday; calendar days leave them. */
	{ "2026-03-14", 1, { "d-14@2026-02-27", "d-3@2026-03-11",
	  "d0@2026-03-13", "o1@2026-03-16", "o2@2026-03-23", "o3@2026-03-30",
	  "o4@2026-04-07", NULL } },
	{ "2026-03-14", 0, { "d-14@2026-02-28", "d-3@2026-03-11",
	  "d0@2026-03-14", "o1@2026-03-15", "o2@2026-03-22", "o3@2026-03-29",
	  "o4@2026-04-05", NULL } },
	/* Easter Monday 2026-04-06: d0 back over Easter, Good Friday and
	 * Maundy Thursday to Wednesday 1 April, where d-3 (Good Friday)
	 * lands too; o4 (Tuesday 28 April) is a working day. */
	{ "2026-04-06", 1, { "d-14@2026-03-23", "d-3@2026-04-01",
	  "d0@2026-04-01", "o1@2026-04-07", "o2@2026-04-14", "o3@2026-04-21",
	  "o4@2026-04-28", NULL } },
	/* Christmas Day 2026 (Friday): d0 on the 24th (not a public
	 * holiday), o1 over the second Christmas day and Sunday to the 28th,
	 * o2 on New Year's Day on to Monday 4 January, o3 and o4 on
	 * Saturdays on to Mondays. */
	{ "2026-12-25", 1, { "d-14@2026-12-11", "d-3@2026-12-22",
	  "d0@2026-12-24", "o1@2026-12-28", "o2@2027-01-04", "o3@2027-01-11",
	  "o4@2027-01-18", NULL } },
};

START_TEST(test_literal)
{
	const struct lit	*l = &lits[_i];
	struct remind_cfg	 c = remind_defaults;
	struct remind		 r[REMIND_MAX];
	char			 got[32], buf[11];
	size_t			 n, k;

	c.working_days = l->working_days;
	n = remind_list(day_of(l->due), &c, r, NELEM(r));
	for (k = 0; k < n && l->want[k] != NULL; k++) {
		snprintf(got, sizeof(got), "%s@%s", r[k].key,
		    fmt(r[k].day, buf));
		ck_assert_msg(strcmp(got, l->want[k]) == 0, "due %s (%d): "
		    "reminder %zu is %s, want %s", l->due, l->working_days, k,
		    got, l->want[k]);
	}
	ck_assert_msg(l->want[k] == NULL && k == n, "due %s: %zu reminders",
	    l->due, n);
}
END_TEST

/* Easter 2026: d-3 and d0 both on 1 April: only d0 is sent, that day. */
START_TEST(test_same_day)
{
	struct remind_cfg	 c = remind_defaults;
	struct remind		 r;
	cal_day			 d;

	c.working_days = 1;
	for (d = day_of("2026-03-23"); d < day_of("2026-04-07"); d++) {
		remind_today(day_of("2026-04-06"), 0, d, &c, &r);
		if (d < day_of("2026-04-01"))
			ck_assert_str_eq(r.key, "d-14");
		else
			ck_assert_str_eq(r.key, "d0");
	}
	remind_today(day_of("2026-04-06"), 0, day_of("2026-04-07"), &c, &r);
	ck_assert_str_eq(r.key, "o1");
	ck_assert_str_eq(remind_kind_name(r.kind), "remind_overdue");
}
END_TEST

START_TEST(test_kinds)
{
	struct remind	 r;
	cal_day		 due = day_of("2026-06-16");

	ck_assert_int_eq(remind_today(due, 0, due - 14, &remind_defaults, &r),
	    REMIND_BEFORE);
	ck_assert_str_eq(remind_kind_name(r.kind), "remind_before");
	ck_assert_int_eq(remind_today(due, 0, due, &remind_defaults, &r),
	    REMIND_DUE);
	ck_assert_str_eq(remind_kind_name(r.kind), "remind_due");
	ck_assert_int_eq(remind_today(due, 0, due - 15, &remind_defaults, &r),
	    REMIND_NONE);
	ck_assert_str_eq(r.key, "");
	ck_assert_str_eq(remind_kind_name(REMIND_NONE), "");
	/* The last overdue one is current for one interval, then nothing. */
	ck_assert_int_eq(remind_today(due, 0, due + 22 + 6, &remind_defaults,
	    &r), REMIND_OVERDUE);
	ck_assert_str_eq(r.key, "o4");
	ck_assert_int_eq(remind_today(due, 0, due + 22 + 7, &remind_defaults,
	    &r), REMIND_NONE);
	ck_assert_int_eq(remind_today(due, 1, due, &remind_defaults, &r),
	    REMIND_NONE);
}
END_TEST

/* Settings: none before, one twice, the limit, out of range. */
START_TEST(test_settings)
{
	struct remind_cfg	 c = remind_defaults;
	struct remind		 r[REMIND_MAX];
	cal_day			 due = day_of("2026-06-16");
	size_t			 n;

	c.days_before[0] = c.days_before[1] = 0;
	c.overdue_max = 0;
	n = remind_list(due, &c, r, NELEM(r));
	ck_assert_uint_eq(n, 1);
	ck_assert_str_eq(r[0].key, "d0");
	ck_assert_int_eq(r[0].until, due + 7);

	c.days_before[0] = 3;
	c.days_before[1] = 30;		/* given smallest first */
	n = remind_list(due, &c, r, NELEM(r));
	ck_assert_uint_eq(n, 3);
	ck_assert_str_eq(r[0].key, "d-30");
	ck_assert_str_eq(r[1].key, "d-3");

	c.days_before[1] = 3;		/* twice: once */
	ck_assert_uint_eq(remind_list(due, &c, r, NELEM(r)), 2);

	c.overdue_max = 1000;		/* clamped to the limit */
	c.overdue_every = 0;		/* clamped to 1 */
	n = remind_list(due, &c, r, NELEM(r));
	ck_assert_uint_eq(n, 2 + REMIND_OVERDUE_LIMIT);
	ck_assert_str_eq(r[n - 1].key, "o52");
	ck_assert_int_eq(r[n - 1].day, due + 52);

	/* A short buffer: the first max, in order. */
	ck_assert_uint_eq(remind_list(due, &remind_defaults, r, 2), 2);
	ck_assert_str_eq(r[1].key, "d-3");
	ck_assert_int_eq(r[1].until, due);
}
END_TEST

/* The defaults are the settings' defaults, and the limit their range. */
START_TEST(test_defaults)
{
	ck_assert_int_eq(remind_defaults.days_before[0],
	    setting_defs[SET_REMIND_BEFORE_1].def);
	ck_assert_int_eq(remind_defaults.days_before[1],
	    setting_defs[SET_REMIND_BEFORE_2].def);
	ck_assert_int_eq(remind_defaults.overdue_every,
	    setting_defs[SET_REMIND_EVERY].def);
	ck_assert_int_eq(remind_defaults.overdue_max,
	    setting_defs[SET_REMIND_MAX].def);
	ck_assert_int_eq(remind_defaults.working_days,
	    setting_defs[SET_REMIND_WORKDAYS].def);
	ck_assert_int_eq(REMIND_OVERDUE_LIMIT, setting_defs[SET_REMIND_MAX].max);
	ck_assert_int_eq(365, setting_defs[SET_REMIND_BEFORE_1].max);
	ck_assert_int_le(setting_defs[SET_REMIND_EVERY].max, 365);
}
END_TEST

/* Due dates around weekends, Easter, Whitsun, Christmas and New Year. */
static const char *const dues[] = {
	"2026-03-14", "2026-03-16", "2026-04-02", "2026-04-03", "2026-04-05",
	"2026-04-06", "2026-05-14", "2026-05-25", "2026-06-05", "2026-12-24",
	"2026-12-25", "2026-12-31", "2027-01-01", "2027-03-29", "2024-04-26",
	"2023-05-05", "2025-06-30",
};

static const struct remind_cfg cfgs[] = {
	{ { 14, 3 }, 7, 4, 0 },
	{ { 14, 3 }, 7, 4, 1 },
	{ { 0, 0 }, 7, 0, 1 },
	{ { 1, 2 }, 1, 10, 1 },		/* daily: moves collide often */
	{ { 30, 0 }, 14, 2, 0 },
	{ { 5, 5 }, 3, 52, 1 },
};

/* The day a reminder's key names, before any move. */
static cal_day
nominal(cal_day due, const struct remind_cfg *c, const char *key)
{
	int	 n = 0;

	if (sscanf(key, "d-%d", &n) == 1)
		return due - n;
	if (strcmp(key, "d0") == 0)
		return due;
	ck_assert_msg(sscanf(key, "o%d", &n) == 1 && n >= 1, "key %s", key);
	return due + 1 + (n - 1) * (c->overdue_every < 1 ? 1 :
	    c->overdue_every);
}

/*
 * Which reminders are sent when the scheduler runs on the days run[] says
 * (1 = runs) from 30 days before to 60 after, the report received on
 * day recv (or never): checks every rule of remind.h on the way.
 */
static void
simulate(cal_day due, const struct remind_cfg *c, const int *run,
    cal_day recv, const char *what)
{
	struct remind	 all[REMIND_MAX], r;
	int		 sent[REMIND_MAX] = { 0 }, nsent = 0;
	size_t		 n, k, m;
	cal_day		 d, nom;
	int		 off, last = -1;
	char		 b1[11], b2[11];

	n = remind_list(due, c, all, NELEM(all));
	for (k = 0; k < n; k++) {
		EXPECT(k == 0 || all[k - 1].day <= all[k].day,
		    "%s: %s before %s", what, all[k].key, all[k - 1].key);
		EXPECT(all[k].until == (k + 1 < n ? all[k + 1].day :
		    all[k].day + (c->overdue_every < 1 ? 1 : c->overdue_every)),
		    "%s: %s window", what, all[k].key);
		if (c->working_days)
			EXPECT(cal_is_workday(all[k].day, 0), "%s: %s on %s, not "
			    "a working day", what, all[k].key, fmt(all[k].day, b1));
		/* Moved as little as possible, in its direction: every day
		 * between the nominal day and the one it is sent is off. */
		nom = nominal(due, c, all[k].key);
		EXPECT(c->working_days || all[k].day == nom, "%s: %s moved",
		    what, all[k].key);
		for (d = nom; d != all[k].day; d += all[k].day > nom ? 1 : -1)
			EXPECT(!cal_is_workday(d, 0), "%s: %s moved past %s",
			    what, all[k].key, fmt(d, b1));
		EXPECT(all[k].kind == REMIND_OVERDUE ? all[k].day >= nom :
		    all[k].day <= nom, "%s: %s moved the wrong way", what,
		    all[k].key);
		EXPECT(all[k].kind == REMIND_OVERDUE ? all[k].day > due :
		    all[k].day <= due, "%s: %s on %s", what, all[k].key,
		    fmt(all[k].day, b1));
	}
	for (off = -30; off <= 60; off++) {
		d = due + off;
		if (!run[off + 30])
			continue;
		remind_today(due, d >= recv, d, c, &r);
		if (r.kind == REMIND_NONE) {
			/* Nothing: received, or no reminder current. */
			for (k = 0; d < recv && k < n; k++)
				EXPECT(!(all[k].day <= d && d < all[k].until),
				    "%s: %s: %s current, none sent", what,
				    fmt(d, b1), all[k].key);
			continue;
		}
		EXPECT(d < recv, "%s: %s after receipt on %s", what, r.key,
		    fmt(recv, b1));
		for (k = 0; k < n && strcmp(all[k].key, r.key) != 0; k++)
			;
		EXPECT(k < n, "%s: %s not in the list", what, r.key);
		EXPECT(all[k].day <= d && d < all[k].until, "%s: %s on %s, "
		    "current from %s", what, r.key, fmt(d, b1),
		    fmt(all[k].day, b2));
		/* No later reminder is due: not stale. */
		for (m = k + 1; m < n; m++)
			EXPECT(all[m].day > d, "%s: %s stale on %s (%s due)",
			    what, r.key, fmt(d, b1), all[m].key);
		EXPECT((int)k >= last, "%s: %s after a later one", what, r.key);
		if (!sent[k]) {
			sent[k] = 1;
			nsent++;
		}
		last = (int)k;
	}
	/* Run daily and never received: every reminder with a window is
	 * sent (within the 90 days), exactly on its day. */
	if (recv > due + 60) {
		for (k = 0; k < n; k++) {
			if (all[k].day == all[k].until ||
			    all[k].day > due + 60 || all[k].day < due - 30)
				continue;
			m = (size_t)(all[k].day - due + 30);
			if (run[m])
				EXPECT(sent[k], "%s: %s never sent", what,
				    all[k].key);
		}
	}
	(void)nsent;
}

START_TEST(test_exhaustive)
{
	int		 daily[91], gaps[91], rare[91], i;
	size_t		 di, ci;
	cal_day		 due, recv;
	char		 what[96];

	for (i = 0; i < 91; i++) {
		daily[i] = 1;
		gaps[i] = (i * 7 + 3) % 5 != 0;	/* misses one day in five */
		rare[i] = i % 9 == 0;
	}
	for (di = 0; di < NELEM(dues); di++)
		for (ci = 0; ci < NELEM(cfgs); ci++) {
			due = day_of(dues[di]);
			/* Never received, then received on each day. */
			for (recv = due + 61; recv >= due - 31;
			    recv = recv == due + 61 ? due + 60 : recv - 1) {
				snprintf(what, sizeof(what), "due %s cfg %zu "
				    "recv %+d", dues[di], ci, recv - due);
				simulate(due, &cfgs[ci], daily, recv, what);
				simulate(due, &cfgs[ci], gaps, recv, what);
				simulate(due, &cfgs[ci], rare, recv, what);
			}
		}
}
END_TEST

/* Daily runs send exactly the schedule: the counts per setting. */
START_TEST(test_daily_counts)
{
	struct remind	 r;
	char		 seen[REMIND_MAX][REMIND_KEY];
	size_t		 nseen = 0, k;
	cal_day		 due = day_of("2026-06-16"), d;

	for (d = due - 30; d <= due + 60; d++) {
		if (remind_today(due, 0, d, &remind_defaults, &r) ==
		    REMIND_NONE)
			continue;
		for (k = 0; k < nseen && strcmp(seen[k], r.key) != 0; k++)
			;
		if (k == nseen)
			memcpy(seen[nseen++], r.key, REMIND_KEY);
	}
	ck_assert_uint_eq(nseen, 7);	/* d-14 d-3 d0 o1..o4 */
	ck_assert_str_eq(seen[6], "o4");
	/* Received the day after d-3: d-14 and d-3 only. */
	nseen = 0;
	for (d = due - 30; d <= due + 60; d++)
		if (remind_today(due, d >= due - 2, d, &remind_defaults, &r) !=
		    REMIND_NONE && (nseen == 0 ||
		    strcmp(seen[nseen - 1], r.key) != 0))
			memcpy(seen[nseen++], r.key, REMIND_KEY);
	ck_assert_uint_eq(nseen, 2);
	ck_assert_str_eq(seen[1], "d-3");
}
END_TEST

Suite *
remind_suite(void)
{
	Suite	*s = suite_create("remind");
	TCase	*tc = tcase_create("remind");

	tcase_add_loop_test(tc, test_literal, 0, NELEM(lits));
	tcase_add_test(tc, test_same_day);
	tcase_add_test(tc, test_kinds);
	tcase_add_test(tc, test_settings);
	tcase_add_test(tc, test_defaults);
	tcase_add_test(tc, test_exhaustive);
	tcase_add_test(tc, test_daily_counts);
	tcase_set_timeout(tc, 120);
	suite_add_tcase(s, tc);
	return s;
}
