/*
 * Unit tests for cal: every day of 1900..2199, Easter and the Danish
 * holidays 2020..2030 against literal tables, working-day arithmetic
 * against a day-by-day reference, periods and Copenhagen local time.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <check.h>

#include "cal.h"
#include "ckday.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

Suite	*cal_suite(void);

static const char *
fmt(cal_day d, char *buf)
{
	cal_format(d, buf);
	return buf;
}

/* Reference: working days in (from, to], one day at a time. */
static int
naive_between(cal_day from, cal_day to, unsigned flags)
{
	cal_day	 d;
	int	 n = 0;

	if (to >= from) {
		for (d = from + 1; d <= to; d++)
			n += cal_is_workday(d, flags);
		return n;
	}
	for (d = to + 1; d <= from; d++)
		n -= cal_is_workday(d, flags);
	return n;
}

/* Reference: the n-th working day after (or before) d, one day at a time. */
static cal_day
naive_add(cal_day d, int n, unsigned flags)
{
	while (n > 0)
		if (cal_is_workday(++d, flags))
			n--;
	while (n < 0)
		if (cal_is_workday(--d, flags))
			n++;
	return d;
}

/* --- days, months, years ------------------------------------------ */

START_TEST(test_roundtrip)
{
	cal_day	 d, prev, back;
	char	 buf[11];
	int	 y, m, dd, yy, mm, ddd, wd;

	prev = cal_from_ymd(1900, 1, 1) - 1;
	wd = cal_weekday(prev);
	for (y = 1900; y <= 2199; y++) {
		for (m = 1; m <= 12; m++) {
			for (dd = 1; dd <= cal_days_in_month(y, m); dd++) {
				d = cal_from_ymd(y, m, dd);
				EXPECT(d == prev + 1, "%d-%d-%d: %d after %d",
				    y, m, dd, d, prev);
				EXPECT(cal_valid_ymd(y, m, dd), "%d-%d-%d "
				    "invalid", y, m, dd);
				cal_to_ymd(d, &yy, &mm, &ddd);
				EXPECT(yy == y && mm == m && ddd == dd,
				    "%d-%d-%d: back %d-%d-%d", y, m, dd,
				    yy, mm, ddd);
				wd = wd % 7 + 1;
				EXPECT(cal_weekday(d) == wd, "%d-%d-%d: "
				    "weekday %d", y, m, dd, cal_weekday(d));
				cal_format(d, buf);
				EXPECT(buf[0] - '0' == y / 1000 &&
				    buf[1] - '0' == y / 100 % 10 &&
				    buf[2] - '0' == y / 10 % 10 &&
				    buf[3] - '0' == y % 10 && buf[4] == '-' &&
				    buf[5] - '0' == m / 10 &&
				    buf[6] - '0' == m % 10 && buf[7] == '-' &&
				    buf[8] - '0' == dd / 10 &&
				    buf[9] - '0' == dd % 10 && buf[10] == '\0',
				    "%d-%d-%d formatted as %.11s", y, m, dd,
				    buf);
				EXPECT(cal_parse(buf, &back) == 0 &&
				    back == d, "%s does not parse back", buf);
				prev = d;
			}
			EXPECT(!cal_valid_ymd(y, m, dd), "%d-%d-%d valid",
			    y, m, dd);
		}
	}
	ck_assert_int_eq(prev, cal_from_ymd(2199, 12, 31));
}
END_TEST

START_TEST(test_anchors)
{
	ck_assert_int_eq(cal_from_ymd(1970, 1, 1), 0);
	ck_assert_int_eq(cal_from_ymd(1969, 12, 31), -1);
	ck_assert_int_eq(cal_from_ymd(1900, 1, 1), -25567);
	ck_assert_int_eq(cal_from_ymd(2000, 1, 1), 10957);
	ck_assert_int_eq(cal_from_ymd(2000, 3, 1), 11017);
	ck_assert_int_eq(cal_from_ymd(2024, 2, 29), 19782);
	ck_assert_int_eq(cal_from_ymd(2038, 1, 19), 24855);
	ck_assert_int_eq(cal_from_ymd(2199, 12, 31), 84005);
}
END_TEST

START_TEST(test_days_in_month)
{
	ck_assert_int_eq(cal_days_in_month(1900, 2), 28);
	ck_assert_int_eq(cal_days_in_month(2000, 2), 29);
	ck_assert_int_eq(cal_days_in_month(2023, 2), 28);
	ck_assert_int_eq(cal_days_in_month(2024, 2), 29);
	ck_assert_int_eq(cal_days_in_month(2100, 2), 28);
	ck_assert_int_eq(cal_days_in_month(2024, 1), 31);
	ck_assert_int_eq(cal_days_in_month(2024, 4), 30);
	ck_assert_int_eq(cal_days_in_month(2024, 12), 31);
	ck_assert_int_eq(cal_days_in_month(2024, 0), 0);
	ck_assert_int_eq(cal_days_in_month(2024, 13), 0);
}
END_TEST

