/* grant: disbursement, processing clocks, deviations, schedules (grant.h). */
#include <limits.h>
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "cal.h"
#include "grant.h"
#include "i18n.h"
#include "util.h"

static int
clamp_int(int64_t v)
{
	if (v > INT_MAX)
		return INT_MAX;
	if (v < INT_MIN)
		return INT_MIN;
	return (int)v;
}

/* --- a pool's phase --------------------------------------------------- */

static const char *const phase_names[][2] = {
	[GP_DRAFT]	= { "draft",	 "Kladde (ikke offentlig)" },
	[GP_UPCOMING]	= { "upcoming",	 "Åbner snart" },
	[GP_OPEN]	= { "open",	 "Åben for ansøgninger" },
	[GP_CLOSED]	= { "closed",	 "Lukket" },
	[GP_DISBURSED]	= { "disbursed", "Udmøntet" },
};

enum grant_phase
grant_pool_phase(const char *status, cal_day opens, cal_day closes,
    cal_day today)
{
	if (status == NULL)
		return GP_DRAFT;
	if (strcmp(status, "open") == 0) {
		if (opens != GRANT_NODAY && today < opens)
			return GP_UPCOMING;
		return today > closes ? GP_CLOSED : GP_OPEN;
	}
	if (strcmp(status, "closed") == 0)
		return GP_CLOSED;
	if (strcmp(status, "disbursed") == 0)
		return GP_DISBURSED;
	return GP_DRAFT;	/* "draft", and anything unknown is not public */
}

const char *
grant_phase_code(enum grant_phase p)
{
	return (unsigned)p < sizeof(phase_names) / sizeof(phase_names[0]) ?
	    phase_names[p][0] : "draft";
}

const char *
grant_phase_label(enum grant_phase p)
{
	return (unsigned)p < sizeof(phase_names) / sizeof(phase_names[0]) ?
	    phase_names[p][1] : phase_names[GP_DRAFT][1];
}

/* --- rettidig udmøntning ---------------------------------------------- */

static int
all_decided(const struct grant_pool_state *s)
{
	return s->decided >= s->applications;
}

/* Closed and every application decided: the decisions are all made. */
static int
finished(const struct grant_pool_state *s, cal_day today)
{
	return !s->draft && today > s->closes && all_decided(s);
}

cal_day
grant_disbursed_on(const struct grant_pool_state *s, cal_day today)
{
	if (!finished(s, today) || s->awarded <= 0)
		return GRANT_NODAY;
	/* GRANT_NODAY is INT32_MIN, so no decision gives the closing day. */
	return s->last_decision > s->closes ? s->last_decision : s->closes;
}

enum grant_disb
grant_disbursement(const struct grant_pool_state *s, cal_day today,
    int risk_days)
{
	cal_day	 on;
	int64_t	 left;

	if (s->draft)
		return GD_DRAFT;
	if (finished(s, today)) {
		if ((on = grant_disbursed_on(s, today)) == GRANT_NODAY)
			return GD_NOTHING;
		if (s->deadline == GRANT_NODAY || on <= s->deadline)
			return GD_ON_TIME;
		return GD_LATE;
	}
	/* The deadline counts while the window is still open, too. */
	if (s->deadline != GRANT_NODAY) {
		if (today > s->deadline)
			return GD_OVERDUE;
		/* 64 bits: a far deadline minus an early today overflows. */
		left = (int64_t)s->deadline - today;
		if (!all_decided(s) && left <= (risk_days > 0 ? risk_days : 0))
			return GD_AT_RISK;
	}
	if (s->opens != GRANT_NODAY && today < s->opens)
		return GD_UPCOMING;
	if (today <= s->closes)
		return GD_RECEIVING;
	return GD_PENDING;
}

