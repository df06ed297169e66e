/*
 * cal: dates, Danish public holidays, working days and reporting periods.
 *
 * Pure functions, no I/O and no dependence on the process time zone, so
 * that the unit tests can cover them exhaustively.  A date is a day
 * number: days since 1970-01-01 in the proleptic Gregorian calendar.
 */
#ifndef FRIST_CAL_H
#define FRIST_CAL_H

#include <stdint.h>
#include <time.h>

typedef int32_t cal_day;

/* Flags for the working-day functions. */
#define CAL_WD_STATE	0x1	/* also off: Grundlovsdag (5/6), 24/12, 31/12 */

int	 cal_valid_ymd(int y, int m, int d);
cal_day	 cal_from_ymd(int y, int m, int d);
void	 cal_to_ymd(cal_day, int *y, int *m, int *d);
int	 cal_days_in_month(int y, int m);

/* Strict "YYYY-MM-DD" (4-digit year 1900..2199); 0 on success, -1 otherwise. */
int	 cal_parse(const char *s, cal_day *out);
/* Writes "YYYY-MM-DD" and a NUL; buf must hold 11 bytes. */
void	 cal_format(cal_day, char *buf);
/* Writes "23. november 2026" (Danish long form); returns buf. */
char	*cal_format_long(cal_day, char *buf, size_t bufsz);

/* ISO weekday: 1 = Monday ... 7 = Sunday. */
int	 cal_weekday(cal_day);
/* Easter Sunday (Gregorian computus). */
cal_day	 cal_easter(int year);

/*
 * Danish public holiday (helligdag, helligdagsloven) on this day:
 * returns 1 and sets *name (Danish) if name is not NULL, else 0.
 * Store bededag is a holiday only until 2023 (abolished from 2024).
 */
int	 cal_holiday(cal_day, const char **name);
/* Monday-Friday and not a holiday (and not a state day off with CAL_WD_STATE). */
int	 cal_is_workday(cal_day, unsigned flags);
/* The n-th working day after d (n > 0), or before it (n < 0); n = 0 gives d. */
cal_day	 cal_add_workdays(cal_day d, int n, unsigned flags);
/* Working days in the half-open interval (from, to]; negative if to < from. */
int	 cal_workdays_between(cal_day from, cal_day to, unsigned flags);

/* Periods.  q is 1..4, h is 1..2. */
int	 cal_quarter(cal_day);
cal_day	 cal_quarter_start(int y, int q);
cal_day	 cal_quarter_end(int y, int q);
cal_day	 cal_half_start(int y, int h);
cal_day	 cal_half_end(int y, int h);
cal_day	 cal_year_start(int y);
cal_day	 cal_year_end(int y);
cal_day	 cal_add_months(cal_day d, int months);	/* clamps to month end */

/*
 * Europe/Copenhagen: CET (UTC+1), CEST (UTC+2) from 01:00 UTC on the last
 * Sunday of March to 01:00 UTC on the last Sunday of October (EU rule).
 * Returns the local date; *secs (if not NULL) gets seconds since local midnight.
 */
cal_day	 cal_local_day(time_t utc, int *secs);
/* UTC offset in seconds in Copenhagen at that instant (3600 or 7200). */
int	 cal_cph_offset(time_t utc);

#endif