START_TEST(test_valid_ymd)
{
	ck_assert(cal_valid_ymd(2024, 2, 29));
	ck_assert(cal_valid_ymd(2000, 2, 29));
	ck_assert(!cal_valid_ymd(1900, 2, 29));
	ck_assert(!cal_valid_ymd(2023, 2, 29));
	ck_assert(!cal_valid_ymd(2024, 2, 30));
	ck_assert(!cal_valid_ymd(2024, 4, 31));
	ck_assert(!cal_valid_ymd(2024, 0, 1));
	ck_assert(!cal_valid_ymd(2024, 13, 1));
	ck_assert(!cal_valid_ymd(2024, 1, 0));
	ck_assert(!cal_valid_ymd(2024, 1, -1));
	ck_assert(!cal_valid_ymd(2024, -1, 1));
}
END_TEST

START_TEST(test_to_ymd_null)
{
	int	 m = 0;

	/* Any output may be left out. */
	cal_to_ymd(cal_from_ymd(2024, 7, 15), NULL, &m, NULL);
	ck_assert_int_eq(m, 7);
}
END_TEST

/* --- parsing and formatting --------------------------------------- */

static const char *const bad_dates[] = {
	"2024-2-01", "2024-02-30", "2023-02-29", "24-01-01", "2024-01-01x",
	"", " 2024-01-01", "2024/01/01", "2024-00-10", "2024-13-01",
	"1899-12-31", "2200-01-01", "2024-01-00", "2024-01-32", "2024-04-31",
	"1900-02-29", "2100-02-29", "2024-01-1", "2024-01-", "2024-01",
	"2024", "2024-01-01 ", "2024-01-01\n", "+024-01-01", "-024-01-01",
	"2024-+1-01", "2024-01--1", "2024-0a-01", "202a-01-01", "2024-01-0a",
	"20240101", "2024_01_01", "02024-01-01", "2024-001-01", "９９９９",
	"0000-01-01", "9999-12-31",
};

START_TEST(test_parse_bad)
{
	cal_day	 d = 12345;

	ck_assert_msg(cal_parse(bad_dates[_i], &d) == -1,
	    "accepted \"%s\"", bad_dates[_i]);
	ck_assert_int_eq(d, 12345);
}
END_TEST

static const struct {
	const char	*s;
	int		 y, m, d;
} good_dates[] = {
	{ "2024-02-29", 2024, 2, 29 },
	{ "2000-02-29", 2000, 2, 29 },
	{ "1900-01-01", 1900, 1, 1 },
	{ "2199-12-31", 2199, 12, 31 },
	{ "1970-01-01", 1970, 1, 1 },
	{ "2026-11-23", 2026, 11, 23 },
};

START_TEST(test_parse_good)
{
	cal_day	 d = -1;

	ck_assert_int_eq(cal_parse(good_dates[_i].s, &d), 0);
	ck_assert_int_eq(d, cal_from_ymd(good_dates[_i].y, good_dates[_i].m,
	    good_dates[_i].d));
}
END_TEST

START_TEST(test_parse_null)
{
	ck_assert_int_eq(cal_parse(NULL, NULL), -1);
	ck_assert_int_eq(cal_parse("2024-02-29", NULL), 0);
}
END_TEST

START_TEST(test_format_long)
{
	char	 buf[64];

	ck_assert_str_eq(cal_format_long(day_of("2026-01-01"), buf,
	    sizeof(buf)), "1. januar 2026");
	ck_assert_str_eq(cal_format_long(day_of("2026-11-23"), buf,
	    sizeof(buf)), "23. november 2026");
	ck_assert_str_eq(cal_format_long(day_of("2024-02-29"), buf,
	    sizeof(buf)), "29. februar 2024");
	ck_assert_str_eq(cal_format_long(day_of("2024-03-05"), buf,
	    sizeof(buf)), "5. marts 2024");
	ck_assert_str_eq(cal_format_long(day_of("2024-05-17"), buf,
	    sizeof(buf)), "17. maj 2024");
	ck_assert_str_eq(cal_format_long(day_of("1999-12-31"), buf,
	    sizeof(buf)), "31. december 1999");
	/* Truncated, but always terminated. */
	ck_assert_str_eq(cal_format_long(day_of("2026-01-01"), buf, 5),
	    "1. j");
}
END_TEST

START_TEST(test_format_long_months)
{
	static const char *const want[12] = {
		"januar", "februar", "marts", "april", "maj", "juni", "juli",
		"august", "september", "oktober", "november", "december",
	};
	char	 buf[64], exp[64];

	snprintf(exp, sizeof(exp), "10. %s 2025", want[_i]);
	cal_format_long(cal_from_ymd(2025, _i + 1, 10), buf, sizeof(buf));
	ck_assert_str_eq(buf, exp);
}
END_TEST

/* --- weekdays and Easter ------------------------------------------ */

static const struct {
	const char	*s;
	int		 wd;
} weekdays[] = {
	{ "1900-01-01", 1 },
	{ "1969-12-31", 3 },
	{ "1970-01-01", 4 },
	{ "2000-01-01", 6 },
	{ "2024-02-29", 4 },
	{ "2024-03-27", 3 },
	{ "2024-04-02", 2 },
	{ "2026-11-23", 1 },
	{ "2026-12-18", 5 },
	{ "2027-01-03", 7 },
	{ "2027-01-04", 1 },
	{ "2038-01-19", 2 },
	{ "2199-12-31", 2 },
};

START_TEST(test_weekday)
{
	ck_assert_int_eq(cal_weekday(day_of(weekdays[_i].s)), weekdays[_i].wd);
}
END_TEST

