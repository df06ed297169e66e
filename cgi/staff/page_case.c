/*
 * /staff/cases/<id>: one status report or account, its clock, its audit
 * trail, and the actions on it: take, return for correction (starts a
 * pause), approve, reject, demand repayment, message the recipient, note.
 * Every action is an event with who and when.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "attach.h"
#include "form.h"
#include "staff.h"
#include "valid.h"

enum { F_ACTION, F_MESSAGE, F_AMOUNT, F__MAX };

enum act { A_TAKE, A_RETURN, A_APPROVE, A_REJECT, A_REPAY, A_MESSAGE, A_NOTE };

static const char *const actions[] = {
	"take", "return", "approve", "reject", "repayment", "message", "note",
	NULL
};

static const struct valid_field fields[F__MAX] = {
	{ "action", "Handling", VT_ENUM, VF_REQUIRED, 0, 0, actions },
	{ "message", "Besked", VT_TEXT, 0, 0, 20000, NULL },
	{ "amount", "Beløb", VT_AMOUNT, 0, 1, INT64_C(100000000000000), NULL },
};

static const char *const event_label[][2] = {
	{ "received", "Modtaget" },
	{ "resubmitted", "Indsendt igen efter rettelse" },
	{ "taken", "Taget" },
	{ "returned", "Sendt retur til rettelse" },
	{ "approved", "Godkendt" },
	{ "rejected", "Afvist" },
	{ "repayment", "Krav om tilbagebetaling" },
	{ "message", "Besked til modtageren" },
	{ "note", "Intern note" },
	{ "imported", "Importeret" },
};

static void
fill_events(struct tpl_dict *d, const char *sid)
{
	const char	*params[1] = { sid };
	PGresult	*res;
	struct tpl_dict	*e;
	int		 i;

	if ((res = db_exec(STMT_CASE_EVENTS, params)) == NULL)
		return;
	for (i = 0; i < PQntuples(res); i++) {
		e = tpl_section(d, "EVENT");
		tpl_set(e, "AT", db_val(res, i, 0));
		tpl_set(e, "WHAT", LABEL_OF(event_label, db_val(res, i, 1)));
		tpl_set(e, "MESSAGE", db_val(res, i, 2));
		if (!db_isnull(res, i, 3)) {
			form_amount(tpl_section(e, "AMOUNT"), "SUM", db_val(res, i, 3));
		}
		tpl_set(e, "WHO", strcmp(db_val(res, i, 4), "t") == 0 ?
		    "Tilskudsmodtager" : db_val(res, i, 5));
	}
	PQclear(res);
}

static void
fill_lines(struct tpl_dict *d, const char *sid, int permille)
{
	const char	*params[1] = { sid };
	PGresult	*res;
	struct tpl_dict	*l;
	char		 amount[48];
	int64_t		 b, a;
	int		 i;

	if ((res = db_exec(STMT_CASE_LINES, params)) == NULL)
		return;
	for (i = 0; i < PQntuples(res); i++) {
		l = tpl_section(d, "LINE");
		b = strtoll(db_val(res, i, 2), NULL, 10);
		a = strtoll(db_val(res, i, 3), NULL, 10);
		tpl_set(l, "TEXT", db_val(res, i, 1));
		valid_fmt_amount(b, amount, sizeof(amount));
		tpl_set(l, "BUDGET", amount);
		valid_fmt_amount(a, amount, sizeof(amount));
		tpl_set(l, "ACTUAL", amount);
		tpl_set(l, "EXPLANATION", db_val(res, i, 4));
		if (grant_deviates(b, a, permille))
			tpl_show(l, "DEVIATES");
	}
	PQclear(res);
}

static int
case_page(struct http_req *r, const PGresult *s, int status,
    const struct valid_value *v)
{
	struct page	 pg;
	struct tpl_dict	*d, *t;
	cal_day		 today = cal_local_day(time(NULL), NULL);
	const char	*st = db_val(s, 0, 3), *sid = db_val(s, 0, 0);
	int		 limit, elapsed = 0, open;

	limit = (int)staff_setting("grants.clock_limit_days", 155);
	staff_clock(db_val(s, 0, 4), db_val(s, 0, 5), db_val(s, 0, 19), today,
	    staff_setting("grants.clock_pauses", 0) != 0, &elapsed);
	d = page_new(r, &pg, "staff/case.tpl", db_val(s, 0, 1));
	tpl_set(d, "SID", sid);
	tpl_set(d, "CASE_NO", db_val(s, 0, 1));
	tpl_set(d, "KIND", grant_kind_label(db_val(s, 0, 2)));
	tpl_set(d, "STATUS", grant_status_label(st));
	tpl_set(d, "RECEIVED", db_val(s, 0, 4));
	tpl_set(d, "DECIDED", db_val(s, 0, 5));
	tpl_set(d, "GRANT", db_val(s, 0, 6));
	tpl_set(d, "ORG", db_val(s, 0, 7));
	tpl_set(d, "TITLE", db_val(s, 0, 8));
	tpl_set(d, "HANDLER", db_val(s, 0, 11));
	tpl_set(d, "VERSION", db_val(s, 0, 17));
	tpl_set(d, "SOURCE", db_val(s, 0, 18));
	tpl_set(d, "PAUSES", db_val(s, 0, 19));
	tpl_set_int(d, "ELAPSED", elapsed);
	tpl_set_int(d, "LEFT", limit - elapsed);
	tpl_set_int(d, "LIMIT", limit);
	tpl_set(d, "CLASS", limit - elapsed < 0 ? "over" :
	    limit - elapsed <= 30 ? "near" : "ok");
	if (!db_isnull(s, 0, 10) && strcmp(db_val(s, 0, 10), "t") == 0)
		tpl_show(d, "AUDITOR");
	if (!db_isnull(s, 0, 16)) {
		form_amount(tpl_section(d, "REPAYMENT"), "SUM", db_val(s, 0, 16));
	}
	if (strcmp(db_val(s, 0, 2), "status") == 0) {
		t = tpl_section(d, "STATUS_REPORT");
		tpl_set(t, "PROGRESS", db_val(s, 0, 13));
		tpl_set(t, "MILESTONES", db_val(s, 0, 14));
		tpl_set(t, "DEVIATIONS", db_val(s, 0, 15));
	} else {
		t = tpl_section(d, "ACCOUNTS");
		fill_lines(t, sid, (int)staff_setting(
		    "grants.deviation_permille", 100));
		tpl_show(d, "CAN_REPAY");
	}
	open = strcmp(st, "received") == 0 || strcmp(st, "processing") == 0;
	if (open || strcmp(st, "returned") == 0)
		tpl_show(d, "CAN_TAKE");
	if (open) {
		tpl_show(d, "CAN_DECIDE");
		if (!db_isnull(s, 0, 6) && strcmp(db_val(s, 0, 18), "import"))
			tpl_show(d, "CAN_RETURN");
	}
	fill_events(d, sid);
	attach_list(d, STMT_CASE_FILES, sid);
	staff_case_versions(tpl_include(d, "VERSIONS",
	    "staff/case_versions.tpl"), sid, (int)staff_setting(
	    "grants.deviation_permille", 100));
	if (v != NULL)
		form_fill(d, fields, F__MAX, &r->form, v);
	return page_send(r, &pg, status);
}

static int
event(const char *sid, const char *kind, const char *msg, const char *amount)
{
	const char	*p[5] = { sid, staff_user.id, kind, msg, amount };
	PGresult	*res;

	if ((res = db_exec(STMT_CASE_EVENT, p)) == NULL)
		return -1;
	PQclear(res);
	return 0;
}

/* Runs a state change that must hit exactly one row. */
static int
change(int stmt, const char **p)
{
	PGresult	*res;
	int		 n;

	if ((res = db_exec(stmt, p)) == NULL)
		return -1;
	n = PQntuples(res);
	PQclear(res);
	return n == 1 ? 0 : 1;
}