static const char *const disb_names[][2] = {
	[GD_RECEIVING]	= { "receiving",	 "Modtager ansøgninger" },
	[GD_PENDING]	= { "pending",		 "Afventer afgørelser" },
	[GD_AT_RISK]	= { "at_risk",		 "I risiko for forsinkelse" },
	[GD_OVERDUE]	= { "overdue",		 "Overskredet frist" },
	[GD_ON_TIME]	= { "disbursed_on_time", "Udmøntet rettidigt" },
	[GD_LATE]	= { "disbursed_late",	 "Udmøntet for sent" },
	[GD_UPCOMING]	= { "upcoming",		 "Åbner snart" },
	[GD_NOTHING]	= { "nothing",		 "Intet udmøntet" },
	[GD_DRAFT]	= { "draft",		 "Ikke offentliggjort" },
};

const char *
grant_disb_label(enum grant_disb d)
{
	return (unsigned)d < sizeof(disb_names) / sizeof(disb_names[0]) ?
	    disb_names[d][1] : "Ukendt";
}

const char *
grant_disb_code(enum grant_disb d)
{
	return (unsigned)d < sizeof(disb_names) / sizeof(disb_names[0]) ?
	    disb_names[d][0] : "unknown";
}

/* --- processing clock ------------------------------------------------- */

/* Pause i clipped to [from, to): 0 if nothing of it is left. */
static int
pause_part(const struct grant_pause *p, int64_t from, int64_t to,
    int64_t *s, int64_t *e)
{
	if (p->start == GRANT_NODAY)
		return 0;
	*s = p->start > from ? p->start : from;
	*e = p->end == GRANT_NODAY || p->end > to ? to : p->end;
	return *s < *e;
}

/*
 * Days of [from, to) inside at least one pause.  Pauses may overlap and
 * come in any order; with no allocation, sweep from left to right: take
 * the earliest part not yet counted and grow it through every pause that
 * overlaps or touches it.  Quadratic or worse, but cases have few pauses.
 */
static int64_t
paused_days(const struct grant_pause *p, size_t n, int64_t from, int64_t to)
{
	int64_t	 cur = from, total = 0, s, e, bs = 0, be = 0;
	size_t	 i;
	int	 found, grown;

	for (;;) {
		found = 0;
		for (i = 0; i < n; i++) {
			if (!pause_part(&p[i], cur, to, &s, &e))
				continue;
			if (!found || s < bs) {
				bs = s;
				be = e;
				found = 1;
			}
		}
		if (!found)
			break;
		do {
			grown = 0;
			for (i = 0; i < n; i++) {
				if (!pause_part(&p[i], cur, to, &s, &e))
					continue;
				if (s <= be && e > be) {
					be = e;
					grown = 1;
				}
			}
		} while (grown);
		total += be - bs;
		cur = be;
	}
	return total;
}

static int64_t
clock_days(const struct grant_clock *c, cal_day today)
{
	int64_t	 end, elapsed;

	end = c->decided != GRANT_NODAY ? c->decided : today;
	elapsed = end - c->received;
	if (elapsed <= 0)
		return 0;
	if (c->pauses_stop_clock && c->pauses != NULL)
		elapsed -= paused_days(c->pauses, c->npauses, c->received,
		    end);
	return elapsed;
}

int
grant_clock_days(const struct grant_clock *c, cal_day today)
{
	return clamp_int(clock_days(c, today));
}

int
grant_clock_left(const struct grant_clock *c, cal_day today, int limit)
{
	return clamp_int((int64_t)limit - clock_days(c, today));
}

/* "9. december 2026" without its year: "9. december". */
static void
day_month(cal_day d, char *buf, size_t bufsz)
{
	char	*sp;

	cal_format_long(d, buf, bufsz);
	if ((sp = strrchr(buf, ' ')) != NULL)
		*sp = '\0';
}

