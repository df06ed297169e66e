/*
 * /staff/plans/<year>/results: a sub-goal's target and result for one
 * year of the plan's table (?sub=&year=), or the verdict of a goal
 * decided as a whole (?goal=&year=); management or admin.  The fields
 * the sub-goal's kind uses are shown, and read in its unit (plans.h).
 * The form carries a one-time key, so a repeat of its POST changes
 * nothing twice; each change is audited in its transaction.  The plan's
 * reporting cadence (/staff/plans/<year>/settings, admin) is here too.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "form.h"
#include "plans.h"

enum {
	F_SUB, F_GOAL, F_YEAR, F_TARGET, F_RESULT, F_EXTRA, F_UNIT, F_BUDGET,
	F_ACTUAL, F_DONE, F_VERDICT, F_PRELIM, F_NOCOMP, F_NOTE, F_ONCE,
	F__MAX
};

static const char *const units[] = { "pm", "ore", NULL };
static const char *const verdicts[] = { "met", "not_met", NULL };

static const struct valid_field fields[F__MAX] = {
	[F_SUB] =	{ "sub", "Delmål", VT_INT, 0, 1, INT64_MAX, NULL },
	[F_GOAL] =	{ "goal", "Mål", VT_INT, 0, 1, INT64_MAX, NULL },
	[F_YEAR] =	{ "year", "År", VT_INT, VF_REQUIRED, 2000, 2100, NULL },
	/* Numbers in the kind's unit: checked by plans_parse(). */
	[F_TARGET] =	{ "target", "Mål", VT_LINE, 0, 0, 24, NULL },
	[F_RESULT] =	{ "result", "Resultat", VT_LINE, 0, 0, 24, NULL },
	[F_EXTRA] =	{ "extra", "Året før / ændring", VT_LINE, 0, 0, 24,
			  NULL },
	[F_UNIT] =	{ "unit", "Enhed", VT_ENUM, 0, 0, 0, units },
	[F_BUDGET] =	{ "budget", "Budgetteret resultat", VT_AMOUNT, 0,
			  -INT64_C(1000000000000000), INT64_C(1000000000000000),
			  NULL },
	[F_ACTUAL] =	{ "actual", "Realiseret resultat", VT_AMOUNT, 0,
			  -INT64_C(1000000000000000), INT64_C(1000000000000000),
			  NULL },
	[F_DONE] =	{ "done", "Udført den", VT_DATE, 0, 0, 0, NULL },
	[F_VERDICT] =	{ "verdict", "Vurdering", VT_ENUM, 0, 0, 0, verdicts },
	[F_PRELIM] =	{ "prelim", "Foreløbigt resultat", VT_BOOL, 0, 0, 0,
			  NULL },
	[F_NOCOMP] =	{ "nocomp", "Ikke direkte sammenligneligt", VT_BOOL, 0,
			  0, 0, NULL },
	[F_NOTE] =	{ "note", "Bemærkning", VT_TEXT, 0, 0, 2000, NULL },
	[F_ONCE] =	STAFF_ONCE_FIELD,
};

/* Which of the figure fields a kind takes ('t', 'r', 'x'). */
static int
uses(const struct plans_sub *s, int field)
{
	switch (s->kind) {
	case PK_COUNT:
		return field != 'x' || s->cmp == PC_GROWTH;
	case PK_SURVEY:
	case PK_BUDGET:
		return field != 'x';
	case PK_SICK:
		return 1;
	default:
		return 0;
	}
}

static const char *
hint(const struct plans_sub *s, int field)
{
	switch (s->kind) {
	case PK_COUNT:
		return "Et helt tal.";
	case PK_SURVEY:
		return "Procent med højst én decimal, fx 91,5.";
	case PK_BUDGET:
		return field == 't' ? "Grænsen uden fortegn: procent med højst "
		    "én decimal, eller mio. kr. efter enheden." : "Afvigelsen "
		    "i samme enhed, med fortegn, fx -1,5.";
	case PK_SICK:
		return field == 'x' ? "Procent, negativ for et fald, fx -18." :
		    "Dage pr. årsværk med højst to decimaler, fx 10,3.";
	default:
		return "";
	}
}

