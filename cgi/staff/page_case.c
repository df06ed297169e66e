/*
 * /staff/cases/<id>: one status report or account, its clock, its audit
 * trail, and the actions on it: take, return for correction (starts a
 * pause), approve, reject, demand repayment, message the recipient, note.
 * Every action is an event with who and when.
 *
 * The final ones (approve, reject, repayment) go through a confirmation
 * page.  Every action is safe to repeat: the page's one-time key (with
 * the action and its text) is claimed with the action, and the state
 * changes are state checks, so a reload or double click does nothing
 * twice and is told so.  Results go by POST/redirect/GET (?done=).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "alertmail.h"
#include "attach.h"
#include "form.h"
#include "log.h"
#include "outbox.h"
#include "site.h"
#include "staff.h"
#include "valid.h"

enum { F_ACTION, F_MESSAGE, F_AMOUNT, F_STEP, F_ONCE, F__MAX };

enum act { A_TAKE, A_RETURN, A_APPROVE, A_REJECT, A_REPAY, A_MESSAGE, A_NOTE };

static const char *const actions[] = {
	[A_TAKE] = "take",
	[A_RETURN] = "return",
	[A_APPROVE] = "approve",
	[A_REJECT] = "reject",
	[A_REPAY] = "repayment",
	[A_MESSAGE] = "message",
	[A_NOTE] = "note",
	NULL
};

/* The form on the page each action comes from (ids "message_<form>"). */
static const char *const action_form[] = {
	[A_TAKE] = "take",
	[A_RETURN] = "return",
	[A_APPROVE] = "decide",
	[A_REJECT] = "decide",
	[A_REPAY] = "repay",
	[A_MESSAGE] = "message",
	[A_NOTE] = "note",
};

static const struct valid_field fields[F__MAX] = {
	[F_ACTION] =	{ "action", "Handling", VT_ENUM, VF_REQUIRED, 0, 0,
			  actions },
	[F_MESSAGE] =	{ "message", "Besked", VT_TEXT, 0, 0, 20000, NULL },
	[F_AMOUNT] =	{ "amount", "Beløb", VT_AMOUNT, 0, 1,
			  INT64_C(100000000000000), NULL },
	[F_STEP] =	{ "step", "Trin", VT_ENUM, 0, 0, 0, staff_steps },
	[F_ONCE] =	STAFF_ONCE_FIELD,
};

#define EVENT_LABEL(code, label, key)	{ code, label },
static const char *const event_label[][2] = { GRANT_EVENTS(EVENT_LABEL) };

static const char *const source_label[][2] = {
	{ "form", "indsendt i formularen" },
	{ "xml", "indsendt som XML-fil" },
	{ "import", "importeret fra et tidligere system" },
};

/* What the page says after each action (?done=<action>). */
static const char *const done_msg[][2] = {
	{ "take",	"Du har taget sagen. Du står nu som sagsbehandler." },
	{ "return",	"Sagen er sendt retur til rettelse. Modtageren kan "
			"se beskeden og indsende rapporten igen." },
	{ "approve",	"Sagen er godkendt. Modtageren kan se afgørelsen." },
	{ "reject",	"Sagen er afvist. Modtageren kan se afgørelsen og "
			"begrundelsen." },
	{ "repayment",	"Kravet om tilbagebetaling er registreret, og "
			"modtageren kan se det." },
	{ "message",	"Beskeden er sendt til modtageren." },
	{ "note",	"Den interne note er gemt. Modtageren kan ikke se "
			"den." },
};

