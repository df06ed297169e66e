/*
 * /staff/whistle/<id>: one whistleblower report, opened with the
 * authority's key: what was reported, who reported it and what they
 * consented to (socialtilsynsloven § 11, stk. 4), the deadlines, the
 * thread and the files.  The actions: registration and triage, a message
 * to the reporter, an internal note, closing (with an optional message
 * to the reporter, which is then the feedback).  Every view and every
 * action is a row in whistle_audit; nothing of the content goes there.
 *
 * Every form carries a one-time key ("once"), stored as a hash in
 * whistle_once in the action's transaction: a repeat of the same POST
 * (reload, double click) does nothing and gets the same redirect.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "crypto.h"
#include "form.h"
#include "staff.h"
#include "valid.h"
#include "wbcodes.h"
#include "wbstats.h"

enum act { A_REGISTER, A_MESSAGE, A_NOTE, A_CLOSE };

static const char *const acts[] = {
	[A_REGISTER] = "register",
	[A_MESSAGE] = "message",
	[A_NOTE] = "note",
	[A_CLOSE] = "close",
	NULL
};

/* What every form of the page carries. */
enum { P_ACTION, P_ONCE, P__MAX };

static const struct valid_field act_fields[P__MAX] = {
	[P_ACTION] = { "action", "Handling", VT_ENUM, VF_REQUIRED, 0, 0, acts },
	[P_ONCE] = { "once", "Engangsnøgle", VT_TOKEN, VF_REQUIRED, 20, 64,
	    NULL },
};

/* Registration and triage; the planned actions follow T_ACT, one
 * checkbox "act_<code>" each, in the order of WB_ACTIONS. */
#define ONE_MORE(c, l)	+ 1
enum {
	T_NAME, T_OFFER, T_CAUSE, T_RISK, T_REASON, T_ACT,
	T__MAX = T_ACT WB_ACTIONS(ONE_MORE)
};
#define ACT_FIELD(c, l)	{ "act_" c, "Handling", VT_BOOL, 0, 0, 0, NULL },

static const struct valid_field triage_fields[T__MAX] = {
	[T_NAME] = { "reg_name", "Tilbud eller plejefamilie", VT_LINE,
	    VF_REQUIRED, 1, 300, NULL },
	[T_OFFER] = { "reg_offer_type", "Tilbudstype", VT_ENUM, VF_REQUIRED,
	    0, 0, whistle_offer_types },
	[T_CAUSE] = { "reg_cause", "Årsag", VT_INT, VF_REQUIRED, 1,
	    INT32_MAX, NULL },
	[T_RISK] = { "risk", "Risikovurdering", VT_ENUM, VF_REQUIRED, 0, 0,
	    whistle_risks },
	[T_REASON] = { "risk_reason", "Begrundelse for risikovurderingen",
	    VT_TEXT, VF_REQUIRED, 1, 5000, NULL },
	[T_ACT] = WB_ACTIONS(ACT_FIELD)		/* T_ACT + i: action i */
};

enum { M_TEXT, M_FEEDBACK, M__MAX };

static const struct valid_field message_fields[M__MAX] = {
	[M_TEXT] = { "message", "Besked til anmelderen", VT_TEXT,
	    VF_REQUIRED, 1, 20000, NULL },
	[M_FEEDBACK] = { "feedback", "Tilbagemelding", VT_BOOL, 0, 0, 0,
	    NULL },
};

enum { N_TEXT, N__MAX };

static const struct valid_field note_fields[N__MAX] = {
	[N_TEXT] = { "note", "Intern note", VT_TEXT, VF_REQUIRED, 1, 20000,
	    NULL },
};

enum { K_REASON, K_MESSAGE, K__MAX };

static const struct valid_field close_fields[K__MAX] = {
	[K_REASON] = { "closing_reason", "Lukningsårsag", VT_ENUM,
	    VF_REQUIRED, 0, 0, whistle_closings },
	[K_MESSAGE] = { "closing_message",
	    "Afsluttende besked til anmelderen", VT_TEXT, 0, 0, 20000, NULL },
};

