/*
 * /staff/whistle/causes: the cause list of the report form, which the
 * authority keeps itself.  Causes are renamed, reordered or deactivated,
 * never deleted, so every report keeps the cause it was given; each
 * change is audited.  The public form picks a change up within a second.
 */
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "staff.h"

enum { F_ACTION, F_ID, F_LABEL, F_SORT, F_ACTIVE, F_ONCE, F__MAX };

enum { A_ADD, A_SAVE };

static const char *const actions[] = {
	[A_ADD] = "add",
	[A_SAVE] = "save",
	NULL
};

static const struct valid_field fields[F__MAX] = {
	[F_ACTION] = { "action", "Handling", VT_ENUM, VF_REQUIRED, 0, 0,
	    actions },
	[F_ID] = { "id", "Årsag", VT_INT, 0, 1, 1000000, NULL },
	[F_LABEL] = { "label", "Betegnelse", VT_LINE, VF_REQUIRED, 1, 100,
	    NULL },
	[F_SORT] = { "sort", "Rækkefølge", VT_INT, VF_REQUIRED, 0, 9999,
	    NULL },
	[F_ACTIVE] = { "active", "Aktiv", VT_BOOL, 0, 0, 0, NULL },
	/* Only the form of a new cause creates something (and has one). */
	[F_ONCE] = { "once", "Formularens engangsnøgle", VT_TOKEN, 0,
	    CRYPTO_TOKEN_CHARS, CRYPTO_TOKEN_CHARS, NULL },
};

/* An error of the cause being saved: in its row, and in the summary
 * (linked to the row's own input, "label-<id>"). */
static void
row_error(struct http_req *r, struct tpl_dict *d, struct tpl_dict *row,
    const char *field, const char *id, const char *msg)
{
	struct tpl_dict	*e;

	tpl_set(tpl_section(row, strcmp(field, "label") == 0 ?
	    "ROW_LABEL_ERR" : "ROW_SORT_ERR"), "MSG", msg);
	tpl_show(d, "HAS_ERRORS");
	e = tpl_section(d, "ERRORS");
	tpl_set(e, "FIELD", arena_printf(r->ar, "%s-%s", field, id));
	tpl_set(e, "MSG", msg);
}

/*
 * The list, each cause a row of its own form, and the form for a new
 * one.  With v, the request's typing comes back where it was typed:
 * into the row of the cause being saved, or into the new-cause form; msg
 * is an error of the label that is not one of its format.
 */
static int
causes_page(struct http_req *r, int status, const struct valid_value *v,
    const char *msg)
{
	struct page	 pg;
	struct tpl_dict	*d, *c;
	PGresult	*res;
	const char	*cid;
	int		 i, save;
	long long	 used;

	if ((res = db_exec(STMT_WB_CAUSE_LIST, NULL)) == NULL)
		return 503;
	d = page_new(r, &pg, "staff/whistle_causes.tpl", "Årsager");
	save = v != NULL && v[F_ACTION].err == NULL &&
	    v[F_ACTION].num == A_SAVE;
	for (i = 0; i < PQntuples(res); i++) {
		c = tpl_section(d, "CAUSE");
		cid = db_val(res, i, WB_CAUSE_LIST_id);
		tpl_set(c, "CID", cid);
		used = strtoll(db_val(res, i, WB_CAUSE_LIST_used), NULL, 10);
		tpl_set_int(c, "CUSED", used);
		whistle_plural(c, "CUSED", used);
		if (save && strcmp(v[F_ID].str, cid) == 0) {
			tpl_set(c, "CLABEL", kv_str(&r->form, "label") != NULL ?
			    kv_str(&r->form, "label") : "");
			tpl_set(c, "CSORT", kv_str(&r->form, "sort") != NULL ?
			    kv_str(&r->form, "sort") : "");
			if (v[F_ACTIVE].num)
				tpl_show(c, "CACTIVE");
			if (v[F_LABEL].err != NULL || msg != NULL)
				row_error(r, d, c, "label", cid,
				    msg != NULL ? msg : v[F_LABEL].err);
			if (v[F_SORT].err != NULL)
				row_error(r, d, c, "sort", cid, v[F_SORT].err);
			continue;
		}
		tpl_set(c, "CLABEL", db_val(res, i, WB_CAUSE_LIST_label));
		tpl_set(c, "CSORT", db_val(res, i, WB_CAUSE_LIST_sort));
		if (strcmp(db_val(res, i, WB_CAUSE_LIST_active), "t") == 0)
			tpl_show(c, "CACTIVE");
	}
	tpl_show(d, i == 0 ? "NO_CAUSE" : "ANY_CAUSE");
	PQclear(res);
	if (v != NULL && !save) {
		form_fill(d, fields, F__MAX, &r->form, v);
		if (msg != NULL)
			form_error(d, "label", msg);
	}
	if (v == NULL || save || v[F_ONCE].err != NULL || !v[F_ONCE].present)
		form_set(d, "once", app_once_new(r));
	if (v == NULL && staff_query(r, "again") != NULL)
		tpl_show(d, "AGAIN");
	return page_send(r, &pg, status);
}