static void
fill_events(struct tpl_dict *d, const char *sid)
{
	const char	*params[1] = { sid }, *kind, *msg;
	PGresult	*res;
	struct tpl_dict	*e;
	int		 i;

	if ((res = db_exec(STMT_CASE_EVENTS, params)) == NULL)
		return;
	for (i = 0; i < PQntuples(res); i++) {
		e = tpl_section(d, "EVENT");
		kind = db_val(res, i, CASE_EVENTS_kind);
		msg = db_val(res, i, CASE_EVENTS_message);
		tpl_set(e, "AT", db_val(res, i, CASE_EVENTS_at));
		tpl_set(e, "WHAT", LABEL_OF(event_label, kind));
		if (*msg != '\0')
			tpl_set(tpl_section(e, "HAS_MESSAGE"), "MESSAGE", msg);
		if (!db_isnull(res, i, CASE_EVENTS_amount_ore))
			form_amount(tpl_section(e, "AMOUNT"), "SUM",
			    db_val(res, i, CASE_EVENTS_amount_ore));
		tpl_set(e, "WHO", strcmp(db_val(res, i,
		    CASE_EVENTS_by_recipient), "t") == 0 ? "Tilskudsmodtager" :
		    db_val(res, i, CASE_EVENTS_staff));
		if (strcmp(kind, "note") == 0)
			tpl_show(e, "NOTE");
	}
	if (PQntuples(res) == 0)
		tpl_show(d, "NO_EVENTS");
	else
		tpl_show(d, "HAS_EVENTS");
	PQclear(res);
}

/* A share in per mille as "12,5 %" (no sign). */
static void
set_pct(struct tpl_dict *d, const char *key, int64_t pm)
{
	char	 buf[32];

	tpl_setf(d, key, "%s %%", grant_fmt_permille(pm, buf, sizeof(buf)));
}

static void
fill_lines(struct tpl_dict *d, const char *sid, int permille)
{
	const char	*params[1] = { sid };
	PGresult	*res;
	struct tpl_dict	*l, *x;
	char		 amount[48];
	int64_t		 b, a, pm;
	int		 i;

	set_pct(d, "LIMIT_PCT", permille);
	if ((res = db_exec(STMT_CASE_LINES, params)) == NULL)
		return;
	for (i = 0; i < PQntuples(res); i++) {
		l = tpl_section(d, "LINE");
		b = strtoll(db_val(res, i, CASE_LINES_budget_ore), NULL, 10);
		a = strtoll(db_val(res, i, CASE_LINES_actual_ore), NULL, 10);
		tpl_set(l, "TEXT", db_val(res, i, CASE_LINES_text));
		valid_fmt_amount(b, amount, sizeof(amount));
		tpl_set(l, "BUDGET", amount);
		valid_fmt_amount(a, amount, sizeof(amount));
		tpl_set(l, "ACTUAL", amount);
		tpl_set(l, "EXPLANATION", db_val(res, i,
		    CASE_LINES_explanation));
		/* The share and its direction in words, not colour alone. */
		if (grant_deviation(b, a, &pm) == -1)
			tpl_show(l, a != 0 ? "NO_BUDGET" : "NO_DIFF");
		else if (pm == 0)
			tpl_show(l, "NO_DIFF");
		else {
			x = tpl_section(l, pm > 0 ? "OVER" : "UNDER");
			set_pct(x, "PCT", pm);
		}
		if (grant_deviates(b, a, permille)) {
			tpl_show(l, "DEVIATES");
			set_pct(tpl_section(l, "DEVIATES_WORDS"), "LIMIT_PCT",
			    permille);
		}
	}
	tpl_show(d, PQntuples(res) > 0 ? "HAS_LINES" : "NO_LINES");
	PQclear(res);
}

/* The pauses in words: "2.–9. december 2026 (7 dage)". */
static void
fill_pauses(struct tpl_dict *d, const char *text, int stop)
{
	struct grant_pause	 p[32];
	struct tpl_dict		*t;
	char			 buf[GRANT_PERIOD_MAX];
	size_t			 i, n;

	n = staff_pauses(text, p, sizeof(p) / sizeof(p[0]));
	if (n == 0) {
		tpl_show(d, "NO_PAUSES");
		return;
	}
	d = tpl_section(d, "HAS_PAUSES");
	tpl_show(d, stop ? "PAUSES_STOP" : "PAUSES_COUNT");
	for (i = 0; i < n; i++) {
		t = tpl_section(d, "PAUSE");
		if (p[i].end == GRANT_NODAY) {
			cal_format_long(p[i].start, buf, sizeof(buf));
			tpl_set(tpl_section(t, "PAUSE_OPEN"), "START", buf);
			continue;
		}
		grant_period_long(p[i].start, p[i].end, buf, sizeof(buf));
		t = tpl_section(t, "PAUSE_DONE");
		tpl_set(t, "PERIOD", buf);
		tpl_setf(t, "DAYS", "%lld", (long long)p[i].end - p[i].start);
		tpl_show(t, p[i].end - p[i].start == 1 ? "ONE_DAY" : "DAYS_N");
	}
}