/* The form of each action. */
static const struct {
	const struct valid_field	*fields;
	size_t				 n;
} forms[] = {
	[A_REGISTER] = { triage_fields, T__MAX },
	[A_MESSAGE] = { message_fields, M__MAX },
	[A_NOTE] = { note_fields, N__MAX },
	[A_CLOSE] = { close_fields, K__MAX },
};

#define MAX_FIELDS	T__MAX

static int
is_true(const PGresult *s, int col)
{
	return strcmp(db_val(s, 0, col), "t") == 0;
}

/* Whether code is in the comma-separated list. */
static int
in_list(const char *list, const char *code)
{
	size_t		 n = strlen(code);
	const char	*p;

	for (p = list; (p = strstr(p, code)) != NULL; p += n)
		if ((p == list || p[-1] == ',') &&
		    (p[n] == ',' || p[n] == '\0'))
			return 1;
	return 0;
}

/*
 * The active causes as options into d (if not NULL), with chosen (an id,
 * or "") selected.  Returns whether chosen is one of them.
 */
static int
fill_causes(struct tpl_dict *d, const char *chosen)
{
	PGresult	*res;
	struct tpl_dict	*o;
	int		 i, found = 0, sel;

	if ((res = db_exec(STMT_WB_CAUSES, NULL)) == NULL)
		return 0;
	for (i = 0; i < PQntuples(res); i++) {
		sel = strcmp(db_val(res, i, WB_CAUSES_id), chosen) == 0;
		found |= sel;
		if (d == NULL)
			continue;
		o = tpl_section(d, "CAUSE_OPT");
		tpl_set(o, "ID", db_val(res, i, WB_CAUSES_id));
		tpl_set(o, "LABEL", db_val(res, i, WB_CAUSES_label));
		if (sel)
			tpl_show(o, "SELECTED");
	}
	PQclear(res);
	return found;
}

static void
fill_thread(struct http_req *r, struct tpl_dict *d, const char *id,
    const unsigned char k[WB_KEY])
{
	const char	*params[1] = { id }, *text[1];
	PGresult	*res;
	struct tpl_dict	*m;
	int		 i;

	if ((res = db_exec(STMT_WB_MESSAGES, params)) == NULL)
		return;
	for (i = 0; i < PQntuples(res); i++) {
		m = tpl_section(d, "ENTRY");
		tpl_set(m, "DAY", db_val(res, i, WB_MESSAGES_day));
		if (strcmp(db_val(res, i, WB_MESSAGES_from_reporter), "t") == 0)
			tpl_set(m, "WHO", "Fra anmelderen");
		else if (strcmp(db_val(res, i, WB_MESSAGES_internal), "t") ==
		    0) {
			tpl_set(m, "WHO", arena_printf(r->ar, "Intern note "
			    "(%s)", db_val(res, i, WB_MESSAGES_staff_name)));
			tpl_show(m, "INTERNAL");
		} else
			tpl_set(m, "WHO", arena_printf(r->ar, "Til anmelderen "
			    "(%s)", db_val(res, i, WB_MESSAGES_staff_name)));
		if (whistle_open(r->ar, k, res, i, WB_MESSAGES_body, text, 1) ==
		    -1)
			tpl_show(m, "BROKEN");
		tpl_set(m, "TEXT", text[0]);
	}
	tpl_show(d, i == 0 ? "NO_ENTRY" : "ANY_ENTRY");
	PQclear(res);
}

