/* alerts: which staff mails are due (alerts.h). */
#include <stdio.h>
#include <stdlib.h>

#include "alerts.h"
#include "wbstats.h"

static const struct {
	const char	*key;
	const char	*label;
} wb_alerts[AW__MAX] = {
	[AW_UNREGISTERED] = { "unregistered",
	    "Indberetningen er ikke registreret inden for 1 arbejdsdag" },
	[AW_ACK] = { "ack",
	    "Indberetteren har ikke fået en bekræftelse, og fristen på 7 dage "
	    "nærmer sig" },
	[AW_FEEDBACK] = { "feedback",
	    "Indberetteren har ikke fået feedback, og fristen på 3 måneder "
	    "nærmer sig" },
};

cal_day
alert_wb_from(enum alert_wb a, cal_day received)
{
	switch (a) {
	case AW_UNREGISTERED:
		return ws_due(WS_REGISTER, received) + 1;
	case AW_ACK:
		return ws_due(WS_ACK, received) - AW_ACK_BEFORE;
	case AW_FEEDBACK:
	case AW__MAX:
		break;
	}
	return ws_due(WS_FEEDBACK, received) - AW_FEEDBACK_BEFORE;
}

unsigned
alert_wb_due(const struct alert_report *r, cal_day today)
{
	const cal_day	 done[AW__MAX] = {
		[AW_UNREGISTERED] = r->registered,
		[AW_ACK] = r->acknowledged,
		[AW_FEEDBACK] = r->feedback,
	};
	unsigned	 due = 0;
	int		 a;

	if (r->received == ALERT_NODAY || r->closed != ALERT_NODAY)
		return 0;
	for (a = 0; a < AW__MAX; a++)
		if (done[a] == ALERT_NODAY &&
		    today >= alert_wb_from((enum alert_wb)a, r->received))
			due |= AW_BIT(a);
	return due;
}

const char *
alert_wb_key(enum alert_wb a)
{
	return (unsigned)a < AW__MAX ? wb_alerts[a].key : NULL;
}

const char *
alert_wb_label(enum alert_wb a)
{
	return (unsigned)a < AW__MAX ? wb_alerts[a].label : NULL;
}

int
alert_wb_dedup(char *buf, size_t bufsz, long long report_id, enum alert_wb a)
{
	int	 n;

	if ((unsigned)a >= AW__MAX)
		return -1;
	n = snprintf(buf, bufsz, "wb:%lld:%s", report_id, wb_alerts[a].key);
	return n < 0 || (size_t)n >= bufsz ? -1 : 0;
}

/* Fewest days left first; the same, the older id (a stable order). */
static int
by_left(const void *a, const void *b)
{
	const struct alert_case	*x = a, *y = b;

	if (x->left != y->left)
		return x->left < y->left ? -1 : 1;
	return (x->id > y->id) - (x->id < y->id);
}

size_t
alert_digest_select(struct alert_case *cases, size_t n, cal_day today,
    int limit, int near)
{
	struct alert_case	 t;
	size_t			 i, k = 0;

	for (i = 0; i < n; i++) {
		cases[i].left = grant_clock_left(&cases[i].clock, today, limit);
		if (cases[i].clock.decided != GRANT_NODAY ||
		    cases[i].left > near)
			continue;
		t = cases[k];
		cases[k++] = cases[i];
		cases[i] = t;
	}
	if (k > 1)
		qsort(cases, k, sizeof(cases[0]), by_left);
	return k;
}

int
alert_digest_due(int digest_on, const char *email, size_t nlisted,
    cal_day today, int workdays_only)
{
	if (!digest_on || email == NULL || *email == '\0' || nlisted == 0)
		return 0;
	/* The staff are state employees: their days off (5/6, 24/12,
	 * 31/12) are not working days for the digest either. */
	return !workdays_only || cal_is_workday(today, CAL_WD_STATE);
}

int
alert_digest_dedup(char *buf, size_t bufsz, long long staff_id,
    cal_day today)
{
	char	 day[11];
	int	 n;

	cal_format(today, day);
	n = snprintf(buf, bufsz, "digest:%lld:%s", staff_id, day);
	return n < 0 || (size_t)n >= bufsz ? -1 : 0;
}