char *
grant_period_long(cal_day from, cal_day to, char *buf, size_t bufsz)
{
	char	 a[32], b[32];
	int	 fy, fm, fd, ty, tm, td;

	if (bufsz == 0)
		return buf;
	if (to <= from) {
		cal_format_long(from, buf, bufsz);
		return buf;
	}
	cal_to_ymd(from, &fy, &fm, &fd);
	cal_to_ymd(to, &ty, &tm, &td);
	cal_format_long(to, b, sizeof(b));
	if (fy == ty && fm == tm)
		snprintf(buf, bufsz, "%d.–%s", fd, b);
	else if (fy == ty) {
		day_month(from, a, sizeof(a));
		snprintf(buf, bufsz, "%s – %s", a, b);
	} else {
		cal_format_long(from, a, sizeof(a));
		snprintf(buf, bufsz, "%s – %s", a, b);
	}
	return buf;
}

/* --- accounts --------------------------------------------------------- */

int
grant_deviates(int64_t budget_ore, int64_t actual_ore, int permille)
{
	uint64_t	 diff, lh, ll, rh, rl;

	/* The true difference of two int64 always fits in uint64. */
	if (actual_ore >= budget_ore)
		diff = (uint64_t)actual_ore - (uint64_t)budget_ore;
	else
		diff = (uint64_t)budget_ore - (uint64_t)actual_ore;
	if (permille < 0)
		permille = 0;
	u64_mul128(diff, 1000, &lh, &ll);
	u64_mul128(u64_mag(budget_ore), (uint64_t)permille, &rh, &rl);
	return lh > rh || (lh == rh && ll > rl);
}

/* (hi:lo) / d for hi < d (the quotient fits in 64 bits); *rem the rest. */
static uint64_t
div128(uint64_t hi, uint64_t lo, uint64_t d, uint64_t *rem)
{
	uint64_t	 q = 0, r = hi;
	int		 i, top;

	for (i = 63; i >= 0; i--) {
		top = (r >> 63) != 0;	/* r << 1 would lose a bit */
		r = (r << 1) | ((lo >> i) & 1);
		q <<= 1;
		if (top || r >= d) {
			r -= d;
			q |= 1;
		}
	}
	*rem = r;
	return q;
}

int
grant_deviation(int64_t budget_ore, int64_t actual_ore, int64_t *pm)
{
	uint64_t	 diff, b, whole, frac, rest, hi, lo;

	*pm = 0;
	if (actual_ore >= budget_ore)
		diff = (uint64_t)actual_ore - (uint64_t)budget_ore;
	else
		diff = (uint64_t)budget_ore - (uint64_t)actual_ore;
	if ((b = u64_mag(budget_ore)) == 0)
		return diff == 0 ? 0 : -1;
	/* diff * 1000 / b = (diff / b) * 1000 + (diff % b) * 1000 / b. */
	whole = diff / b;
	if (whole > (uint64_t)INT64_MAX / 1000) {
		*pm = actual_ore >= budget_ore ? INT64_MAX : -INT64_MAX;
		return 0;
	}
	u64_mul128(diff % b, 1000, &hi, &lo);
	frac = div128(hi, lo, b, &rest);
	/* Half away from zero: rest / b >= 1/2. */
	if (rest >= b - rest)
		frac++;
	whole = whole * 1000 + frac;
	if (whole > (uint64_t)INT64_MAX)
		whole = (uint64_t)INT64_MAX;
	*pm = actual_ore >= budget_ore ? (int64_t)whole : -(int64_t)whole;
	return 0;
}

char *
grant_fmt_permille(int64_t pm, char *buf, size_t bufsz)
{
	uint64_t	 u = pm < 0 ? -(uint64_t)pm : (uint64_t)pm;

	snprintf(buf, bufsz, "%llu,%llu", (unsigned long long)(u / 10),
	    (unsigned long long)(u % 10));
	return buf;
}

int
grant_auditor_required(int64_t amount_ore, int64_t threshold_ore)
{
	return threshold_ore <= 0 || amount_ore >= threshold_ore;
}