static void
fill_files(struct http_req *r, struct tpl_dict *d, const char *id,
    const unsigned char k[WB_KEY])
{
	const char	*params[1] = { id }, *name[2];
	PGresult	*res;
	struct tpl_dict	*f;
	int		 i;

	if ((res = db_exec(STMT_WB_FILES, params)) == NULL)
		return;
	for (i = 0; i < PQntuples(res); i++) {
		f = tpl_section(d, "FILE");
		tpl_set(f, "FILE_ID", db_val(res, i, WB_FILES_id));
		tpl_set(f, "DAY", db_val(res, i, WB_FILES_day));
		tpl_set(f, "FROM",
		    strcmp(db_val(res, i, WB_FILES_from_reporter), "t") == 0 ?
		    "anmelderen" : "socialtilsynet");
		if (whistle_open(r->ar, k, res, i, WB_FILES_name, name, 2) ==
		    -1 ||
		    *name[0] == '\0')
			name[0] = "(uden navn)";
		tpl_set(f, "FILE_NAME", name[0]);
		tpl_setf(f, "FILE_KB", "%lld",
		    (strtoll(db_val(res, i, WB_FILES_size), NULL, 10) + 1023) /
		    1024);
	}
	tpl_show(d, i == 0 ? "NO_FILE" : "ANY_FILE");
	PQclear(res);
}

/* The registration as stored, shown and put into the form. */
static void
fill_registration(struct tpl_dict *d, const PGresult *s, const char **tri,
    int prefill)
{
	struct tpl_dict	*g;
	const char	*acts_on = db_val(s, 0, WB_GET_actions);
	size_t		 i;
	int		 nact = 0;

	g = tpl_section(d, "REGISTERED");
	tpl_set(g, "ON", db_val(s, 0, WB_GET_registered_day));
	tpl_set(g, "NAME", tri[0]);
	tpl_set(g, "OFFER", whistle_label(whistle_offer_types,
	    db_val(s, 0, WB_GET_reg_offer_type)));
	tpl_set(g, "CAUSE", db_val(s, 0, WB_GET_reg_cause_label));
	tpl_set(g, "RISK", whistle_label(whistle_risks,
	    db_val(s, 0, WB_GET_risk)));
	tpl_set(g, "REASON", tri[1]);
	for (i = 0; whistle_actions[i] != NULL; i++)
		if (in_list(acts_on, whistle_actions[i])) {
			tpl_set(tpl_section(g, "ACTION"), "LABEL",
			    whistle_label(whistle_actions, whistle_actions[i]));
			nact++;
		}
	tpl_show(g, nact == 0 ? "NO_ACTION" : "ANY_ACTION");
	if (!prefill)
		return;
	form_set(d, "reg_name", tri[0]);
	form_set(d, "risk_reason", tri[1]);
	form_choice(d, "reg_offer_type", db_val(s, 0, WB_GET_reg_offer_type));
	form_choice(d, "risk", db_val(s, 0, WB_GET_risk));
	for (i = 0; whistle_actions[i] != NULL; i++)
		if (in_list(acts_on, whistle_actions[i]))
			form_choice(d, triage_fields[T_ACT + i].name, "on");
}

/* What the reporter sent, opened with K: content[] gets the 4 fields. */
static void
fill_content(struct http_req *r, struct tpl_dict *d, const PGresult *s,
    const unsigned char k[WB_KEY], const char **content)
{
	struct tpl_dict	*c, *n;
	const char	*id = db_val(s, 0, WB_GET_id);

	c = tpl_section(d, "CONTENT");
	if (whistle_open(r->ar, k, s, 0, WB_GET_content, content, 4) == -1)
		tpl_show(d, "BROKEN");
	tpl_set(c, "SUBJECT", content[0]);
	tpl_set(c, "DESCRIPTION", content[1]);
	if (is_true(s, WB_GET_named)) {
		n = tpl_section(c, "NAMED");
		tpl_set(n, "NAME", content[2]);
		tpl_set(n, "CONTACT", content[3]);
		tpl_show(n, is_true(s, WB_GET_consent_received) ?
		    "C_RECEIVED_YES" : "C_RECEIVED_NO");
		tpl_show(n, is_true(s, WB_GET_consent_name) ?
		    "C_NAME_YES" : "C_NAME_NO");
		tpl_show(n, is_true(s, WB_GET_consent_content) ?
		    "C_CONTENT_YES" : "C_CONTENT_NO");
	} else
		tpl_show(c, "ANONYMOUS");
	fill_thread(r, d, id, k);
	fill_files(r, d, id, k);
}

