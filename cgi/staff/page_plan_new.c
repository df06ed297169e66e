/*
 * /staff/plans/new: a new year's results plan (role admin).  A plan for
 * a new year mostly repeats the year before, so the form copies the
 * goals and sub-goals of an existing plan (or none: an empty plan) with
 * that plan's reporting cadence; no results, verdicts or follow-ups.  A
 * milestone's deadline moves by as many whole years; a disbursement
 * sub-goal of a named pool of another year follows every pool of the
 * new year instead.  One transaction, set-based statements; the form
 * carries a one-time key, so a repeat of its POST makes one plan.
 */
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "plans.h"

enum { F_YEAR, F_NAME, F_SOURCE, F_ONCE, F__MAX };

static const struct valid_field fields[F__MAX] = {
	[F_YEAR] =	{ "year", "År", VT_INT, VF_REQUIRED, 2000, 2100, NULL },
	[F_NAME] =	{ "name", "Navn", VT_LINE, VF_REQUIRED, 1, 300, NULL },
	/* "none" or the year of a plan in STMT_PLAN_LIST: checked below. */
	[F_SOURCE] =	{ "source", "Kopiér mål og delmål fra", VT_LINE,
			  VF_REQUIRED, 1, 4, NULL },
	[F_ONCE] =	STAFF_ONCE_FIELD,
};

/* The row of plans with year s, or -1. */
static int
find_plan(const PGresult *plans, const char *s)
{
	int	 i;

	for (i = 0; i < PQntuples(plans); i++)
		if (strcmp(db_val(plans, i, PLAN_LIST_year), s) == 0)
			return i;
	return -1;
}

/* The choices of the source, with sel (a year or "none") chosen. */
static void
show_sources(struct tpl_dict *d, const PGresult *plans, const char *sel)
{
	struct tpl_dict	*t;
	int		 i;

	for (i = 0; i < PQntuples(plans); i++) {
		t = tpl_section(d, "SOURCE");
		tpl_set(t, "YEAR", db_val(plans, i, PLAN_LIST_year));
		tpl_set(t, "NAME", db_val(plans, i, PLAN_LIST_name));
		tpl_set(t, "GOALS", db_val(plans, i, PLAN_LIST_goals));
		if (strcmp(sel, db_val(plans, i, PLAN_LIST_year)) == 0)
			tpl_show(t, "SEL");
	}
	if (strcmp(sel, "none") == 0)
		tpl_show(d, "NONE_SEL");
}

int
page_plan_new(struct http_req *r)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	struct page		 pg;
	struct tpl_dict		*d = NULL;
	const char		*p[3], *src = NULL, *ref, *sel, *year = "";
	PGresult		*plans = NULL, *res = NULL;
	char			 hash[CRYPTO_HASHHEX];
	size_t			 errs;
	int			 claim, ngoals = 0, nsubs = 0, rc = 503;

	if ((plans = db_exec(STMT_PLAN_LIST, NULL)) == NULL)
		goto out;
	d = page_new(r, &pg, "staff/plan_new.tpl", "Ny resultatplan");
	if (r->method != HTTP_POST) {
		tpl_set(d, "ONCE", app_once_new(r));
		/* The newest plan is the likely model of the next one. */
		sel = PQntuples(plans) > 0 ? db_val(plans, 0, PLAN_LIST_year) :
		    "none";
		show_sources(d, plans, sel);
		if (PQntuples(plans) > 0)
			form_set(d, "year", arena_printf(r->ar, "%d",
			    atoi(sel) + 1));
		rc = 200;
		goto send;
	}
	errs = valid_form(fields, F__MAX, &r->form, v, msgs);
	if (v[F_ONCE].err != NULL) {	/* a form from before, or by hand */
		tpl_dict_free(pg.root);
		d = NULL;
		rc = app_error(r, 400, STAFF_ONCE_STALE);
		goto out;
	}
	/* The same form again, after it made its plan: not "exists". */
	staff_once_hash(r, "plan_new", v[F_ONCE].str, NULL, hash);
	if ((ref = staff_once_ref(r, hash)) != NULL)
		goto again;
	form_fill(d, fields, F_ONCE, &r->form, v);
	tpl_set(d, "ONCE", v[F_ONCE].str);
	show_sources(d, plans, v[F_SOURCE].str);
	if (v[F_SOURCE].err == NULL && strcmp(v[F_SOURCE].str, "none") != 0) {
		if (find_plan(plans, v[F_SOURCE].str) == -1) {
			form_error(d, "source", "Vælg en resultatplan, der "
			    "findes, eller »ingen (en tom plan)«.");
			errs++;
		} else
			src = v[F_SOURCE].str;
	}
	if (v[F_YEAR].err == NULL)
		year = arena_printf(r->ar, "%lld", (long long)v[F_YEAR].num);
	if (v[F_YEAR].err == NULL && find_plan(plans, year) != -1) {
		form_error(d, "year", arena_printf(r->ar, "Der er allerede en "
		    "resultatplan for %s. Vælg et andet år.", year));
		rc = errs == 0 ? 409 : 422;
		goto send;
	}
	if (errs > 0) {
		rc = 422;
		goto send;
	}

	if (db_begin() == -1)
		goto out;
	if ((claim = staff_once_claim(r, "plan_new", v[F_ONCE].str, NULL,
	    NULL, hash)) != 1) {
		db_rollback();
		if (claim == 0) {	/* made by a POST just before this */
			ref = year;
			goto again;
		}
		goto out;
	}
	p[0] = year;
	p[1] = v[F_NAME].str;
	p[2] = src;
	if ((res = db_exec(STMT_PLAN_NEW, p)) == NULL)
		goto fail;
	if (PQntuples(res) == 0) {
		/* Made since the list was read. */
		db_rollback();
		form_error(d, "year", arena_printf(r->ar, "Der er allerede en "
		    "resultatplan for %s. Vælg et andet år.", year));
		rc = 409;
		goto send;
	}
	if (src != NULL) {
		p[1] = src;
		if ((ngoals = db_count(STMT_PLAN_NEW_GOALS, p)) == -1 ||
		    (nsubs = db_count(STMT_PLAN_NEW_SUBS, p)) == -1)
			goto fail;
	}
	if (staff_once_set(hash, p[0]) == -1 ||
	    staff_audit("plan", p[0], "create", src != NULL ?
	    arena_printf(r->ar, "»%s«, kopi af %s: %d mål, %d delmål",
	    v[F_NAME].str, src, ngoals, nsubs) : arena_printf(r->ar,
	    "»%s«, tom", v[F_NAME].str)) == -1 ||
	    db_commit() == -1)
		goto fail;
	tpl_dict_free(pg.root);
	d = NULL;
	http_redirect(r, arena_printf(r->ar, "/staff/plans/%s?created=1%s%s",
	    p[0], src != NULL ? "&from=" : "", src != NULL ? src : ""));
	rc = 0;
	goto out;
again:
	tpl_dict_free(pg.root);
	d = NULL;
	http_redirect(r, arena_printf(r->ar, "/staff/plans/%s?created=1&again=1",
	    ref));
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
	PQclear(plans);
	return rc;
}
