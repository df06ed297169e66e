/*
 * Applying for a grant: /grants/pools/<id>/apply (a new application),
 * /grants/application (the applicant's draft: save, come back, submit)
 * and /grants/application/receipt.
 *
 * A draft is reached again with its draft number and a continuation code
 * (16 digits, shown once, stored as an Argon2id hash): /grants/resume.
 * An application sent at once gets only the receipt.
 *
 * Both forms carry a one-time key (portal_once_*), so that a repeat of
 * the same POST (reload, double click, back and send again) gets the
 * first result: the same draft with the same code (derived from the key
 * with app_once_digits), or the receipt.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attach.h"
#include "cal.h"
#include "crypto.h"
#include "form.h"
#include "portal.h"
#include "valid.h"

#define NBUDGET	8

enum {
	F_ACTION, F_ORG, F_CVR, F_CNAME, F_CEMAIL, F_CPHONE, F_TITLE, F_DESC,
	F_START, F_END, F_REQ, F_BUDGET,
	F_ONCE = F_BUDGET + 2 * NBUDGET,
	F__MAX
};

static const char *const actions[] = { "save", "submit", NULL };

/* Labels are keys of the string tables, the same as the templates'. */
#define BUDGET(n) \
	[F_BUDGET + 2 * ((n) - 1)] = { "budget_text_" #n, \
	    "G_APPLY_BUDGET_TEXT_" #n, VT_LINE, 0, 0, 300, NULL }, \
	[F_BUDGET + 2 * ((n) - 1) + 1] = { "budget_amount_" #n, \
	    "G_APPLY_BUDGET_AMOUNT_" #n, VT_AMOUNT, 0, 0, \
	    INT64_C(100000000000000), NULL }

static const struct valid_field fields[F__MAX] = {
	[F_ACTION] = { "action", "G_APPLY_ACTION", VT_ENUM, VF_REQUIRED, 0, 0,
	    actions },
	[F_ORG] = { "org_name", "G_APPLY_ORG", VT_LINE, VF_REQUIRED, 1, 200,
	    NULL },
	[F_CVR] = { "cvr", "G_APPLY_CVR", VT_CVR, VF_REQUIRED, 0, 0, NULL },
	[F_CNAME] = { "contact_name", "G_APPLY_CONTACT", VT_LINE, VF_REQUIRED,
	    1, 200, NULL },
	[F_CEMAIL] = { "contact_email", "G_APPLY_EMAIL", VT_EMAIL, VF_REQUIRED,
	    3, 254, NULL },
	[F_CPHONE] = { "contact_phone", "G_APPLY_PHONE", VT_LINE, 0, 0, 30,
	    NULL },
	[F_TITLE] = { "title", "G_APPLY_NAME", VT_LINE, VF_REQUIRED, 1, 200,
	    NULL },
	[F_DESC] = { "description", "G_APPLY_DESC", VT_TEXT, VF_REQUIRED, 1,
	    20000, NULL },
	[F_START] = { "period_start", "G_APPLY_START", VT_DATE, VF_REQUIRED, 0,
	    0, NULL },
	[F_END] = { "period_end", "G_APPLY_END", VT_DATE, VF_REQUIRED, 0, 0,
	    NULL },
	[F_REQ] = { "requested", "G_APPLY_REQUESTED", VT_AMOUNT, VF_REQUIRED,
	    1, INT64_C(100000000000000), NULL },
	BUDGET(1), BUDGET(2), BUDGET(3), BUDGET(4),
	BUDGET(5), BUDGET(6), BUDGET(7), BUDGET(8),
	[F_ONCE] = PORTAL_ONCE_FIELD,
};

struct pool_info {
	const char	*id;
	const char	*name;
	int64_t		 amount;
	int		 open;
};

/*
 * Checks the form.  Saving a draft needs only well-formed values; submitting
 * needs everything, a period that ends after it starts, an amount within
 * the pool, and budget lines that add up to it.  Returns the error count.
 */
static size_t
apply_check(struct http_req *r, const struct pool_info *pool,
    struct valid_value *v, struct valid_msgbuf *msgs, struct tpl_dict *d)
{
	size_t	 errs, i;
	int	 submit, nlines = 0;
	int64_t	 sum = 0;
	char	 a[48], b[48];

	valid_form(fields, F__MAX, &r->form, v, msgs);
	submit = v[F_ACTION].err == NULL && v[F_ACTION].num == 1;
	for (i = 0; i < F__MAX; i++)
		if (!submit && i != F_ACTION && !v[i].present)
			v[i].err = NULL;	/* a draft may be incomplete */
	v[F_ONCE].err = NULL;	/* a bad key is replaced, not reported */
	form_fill(d, fields, F__MAX, &r->form, v);
	tpl_set(d, "ONCE", portal_once_key(r, &v[F_ONCE]));
	for (errs = 0, i = 0; i < F__MAX; i++)
		errs += v[i].err != NULL;
	for (i = 0; i < NBUDGET; i++) {
		const struct valid_value *t = &v[F_BUDGET + 2 * i];
		const struct valid_value *m = &v[F_BUDGET + 2 * i + 1];

		if (t->err != NULL || m->err != NULL)
			continue;
		if (t->present != m->present) {
			form_error(d, fields[F_BUDGET + 2 * i].name,
			    portal_text(r, "G_APPLY_BUDGET_BOTH", "N",
			    arena_printf(r->ar, "%zu", i + 1), NULL));
			errs++;
		}
		if (t->present && m->present) {
			nlines++;
			sum += m->num;
		}
	}
	if (!submit)
		return errs;
	if (v[F_START].err == NULL && v[F_END].err == NULL &&
	    v[F_END].num < v[F_START].num) {
		form_error(d, "period_end", app_str(r, "G_APPLY_PERIOD_ORDER"));
		errs++;
	}
	if (v[F_REQ].err == NULL && v[F_REQ].num > pool->amount) {
		valid_fmt_amount(pool->amount, a, sizeof(a));
		form_error(d, "requested", portal_text(r, "G_APPLY_MAX_POOL",
		    "AMOUNT", a, NULL));
		errs++;
	}
	/* Errors of the whole budget go on its fieldset. */
	if (nlines == 0) {
		form_error(d, "budget", app_str(r, "G_APPLY_BUDGET_NONE"));
		errs++;
	} else if (v[F_REQ].err == NULL && sum != v[F_REQ].num) {
		valid_fmt_amount(sum, a, sizeof(a));
		valid_fmt_amount(v[F_REQ].num, b, sizeof(b));
		form_error(d, "budget", portal_text(r, "G_APPLY_BUDGET_SUM",
		    "SUM", a, "REQUESTED", b, NULL));
		errs++;
	}
	return errs;
}

static const char *
opt_num(struct http_req *r, const struct valid_value *v, int date)
{
	char	 buf[11];

	if (!v->present)
		return NULL;
	if (date) {
		cal_format((cal_day)v->num, buf);
		return arena_strdup(r->ar, buf);
	}
	return arena_printf(r->ar, "%lld", (long long)v->num);
}

/* Writes the form into draft id (fields, budget lines, new files). */
static int
apply_store(struct http_req *r, const char *id, const struct valid_value *v)
{
	const char	*p[11];
	size_t		 i;
	int		 line = 0;

	p[0] = id;
	p[1] = v[F_ORG].str;
	p[2] = v[F_CVR].str;
	p[3] = v[F_CNAME].str;
	p[4] = v[F_CEMAIL].str;
	p[5] = v[F_CPHONE].str;
	p[6] = v[F_TITLE].str;
	p[7] = v[F_DESC].str;
	p[8] = opt_num(r, &v[F_START], 1);
	p[9] = opt_num(r, &v[F_END], 1);
	p[10] = opt_num(r, &v[F_REQ], 0);
	if (db_count(STMT_APP_SAVE, p) == -1 ||
	    db_count(STMT_APP_BUDGET_DEL, p) == -1)
		return -1;
	for (i = 0; i < NBUDGET; i++) {
		const struct valid_value *t = &v[F_BUDGET + 2 * i];
		const struct valid_value *m = &v[F_BUDGET + 2 * i + 1];

		if (!t->present || !m->present)
			continue;
		p[1] = arena_printf(r->ar, "%d", ++line);
		p[2] = t->str;
		p[3] = arena_printf(r->ar, "%lld", (long long)m->num);
		if (db_count(STMT_APP_BUDGET_ADD, p) == -1)
			return -1;
	}
	return portal_store_files(r, STMT_ATT_ADD_APP, id, "bilag",
	    "attachment", NULL);
}

static int
pool_load(struct http_req *r, const char *pool_id, struct pool_info *pool)
{
	const char	*params[1] = { pool_id };
	PGresult	*res;
	int		 rc = 404;

	if ((res = db_exec(STMT_POOL_GET, params)) == NULL)
		return 503;
	if (PQntuples(res) == 1) {
		pool->id = arena_strdup(r->ar, db_val(res, 0, POOL_GET_id));
		pool->name = arena_strdup(r->ar, db_val(res, 0, POOL_GET_name));
		pool->amount = strtoll(db_val(res, 0, POOL_GET_amount_ore),
		    NULL, 10);
		pool->open = strcmp(db_val(res, 0, POOL_GET_status),
		    "open") == 0;
		rc = 0;
	}
	PQclear(res);
	return rc;
}

static struct tpl_dict *
apply_page(struct http_req *r, struct page *pg, const struct pool_info *pool,
    const char *action)
{
	struct tpl_dict	*d;
	char		 amount[48];

	d = page_new(r, pg, "portal/apply.tpl", app_str(r, "G_APPLY_TITLE"));
	tpl_set(d, "POOL_NAME", pool->name);
	tpl_set(d, "POOL_ID", pool->id);
	valid_fmt_amount(pool->amount, amount, sizeof(amount));
	tpl_set(d, "POOL_AMOUNT", amount);
	tpl_set(d, "ACTION_URL", action);
	return d;
}

static int
closed_pool(struct http_req *r)
{
	return app_error(r, 409, app_str(r, "G_APPLY_CLOSED"));
}

/*
 * A draft number nobody has: 8 random digits, the first not 0.  code is
 * NULL for an application sent at once: it gets no code (nobody would
 * see it), so no hash either.
 */
static int
new_draft(struct http_req *r, const char *pool_id, const char *code,
    char **id, char *draft)
{
	char		 hash[CRYPTO_PWHASH_MAX];
	const char	*params[3];
	PGresult	*res;
	int		 tries, made;

	if (code != NULL && crypto_pw_hash(code, hash) == -1)
		return -1;
	for (tries = 0; tries < 5; tries++) {
		crypto_digits(draft, 8);
		if (draft[0] == '0')
			draft[0] = '1';
		params[0] = pool_id;
		params[1] = draft;
		params[2] = code != NULL ? hash : NULL;
		if ((res = db_exec(STMT_APP_CREATE, params)) == NULL)
			return -1;
		/* No row: the number was taken; draw another. */
		if ((made = PQntuples(res) == 1))
			*id = arena_strdup(r->ar, db_val(res, 0,
			    APP_CREATE_id));
		PQclear(res);
		if (made)
			return 0;
	}
	return -1;
}

/* 0 submitted, 1 it was no longer a draft, -1 on a database error. */
static int
submit_draft(const char *id, const char **case_no, struct http_req *r)
{
	const char	*params[1] = { id };
	PGresult	*res;
	int		 rc = 1;

	if ((res = db_exec(STMT_APP_SUBMIT, params)) == NULL)
		return -1;
	if (PQntuples(res) == 1) {
		*case_no = arena_strdup(r->ar, db_val(res, 0,
		    APP_SUBMIT_case_no));
		rc = 0;
	}
	PQclear(res);
	return rc;
}

/* The draft's continuation code: the same key gives the same code. */
static void
draft_code(const char *once, const struct pool_info *pool, char code[17])
{
	app_once_digits("draft-code", once, pool->id, strlen(pool->id), code,
	    16);
}

/* The draft number and the code, shown once (and again to a repeat). */
static int
saved_page(struct http_req *r, const struct pool_info *pool,
    const char *draft, const char *code)
{
	struct page	 pg;
	struct tpl_dict	*d;

	d = page_new(r, &pg, "portal/apply_saved.tpl",
	    app_str(r, "G_SAVED_TITLE"));
	tpl_set(d, "DRAFT_NO", draft);
	tpl_setf(d, "CODE", "%.4s %.4s %.4s %.4s", code, code + 4, code + 8,
	    code + 12);
	tpl_set(d, "POOL_NAME", pool->name);
	return page_send(r, &pg, 200);
}

/*
 * A repeat of a POST that made application app: the same saved page, or
 * the receipt, in a session for that application.
 */
static int
apply_repeat(struct http_req *r, const struct pool_info *pool,
    const char *once, const char *app)
{
	const char	*params[1] = { app }, *hash;
	PGresult	*a;
	char		 code[17], *draft = NULL;
	int		 draft_state = 0, found;

	if (app == NULL)
		return app_error(r, 409, app_str(r, "G_APPLY_ALREADY_SENT"));
	if ((a = db_exec(STMT_APP_GET, params)) == NULL)
		return 503;
	if ((found = PQntuples(a) == 1 &&
	    strcmp(db_val(a, 0, APP_GET_pool_id), pool->id) == 0)) {
		draft = arena_strdup(r->ar, db_val(a, 0, APP_GET_draft_no));
		draft_state = strcmp(db_val(a, 0, APP_GET_status),
		    "draft") == 0;
	}
	PQclear(a);
	if (!found)
		return 404;
	if (session_create(r, &applicant_session, app, &hash) == -1)
		return 503;
	if (!draft_state) {
		http_redirect(r, "/grants/application/receipt");
		return 0;
	}
	draft_code(once, pool, code);
	return saved_page(r, pool, draft, code);
}

/* GET/POST /grants/pools/<id>/apply */
int
page_apply_new(struct http_req *r)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	struct pool_info	 pool;
	struct page		 pg;
	struct tpl_dict		*d;
	char			 code[17], draft[9], *id;
	const char		*hash, *case_no = NULL, *once, *app, *sub;
	int			 rc;

	if (str_to_i64(r->args[0], 1, INT64_MAX, &(int64_t){ 0 }) == -1)
		return 404;
	if ((rc = pool_load(r, r->args[0], &pool)) != 0)
		return rc;
	if (!pool.open && r->method != HTTP_POST)
		return closed_pool(r);
	d = apply_page(r, &pg, &pool, arena_printf(r->ar,
	    "/grants/pools/%s/apply", pool.id));
	if (r->method != HTTP_POST) {
		tpl_set(d, "ONCE", portal_once_key(r, NULL));
		return page_send(r, &pg, 200);
	}
	/* Closed while the form was filled in: nothing typed is lost. */
	if (!pool.open) {
		apply_check(r, &pool, v, msgs, d);
		form_error(d, "action", app_str(r, "G_APPLY_CLOSED_TYPED"));
		portal_files_lost(r, d, "attachment", "ATTACHMENT_LOST");
		return page_send(r, &pg, 409);
	}
	if (apply_check(r, &pool, v, msgs, d) > 0) {
		portal_files_lost(r, d, "attachment", "ATTACHMENT_LOST");
		return page_send(r, &pg, 422);
	}
	tpl_dict_free(pg.root);
	once = portal_once_key(r, &v[F_ONCE]);

	if (db_begin() == -1)
		return 503;
	if ((rc = portal_once_claim(r, once, &app, &sub)) != 1) {
		db_rollback();
		return rc == 0 ? apply_repeat(r, &pool, once, app) : 503;
	}
	draft_code(once, &pool, code);
	if (new_draft(r, pool.id, v[F_ACTION].num == 1 ? NULL : code, &id,
	    draft) == -1 ||
	    apply_store(r, id, v) == -1 ||
	    (v[F_ACTION].num == 1 && submit_draft(id, &case_no, r) != 0) ||
	    portal_once_done(once, id, NULL) == -1 ||
	    session_create(r, &applicant_session, id, &hash) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 503;
	}
	/* Sent at once: only the receipt, no draft number or code. */
	if (case_no != NULL) {
		http_redirect(r, "/grants/application/receipt");
		return 0;
	}
	/* The code is shown here, and again only to a repeat of this POST. */
	return saved_page(r, &pool, draft, code);
}

