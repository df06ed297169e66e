/*
 * /staff/applications/<id>: an application and its decision.
 *
 * An award creates the grant (tilsagn): its number, its budget (copied from
 * the application), its reporting obligations (grant_schedule()), whether
 * an auditor's statement is needed (grant_auditor_required()), and an
 * access code for the recipient that is shown once, here, to be sent with
 * the award letter; only its Argon2id hash is kept.
 *
 * Both decisions are final, so each goes through a confirmation page
 * first (confirm.c).  Both are safe to repeat: the application's status
 * is the state check.  A repeat of the very POST that made the award (its
 * one-time key) gets the same answer, code included; any other decision
 * on a decided application gets a page that says it was already made
 * (the award: with the grant, never the code).
 */
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "attach.h"
#include "crypto.h"
#include "form.h"
#include "staff.h"
#include "valid.h"

enum {
	F_DECISION, F_AMOUNT, F_CONDITIONS, F_START, F_END, F_EVERY,
	F_ACCOUNTING, F_AFTER, F_REASON, F_STEP, F_ONCE, F__MAX
};

enum { D_AWARD, D_REJECT };

static const char *const decisions[] = {
	[D_AWARD] = "award",
	[D_REJECT] = "reject",
	NULL
};

static const struct valid_field fields[F__MAX] = {
	[F_DECISION] =	{ "decision", "Afgørelse", VT_ENUM, VF_REQUIRED, 0,
			  0, decisions },
	[F_AMOUNT] =	{ "amount", "Bevilget beløb", VT_AMOUNT, 0, 1,
			  INT64_C(100000000000000), NULL },
	[F_CONDITIONS] = { "conditions", "Vilkår", VT_TEXT, 0, 0, 20000,
			  NULL },
	[F_START] =	{ "period_start", "Tilskudsperiodens start", VT_DATE,
			  0, 0, 0, NULL },
	[F_END] =	{ "period_end", "Tilskudsperiodens slut", VT_DATE, 0,
			  0, 0, NULL },
	[F_EVERY] =	{ "status_every", "Statusrapport hver (måneder)",
			  VT_INT, 0, 0, 24, NULL },
	[F_ACCOUNTING] = { "accounting", "Regnskabspligtigt tilskud",
			  VT_BOOL, 0, 0, 0, NULL },
	[F_AFTER] =	{ "accounts_after", "Regnskab senest (måneder efter "
			  "periodens slut)", VT_INT, 0, 1, 24, NULL },
	[F_REASON] =	{ "reason", "Begrundelse for afslag", VT_TEXT, 0, 0,
			  20000, NULL },
	[F_STEP] =	{ "step", "Trin", VT_ENUM, 0, 0, 0, staff_steps },
	[F_ONCE] =	STAFF_ONCE_FIELD,
};

/* What ?done= says after a rejection (POST/redirect/GET). */
static const char *const done_msg[][2] = {
	{ "rejected",	"Afslaget er registreret. Ansøgeren kan se "
			"afgørelsen og begrundelsen med det samme." },
};

#define MAXDUE	64

static void
fill_app(struct tpl_dict *d, const PGresult *a)
{
	const char	*params[1] = { db_val(a, 0, APP_GET_id) };
	PGresult	*b;
	struct tpl_dict	*l;
	int		 i;

	tpl_set(d, "AID", db_val(a, 0, APP_GET_id));
	tpl_set(d, "CASE_NO", db_val(a, 0, APP_GET_case_no));
	tpl_set(d, "ORG", db_val(a, 0, APP_GET_org_name));
	tpl_set(d, "CVR", db_val(a, 0, APP_GET_cvr));
	tpl_set(d, "CONTACT", db_val(a, 0, APP_GET_contact_name));
	tpl_set(d, "EMAIL", db_val(a, 0, APP_GET_contact_email));
	tpl_set(d, "PHONE", db_val(a, 0, APP_GET_contact_phone));
	tpl_set(d, "TITLE", db_val(a, 0, APP_GET_title));
	tpl_set(d, "DESCRIPTION", db_val(a, 0, APP_GET_description));
	tpl_set(d, "START", db_val(a, 0, APP_GET_period_start));
	tpl_set(d, "END", db_val(a, 0, APP_GET_period_end));
	form_amount(d, "REQUESTED", db_val(a, 0, APP_GET_requested_ore));
	tpl_set(d, "SUBMITTED", db_val(a, 0, APP_GET_submitted));
	tpl_set(d, "POOL_ID", db_val(a, 0, APP_GET_pool_id));
	tpl_set(d, "POOL_NAME", db_val(a, 0, APP_GET_pool_name));
	form_amount(d, "POOL_AMOUNT", db_val(a, 0, APP_GET_pool_amount_ore));
	if ((b = db_exec(STMT_APP_BUDGET, params)) != NULL) {
		for (i = 0; i < PQntuples(b); i++) {
			l = tpl_section(d, "BUDGET");
			tpl_set(l, "TEXT", db_val(b, i, APP_BUDGET_text));
			form_amount(l, "LAMOUNT", db_val(b, i,
			    APP_BUDGET_amount_ore));
		}
		tpl_show(d, PQntuples(b) > 0 ? "HAS_BUDGET" : "NO_BUDGET");
		PQclear(b);
	}
	if (atoi(db_val(a, 0, APP_GET_files)) > 0)
		attach_list(tpl_section(d, "HAS_FILES"), STMT_APP_FILES,
		    db_val(a, 0, APP_GET_id));
	else
		tpl_show(d, "NO_FILES");
}

