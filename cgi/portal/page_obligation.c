/*
 * /grants/my/obligations/<id>: submitting a status report or the
 * accounts for one obligation, and resubmitting after a return.
 *
 * Accounts come as a form (actual amount per budget line of the award)
 * or as an XML file validated against etc/schemas/regnskab.xsd.  A line
 * that deviates from its budget by more than the configured share needs
 * an explanation; grants above the auditor threshold need the auditor's
 * statement attached.
 *
 * A returned case opens with what was sent last, the caseworker's
 * message above it, and its files, each kept unless unticked.  Every
 * version sent is recorded as it was (submission_snapshot in sql/006).
 * The forms carry a one-time key, so a repeat of a POST (reload, double
 * click, back and send again) goes to the case it made, never a second.
 */
#include <stdlib.h>
#include <string.h>

#include "alertmail.h"
#include "form.h"
#include "grant.h"
#include "log.h"
#include "outbox.h"
#include "portal.h"
#include "site.h"
#include "versions.h"
#include "valid.h"
#include "xmlio.h"

struct oblig {
	const char	*id;
	const char	*kind;
	const char	*due;
	const char	*sid;		/* existing submission, or NULL */
	const char	*status;
	const char	*case_no;
	const char	*version;
	int		 auditor;
	const char	*grant_no;
	const char	*contact;	/* the grant's contact e-mail, or "" */
};

/* A file of the version sent last, and whether it goes on. */
struct cur_file {
	const char	*id;
	const char	*name;
	long long	 kb;
	int		 auditor;
	int		 keep;
};

struct files {
	struct cur_file	*f;
	size_t		 n;
};

struct acc_line {
	const char	*text;
	int64_t		 budget;
	int64_t		 actual;
	int		 has_actual;	/* actual is known (typed or stored) */
	const char	*actual_s;	/* shown in the form */
	const char	*explanation;
	const char	*actual_err;
	const char	*expl_err;
};

enum { S_PROGRESS, S_MILESTONES, S_DEVIATIONS, S_ONCE, S_KEEP, S__MAX };

static const struct valid_field status_fields[S__MAX] = {
	[S_PROGRESS] = { "progress", "G_SR_PROGRESS", VT_TEXT, VF_REQUIRED, 1,
	    20000, NULL },
	[S_MILESTONES] = { "milestones", "G_SR_MILESTONES", VT_TEXT,
	    VF_REQUIRED, 1, 20000, NULL },
	[S_DEVIATIONS] = { "deviations", "G_SR_DEVIATIONS", VT_TEXT, 0, 0,
	    20000, NULL },
	[S_ONCE] = PORTAL_ONCE_FIELD,
	[S_KEEP] = { "keep_shown", "G_KEEP_SHOWN", VT_BOOL, 0, 0, 0, NULL },
};

static const char *const modes[] = { "form", "xml", NULL };

enum { A_MODE, A_ONCE, A_KEEP, A__MAX };

static const struct valid_field acc_fields[A__MAX] = {
	[A_MODE] = { "mode", "G_ACC_MODE", VT_ENUM, 0, 0, 0, modes },
	[A_ONCE] = PORTAL_ONCE_FIELD,
	[A_KEEP] = { "keep_shown", "G_KEEP_SHOWN", VT_BOOL, 0, 0, 0, NULL },
};

/* --- the version sent last ----------------------------------------------- */

/* The caseworker's message with the return, above the form. */
static void
show_returned(struct tpl_dict *d, const struct oblig *o)
{
	const char	*params[1] = { o->sid };
	PGresult	*res;
	struct tpl_dict	*t;

	t = tpl_section(d, "RETURNED");
	tpl_set(t, "CASE_NO", o->case_no);
	tpl_set(t, "VERSION", o->version);
	if ((res = db_exec(STMT_SUB_RETURNED, params)) == NULL)
		return;
	if (PQntuples(res) == 1) {
		tpl_set(t, "AT", db_val(res, 0, SUB_RETURNED_at));
		tpl_set(tpl_section(t, "MESSAGE"), "TEXT",
		    db_val(res, 0, SUB_RETURNED_message));
	}
	PQclear(res);
}