/* Does the action; 0 done, 1 not allowed in this state, -1 database error. */
static int
act(struct http_req *r, const char *sid, const struct valid_value *v)
{
	const char	*p[3], *amount = NULL;
	const char	*msg = v[F_MESSAGE].str;
	int		 rc;

	p[0] = sid;
	switch ((enum act)v[F_ACTION].num) {
	case A_TAKE:
		p[1] = staff_user.id;
		if ((rc = change(STMT_CASE_TAKE, p)) != 0)
			return rc;
		return event(sid, "taken", msg, NULL);
	case A_RETURN:
		if ((rc = change(STMT_CASE_RETURN, p)) != 0)
			return rc;
		if (change(STMT_CASE_PAUSE, p) == -1)
			return -1;
		return event(sid, "returned", msg, NULL);
	case A_APPROVE:
	case A_REJECT:
		p[1] = v[F_ACTION].num == A_APPROVE ? "approved" : "rejected";
		p[2] = staff_user.id;
		if ((rc = change(STMT_CASE_DECIDE, p)) != 0)
			return rc;
		return event(sid, p[1], msg, NULL);
	case A_REPAY:
		amount = arena_printf(r->ar, "%lld",
		    (long long)v[F_AMOUNT].num);
		p[1] = amount;
		if ((rc = change(STMT_CASE_REPAY, p)) != 0)
			return rc;
		return event(sid, "repayment", msg, amount);
	case A_MESSAGE:
		return event(sid, "message", msg, NULL);
	case A_NOTE:
		return event(sid, "note", msg, NULL);
	}
	return 1;
}