/*
 * The registration and the forms.  Stored values fill the registration
 * form, or what the reporter chose while there is none, unless the
 * user's own typing comes back (act is A_REGISTER).
 */
static void
fill_forms(struct http_req *r, struct tpl_dict *d, const PGresult *s,
    const unsigned char *k, const char **content, int act)
{
	const char	*tri[2] = { "", "" }, *cause;
	int		 registered = !db_isnull(s, 0, WB_GET_registered_day);
	int		 prefill = act != A_REGISTER;

	if (registered) {
		if (k != NULL)
			(void)whistle_open(r->ar, k, s, 0, WB_GET_triage, tri,
			    2);
		fill_registration(d, s, tri, prefill);
		cause = db_val(s, 0, WB_GET_reg_cause_id);
	} else {
		if (prefill && k != NULL) {
			form_set(d, "reg_name", content[0]);
			form_choice(d, "reg_offer_type",
			    db_val(s, 0, WB_GET_offer_type));
		}
		cause = db_val(s, 0, WB_GET_cause_id);
	}
	if (!prefill)
		cause = kv_str(&r->form, "reg_cause") != NULL ?
		    kv_str(&r->form, "reg_cause") : "";
	tpl_show(d, registered ? "REREGISTER" : "FIRST_REGISTER");
	if (k == NULL)		/* deleted: nothing more to write */
		return;
	tpl_show(d, "CAN_WRITE");
	if (strcmp(db_val(s, 0, WB_GET_status), "closed") != 0) {
		tpl_show(d, "CAN_REGISTER");
		tpl_show(d, "CAN_CLOSE");
		(void)fill_causes(d, cause);
	}
}

/*
 * Why an action could not be carried out (the report changed since the
 * page was shown), and what was written for it, which is not saved and
 * whose form may be gone from the page now.
 */
static void
conflict_notice(struct http_req *r, struct tpl_dict *d, const PGresult *s,
    int act)
{
	struct tpl_dict	*c, *t;
	const char	*val;
	size_t		 i;

	c = tpl_section(d, "CONFLICT");
	tpl_show(c, db_isnull(s, 0, WB_GET_key_staff) ? "CONFLICT_PURGED" :
	    strcmp(db_val(s, 0, WB_GET_status), "closed") == 0 ?
	    "CONFLICT_CLOSED" : "CONFLICT_STATE");
	for (i = 0; act >= 0 && i < forms[act].n; i++) {
		if (forms[act].fields[i].type != VT_TEXT ||
		    (val = kv_str(&r->form, forms[act].fields[i].name)) ==
		    NULL || *val == '\0')
			continue;
		t = tpl_section(c, "TYPED");
		tpl_set(t, "LABEL", forms[act].fields[i].label);
		tpl_set(t, "TEXT", val);
	}
}

/*
 * The page, for a view (act -1) or with the errors of action act in v.
 * The view is audited first: no audit row, no content.
 */
