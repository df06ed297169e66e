/*
 * /staff/plans/<year>/q<N>: the quarterly follow-up of a results plan.
 * Per goal the red/yellow/green status plan.c suggests from the data
 * (as of today, or ?asof=), the one chosen, and when it is not green
 * the cause, consequence and corrective action the report template
 * requires (plan_missing); the preliminary flag; the quarter's deadline
 * (plan_quarter_due: 14 or 21 days, Q1 with Q2 when merged) with the
 * days left.  ?goal= opens one goal's form; its POST is stored once
 * (one-time key) and audited.  q<N>.xml is the report as XML
 * (etc/schemas/plan-report.xsd) and q<N>/report the printable page.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "form.h"
#include "plans.h"
#include "xmlw.h"

enum { F_GOAL, F_RYG, F_CAUSE, F_CONSEQ, F_ACTION, F_PRELIM, F_ONCE, F__MAX };

static const char *const rygs[] = { "green", "yellow", "red", NULL };

static const struct valid_field fields[F__MAX] = {
	[F_GOAL] =	{ "goal", "Mål", VT_INT, VF_REQUIRED, 1, INT64_MAX,
			  NULL },
	/* Empty: the suggestion. */
	[F_RYG] =	{ "ryg", "Status", VT_ENUM, 0, 0, 0, rygs },
	[F_CAUSE] =	{ "cause", "Årsag", VT_TEXT, 0, 0, 4000, NULL },
	[F_CONSEQ] =	{ "consequence", "Konsekvens", VT_TEXT, 0, 0, 4000,
			  NULL },
	[F_ACTION] =	{ "action", "Handling for at opnå målet", VT_TEXT, 0,
			  0, 4000, NULL },
	[F_PRELIM] =	{ "prelim", "Foreløbigt resultat", VT_BOOL, 0, 0, 0,
			  NULL },
	[F_ONCE] =	STAFF_ONCE_FIELD,
};

/* A goal's stored follow-up for the quarter. */
struct followup {
	int		 have;
	enum plan_ryg	 ryg, suggested;
	const char	*cause, *conseq, *action, *by, *at;
	int		 prelim;
};

struct quarter {
	struct plans		 pl;
	int			 q, first_q;	/* the report covers first_q..q */
	cal_day			 due;
	int			 left;
	struct followup		*fu;		/* per goal */
	enum plan_ryg		*sugg;		/* per goal */
	const char		*asof;		/* "&asof=..." if asked, or "" */
};

/* "q3", "q3.xml", with merge_q1 "q1" is not a report of its own. */
static int
parse_q(const char *s, const char *suffix)
{
	size_t	 n = strlen(suffix);

	if (s[0] != 'q' || s[1] < '1' || s[1] > '4' ||
	    strncmp(s + 2, suffix, n) != 0 || s[2 + n] != '\0')
		return -1;
	return s[1] - '0';
}

static enum plan_ryg
ryg_of(const char *s)
{
	enum plan_ryg	 r = PRYG_NONE;

	(void)plan_ryg_parse(s, &r);
	return r;
}

/*
 * Loads the plan, the quarter's deadline and follow-ups: 0, a status, or
 * -1 if it answered (plans_load_req).
 */
