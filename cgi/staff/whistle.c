/*
 * The whistleblower channel on the staff side: the authority's key, the
 * code lists and their Danish labels, opening encrypted columns, the
 * audit log and the deadlines.  The pages are page_whistle_*.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "staff.h"
#include "wbcodes.h"
#include "wbstats.h"

/* The authority's key pair, loaded once before the workers fork. */
static unsigned char	 auth_pk[WB_KEY], auth_sk[WB_KEY];

/* The code lists (wbcodes.h), with parallel Danish labels. */
#define LABEL_OF2(c, l)		l,
#define LABEL_OF3(c, k, l)	l,
#define LABEL_OF4(c, k, l, t)	l,
const char *const whistle_statuses[] = { WB_STATES(WB_CODE_OF) NULL };
static const char *const status_da[] = { WB_STATES(LABEL_OF3) };
const char *const whistle_offer_types[] = { WB_OFFERS(WB_CODE_OF) NULL };
static const char *const offer_da[] = { WB_OFFERS(LABEL_OF4) };
const char *const whistle_relations[] = { WB_RELATIONS(WB_CODE_OF) NULL };
static const char *const relation_da[] = { WB_RELATIONS(LABEL_OF3) };
const char *const whistle_risks[] = { WB_RISKS(WB_CODE_OF) NULL };
static const char *const risk_da[] = { WB_RISKS(LABEL_OF2) };
const char *const whistle_actions[] = { WB_ACTIONS(WB_CODE_OF) NULL };
static const char *const action_da[] = { WB_ACTIONS(LABEL_OF2) };
const char *const whistle_closings[] = { WB_REASONS(WB_CODE_OF) NULL };
static const char *const closing_da[] = { WB_REASONS(LABEL_OF3) };

static const struct {
	const char *const	*codes;
	const char *const	*labels;
} lists[] = {
	{ whistle_statuses, status_da },
	{ whistle_offer_types, offer_da },
	{ whistle_relations, relation_da },
	{ whistle_risks, risk_da },
	{ whistle_actions, action_da },
	{ whistle_closings, closing_da },
};

const char *
whistle_label(const char *const *codes, const char *code)
{
	size_t	 i, k;

	for (i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
		if (lists[i].codes != codes)
			continue;
		for (k = 0; codes[k] != NULL; k++)
			if (strcmp(codes[k], code) == 0)
				return lists[i].labels[k];
	}
	return code;
}

int
whistle_init(void)
{
	const char	*path = app_cfg("whistle_secret", NULL);

	if (path == NULL) {
		log_err("config: whistle_secret (the authority's key) is "
		    "required");
		return -1;
	}
	return wb_load_secret(path, auth_pk, auth_sk);
}

int
whistle_audit(const char *report, const char *action, const char *detail)
{
	const char	*p[4] = { staff_user.id, report, action, detail };
	PGresult	*res;

	if ((res = db_exec(STMT_WB_AUDIT, p)) == NULL)
		return -1;
	PQclear(res);
	return 0;
}

unsigned char *
whistle_bytea(struct arena *a, const PGresult *res, int row, int col,
    size_t *len)
{
	unsigned char	*bin, *out;
	size_t		 n;

	*len = 0;
	if (db_isnull(res, row, col))
		return NULL;
	bin = PQunescapeBytea((const unsigned char *)db_val(res, row, col), &n);
	if (bin == NULL)
		return NULL;
	out = arena_alloc(a, n + 1);
	memcpy(out, bin, n);
	PQfreemem(bin);
	*len = n;
	return out;
}

int
whistle_key(struct arena *a, const PGresult *res, int row, int col,
    unsigned char k[WB_KEY])
{
	unsigned char	*sealed;
	size_t		 n;

	if ((sealed = whistle_bytea(a, res, row, col, &n)) == NULL)
		return -1;
	if (wb_unseal(sealed, n, auth_pk, auth_sk, k) == -1) {
		log_err("whistle: a report key does not open with the "
		    "authority's key");
		return -1;
	}
	return 0;
}

int
whistle_open(struct arena *a, const unsigned char k[WB_KEY],
    const PGresult *res, int row, int col, const char **f, size_t n)
{
	unsigned char	*blob;
	size_t		 len, i;

	for (i = 0; i < n; i++)
		f[i] = "";
	if ((blob = whistle_bytea(a, res, row, col, &len)) == NULL ||
	    wb_open_fields(a, k, blob, len, f, n) == -1) {
		for (i = 0; i < n; i++)
			f[i] = "";
		return -1;
	}
	return 0;
}

/* One deadline into PREFIX_DUE, _DONE, _STATE and _CLASS. */
static void
deadline(struct http_req *r, struct tpl_dict *d, const char *prefix,
    enum ws_deadline which, cal_day received, const char *done, int closed,
    cal_day today)
{
	/* Indexed by enum ws_state. */
	static const char *const state_da[] = {
		"afventer", "snart", "overskredet", "overholdt", "for sent",
		"ikke overholdt, sagen er lukket"
	};
	enum ws_state	 st;
	cal_day		 due, on;
	const char	*words;
	char		 buf[11], key[32];
	int		 left;

	due = ws_due(which, received);
	st = ws_state(due, cal_parse(done, &on) == 0 ? &on : NULL, today,
	    closed);
	words = state_da[st];
	/* Soon is counted in working days, but said in days. */
	if (st == WS_SOON) {
		left = (int)(due - today);
		words = left == 0 ? "snart (i dag)" : left == 1 ?
		    "snart (i morgen)" : arena_printf(r->ar,
		    "snart (om %d dage)", left);
	}
	cal_format(due, buf);
	snprintf(key, sizeof(key), "%s_DUE", prefix);
	tpl_set(d, key, buf);
	snprintf(key, sizeof(key), "%s_DONE", prefix);
	tpl_set(d, key, done);
	snprintf(key, sizeof(key), "%s_STATE", prefix);
	tpl_set(d, key, words);
	snprintf(key, sizeof(key), "%s_CLASS", prefix);
	tpl_set(d, key, ws_class(st));
}

int
whistle_deadlines(struct http_req *r, struct tpl_dict *d,
    const char *received, const char *registered, const char *acknowledged,
    const char *feedback, int closed, cal_day today)
{
	cal_day	 rec;
	int	 age;

	if (cal_parse(received, &rec) == -1)
		return -1;
	deadline(r, d, "REG", WS_REGISTER, rec, registered, closed, today);
	deadline(r, d, "ACK", WS_ACK, rec, acknowledged, closed, today);
	deadline(r, d, "FB", WS_FEEDBACK, rec, feedback, closed, today);
	age = cal_workdays_between(rec, today, 0);
	tpl_set_int(d, "AGE", age);
	whistle_plural(d, "AGE", age);
	return 0;
}

void
whistle_plural(struct tpl_dict *d, const char *key, long long n)
{
	char	 sec[40];

	snprintf(sec, sizeof(sec), "%s_%s", key, n == 1 ? "ONE" : "MANY");
	tpl_show(d, sec);
}
