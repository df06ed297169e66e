/*
 * /staff/plans/<year>/goals/<number>: an administrator corrects a goal
 * of a plan, as a plan copied from the year before needs: its name and
 * rule, and its sub-goals' descriptions and groups.  Saving the same
 * again changes nothing and writes no audit row (each statement returns
 * a row only when it changed something), so no one-time key is needed.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "form.h"
#include "plans.h"

enum { F_NAME, F_RULE, F__FIXED };

static const char *const rules[] = { "all", "groups", "verdict", NULL };

static const struct valid_field fixed[F__FIXED] = {
	[F_NAME] =	{ "name", "Navn", VT_LINE, VF_REQUIRED, 1, 300, NULL },
	[F_RULE] =	{ "rule", "Regel", VT_ENUM, VF_REQUIRED, 0, 0, rules },
};

int
page_plan_goal(struct http_req *r)
{
	struct plans		 pl;
	struct page		 pg;
	struct plans_goal	*g = NULL;
	struct valid_field	*f;
	struct valid_value	*v;
	struct valid_msgbuf	*msgs;
	struct tpl_dict		*d = NULL, *t;
	const char		*p[4], *url, *back;
	PGresult		*res = NULL;
	size_t			 i, n, errs;
	int			 year, rc, changed = 0;

	if (plans_load_req(r, 0, &pl) == -1)
		return 0;
	year = pl.year;
	for (i = 0; i < pl.ngoals; i++)
		if (strcmp(pl.goals[i].number, r->args[1]) == 0)
			g = &pl.goals[i];
	if (g == NULL)
		return 404;
	rc = 503;
	/* The fixed fields, then a description and a group per sub-goal. */
	n = F__FIXED + 2 * g->nsubs;
	f = arena_alloc(r->ar, n * sizeof(*f));
	v = arena_alloc(r->ar, n * sizeof(*v));
	msgs = arena_alloc(r->ar, n * sizeof(*msgs));
	memcpy(f, fixed, sizeof(fixed));
	for (i = 0; i < g->nsubs; i++) {
		struct valid_field	*fd = &f[F__FIXED + 2 * i];

		fd[0] = (struct valid_field){ arena_printf(r->ar, "descr_%s",
		    g->subs[i].id), arena_printf(r->ar, "Delmål %s: beskrivelse",
		    g->subs[i].letter), VT_TEXT, 0, 0, 2000, NULL };
		fd[1] = (struct valid_field){ arena_printf(r->ar, "grp_%s",
		    g->subs[i].id), arena_printf(r->ar, "Delmål %s: gruppe",
		    g->subs[i].letter), VT_INT, VF_REQUIRED, 0, 9, NULL };
	}
	url = arena_printf(r->ar, "/staff/plans/%d/goals/%s", year, g->number);
	back = arena_printf(r->ar, "/staff/plans/%d#goal-%s", year, g->number);
	d = page_new(r, &pg, "staff/plan_goal.tpl", arena_printf(r->ar,
	    "Ret mål %s", g->number));
	tpl_set(d, "PLAN", pl.name);
	tpl_set(d, "NUMBER", g->number);
	tpl_set(d, "ACTION_URL", url);
	tpl_set(d, "BACK", back);
	if (kv_str(&r->query, "done") != NULL)
		tpl_show(d, kv_str(&r->query, "same") != NULL ? "SAME" : "SAVED");
	errs = 0;
	if (r->method == HTTP_POST) {
		errs = valid_form(f, n, &r->form, v, msgs);
		form_fill(d, f, n, &r->form, v);
	} else {
		form_set(d, "name", g->name);
		form_choice(d, "rule", plan_rule_code(g->rule));
	}
	for (i = 0; i < g->nsubs; i++) {
		const struct plans_sub	*s = &g->subs[i];
		const char		*dn = f[F__FIXED + 2 * i].name;
		const char		*gn = f[F__FIXED + 2 * i + 1].name;
		const struct valid_value *dv = &v[F__FIXED + 2 * i];
		const struct valid_value *gv = &v[F__FIXED + 2 * i + 1];

		t = tpl_section(d, "SUB");
		tpl_set(t, "LETTER", s->letter);
		tpl_set(t, "KIND", plan_kind_label(s->kind));
		tpl_set(t, "DNAME", dn);
		tpl_set(t, "GNAME", gn);
		if (r->method == HTTP_POST) {
			tpl_set(t, "DESCR", kv_str(&r->form, dn) != NULL ?
			    kv_str(&r->form, dn) : "");
			tpl_set(t, "GRP", kv_str(&r->form, gn) != NULL ?
			    kv_str(&r->form, gn) : "");
			if (dv->err != NULL)
				tpl_set(tpl_section(t, "DESCR_ERR"), "MSG",
				    dv->err);
			if (gv->err != NULL)
				tpl_set(tpl_section(t, "GRP_ERR"), "MSG",
				    gv->err);
		} else {
			tpl_set(t, "DESCR", s->descr);
			tpl_set_int(t, "GRP", s->group);
		}
	}
	if (r->method != HTTP_POST) {
		rc = 200;
		goto send;
	}
	if (errs > 0) {
		rc = 422;
		goto send;
	}

	if (db_begin() == -1)
		goto out;
	p[0] = arena_printf(r->ar, "%d", year);
	p[1] = g->id;
	p[2] = v[F_NAME].str;
	p[3] = v[F_RULE].str;
	if ((res = db_exec(STMT_PLAN_GOAL_SET, p)) == NULL)
		goto fail;
	if (PQntuples(res) == 1) {
		changed++;
		if (staff_audit("plan_goal", g->id, "edit", arena_printf(r->ar,
		    "mål %s %d: »%s«, regel %s", g->number, year, p[2],
		    p[3])) == -1)
			goto fail;
	}
	for (i = 0; i < g->nsubs; i++) {
		PQclear(res);
		p[0] = g->id;
		p[1] = g->subs[i].id;
		p[2] = v[F__FIXED + 2 * i].str;
		p[3] = arena_printf(r->ar, "%lld",
		    (long long)v[F__FIXED + 2 * i + 1].num);
		if ((res = db_exec(STMT_PLAN_SUB_SET, p)) == NULL)
			goto fail;
		if (PQntuples(res) == 1) {
			changed++;
			if (staff_audit("plan_subgoal", g->subs[i].id, "edit",
			    arena_printf(r->ar, "mål %s %s %d: gruppe %s, "
			    "beskrivelse »%s«", g->number, g->subs[i].letter,
			    year, p[3], p[2])) == -1)
				goto fail;
		}
	}
	if (db_commit() == -1)
		goto fail;
	tpl_dict_free(pg.root);
	d = NULL;
	http_redirect(r, arena_printf(r->ar, "%s?done=1%s", url,
	    changed > 0 ? "" : "&same=1"));
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