static int
load(struct http_req *r, int q, struct quarter *qu)
{
	const char	*p[2];
	PGresult	*res;
	struct plans_goal *g;
	cal_day		 today, now = cal_local_day(time(NULL), NULL);
	size_t		 i;
	int		 j, year;

	memset(qu, 0, sizeof(*qu));
	if (plans_load_req(r, PLANS_ASOF, &qu->pl) == -1)
		return -1;
	year = qu->pl.year;
	today = qu->pl.today;
	qu->asof = "";
	if (kv_str(&r->query, "asof") != NULL &&
	    *kv_str(&r->query, "asof") != '\0') {
		char	 day[11];

		cal_format(today, day);
		qu->asof = arena_printf(r->ar, "&asof=%s", day);
	}
	if (q == 1 && qu->pl.cad.merge_q1)
		return 404;	/* reported with Q2 */
	qu->q = q;
	qu->first_q = q == 2 && qu->pl.cad.merge_q1 ? 1 : q;
	qu->due = plan_quarter_due(&qu->pl.cad, year, q);
	qu->left = plan_days_left(qu->due, now);
	qu->fu = arena_alloc(r->ar, (qu->pl.ngoals + 1) * sizeof(*qu->fu));
	qu->sugg = arena_alloc(r->ar, (qu->pl.ngoals + 1) *
	    sizeof(*qu->sugg));
	memset(qu->fu, 0, (qu->pl.ngoals + 1) * sizeof(*qu->fu));
	for (i = 0; i < qu->pl.ngoals; i++)
		qu->sugg[i] = plan_suggest(&qu->pl.goals[i].g[PLANS_COLS - 1],
		    year, today);
	p[0] = arena_printf(r->ar, "%d", year);
	p[1] = arena_printf(r->ar, "%d", q);
	if ((res = db_exec(STMT_PLAN_FOLLOWUPS, p)) == NULL)
		return 503;
	for (j = 0; j < PQntuples(res); j++) {
		struct followup	*f;

		if ((g = plans_goal(&qu->pl, db_val(res, j,
		    PLAN_FOLLOWUPS_goal_id))) == NULL)
			continue;
		f = &qu->fu[g - qu->pl.goals];
		f->have = 1;
		f->ryg = ryg_of(db_val(res, j, PLAN_FOLLOWUPS_ryg));
		f->suggested = ryg_of(db_val(res, j, PLAN_FOLLOWUPS_suggested));
		f->cause = arena_strdup(r->ar, db_val(res, j,
		    PLAN_FOLLOWUPS_cause));
		f->conseq = arena_strdup(r->ar, db_val(res, j,
		    PLAN_FOLLOWUPS_consequence));
		f->action = arena_strdup(r->ar, db_val(res, j,
		    PLAN_FOLLOWUPS_action));
		f->by = arena_strdup(r->ar, db_val(res, j,
		    PLAN_FOLLOWUPS_staff_name));
		f->at = arena_strdup(r->ar, db_val(res, j,
		    PLAN_FOLLOWUPS_updated));
		f->prelim = atoi(db_val(res, j, PLAN_FOLLOWUPS_prelim));
	}
	PQclear(res);
	return 0;
}

static const char *
qlabel(struct http_req *r, const struct quarter *qu)
{
	return qu->first_q != qu->q ? arena_printf(r->ar, "%d.-%d. kvartal "
	    "%d", qu->first_q, qu->q, qu->pl.year) : arena_printf(r->ar,
	    "%d. kvartal %d", qu->q, qu->pl.year);
}

/* A figure with its unit ("±2 %", "3,9 mio. kr."), or "–". */
static const char *
figure(struct http_req *r, const struct plans_sub *s,
    const struct plans_cell *k, int field, int64_t v)
{
	const char	*u = plans_unit_label(s->kind, k->unit, field);

	if (v == PLAN_NOVAL)
		return "–";
	return arena_printf(r->ar, "%s%s%s%s", field == 't' &&
	    s->kind == PK_BUDGET ? "±" : "", plans_fmt(r, s->kind, k->unit,
	    field, v), *u != '\0' ? " " : "", u);
}

/* The goal's sub-goals in the plan's year (the printed report's table). */
static void
subs(struct http_req *r, struct tpl_dict *t, const struct plans_goal *g,
    int c)
{
	struct tpl_dict	*st;
	size_t		 k;

	for (k = 0; k < g->nsubs; k++) {
		const struct plans_sub	*s = &g->subs[k];
		const struct plans_cell	*ce = &s->cell[c];

		st = tpl_section(t, "SUB");
		tpl_set(st, "LETTER", s->letter);
		tpl_set(st, "DESCR", s->descr);
		tpl_set(st, "TARGET", figure(r, s, ce, 't', ce->target));
		tpl_set(st, "RESULT", s->figure[c] != NULL ? s->figure[c] :
		    figure(r, s, ce, 'r', ce->result));
		tpl_set(st, "STATE_TEXT", plans_verdict_text(r, s->v[c]));
	}
}