static const struct {
	int		 y;
	const char	*s;
} easters[] = {
	{ 2020, "2020-04-12" }, { 2021, "2021-04-04" }, { 2022, "2022-04-17" },
	{ 2023, "2023-04-09" }, { 2024, "2024-03-31" }, { 2025, "2025-04-20" },
	{ 2026, "2026-04-05" }, { 2027, "2027-03-28" }, { 2028, "2028-04-16" },
	{ 2029, "2029-04-01" }, { 2030, "2030-04-21" },
	{ 2000, "2000-04-23" }, { 2019, "2019-04-21" }, { 2038, "2038-04-25" },
	{ 1900, "1900-04-15" }, { 1943, "1943-04-25" }, { 1954, "1954-04-18" },
	{ 1961, "1961-04-02" }, { 2008, "2008-03-23" }, { 2011, "2011-04-24" },
	{ 2285, "2285-03-22" },
};

START_TEST(test_easter)
{
	char	 buf[11];

	ck_assert_str_eq(fmt(cal_easter(easters[_i].y), buf), easters[_i].s);
}
END_TEST

START_TEST(test_easter_sunday)
{
	int	 y, m, d;

	/* Always a Sunday between 22 March and 25 April. */
	for (y = 1583; y <= 4099; y++) {
		cal_to_ymd(cal_easter(y), NULL, &m, &d);
		EXPECT(cal_weekday(cal_easter(y)) == 7 &&
		    (m == 3 ? d >= 22 : m == 4 && d <= 25),
		    "Easter %d on %d-%d", y, m, d);
	}
}
END_TEST

/* --- holidays ------------------------------------------------------ */

/* Derived by hand from the Easter table above. */
static const struct {
	const char	*s;
	const char	*name;
} holidays[] = {
	/* 2020: Easter 2020-04-12 */
	{ "2020-01-01", "Nytårsdag" },
	{ "2020-04-09", "Skærtorsdag" },
	{ "2020-04-10", "Langfredag" },
	{ "2020-04-12", "Påskedag" },
	{ "2020-04-13", "2. påskedag" },
	{ "2020-05-08", "Store bededag" },
	{ "2020-05-21", "Kristi himmelfartsdag" },
	{ "2020-05-31", "Pinsedag" },
	{ "2020-06-01", "2. pinsedag" },
	{ "2020-12-25", "Juledag" },
	{ "2020-12-26", "2. juledag" },
	/* 2021: Easter 2021-04-04 */
	{ "2021-01-01", "Nytårsdag" },
	{ "2021-04-01", "Skærtorsdag" },
	{ "2021-04-02", "Langfredag" },
	{ "2021-04-04", "Påskedag" },
	{ "2021-04-05", "2. påskedag" },
	{ "2021-04-30", "Store bededag" },
	{ "2021-05-13", "Kristi himmelfartsdag" },
	{ "2021-05-23", "Pinsedag" },
	{ "2021-05-24", "2. pinsedag" },
	{ "2021-12-25", "Juledag" },
	{ "2021-12-26", "2. juledag" },
	/* 2022: Easter 2022-04-17 */
	{ "2022-01-01", "Nytårsdag" },
	{ "2022-04-14", "Skærtorsdag" },
	{ "2022-04-15", "Langfredag" },
	{ "2022-04-17", "Påskedag" },
	{ "2022-04-18", "2. påskedag" },
	{ "2022-05-13", "Store bededag" },
	{ "2022-05-26", "Kristi himmelfartsdag" },
	{ "2022-06-05", "Pinsedag" },
	{ "2022-06-06", "2. pinsedag" },
	{ "2022-12-25", "Juledag" },
	{ "2022-12-26", "2. juledag" },
	/* 2023: Easter 2023-04-09 */
	{ "2023-01-01", "Nytårsdag" },
	{ "2023-04-06", "Skærtorsdag" },
	{ "2023-04-07", "Langfredag" },
	{ "2023-04-09", "Påskedag" },
	{ "2023-04-10", "2. påskedag" },
	{ "2023-05-05", "Store bededag" },
	{ "2023-05-18", "Kristi himmelfartsdag" },
	{ "2023-05-28", "Pinsedag" },
	{ "2023-05-29", "2. pinsedag" },
	{ "2023-12-25", "Juledag" },
	{ "2023-12-26", "2. juledag" },
	/* 2024: Easter 2024-03-31 */
	{ "2024-01-01", "Nytårsdag" },
	{ "2024-03-28", "Skærtorsdag" },
	{ "2024-03-29", "Langfredag" },
	{ "2024-03-31", "Påskedag" },
	{ "2024-04-01", "2. påskedag" },
	{ "2024-05-09", "Kristi himmelfartsdag" },
	{ "2024-05-19", "Pinsedag" },
	{ "2024-05-20", "2. pinsedag" },
	{ "2024-12-25", "Juledag" },
	{ "2024-12-26", "2. juledag" },
	/* 2025: Easter 2025-04-20 */
	{ "2025-01-01", "Nytårsdag" },
	{ "2025-04-17", "Skærtorsdag" },
	{ "2025-04-18", "Langfredag" },
	{ "2025-04-20", "Påskedag" },
	{ "2025-04-21", "2. påskedag" },
	{ "2025-05-29", "Kristi himmelfartsdag" },
	{ "2025-06-08", "Pinsedag" },
	{ "2025-06-09", "2. pinsedag" },
	{ "2025-12-25", "Juledag" },
	{ "2025-12-26", "2. juledag" },
	/* 2026: Easter 2026-04-05 */
	{ "2026-01-01", "Nytårsdag" },
	{ "2026-04-02", "Skærtorsdag" },
	{ "2026-04-03", "Langfredag" },
	{ "2026-04-05", "Påskedag" },
	{ "2026-04-06", "2. påskedag" },
	{ "2026-05-14", "Kristi himmelfartsdag" },
	{ "2026-05-24", "Pinsedag" },
	{ "2026-05-25", "2. pinsedag" },
	{ "2026-12-25", "Juledag" },
	{ "2026-12-26", "2. juledag" },
	/* 2027: Easter 2027-03-28 */
	{ "2027-01-01", "Nytårsdag" },
	{ "2027-03-25", "Skærtorsdag" },
	{ "2027-03-26", "Langfredag" },
	{ "2027-03-28", "Påskedag" },
	{ "2027-03-29", "2. påskedag" },
	{ "2027-05-06", "Kristi himmelfartsdag" },
	{ "2027-05-16", "Pinsedag" },
	{ "2027-05-17", "2. pinsedag" },
	{ "2027-12-25", "Juledag" },
	{ "2027-12-26", "2. juledag" },
	/* 2028: Easter 2028-04-16 */
	{ "2028-01-01", "Nytårsdag" },
	{ "2028-04-13", "Skærtorsdag" },
	{ "2028-04-14", "Langfredag" },
	{ "2028-04-16", "Påskedag" },
	{ "2028-04-17", "2. påskedag" },
	{ "2028-05-25", "Kristi himmelfartsdag" },
	{ "2028-06-04", "Pinsedag" },
	{ "2028-06-05", "2. pinsedag" },
	{ "2028-12-25", "Juledag" },
	{ "2028-12-26", "2. juledag" },
	/* 2029: Easter 2029-04-01 */
	{ "2029-01-01", "Nytårsdag" },
	{ "2029-03-29", "Skærtorsdag" },
	{ "2029-03-30", "Langfredag" },
	{ "2029-04-01", "Påskedag" },
	{ "2029-04-02", "2. påskedag" },
	{ "2029-05-10", "Kristi himmelfartsdag" },
	{ "2029-05-20", "Pinsedag" },
	{ "2029-05-21", "2. pinsedag" },
	{ "2029-12-25", "Juledag" },
	{ "2029-12-26", "2. juledag" },
	/* 2030: Easter 2030-04-21 */
	{ "2030-01-01", "Nytårsdag" },
	{ "2030-04-18", "Skærtorsdag" },
	{ "2030-04-19", "Langfredag" },
	{ "2030-04-21", "Påskedag" },
	{ "2030-04-22", "2. påskedag" },
	{ "2030-05-30", "Kristi himmelfartsdag" },
	{ "2030-06-09", "Pinsedag" },
	{ "2030-06-10", "2. pinsedag" },
	{ "2030-12-25", "Juledag" },
	{ "2030-12-26", "2. juledag" },
};