/* The page; v and the action's form get what was typed (v may be NULL). */
static int
case_page(struct http_req *r, const PGresult *s, int status,
    const struct valid_value *v, const char *notice_key)
{
	struct page	 pg;
	struct tpl_dict	*d, *t;
	cal_day		 today = cal_local_day(time(NULL), NULL);
	const char	*st = db_val(s, 0, CASE_GET_status);
	const char	*sid = db_val(s, 0, CASE_GET_id);
	const char	*decided = db_val(s, 0, CASE_GET_decided);
	const char	*handler = db_val(s, 0, CASE_GET_handler);
	const char	*source = db_val(s, 0, CASE_GET_source);
	const char	*msg, *form, *once;
	int		 limit, elapsed = 0, open, stop, mine, left;

	limit = (int)staff_setting(SET_CLOCK_LIMIT);
	stop = staff_setting(SET_CLOCK_PAUSES) != 0;
	staff_clock(db_val(s, 0, CASE_GET_received), decided,
	    db_val(s, 0, CASE_GET_pauses), today, stop, &elapsed);
	left = limit - elapsed;
	d = page_new(r, &pg, "staff/case.tpl", db_val(s, 0, CASE_GET_case_no));
	if (notice_key != NULL)
		tpl_show(d, notice_key);
	/* A conflict keeps what was written: its form may be gone now. */
	if (status == 409 && kv_str(&r->form, "message") != NULL &&
	    *kv_str(&r->form, "message") != '\0')
		tpl_set(tpl_section(d, "TYPED"), "TEXT",
		    kv_str(&r->form, "message"));
	if ((msg = LABEL_OF(done_msg, staff_query(r, "done"))) != NULL)
		tpl_set(tpl_section(d, kv_str(&r->query, "again") != NULL ?
		    "AGAIN" : "DONE"), "MSG", msg);
	tpl_set(d, "SID", sid);
	tpl_set(d, "CASE_NO", db_val(s, 0, CASE_GET_case_no));
	tpl_set(d, "KIND", grant_kind_label(db_val(s, 0, CASE_GET_kind)));
	tpl_set(d, "STATUS_CODE", st);
	tpl_set(d, "STATUS", grant_status_label(st));
	tpl_set(d, "RECEIVED", db_val(s, 0, CASE_GET_received));
	tpl_set(d, "DECIDED", *decided != '\0' ? decided :
	    "Ikke afgjort endnu");
	tpl_set(d, "GRANT", db_val(s, 0, CASE_GET_grant_no));
	tpl_set(d, "ORG", db_val(s, 0, CASE_GET_org_name));
	tpl_set(d, "TITLE", db_val(s, 0, CASE_GET_title));
	if (*db_val(s, 0, CASE_GET_contact_email) != '\0')
		tpl_set(tpl_section(d, "GEMAIL"), "EMAIL", db_val(s, 0,
		    CASE_GET_contact_email));
	/* The grant's payment stop (page_obligations.c sets it). */
	if (!db_isnull(s, 0, CASE_GET_award_id)) {
		t = tpl_section(d, "HAS_AWARD");
		tpl_set(t, "AWARD_ID", db_val(s, 0, CASE_GET_award_id));
		if (strcmp(db_val(s, 0, CASE_GET_payment_stop), "t") == 0) {
			t = tpl_section(t, "STOPPED");
			tpl_set(t, "SINCE",
			    db_val(s, 0, CASE_GET_payment_stop_at));
			tpl_set(t, "STOP_REASON",
			    db_val(s, 0, CASE_GET_payment_stop_reason));
		} else
			tpl_show(t, "NOT_STOPPED");
	}
	tpl_set(d, "HANDLER", *handler != '\0' ? handler : "Ingen endnu");
	tpl_set(d, "VERSION", db_val(s, 0, CASE_GET_version));
	tpl_set(d, "SOURCE", LABEL_OF(source_label, source) != NULL ?
	    LABEL_OF(source_label, source) : source);
	fill_pauses(d, db_val(s, 0, CASE_GET_pauses), stop);
	tpl_set_int(d, "ELAPSED", elapsed);
	tpl_set_int(d, "LEFT", left < 0 ? -left : left);
	tpl_set_int(d, "LIMIT", limit);
	tpl_show(d, left < 0 ? "CLOCK_OVER" : "CLOCK_LEFT");
	tpl_set(d, "CLASS", left < 0 ? "due-over" :
	    left <= GRANT_NEAR_DAYS ? "due-soon" :
	    "due-later");
	if (!db_isnull(s, 0, CASE_GET_auditor) &&
	    strcmp(db_val(s, 0, CASE_GET_auditor), "t") == 0)
		tpl_show(d, "AUDITOR");
	if (!db_isnull(s, 0, CASE_GET_repayment_ore))
		form_amount(tpl_section(d, "REPAYMENT"), "SUM",
		    db_val(s, 0, CASE_GET_repayment_ore));
	if (strcmp(db_val(s, 0, CASE_GET_kind), "status") == 0) {
		t = tpl_section(d, "STATUS_REPORT");
		tpl_set(t, "PROGRESS", db_val(s, 0, CASE_GET_progress));
		tpl_set(t, "MILESTONES", db_val(s, 0, CASE_GET_milestones));
		tpl_set(t, "DEVIATIONS", db_val(s, 0, CASE_GET_deviations));
	} else {
		t = tpl_section(d, "ACCOUNTS");
		fill_lines(t, sid, (int)staff_setting(
		    SET_DEVIATION));
		tpl_show(d, "CAN_REPAY");
	}
	open = strcmp(st, "received") == 0 || strcmp(st, "processing") == 0;
	mine = !db_isnull(s, 0, CASE_GET_handler_id) && staff_user.id != NULL &&
	    strcmp(db_val(s, 0, CASE_GET_handler_id), staff_user.id) == 0;
	if ((open || strcmp(st, "returned") == 0) && !mine)
		tpl_show(d, "CAN_TAKE");
	if (mine)
		tpl_show(d, "IS_MINE");
	if (open) {
		tpl_show(d, "CAN_DECIDE");
		if (!db_isnull(s, 0, CASE_GET_grant_no) &&
		    strcmp(source, "import"))
			tpl_show(d, "CAN_RETURN");
	}
	fill_events(d, sid);
	if (atoi(db_val(s, 0, CASE_GET_files)) > 0)
		attach_list(tpl_section(d, "HAS_FILES"), STMT_CASE_FILES, sid);
	else
		tpl_show(d, "NO_FILES");
	/* One key for the page's forms: one action is sent per page view. */
	once = v != NULL && v[F_ONCE].err == NULL ? v[F_ONCE].str :
	    app_once_new(r);
	tpl_set(d, "ONCE", once);
	if (v != NULL && v[F_ACTION].err == NULL) {
		form = action_form[v[F_ACTION].num];
		form_set(d, arena_printf(r->ar, "message_%s", form),
		    kv_str(&r->form, "message") != NULL ?
		    kv_str(&r->form, "message") : "");
		form_set(d, "amount", kv_str(&r->form, "amount") != NULL ?
		    kv_str(&r->form, "amount") : "");
		if (v[F_MESSAGE].err != NULL)
			form_error(d, arena_printf(r->ar, "message_%s", form),
			    v[F_MESSAGE].err);
		if (v[F_AMOUNT].err != NULL)
			form_error(d, "amount", v[F_AMOUNT].err);
	}
	staff_case_versions(r, page_include(r, d, "VERSIONS",
	    "staff/case_versions.tpl"), sid, (int)staff_setting(
	    SET_DEVIATION));
	return page_send(r, &pg, status);
}