/* --- reporting obligations -------------------------------------------- */

size_t
grant_schedule(cal_day start, cal_day end, int every_months, int accounting,
    int accounts_after_months, struct grant_due *out, size_t max)
{
	cal_day	 d, last = GRANT_NODAY;
	int64_t	 k, months;
	size_t	 n = 0;

	if (end < start)
		return 0;
	if (every_months > 0) {
		for (k = 1; n < max; k++) {
			/* Every month has 28 days or more: this one is late. */
			months = k * every_months;
			if (months > ((int64_t)end - start) / 28 + 1)
				break;
			d = cal_add_months(start, (int)months);
			if (d > end)
				break;
			out[n].kind = GK_STATUS;
			out[n++].due = last = d;
		}
		if (n < max && (last == GRANT_NODAY || last < end)) {
			out[n].kind = GK_STATUS;
			out[n++].due = end;
		}
	}
	if (accounting && n < max) {
		out[n].kind = GK_ACCOUNTS;
		out[n++].due = cal_add_months(end, accounts_after_months);
	}
	return n;
}

/* The labels themselves are in templates/i18n/<lang>/portal.txt. */
static const char *const status_keys[][2] = {
	{ "received",	"G_STATUS_RECEIVED" },
	{ "processing",	"G_STATUS_PROCESSING" },
	{ "returned",	"G_STATUS_RETURNED" },
	{ "approved",	"G_STATUS_APPROVED" },
	{ "rejected",	"G_STATUS_REJECTED" },
};

const char *
grant_status_key(const char *status)
{
	return LABEL_OF(status_keys, status);
}

const char *
grant_kind_key(const char *kind)
{
	return strcmp(kind, "accounts") == 0 ? "G_KIND_ACCOUNTS" :
	    "G_KIND_STATUS";
}

const char *
grant_status_label(const char *status)
{
	const char	*k = grant_status_key(status);

	return k != NULL ? i18n_str(LANG_DA, k) : status;
}

const char *
grant_kind_label(const char *kind)
{
	return i18n_str(LANG_DA, grant_kind_key(kind));
}

/* --- pauses as text ------------------------------------------------------ */

/* A date of exactly len bytes at s (not NUL-terminated). */
static int
pause_date(const char *s, size_t len, cal_day *out)
{
	char	 buf[11];

	if (len != 10)
		return -1;
	memcpy(buf, s, 10);
	buf[10] = '\0';
	return cal_parse(buf, out);
}

enum grant_pause_err
grant_pauses_parse(const char *s, const char *seps, cal_day received,
    cal_day decided, struct grant_pause *out, size_t max, size_t *n)
{
	const char	*slash;
	size_t		 len;
	cal_day		 a, b;

	*n = 0;
	for (;;) {
		s += strspn(s, seps);
		if (*s == '\0')
			return GPE_OK;
		len = strcspn(s, seps);
		if (*n == max)
			return GPE_TOO_MANY;
		if ((slash = memchr(s, '/', len)) == NULL)
			return GPE_NO_SLASH;
		b = GRANT_NODAY;
		if (pause_date(s, (size_t)(slash - s), &a) == -1 ||
		    (slash + 1 < s + len &&
		    pause_date(slash + 1, len - (size_t)(slash + 1 - s), &b) ==
		    -1))
			return GPE_BAD_DATE;
		if (received != GRANT_NODAY && a < received)
			return GPE_BEFORE_RECEIVED;
		if (b != GRANT_NODAY && b < a)
			return GPE_END_BEFORE_START;
		if (b != GRANT_NODAY && decided != GRANT_NODAY && b > decided)
			return GPE_AFTER_DECISION;
		if (b == GRANT_NODAY && decided != GRANT_NODAY)
			return GPE_OPEN_DECIDED;
		out[*n].start = a;
		out[*n].end = b;
		(*n)++;
		s += len;
	}
}