static int
report_page(struct http_req *r, const PGresult *s, int status, int act,
    const struct valid_value *v)
{
	struct page	 pg;
	struct tpl_dict	*d, *c;
	unsigned char	 k[WB_KEY];
	cal_day		 today = cal_local_day(time(NULL), NULL);
	const char	*st = db_val(s, 0, WB_GET_status);
	const char	*content[4] = { "", "", "", "" };
	int		 haskey;

	if (whistle_audit(db_val(s, 0, WB_GET_id), "view", "") == -1)
		return 503;
	d = page_new(r, &pg, "staff/whistle_report.tpl",
	    db_val(s, 0, WB_GET_case_no));
	tpl_set(d, "ID", db_val(s, 0, WB_GET_id));
	tpl_set(d, "CASE_NO", db_val(s, 0, WB_GET_case_no));
	tpl_set(d, "STATUS", whistle_label(whistle_statuses, st));
	tpl_set(d, "STATUS_CODE", st);
	tpl_set(d, "RECEIVED", db_val(s, 0, WB_GET_received_day));
	tpl_set(d, "ONCE", app_once_new(r));
	if (staff_query(r, "again") != NULL)
		tpl_show(d, "AGAIN");
	tpl_set(d, "OFFER", whistle_label(whistle_offer_types,
	    db_val(s, 0, WB_GET_offer_type)));
	tpl_set(d, "RELATION", whistle_label(whistle_relations,
	    db_val(s, 0, WB_GET_relation)));
	tpl_set(d, "CAUSE", *db_val(s, 0, WB_GET_cause_label) != '\0' ?
	    db_val(s, 0, WB_GET_cause_label) : "Ikke angivet");
	whistle_deadlines(r, d, db_val(s, 0, WB_GET_received_day),
	    db_val(s, 0, WB_GET_registered_day),
	    db_val(s, 0, WB_GET_acknowledged_day),
	    db_val(s, 0, WB_GET_feedback_day), strcmp(st, "closed") == 0,
	    today);
	if (strcmp(st, "closed") == 0) {
		c = tpl_section(d, "CLOSED");
		tpl_set(c, "ON", db_val(s, 0, WB_GET_closed_day));
		tpl_set(c, "REASON", whistle_label(whistle_closings,
		    db_val(s, 0, WB_GET_closing_reason)));
	}
	haskey = !db_isnull(s, 0, WB_GET_key_staff) &&
	    whistle_key(r->ar, s, 0, WB_GET_key_staff, k) == 0;
	if (!db_isnull(s, 0, WB_GET_purged_day))
		tpl_set(tpl_section(d, "PURGED"), "ON",
		    db_val(s, 0, WB_GET_purged_day));
	else if (!haskey)
		tpl_show(d, "BROKEN");
	if (haskey) {
		tpl_show(d, "HASKEY");
		fill_content(r, d, s, k, content);
	}
	fill_forms(r, d, s, haskey ? k : NULL, content, act);
	if (v != NULL)
		form_fill(d, forms[act].fields, forms[act].n, &r->form, v);
	if (status == 409)
		conflict_notice(r, d, s, act);
	if (haskey)
		sodium_memzero(k, sizeof(k));
	return page_send(r, &pg, status);
}

/* Runs a statement that must hit exactly one row: 0, 1 if none, -1. */
static int
one_row(int stmt, const char **p, const int *len, const int *fmt)
{
	PGresult	*res;
	int		 n;

	if ((res = db_execb(stmt, p, len, fmt)) == NULL)
		return -1;
	n = PQntuples(res);
	PQclear(res);
	return n == 1 ? 0 : 1;
}

static int
do_register(struct http_req *r, const char *id, const struct valid_value *v,
    const unsigned char k[WB_KEY])
{
	const char	*f[2] = { v[T_NAME].str, v[T_REASON].str };
	const char	*p[6], *list = "";
	int		 len[6] = { 0 }, fmt[6] = { 0 }, rc;
	unsigned char	*blob;
	size_t		 n, i;

	for (i = 0; whistle_actions[i] != NULL; i++)
		if (v[T_ACT + i].num)
			list = arena_printf(r->ar, "%s%s%s", list,
			    *list != '\0' ? "," : "", whistle_actions[i]);
	blob = wb_seal_fields(r->ar, k, f, 2, &n);
	p[0] = id;
	p[1] = v[T_OFFER].str;
	p[2] = arena_printf(r->ar, "%lld", (long long)v[T_CAUSE].num);
	p[3] = v[T_RISK].str;
	p[4] = arena_printf(r->ar, "{%s}", list);
	p[5] = (const char *)blob;
	len[5] = (int)n;
	fmt[5] = 1;
	if ((rc = one_row(STMT_WB_REGISTER, p, len, fmt)) != 0)
		return rc;
	/* Codes only: the audit log is not encrypted. */
	return whistle_audit(id, "register", arena_printf(r->ar,
	    "type=%s årsag=%s risiko=%s handlinger=%s", p[1], p[2], p[3],
	    list));
}

/* A message to the reporter or (internal) a note; entry says which of
 * the reporter's deadlines it meets (ws_meets). */
