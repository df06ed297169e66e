/*
 * /staff/settings: the settings the rules read (role "admin").  Only the
 * known keys, each with its own type and range; every change is audited.
 */
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "staff.h"
#include "valid.h"

static const struct {
	const char	*key;
	enum valid_type	 type;
	int64_t		 min, max;
} known[] = {
	{ "grants.auditor_threshold_ore", VT_AMOUNT, 0, INT64_C(100000000000) },
	{ "grants.clock_limit_days", VT_INT, 1, 3650 },
	{ "grants.clock_pauses", VT_INT, 0, 1 },
	{ "grants.deviation_permille", VT_INT, 0, 1000 },
	{ "grants.risk_days", VT_INT, 0, 365 },
	{ "whistle.max_failures_per_minute", VT_INT, 1, 10000 },
	{ "whistle.retention_days", VT_INT, 30, 36500 },
};
#define NKNOWN	(sizeof(known) / sizeof(known[0]))

/* The stored value as the form shows it (amounts in kroner). */
static const char *
shown(struct http_req *r, size_t k, const char *stored)
{
	char	 buf[48];

	if (known[k].type != VT_AMOUNT)
		return stored;
	valid_fmt_amount(strtoll(stored, NULL, 10), buf, sizeof(buf));
	return arena_strdup(r->ar, buf);
}

int
page_settings(struct http_req *r)
{
	struct valid_field	 f[NKNOWN];
	struct valid_value	 v[NKNOWN];
	struct valid_msgbuf	 msgs[NKNOWN];
	struct page		 pg;
	struct tpl_dict		*d, *row, *e;
	PGresult		*res, *upd;
	const char		*p[2], *stored[NKNOWN] = { NULL };
	size_t			 k, errs = 0;
	int			 i;

	if ((res = db_exec(STMT_SETTINGS_ALL, NULL)) == NULL)
		return 503;
	for (k = 0; k < NKNOWN; k++) {
		f[k] = (struct valid_field){ known[k].key, known[k].key,
		    known[k].type, VF_REQUIRED, known[k].min, known[k].max,
		    NULL };
		for (i = 0; i < PQntuples(res); i++)
			if (strcmp(db_val(res, i, 0), known[k].key) == 0) {
				stored[k] = arena_strdup(r->ar, db_val(res, i, 1));
				f[k].label = arena_strdup(r->ar, db_val(res, i, 2));
			}
	}
	PQclear(res);
	if (r->method == HTTP_POST)
		errs = valid_form(f, NKNOWN, &r->form, v, msgs);
	d = page_new(r, &pg, "staff/settings.tpl", "Indstillinger");
	for (k = 0; k < NKNOWN; k++) {
		if (stored[k] == NULL)
			continue;	/* a key the database lacks: not shown */
		row = tpl_section(d, "SETTING");
		tpl_set(row, "KEY", known[k].key);
		tpl_set(row, "LABEL", f[k].label);
		tpl_set(row, "VALUE", r->method == HTTP_POST &&
		    kv_str(&r->form, known[k].key) != NULL ?
		    kv_str(&r->form, known[k].key) : shown(r, k, stored[k]));
		if (r->method == HTTP_POST && v[k].err != NULL) {
			tpl_set(tpl_section(row, "ERR"), "MSG", v[k].err);
			tpl_show(d, "HAS_ERRORS");
			e = tpl_section(d, "ERRORS");
			tpl_set(e, "FIELD", known[k].key);
			tpl_set(e, "MSG", v[k].err);
		}
		tpl_show(row, known[k].type == VT_AMOUNT ? "AMOUNT" : "NUMBER");
	}
	if (kv_str(&r->query, "saved") != NULL)
		tpl_show(d, "SAVED");
	if (r->method != HTTP_POST)
		return page_send(r, &pg, 200);
	if (errs > 0)
		return page_send(r, &pg, 422);
	tpl_dict_free(pg.root);
	if (db_begin() == -1)
		return 503;
	for (k = 0; k < NKNOWN; k++) {
		if (stored[k] == NULL)
			continue;
		p[0] = known[k].key;
		p[1] = arena_printf(r->ar, "%lld", (long long)v[k].num);
		if ((upd = db_exec(STMT_SETTING_SET, p)) == NULL)
			goto fail;
		i = PQntuples(upd);
		PQclear(upd);
		/* Only what changed is audited, with its old value. */
		if (i == 1 && staff_audit("setting", NULL, known[k].key,
		    arena_printf(r->ar, "%s -> %s", stored[k], p[1])) == -1)
			goto fail;
	}
	if (db_commit() == -1)
		goto fail;
	http_redirect(r, "/staff/settings?saved=1");
	return 0;
fail:
	db_rollback();
	return 503;
}