/* Who made the decision, if anyone is named (BY_SET in s). */
static void
set_by(struct tpl_dict *s, const PGresult *a)
{
	const char	*by = db_val(a, 0, APP_GET_decided_by_name);

	if (*by != '\0')
		tpl_set(tpl_section(s, "BY_SET"), "BY", by);
}

/* The decision already made: award details or the reason for rejection.
 * Returns the grant number, if awarded. */
static const char *
fill_decided(struct http_req *r, struct tpl_dict *d, const PGresult *a)
{
	const char	*params[1] = { db_val(a, 0, APP_GET_id) };
	const char	*grant = NULL;
	PGresult	*w;
	struct tpl_dict	*s;

	if (strcmp(db_val(a, 0, APP_GET_status), "rejected") == 0) {
		s = tpl_section(d, "REJECTED");
		tpl_set(s, "REASON", db_val(a, 0, APP_GET_reject_reason));
		tpl_set(s, "ON", db_val(a, 0, APP_GET_decided));
		set_by(s, a);
		return NULL;
	}
	if ((w = db_exec(STMT_AWARD_BY_APP, params)) == NULL)
		return NULL;
	if (PQntuples(w) == 1) {
		s = tpl_section(d, "AWARDED");
		grant = arena_strdup(r->ar, db_val(w, 0,
		    AWARD_BY_APP_grant_no));
		tpl_set(s, "GRANT_NO", grant);
		form_amount(s, "GAMOUNT", db_val(w, 0,
		    AWARD_BY_APP_amount_ore));
		tpl_set(s, "GSTART", db_val(w, 0, AWARD_BY_APP_period_start));
		tpl_set(s, "GEND", db_val(w, 0, AWARD_BY_APP_period_end));
		tpl_set(s, "ON", db_val(a, 0, APP_GET_decided));
		set_by(s, a);
		if (strcmp(db_val(w, 0, AWARD_BY_APP_accounting), "t") == 0)
			tpl_show(s, "GACCOUNTING");
		if (strcmp(db_val(w, 0, AWARD_BY_APP_auditor), "t") == 0)
			tpl_show(s, "GAUDITOR");
		if (*db_val(w, 0, AWARD_BY_APP_contact_email) != '\0')
			tpl_set(tpl_section(s, "GEMAIL"), "EMAIL", db_val(w, 0,
			    AWARD_BY_APP_contact_email));
		if (*db_val(w, 0, AWARD_BY_APP_conditions) != '\0')
			tpl_set(tpl_section(s, "GCONDITIONS"), "TEXT",
			    db_val(w, 0, AWARD_BY_APP_conditions));
	}
	PQclear(w);
	return grant;
}

/* The award's reporting obligations, as grant_schedule() makes them. */
static size_t
schedule(const struct valid_value *v, struct grant_due *due)
{
	return grant_schedule((cal_day)v[F_START].num, (cal_day)v[F_END].num,
	    (int)v[F_EVERY].num, (int)v[F_ACCOUNTING].num,
	    (int)v[F_AFTER].num, due, MAXDUE);
}

static int
needs_auditor(const struct valid_value *v)
{
	return v[F_ACCOUNTING].num && grant_auditor_required(
	    v[F_AMOUNT].num, staff_setting(SET_AUDITOR_THRESHOLD));
}