/* The figure fields into d: labels, hints, values and their sections. */
static void
show_fields(struct tpl_dict *d, const struct plans_sub *s)
{
	static const struct {
		int		 f;
		const char	*sec;
	} ff[] = { { 't', "TARGET_F" }, { 'r', "RESULT_F" }, { 'x', "EXTRA_F" } };
	struct tpl_dict	*t;
	size_t		 i;

	for (i = 0; i < sizeof(ff) / sizeof(ff[0]); i++) {
		if (!uses(s, ff[i].f))
			continue;
		t = tpl_section(d, ff[i].sec);
		tpl_set(t, "LABEL", plans_field_label(s->kind, ff[i].f));
		tpl_set(t, "HINT", hint(s, ff[i].f));
	}
	if (s->kind == PK_BUDGET)
		tpl_show(d, "BUDGET_F");
	if (s->kind == PK_MILESTONE)
		tpl_show(d, "DONE_F");
	if (s->kind == PK_MANUAL || s->kind == PK_EXTERNAL)
		tpl_show(d, "VERDICT_F");
}

/* The stored cell as the form shows it. */
static void
prefill(struct http_req *r, struct tpl_dict *d, const struct plans_sub *s,
    const struct plans_cell *k)
{
	char	 day[11], buf[48];

	form_set(d, "target", plans_fmt(r, s->kind, k->unit, 't', k->target));
	form_set(d, "result", plans_fmt(r, s->kind, k->unit, 'r', k->result));
	form_set(d, "extra", plans_fmt(r, s->kind, k->unit, 'x', k->extra));
	form_choice(d, "unit", k->unit == PU_ORE ? "ore" : "pm");
	if (k->budget != PLAN_NOVAL) {
		valid_fmt_amount(k->budget, buf, sizeof(buf));
		form_set(d, "budget", buf);
	}
	if (k->actual != PLAN_NOVAL) {
		valid_fmt_amount(k->actual, buf, sizeof(buf));
		form_set(d, "actual", buf);
	}
	if (k->done != PLAN_NODAY) {
		cal_format(k->done, day);
		form_set(d, "done", day);
	}
	if (k->verdict != PS_NA)
		form_choice(d, "verdict", plan_state_code(k->verdict));
	if (k->prelim)
		form_choice(d, "prelim", "on");
	if (k->nocomp)
		form_choice(d, "nocomp", "on");
	form_set(d, "note", k->note);
}

static const char *
numstr(struct http_req *r, int64_t v)
{
	return v == PLAN_NOVAL ? NULL : arena_printf(r->ar, "%lld",
	    (long long)v);
}

