/*
 * /grants/my/obligations/<id>: submitting a status report or the
 * accounts for one obligation, and resubmitting after a return.
 *
 * Accounts come as a form (actual amount per budget line of the award)
 * or as an XML file validated against etc/schemas/regnskab.xsd.  A line
 * that deviates from its budget by more than the configured share needs
 * an explanation; grants above the auditor threshold need the auditor's
 * statement attached.
 */
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "grant.h"
#include "portal.h"
#include "valid.h"
#include "xmlio.h"

struct oblig {
	const char	*id;
	const char	*kind;
	const char	*due;
	const char	*sid;		/* existing submission, or NULL */
	const char	*status;
	int		 auditor;
	const char	*grant_no;
};

struct acc_line {
	const char	*text;
	int64_t		 budget;
	int64_t		 actual;
	const char	*explanation;
};

enum { S_PROGRESS, S_MILESTONES, S_DEVIATIONS, S__MAX };

static const struct valid_field status_fields[S__MAX] = {
	{ "progress", "Fremdrift", VT_TEXT, VF_REQUIRED, 1, 20000, NULL },
	{ "milestones", "Opnåede milepæle", VT_TEXT, VF_REQUIRED, 1, 20000, NULL },
	{ "deviations", "Afvigelser fra projektplanen", VT_TEXT, 0, 0, 20000, NULL },
};

/* Creates the submission, or takes a returned one back in; events too. */
static int
store_submission(struct http_req *r, struct oblig *o, const char *source,
    const char *progress, const char *milestones, const char *deviations)
{
	const char	*p[6];
	PGresult	*res;

	p[0] = o->sid != NULL ? o->sid : o->id;
	p[1] = portal_award;
	p[2] = source;
	p[3] = progress;
	p[4] = milestones;
	p[5] = deviations;
	if ((res = db_exec(o->sid != NULL ? STMT_SUB_RESUBMIT :
	    STMT_SUB_CREATE, p)) == NULL)
		return -1;
	if (PQntuples(res) != 1) {
		PQclear(res);
		return -1;
	}
	o->sid = arena_strdup(r->ar, db_val(res, 0, 0));
	PQclear(res);
	p[0] = o->sid;
	if (strcmp(o->status, "returned") == 0) {
		if ((res = db_exec(STMT_PAUSE_END, p)) == NULL)
			return -1;
		PQclear(res);
	}
	p[1] = strcmp(o->status, "returned") == 0 ? "resubmitted" : "received";
	p[2] = strcmp(source, "xml") == 0 ? "Indsendt som XML-fil." : "";
	if ((res = db_exec(STMT_EVENT_ADD, p)) == NULL)
		return -1;
	PQclear(res);
	return 0;
}

static int
finish(struct http_req *r, struct oblig *o)
{
	http_redirect(r, arena_printf(r->ar, "/grants/my/cases/%s?receipt=1",
	    o->sid));
	return 0;
}

static int
status_report(struct http_req *r, struct oblig *o, const PGresult *ob)
{
	struct valid_value	 v[S__MAX];
	struct valid_msgbuf	 msgs[S__MAX];
	struct page		 pg;
	struct tpl_dict		*d;

	d = page_new(r, &pg, "portal/status_report.tpl", "Statusrapport");
	tpl_set(d, "OID", o->id);
	tpl_set(d, "DUE", o->due);
	if (o->sid != NULL)
		tpl_show(d, "RESUBMIT");
	if (r->method != HTTP_POST) {
		if (o->sid != NULL) {
			form_set(d, "progress", db_val(ob, 0, 6));
			form_set(d, "milestones", db_val(ob, 0, 7));
			form_set(d, "deviations", db_val(ob, 0, 8));
		}
		return page_send(r, &pg, 200);
	}
	if (valid_form(status_fields, S__MAX, &r->form, v, msgs) > 0) {
		form_fill(d, status_fields, S__MAX, &r->form, v);
		return page_send(r, &pg, 422);
	}
	tpl_dict_free(pg.root);
	if (db_begin() == -1)
		return 503;
	if (store_submission(r, o, "form", v[S_PROGRESS].str,
	    v[S_MILESTONES].str, v[S_DEVIATIONS].str) == -1 ||
	    portal_store_files(r, STMT_ATT_ADD_SUB, o->sid, "bilag",
	    "attachment") == -1 || db_commit() == -1) {
		db_rollback();
		return 503;
	}
	return finish(r, o);
}

static int
has_file(struct http_req *r, const char *field)
{
	size_t	 i;

	for (i = 0; i < r->nfiles; i++)
		if (strcmp(r->files[i].field, field) == 0 && r->files[i].len > 0)
			return 1;
	return 0;
}

