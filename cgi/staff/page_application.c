/*
 * /staff/applications/<id>: an application and its decision.
 *
 * An award creates the grant (tilsagn): its number, its budget (copied from
 * the application), its reporting obligations (grant_schedule()), whether
 * an auditor's statement is needed (grant_auditor_required()), and an
 * access code for the recipient that is shown once, here, to be sent with
 * the award letter; only its Argon2id hash is kept.
 */
#include <stdlib.h>
#include <string.h>

#include "attach.h"
#include "crypto.h"
#include "form.h"
#include "staff.h"
#include "valid.h"

enum {
	F_DECISION, F_AMOUNT, F_CONDITIONS, F_START, F_END, F_EVERY,
	F_ACCOUNTING, F_AFTER, F_REASON, F__MAX
};

static const char *const decisions[] = { "award", "reject", NULL };

static const struct valid_field fields[F__MAX] = {
	{ "decision", "Afgørelse", VT_ENUM, VF_REQUIRED, 0, 0, decisions },
	{ "amount", "Bevilget beløb", VT_AMOUNT, 0, 1,
	  INT64_C(100000000000000), NULL },
	{ "conditions", "Vilkår", VT_TEXT, 0, 0, 20000, NULL },
	{ "period_start", "Tilskudsperiodens start", VT_DATE, 0, 0, 0, NULL },
	{ "period_end", "Tilskudsperiodens slut", VT_DATE, 0, 0, 0, NULL },
	{ "status_every", "Statusrapport hver (måneder)", VT_INT, 0, 0, 24, NULL },
	{ "accounting", "Regnskabspligtigt tilskud", VT_BOOL, 0, 0, 0, NULL },
	{ "accounts_after", "Regnskab senest (måneder efter periodens slut)",
	  VT_INT, 0, 1, 24, NULL },
	{ "reason", "Begrundelse for afslag", VT_TEXT, 0, 0, 20000, NULL },
};

static void
fill_app(struct http_req *r, struct tpl_dict *d, const PGresult *a)
{
	const char	*params[1] = { db_val(a, 0, 0) };
	PGresult	*b;
	struct tpl_dict	*l;
	int		 i;

	tpl_set(d, "AID", db_val(a, 0, 0));
	tpl_set(d, "CASE_NO", db_val(a, 0, 1));
	tpl_set(d, "ORG", db_val(a, 0, 3));
	tpl_set(d, "CVR", db_val(a, 0, 4));
	tpl_set(d, "CONTACT", db_val(a, 0, 5));
	tpl_set(d, "EMAIL", db_val(a, 0, 6));
	tpl_set(d, "PHONE", db_val(a, 0, 7));
	tpl_set(d, "TITLE", db_val(a, 0, 8));
	tpl_set(d, "DESCRIPTION", db_val(a, 0, 9));
	tpl_set(d, "START", db_val(a, 0, 10));
	tpl_set(d, "END", db_val(a, 0, 11));
	form_amount(d, "REQUESTED", db_val(a, 0, 12));
	tpl_set(d, "SUBMITTED", db_val(a, 0, 13));
	tpl_set(d, "POOL_ID", db_val(a, 0, 16));
	tpl_set(d, "POOL_NAME", db_val(a, 0, 17));
	if ((b = db_exec(STMT_APP_BUDGET, params)) != NULL) {
		for (i = 0; i < PQntuples(b); i++) {
			l = tpl_section(d, "BUDGET");
			tpl_set(l, "TEXT", db_val(b, i, 1));
			form_amount(l, "LAMOUNT", db_val(b, i, 2));
		}
		PQclear(b);
	}
	attach_list(d, STMT_APP_FILES, db_val(a, 0, 0));
	(void)r;
}

