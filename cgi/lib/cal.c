/* cal: dates, Danish holidays, working days, periods (see cal.h). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "cal.h"

#define SECS_PER_DAY	86400
#define DST_SECS	3600	/* EU switch at 01:00 UTC */
#define MAX_OFFDAYS	16	/* 11 holidays + 3 state days, rounded up */
#define JUMP_MIN	10	/* below this, walk day by day */

/* A holiday: a fixed date or a number of days from Easter Sunday. */
struct holiday {
	int		 easter;	/* 1: off is days from Easter; 0: m/d */
	int		 off;
	int		 m, d;
	int		 until;		/* last year it applies, 0 = always */
	const char	*name;
};

static const struct holiday holidays[] = {
	{ 0,   0,  1,  1, 0,    "Nytårsdag" },
	{ 1,  -3,  0,  0, 0,    "Skærtorsdag" },
	{ 1,  -2,  0,  0, 0,    "Langfredag" },
	{ 1,   0,  0,  0, 0,    "Påskedag" },
	{ 1,   1,  0,  0, 0,    "2. påskedag" },
	{ 1,  26,  0,  0, 2023, "Store bededag" },
	{ 1,  39,  0,  0, 0,    "Kristi himmelfartsdag" },
	{ 1,  49,  0,  0, 0,    "Pinsedag" },
	{ 1,  50,  0,  0, 0,    "2. pinsedag" },
	{ 0,   0, 12, 25, 0,    "Juledag" },
	{ 0,   0, 12, 26, 0,    "2. juledag" },
};
#define NHOLIDAYS	(sizeof(holidays) / sizeof(holidays[0]))

/* Days off for the state (CAL_WD_STATE) that are not holidays. */
static const struct {
	int	m, d;
} statedays[] = {
	{ 6, 5 },	/* Grundlovsdag */
	{ 12, 24 },	/* Juleaftensdag */
	{ 12, 31 },	/* Nytårsaftensdag */
};
#define NSTATEDAYS	(sizeof(statedays) / sizeof(statedays[0]))

static const char *const monthnames[12] = {
	"januar", "februar", "marts", "april", "maj", "juni", "juli",
	"august", "september", "oktober", "november", "december",
};

/* C division truncates; the calendar needs floor for negative days. */
static int64_t
floordiv(int64_t a, int64_t b)
{
	int64_t	 q = a / b;

	if ((a % b != 0) && ((a < 0) != (b < 0)))
		q--;
	return q;
}

static int64_t
floormod(int64_t a, int64_t b)
{
	int64_t	 r = a % b;

	if (r != 0 && ((r < 0) != (b < 0)))
		r += b;
	return r;
}

static int
is_leap(int64_t y)
{
	return floormod(y, 4) == 0 &&
	    (floormod(y, 100) != 0 || floormod(y, 400) == 0);
}

/* Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms". */
static int64_t
days_from_civil(int64_t y, int m, int d)
{
	int64_t	 era, yoe, doy, doe;

	y -= m <= 2;
	era = floordiv(y, 400);
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void
civil_from_days(int64_t z, int64_t *yp, int *mp, int *dp)
{
	int64_t	 era, doe, yoe, y, doy, mi;
	int	 m;

	z += 719468;
	era = floordiv(z, 146097);
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mi = (5 * doy + 2) / 153;
	*dp = (int)(doy - (153 * mi + 2) / 5 + 1);
	m = (int)(mi < 10 ? mi + 3 : mi - 9);
	*mp = m;
	*yp = y + (m <= 2);
}

static int
mdays(int64_t y, int m)
{
	static const int	 n[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (m < 1 || m > 12)
		return 0;
	return n[m - 1] + (m == 2 && is_leap(y));
}

/* Month outside 1..12 carries into the year; day is added linearly. */
static int64_t
ymd64(int64_t y, int64_t m, int64_t d)
{
	y += floordiv(m - 1, 12);
	m = floormod(m - 1, 12) + 1;
	return days_from_civil(y, (int)m, 1) + d - 1;
}

static int
weekday64(int64_t day)
{
	/* Day 0 (1970-01-01) was a Thursday. */
	return (int)((floormod(day, 7) + 3) % 7) + 1;
}

static int64_t
easter64(int64_t y)
{
	int64_t	 a, b, c, d, e, f, g, h, i, k, l, m, month, day;

	a = floormod(y, 19);
	b = floordiv(y, 100);
	c = floormod(y, 100);
	d = floordiv(b, 4);
	e = floormod(b, 4);
	f = floordiv(b + 8, 25);
	g = floordiv(b - f + 1, 3);
	h = floormod(19 * a + b - d - g + 15, 30);
	i = c / 4;
	k = c % 4;
	l = floormod(32 + 2 * e + 2 * i - h - k, 7);
	m = (a + 11 * h + 22 * l) / 451;
	month = (h + l - 7 * m + 114) / 31;
	day = (h + l - 7 * m + 114) % 31 + 1;
	return days_from_civil(y, (int)month, (int)day);
}

static int
holiday64(int64_t day, const char **name)
{
	const struct holiday	*h;
	int64_t			 y, easter = 0;
	size_t			 i;
	int			 m, d, have_easter = 0;

	civil_from_days(day, &y, &m, &d);
	for (i = 0; i < NHOLIDAYS; i++) {
		h = &holidays[i];
		if (h->until != 0 && y > h->until)
			continue;
		if (!h->easter) {
			if (h->m != m || h->d != d)
				continue;
		} else {
			/* Easter-relative days all fall in March..June. */
			if (m < 3 || m > 6)
				continue;
			if (!have_easter) {
				easter = easter64(y);
				have_easter = 1;
			}
			if (day - easter != h->off)
				continue;
		}
		if (name != NULL)
			*name = h->name;
		return 1;
	}
	return 0;
}

static int
stateday(int m, int d)
{
	size_t	 i;

	for (i = 0; i < NSTATEDAYS; i++)
		if (statedays[i].m == m && statedays[i].d == d)
			return 1;
	return 0;
}

static int
workday64(int64_t day, unsigned flags)
{
	int64_t	 y;
	int	 m, d;

	if (weekday64(day) > 5)
		return 0;
	if (holiday64(day, NULL))
		return 0;
	if (flags & CAL_WD_STATE) {
		civil_from_days(day, &y, &m, &d);
		if (stateday(m, d))
			return 0;
	}
	return 1;
}

/* Mon-Fri days up to and including day, counted from an arbitrary Monday. */
static int64_t
weekdays_upto(int64_t day)
{
	int64_t	 t = day - 4;	/* day 4 = Monday 1970-01-05 */
	int64_t	 r = floormod(t, 7);

	return 5 * floordiv(t, 7) + (r < 5 ? r + 1 : 5);
}

/* The distinct days off (holidays, maybe state days) of year y. */
static size_t
offdays(int64_t y, unsigned flags, int64_t *out)
{
	const struct holiday	*h;
	int64_t			 easter = easter64(y), day;
	size_t			 i, j, n = 0;

	for (i = 0; i < NHOLIDAYS; i++) {
		h = &holidays[i];
		if (h->until != 0 && y > h->until)
			continue;
		out[n++] = h->easter ? easter + h->off : ymd64(y, h->m, h->d);
	}
	if (!(flags & CAL_WD_STATE))
		return n;
	for (i = 0; i < NSTATEDAYS; i++) {
		/* Grundlovsdag can be 2. pinsedag (2017): count it once. */
		day = ymd64(y, statedays[i].m, statedays[i].d);
		for (j = 0; j < n; j++)
			if (out[j] == day)
				break;
		if (j == n)
			out[n++] = day;
	}
	return n;
}

/* Working days in (a, b], a <= b: weekdays less weekday days off, per year. */
static int64_t
count_workdays(int64_t a, int64_t b, unsigned flags)
{
	int64_t	 n, y, ya, yb, off[MAX_OFFDAYS];
	size_t	 i, k;
	int	 m, d;

	if (b <= a)
		return 0;
	n = weekdays_upto(b) - weekdays_upto(a);
	civil_from_days(a + 1, &ya, &m, &d);
	civil_from_days(b, &yb, &m, &d);
	for (y = ya; y <= yb; y++) {
		k = offdays(y, flags, off);
		for (i = 0; i < k; i++)
			if (off[i] > a && off[i] <= b && weekday64(off[i]) <= 5)
				n--;
	}
	return n;
}

int
cal_valid_ymd(int y, int m, int d)
{
	/* Four-digit years only: what cal_format can write. */
	if (y < 1 || y > 9999)
		return 0;
	return d >= 1 && d <= mdays(y, m);
}

cal_day
cal_from_ymd(int y, int m, int d)
{
	return (cal_day)ymd64(y, m, d);
}

void
cal_to_ymd(cal_day day, int *y, int *m, int *d)
{
	int64_t	 yy;
	int	 mm, dd;

	civil_from_days(day, &yy, &mm, &dd);
	if (y != NULL)
		*y = (int)yy;
	if (m != NULL)
		*m = mm;
	if (d != NULL)
		*d = dd;
}

int
cal_days_in_month(int y, int m)
{
	return mdays(y, m);
}

static int
digits(const char *s, int n)
{
	int	 v = 0;

	while (n-- > 0) {
		if (*s < '0' || *s > '9')
			return -1;
		v = v * 10 + (*s++ - '0');
	}
	return v;
}

int
cal_parse(const char *s, cal_day *out)
{
	int	 y, m, d;

	if (s == NULL)
		return -1;
	/* Check the separators first so digits() never reads past a NUL. */
	if (s[0] == '\0' || s[1] == '\0' || s[2] == '\0' || s[3] == '\0' ||
	    s[4] != '-' || s[5] == '\0' || s[6] == '\0' || s[7] != '-' ||
	    s[8] == '\0' || s[9] == '\0' || s[10] != '\0')
		return -1;
	if ((y = digits(s, 4)) < 0 || (m = digits(s + 5, 2)) < 0 ||
	    (d = digits(s + 8, 2)) < 0)
		return -1;
	if (y < 1900 || y > 2199 || !cal_valid_ymd(y, m, d))
		return -1;
	if (out != NULL)
		*out = cal_from_ymd(y, m, d);
	return 0;
}

static void
putnum(char *p, int v, int n)
{
	while (n-- > 0) {
		p[n] = (char)('0' + v % 10);
		v /= 10;
	}
}

void
cal_format(cal_day day, char *buf)
{
	int	 y, m, d;

	cal_to_ymd(day, &y, &m, &d);
	if (y < 0 || y > 9999) {
		/* Does not fit 11 bytes; month 00 is never a valid date. */
		memcpy(buf, "0000-00-00", 11);
		return;
	}
	putnum(buf, y, 4);
	buf[4] = '-';
	putnum(buf + 5, m, 2);
	buf[7] = '-';
	putnum(buf + 8, d, 2);
	buf[10] = '\0';
}

char *
cal_format_long(cal_day day, char *buf, size_t bufsz)
{
	int	 y, m, d;

	cal_to_ymd(day, &y, &m, &d);
	if (bufsz > 0)
		snprintf(buf, bufsz, "%d. %s %d", d, monthnames[m - 1], y);
	return buf;
}

int
cal_weekday(cal_day day)
{
	return weekday64(day);
}

cal_day
cal_easter(int year)
{
	return (cal_day)easter64(year);
}

int
cal_holiday(cal_day day, const char **name)
{
	return holiday64(day, name);
}

int
cal_is_workday(cal_day day, unsigned flags)
{
	return workday64(day, flags);
}

cal_day
cal_add_workdays(cal_day d, int n, unsigned flags)
{
	int64_t	 cur = d, rem = n, m;

	/*
	 * Jump whole weeks holding fewer weekdays than remain, so that the
	 * jump cannot overshoot; only the days off it met are left to walk.
	 */
	while (rem > JUMP_MIN) {
		m = 7 * ((rem - 1) / 5);
		rem -= count_workdays(cur, cur + m, flags);
		cur += m;
	}
	while (rem < -JUMP_MIN) {
		m = 7 * ((-rem - 1) / 5);
		/* Working days in [cur - m, cur). */
		rem += count_workdays(cur - m - 1, cur - 1, flags);
		cur -= m;
	}
	while (rem > 0) {
		cur++;
		if (workday64(cur, flags))
			rem--;
	}
	while (rem < 0) {
		cur--;
		if (workday64(cur, flags))
			rem++;
	}
	return (cal_day)cur;
}

int
cal_workdays_between(cal_day from, cal_day to, unsigned flags)
{
	if (to >= from)
		return (int)count_workdays(from, to, flags);
	return (int)-count_workdays(to, from, flags);
}

int
cal_quarter(cal_day day)
{
	int	 m;

	cal_to_ymd(day, NULL, &m, NULL);
	return (m - 1) / 3 + 1;
}

cal_day
cal_quarter_start(int y, int q)
{
	return (cal_day)ymd64(y, 3 * (int64_t)q - 2, 1);
}

cal_day
cal_quarter_end(int y, int q)
{
	return (cal_day)(ymd64(y, 3 * (int64_t)q + 1, 1) - 1);
}

cal_day
cal_half_start(int y, int h)
{
	return (cal_day)ymd64(y, 6 * (int64_t)h - 5, 1);
}

cal_day
cal_half_end(int y, int h)
{
	return (cal_day)(ymd64(y, 6 * (int64_t)h + 1, 1) - 1);
}

cal_day
cal_year_start(int y)
{
	return (cal_day)ymd64(y, 1, 1);
}

cal_day
cal_year_end(int y)
{
	return (cal_day)(ymd64((int64_t)y + 1, 1, 1) - 1);
}

cal_day
cal_add_months(cal_day day, int months)
{
	int64_t	 y, t;
	int	 m, d, dim;

	civil_from_days(day, &y, &m, &d);
	t = y * 12 + (m - 1) + months;
	y = floordiv(t, 12);
	m = (int)floormod(t, 12) + 1;
	dim = mdays(y, m);
	if (d > dim)
		d = dim;
	return (cal_day)days_from_civil(y, m, d);
}

/* The last Sunday of month m (March or October) in year y. */
static int64_t
last_sunday(int64_t y, int m)
{
	int64_t	 last = days_from_civil(y, m, 31);

	return last - weekday64(last) % 7;
}

/*
 * Compare as (day, seconds) rather than seconds, so that no product of
 * a day number and 86400 can overflow near the ends of time_t.
 */
static int
cph_offset(int64_t day, int64_t secs)
{
	int64_t	 y, on, off;
	int	 m, d;

	civil_from_days(day, &y, &m, &d);
	if (m < 3 || m > 10)
		return 3600;
	on = last_sunday(y, 3);
	off = last_sunday(y, 10);
	if (day < on || (day == on && secs < DST_SECS))
		return 3600;
	if (day > off || (day == off && secs >= DST_SECS))
		return 3600;
	return 7200;
}

int
cal_cph_offset(time_t utc)
{
	int64_t	 t = (int64_t)utc;

	return cph_offset(floordiv(t, SECS_PER_DAY), floormod(t, SECS_PER_DAY));
}

cal_day
cal_local_day(time_t utc, int *secs)
{
	int64_t	 t = (int64_t)utc, day, s;

	day = floordiv(t, SECS_PER_DAY);
	s = floormod(t, SECS_PER_DAY);
	s += cph_offset(day, s);
	if (s >= SECS_PER_DAY) {
		day++;
		s -= SECS_PER_DAY;
	}
	if (secs != NULL)
		*secs = (int)s;
	return (cal_day)day;
}