static int
do_write(struct http_req *r, const char *id, int internal, const char *text,
    enum ws_entry entry, const unsigned char k[WB_KEY])
{
	const char	*f[1] = { text }, *p[4];
	int		 len[4] = { 0 }, fmt[4] = { 0 }, rc;
	unsigned char	*blob;
	unsigned	 meets = ws_meets(entry);
	size_t		 n;

	blob = wb_seal_fields(r->ar, k, f, 1, &n);
	p[0] = id;
	p[1] = staff_user.id;
	p[2] = internal ? "t" : "f";
	p[3] = (const char *)blob;
	len[3] = (int)n;
	fmt[3] = 1;
	if ((rc = one_row(STMT_WB_MESSAGE_ADD, p, len, fmt)) != 0)
		return rc;
	if (internal)
		return whistle_audit(id, "note", "");
	p[1] = meets & WS_MEETS_ACK ? "t" : "f";
	p[2] = meets & WS_MEETS_FEEDBACK ? "t" : "f";
	if ((rc = one_row(STMT_WB_ANSWERED, p, NULL, NULL)) != 0)
		return rc;
	return whistle_audit(id, "message", entry == WS_E_FEEDBACK ?
	    "tilbagemelding" : entry == WS_E_CLOSE_MESSAGE ? "lukning" : "");
}

/* Closing, and the closing message if one was written (the feedback). */
static int
do_close(struct http_req *r, const char *id, const struct valid_value *v,
    const unsigned char k[WB_KEY])
{
	const char	*p[2] = { id, v[K_REASON].str };
	int		 rc;

	if ((rc = one_row(STMT_WB_CLOSE, p, NULL, NULL)) != 0)
		return rc;
	if (v[K_MESSAGE].present && (rc = do_write(r, id, 0,
	    v[K_MESSAGE].str, WS_E_CLOSE_MESSAGE, k)) != 0)
		return rc;
	return whistle_audit(id, "close", v[K_REASON].str);
}

/* Does action a; 0 done, 1 not allowed in this state, -1 database error. */
static int
act(struct http_req *r, const char *id, int a, const struct valid_value *v,
    const unsigned char k[WB_KEY])
{
	switch ((enum act)a) {
	case A_REGISTER:
		return do_register(r, id, v, k);
	case A_MESSAGE:
		return do_write(r, id, 0, v[M_TEXT].str, v[M_FEEDBACK].num ?
		    WS_E_FEEDBACK : WS_E_MESSAGE, k);
	case A_NOTE:
		return do_write(r, id, 1, v[N_TEXT].str, WS_E_NOTE, k);
	case A_CLOSE:
		return do_close(r, id, v, k);
	}
	return 1;
}

/*
 * Whether the form's key was used: 0 no, 1 yes (a repeat), -1 database
 * error.  With claim, inside the action's transaction, it also records
 * it; a second request with the same key waits for the first and then
 * finds it.
 */
static int
once_used(const char *hash, const char *id, int claim)
{
	const char	*p[2] = { hash, id };
	PGresult	*res;
	int		 n;

	if ((res = db_exec(claim ? STMT_WB_ONCE_ADD : STMT_WB_ONCE_SEEN,
	    p)) == NULL)
		return -1;
	n = PQntuples(res);
	PQclear(res);
	return claim ? n == 0 : n > 0;
}

/* Back to the report; again: this POST had been carried out already. */
static int
back_to_report(struct http_req *r, int again)
{
	http_redirect(r, arena_printf(r->ar, "/staff/whistle/%s%s", r->args[0],
	    again ? "?again=1" : ""));
	return 0;
}

/*
 * The claim of this POST (staff_once_hash): its page's key, its action
 * and what it says, so that another action or another text sent from the
 * same page view is not taken for a repeat of the first.
 */