/* Year 2020 + _i: every listed day, and no other day, is a holiday. */
START_TEST(test_holidays_year)
{
	char		 buf[11], prefix[16];
	const char	*name;
	cal_day		 d, first, last;
	size_t		 i;
	int		 y = 2020 + _i, want = 0, got = 0, found;

	snprintf(prefix, sizeof(prefix), "%d-", y);
	for (i = 0; i < NELEM(holidays); i++) {
		if (strncmp(holidays[i].s, prefix, 5) != 0)
			continue;
		want++;
		name = NULL;
		ck_assert_msg(cal_holiday(day_of(holidays[i].s), &name),
		    "%s is not a holiday", holidays[i].s);
		ck_assert_str_eq(name, holidays[i].name);
	}
	ck_assert_int_eq(want, y <= 2023 ? 11 : 10);

	first = cal_from_ymd(y, 1, 1);
	last = cal_from_ymd(y, 12, 31);
	for (d = first; d <= last; d++) {
		if (!cal_holiday(d, NULL))
			continue;
		got++;
		fmt(d, buf);
		found = 0;
		for (i = 0; i < NELEM(holidays); i++)
			if (strcmp(holidays[i].s, buf) == 0)
				found = 1;
		ck_assert_msg(found, "%s is an unexpected holiday", buf);
	}
	ck_assert_int_eq(got, want);
}
END_TEST

START_TEST(test_store_bededag)
{
	const char	*name = NULL;

	ck_assert(cal_holiday(day_of("2023-05-05"), &name));
	ck_assert_str_eq(name, "Store bededag");
	ck_assert(!cal_is_workday(day_of("2023-05-05"), 0));
	ck_assert(!cal_holiday(day_of("2024-04-26"), NULL));
	ck_assert(cal_is_workday(day_of("2024-04-26"), 0));
	ck_assert(cal_is_workday(day_of("2024-04-26"), CAL_WD_STATE));
}
END_TEST

START_TEST(test_holiday_name_untouched)
{
	const char	*name = "x";

	ck_assert(!cal_holiday(day_of("2024-06-05"), &name));
	ck_assert(!cal_holiday(day_of("2024-12-24"), &name));
	ck_assert(!cal_holiday(day_of("2024-12-31"), &name));
	ck_assert_str_eq(name, "x");
}
END_TEST