int
page_case(struct http_req *r)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	const char		*params[1] = { r->args[0] };
	PGresult		*s;
	int64_t			 id;
	int			 rc, a;

	if (str_to_i64(r->args[0], 1, INT64_MAX, &id) == -1)
		return 404;
	if ((s = db_exec(STMT_CASE_GET, params)) == NULL)
		return 503;
	if (PQntuples(s) == 0) {
		PQclear(s);
		return 404;
	}
	if (r->method != HTTP_POST) {
		rc = case_page(r, s, 200, NULL);
		PQclear(s);
		return rc;
	}
	valid_form(fields, F__MAX, &r->form, v, msgs);
	a = (int)v[F_ACTION].num;
	if (v[F_ACTION].err == NULL && !v[F_MESSAGE].present &&
	    (a == A_RETURN || a == A_REJECT || a == A_MESSAGE || a == A_NOTE))
		v[F_MESSAGE].err = a == A_RETURN ? "Skriv, hvad modtageren "
		    "skal rette." : "Skriv en besked.";
	if (v[F_ACTION].err == NULL && a == A_REPAY && !v[F_AMOUNT].present &&
	    v[F_AMOUNT].err == NULL)
		v[F_AMOUNT].err = "Udfyld beløbet, der kræves tilbagebetalt.";
	if (v[F_ACTION].err != NULL || v[F_MESSAGE].err != NULL ||
	    v[F_AMOUNT].err != NULL) {
		rc = case_page(r, s, 422, v);
		PQclear(s);
		return rc;
	}
	PQclear(s);
	if (db_begin() == -1)
		return 503;
	if ((rc = act(r, r->args[0], v)) != 0) {
		db_rollback();
		if (rc == -1)
			return 503;
		return app_error(r, 409, "Handlingen passer ikke til sagens "
		    "status lige nu. Genindlæs sagen og prøv igen.");
	}
	if (db_commit() == -1)
		return 503;
	http_redirect(r, arena_printf(r->ar, "/staff/cases/%s", r->args[0]));
	return 0;
}
