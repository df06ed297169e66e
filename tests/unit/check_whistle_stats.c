/*
 * Unit tests for the whistleblower figures (cgi/staff/whistle_stats.c):
 * the change from the year before against the annual report's Tabel 7,
 * the named top causes against its 2021 counts, and the deadlines
 * around weekends, Easter and month ends.
 *
 * The module lives with the staff program, and the unit tests link only
 * cgi/lib, so its source is compiled in here.
 */
#include <string.h>

#include <check.h>

#include "wbstats.h"
#include "ckday.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

Suite	*whistle_stats_suite(void);

START_TEST(test_change_pct)
{
	static const struct {
		long long	 prev, cur, pct;
	} t[] = {
		/* Tabel 7, 2020 -> 2021. */
		{ 31, 33, 6 }, { 38, 24, -37 }, { 94, 144, 53 }, { 93, 156, 68 },
		{ 256, 357, 39 },
		/* Halves round away from zero, both ways. */
		{ 200, 201, 1 }, { 200, 199, -1 }, { 200, 1, -100 },
		{ 8, 9, 13 }, { 8, 7, -13 },
		{ 5, 5, 0 }, { 1, 0, -100 }, { 1, 1000, 99900 },
	};
	long long	 pct;
	size_t		 i;

	for (i = 0; i < NELEM(t); i++) {
		ck_assert_int_eq(ws_change_pct(t[i].prev, t[i].cur, &pct), 0);
		ck_assert_msg(pct == t[i].pct, "%lld -> %lld: %lld, not %lld",
		    t[i].prev, t[i].cur, pct, t[i].pct);
	}
	ck_assert_int_eq(ws_change_pct(0, 12, &pct), -1);
	ck_assert_int_eq(ws_change_pct(-3, 12, &pct), -1);
}
END_TEST

START_TEST(test_fmt_change)
{
	char	 buf[32];

	ck_assert_str_eq(ws_fmt_change(31, 33, buf, sizeof(buf)), "+6 %");
	ck_assert_str_eq(ws_fmt_change(38, 24, buf, sizeof(buf)), "-37 %");
	ck_assert_str_eq(ws_fmt_change(7, 7, buf, sizeof(buf)), "0 %");
	ck_assert_str_eq(ws_fmt_change(0, 7, buf, sizeof(buf)), "–");
	ck_assert_str_eq(ws_fmt_change(0, 0, buf, sizeof(buf)), "–");
}
END_TEST

START_TEST(test_top)
{
	/* 2021, in the order of the cause list: Ledelse, Socialfaglige
	 * kompetencer, Pædagogik, Økonomi, Misbrug, Omgangstone, Andet. */
	static const long long	 y2021[] = { 117, 51, 48, 5, 0, 0, 37 };
	static const long long	 ties[] = { 5, 5, 5, 5 };
	static const long long	 few[] = { 0, 3, 0 };
	static const long long	 later[] = { 1, 2, 3, 4 };
	size_t			 top[3];
	long long		 rest;

	ck_assert_uint_eq(ws_top(y2021, NELEM(y2021), 3, top, &rest), 3);
	ck_assert_uint_eq(top[0], 0);
	ck_assert_uint_eq(top[1], 1);
	ck_assert_uint_eq(top[2], 2);
	ck_assert_int_eq(rest, 42);
	/* Ties: the first in the list's order. */
	ck_assert_uint_eq(ws_top(ties, NELEM(ties), 3, top, &rest), 3);
	ck_assert_uint_eq(top[0], 0);
	ck_assert_uint_eq(top[2], 2);
	ck_assert_int_eq(rest, 5);
	/* Causes never chosen are not named. */
	ck_assert_uint_eq(ws_top(few, NELEM(few), 3, top, &rest), 1);
	ck_assert_uint_eq(top[0], 1);
	ck_assert_int_eq(rest, 0);
	ck_assert_uint_eq(ws_top(later, NELEM(later), 3, top, &rest), 3);
	ck_assert_uint_eq(top[0], 3);
	ck_assert_uint_eq(top[1], 2);
	ck_assert_uint_eq(top[2], 1);
	ck_assert_int_eq(rest, 1);
	ck_assert_uint_eq(ws_top(later, 0, 3, top, &rest), 0);
	ck_assert_int_eq(rest, 0);
}
END_TEST

START_TEST(test_due)
{
	static const struct {
		const char	*received, *reg, *ack, *fb;
	} t[] = {
		/* Monday, Friday, Saturday. */
		{ "2026-11-23", "2026-11-24", "2026-11-30", "2027-02-23" },
		{ "2026-11-20", "2026-11-23", "2026-11-27", "2027-02-20" },
		{ "2026-11-21", "2026-11-23", "2026-11-28", "2027-02-21" },
		/* Wednesday before Easter 2024: Maundy Thursday to Easter
		 * Monday are off. */
		{ "2024-03-27", "2024-04-02", "2024-04-03", "2024-06-27" },
		/* Month ends clamp; the new year. */
		{ "2026-11-30", "2026-12-01", "2026-12-07", "2027-02-28" },
		{ "2023-11-30", "2023-12-01", "2023-12-07", "2024-02-29" },
		{ "2026-12-31", "2027-01-04", "2027-01-07", "2027-03-31" },
	};
	size_t	 i;

	for (i = 0; i < NELEM(t); i++) {
		ck_assert_int_eq(ws_due(WS_REGISTER, day_of(t[i].received)),
		    day_of(t[i].reg));
		ck_assert_int_eq(ws_due(WS_ACK, day_of(t[i].received)),
		    day_of(t[i].ack));
		ck_assert_int_eq(ws_due(WS_FEEDBACK, day_of(t[i].received)),
		    day_of(t[i].fb));
	}
}
END_TEST