/* --- working days -------------------------------------------------- */

START_TEST(test_is_workday)
{
	/* Weekends. */
	ck_assert(!cal_is_workday(day_of("2024-06-01"), 0));
	ck_assert(!cal_is_workday(day_of("2024-06-02"), 0));
	ck_assert(cal_is_workday(day_of("2024-06-03"), 0));
	/* Holidays on weekdays. */
	ck_assert(!cal_is_workday(day_of("2024-03-28"), 0));
	ck_assert(!cal_is_workday(day_of("2024-04-01"), 0));
	ck_assert(!cal_is_workday(day_of("2024-05-09"), 0));
	ck_assert(!cal_is_workday(day_of("2024-12-25"), 0));
	/* State days off only with CAL_WD_STATE. */
	ck_assert(cal_is_workday(day_of("2024-06-05"), 0));
	ck_assert(!cal_is_workday(day_of("2024-06-05"), CAL_WD_STATE));
	ck_assert(cal_is_workday(day_of("2024-12-24"), 0));
	ck_assert(!cal_is_workday(day_of("2024-12-24"), CAL_WD_STATE));
	ck_assert(cal_is_workday(day_of("2024-12-31"), 0));
	ck_assert(!cal_is_workday(day_of("2024-12-31"), CAL_WD_STATE));
	ck_assert(cal_is_workday(day_of("2024-12-23"), CAL_WD_STATE));
	/* 2017: Grundlovsdag was also 2. pinsedag. */
	ck_assert(!cal_is_workday(day_of("2017-06-05"), 0));
	ck_assert(!cal_is_workday(day_of("2017-06-05"), CAL_WD_STATE));
}
END_TEST

START_TEST(test_add_workdays)
{
	char	 buf[11];
	cal_day	 wed = day_of("2024-03-27");

	/* Easter 2024: Thu 28 March to Mon 1 April are off. */
	ck_assert_str_eq(fmt(cal_add_workdays(wed, 1, 0), buf), "2024-04-02");
	ck_assert_str_eq(fmt(cal_add_workdays(wed, 2, 0), buf), "2024-04-03");
	ck_assert_str_eq(fmt(cal_add_workdays(day_of("2024-04-02"), -1, 0),
	    buf), "2024-03-27");
	ck_assert_str_eq(fmt(cal_add_workdays(wed, 0, 0), buf), "2024-03-27");
	/* n = 0 gives d even when d is no working day. */
	ck_assert_str_eq(fmt(cal_add_workdays(day_of("2024-03-29"), 0, 0),
	    buf), "2024-03-29");
	/* From a weekend. */
	ck_assert_str_eq(fmt(cal_add_workdays(day_of("2024-06-01"), 1, 0),
	    buf), "2024-06-03");
	ck_assert_str_eq(fmt(cal_add_workdays(day_of("2024-06-02"), -1, 0),
	    buf), "2024-05-31");
	/* Christmas 2026. */
	ck_assert_str_eq(fmt(cal_add_workdays(day_of("2026-12-23"), 1, 0),
	    buf), "2026-12-24");
	ck_assert_str_eq(fmt(cal_add_workdays(day_of("2026-12-23"), 1,
	    CAL_WD_STATE), buf), "2026-12-28");
	ck_assert_str_eq(fmt(cal_add_workdays(day_of("2026-12-30"), 1,
	    CAL_WD_STATE), buf), "2027-01-04");
	ck_assert_str_eq(fmt(cal_add_workdays(day_of("2027-01-04"), -1,
	    CAL_WD_STATE), buf), "2026-12-30");
	ck_assert_str_eq(fmt(cal_add_workdays(day_of("2027-01-04"), -1, 0),
	    buf), "2026-12-31");
	/* Grundlovsdag 2024 is a Wednesday. */
	ck_assert_str_eq(fmt(cal_add_workdays(day_of("2024-06-04"), 1,
	    CAL_WD_STATE), buf), "2024-06-06");
	ck_assert_str_eq(fmt(cal_add_workdays(day_of("2024-06-04"), 1, 0),
	    buf), "2024-06-05");
}
END_TEST

START_TEST(test_workdays_between)
{
	cal_day	 fri = day_of("2026-12-18"), mon = day_of("2027-01-04");

	/* 21-24, 28-31 December and 4 January; 24 and 31 are state days. */
	ck_assert_int_eq(cal_workdays_between(fri, mon, 0), 9);
	ck_assert_int_eq(cal_workdays_between(fri, mon, CAL_WD_STATE), 7);
	ck_assert_int_eq(cal_workdays_between(mon, fri, 0), -9);
	ck_assert_int_eq(cal_workdays_between(mon, fri, CAL_WD_STATE), -7);
	ck_assert_int_eq(cal_workdays_between(fri, fri, 0), 0);
	/* Half-open: (from, to]. */
	ck_assert_int_eq(cal_workdays_between(fri - 1, fri, 0), 1);
	ck_assert_int_eq(cal_workdays_between(fri, fri + 1, 0), 0);
	ck_assert_int_eq(cal_workdays_between(fri, fri - 1, 0), -1);
	/* Easter 2024. */
	ck_assert_int_eq(cal_workdays_between(day_of("2024-03-27"),
	    day_of("2024-04-02"), 0), 1);
	ck_assert_int_eq(cal_workdays_between(day_of("2024-03-22"),
	    day_of("2024-04-05"), 0), 7);
	/* June 2017: Grundlovsdag on 2. pinsedag counts once. */
	ck_assert_int_eq(cal_workdays_between(day_of("2017-05-31"),
	    day_of("2017-06-30"), 0), 21);
	ck_assert_int_eq(cal_workdays_between(day_of("2017-05-31"),
	    day_of("2017-06-30"), CAL_WD_STATE), 21);
	/* 2024: 262 weekdays less 8 holidays on weekdays. */
	ck_assert_int_eq(cal_workdays_between(day_of("2023-12-31"),
	    day_of("2024-12-31"), 0), 262 - 8);
	ck_assert_int_eq(cal_workdays_between(day_of("2023-12-31"),
	    day_of("2024-12-31"), CAL_WD_STATE), 262 - 8 - 3);
}
END_TEST