/* Puts a stored draft into the form's values; -1 on a database error
 * (then the page must not be shown: saving it would lose the budget). */
static int
apply_fill_stored(struct http_req *r, struct tpl_dict *d, const PGresult *a)
{
	/* The form's fields and the columns of STMT_APP_GET they show. */
	static const struct {
		const char	*field;
		int		 col;
	} cols[] = {
		{ "org_name",		APP_GET_org_name },
		{ "cvr",		APP_GET_cvr },
		{ "contact_name",	APP_GET_contact_name },
		{ "contact_email",	APP_GET_contact_email },
		{ "contact_phone",	APP_GET_contact_phone },
		{ "title",		APP_GET_title },
		{ "description",	APP_GET_description },
		{ "period_start",	APP_GET_period_start },
		{ "period_end",		APP_GET_period_end },
	};
	const char	*params[1];
	PGresult	*res;
	char		 amount[48];
	size_t		 i;
	int		 n;

	for (i = 0; i < sizeof(cols) / sizeof(cols[0]); i++)
		form_set(d, cols[i].field, db_val(a, 0, cols[i].col));
	if (!db_isnull(a, 0, APP_GET_requested_ore)) {
		valid_fmt_amount(strtoll(db_val(a, 0, APP_GET_requested_ore),
		    NULL, 10), amount, sizeof(amount));
		form_set(d, "requested", amount);
	}
	params[0] = db_val(a, 0, APP_GET_id);
	if ((res = db_exec(STMT_APP_BUDGET_GET, params)) == NULL)
		return -1;
	for (n = 0; n < PQntuples(res) && n < NBUDGET; n++) {
		valid_fmt_amount(strtoll(db_val(res, n,
		    APP_BUDGET_GET_amount_ore), NULL, 10), amount,
		    sizeof(amount));
		form_set(d, arena_printf(r->ar, "budget_text_%d", n + 1),
		    db_val(res, n, APP_BUDGET_GET_text));
		form_set(d, arena_printf(r->ar, "budget_amount_%d", n + 1),
		    amount);
	}
	PQclear(res);
	return 0;
}

