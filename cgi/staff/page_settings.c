/*
 * /staff/settings: the settings the rules read (role "admin").  Only the
 * keys of settings.h, each with its own type, range and label; every change
 * is audited.
 */
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "staff.h"
#include "valid.h"

/* The stored value as the form shows it (amounts in kroner). */
static const char *
shown(struct http_req *r, size_t k, const char *stored)
{
	char	 buf[48];

	if (setting_defs[k].type != VT_AMOUNT)
		return stored;
	valid_fmt_amount(strtoll(stored, NULL, 10), buf, sizeof(buf));
	return arena_strdup(r->ar, buf);
}

int
page_settings(struct http_req *r)
{
	struct valid_field	 f[SET__MAX];
	struct valid_value	 v[SET__MAX];
	struct valid_msgbuf	 msgs[SET__MAX];
	struct page		 pg;
	struct tpl_dict		*d, *row, *e;
	PGresult		*res;
	const char		*p[2], *stored[SET__MAX] = { NULL };
	size_t			 k, errs = 0;
	int			 i, rc = 503;

	if ((res = db_exec(STMT_SETTINGS, NULL)) == NULL)
		goto out;
	for (k = 0; k < SET__MAX; k++) {
		f[k] = (struct valid_field){ setting_defs[k].key,
		    setting_defs[k].label, setting_defs[k].type, VF_REQUIRED,
		    setting_defs[k].min, setting_defs[k].max, NULL };
		for (i = 0; i < PQntuples(res); i++)
			if (strcmp(db_val(res, i, SETTINGS_key),
			    setting_defs[k].key) == 0)
				stored[k] = arena_strdup(r->ar,
				    db_val(res, i, SETTINGS_value));
	}
	PQclear(res);
	if (r->method == HTTP_POST)
		errs = valid_form(f, SET__MAX, &r->form, v, msgs);
	d = page_new(r, &pg, "staff/settings.tpl", "Indstillinger");
	for (k = 0; k < SET__MAX; k++) {
		if (stored[k] == NULL)
			continue;	/* a key the database lacks: not shown */
		row = tpl_section(d, "SETTING");
		tpl_set(row, "KEY", setting_defs[k].key);
		tpl_set(row, "LABEL", f[k].label);
		tpl_set(row, "VALUE", r->method == HTTP_POST &&
		    kv_str(&r->form, setting_defs[k].key) != NULL ?
		    kv_str(&r->form, setting_defs[k].key) : shown(r, k, stored[k]));
		if (r->method == HTTP_POST && v[k].err != NULL) {
			tpl_set(tpl_section(row, "ERR"), "MSG", v[k].err);
			tpl_show(d, "HAS_ERRORS");
			e = tpl_section(d, "ERRORS");
			tpl_set(e, "FIELD", setting_defs[k].key);
			tpl_set(e, "MSG", v[k].err);
		}
		tpl_show(row, setting_defs[k].type == VT_AMOUNT ? "AMOUNT" : "NUMBER");
	}
	if (kv_str(&r->query, "saved") != NULL)
		tpl_show(d, "SAVED");
	if (r->method != HTTP_POST || errs > 0) {
		rc = page_send(r, &pg, errs > 0 ? 422 : 200);
		goto out;
	}
	tpl_dict_free(pg.root);
	if (db_begin() == -1)
		goto out;
	for (k = 0; k < SET__MAX; k++) {
		if (stored[k] == NULL)
			continue;
		p[0] = setting_defs[k].key;
		p[1] = arena_printf(r->ar, "%lld", (long long)v[k].num);
		if ((i = db_count(STMT_SETTING_SET, p)) == -1)
			goto fail;
		/* Only what changed is audited, with its old value. */
		if (i == 1 && staff_audit("setting", NULL, setting_defs[k].key,
		    arena_printf(r->ar, "%s -> %s", stored[k], p[1])) == -1)
			goto fail;
	}
	if (db_commit() == -1)
		goto fail;
	http_redirect(r, "/staff/settings?saved=1");
	rc = 0;
	goto out;
fail:
	db_rollback();
out:
	return rc;
}