/* The heading, deadline and every goal's status into d. */
static void
fill(struct http_req *r, struct tpl_dict *d, const struct quarter *qu,
    const char *open_goal)
{
	const struct plans	*pl = &qu->pl;
	struct tpl_dict		*t, *f;
	char			 day[11], buf[16];
	size_t			 i;
	int			 c = PLANS_COLS - 1;

	tpl_set(d, "NAME", pl->name);
	tpl_set_int(d, "YEAR", pl->year);
	tpl_set_int(d, "Q", qu->q);
	tpl_set(d, "LABEL", qlabel(r, qu));
	cal_format(qu->due, day);
	tpl_set(d, "DUE", day);
	cal_format(pl->today, day);
	tpl_set(d, "ASOF", day);
	tpl_set_int(d, "DAYS", pl->cad.days);
	/* Links keep the day judged by, if one was asked for. */
	if (*qu->asof != '\0')
		tpl_set(d, "ASOF_Q", arena_printf(r->ar, "?%s", qu->asof + 1));
	if (qu->left > 1)
		tpl_set_int(tpl_section(d, "LEFT_MANY"), "N", qu->left);
	else if (qu->left == 1)
		tpl_show(d, "LEFT_ONE");
	else if (qu->left == 0)
		tpl_show(d, "LEFT_TODAY");
	else
		tpl_set_int(tpl_section(d, "OVERDUE"), "N", -qu->left);
	if (qu->first_q != qu->q)
		tpl_show(d, "MERGED");
	tpl_set(d, "SCORE", arena_strdup(r->ar, plan_fmt_bp(pl->score[c].bp,
	    buf, sizeof(buf))));
	for (i = 0; i < pl->ngoals; i++) {
		const struct plans_goal	*g = &pl->goals[i];
		const struct followup	*fu = &qu->fu[i];
		enum plan_ryg		 eff;

		t = tpl_section(d, "GOAL");
		tpl_set(t, "ID", g->id);
		tpl_set(t, "NUMBER", g->number);
		tpl_set(t, "NAME", g->name);
		tpl_set(t, "STATE", plan_state_code(g->v[c].state));
		tpl_set(t, "STATE_TEXT", plans_verdict_text(r, g->v[c]));
		tpl_set(t, "SUGGESTED", plan_ryg_code(qu->sugg[i]));
		tpl_set(t, "SUGGESTED_TEXT", qu->sugg[i] == PRYG_NONE ?
		    "Intet forslag" : plan_ryg_label(qu->sugg[i]));
		subs(r, t, g, c);
		eff = fu->have ? fu->ryg : qu->sugg[i];
		tpl_set(t, "RYG", plan_ryg_code(eff));
		tpl_set(t, "RYG_TEXT", plan_ryg_label(eff));
		if (fu->have) {
			f = tpl_section(t, "FOLLOWUP");
			tpl_set(f, "BY", fu->by);
			tpl_set(f, "AT", fu->at);
			if (fu->ryg != qu->sugg[i])
				tpl_show(f, "OVERRIDDEN");
			if (*fu->cause != '\0')
				tpl_set(tpl_section(f, "CAUSE"), "TEXT",
				    fu->cause);
			if (*fu->conseq != '\0')
				tpl_set(tpl_section(f, "CONSEQ"), "TEXT",
				    fu->conseq);
			if (*fu->action != '\0')
				tpl_set(tpl_section(f, "ACTION"), "TEXT",
				    fu->action);
			if (fu->prelim)
				tpl_show(f, "PRELIM");
		} else
			tpl_show(t, "NO_FOLLOWUP");
		if (open_goal == NULL || strcmp(open_goal, g->id) != 0)
			tpl_set(tpl_section(t, "OPEN_LINK"), "URL",
			    arena_printf(r->ar, "/staff/plans/%d/q%d?goal=%s"
			    "%s#form-%s", pl->year, qu->q, g->id, qu->asof,
			    g->id));
	}
}

/* The form of goal g (index i) into d, from what is stored. */
static void
form_goal(struct http_req *r, struct tpl_dict *d, const struct quarter *qu,
    size_t i)
{
	const struct followup	*fu = &qu->fu[i];

	(void)r;
	if (!fu->have)
		return;
	form_choice(d, "ryg", plan_ryg_code(fu->ryg));
	form_set(d, "cause", fu->cause);
	form_set(d, "consequence", fu->conseq);
	form_set(d, "action", fu->action);
	if (fu->prelim)
		form_choice(d, "prelim", "on");
}