static PGresult *
app_load(void)
{
	const char	*params[1] = { portal_application };

	return db_exec(STMT_APP_GET, params);
}

/*
 * POST /grants/application: saves or sends the draft.  d is the draft's
 * page, shown again if the form has errors.
 */
static int
apply_post(struct http_req *r, const struct pool_info *pool, struct page *pg,
    struct tpl_dict *d)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	const char		*case_no, *once, *app, *sub;
	int			 rc = 0;

	if (apply_check(r, pool, v, msgs, d) > 0 ||
	    (v[F_ACTION].num == 1 && !pool->open)) {
		if (v[F_ACTION].num == 1 && !pool->open)
			form_error(d, "action", app_str(r,
			    "G_APPLY_CLOSED_DRAFT"));
		portal_files_lost(r, d, "attachment", "ATTACHMENT_LOST");
		portal_file_list(d, STMT_ATT_LIST_APP, portal_application);
		return page_send(r, pg, 422);
	}
	tpl_dict_free(pg->root);
	once = portal_once_key(r, &v[F_ONCE]);
	if (db_begin() == -1)
		return 503;
	/* A repeat: the draft was saved or sent by the first; show it. */
	if ((rc = portal_once_claim(r, once, &app, &sub)) != 1) {
		db_rollback();
		if (rc == -1)
			return 503;
		http_redirect(r, "/grants/application?saved=1");
		return 0;
	}
	if (apply_store(r, portal_application, v) == -1 ||
	    (v[F_ACTION].num == 1 && (rc = submit_draft(portal_application,
	    &case_no, r)) == -1) ||
	    portal_once_done(once, portal_application, NULL) == -1) {
		db_rollback();
		return 503;
	}
	/* Sent meanwhile by another request: nothing of this one is kept. */
	if (v[F_ACTION].num == 1 && rc == 1) {
		db_rollback();
		http_redirect(r, "/grants/application/receipt");
		return 0;
	}
	if (db_commit() == -1) {
		db_rollback();
		return 503;
	}
	http_redirect(r, v[F_ACTION].num == 1 ?
	    "/grants/application/receipt" : "/grants/application?saved=1");
	return 0;
}