/* The confirmation page of approve, reject and repayment. */
static int
confirm_page(struct http_req *r, const PGresult *s,
    const struct valid_value *v)
{
	static const char *const titles[][2] = {
		{ "approve", "Bekræft godkendelsen" },
		{ "reject", "Bekræft afvisningen" },
		{ "repayment", "Bekræft kravet om tilbagebetaling" },
	};
	struct page	 pg;
	struct tpl_dict	*d;
	const char	*a = actions[v[F_ACTION].num];
	char		 amount[48];

	d = staff_confirm(r, &pg, LABEL_OF(titles, a), arena_printf(r->ar,
	    "/staff/cases/%s", db_val(s, 0, CASE_GET_id)), "CASE_DECISION",
	    fields, F__MAX);
	tpl_set(d, "KIND", grant_kind_label(db_val(s, 0, CASE_GET_kind)));
	tpl_set(d, "CASE_NO", db_val(s, 0, CASE_GET_case_no));
	tpl_set(d, "GRANT", db_val(s, 0, CASE_GET_grant_no));
	tpl_set(d, "ORG", db_val(s, 0, CASE_GET_org_name));
	if (v[F_MESSAGE].present)
		tpl_set(tpl_section(d, "MESSAGE_SET"), "MESSAGE",
		    v[F_MESSAGE].str);
	else
		tpl_show(d, "NO_MESSAGE");
	switch ((enum act)v[F_ACTION].num) {
	case A_APPROVE:
		tpl_show(d, "APPROVE");
		tpl_set(d, "CONFIRM_LABEL", "Bekræft og godkend");
		break;
	case A_REJECT:
		tpl_show(d, "REJECT");
		tpl_show(d, "DANGER");
		tpl_set(d, "CONFIRM_LABEL", "Bekræft og afvis");
		break;
	default:
		valid_fmt_amount(v[F_AMOUNT].num, amount, sizeof(amount));
		tpl_set(tpl_section(d, "AMOUNT_SET"), "AMOUNT", amount);
		tpl_set(d, "AMOUNT", amount);
		tpl_show(d, "REPAY");
		tpl_show(d, "DANGER");
		tpl_set(d, "CONFIRM_LABEL", "Bekræft og kræv tilbagebetaling");
		break;
	}
	return page_send(r, &pg, 200);
}