static int
quarter_page(struct http_req *r, struct quarter *qu)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	struct page		 pg;
	struct tpl_dict		*d = NULL, *fd;
	struct plans_goal	*g = NULL;
	const char		*p[10], *gid, *detail, *url;
	PGresult		*res = NULL;
	char			 hash[CRYPTO_HASHHEX];
	enum plan_ryg		 chosen, eff;
	unsigned		 miss;
	size_t			 gi = 0;
	int			 claim, rc = 503;

	url = arena_printf(r->ar, "/staff/plans/%d/q%d", qu->pl.year, qu->q);
	gid = r->method == HTTP_POST ? kv_str(&r->form, "goal") :
	    kv_str(&r->query, "goal");
	if (gid != NULL && (g = plans_goal(&qu->pl, gid)) == NULL)
		return r->method == HTTP_POST ? app_error(r, 400, "Formularen "
		    "peger ikke på et mål i planen.") : 404;
	if (r->method == HTTP_POST && g == NULL)
		return app_error(r, 400, "Formularen peger ikke på et mål i "
		    "planen.");
	d = page_new(r, &pg, "staff/plan_quarter.tpl", arena_printf(r->ar,
	    "Opfølgning %s", qlabel(r, qu)));
	fill(r, d, qu, g != NULL ? g->id : NULL);
	if (kv_str(&r->query, "saved") != NULL)
		tpl_set(tpl_section(d, kv_str(&r->query, "again") != NULL ?
		    "AGAIN" : "SAVED"), "N", kv_str(&r->query, "saved"));
	if (g == NULL) {
		rc = 200;
		goto send;
	}
	gi = (size_t)(g - qu->pl.goals);
	fd = tpl_section(d, "FORM");
	tpl_set(fd, "ID", g->id);
	tpl_set(fd, "NUMBER", g->number);
	tpl_set(fd, "NAME", g->name);
	tpl_set(fd, "ACTION_URL", *qu->asof != '\0' ? arena_printf(r->ar,
	    "%s?%s", url, qu->asof + 1) : url);
	tpl_set(fd, "SUGGESTED_TEXT", qu->sugg[gi] == PRYG_NONE ?
	    "ingen (der er ikke tal nok)" : plan_ryg_label(qu->sugg[gi]));
	if (r->method != HTTP_POST) {
		tpl_set(fd, "ONCE", app_once_new(r));
		form_goal(r, fd, qu, gi);
		rc = 200;
		goto send;
	}
	(void)valid_form(fields, F__MAX, &r->form, v, msgs);
	if (v[F_ONCE].err != NULL) {
		tpl_dict_free(pg.root);
		d = NULL;
		rc = app_error(r, 400, STAFF_ONCE_STALE);
		goto out;
	}
	form_fill(fd, fields, F_ONCE, &r->form, v);
	tpl_set(fd, "ONCE", v[F_ONCE].str);
	chosen = PRYG_NONE;
	if (v[F_RYG].err == NULL && v[F_RYG].present)
		chosen = ryg_of(v[F_RYG].str);
	eff = plan_ryg_effective(qu->sugg[gi], chosen);
	miss = v[F_RYG].err != NULL ? 0 : plan_missing(eff, v[F_CAUSE].str,
	    v[F_CONSEQ].str, v[F_ACTION].str);
	if (v[F_RYG].err != NULL)
		form_error(fd, "ryg", v[F_RYG].err);
	if (miss & PLAN_NEED_STATUS)
		form_error(fd, "ryg", "Vælg en status: der er intet forslag, "
		    "fordi der ikke er tal nok.");
	if (miss & PLAN_NEED_CAUSE)
		form_error(fd, "cause", arena_printf(r->ar, "Skriv årsagen: "
		    "den skal udfyldes, når status er %s.",
		    plan_ryg_label(eff)));
	if (miss & PLAN_NEED_CONSEQ)
		form_error(fd, "consequence", arena_printf(r->ar, "Skriv "
		    "konsekvensen: den skal udfyldes, når status er %s.",
		    plan_ryg_label(eff)));
	if (miss & PLAN_NEED_ACTION)
		form_error(fd, "action", arena_printf(r->ar, "Skriv handlingen "
		    "for at opnå målet: den skal udfyldes, når status er %s.",
		    plan_ryg_label(eff)));
	if (miss != 0 || v[F_RYG].err != NULL || v[F_CAUSE].err != NULL ||
	    v[F_CONSEQ].err != NULL || v[F_ACTION].err != NULL) {
		rc = 400;
		goto send;
	}

	if (db_begin() == -1)
		goto out;
	if ((claim = staff_once_claim(r, "plan_followup", v[F_ONCE].str, NULL,
	    NULL, hash)) != 1) {
		db_rollback();
		if (claim == 0) {
			tpl_dict_free(pg.root);
			d = NULL;
			http_redirect(r, arena_printf(r->ar, "%s?saved=%s&"
			    "again=1%s#goal-%s", url, g->number, qu->asof,
			    g->number));
			rc = 0;
		}
		goto out;
	}
	p[0] = g->id;
	p[1] = arena_printf(r->ar, "%d", qu->pl.year);
	p[2] = arena_printf(r->ar, "%d", qu->q);
	p[3] = plan_ryg_code(eff);
	p[4] = plan_ryg_code(qu->sugg[gi]);
	/* Green needs none of them: what was typed is kept all the same. */
	p[5] = v[F_CAUSE].str;
	p[6] = v[F_CONSEQ].str;
	p[7] = v[F_ACTION].str;
	p[8] = v[F_PRELIM].num ? "true" : "false";
	p[9] = staff_user.id;
	if ((res = db_exec(STMT_PLAN_FOLLOWUP_SET, p)) == NULL)
		goto fail;
	detail = arena_printf(r->ar, "mål %s, %d. kvartal %d: %s (forslag "
	    "%s)%s", g->number, qu->q, qu->pl.year, p[3], p[4],
	    v[F_PRELIM].num ? ", foreløbigt" : "");
	if (staff_once_set(hash, g->id) == -1 ||
	    staff_audit("plan_goal", g->id, "followup", detail) == -1 ||
	    db_commit() == -1)
		goto fail;
	tpl_dict_free(pg.root);
	d = NULL;
	http_redirect(r, arena_printf(r->ar, "%s?saved=%s%s#goal-%s", url,
	    g->number, qu->asof, g->number));
	rc = 0;
	goto out;