/*
 * The files of the version sent last.  If the posted form showed their
 * boxes (keep_shown), each is kept if its box keep_<id> is ticked; else
 * all are kept.
 */
static int
load_files(struct http_req *r, const struct oblig *o, int shown,
    struct files *fs)
{
	const char		*params[1] = { o->sid };
	struct valid_field	 f;
	struct valid_value	 v;
	struct valid_msgbuf	 m;
	PGresult		*res;
	int			 i;

	fs->n = 0;
	fs->f = NULL;
	if (o->sid == NULL)
		return 0;
	if ((res = db_exec(STMT_SUB_FILES_CUR, params)) == NULL)
		return -1;
	fs->f = arena_alloc(r->ar, ((size_t)PQntuples(res) + 1) *
	    sizeof(*fs->f));
	for (i = 0; i < PQntuples(res); i++) {
		struct cur_file *c = &fs->f[fs->n++];

		c->id = arena_strdup(r->ar, db_val(res, i, ATTACH_LIST_id));
		c->name = arena_strdup(r->ar, db_val(res, i,
		    ATTACH_LIST_filename));
		c->kb = (strtoll(db_val(res, i, ATTACH_LIST_size), NULL, 10) +
		    1023) / 1024;
		c->auditor = strcmp(db_val(res, i, ATTACH_LIST_purpose),
		    "revisor") == 0;
		c->keep = 1;
		if (!shown)
			continue;
		f = (struct valid_field){ arena_printf(r->ar, "keep_%s",
		    c->id), arena_printf(r->ar, "%s %s", app_str(r,
		    "G_KEEP_FILE"), c->name), VT_BOOL, 0, 0, 0, NULL };
		valid_form(&f, 1, &r->form, &v, &m);
		c->keep = v.err == NULL && v.num == 1;
	}
	PQclear(res);
	return 0;
}

static void
show_files(struct tpl_dict *d, const struct files *fs)
{
	struct tpl_dict	*s, *k;
	size_t		 i;

	if (fs->n == 0)
		return;
	s = tpl_section(d, "KEEP_FILES");
	for (i = 0; i < fs->n; i++) {
		k = tpl_section(s, "KFILE");
		tpl_set(k, "ID", fs->f[i].id);
		tpl_set(k, "NAME", fs->f[i].name);
		tpl_set_int(k, "KB", fs->f[i].kb);
		if (fs->f[i].auditor)
			tpl_show(k, "IS_AUDITOR");
		if (fs->f[i].keep)
			tpl_show(k, "CHECKED");
	}
}

/* "{12,13}": the kept files and the new ones, as a bigint[] literal. */
static const char *
version_files(struct http_req *r, const struct files *fs, const char *added)
{
	char	*s = arena_strdup(r->ar, added != NULL ? added : "");
	size_t	 i;

	for (i = 0; i < fs->n; i++)
		if (fs->f[i].keep)
			s = arena_printf(r->ar, "%s,%s", s, fs->f[i].id);
	return arena_printf(r->ar, "{%s}", s[0] == ',' ? s + 1 : s);
}

static int
kept_auditor(const struct files *fs)
{
	size_t	 i;

	for (i = 0; i < fs->n; i++)
		if (fs->f[i].keep && fs->f[i].auditor)
			return 1;
	return 0;
}

/* --- storing ------------------------------------------------------------- */

/* Where a POST that went through, or its repeat, ends: the case. */
static int
to_case(struct http_req *r, const char *sid)
{
	http_redirect(r, sid != NULL ? arena_printf(r->ar,
	    "/grants/my/cases/%s?receipt=1", sid) : "/grants/my/");
	return 0;
}