/* The obligations as rows OBLIG of section HAS_OBLIG, or NO_OBLIG. */
static void
fill_due(struct tpl_dict *d, const struct grant_due *due, size_t n)
{
	struct tpl_dict	*o;
	char		 day[11];
	size_t		 i;
	int		 seq_s = 0;

	if (n == 0) {
		tpl_show(d, "NO_OBLIG");
		return;
	}
	d = tpl_section(d, "HAS_OBLIG");
	for (i = 0; i < n; i++) {
		o = tpl_section(d, "OBLIG");
		cal_format(due[i].due, day);
		tpl_set(o, "DUE", day);
		if (due[i].kind == GK_STATUS)
			tpl_set_int(tpl_section(o, "STATUS_REPORT"), "SEQ",
			    ++seq_s);
		else
			tpl_show(o, "ACCOUNTS");
	}
}

/*
 * The recipient's access code, from the award form's one-time key: a
 * repeat of the same POST shows the same code again (award_again), so a
 * double click cannot lose it.  Only its Argon2id hash is stored.
 */
static void
access_code(const struct valid_value *v, const char *aid, char code[17])
{
	app_once_digits("grant-access", v[F_ONCE].str, aid, strlen(aid), code,
	    16);
}

/*
 * Creates the award and its obligations; fills the grant number.
 * 0 done, 1 the application is no longer undecided, -1 database error.
 */
static int
award(struct http_req *r, const char *aid, const struct valid_value *v,
    const struct grant_due *due, size_t n, const char **grant_no)
{
	char		 hash[CRYPTO_PWHASH_MAX], day[11], code[17];
	const char	*p[9];
	PGresult	*res;
	const char	*award_id;
	size_t		 i;
	int		 seq_s = 0, seq_a = 0, k;

	access_code(v, aid, code);
	k = crypto_pw_hash(code, hash);
	sodium_memzero(code, sizeof(code));
	if (k == -1)
		return -1;
	p[0] = aid;
	p[1] = staff_user.id;
	/* The state check: a second award, however it comes, finds none. */
	if ((k = db_count(STMT_APP_AWARDED, p)) != 1)
		return k == 0 ? 1 : -1;
	p[1] = arena_printf(r->ar, "%lld", (long long)v[F_AMOUNT].num);
	p[2] = v[F_CONDITIONS].str;
	cal_format((cal_day)v[F_START].num, day);
	p[3] = arena_strdup(r->ar, day);
	cal_format((cal_day)v[F_END].num, day);
	p[4] = arena_strdup(r->ar, day);
	p[5] = v[F_ACCOUNTING].num ? "t" : "f";
	p[6] = needs_auditor(v) ? "t" : "f";
	p[7] = hash;
	p[8] = staff_user.id;
	if ((res = db_exec(STMT_AWARD_INSERT, p)) == NULL)
		return -1;
	award_id = arena_strdup(r->ar, db_val(res, 0, AWARD_INSERT_id));
	*grant_no = arena_strdup(r->ar, db_val(res, 0, AWARD_INSERT_grant_no));
	PQclear(res);
	p[0] = award_id;
	p[1] = aid;
	if (db_count(STMT_AWARD_BUDGET_COPY, p) == -1)
		return -1;
	for (i = 0; i < n; i++) {
		cal_format(due[i].due, day);
		p[1] = due[i].kind == GK_STATUS ? "status" : "accounts";
		p[2] = arena_printf(r->ar, "%d", due[i].kind == GK_STATUS ?
		    ++seq_s : ++seq_a);
		p[3] = arena_strdup(r->ar, day);
		if (db_count(STMT_OBLIG_ADD, p) == -1)
			return -1;
	}
	return staff_audit("application", aid, "award", *grant_no) == -1 ?
	    -1 : 0;
}