send:
	d = NULL;
	rc = page_send(r, &pg, rc);
	goto out;
fail:
	db_rollback();
out:
	if (d != NULL)
		tpl_dict_free(pg.root);
	PQclear(res);
	return rc;
}

/* --- the report as XML (etc/schemas/plan-report.xsd) -------------------- */

static void
wverdict(struct xmlw *x, struct plan_verdict v)
{
	xmlw_attr(x, "verdict", plan_state_code(v.state));
	xmlw_attr(x, "preliminary", v.marks & PLAN_PRELIM ? "true" : "false");
	xmlw_attr(x, "comparable", v.marks & PLAN_NOCOMP ? "false" : "true");
}

/* A figure in its unit as the XML has it: a decimal with a point. */
static const char *
xnum(struct http_req *r, const struct plans_sub *s, enum plan_unit u,
    int field, int64_t v)
{
	char	*t = arena_strdup(r->ar, plans_fmt(r, s->kind, u, field, v));
	char	*c;

	if ((c = strchr(t, ',')) != NULL)
		*c = '.';
	return t;
}

/* Everything in the root element <plan-report>. */
static void
write_report(struct http_req *r, struct xmlw *x, const struct quarter *qu)
{
	const struct plans	*pl = &qu->pl;
	const struct plan_score	*sc = &pl->score[PLANS_COLS - 1];
	char			 day[11], buf[16], *c;
	size_t			 i, k;
	int			 col = PLANS_COLS - 1;

	xmlw_attr_ll(x, "year", pl->year);
	xmlw_attr_ll(x, "quarter", qu->q);
	xmlw_attr_ll(x, "first-quarter", qu->first_q);
	cal_format(qu->due, day);
	xmlw_attr(x, "due", day);
	cal_format(pl->today, day);
	xmlw_attr(x, "as-of", day);
	xmlw_el(x, "name", pl->name);
	(void)plan_fmt_bp(sc->bp, buf, sizeof(buf));
	if ((c = strchr(buf, ',')) != NULL)
		*c = '.';
	xmlw_start(x, "score");
	xmlw_attr_ll(x, "goals", (long long)sc->goals);
	xmlw_attr_ll(x, "met", (long long)sc->met);
	xmlw_attr_ll(x, "not-met", (long long)sc->not_met);
	xmlw_attr_ll(x, "open", (long long)sc->open);
	xmlw_attr_ll(x, "preliminary", (long long)sc->prelim);
	xmlw_attr(x, "percent", buf);
	xmlw_end(x);
	for (i = 0; i < pl->ngoals; i++) {
		const struct plans_goal	*g = &pl->goals[i];
		const struct followup	*fu = &qu->fu[i];

		xmlw_start(x, "goal");
		xmlw_attr(x, "number", g->number);
		xmlw_attr(x, "rule", plan_rule_code(g->rule));
		wverdict(x, g->v[col]);
		xmlw_attr(x, "suggested", plan_ryg_code(qu->sugg[i]));
		xmlw_attr(x, "status", plan_ryg_code(fu->have ? fu->ryg :
		    qu->sugg[i]));
		xmlw_el(x, "name", g->name);
		for (k = 0; k < g->nsubs; k++) {
			const struct plans_sub	*s = &g->subs[k];
			const struct plans_cell	*ce = &s->cell[col];

			xmlw_start(x, "subgoal");
			xmlw_attr(x, "letter", s->letter);
			xmlw_attr(x, "kind", plan_kind_code(s->kind));
			wverdict(x, s->v[col]);
			xmlw_el(x, "description", s->descr);
			if (ce->target != PLAN_NOVAL)
				xmlw_el(x, "target", xnum(r, s, ce->unit, 't',
				    ce->target));
			if (ce->result != PLAN_NOVAL)
				xmlw_el(x, "result", xnum(r, s, ce->unit, 'r',
				    ce->result));
			if (s->figure[col] != NULL)
				xmlw_el(x, "figure", s->figure[col]);
			xmlw_end(x);
		}
		if (fu->have) {
			xmlw_start(x, "followup");
			xmlw_attr(x, "preliminary", fu->prelim ? "true" :
			    "false");
			xmlw_el(x, "cause", fu->cause);
			xmlw_el(x, "consequence", fu->conseq);
			xmlw_el(x, "action", fu->action);
			xmlw_el(x, "by", fu->by);
			xmlw_end(x);
		}
		xmlw_end(x);
	}
}