/* GET/POST /grants/application: the applicant's own draft. */
int
page_apply(struct http_req *r)
{
	struct pool_info	 pool;
	struct page		 pg;
	struct tpl_dict		*d;
	PGresult		*a;
	int			 rc;

	if ((a = app_load()) == NULL)
		return 503;
	if (PQntuples(a) == 0 ||
	    strcmp(db_val(a, 0, APP_GET_status), "draft") != 0) {
		http_redirect(r, "/grants/application/receipt");
		rc = 0;
		goto out;
	}
	pool.id = arena_strdup(r->ar, db_val(a, 0, APP_GET_pool_id));
	pool.name = arena_strdup(r->ar, db_val(a, 0, APP_GET_pool_name));
	pool.amount = strtoll(db_val(a, 0, APP_GET_pool_amount_ore), NULL, 10);
	pool.open = strcmp(db_val(a, 0, APP_GET_pool_open), "t") == 0;
	d = apply_page(r, &pg, &pool, "/grants/application");
	tpl_set(d, "DRAFT_NO", db_val(a, 0, APP_GET_draft_no));
	tpl_show(d, "IS_DRAFT");
	if (!pool.open)
		tpl_show(d, "POOL_CLOSED");
	if (r->method == HTTP_POST) {
		rc = apply_post(r, &pool, &pg, d);
		goto out;
	}
	if (apply_fill_stored(r, d, a) == -1 || portal_file_list(d,
	    STMT_ATT_LIST_APP, portal_application) == -1) {
		tpl_dict_free(pg.root);
		rc = 503;
		goto out;
	}
	tpl_set(d, "ONCE", portal_once_key(r, NULL));
	if (kv_str(&r->query, "saved") != NULL)
		tpl_show(d, "SAVED");
	rc = page_send(r, &pg, 200);
out:
	PQclear(a);
	return rc;
}

