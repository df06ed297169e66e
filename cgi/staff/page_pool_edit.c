/*
 * /staff/pools/new and /staff/pools/<id>/edit: creating and editing pools.
 * A new pool's form carries a one-time key, so a repeat of its POST
 * (reload, double click) goes to the pool it made instead of making
 * another; an edit is the same update again.
 */
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "staff.h"
#include "valid.h"

enum {
	F_NAME, F_THEME, F_PURPOSE, F_AMOUNT, F_YEAR, F_OPENS, F_CLOSES,
	F_APPLICATION, F_DEADLINE, F_LEGAL, F_STATUS, F_ONCE, F__MAX
};

static const char *const statuses[] = {
	"draft", "open", "closed", "disbursed", NULL
};

static const struct valid_field fields[F__MAX] = {
	[F_NAME] =	{ "name", "Navn", VT_LINE, VF_REQUIRED, 1, 300, NULL },
	[F_THEME] =	{ "theme", "Tema", VT_LINE, VF_REQUIRED, 1, 100, NULL },
	[F_PURPOSE] =	{ "purpose", "Formål", VT_TEXT, 0, 0, 20000, NULL },
	[F_AMOUNT] =	{ "amount", "Puljens beløb", VT_AMOUNT, VF_REQUIRED,
			  0, INT64_C(100000000000000), NULL },
	[F_YEAR] =	{ "fin_year", "Finansår", VT_INT, VF_REQUIRED, 2000,
			  2100, NULL },
	[F_OPENS] =	{ "opens", "Ansøgningsperioden åbner", VT_DATE,
			  VF_REQUIRED, 0, 0, NULL },
	[F_CLOSES] =	{ "closes", "Ansøgningsfrist", VT_DATE, VF_REQUIRED,
			  0, 0, NULL },
	[F_APPLICATION] = { "application_based", "Ansøgningsbaseret",
			  VT_LINE, VF_REQUIRED, 1, 40, NULL },
	[F_DEADLINE] =	{ "deadline", "Udmøntningsfrist", VT_DATE, 0, 0, 0,
			  NULL },
	[F_LEGAL] =	{ "legal_basis", "Hjemmel (fx aktstykke)", VT_LINE, 0,
			  0, 300, NULL },
	[F_STATUS] =	{ "status", "Status", VT_ENUM, VF_REQUIRED, 0, 0,
			  statuses },
	[F_ONCE] =	STAFF_ONCE_FIELD,
};

/* The column of POOL_GET each field is filled from (amount in øre). */
static const int cols[F_ONCE] = {
	[F_NAME] = POOL_GET_name,
	[F_THEME] = POOL_GET_theme,
	[F_PURPOSE] = POOL_GET_purpose,
	[F_AMOUNT] = POOL_GET_amount_ore,
	[F_YEAR] = POOL_GET_fin_year,
	[F_OPENS] = POOL_GET_opens,
	[F_CLOSES] = POOL_GET_closes,
	[F_APPLICATION] = POOL_GET_application_based,
	[F_DEADLINE] = POOL_GET_disbursement_deadline,
	[F_LEGAL] = POOL_GET_legal_basis,
	[F_STATUS] = POOL_GET_status,
};

static const char *
date_str(struct http_req *r, const struct valid_value *v)
{
	char	 buf[11];

	if (!v->present)
		return NULL;
	cal_format((cal_day)v->num, buf);
	return arena_strdup(r->ar, buf);
}

/* Fills the form of pool id from the database: 0, 404 or 503. */
static int
fill_pool(struct tpl_dict *d, const char *id)
{
	const char	*p[1] = { id };
	char		 amount[48];
	PGresult	*res;
	size_t		 i;
	int		 rc = 503;

	if ((res = db_exec(STMT_POOL_GET, p)) == NULL)
		goto out;
	rc = 404;
	if (PQntuples(res) == 0)
		goto out;
	rc = 0;
	for (i = 0; i < F_ONCE; i++)
		form_set(d, fields[i].name, db_val(res, 0, cols[i]));
	valid_fmt_amount(strtoll(db_val(res, 0, POOL_GET_amount_ore), NULL,
	    10), amount, sizeof(amount));
	form_set(d, "amount", amount);
	form_choice(d, "status", db_val(res, 0, POOL_GET_status));
out:
	PQclear(res);
	return rc;
}