/* Checks what each decision needs; returns the number of errors. */
static size_t
check(struct tpl_dict *d, struct valid_value *v, const PGresult *a)
{
	size_t	 errs = 0;

	if (v[F_DECISION].err != NULL)
		return 0;	/* counted and shown by the caller */
	if (v[F_DECISION].num == D_REJECT) {
		if (v[F_REASON].err == NULL && !v[F_REASON].present) {
			form_error(d, "reason", "Skriv en begrundelse for "
			    "afslaget.");
			errs++;
		}
		return errs;
	}
	if (v[F_AMOUNT].err == NULL) {
		if (!v[F_AMOUNT].present) {
			form_error(d, "amount", "Udfyld det bevilgede beløb.");
			errs++;
		} else if (v[F_AMOUNT].num > strtoll(db_val(a, 0,
		    APP_GET_pool_amount_ore), NULL, 10)) {
			form_error(d, "amount", "Beløbet er større end "
			    "puljen.");
			errs++;
		}
	}
	if (v[F_START].err == NULL && v[F_END].err == NULL) {
		if (!v[F_START].present || !v[F_END].present) {
			form_error(d, !v[F_START].present ? "period_start" :
			    "period_end", "Udfyld tilskudsperioden.");
			errs++;
		} else if (v[F_END].num < v[F_START].num) {
			form_error(d, "period_end", "Periodens slut skal "
			    "ligge efter dens start.");
			errs++;
		}
	}
	if (v[F_ACCOUNTING].num && v[F_AFTER].err == NULL &&
	    !v[F_AFTER].present) {
		form_error(d, "accounts_after", "Angiv fristen for regnskabet.");
		errs++;
	}
	return errs;
}

/* The award's answer: grant number and the access code, which is kept
 * nowhere but in the letter. */
static int
awarded_page(struct http_req *r, const PGresult *a,
    const struct valid_value *v, const char *grant_no)
{
	struct grant_due	 due[MAXDUE];
	struct page		 pg;
	struct tpl_dict		*d;
	const char		*aid = db_val(a, 0, APP_GET_id);
	char			 code[17], amount[48];
	size_t			 n;

	access_code(v, aid, code);
	d = page_new(r, &pg, "staff/awarded.tpl", "Tilsagn givet");
	tpl_set(d, "GRANT_NO", grant_no);
	tpl_setf(d, "CODE", "%.4s %.4s %.4s %.4s", code, code + 4, code + 8,
	    code + 12);
	sodium_memzero(code, sizeof(code));
	tpl_set(d, "AID", aid);
	tpl_set(d, "ORG", db_val(a, 0, APP_GET_org_name));
	tpl_set(d, "TITLE", db_val(a, 0, APP_GET_title));
	tpl_set(d, "EMAIL", db_val(a, 0, APP_GET_contact_email));
	tpl_set(d, "CONTACT", db_val(a, 0, APP_GET_contact_name));
	valid_fmt_amount(v[F_AMOUNT].num, amount, sizeof(amount));
	tpl_set(d, "AMOUNT", amount);
	n = schedule(v, due);
	fill_due(d, due, n);
	if (needs_auditor(v))
		tpl_show(d, "AUDITOR");
	return page_send(r, &pg, 200);
}

/*
 * A repeat of the confirmed award whose first POST went through (a double
 * click, a reload): answered as the first was, code included, since the
 * browser shows only the last answer.  1 if it is one and was answered,
 * 0 if not, -1 on a database error.
 */
static int
award_again(struct http_req *r, const PGresult *a,
    const struct valid_value *v)
{
	char		 hash[CRYPTO_HASHHEX];
	const char	*params[1] = { db_val(a, 0, APP_GET_id) };
	const char	*grant_no = NULL;
	PGresult	*w;

	if (v[F_DECISION].num != D_AWARD || !v[F_STEP].present ||
	    v[F_STEP].num != STEP_CONFIRM || v[F_ONCE].err != NULL ||
	    !v[F_ONCE].present)
		return 0;
	staff_once_hash(r, "award", v[F_ONCE].str, params[0], hash);
	if (staff_once_ref(r, hash) == NULL)
		return 0;
	if ((w = db_exec(STMT_AWARD_BY_APP, params)) == NULL)
		return -1;
	if (PQntuples(w) == 1)
		grant_no = arena_strdup(r->ar, db_val(w, 0,
		    AWARD_BY_APP_grant_no));
	PQclear(w);
	if (grant_no == NULL)
		return 0;
	return awarded_page(r, a, v, grant_no) == 0 ? 1 : -1;
}

/*
 * A POST to an application that is decided already.  The same decision
 * again (a reload, a double click, a second tab) is answered with the
 * decision as it stands; a different one is a conflict.
 */