/* _i selects the flags. */
START_TEST(test_between_vs_naive)
{
	unsigned	 flags = _i ? CAL_WD_STATE : 0;
	char		 fb[11], tb[11];
	cal_day		 from, to, a, b;
	int		 k;

	a = day_of("2016-12-01");
	b = day_of("2018-01-31");
	for (from = a; from <= b; from++)
		for (k = -40; k <= 40; k++) {
			to = from + k;
			EXPECT(cal_workdays_between(from, to, flags) ==
			    naive_between(from, to, flags), "(%s, %s]: %d",
			    fmt(from, fb), fmt(to, tb),
			    cal_workdays_between(from, to, flags));
		}
	/* Long spans: the whole supported range, and parts of it. */
	a = day_of("1900-01-01");
	b = day_of("2199-12-31");
	ck_assert_int_eq(cal_workdays_between(a, b, flags),
	    naive_between(a, b, flags));
	ck_assert_int_eq(cal_workdays_between(b, a, flags),
	    naive_between(b, a, flags));
	for (from = a; from < b; from += 997) {
		to = from + 3 * 365 + 11;
		ck_assert_int_eq(cal_workdays_between(from, to, flags),
		    naive_between(from, to, flags));
	}
}
END_TEST

START_TEST(test_add_vs_naive)
{
	static const int	 ns[] = {
		1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 15, 16, 21, 22, 50, 99, 100,
		101, 250, 251, 365, 1000, 4999, 5000, 40000,
	};
	static const char *const starts[] = {
		"1900-01-01", "1999-12-31", "2017-06-02", "2017-06-05",
		"2023-12-22", "2024-03-27", "2024-03-30", "2026-12-18",
		"2026-12-24", "2027-01-01", "2099-06-15",
	};
	unsigned	 flags = _i ? CAL_WD_STATE : 0;
	cal_day		 d;
	size_t		 i, j;
	int		 n;

	for (i = 0; i < NELEM(starts); i++) {
		d = day_of(starts[i]);
		for (j = 0; j < NELEM(ns); j++) {
			n = ns[j];
			ck_assert_int_eq(cal_add_workdays(d, n, flags),
			    naive_add(d, n, flags));
			ck_assert_int_eq(cal_add_workdays(d, -n, flags),
			    naive_add(d, -n, flags));
		}
	}
}
END_TEST

/* between(d, add(d, n)) == n for working days d; _i selects the flags. */
START_TEST(test_add_between_property)
{
	unsigned	 flags = _i ? CAL_WD_STATE : 0;
	uint32_t	 x = 12345;
	char		 buf[11];
	cal_day		 base, d, e;
	int		 k, n, tested = 0;

	base = day_of("2016-01-01");
	for (k = 0; k < 20000; k++) {
		/* Deterministic LCG (Numerical Recipes constants). */
		x = x * 1664525u + 1013904223u;
		d = base + (cal_day)((x >> 8) % (16 * 366));
		x = x * 1664525u + 1013904223u;
		n = (int)((x >> 8) % 61) - 30;
		e = cal_add_workdays(d, n, flags);
		if (n > 0 || cal_is_workday(d, flags)) {
			EXPECT(cal_workdays_between(d, e, flags) == n,
			    "%s + %d workdays", fmt(d, buf), n);
			tested++;
		}
		EXPECT(n == 0 || cal_is_workday(e, flags),
		    "%s + %d workdays", fmt(d, buf), n);
		EXPECT(n >= 0 ? e >= d : e < d, "%s + %d workdays",
		    fmt(d, buf), n);
	}
	ck_assert_int_gt(tested, 15000);
}
END_TEST

/* --- periods -------------------------------------------------------- */

START_TEST(test_quarters)
{
	static const char *const q[4][2] = {
		{ "2024-01-01", "2024-03-31" },
		{ "2024-04-01", "2024-06-30" },
		{ "2024-07-01", "2024-09-30" },
		{ "2024-10-01", "2024-12-31" },
	};
	char	 buf[11];
	cal_day	 d;
	int	 i, m;

	for (i = 0; i < 4; i++) {
		ck_assert_str_eq(fmt(cal_quarter_start(2024, i + 1), buf),
		    q[i][0]);
		ck_assert_str_eq(fmt(cal_quarter_end(2024, i + 1), buf),
		    q[i][1]);
	}
	for (d = day_of("2023-01-01"); d <= day_of("2025-12-31"); d++) {
		cal_to_ymd(d, NULL, &m, NULL);
		EXPECT(cal_quarter(d) == (m + 2) / 3, "quarter of %s",
		    fmt(d, buf));
	}
	ck_assert_int_eq(cal_quarter(day_of("2024-03-31")), 1);
	ck_assert_int_eq(cal_quarter(day_of("2024-04-01")), 2);
	ck_assert_int_eq(cal_quarter(day_of("2024-12-31")), 4);
	ck_assert_str_eq(fmt(cal_quarter_end(2023, 1), buf), "2023-03-31");
}
END_TEST