static int
store_lines(struct http_req *r, const char *sid, const struct acc_line *l,
    size_t n)
{
	const char	*p[6];
	size_t		 i;

	p[0] = sid;
	if (db_count(STMT_ACCL_DEL, p) == -1)
		return -1;
	for (i = 0; i < n; i++) {
		p[1] = arena_printf(r->ar, "%zu", i + 1);
		p[2] = l[i].text;
		p[3] = arena_printf(r->ar, "%lld", (long long)l[i].budget);
		p[4] = arena_printf(r->ar, "%lld", (long long)l[i].actual);
		p[5] = l[i].explanation;
		if (db_count(STMT_ACCL_ADD, p) == -1)
			return -1;
	}
	return 0;
}

struct content {
	const char		*source;	/* form, xml */
	const char		*progress, *milestones, *deviations;
	const struct acc_line	*lines;		/* accounts, else NULL */
	size_t			 nlines;
};

/*
 * The receipt to the grant's contact e-mail, in the caller's transaction
 * (no address: no mail).  The key names the version received, so a
 * repeat of the POST, which the one-time key makes one version, queues
 * one mail.  0, or -1 (the caller rolls back).
 */
static int
receipt(struct http_req *r, const struct oblig *o, PGresult *res)
{
	struct alert_mail	 m;
	const char		*version = db_val(res, 0, SUB_STORED_version);
	const char		*key;
	int			 rc = -1;

	if (o->contact == NULL || *o->contact == '\0')
		return 0;
	if (alertmail_receipt(site_base(), strcmp(o->kind, "status") != 0,
	    o->grant_no, db_val(res, 0, SUB_STORED_case_no), o->sid,
	    atoi(version), &m) == -1)
		return -1;
	key = arena_printf(r->ar, "receipt:sub:%s:v%s", o->sid, version);
	/* A mail the mailer would refuse must not refuse the report. */
	if (outbox_check(MAIL_RECEIPT, o->contact, m.subject, m.body,
	    key) == -1) {
		log_warn("obligation: receipt for submission %s not queued",
		    o->sid);
		rc = 0;
	} else if (outbox_add_stmt(STMT_OUTBOX_ADD, MAIL_RECEIPT, o->contact,
	    m.subject, m.body, key) != -1)
		rc = 0;
	alertmail_free(&m);
	return rc;
}

/*
 * Creates the submission, or takes a returned one back in, with its
 * lines, files, version and events, in one transaction under the form's
 * one-time key.  Answers with the case (also to a repeat).
 */
static int
store(struct http_req *r, struct oblig *o, const char *once,
    const struct content *c, const struct files *fs)
{
	const char	*p[6], *app, *sub;
	char		*added = NULL;
	PGresult	*res = NULL;
	int		 rc = 503, claim, committed = 0;
	int		 resubmit = o->sid != NULL;

	if (db_begin() == -1)
		return 503;
	if ((claim = portal_once_claim(r, once, &app, &sub)) != 1) {
		if (claim == 0)
			rc = to_case(r, sub);
		goto out;
	}
	p[0] = resubmit ? o->sid : o->id;
	/* A version from before versions were kept: record it first. */
	if (resubmit && db_count(STMT_VER_LEGACY, p) == -1)
		goto out;
	p[1] = portal_award;
	p[2] = c->source;
	p[3] = c->progress;
	p[4] = c->milestones;
	p[5] = c->deviations;
	if ((res = db_exec(resubmit ? STMT_SUB_RESUBMIT : STMT_SUB_CREATE,
	    p)) == NULL)
		goto out;
	if (PQntuples(res) != 1) {
		/* Sent meanwhile by another request: that one stands. */
		http_redirect(r, arena_printf(r->ar,
		    "/grants/my/obligations/%s", o->id));
		rc = 0;
		goto out;
	}
	o->sid = arena_strdup(r->ar, db_val(res, 0, SUB_STORED_id));
	if (receipt(r, o, res) == -1)
		goto out;
	if ((c->lines != NULL && store_lines(r, o->sid, c->lines,
	    c->nlines) == -1) ||
	    portal_store_files(r, STMT_ATT_ADD_SUB, o->sid, "revisor",
	    "auditor_file", &added) == -1 ||
	    portal_store_files(r, STMT_ATT_ADD_SUB, o->sid, "bilag",
	    "attachment", &added) == -1)
		goto out;
	p[0] = o->sid;
	p[1] = version_files(r, fs, added);
	if (db_count(STMT_VER_SNAPSHOT, p) == -1 ||
	    (resubmit && db_count(STMT_PAUSE_END, p) == -1))
		goto out;
	p[1] = resubmit ? "resubmitted" : "received";
	/* For the staff, in Danish; the recipient's page translates it. */
	p[2] = strcmp(c->source, "xml") == 0 ?
	    i18n_str(LANG_DA, "G_EVENT_MSG_XML") : "";
	if (db_count(STMT_EVENT_ADD, p) == -1 ||
	    portal_once_done(once, NULL, o->sid) == -1 || db_commit() == -1)
		goto out;
	committed = 1;
	rc = to_case(r, o->sid);
out:
	PQclear(res);
	if (!committed)
		db_rollback();
	return rc;
}