static int
decided_again(struct http_req *r, const PGresult *a,
    const struct valid_value *v)
{
	struct page	 pg;
	struct tpl_dict	*d, *n;
	const char	*st = db_val(a, 0, APP_GET_status), *grant;
	int		 same, k;

	if ((k = award_again(r, a, v)) != 0)
		return k == 1 ? 0 : 503;
	same = v[F_DECISION].err == NULL &&
	    ((v[F_DECISION].num == D_AWARD && strcmp(st, "awarded") == 0) ||
	    (v[F_DECISION].num == D_REJECT && strcmp(st, "rejected") == 0));
	d = page_new(r, &pg, "staff/application.tpl",
	    db_val(a, 0, APP_GET_case_no));
	fill_app(d, a);
	grant = fill_decided(r, d, a);
	/* By the state, not by the grant found: a failed read of the
	 * award must not make an awarded application "rejected". */
	if (same && strcmp(st, "awarded") == 0)
		tpl_set(tpl_section(d, "ALREADY_AWARDED"), "GRANT_NO",
		    grant != NULL ? grant : "");
	else if (same)
		tpl_show(d, "ALREADY_REJECTED");
	else {
		n = tpl_section(d, "CONFLICT");
		tpl_set(n, "WHAT", strcmp(st, "awarded") == 0 ?
		    "har allerede fået tilsagn" : "er allerede afslået");
		set_by(n, a);
		tpl_set(n, "ON", db_val(a, 0, APP_GET_decided));
	}
	return page_send(r, &pg, same ? 200 : 409);
}

/* The confirmation page of a valid decision. */
static int
confirm_page(struct http_req *r, const PGresult *a,
    const struct valid_value *v)
{
	struct grant_due	 due[MAXDUE];
	struct page		 pg;
	struct tpl_dict		*d, *s;
	char			 amount[48];
	size_t			 n;
	int			 award_it = v[F_DECISION].num == D_AWARD;

	d = staff_confirm(r, &pg, award_it ? "Bekræft tilsagnet" :
	    "Bekræft afslaget", arena_printf(r->ar, "/staff/applications/%s",
	    db_val(a, 0, APP_GET_id)), award_it ? "AWARD" : "REJECT_APP",
	    fields, F__MAX);
	tpl_set(d, "CASE_NO", db_val(a, 0, APP_GET_case_no));
	tpl_set(d, "ORG", db_val(a, 0, APP_GET_org_name));
	tpl_set(d, "CVR", db_val(a, 0, APP_GET_cvr));
	tpl_set(d, "TITLE", db_val(a, 0, APP_GET_title));
	tpl_set(d, "EMAIL", db_val(a, 0, APP_GET_contact_email));
	tpl_set(d, "POOL_NAME", db_val(a, 0, APP_GET_pool_name));
	form_amount(d, "REQUESTED", db_val(a, 0, APP_GET_requested_ore));
	if (!award_it) {
		tpl_show(d, "DANGER");
		tpl_set(d, "CONFIRM_LABEL", "Bekræft og giv afslag");
		tpl_set(d, "REASON", v[F_REASON].str);
		return page_send(r, &pg, 200);
	}
	tpl_set(d, "CONFIRM_LABEL", "Bekræft og giv tilsagn");
	valid_fmt_amount(v[F_AMOUNT].num, amount, sizeof(amount));
	tpl_set(d, "AMOUNT", amount);
	tpl_set(d, "GSTART", kv_str(&r->form, "period_start"));
	tpl_set(d, "GEND", kv_str(&r->form, "period_end"));
	if (v[F_CONDITIONS].present)
		tpl_set(tpl_section(d, "CONDITIONS"), "TEXT",
		    v[F_CONDITIONS].str);
	else
		tpl_show(d, "NO_CONDITIONS");
	s = tpl_section(d, v[F_ACCOUNTING].num ? "ACCOUNTING" :
	    "NO_ACCOUNTING");
	if (v[F_ACCOUNTING].num && needs_auditor(v))
		tpl_show(s, "AUDITOR");
	n = schedule(v, due);
	fill_due(d, due, n);
	return page_send(r, &pg, 200);
}

/* Carries out a confirmed decision: 1 done (answered), 0 decided
 * meanwhile by another form, -1 on a database error. */