int
page_plan_results(struct http_req *r)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	struct plans		 pl;
	struct page		 pg;
	struct plans_sub	*s = NULL;
	struct plans_goal	*g = NULL;
	struct tpl_dict		*d = NULL;
	const struct kvlist	*in;
	const char		*p[15], *ref, *detail, *back, *title;
	PGresult		*res = NULL;
	char			 hash[CRYPTO_HASHHEX], day[11];
	int64_t			 fig[3];
	enum plan_unit		 unit = PU_PM;
	size_t			 errs, i;
	int			 col, claim, rc = 503;
	static const int	 ffield[3] = { 't', 'r', 'x' };
	static const int	 fidx[3] = { F_TARGET, F_RESULT, F_EXTRA };

	if (plans_load_req(r, 0, &pl) == -1)
		return 0;
	in = r->method == HTTP_POST ? &r->form : &r->query;
	errs = valid_form(fields, F__MAX, in, v, msgs);
	if (v[F_SUB].present && v[F_SUB].err == NULL)
		s = plans_sub(&pl, v[F_SUB].str, &g);
	else if (v[F_GOAL].present && v[F_GOAL].err == NULL &&
	    (g = plans_goal(&pl, v[F_GOAL].str)) != NULL &&
	    g->rule != PR_VERDICT)
		g = NULL;
	col = v[F_YEAR].err == NULL ? (int)v[F_YEAR].num -
	    PLANS_YEAR(&pl, 0) : -1;
	if (g == NULL || col < 0 || col >= PLANS_COLS || (s != NULL &&
	    (s->kind == PK_SERVICE || s->kind == PK_DISBURSE))) {
		rc = r->method == HTTP_POST ? app_error(r, 400, "Formularen "
		    "peger ikke på et delmål og et år i planen.") : 404;
		goto out;
	}
	back = arena_printf(r->ar, "/staff/plans/%d#goal-%s", pl.year,
	    g->number);
	title = s != NULL ? arena_printf(r->ar, "Mål %s, delmål %s: %d",
	    g->number, s->letter, PLANS_YEAR(&pl, col)) :
	    arena_printf(r->ar, "Mål %s: vurdering %d", g->number,
	    PLANS_YEAR(&pl, col));
	d = page_new(r, &pg, "staff/plan_results.tpl", title);
	tpl_set(d, "TITLE", title);
	tpl_set(d, "GOAL_NAME", g->name);
	tpl_set(d, "BACK", back);
	tpl_set(d, "ACTION_URL", arena_printf(r->ar, "/staff/plans/%d/results",
	    pl.year));
	tpl_set_int(d, "YEAR", PLANS_YEAR(&pl, col));
	if (s != NULL) {
		tpl_set(tpl_section(d, "SUB"), "ID", s->id);
		tpl_set(d, "DESCR", s->descr);
		tpl_set(d, "KIND", plan_kind_label(s->kind));
		if (*s->deadline != '\0')
			tpl_set(tpl_section(d, "DEADLINE"), "DAY", s->deadline);
		show_fields(d, s);
	} else {
		tpl_set(tpl_section(d, "GOAL"), "ID", g->id);
		tpl_show(d, "VERDICT_F");
	}

	if (r->method != HTTP_POST) {
		tpl_set(d, "ONCE", app_once_new(r));
		if (s != NULL)
			prefill(r, d, s, &s->cell[col]);
		else {
			if (g->given[col].state != PS_NA)
				form_choice(d, "verdict", plan_state_code(
				    g->given[col].state));
			if (g->given[col].marks & PLAN_PRELIM)
				form_choice(d, "prelim", "on");
			if (g->given[col].marks & PLAN_NOCOMP)
				form_choice(d, "nocomp", "on");
		}
		rc = 200;
		goto form;
	}
	if (v[F_ONCE].err != NULL) {	/* a form from before, or by hand */
		tpl_dict_free(pg.root);
		d = NULL;
		rc = app_error(r, 400, STAFF_ONCE_STALE);
		goto out;
	}
	form_fill(d, fields, F_ONCE, &r->form, v);
	tpl_set(d, "ONCE", v[F_ONCE].str);
	if (s != NULL && v[F_UNIT].err == NULL && v[F_UNIT].present)
		unit = v[F_UNIT].num == 1 ? PU_ORE : PU_PM;
	for (i = 0; i < 3; i++) {
		fig[i] = PLAN_NOVAL;
		if (s == NULL || v[fidx[i]].err != NULL ||
		    !v[fidx[i]].present || !uses(s, ffield[i]))
			continue;
		if (plans_parse(s->kind, unit, ffield[i], v[fidx[i]].str,
		    &fig[i]) == -1) {
			form_error(d, fields[fidx[i]].name, arena_printf(r->ar,
			    "»%s« skal være et tal. %s",
			    plans_field_label(s->kind, ffield[i]),
			    hint(s, ffield[i])));
			errs++;
		}
	}
	if (s != NULL && s->kind == PK_BUDGET && fig[0] != PLAN_NOVAL &&
	    fig[0] < 0) {
		form_error(d, "target", "»Grænse (±)« skal angives uden "
		    "fortegn.");
		errs++;
	}
	if (s == NULL && !v[F_VERDICT].present && v[F_VERDICT].err == NULL &&
	    (v[F_PRELIM].num || v[F_NOCOMP].num)) {
		form_error(d, "verdict", "Vælg en vurdering, eller fjern "
		    "markeringerne.");
		errs++;
	}
	if (errs > 0) {
		rc = 400;
		goto form;
	}

	if (db_begin() == -1)
		goto out;
	if ((claim = staff_once_claim(r, "plan_result", v[F_ONCE].str, NULL,
	    NULL, hash)) != 1) {
		/* The same form again: it made its change already. */
		db_rollback();
		if (claim == 0) {
			tpl_dict_free(pg.root);
			d = NULL;
			http_redirect(r, arena_printf(r->ar, "/staff/plans/%d?"
			    "saved=%s&again=1#goal-%s", pl.year, g->number,
			    g->number));
			rc = 0;
		}
		goto out;
	}
	p[1] = arena_printf(r->ar, "%d", pl.year);
	p[2] = arena_printf(r->ar, "%d", PLANS_YEAR(&pl, col));
	if (s != NULL) {
		p[0] = s->id;
		p[3] = numstr(r, fig[0]);
		p[4] = numstr(r, fig[1]);
		p[5] = numstr(r, fig[2]);
		p[6] = unit == PU_ORE ? "ore" : "pm";
		p[7] = s->kind == PK_BUDGET && v[F_BUDGET].present ?
		    numstr(r, v[F_BUDGET].num) : NULL;
		p[8] = s->kind == PK_BUDGET && v[F_ACTUAL].present ?
		    numstr(r, v[F_ACTUAL].num) : NULL;
		p[9] = NULL;
		if (s->kind == PK_MILESTONE && v[F_DONE].present) {
			cal_format((cal_day)v[F_DONE].num, day);
			p[9] = day;
		}
		p[10] = (s->kind == PK_MANUAL || s->kind == PK_EXTERNAL) &&
		    v[F_VERDICT].present ? v[F_VERDICT].str : NULL;
		p[11] = v[F_PRELIM].num ? "true" : "false";
		p[12] = v[F_NOCOMP].num ? "true" : "false";
		p[13] = v[F_NOTE].str;
		p[14] = staff_user.id;
		if ((res = db_exec(STMT_PLAN_RESULT_SET, p)) == NULL)
			goto fail;
		ref = s->id;
		detail = arena_printf(r->ar, "mål %s %s, %s: mål %s, resultat %s, "
		    "ekstra %s, %s, udført %s, vurdering %s%s%s", g->number,
		    s->letter, p[2], p[3] ? p[3] : "-", p[4] ? p[4] : "-",
		    p[5] ? p[5] : "-", p[6], p[9] ? p[9] : "-",
		    p[10] ? p[10] : "-", v[F_PRELIM].num ? ", foreløbigt" : "",
		    v[F_NOCOMP].num ? ", ikke sammenligneligt" : "");
	} else {
		p[0] = g->id;
		if (v[F_VERDICT].present) {
			p[3] = v[F_VERDICT].str;
			p[4] = v[F_PRELIM].num ? "true" : "false";
			p[5] = v[F_NOCOMP].num ? "true" : "false";
			p[6] = staff_user.id;
			res = db_exec(STMT_PLAN_VERDICT_SET, p);
		} else
			res = db_exec(STMT_PLAN_VERDICT_DEL, p);
		if (res == NULL)
			goto fail;
		ref = g->id;
		detail = arena_printf(r->ar, "mål %s, %s: %s%s%s", g->number,
		    p[2], v[F_VERDICT].present ? v[F_VERDICT].str : "ingen",
		    v[F_PRELIM].num ? ", foreløbigt" : "",
		    v[F_NOCOMP].num ? ", ikke sammenligneligt" : "");
	}
	if (staff_once_set(hash, ref) == -1 ||
	    staff_audit(s != NULL ? "plan_subgoal" : "plan_goal", ref,
	    s != NULL ? "result" : "verdict", detail) == -1 ||
	    db_commit() == -1)
		goto fail;
	tpl_dict_free(pg.root);
	d = NULL;
	http_redirect(r, arena_printf(r->ar, "/staff/plans/%d?saved=%s"
	    "#goal-%s", pl.year, g->number, g->number));
	rc = 0;
	goto out;