/* The parts every reporting page has. */
static struct tpl_dict *
report_page(struct http_req *r, struct page *pg, const char *tpl,
    const char *title, const struct oblig *o, const char *once)
{
	struct tpl_dict	*d;

	d = page_new(r, pg, tpl, title);
	tpl_set(d, "OID", o->id);
	tpl_set(d, "DUE", o->due);
	tpl_set(d, "GRANT_NO", o->grant_no);
	tpl_set(d, "ONCE", once);
	tpl_set(d, "VERSION", o->version);
	if (o->sid != NULL)
		show_returned(d, o);
	return d;
}

/* --- status reports ------------------------------------------------------ */

static int
status_report(struct http_req *r, struct oblig *o, const PGresult *ob)
{
	struct valid_value	 v[S__MAX];
	struct valid_msgbuf	 msgs[S__MAX];
	struct page		 pg;
	struct tpl_dict		*d;
	struct files		 fs;
	struct content		 c;
	const char		*once;
	size_t			 errs;

	if (r->method != HTTP_POST) {
		if (load_files(r, o, 0, &fs) == -1)
			return 503;
		d = report_page(r, &pg, "portal/status_report.tpl",
		    app_str(r, "G_SR_TITLE"), o, portal_once_key(r, NULL));
		if (o->sid != NULL) {
			form_set(d, "progress", db_val(ob, 0,
			    OBLIG_GET_progress));
			form_set(d, "milestones", db_val(ob, 0,
			    OBLIG_GET_milestones));
			form_set(d, "deviations", db_val(ob, 0,
			    OBLIG_GET_deviations));
		}
		show_files(d, &fs);
		return page_send(r, &pg, 200);
	}
	errs = valid_form(status_fields, S__MAX, &r->form, v, msgs);
	errs -= v[S_ONCE].err != NULL;
	errs -= v[S_KEEP].err != NULL;
	v[S_ONCE].err = v[S_KEEP].err = NULL;
	once = portal_once_key(r, &v[S_ONCE]);
	if (load_files(r, o, v[S_KEEP].num == 1, &fs) == -1)
		return 503;
	if (errs > 0) {
		d = report_page(r, &pg, "portal/status_report.tpl",
		    app_str(r, "G_SR_TITLE"), o, once);
		form_fill(d, status_fields, S__MAX, &r->form, v);
		tpl_set(d, "ONCE", once);
		show_files(d, &fs);
		portal_files_lost(r, d, "attachment", "ATTACHMENT_LOST");
		return page_send(r, &pg, 422);
	}
	memset(&c, 0, sizeof(c));
	c.source = "form";
	c.progress = v[S_PROGRESS].str;
	c.milestones = v[S_MILESTONES].str;
	c.deviations = v[S_DEVIATIONS].str;
	return store(r, o, once, &c, &fs);
}

/* --- accounts ------------------------------------------------------------ */

static int
has_file(struct http_req *r, const char *field)
{
	size_t	 i;

	for (i = 0; i < r->nfiles; i++)
		if (strcmp(r->files[i].field, field) == 0 && r->files[i].len > 0)
			return 1;
	return 0;
}