/* GET /grants/application/receipt */
int
page_apply_receipt(struct http_req *r)
{
	static const char *const status_key[][2] = {
		{ "submitted", "G_APP_STATUS_SUBMITTED" },
		{ "awarded", "G_APP_STATUS_AWARDED" },
		{ "rejected", "G_APP_STATUS_REJECTED" },
	};
	struct page	 pg;
	struct tpl_dict	*d;
	PGresult	*a;
	int		 rc;

	if ((a = app_load()) == NULL)
		return 503;
	if (PQntuples(a) == 0 ||
	    strcmp(db_val(a, 0, APP_GET_status), "draft") == 0) {
		http_redirect(r, "/grants/application");
		rc = 0;
		goto out;
	}
	d = page_new(r, &pg, "portal/apply_receipt.tpl",
	    app_str(r, "G_RCPT_TITLE"));
	tpl_set(d, "CASE_NO", db_val(a, 0, APP_GET_case_no));
	tpl_set(d, "SUBMITTED", db_val(a, 0, APP_GET_submitted));
	tpl_set(d, "POOL_NAME", db_val(a, 0, APP_GET_pool_name));
	tpl_set(d, "TITLE", db_val(a, 0, APP_GET_title));
	tpl_set(d, "ORG_NAME", db_val(a, 0, APP_GET_org_name));
	if (!db_isnull(a, 0, APP_GET_decided))
		tpl_set(tpl_section(d, "DECIDED_ROW"), "DECIDED",
		    db_val(a, 0, APP_GET_decided));
	tpl_set(d, "CLOSES", db_val(a, 0, APP_GET_pool_closes));
	tpl_set(d, "STATUS", APP_LABEL(r, status_key,
	    db_val(a, 0, APP_GET_status)));
	if (strcmp(db_val(a, 0, APP_GET_status), "submitted") == 0)
		tpl_show(d, "WAITING");
	rc = page_send(r, &pg, 200);
out:
	PQclear(a);
	return rc;
}