static int
event(const char *sid, const char *kind, const char *msg, const char *amount)
{
	const char	*p[5] = { sid, staff_user.id, kind, msg, amount };

	return db_count(STMT_CASE_EVENT, p) == -1 ? -1 : 0;
}

/* Does the action; 0 done, 1 not allowed in this state, -1 database error. */
static int
act(struct http_req *r, const char *sid, const struct valid_value *v)
{
	const char	*p[3], *amount = NULL, *kind;
	const char	*msg = v[F_MESSAGE].str;
	int		 stmt = -1, n;

	p[0] = sid;
	switch ((enum act)v[F_ACTION].num) {
	case A_TAKE:
		p[1] = staff_user.id;
		stmt = STMT_CASE_TAKE;
		kind = "taken";
		break;
	case A_RETURN:
		stmt = STMT_CASE_RETURN;
		kind = "returned";
		break;
	case A_APPROVE:
	case A_REJECT:
		p[1] = v[F_ACTION].num == A_APPROVE ? "approved" : "rejected";
		p[2] = staff_user.id;
		stmt = STMT_CASE_DECIDE;
		kind = p[1];
		break;
	case A_REPAY:
		amount = arena_printf(r->ar, "%lld",
		    (long long)v[F_AMOUNT].num);
		p[1] = amount;
		stmt = STMT_CASE_REPAY;
		kind = "repayment";
		break;
	case A_MESSAGE:
		kind = "message";
		break;
	case A_NOTE:
		kind = "note";
		break;
	default:
		return 1;
	}
	/* The state check: a change that hits no row is not allowed now. */
	if (stmt != -1 && (n = db_count(stmt, p)) != 1)
		return n == -1 ? -1 : 1;
	if (stmt == STMT_CASE_RETURN && db_count(STMT_CASE_PAUSE, p) == -1)
		return -1;
	return event(sid, kind, msg, amount);
}

/* What the recipient's mail about a step names (copied from the case
 * before the transaction). */
struct case_to {
	const char	*addr;		/* the grant's contact e-mail, or "" */
	const char	*grant_no;
	const char	*case_no;
	const char	*version;
};