START_TEST(test_halves_years)
{
	char	 buf[11];

	ck_assert_str_eq(fmt(cal_half_start(2024, 1), buf), "2024-01-01");
	ck_assert_str_eq(fmt(cal_half_end(2024, 1), buf), "2024-06-30");
	ck_assert_str_eq(fmt(cal_half_start(2024, 2), buf), "2024-07-01");
	ck_assert_str_eq(fmt(cal_half_end(2024, 2), buf), "2024-12-31");
	ck_assert_str_eq(fmt(cal_year_start(2024), buf), "2024-01-01");
	ck_assert_str_eq(fmt(cal_year_end(2024), buf), "2024-12-31");
	ck_assert_str_eq(fmt(cal_year_start(1900), buf), "1900-01-01");
	ck_assert_str_eq(fmt(cal_year_end(2199), buf), "2199-12-31");
	ck_assert_int_eq(cal_year_end(2024) - cal_year_start(2024), 365);
	ck_assert_int_eq(cal_year_end(2023) - cal_year_start(2023), 364);
	ck_assert_int_eq(cal_year_end(2023) + 1, cal_year_start(2024));
	ck_assert_int_eq(cal_quarter_end(2024, 4) + 1,
	    cal_quarter_start(2025, 1));
}
END_TEST

static const struct {
	const char	*from;
	int		 months;
	const char	*to;
} add_months[] = {
	{ "2024-01-31", 1, "2024-02-29" },
	{ "2023-01-31", 1, "2023-02-28" },
	{ "2024-01-31", 2, "2024-03-31" },
	{ "2024-01-31", 3, "2024-04-30" },
	{ "2024-03-31", -1, "2024-02-29" },
	{ "2024-05-31", -1, "2024-04-30" },
	{ "2024-02-29", 12, "2025-02-28" },
	{ "2024-02-29", 48, "2028-02-29" },
	{ "2024-02-29", -12, "2023-02-28" },
	{ "2024-12-15", 1, "2025-01-15" },
	{ "2024-01-15", -1, "2023-12-15" },
	{ "2024-01-15", -13, "2022-12-15" },
	{ "2024-08-31", 6, "2025-02-28" },
	{ "2024-07-10", 0, "2024-07-10" },
	{ "2000-01-31", 1, "2000-02-29" },
	{ "1900-01-31", 1, "1900-02-28" },
	{ "2024-10-31", 120, "2034-10-31" },
	{ "2024-10-31", -121, "2014-09-30" },
};

START_TEST(test_add_months)
{
	char	 buf[11];

	ck_assert_str_eq(fmt(cal_add_months(day_of(add_months[_i].from),
	    add_months[_i].months), buf), add_months[_i].to);
}
END_TEST

/* --- Copenhagen local time ----------------------------------------- */

static const struct {
	int64_t		 utc;
	const char	*day;
	int		 secs;
	int		 off;
} local[] = {
	/* 2024-03-31 00:59:59 UTC is 01:59:59 CET, then 03:00 CEST. */
	{ 1711846799, "2024-03-31", 1 * 3600 + 59 * 60 + 59, 3600 },
	{ 1711846800, "2024-03-31", 3 * 3600, 7200 },
	/* 2024-10-27 00:59:59 UTC is 02:59:59 CEST, then 02:00 CET. */
	{ 1729990799, "2024-10-27", 2 * 3600 + 59 * 60 + 59, 7200 },
	{ 1729990800, "2024-10-27", 2 * 3600, 3600 },
	/* Local midnight in summer and in winter. */
	{ 1782856799, "2026-06-30", 86399, 7200 },
	{ 1782856800, "2026-07-01", 0, 7200 },
	{ 1798757999, "2026-12-31", 86399, 3600 },
	{ 1798758000, "2027-01-01", 0, 3600 },
	/* Before 1970: floor division. */
	{ 0, "1970-01-01", 3600, 3600 },
	{ -1, "1970-01-01", 3599, 3600 },
	{ -1800, "1970-01-01", 1800, 3600 },
	{ -3601, "1969-12-31", 86399, 3600 },
	{ -299851200, "1960-07-01", 14 * 3600, 7200 },
	{ -5785201, "1969-10-26", 2 * 3600 + 59 * 60 + 59, 7200 },
	{ -5785200, "1969-10-26", 2 * 3600, 3600 },
	/* Far ahead. */
	{ 4109878799, "2100-03-28", 1 * 3600 + 59 * 60 + 59, 3600 },
	{ 4109878800, "2100-03-28", 3 * 3600, 7200 },
};