form:
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

/*
 * /staff/plans/<year>/settings: the plan's reporting deadline (14 or 21
 * days after each quarter) and whether Q1 is reported with Q2 (role
 * admin).  Setting the same values again changes nothing and writes no
 * audit row, so the form needs no one-time key.
 */
enum { FS_DAYS, FS_MERGE, FS__MAX };

static const char *const cadence_days[] = { "14", "21", NULL };

static const struct valid_field cadence_fields[FS__MAX] = {
	[FS_DAYS] =	{ "deadline_days", "Frist for afrapportering",
			  VT_ENUM, VF_REQUIRED, 0, 0, cadence_days },
	[FS_MERGE] =	{ "merge_q1", "1. og 2. kvartal afrapporteres samlet",
			  VT_BOOL, 0, 0, 0, NULL },
};

int
page_plan_settings(struct http_req *r)
{
	struct valid_value	 v[FS__MAX];
	struct valid_msgbuf	 msgs[FS__MAX];
	struct plans		 pl;
	struct page		 pg;
	struct tpl_dict		*d = NULL;
	const char		*p[3], *url;
	PGresult		*res = NULL;
	size_t			 errs;
	int			 year, rc = 503;

	if (plans_load_req(r, 0, &pl) == -1)
		return 0;
	year = pl.year;
	url = arena_printf(r->ar, "/staff/plans/%d/settings", year);
	d = page_new(r, &pg, "staff/plan_settings.tpl", arena_printf(r->ar,
	    "Afrapportering: %s", pl.name));
	tpl_set(d, "NAME", pl.name);
	tpl_set_int(d, "YEAR", year);
	tpl_set(d, "ACTION_URL", url);
	if (kv_str(&r->query, "done") != NULL)
		tpl_show(d, kv_str(&r->query, "same") != NULL ? "SAME" : "SAVED");
	if (r->method != HTTP_POST) {
		form_choice(d, "deadline_days", pl.cad.days == 14 ? "14" : "21");
		if (pl.cad.merge_q1)
			form_choice(d, "merge_q1", "on");
		rc = 200;
		goto send;
	}
	errs = valid_form(cadence_fields, FS__MAX, &r->form, v, msgs);
	form_fill(d, cadence_fields, FS__MAX, &r->form, v);
	if (errs > 0) {
		rc = 400;
		goto send;
	}
	p[0] = arena_printf(r->ar, "%d", year);
	p[1] = v[FS_DAYS].str;
	p[2] = v[FS_MERGE].num ? "true" : "false";
	if (db_begin() == -1)
		goto out;
	if ((res = db_exec(STMT_PLAN_CADENCE_SET, p)) == NULL)
		goto fail;
	if (PQntuples(res) == 1 && staff_audit("plan", p[0], "cadence",
	    arena_printf(r->ar, "%s dage, 1. og 2. kvartal %s", p[1],
	    v[FS_MERGE].num ? "samlet" : "hver for sig")) == -1)
		goto fail;
	if (db_commit() == -1)
		goto fail;
	tpl_dict_free(pg.root);
	d = NULL;
	http_redirect(r, arena_printf(r->ar, "%s?done=1%s", url,
	    PQntuples(res) == 1 ? "" : "&same=1"));
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
