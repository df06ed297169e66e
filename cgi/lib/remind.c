/* remind: the reminder schedule of an obligation (see remind.h). */
#include <stdio.h>
#include <string.h>

#include "remind.h"

const struct remind_cfg remind_defaults = {
	.days_before = { 14, 3 },
	.overdue_every = 7,
	.overdue_max = 4,
	.working_days = 0,
};

static int
clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

/* d, or the nearest working day in the direction step (-1 or +1). */
static cal_day
move(cal_day d, int step, int working_days)
{
	if (working_days)
		while (!cal_is_workday(d, 0))
			d += step;
	return d;
}

static void
add(struct remind *out, size_t max, size_t *n, enum remind_kind kind,
    cal_day day, const char *key)
{
	if (*n < max) {
		out[*n].kind = kind;
		out[*n].day = day;
		out[*n].until = day;
		snprintf(out[*n].key, sizeof(out[*n].key), "%s", key);
	}
	(*n)++;
}

size_t
remind_list(cal_day due, const struct remind_cfg *c, struct remind *out,
    size_t max)
{
	struct remind	 all[REMIND_MAX];
	int		 b[REMIND_BEFORE_MAX], i, j, t, every, nover;
	char		 key[REMIND_KEY];
	size_t		 n = 0, k;

	for (i = 0; i < REMIND_BEFORE_MAX; i++)
		b[i] = clamp(c->days_before[i], 0, 365);
	for (i = 0; i < REMIND_BEFORE_MAX; i++)	/* largest first */
		for (j = i + 1; j < REMIND_BEFORE_MAX; j++)
			if (b[j] > b[i]) {
				t = b[i];
				b[i] = b[j];
				b[j] = t;
			}
	for (i = 0; i < REMIND_BEFORE_MAX; i++) {
		if (b[i] == 0 || (i > 0 && b[i] == b[i - 1]))
			continue;
		snprintf(key, sizeof(key), "d-%d", b[i]);
		add(all, REMIND_MAX, &n, REMIND_BEFORE,
		    move(due - b[i], -1, c->working_days), key);
	}
	add(all, REMIND_MAX, &n, REMIND_DUE, move(due, -1, c->working_days),
	    "d0");
	every = clamp(c->overdue_every, 1, 365);
	nover = clamp(c->overdue_max, 0, REMIND_OVERDUE_LIMIT);
	for (i = 0; i < nover; i++) {
		snprintf(key, sizeof(key), "o%d", i + 1);
		add(all, REMIND_MAX, &n, REMIND_OVERDUE,
		    move(due + 1 + i * every, 1, c->working_days), key);
	}
	/* Moving keeps the order (both directions are monotonic, and the
	 * before ones stay on or before the due date, the overdue after). */
	for (k = 0; k < n; k++)
		all[k].until = k + 1 < n ? all[k + 1].day :
		    all[k].day + every;
	if (n > max)
		n = max;
	memcpy(out, all, n * sizeof(*out));
	return n;
}

enum remind_kind
remind_today(cal_day due, int received, cal_day today,
    const struct remind_cfg *c, struct remind *out)
{
	struct remind	 all[REMIND_MAX];
	size_t		 n, k;

	memset(out, 0, sizeof(*out));
	out->kind = REMIND_NONE;
	if (received)
		return REMIND_NONE;
	n = remind_list(due, c, all, REMIND_MAX);
	for (k = 0; k < n; k++)
		if (all[k].day <= today && today < all[k].until) {
			*out = all[k];
			break;
		}
	return out->kind;
}

const char *
remind_kind_name(enum remind_kind k)
{
	switch (k) {
	case REMIND_BEFORE:
		return "remind_before";
	case REMIND_DUE:
		return "remind_due";
	case REMIND_OVERDUE:
		return "remind_overdue";
	default:
		return "";
	}
}