int
page_pool_edit(struct http_req *r)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	struct page		 pg;
	struct tpl_dict		*d;
	const char		*p[12], *id = r->nargs > 0 ? r->args[0] : NULL;
	const char		*once;
	PGresult		*res = NULL;
	size_t			 errs, i;
	char			 hash[CRYPTO_HASHHEX];
	int64_t			 n;
	int			 claim, k, rc;

	if (id != NULL && str_to_i64(id, 1, INT64_MAX, &n) == -1) {
		rc = 404;
		goto out;
	}
	d = page_new(r, &pg, "staff/pool_edit.tpl", id != NULL ?
	    "Ret pulje" : "Ny pulje");
	if (id != NULL)
		tpl_set(tpl_section(d, "EDIT"), "ID", id);
	else
		tpl_show(d, "NEW");
	tpl_set(d, "ACTION_URL", id != NULL ? arena_printf(r->ar,
	    "/staff/pools/%s/edit", id) : "/staff/pools/new");
	tpl_set(d, "CANCEL_URL", id != NULL ? arena_printf(r->ar,
	    "/staff/pools/%s", id) : "/staff/pools/");
	if (r->method != HTTP_POST) {
		if (id == NULL) {
			tpl_set(d, "ONCE", app_once_new(r));
			form_choice(d, "status", "draft");
			form_set(d, "application_based", "ja");
		} else if ((rc = fill_pool(d, id)) != 0) {
			tpl_dict_free(pg.root);
			goto out;
		}
		rc = page_send(r, &pg, 200);
		goto out;
	}
	errs = valid_form(fields, F__MAX, &r->form, v, msgs);
	if (v[F_ONCE].err != NULL) {
		errs--;
		if (id == NULL) {	/* a form from before, or made by hand */
			tpl_dict_free(pg.root);
			rc = app_error(r, 400, STAFF_ONCE_STALE);
			goto out;
		}
	}
	form_fill(d, fields, F_ONCE, &r->form, v);
	once = v[F_ONCE].str;
	tpl_set(d, "ONCE", once);
	if (v[F_OPENS].err == NULL && v[F_CLOSES].err == NULL &&
	    v[F_CLOSES].num < v[F_OPENS].num) {
		form_error(d, "closes", "Ansøgningsfristen skal ligge efter "
		    "åbningsdagen.");
		errs++;
	}
	if (v[F_DEADLINE].present && v[F_DEADLINE].err == NULL &&
	    v[F_CLOSES].err == NULL && v[F_DEADLINE].num < v[F_CLOSES].num) {
		form_error(d, "deadline", "Udmøntningsfristen kan ikke ligge "
		    "før ansøgningsfristen.");
		errs++;
	}
	if (errs > 0) {
		rc = page_send(r, &pg, 422);
		goto out;
	}
	tpl_dict_free(pg.root);

	i = 0;
	if (id != NULL)
		p[i++] = id;
	p[i++] = v[F_NAME].str;
	p[i++] = v[F_THEME].str;
	p[i++] = v[F_PURPOSE].str;
	p[i++] = arena_printf(r->ar, "%lld", (long long)v[F_AMOUNT].num);
	p[i++] = arena_printf(r->ar, "%lld", (long long)v[F_YEAR].num);
	p[i++] = date_str(r, &v[F_OPENS]);
	p[i++] = date_str(r, &v[F_CLOSES]);
	p[i++] = v[F_APPLICATION].str;
	p[i++] = date_str(r, &v[F_DEADLINE]);
	p[i++] = v[F_LEGAL].str;
	p[i++] = v[F_STATUS].str;
	rc = 503;
	if (db_begin() == -1)
		goto out;
	if (id != NULL) {
		/* No row: there is no such pool (the edit form is 404 too). */
		if ((k = db_count(STMT_POOL_UPDATE, p)) != 1) {
			if (k == 0)
				rc = 404;
			goto fail;
		}
	} else if ((claim = staff_once_claim(r, "pool", once, NULL, NULL,
	    hash)) != 1) {
		/* The same form again: to the pool it made. */
		id = claim == 0 ? staff_once_ref(r, hash) : NULL;
		db_rollback();
		if (id != NULL && *id != '\0') {
			http_redirect(r, arena_printf(r->ar, "/staff/pools/%s?"
			    "done=created&again=1", id));
			rc = 0;
		}
		goto out;
	} else {
		if ((res = db_exec(STMT_POOL_INSERT, p)) == NULL)
			goto fail;
		id = arena_strdup(r->ar, db_val(res, 0, POOL_INSERT_id));
		if (staff_once_set(hash, id) == -1)
			goto fail;
	}
	if (staff_audit("pool", id, r->nargs > 0 ? "edit" : "create",
	    v[F_NAME].str) == -1 || db_commit() == -1)
		goto fail;
	http_redirect(r, arena_printf(r->ar, "/staff/pools/%s?done=%s", id,
	    r->nargs > 0 ? "saved" : "created"));
	rc = 0;
	goto out;
fail:
	db_rollback();
out:
	PQclear(res);
	return rc;
}