/* The decision already made: award details or the reason for rejection. */
static void
fill_decided(struct tpl_dict *d, const PGresult *a)
{
	const char	*params[1] = { db_val(a, 0, 0) };
	PGresult	*w;
	struct tpl_dict	*s;

	if (strcmp(db_val(a, 0, 2), "rejected") == 0) {
		s = tpl_section(d, "REJECTED");
		tpl_set(s, "REASON", db_val(a, 0, 15));
		tpl_set(s, "ON", db_val(a, 0, 14));
		tpl_set(s, "BY", db_val(a, 0, 19));
		return;
	}
	if ((w = db_exec(STMT_AWARD_BY_APP, params)) == NULL)
		return;
	if (PQntuples(w) == 1) {
		s = tpl_section(d, "AWARDED");
		tpl_set(s, "GRANT_NO", db_val(w, 0, 0));
		form_amount(s, "GAMOUNT", db_val(w, 0, 1));
		tpl_set(s, "GSTART", db_val(w, 0, 2));
		tpl_set(s, "GEND", db_val(w, 0, 3));
		tpl_set(s, "ON", db_val(a, 0, 14));
		tpl_set(s, "BY", db_val(a, 0, 19));
		if (strcmp(db_val(w, 0, 4), "t") == 0)
			tpl_show(s, "GACCOUNTING");
		if (strcmp(db_val(w, 0, 5), "t") == 0)
			tpl_show(s, "GAUDITOR");
	}
	PQclear(w);
}

static int
exec1(int stmt, const char **p)
{
	PGresult	*res;
	int		 n;

	if ((res = db_exec(stmt, p)) == NULL)
		return -1;
	n = PQntuples(res);
	PQclear(res);
	return n;
}

/* Creates the award and its obligations; fills grant number and code. */
static int
award(struct http_req *r, const char *aid, const struct valid_value *v,
    const char **grant_no, char *code)
{
	struct grant_due due[64];
	char		 hash[CRYPTO_PWHASH_MAX], day[11];
	const char	*p[9];
	PGresult	*res;
	const char	*award_id;
	size_t		 n, i;
	int		 seq_s = 0, seq_a = 0, auditor;

	auditor = v[F_ACCOUNTING].num && grant_auditor_required(
	    v[F_AMOUNT].num, staff_setting("grants.auditor_threshold_ore",
	    INT64_C(50000000)));
	crypto_digits(code, 16);
	if (crypto_pw_hash(code, hash) == -1)
		return -1;
	p[0] = aid;
	p[1] = staff_user.id;
	if (exec1(STMT_APP_AWARDED, p) != 1)
		return -1;
	p[1] = arena_printf(r->ar, "%lld", (long long)v[F_AMOUNT].num);
	p[2] = v[F_CONDITIONS].str;
	cal_format((cal_day)v[F_START].num, day);
	p[3] = arena_strdup(r->ar, day);
	cal_format((cal_day)v[F_END].num, day);
	p[4] = arena_strdup(r->ar, day);
	p[5] = v[F_ACCOUNTING].num ? "t" : "f";
	p[6] = auditor ? "t" : "f";
	p[7] = hash;
	p[8] = staff_user.id;
	if ((res = db_exec(STMT_AWARD_INSERT, p)) == NULL)
		return -1;
	award_id = arena_strdup(r->ar, db_val(res, 0, 0));
	*grant_no = arena_strdup(r->ar, db_val(res, 0, 1));
	PQclear(res);
	p[0] = award_id;
	p[1] = aid;
	if (exec1(STMT_AWARD_BUDGET_COPY, p) == -1)
		return -1;
	n = grant_schedule((cal_day)v[F_START].num, (cal_day)v[F_END].num,
	    (int)v[F_EVERY].num, (int)v[F_ACCOUNTING].num,
	    (int)v[F_AFTER].num, due, sizeof(due) / sizeof(due[0]));
	for (i = 0; i < n; i++) {
		cal_format(due[i].due, day);
		p[1] = due[i].kind == GK_STATUS ? "status" : "accounts";
		p[2] = arena_printf(r->ar, "%d", due[i].kind == GK_STATUS ?
		    ++seq_s : ++seq_a);
		p[3] = arena_strdup(r->ar, day);
		if (exec1(STMT_OBLIG_ADD, p) == -1)
			return -1;
	}
	return staff_audit("application", aid, "award", *grant_no);
}