int
page_whistle_causes(struct http_req *r)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	const char		*p[4];
	PGresult		*res = NULL;
	char			 hash[CRYPTO_HASHHEX];
	size_t			 nerr;
	int			 rc = 503, add, k, dup;

	if (r->method != HTTP_POST) {
		rc = causes_page(r, 200, NULL, NULL);
		goto out;
	}
	nerr = valid_form(fields, F__MAX, &r->form, v, msgs);
	if (v[F_ACTION].err != NULL || v[F_ID].err != NULL ||
	    (v[F_ACTION].num == A_SAVE && !v[F_ID].present)) {
		rc = app_error(r, 400, "Formularen angav ingen kendt "
		    "handling eller årsag.");
		goto out;
	}
	if (nerr > 0) {
		rc = causes_page(r, 422, v, NULL);
		goto out;
	}
	add = v[F_ACTION].num == A_ADD;
	if (add && !v[F_ONCE].present) {
		rc = app_error(r, 400, STAFF_ONCE_STALE);
		goto out;
	}
	if (db_begin() == -1)
		goto out;
	/* A double click on Tilføj: the first made the cause. */
	if (add && (k = staff_once_claim(r, "cause", v[F_ONCE].str,
	    v[F_LABEL].str, NULL, hash)) != 1) {
		db_rollback();
		if (k == 0) {
			http_redirect(r, "/staff/whistle/causes?again=1");
			rc = 0;
		}
		goto out;
	}
	if (add) {
		p[0] = v[F_LABEL].str;
		p[1] = v[F_SORT].str;
		res = db_exec(STMT_WB_CAUSE_ADD, p);
	} else {
		p[0] = v[F_ID].str;
		p[1] = v[F_LABEL].str;
		p[2] = v[F_SORT].str;
		p[3] = v[F_ACTIVE].num ? "t" : "f";
		res = db_exec(STMT_WB_CAUSE_SET, p);
	}
	if (res == NULL) {
		dup = strcmp(db_sqlstate(), "23505") == 0;
		db_rollback();
		if (dup)
			rc = causes_page(r, 409, v, "Der findes allerede en "
			    "årsag med den betegnelse.");
		goto out;
	}
	/* No such cause (causes are never deleted: an id not of the list):
	 * nothing changed, so nothing to audit. */
	if (PQntuples(res) != 1) {
		db_rollback();
		rc = app_error(r, 404, "Årsagen findes ikke.");
		goto out;
	}
	if (whistle_audit(NULL, add ? "cause_add" : "cause_edit",
	    v[F_LABEL].str) == -1 || db_commit() == -1) {
		db_rollback();
		goto out;
	}
	http_redirect(r, "/staff/whistle/causes");
	rc = 0;
out:
	PQclear(res);
	return rc;
}