/*
 * The recipient's mail about a return, decision or message, in the
 * action's transaction (no address: no mail).  The key names the event:
 * a return per version, a decision once per case, a message by its form's
 * one-time key.  0, or -1 (the caller rolls back).
 */
static int
case_mail(struct http_req *r, const char *sid, const struct case_to *to,
    const struct valid_value *v)
{
	static const struct {
		enum act	 a;
		const char	*kind;
		enum mail_kind	 mk;
	} m[] = {
		{ A_RETURN, "returned", MAIL_CASE_RETURNED },
		{ A_APPROVE, "approved", MAIL_CASE_APPROVED },
		{ A_REJECT, "rejected", MAIL_CASE_REJECTED },
		{ A_MESSAGE, "message", MAIL_CASE_MESSAGE },
	};
	struct alert_mail	 mail;
	const char		*key;
	size_t			 i;
	int			 rc = -1;

	for (i = 0; i < sizeof(m) / sizeof(m[0]); i++)
		if (m[i].a == (enum act)v[F_ACTION].num)
			break;
	if (i == sizeof(m) / sizeof(m[0]) || *to->addr == '\0')
		return 0;
	key = m[i].a == A_RETURN ? arena_printf(r->ar, "case:%s:returned:v%s",
	    sid, to->version) : m[i].a == A_MESSAGE ? arena_printf(r->ar,
	    "case:%s:message:%s", sid, v[F_ONCE].str) :
	    arena_printf(r->ar, "case:%s:%s", sid, m[i].kind);
	if (alertmail_case(site_base(), m[i].kind, to->grant_no, to->case_no,
	    sid, &mail) == -1)
		return -1;
	/* A mail the mailer would refuse must not refuse the step. */
	if (outbox_check(m[i].mk, to->addr, mail.subject, mail.body,
	    key) == -1) {
		log_warn("case: %s mail for submission %s not queued",
		    m[i].kind, sid);
		rc = 0;
	} else if (outbox_add_stmt(STMT_OUTBOX_ADD, m[i].mk, to->addr,
	    mail.subject, mail.body, key) != -1)
		rc = 0;
	alertmail_free(&mail);
	return rc;
}

/* Whether the case, as it stands, is where the action would take it. */
static int
already(const PGresult *s, const struct valid_value *v)
{
	const char	*st = db_val(s, 0, CASE_GET_status);

	switch ((enum act)v[F_ACTION].num) {
	case A_TAKE:
		return !db_isnull(s, 0, CASE_GET_handler_id) &&
		    strcmp(db_val(s, 0, CASE_GET_handler_id),
		    staff_user.id) == 0;
	case A_RETURN:
		return strcmp(st, "returned") == 0;
	case A_APPROVE:
		return strcmp(st, "approved") == 0;
	case A_REJECT:
		return strcmp(st, "rejected") == 0;
	case A_REPAY:
		return !db_isnull(s, 0, CASE_GET_repayment_ore) &&
		    strtoll(db_val(s, 0, CASE_GET_repayment_ore), NULL, 10) ==
		    v[F_AMOUNT].num;
	default:
		return 0;
	}
}

/* Whether the case's state allows the action (before confirming it). */
static int
allowed(const PGresult *s, const struct valid_value *v)
{
	const char	*st = db_val(s, 0, CASE_GET_status);
	int		 open;

	open = strcmp(st, "received") == 0 || strcmp(st, "processing") == 0;
	switch ((enum act)v[F_ACTION].num) {
	case A_TAKE:
		return open || strcmp(st, "returned") == 0;
	case A_RETURN:
	case A_APPROVE:
	case A_REJECT:
		return open;
	case A_REPAY:
		return strcmp(db_val(s, 0, CASE_GET_kind), "accounts") == 0;
	default:
		return 1;
	}
}

static void
done(struct http_req *r, const char *sid, const struct valid_value *v,
    int again)
{
	http_redirect(r, arena_printf(r->ar, "/staff/cases/%s?done=%s%s", sid,
	    actions[v[F_ACTION].num], again ? "&again=1" : ""));
}