static int
report_xml(struct http_req *r, const struct quarter *qu)
{
	struct xmlw	 x;
	int		 rc = 500;

	if (xmlw_open(&x, r->ar, "plan-report", "urn:frist:plan-report:1") ==
	    -1)
		return 500;
	write_report(r, &x, qu);
	if (xmlw_close(&x) == 0) {
		xmlw_send(r, &x, arena_printf(r->ar,
		    "resultatplan-%d-q%d.xml", qu->pl.year, qu->q));
		rc = 0;
	}
	xmlw_free(&x);
	return rc;
}

int
page_plan_quarter(struct http_req *r)
{
	struct quarter	 qu;
	struct page	 pg;
	struct tpl_dict	*d;
	size_t		 n = strlen(r->path);
	int		 q, xml = 0, report, rc;

	/* The route's "report" is no capture: the path says which page. */
	report = n > 7 && strcmp(r->path + n - 7, "/report") == 0;
	/* Before the quarter and the method, as plans_load_req will. */
	if (plans_year(r->args[0]) == -1)
		return 404;
	if ((q = parse_q(r->args[1], "")) == -1) {
		if (report || (q = parse_q(r->args[1], ".xml")) == -1)
			return 404;
		xml = 1;
	}
	if ((xml || report) && r->method != HTTP_GET &&
	    r->method != HTTP_HEAD)
		return 405;
	if ((rc = load(r, q, &qu)) != 0)
		return rc < 0 ? 0 : rc;
	if (xml)
		return report_xml(r, &qu);
	if (!report)
		return quarter_page(r, &qu);
	d = page_new(r, &pg, "staff/plan_report.tpl", arena_printf(r->ar,
	    "Afrapportering %s", qlabel(r, &qu)));
	fill(r, d, &qu, "");
	return page_send(r, &pg, 200);
}