static int
store_lines(struct http_req *r, const char *sid, const struct acc_line *l,
    size_t n)
{
	const char	*p[6];
	PGresult	*res;
	size_t		 i;

	p[0] = sid;
	if ((res = db_exec(STMT_ACCL_DEL, p)) == NULL)
		return -1;
	PQclear(res);
	for (i = 0; i < n; i++) {
		p[1] = arena_printf(r->ar, "%zu", i + 1);
		p[2] = l[i].text;
		p[3] = arena_printf(r->ar, "%lld", (long long)l[i].budget);
		p[4] = arena_printf(r->ar, "%lld", (long long)l[i].actual);
		p[5] = l[i].explanation;
		if ((res = db_exec(STMT_ACCL_ADD, p)) == NULL)
			return -1;
		PQclear(res);
	}
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
		l[i].text = arena_strdup(r->ar, db_val(res, i, 1));
		l[i].budget = strtoll(db_val(res, i, 2), NULL, 10);
		l[i].explanation = "";
	}
	PQclear(res);
	return l;
}

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
		tpl_set(s, "ACTUAL", kv_str(&r->form, arena_printf(r->ar,
		    "actual_%zu", i + 1)));
		tpl_set(s, "EXPLANATION", kv_str(&r->form, arena_printf(r->ar,
		    "explanation_%zu", i + 1)));
	}
	tpl_setf(d, "PERCENT", "%d", permille / 10);
}

/*
 * Checks actual amounts and explanations; errors go on the page.
 * Returns the number of errors.
 */
static size_t
check_lines(struct http_req *r, struct tpl_dict *d, struct acc_line *l,
    size_t n, int permille)
{
	struct valid_field	 f[2];
	struct valid_value	 v[2];
	struct valid_msgbuf	 msgs[2];
	size_t			 i, errs = 0;

	for (i = 0; i < n; i++) {
		f[0] = (struct valid_field){ arena_printf(r->ar, "actual_%zu",
		    i + 1), arena_printf(r->ar, "Faktisk beløb, linje %zu",
		    i + 1), VT_AMOUNT, VF_REQUIRED, 0,
		    INT64_C(100000000000000), NULL };
		f[1] = (struct valid_field){ arena_printf(r->ar,
		    "explanation_%zu", i + 1), arena_printf(r->ar,
		    "Forklaring, linje %zu", i + 1), VT_TEXT, 0, 0, 2000, NULL };
		if (valid_form(f, 2, &r->form, v, msgs) > 0) {
			if (v[0].err != NULL)
				form_error(d, f[0].name, v[0].err);
			if (v[1].err != NULL)
				form_error(d, f[1].name, v[1].err);
			errs++;
			continue;
		}
		l[i].actual = v[0].num;
		l[i].explanation = v[1].str;
		if (grant_deviates(l[i].budget, l[i].actual, permille) &&
		    !v[1].present) {
			form_error(d, f[1].name, arena_printf(r->ar, "Linje %zu "
			    "afviger mere end %d %% fra budgettet. Forklar "
			    "afvigelsen.", i + 1, permille / 10));
			errs++;
		}
	}
	return errs;
}

/* Reads the XML file into lines; errors by line number go on the page. */
static size_t
check_xml(struct http_req *r, struct tpl_dict *d, const struct oblig *o,
    struct acc_line *l, size_t n, int permille)
{
	struct xmlio_accounts	*x;
	struct xmlio_error	 errs[XMLIO_MAXERRS];
	struct tpl_dict		*e;
	const struct http_file	*f = NULL;
	size_t			 nerrs = 0, i, bad = 0;
	char			 amount[48];

	for (i = 0; i < r->nfiles; i++)
		if (strcmp(r->files[i].field, "xml") == 0)
			f = &r->files[i];
	if (f == NULL || f->len == 0) {
		form_error(d, "xml", "Vælg en XML-fil med regnskabet.");
		return 1;
	}
	x = arena_alloc(r->ar, sizeof(*x));
	switch (xmlio_accounts(f->data, f->len, x, errs, XMLIO_MAXERRS, &nerrs)) {
	case 0:
		break;
	case 1:
		for (i = 0; i < nerrs; i++) {
			e = tpl_section(d, "XML_ERROR");
			if (errs[i].line > 0)
				tpl_setf(tpl_section(e, "XLINE"), "N", "%d",
				    errs[i].line);
			tpl_set(e, "MSG", errs[i].msg);
		}
		form_error(d, "xml", "XML-filen blev afvist. Se fejlene "
		    "nedenfor.");
		return nerrs > 0 ? nerrs : 1;
	default:
		form_error(d, "xml", "XML-filen kunne ikke behandles.");
		return 1;
	}
	if (strcmp(x->grant_no, o->grant_no) != 0) {
		form_error(d, "xml", arena_printf(r->ar, "Filen gælder tilsagn "
		    "%s, men du er logget ind på %s.", x->grant_no, o->grant_no));
		return 1;
	}
	if (x->nlines != n) {
		form_error(d, "xml", arena_printf(r->ar, "Filen har %zu "
		    "linjer, men tilsagnets budget har %zu.", x->nlines, n));
		return 1;
	}
	for (i = 0; i < n; i++) {
		if (x->lines[i].budget_ore != l[i].budget) {
			valid_fmt_amount(l[i].budget, amount, sizeof(amount));
			form_error(d, "xml", arena_printf(r->ar, "Linje %zu: "
			    "budgettet skal være %s kr. som i tilsagnet.", i + 1,
			    amount));
			bad++;
			continue;
		}
		l[i].actual = x->lines[i].actual_ore;
		l[i].explanation = arena_strdup(r->ar, x->lines[i].explanation);
		if (grant_deviates(l[i].budget, l[i].actual, permille) &&
		    l[i].explanation[0] == '\0') {
			form_error(d, "xml", arena_printf(r->ar, "Linje %zu "
			    "afviger mere end %d %% fra budgettet, men har ingen "
			    "<forklaring>.", i + 1, permille / 10));
			bad++;
		}
	}
	return bad;
}