static int
decide(struct http_req *r, const PGresult *a, const struct valid_value *v)
{
	struct grant_due	 due[MAXDUE];
	char			 hash[CRYPTO_HASHHEX];
	const char		*params[3], *grant_no = NULL, *aid;
	size_t			 n;
	int			 rc;

	aid = db_val(a, 0, APP_GET_id);
	if (db_begin() == -1)
		return -1;
	if (v[F_DECISION].num == D_REJECT) {
		params[0] = aid;
		params[1] = staff_user.id;
		params[2] = v[F_REASON].str;
		if ((rc = db_count(STMT_APP_REJECT, params)) == 1 &&
		    (staff_audit("application", aid, "reject",
		    v[F_REASON].str) == -1 || db_commit() == -1))
			rc = -1;
	} else if ((rc = staff_once_claim(r, "award", v[F_ONCE].str, aid,
	    aid, hash)) == 1) {
		n = schedule(v, due);
		if ((rc = award(r, aid, v, due, n, &grant_no)) == 0)
			rc = db_commit() == -1 ? -1 : 1;
		else
			rc = rc == 1 ? 0 : -1;
	} else if (rc == 0) {
		/* This very POST again, after the first committed. */
		db_rollback();
		return (rc = award_again(r, a, v)) == 0 ? -1 : rc;
	}
	if (rc != 1) {
		db_rollback();
		return rc;	/* 0: decided meanwhile, -1: database */
	}
	if (v[F_DECISION].num == D_REJECT) {
		http_redirect(r, arena_printf(r->ar, "/staff/applications/%s"
		    "?done=rejected", aid));
		return 1;
	}
	return awarded_page(r, a, v, grant_no) == 0 ? 1 : -1;
}

int
page_application(struct http_req *r)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	const char		*params[1], *msg;
	struct page		 pg;
	struct tpl_dict		*d;
	PGresult		*a = NULL;
	size_t			 errs = 0;
	int64_t			 id;
	int			 rc = 503;
	char			 req[48];

	if (str_to_i64(r->args[0], 1, INT64_MAX, &id) == -1) {
		rc = 404;
		goto out;
	}
	params[0] = r->args[0];
	if ((a = db_exec(STMT_APP_GET, params)) == NULL)
		goto out;
	if (PQntuples(a) == 0) {
		rc = 404;
		goto out;
	}
	if (r->method == HTTP_POST) {
		errs = valid_form(fields, F__MAX, &r->form, v, msgs);
		/* Hidden fields and buttons: only a hand-made POST gets here. */
		if (v[F_DECISION].err != NULL || v[F_STEP].err != NULL) {
			rc = app_error(r, 400, "Formularen sagde ikke, hvilken "
			    "afgørelse eller hvilket trin der var valgt. Gå "
			    "tilbage til ansøgningen, og prøv igen.");
			goto out;
		}
		if (strcmp(db_val(a, 0, APP_GET_status), "submitted") != 0) {
			rc = decided_again(r, a, v);
			goto out;
		}
	}
	d = page_new(r, &pg, "staff/application.tpl",
	    db_val(a, 0, APP_GET_case_no));
	fill_app(d, a);
	if (r->method != HTTP_POST) {
		if (strcmp(db_val(a, 0, APP_GET_status), "submitted") != 0)
			fill_decided(r, d, a);
		else {
			tpl_show(d, "UNDECIDED");
			valid_fmt_amount(strtoll(db_val(a, 0,
			    APP_GET_requested_ore), NULL, 10), req,
			    sizeof(req));
			form_set(d, "amount", req);
			form_set(d, "period_start", db_val(a, 0,
			    APP_GET_period_start));
			form_set(d, "period_end", db_val(a, 0,
			    APP_GET_period_end));
			form_set(d, "status_every", "6");
			form_set(d, "accounts_after", "3");
			form_choice(d, "accounting", "on");
			form_set(d, "once", app_once_new(r));
		}
		if ((msg = LABEL_OF(done_msg, staff_query(r, "done"))) !=
		    NULL)
			tpl_set(tpl_section(d, "DONE"), "MSG", msg);
		rc = page_send(r, &pg, 200);
		goto out;
	}
	tpl_show(d, "UNDECIDED");
	form_fill(d, fields, F__MAX, &r->form, v);
	/* A form without a good key (made before keys) gets a fresh one. */
	if (v[F_ONCE].err != NULL || !v[F_ONCE].present)
		form_set(d, "once", app_once_new(r));
	errs += check(d, v, a);
	if (errs > 0 || (v[F_STEP].present && v[F_STEP].num == STEP_EDIT)) {
		rc = page_send(r, &pg, errs > 0 ? 422 : 200);
		goto out;
	}
	tpl_dict_free(pg.root);
	if (!v[F_STEP].present)
		rc = confirm_page(r, a, v);
	else if ((rc = decide(r, a, v)) == 1)
		rc = 0;
	else if (rc == 0) {
		/* Decided by someone else while this one was confirmed. */
		PQclear(a);
		rc = 503;
		if ((a = db_exec(STMT_APP_GET, params)) != NULL)
			rc = decided_again(r, a, v);
	} else
		rc = 503;
out:
	PQclear(a);
	return rc;
}