int
page_case(struct http_req *r)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	const char		*params[1] = { r->args[0] }, *content;
	struct case_to		 to;
	char			 hash[CRYPTO_HASHHEX];
	PGresult		*s = NULL;
	int64_t			 id;
	int			 rc = 503, a, claim, k;

	if (str_to_i64(r->args[0], 1, INT64_MAX, &id) == -1) {
		rc = 404;
		goto out;
	}
	if ((s = db_exec(STMT_CASE_GET, params)) == NULL)
		goto out;
	if (PQntuples(s) == 0) {
		rc = 404;
		goto out;
	}
	if (r->method != HTTP_POST) {
		rc = case_page(r, s, 200, NULL, NULL);
		goto out;
	}
	valid_form(fields, F__MAX, &r->form, v, msgs);
	if (v[F_ACTION].err != NULL || v[F_STEP].err != NULL ||
	    v[F_ONCE].err != NULL) {
		/* Hidden fields and buttons: a stale or hand-made form. */
		rc = app_error(r, 400, STAFF_ONCE_STALE);
		goto out;
	}
	a = (int)v[F_ACTION].num;
	if (!v[F_MESSAGE].present && v[F_MESSAGE].err == NULL &&
	    (a == A_RETURN || a == A_REJECT || a == A_MESSAGE || a == A_NOTE))
		v[F_MESSAGE].err = a == A_RETURN ? "Skriv, hvad modtageren "
		    "skal rette." : a == A_REJECT ? "Skriv en begrundelse for "
		    "afvisningen." : a == A_NOTE ? "Skriv noten." :
		    "Skriv en besked.";
	if (a == A_REPAY && !v[F_AMOUNT].present && v[F_AMOUNT].err == NULL)
		v[F_AMOUNT].err = "Udfyld beløbet, der kræves tilbagebetalt.";
	if (a != A_REPAY)
		v[F_AMOUNT].err = NULL;
	if (!allowed(s, v))
		goto conflict;
	if (v[F_MESSAGE].err != NULL || v[F_AMOUNT].err != NULL ||
	    (v[F_STEP].present && v[F_STEP].num == STEP_EDIT)) {
		rc = case_page(r, s, v[F_MESSAGE].err != NULL ||
		    v[F_AMOUNT].err != NULL ? 422 : 200, v, NULL);
		goto out;
	}
	if ((a == A_APPROVE || a == A_REJECT || a == A_REPAY) &&
	    !v[F_STEP].present) {
		rc = confirm_page(r, s, v);
		goto out;
	}
	to.addr = arena_strdup(r->ar, db_val(s, 0, CASE_GET_contact_email));
	to.grant_no = arena_strdup(r->ar, db_val(s, 0, CASE_GET_grant_no));
	to.case_no = arena_strdup(r->ar, db_val(s, 0, CASE_GET_case_no));
	to.version = arena_strdup(r->ar, db_val(s, 0, CASE_GET_version));
	PQclear(s);
	s = NULL;
	content = arena_printf(r->ar, "%s\n%lld\n%s", actions[a],
	    (long long)(a == A_REPAY ? v[F_AMOUNT].num : 0), v[F_MESSAGE].str);
	if (db_begin() == -1)
		goto out;
	if ((claim = staff_once_claim(r, "case", v[F_ONCE].str, content,
	    r->args[0], hash)) != 1) {
		db_rollback();
		if (claim == 0) {		/* this very form, again */
			done(r, r->args[0], v, 1);
			rc = 0;
		}
		goto out;
	}
	if ((k = act(r, r->args[0], v)) == 0 &&
	    case_mail(r, r->args[0], &to, v) == -1)
		k = -1;
	if (k != 0) {
		db_rollback();
		/* 1: changed meanwhile (another tab, a colleague). */
		if (k == -1 || (s = db_exec(STMT_CASE_GET, params)) == NULL)
			goto out;
		goto conflict;
	}
	if (db_commit() == -1)
		goto out;
	done(r, r->args[0], v, 0);
	rc = 0;
	goto out;
conflict:
	/* Not allowed as the case stands: done already, or a conflict. */
	if (already(s, v)) {
		done(r, r->args[0], v, 1);
		rc = 0;
	} else
		rc = case_page(r, s, 409, v, "CONFLICT");
out:
	PQclear(s);
	return rc;
}