START_TEST(test_state)
{
	cal_day	 due = day_of("2026-11-30"), early = due - 3, late = due + 1;

	ck_assert_int_eq(ws_state(due, &early, due + 10, 0), WS_MET);
	ck_assert_int_eq(ws_state(due, &due, due + 10, 0), WS_MET);
	ck_assert_int_eq(ws_state(due, &late, late, 0), WS_LATE);
	ck_assert_int_eq(ws_state(due, NULL, due + 1, 0), WS_OVERDUE);
	/* Done is done, also on a closed report. */
	ck_assert_int_eq(ws_state(due, &early, due + 10, 1), WS_MET);
	ck_assert_int_eq(ws_state(due, &late, late, 1), WS_LATE);
	/* Closed without it: not met, even before the day. */
	ck_assert_int_eq(ws_state(due, NULL, due - 20, 1), WS_MISSED);
	ck_assert_int_eq(ws_state(due, NULL, due + 1, 1), WS_MISSED);
}
END_TEST

/* Pending deadlines by how close they are, in working days. */
START_TEST(test_soon)
{
	static const struct {
		const char	*due, *today;
		enum ws_state	 st;
	} t[] = {
		/* Monday 2026-11-30 as the day. */
		{ "2026-11-30", "2026-11-30", WS_SOON },	/* today */
		{ "2026-11-30", "2026-11-27", WS_SOON },	/* Fri: 1 */
		{ "2026-11-30", "2026-11-26", WS_SOON },	/* Thu: 2 */
		{ "2026-11-30", "2026-11-25", WS_LATER },	/* Wed: 3 */
		{ "2026-11-30", "2026-12-01", WS_OVERDUE },
		/* A Saturday as the day: Thursday is 1 working day before. */
		{ "2026-11-28", "2026-11-26", WS_SOON },
		{ "2026-11-28", "2026-11-25", WS_SOON },
		{ "2026-11-28", "2026-11-24", WS_LATER },
		/* Easter 2024: from Wednesday 27/3, Tuesday 2/4 is the 1st
		 * working day, Wednesday 3/4 the 2nd, Thursday the 3rd. */
		{ "2024-04-03", "2024-03-27", WS_SOON },
		{ "2024-04-04", "2024-03-27", WS_LATER },
		/* Far away. */
		{ "2027-02-23", "2026-11-23", WS_LATER },
	};
	size_t	 i;

	for (i = 0; i < NELEM(t); i++)
		ck_assert_msg(ws_state(day_of(t[i].due), NULL,
		    day_of(t[i].today), 0) == t[i].st, "due %s, today %s",
		    t[i].due, t[i].today);
}
END_TEST

START_TEST(test_class)
{
	ck_assert_str_eq(ws_class(WS_OVERDUE), "due-over");
	ck_assert_str_eq(ws_class(WS_MISSED), "due-over");
	ck_assert_str_eq(ws_class(WS_SOON), "due-soon");
	ck_assert_str_eq(ws_class(WS_LATER), "due-later");
	ck_assert_str_eq(ws_class(WS_MET), "due-met");
	ck_assert_str_eq(ws_class(WS_LATE), "due-met");
}
END_TEST

START_TEST(test_meets)
{
	ck_assert_uint_eq(ws_meets(WS_E_NOTE), 0);
	ck_assert_uint_eq(ws_meets(WS_E_MESSAGE), WS_MEETS_ACK);
	ck_assert_uint_eq(ws_meets(WS_E_FEEDBACK),
	    WS_MEETS_ACK | WS_MEETS_FEEDBACK);
	/* Closing meets the feedback only with a message; without one it
	 * meets nothing, the acknowledgement included. */
	ck_assert_uint_eq(ws_meets(WS_E_CLOSE), 0);
	ck_assert_uint_eq(ws_meets(WS_E_CLOSE_MESSAGE),
	    WS_MEETS_ACK | WS_MEETS_FEEDBACK);
}
END_TEST

Suite *
whistle_stats_suite(void)
{
	Suite	*s = suite_create("whistle_stats");
	TCase	*tc = tcase_create("whistle_stats");

	tcase_add_test(tc, test_change_pct);
	tcase_add_test(tc, test_fmt_change);
	tcase_add_test(tc, test_top);
	tcase_add_test(tc, test_due);
	tcase_add_test(tc, test_state);
	tcase_add_test(tc, test_soon);
	tcase_add_test(tc, test_class);
	tcase_add_test(tc, test_meets);
	suite_add_tcase(s, tc);
	return s;
}