/* The award's budget lines, the frame of every account. */
static struct acc_line *
budget_lines(struct http_req *r, size_t *n)
{
	const char	*params[1] = { portal_award };
	PGresult	*res;
	struct acc_line	*l;
	int		 i;

	if ((res = db_exec(STMT_AWARD_BUDGET, params)) == NULL)
		return NULL;
	*n = (size_t)PQntuples(res);
	l = arena_alloc(r->ar, (*n + 1) * sizeof(*l));
	for (i = 0; i < PQntuples(res); i++) {
		l[i].text = arena_strdup(r->ar, db_val(res, i,
		    AWARD_BUDGET_text));
		l[i].budget = strtoll(db_val(res, i, AWARD_BUDGET_amount_ore),
		    NULL, 10);
		l[i].explanation = "";
		l[i].actual_s = "";
	}
	PQclear(res);
	return l;
}

/* What was sent last goes into the form again (matched by line number). */
static int
stored_lines(struct http_req *r, const struct oblig *o, struct acc_line *l,
    size_t n)
{
	const char	*params[1] = { o->sid };
	PGresult	*res;
	char		 amount[48];
	int64_t		 k;
	int		 i;

	if ((res = db_exec(STMT_ACCL_GET, params)) == NULL)
		return -1;
	for (i = 0; i < PQntuples(res); i++) {
		k = strtoll(db_val(res, i, ACCL_GET_lineno), NULL, 10);
		if (k < 1 || (size_t)k > n)
			continue;
		l[k - 1].actual = strtoll(db_val(res, i, ACCL_GET_actual_ore),
		    NULL, 10);
		l[k - 1].has_actual = 1;
		valid_fmt_amount(l[k - 1].actual, amount, sizeof(amount));
		l[k - 1].actual_s = arena_strdup(r->ar, amount);
		l[k - 1].explanation = arena_strdup(r->ar, db_val(res, i,
		    ACCL_GET_explanation));
	}
	PQclear(res);
	return 0;
}

/*
 * The message for a line that deviates without an explanation: it names
 * the budget post and says by how much.
 */
static const char *
deviation_msg(struct http_req *r, const struct acc_line *l, int permille)
{
	char	 pct[32], amount[48];
	int64_t	 pm;

	if (grant_deviation(l->budget, l->actual, &pm) == -1) {
		valid_fmt_amount(l->actual, amount, sizeof(amount));
		return portal_text(r, "G_ACC_DEV_NO_BUDGET_MSG", "POST",
		    l->text, "ACTUAL", amount, NULL);
	}
	return portal_text(r, "G_ACC_DEV_MSG", "POST", l->text, "PCT",
	    grant_fmt_permille(pm, pct, sizeof(pct)), "DIR", app_str(r,
	    pm > 0 ? "G_ACC_DIR_OVER" : "G_ACC_DIR_UNDER"), "LIMIT",
	    arena_printf(r->ar, "%d", permille / 10), NULL);
}

/*
 * The form's lines: values, deviations marked with their percentage,
 * and errors at their fields (and in the summary, in line order).
 */
static void
show_lines(struct http_req *r, struct tpl_dict *d, const struct acc_line *l,
    size_t n, int permille)
{
	struct tpl_dict	*s;
	char		 amount[48];
	size_t		 i;

	for (i = 0; i < n; i++) {
		s = tpl_section(d, "LINE");
		tpl_setf(s, "N", "%zu", i + 1);
		tpl_set(s, "TEXT", l[i].text);
		valid_fmt_amount(l[i].budget, amount, sizeof(amount));
		tpl_set(s, "BUDGET", amount);
		tpl_set(s, "ACTUAL", l[i].actual_s);
		tpl_set(s, "EXPLANATION", l[i].explanation);
		if (l[i].has_actual)
			versions_deviation(s, "DEVIATION", l[i].budget,
			    l[i].actual, permille);
		if (l[i].actual_err != NULL) {
			tpl_set(tpl_section(s, "ACTUAL_ERR"), "MSG",
			    l[i].actual_err);
			form_error(d, arena_printf(r->ar, "actual_%zu", i + 1),
			    l[i].actual_err);
		}
		if (l[i].expl_err != NULL) {
			tpl_set(tpl_section(s, "EXPLANATION_ERR"), "MSG",
			    l[i].expl_err);
			form_error(d, arena_printf(r->ar, "explanation_%zu",
			    i + 1), l[i].expl_err);
		}
	}
	tpl_setf(d, "PERCENT", "%d", permille / 10);
}