/* Checks what each decision needs; returns the number of errors. */
static size_t
check(struct tpl_dict *d, struct valid_value *v, const PGresult *a)
{
	size_t	 errs = 0;

	if (v[F_DECISION].err != NULL)
		return 1;
	if (v[F_DECISION].num == 1) {
		if (!v[F_REASON].present) {
			form_error(d, "reason", "Skriv en begrundelse for "
			    "afslaget.");
			errs++;
		}
		return errs;
	}
	if (!v[F_AMOUNT].present) {
		form_error(d, "amount", "Udfyld det bevilgede beløb.");
		errs++;
	} else if (v[F_AMOUNT].num > strtoll(db_val(a, 0, 18), NULL, 10)) {
		form_error(d, "amount", "Beløbet er større end puljen.");
		errs++;
	}
	if (!v[F_START].present || !v[F_END].present) {
		form_error(d, "period_start", "Udfyld tilskudsperioden.");
		errs++;
	} else if (v[F_END].num < v[F_START].num) {
		form_error(d, "period_end", "Periodens slut skal ligge efter "
		    "dens start.");
		errs++;
	}
	if (v[F_ACCOUNTING].num && !v[F_AFTER].present) {
		form_error(d, "accounts_after", "Angiv fristen for regnskabet.");
		errs++;
	}
	return errs;
}

int
page_application(struct http_req *r)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	const char		*params[3], *grant_no;
	struct page		 pg;
	struct tpl_dict		*d;
	PGresult		*a;
	char			 code[17];
	size_t			 errs;
	int64_t			 id;

	if (str_to_i64(r->args[0], 1, INT64_MAX, &id) == -1)
		return 404;
	params[0] = r->args[0];
	if ((a = db_exec(STMT_APP_GET, params)) == NULL)
		return 503;
	if (PQntuples(a) == 0) {
		PQclear(a);
		return 404;
	}
	d = page_new(r, &pg, "staff/application.tpl", db_val(a, 0, 1));
	fill_app(r, d, a);
	if (strcmp(db_val(a, 0, 2), "submitted") != 0) {
		fill_decided(d, a);
		PQclear(a);
		if (r->method == HTTP_POST) {
			tpl_dict_free(pg.root);
			return app_error(r, 409, "Ansøgningen er allerede "
			    "afgjort.");
		}
		return page_send(r, &pg, 200);
	}
	tpl_show(d, "UNDECIDED");
	if (r->method != HTTP_POST) {
		char	 req[48];

		valid_fmt_amount(strtoll(db_val(a, 0, 12), NULL, 10), req,
		    sizeof(req));
		form_set(d, "amount", req);
		form_set(d, "period_start", db_val(a, 0, 10));
		form_set(d, "period_end", db_val(a, 0, 11));
		form_set(d, "status_every", "6");
		form_set(d, "accounts_after", "3");
		form_choice(d, "accounting", "on");
		PQclear(a);
		return page_send(r, &pg, 200);
	}
	errs = valid_form(fields, F__MAX, &r->form, v, msgs);
	form_fill(d, fields, F__MAX, &r->form, v);
	errs += check(d, v, a);
	PQclear(a);
	if (errs > 0)
		return page_send(r, &pg, 422);
	tpl_dict_free(pg.root);
	if (db_begin() == -1)
		return 503;
	if (v[F_DECISION].num == 1) {
		params[1] = staff_user.id;
		params[2] = v[F_REASON].str;
		if (exec1(STMT_APP_REJECT, params) != 1 ||
		    staff_audit("application", r->args[0], "reject",
		    v[F_REASON].str) == -1 || db_commit() == -1) {
			db_rollback();
			return 503;
		}
		http_redirect(r, arena_printf(r->ar, "/staff/applications/%s",
		    r->args[0]));
		return 0;
	}
	if (award(r, r->args[0], v, &grant_no, code) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 503;
	}
	/* Shown once: the code is not kept anywhere but in the letter. */
	d = page_new(r, &pg, "staff/awarded.tpl", "Tilsagn givet");
	tpl_set(d, "GRANT_NO", grant_no);
	tpl_setf(d, "CODE", "%.4s %.4s %.4s %.4s", code, code + 4, code + 8,
	    code + 12);
	tpl_set(d, "AID", r->args[0]);
	return page_send(r, &pg, 200);
}