START_TEST(test_local)
{
	char	 buf[11];
	int	 secs = -1;
	time_t	 t = (time_t)local[_i].utc;

	ck_assert_int_eq(cal_cph_offset(t), local[_i].off);
	ck_assert_str_eq(fmt(cal_local_day(t, &secs), buf), local[_i].day);
	ck_assert_int_eq(secs, local[_i].secs);
	ck_assert_int_eq(cal_local_day(t, NULL), day_of(local[_i].day));
}
END_TEST

/* Last Sundays of March and October, 2020 + _i. */
static const char *const dst[][2] = {
	{ "2020-03-29", "2020-10-25" }, { "2021-03-28", "2021-10-31" },
	{ "2022-03-27", "2022-10-30" }, { "2023-03-26", "2023-10-29" },
	{ "2024-03-31", "2024-10-27" }, { "2025-03-30", "2025-10-26" },
	{ "2026-03-29", "2026-10-25" }, { "2027-03-28", "2027-10-31" },
	{ "2028-03-26", "2028-10-29" }, { "2029-03-25", "2029-10-28" },
	{ "2030-03-31", "2030-10-27" },
};

START_TEST(test_dst_switch)
{
	int64_t	 on = (int64_t)day_of(dst[_i][0]) * 86400 + 3600;
	int64_t	 off = (int64_t)day_of(dst[_i][1]) * 86400 + 3600;
	int64_t	 t;

	ck_assert_int_eq(cal_cph_offset((time_t)(on - 1)), 3600);
	ck_assert_int_eq(cal_cph_offset((time_t)on), 7200);
	ck_assert_int_eq(cal_cph_offset((time_t)(off - 1)), 7200);
	ck_assert_int_eq(cal_cph_offset((time_t)off), 3600);
	/* Every 7 h 1 s from 100 days before to 100 days after. */
	t = (int64_t)day_of(dst[_i][0]) * 86400 - 100 * 86400;
	for (; t < off + 100 * 86400; t += 7 * 3600 + 1)
		EXPECT(cal_cph_offset((time_t)t) ==
		    (t >= on && t < off ? 7200 : 3600), "offset at %lld",
		    (long long)t);
}
END_TEST

START_TEST(test_local_extremes)
{
	time_t	 t[2];
	int	 i, secs, off;

	/* No overflow at the ends of time_t (caught by -fsanitize). */
	if (sizeof(time_t) == 8) {
		t[0] = (time_t)INT64_MAX;
		t[1] = (time_t)INT64_MIN;
	} else {
		t[0] = (time_t)INT32_MAX;
		t[1] = (time_t)INT32_MIN;
	}
	for (i = 0; i < 2; i++) {
		off = cal_cph_offset(t[i]);
		ck_assert(off == 3600 || off == 7200);
		secs = -1;
		(void)cal_local_day(t[i], &secs);
		ck_assert(secs >= 0 && secs < 86400);
	}
}
END_TEST

Suite *
cal_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("cal");

	tc = tcase_create("ymd");
	/* test_roundtrip covers 109,572 days; slow under the sanitizers. */
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_roundtrip);
	tcase_add_test(tc, test_anchors);
	tcase_add_test(tc, test_days_in_month);
	tcase_add_test(tc, test_valid_ymd);
	tcase_add_test(tc, test_to_ymd_null);
	suite_add_tcase(s, tc);

	tc = tcase_create("parse");
	tcase_add_loop_test(tc, test_parse_bad, 0, NELEM(bad_dates));
	tcase_add_loop_test(tc, test_parse_good, 0, NELEM(good_dates));
	tcase_add_test(tc, test_parse_null);
	tcase_add_test(tc, test_format_long);
	tcase_add_loop_test(tc, test_format_long_months, 0, 12);
	suite_add_tcase(s, tc);

	tc = tcase_create("weekday_easter");
	tcase_add_loop_test(tc, test_weekday, 0, NELEM(weekdays));
	tcase_add_loop_test(tc, test_easter, 0, NELEM(easters));
	tcase_add_test(tc, test_easter_sunday);
	suite_add_tcase(s, tc);

	tc = tcase_create("holidays");
	tcase_add_loop_test(tc, test_holidays_year, 0, 2030 - 2020 + 1);
	tcase_add_test(tc, test_store_bededag);
	tcase_add_test(tc, test_holiday_name_untouched);
	suite_add_tcase(s, tc);

	tc = tcase_create("workdays");
	/* The day-by-day references are slow under the sanitizers. */
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_is_workday);
	tcase_add_test(tc, test_add_workdays);
	tcase_add_test(tc, test_workdays_between);
	tcase_add_loop_test(tc, test_between_vs_naive, 0, 2);
	tcase_add_loop_test(tc, test_add_vs_naive, 0, 2);
	tcase_add_loop_test(tc, test_add_between_property, 0, 2);
	suite_add_tcase(s, tc);

	tc = tcase_create("periods");
	tcase_add_test(tc, test_quarters);
	tcase_add_test(tc, test_halves_years);
	tcase_add_loop_test(tc, test_add_months, 0, NELEM(add_months));
	suite_add_tcase(s, tc);

	tc = tcase_create("local");
	tcase_add_loop_test(tc, test_local, 0, NELEM(local));
	tcase_add_loop_test(tc, test_dst_switch, 0, NELEM(dst));
	tcase_add_test(tc, test_local_extremes);
	suite_add_tcase(s, tc);

	return s;
}