/* Checks the typed amounts and explanations.  Returns the error count. */
static size_t
check_lines(struct http_req *r, struct acc_line *l, size_t n, int permille)
{
	struct valid_field	 f[2];
	struct valid_value	 v[2];
	struct valid_msgbuf	 msgs[2];
	const char		*post;
	size_t			 i, errs = 0;

	for (i = 0; i < n; i++) {
		/* The template's label, and the budget post it is for (cut,
		 * so that the message still fits and says what is wrong). */
		post = str_ellipsis(r->ar, l[i].text, 50);
		f[0] = (struct valid_field){ arena_printf(r->ar, "actual_%zu",
		    i + 1), arena_printf(r->ar, "%s (%s)", app_str(r,
		    "G_ACC_ACTUAL"), post), VT_AMOUNT, VF_REQUIRED, 0,
		    INT64_C(100000000000000), NULL };
		f[1] = (struct valid_field){ arena_printf(r->ar,
		    "explanation_%zu", i + 1), arena_printf(r->ar, "%s (%s)",
		    app_str(r, "G_ACC_EXPLANATION"), post), VT_TEXT, 0, 0,
		    2000, NULL };
		valid_form(f, 2, &r->form, v, msgs);
		l[i].actual_s = arena_strdup(r->ar, v[0].str);
		l[i].explanation = arena_strdup(r->ar, v[1].str);
		if (v[0].err != NULL)
			l[i].actual_err = arena_strdup(r->ar, v[0].err);
		if (v[1].err != NULL)
			l[i].expl_err = arena_strdup(r->ar, v[1].err);
		if (v[0].err != NULL || v[1].err != NULL) {
			errs += (v[0].err != NULL) + (v[1].err != NULL);
			continue;
		}
		l[i].actual = v[0].num;
		l[i].has_actual = 1;
		if (grant_deviates(l[i].budget, l[i].actual, permille) &&
		    !v[1].present) {
			l[i].expl_err = deviation_msg(r, &l[i], permille);
			errs++;
		}
	}
	return errs;
}

/* One error in the XML list (XML_LIST): by the file's line. */
static void
xml_error(struct tpl_dict *d, struct tpl_dict **list, int line,
    const char *msg)
{
	struct tpl_dict	*e;

	if (*list == NULL)
		*list = tpl_section(d, "XML_LIST");
	e = tpl_section(*list, "XML_ERROR");
	if (line > 0)
		tpl_set_int(tpl_section(e, "XLINE"), "N", line);
	tpl_set(e, "MSG", msg);
}

/*
 * Reads the XML file into lines; its errors go into the list by line,
 * and the file field says how many there are.  Returns the error count.
 */
static size_t
check_xml(struct http_req *r, struct tpl_dict *d, const struct oblig *o,
    struct acc_line *l, size_t n, int permille)
{
	struct xmlio_accounts	*x;
	struct xmlio_error	 errs[XMLIO_MAXERRS];
	const struct http_file	*f = NULL;
	size_t			 nerrs = 0, i, bad = 0;
	char			 amount[48], got[48];
	int			 more = 0;
	struct tpl_dict		*list = NULL;