static int
accounts(struct http_req *r, struct oblig *o)
{
	struct page	 pg;
	struct tpl_dict	*d;
	struct acc_line	*l;
	size_t		 n, errs;
	int		 permille, xml;

	permille = (int)portal_setting("grants.deviation_permille", 100);
	if ((l = budget_lines(r, &n)) == NULL)
		return 503;
	d = page_new(r, &pg, "portal/accounts.tpl", "Regnskab");
	tpl_set(d, "OID", o->id);
	tpl_set(d, "DUE", o->due);
	tpl_set(d, "GRANT_NO", o->grant_no);
	if (o->auditor)
		tpl_show(d, "AUDITOR");
	if (o->sid != NULL)
		tpl_show(d, "RESUBMIT");
	show_lines(r, d, l, n, permille);
	if (r->method != HTTP_POST)
		return page_send(r, &pg, 200);
	xml = kv_str(&r->form, "mode") != NULL &&
	    strcmp(kv_str(&r->form, "mode"), "xml") == 0;
	errs = xml ? check_xml(r, d, o, l, n, permille) :
	    check_lines(r, d, l, n, permille);
	if (o->auditor && o->sid == NULL && !has_file(r, "auditor_file")) {
		form_error(d, "auditor_file", "Tilskuddet kræver en "
		    "revisorerklæring. Vedhæft den.");
		errs++;
	}
	if (errs > 0)
		return page_send(r, &pg, 422);
	tpl_dict_free(pg.root);
	if (db_begin() == -1)
		return 503;
	if (store_submission(r, o, xml ? "xml" : "form", "", "", "") == -1 ||
	    store_lines(r, o->sid, l, n) == -1 ||
	    portal_store_files(r, STMT_ATT_ADD_SUB, o->sid, "revisor",
	    "auditor_file") == -1 ||
	    portal_store_files(r, STMT_ATT_ADD_SUB, o->sid, "bilag",
	    "attachment") == -1 || db_commit() == -1) {
		db_rollback();
		return 503;
	}
	return finish(r, o);
}

int
page_report(struct http_req *r)
{
	const char	*params[2];
	struct oblig	 o;
	PGresult	*ob, *a;
	int64_t		 id;
	int		 rc;

	if (str_to_i64(r->args[0], 1, INT64_MAX, &id) == -1)
		return 404;
	params[0] = r->args[0];
	params[1] = portal_award;
	if ((ob = db_exec(STMT_OBLIG_GET, params)) == NULL)
		return 503;
	if (PQntuples(ob) == 0) {
		PQclear(ob);
		return 404;	/* not this recipient's obligation */
	}
	memset(&o, 0, sizeof(o));
	o.id = arena_strdup(r->ar, db_val(ob, 0, 0));
	o.kind = arena_strdup(r->ar, db_val(ob, 0, 1));
	o.due = arena_strdup(r->ar, db_val(ob, 0, 3));
	o.status = arena_strdup(r->ar, db_val(ob, 0, 5));
	if (!db_isnull(ob, 0, 4))
		o.sid = arena_strdup(r->ar, db_val(ob, 0, 4));
	if (o.sid != NULL && strcmp(o.status, "returned") != 0) {
		PQclear(ob);
		http_redirect(r, arena_printf(r->ar, "/grants/my/cases/%s",
		    o.sid));
		return 0;
	}
	params[0] = portal_award;
	if ((a = db_exec(STMT_AWARD_GET, params)) == NULL) {
		PQclear(ob);
		return 503;
	}
	o.grant_no = arena_strdup(r->ar, db_val(a, 0, 0));
	o.auditor = strcmp(db_val(a, 0, 8), "t") == 0;
	PQclear(a);
	rc = strcmp(o.kind, "status") == 0 ? status_report(r, &o, ob) :
	    accounts(r, &o);
	PQclear(ob);
	return rc;
}