static void
once_hash(struct http_req *r, int a, const char *once, char *hash)
{
	const char	*txt = "", *val;
	size_t		 i;

	for (i = 0; i < forms[a].n; i++) {
		val = kv_str(&r->form, forms[a].fields[i].name);
		txt = arena_printf(r->ar, "%s\n%s", txt, val != NULL ? val : "");
	}
	staff_once_hash(r, arena_printf(r->ar, "whistle-%d", a), once, txt,
	    hash);
}

int
page_whistle_report(struct http_req *r)
{
	struct valid_value	 av[P__MAX], v[MAX_FIELDS];
	struct valid_msgbuf	 am[P__MAX], msgs[MAX_FIELDS];
	const char		*params[1] = { r->args[0] };
	char			 hash[CRYPTO_HASHHEX];
	unsigned char		 k[WB_KEY];
	PGresult		*s = NULL;
	size_t			 nerr;
	int64_t			 id;
	int			 rc = 503, done, a, closed;

	if (str_to_i64(r->args[0], 1, INT64_MAX, &id) == -1) {
		rc = 404;
		goto out;
	}
	if ((s = db_exec(STMT_WB_GET, params)) == NULL)
		goto out;
	if (PQntuples(s) == 0) {
		rc = 404;
		goto out;
	}
	if (r->method != HTTP_POST) {
		rc = report_page(r, s, 200, -1, NULL);
		goto out;
	}
	if (valid_form(act_fields, P__MAX, &r->form, av, am) > 0) {
		rc = app_error(r, 400, av[P_ACTION].err != NULL ?
		    "Formularen angav ingen kendt handling." :
		    "Formularen manglede sin engangsnøgle. Genindlæs siden, "
		    "og prøv igen.");
		goto out;
	}
	a = (int)av[P_ACTION].num;
	/* A repeat first: it must not meet the state checks below. */
	once_hash(r, a, av[P_ONCE].str, hash);
	if ((done = once_used(hash, r->args[0], 0)) != 0) {
		rc = done == -1 ? 503 : back_to_report(r, 1);
		goto out;
	}
	closed = strcmp(db_val(s, 0, WB_GET_status), "closed") == 0;
	if (db_isnull(s, 0, WB_GET_key_staff) || (closed &&
	    (a == A_REGISTER || a == A_CLOSE))) {
		rc = report_page(r, s, 409, a, NULL);
		goto out;
	}
	nerr = valid_form(forms[a].fields, forms[a].n, &r->form, v, msgs);
	if (a == A_REGISTER && v[T_CAUSE].err == NULL &&
	    !fill_causes(NULL, v[T_CAUSE].str)) {
		v[T_CAUSE].err = "Vælg en af årsagerne på listen.";
		nerr++;
	}
	if (a == A_CLOSE && v[K_REASON].err == NULL &&
	    db_isnull(s, 0, WB_GET_registered_day)) {
		v[K_REASON].err = "Henvendelsen skal registreres og "
		    "risikovurderes, før den kan lukkes.";
		nerr++;
	}
	if (nerr > 0) {
		rc = report_page(r, s, 422, a, v);
		goto out;
	}
	if (whistle_key(r->ar, s, 0, WB_GET_key_staff, k) == -1) {
		rc = 500;
		goto out;
	}
	PQclear(s);
	s = NULL;
	if (db_begin() == -1)
		goto out;
	if ((done = once_used(hash, r->args[0], 1)) == 0)
		done = act(r, r->args[0], a, v, k);
	else if (done == 1)
		done = 2;	/* the same POST, at the same moment */
	sodium_memzero(k, sizeof(k));
	if (done != 0) {
		db_rollback();
		if (done == 2)
			rc = back_to_report(r, 1);
		/* Changed meanwhile (a colleague): the page as it is now. */
		else if (done == 1 &&
		    (s = db_exec(STMT_WB_GET, params)) != NULL)
			rc = PQntuples(s) == 1 ?
			    report_page(r, s, 409, a, NULL) : 404;
		goto out;
	}
	if (db_commit() == -1)
		goto out;
	rc = back_to_report(r, 0);
out:
	sodium_memzero(k, sizeof(k));
	PQclear(s);
	return rc;
}