	for (i = 0; i < r->nfiles; i++)
		if (strcmp(r->files[i].field, "xml") == 0)
			f = &r->files[i];
	if (f == NULL || f->len == 0) {
		form_error(d, "xml", app_str(r, "G_ACC_XML_CHOOSE"));
		return 1;
	}
	x = arena_alloc(r->ar, sizeof(*x));
	xmlio_set_lang(r->lang);
	switch (xmlio_accounts(f->data, f->len, x, errs, XMLIO_MAXERRS, &nerrs)) {
	case 0:
		break;
	case 1:
		for (i = 0; i < nerrs; i++) {
			if (errs[i].more)
				more = 1;
			xml_error(d, &list, errs[i].line, errs[i].msg);
		}
		bad = nerrs - (size_t)more;
		if (bad == 0)
			bad = 1;
		goto out;
	default:
		form_error(d, "xml", app_str(r, "G_ACC_XML_FAILED"));
		return 1;
	}
	if (strcmp(x->grant_no, o->grant_no) != 0) {
		xml_error(d, &list, x->grant_line, portal_text(r,
		    "G_ACC_XML_GRANT", "FILE_GRANT", x->grant_no, "GRANT_NO",
		    o->grant_no, NULL));
		bad = 1;
		goto out;
	}
	if (x->nlines != n) {
		xml_error(d, &list, 0, portal_text(r, "G_ACC_XML_COUNT",
		    "LINES", arena_printf(r->ar, "%zu", x->nlines), "POSTS",
		    arena_printf(r->ar, "%zu", n), NULL));
		bad = 1;
		goto out;
	}
	for (i = 0; i < n; i++) {
		if (x->lines[i].budget_ore != l[i].budget) {
			valid_fmt_amount(l[i].budget, amount, sizeof(amount));
			valid_fmt_amount(x->lines[i].budget_ore, got,
			    sizeof(got));
			xml_error(d, &list, x->lines[i].line, portal_text(r,
			    "G_ACC_XML_BUDGET", "PATH", arena_printf(r->ar,
			    "regnskab/linje[%zu]/budget", i + 1), "POST",
			    l[i].text, "BUDGET", amount, "GOT", got, NULL));
			bad++;
			continue;
		}
		l[i].actual = x->lines[i].actual_ore;
		l[i].has_actual = 1;
		l[i].explanation = arena_strdup(r->ar, x->lines[i].explanation);
		if (grant_deviates(l[i].budget, l[i].actual, permille) &&
		    l[i].explanation[0] == '\0') {
			xml_error(d, &list, x->lines[i].line, portal_text(r,
			    "G_ACC_XML_EXPL", "PATH", arena_printf(r->ar,
			    "regnskab/linje[%zu]/forklaring", i + 1), "MSG",
			    deviation_msg(r, &l[i], permille), NULL));
			bad++;
		}
	}
out:
	if (bad > 0)
		form_error(d, "xml", portal_text(r, more ? "G_ACC_XML_MORE" :
		    bad == 1 ? "G_ACC_XML_ONE" : "G_ACC_XML_MANY", "N",
		    arena_printf(r->ar, "%zu", bad), NULL));
	return bad;
}

static int
accounts(struct http_req *r, struct oblig *o)
{
	struct valid_value	 v[A__MAX];
	struct valid_msgbuf	 msgs[A__MAX];
	struct page		 pg;
	struct tpl_dict		*d;
	struct acc_line		*l;
	struct files		 fs;
	struct content		 c;
	const char		*once;
	size_t			 n, errs = 0, xml_errs = 0;
	int			 permille, xml = 0, keep = 0;
	int			 posted = r->method == HTTP_POST;

	permille = (int)portal_setting(SET_DEVIATION);
	if ((l = budget_lines(r, &n)) == NULL)
		return 503;
	memset(v, 0, sizeof(v));
	if (posted) {
		valid_form(acc_fields, A__MAX, &r->form, v, msgs);
		xml = v[A_MODE].err == NULL && v[A_MODE].num == 1;
		keep = v[A_KEEP].err == NULL && v[A_KEEP].num == 1;
	}
	once = portal_once_key(r, posted ? &v[A_ONCE] : NULL);
	if (load_files(r, o, keep, &fs) == -1)
		return 503;
	/* The form part: what was typed, else what was sent last. */
	if (posted && !xml)
		errs = check_lines(r, l, n, permille);
	else if (o->sid != NULL && stored_lines(r, o, l, n) == -1)
		return 503;
	d = report_page(r, &pg, "portal/accounts.tpl", app_str(r,
	    "G_ACC_TITLE"), o, once);
	if (o->auditor)
		tpl_show(d, "AUDITOR");
	show_files(d, &fs);
	show_lines(r, d, l, n, permille);
	if (!posted)
		return page_send(r, &pg, 200);
	if (xml)
		errs = xml_errs = check_xml(r, d, o, l, n, permille);
	if (o->auditor && !kept_auditor(&fs) && !has_file(r, "auditor_file")) {
		form_error(d, xml ? "auditor_file_x" : "auditor_file",
		    app_str(r, "G_ACC_AUDITOR_NEEDED"));
		errs++;
	}
	if (errs > 0) {
		/* Files the browser sent are not kept: say so at each. */
		if (xml) {
			if (xml_errs == 0)
				portal_files_lost(r, d, "xml", "XML_LOST");
			portal_files_lost(r, d, "auditor_file",
			    "AUDITOR_X_LOST");
		} else {
			portal_files_lost(r, d, "auditor_file", "AUDITOR_LOST");
			portal_files_lost(r, d, "attachment", "ATTACHMENT_LOST");
		}
		return page_send(r, &pg, 422);
	}
	tpl_dict_free(pg.root);
	memset(&c, 0, sizeof(c));
	c.source = xml ? "xml" : "form";
	c.progress = c.milestones = c.deviations = "";
	c.lines = l;
	c.nlines = n;
	return store(r, o, once, &c, &fs);
}

int
page_obligation(struct http_req *r)
{
	const char	*params[2];
	struct oblig	 o;
	PGresult	*ob = NULL, *a = NULL;
	int64_t		 id;
	int		 rc = 503;

	if (str_to_i64(r->args[0], 1, INT64_MAX, &id) == -1)
		return 404;
	params[0] = r->args[0];
	params[1] = portal_award;
	if ((ob = db_exec(STMT_OBLIG_GET, params)) == NULL)
		goto out;
	if (PQntuples(ob) == 0) {
		rc = 404;	/* not this recipient's obligation */
		goto out;
	}
	memset(&o, 0, sizeof(o));
	o.id = arena_strdup(r->ar, db_val(ob, 0, OBLIG_GET_id));
	o.kind = arena_strdup(r->ar, db_val(ob, 0, OBLIG_GET_kind));
	o.due = arena_strdup(r->ar, db_val(ob, 0, OBLIG_GET_due));
	o.status = arena_strdup(r->ar, db_val(ob, 0, OBLIG_GET_status));
	o.version = arena_strdup(r->ar, db_val(ob, 0, OBLIG_GET_version));
	o.case_no = arena_strdup(r->ar, db_val(ob, 0, OBLIG_GET_case_no));
	if (!db_isnull(ob, 0, OBLIG_GET_sid))
		o.sid = arena_strdup(r->ar, db_val(ob, 0, OBLIG_GET_sid));
	/* Sent and not returned (also a repeat of the POST that sent it). */
	if (o.sid != NULL && strcmp(o.status, "returned") != 0) {
		http_redirect(r, arena_printf(r->ar, "/grants/my/cases/%s",
		    o.sid));
		rc = 0;
		goto out;
	}
	params[0] = portal_award;
	if ((a = db_exec(STMT_AWARD_GET, params)) == NULL)
		goto out;
	o.grant_no = arena_strdup(r->ar, db_val(a, 0, AWARD_GET_grant_no));
	o.auditor = strcmp(db_val(a, 0, AWARD_GET_auditor), "t") == 0;
	o.contact = arena_strdup(r->ar, db_val(a, 0, AWARD_GET_contact_email));
	rc = strcmp(o.kind, "status") == 0 ? status_report(r, &o, ob) :
	    accounts(r, &o);
out:
	PQclear(a);
	PQclear(ob);
	return rc;
}
