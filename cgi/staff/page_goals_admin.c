/*
 * /staff/goals/admin: every service-time goal, active or not, and a form
 * for a new one (role admin).  A goal's population (which cases, from
 * which event to which) is fixed when it is made; its name, place in the
 * order and state are changed here, its rule (unit, limit, target,
 * pauses, period) by versions at /staff/goals/<code>/versions.  A new goal
 * is inactive until it has a version; every change is audited.
 */
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "goals.h"

enum {
	F_ACTION, F_ID, F_CODE, F_NAME, F_POPULATION, F_SORT, F_ACTIVE,
	F_ONCE, F__MAX
};

enum { A_ADD, A_SAVE };

static const char *const actions[] = {
	[A_ADD] = "add",
	[A_SAVE] = "save",
	NULL
};

#define CODE_OF(c, code, label, start, stop, role)	code,
static const char *const populations[] = { GOAL_POPULATIONS(CODE_OF) NULL };
#undef CODE_OF

static const struct valid_field fields[F__MAX] = {
	[F_ACTION] =	{ "action", "Handling", VT_ENUM, VF_REQUIRED, 0, 0,
			  actions },
	[F_ID] =	{ "id", "Mål", VT_INT, 0, 1, INT64_MAX, NULL },
	/* Only a new goal has a code and a population (goal_code_ok()). */
	[F_CODE] =	{ "code", "Kode", VT_LINE, 0, 1, 40, NULL },
	[F_NAME] =	{ "name", "Navn", VT_LINE, VF_REQUIRED, 1, 200, NULL },
	[F_POPULATION] = { "population", "Sager", VT_ENUM, 0, 0, 0,
			  populations },
	[F_SORT] =	{ "sort", "Rækkefølge", VT_INT, VF_REQUIRED, 0, 9999,
			  NULL },
	[F_ACTIVE] =	{ "active", "Aktiv", VT_BOOL, 0, 0, 0, NULL },
	/* Only the form of a new goal creates something (and has one). */
	[F_ONCE] =	{ "once", "Formularens engangsnøgle", VT_TOKEN, 0,
			  CRYPTO_TOKEN_CHARS, CRYPTO_TOKEN_CHARS, NULL },
};

/*
 * What is wrong with a new goal's code, or NULL: the shape sql/012
 * checks (it is a part of URLs), and not the name of another page under
 * /staff/goals/.
 */
static const char *
code_error(struct http_req *r, const char *code)
{
	const char	*s;

	if (*code < 'a' || *code > 'z')
		return "»Kode« skal begynde med et lille bogstav (a–z).";
	for (s = code; *s != '\0'; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
		    *s == '_' || *s == '.'))
			return "»Kode« må kun indeholde små bogstaver a–z, "
			    "tal, punktum og understregning.";
	if (!staff_route_is(arena_printf(r->ar, "/staff/goals/%s", code),
	    page_goal))
		return "»Kode« er navnet på en side under målene. Vælg en "
		    "anden kode.";
	return NULL;
}

/* An error of the goal being saved: in its row and in the summary,
 * linked to the row's own input ("name-<id>"). */
static void
row_error(struct http_req *r, struct tpl_dict *d, struct tpl_dict *row,
    const char *field, const char *id, const char *msg)
{
	struct tpl_dict	*e;

	tpl_set(tpl_section(row, arena_printf(r->ar, "ROW_%s_ERR",
	    strcmp(field, "name") == 0 ? "NAME" : strcmp(field, "sort") == 0 ?
	    "SORT" : "ACTIVE")), "MSG", msg);
	tpl_show(d, "HAS_ERRORS");
	e = tpl_section(d, "ERRORS");
	tpl_set(e, "FIELD", arena_printf(r->ar, "%s-%s", field, id));
	tpl_set(e, "MSG", msg);
}

/* The rule of a goal's newest version in words: "155 kalenderdage, 90 %". */
static const char *
rule_words(struct http_req *r, PGresult *res, int i)
{
	if (db_isnull(res, i, GOAL_ALL_unit))
		return "Ingen version endnu";
	return arena_printf(r->ar, "%s %s, %s", db_val(res, i,
	    GOAL_ALL_limit_n), goaldef_unit_label(goaldef_unit(db_val(res, i,
	    GOAL_ALL_unit))), goals_pct(r, atoi(db_val(res, i,
	    GOAL_ALL_target_permille))));
}

/*
 * The list, each goal a row of its own form, and the form of a new one.
 * With v, the typing comes back where it was typed; msg is an error of
 * field (of the row being saved, or of the new goal) that is not one of
 * its format.  A row being saved that is not in the list is no goal: 404.
 */
static int
admin_page(struct http_req *r, int status, const struct valid_value *v,
    const char *field, const char *msg)
{
	struct page	 pg;
	struct tpl_dict	*d, *c, *o;
	PGresult	*res;
	const char	*gid, *in;
	int		 i, k, save, pop, found = 0;

	if ((res = db_exec(STMT_GOAL_ALL, NULL)) == NULL)
		return 503;
	d = page_new(r, &pg, "staff/goals_admin.tpl", "Mål: opsætning");
	save = v != NULL && v[F_ACTION].err == NULL &&
	    v[F_ACTION].num == A_SAVE;
	for (i = 0; i < PQntuples(res); i++) {
		c = tpl_section(d, "GOAL");
		gid = db_val(res, i, GOAL_ALL_id);
		tpl_set(c, "GID", gid);
		tpl_set(c, "GCODE", db_val(res, i, GOAL_ALL_code));
		pop = goaldef_population(db_val(res, i, GOAL_ALL_population));
		tpl_set(c, "GPOP", goaldef_population_label(pop));
		tpl_set(c, "GEVENTS", arena_printf(r->ar, "%s → %s",
		    goaldef_population_start(pop),
		    goaldef_population_stop(pop)));
		tpl_set(c, "GRULE", rule_words(r, res, i));
		tpl_set(c, "GVERSIONS", db_val(res, i, GOAL_ALL_versions));
		if (strcmp(db_val(res, i, GOAL_ALL_active), "t") == 0)
			tpl_show(c, "GSHOWN");
		if (save && strcmp(v[F_ID].str, gid) == 0) {
			found = 1;
			in = kv_str(&r->form, "name");
			tpl_set(c, "GNAME", in != NULL ? in : "");
			in = kv_str(&r->form, "sort");
			tpl_set(c, "GSORT", in != NULL ? in : "");
			if (v[F_ACTIVE].num)
				tpl_show(c, "GACTIVE");
			if (v[F_NAME].err != NULL)
				row_error(r, d, c, "name", gid, v[F_NAME].err);
			if (v[F_SORT].err != NULL)
				row_error(r, d, c, "sort", gid, v[F_SORT].err);
			if (msg != NULL)
				row_error(r, d, c, field, gid, msg);
			continue;
		}
		tpl_set(c, "GNAME", db_val(res, i, GOAL_ALL_name));
		tpl_set(c, "GSORT", db_val(res, i, GOAL_ALL_sort));
		if (strcmp(db_val(res, i, GOAL_ALL_active), "t") == 0)
			tpl_show(c, "GACTIVE");
	}
	PQclear(res);
	if (save && !found) {
		tpl_dict_free(pg.root);
		return app_error(r, 404, "Målet findes ikke.");
	}
	tpl_show(d, i == 0 ? "NO_GOAL" : "ANY_GOAL");
	for (k = 0; populations[k] != NULL; k++) {
		o = tpl_section(d, "POP_OPT");
		tpl_set(o, "VALUE", populations[k]);
		tpl_set(o, "LABEL", arena_printf(r->ar, "%s: %s → %s",
		    goaldef_population_label(k), goaldef_population_start(k),
		    goaldef_population_stop(k)));
		if (v != NULL && !save && v[F_POPULATION].present &&
		    v[F_POPULATION].num == k)
			tpl_show(o, "SELECTED");
	}
	if (v != NULL && !save) {
		form_fill(d, fields, F__MAX, &r->form, v);
		if (msg != NULL)
			form_error(d, field, msg);
	}
	if (v == NULL || save || v[F_ONCE].err != NULL || !v[F_ONCE].present)
		form_set(d, "once", app_once_new(r));
	if (v == NULL && *staff_query(r, "again") != '\0')
		tpl_show(d, "AGAIN");
	if (v == NULL && *staff_query(r, "created") != '\0')
		tpl_set(tpl_section(d, "CREATED"), "CODE",
		    staff_query(r, "created"));
	return page_send(r, &pg, status);
}

int
page_goals_admin(struct http_req *r)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	const char		*p[4], *err, *field = NULL, *detail;
	PGresult		*res = NULL;
	char			 hash[CRYPTO_HASHHEX];
	size_t			 nerr;
	int			 rc = 503, add, k;

	if (r->method != HTTP_POST) {
		rc = admin_page(r, 200, NULL, NULL, NULL);
		goto out;
	}
	nerr = valid_form(fields, F__MAX, &r->form, v, msgs);
	if (v[F_ACTION].err != NULL || v[F_ID].err != NULL ||
	    (v[F_ACTION].num == A_SAVE && !v[F_ID].present)) {
		rc = app_error(r, 400, "Formularen angav ingen kendt "
		    "handling eller noget mål.");
		goto out;
	}
	add = v[F_ACTION].num == A_ADD;
	if (add) {
		if (!v[F_ONCE].present || v[F_ONCE].err != NULL) {
			rc = app_error(r, 400, STAFF_ONCE_STALE);
			goto out;
		}
		/* Required of a new goal only: the rows have neither. */
		err = NULL;
		if (v[F_CODE].err == NULL && !v[F_CODE].present)
			err = "Udfyld feltet »Kode«.";
		else if (v[F_CODE].err == NULL)
			err = code_error(r, v[F_CODE].str);
		if (err != NULL) {
			v[F_CODE].err = err;
			nerr++;
		}
		if (v[F_POPULATION].err == NULL && !v[F_POPULATION].present) {
			v[F_POPULATION].err = "Vælg, hvilke sager målet "
			    "gælder.";
			nerr++;
		}
	}
	if (nerr > 0) {
		rc = admin_page(r, 422, v, NULL, NULL);
		goto out;
	}
	if (db_begin() == -1)
		goto out;
	/* A double click on Opret: the first made the goal. */
	if (add && (k = staff_once_claim(r, "goal", v[F_ONCE].str,
	    v[F_CODE].str, NULL, hash)) != 1) {
		db_rollback();
		if (k == 0) {
			http_redirect(r, "/staff/goals/admin?again=1");
			rc = 0;
		}
		goto out;
	}
	if (add) {
		p[0] = v[F_CODE].str;
		p[1] = v[F_NAME].str;
		p[2] = populations[v[F_POPULATION].num];
		p[3] = v[F_SORT].str;
		res = db_exec(STMT_GOAL_NEW, p);
	} else {
		p[0] = v[F_ID].str;
		p[1] = v[F_NAME].str;
		p[2] = v[F_SORT].str;
		p[3] = v[F_ACTIVE].num ? "t" : "f";
		res = db_exec(STMT_GOAL_SET, p);
	}
	if (res == NULL) {
		db_rollback();
		goto out;
	}
	if (PQntuples(res) != 1) {
		/* Nothing changed (the claim of the key goes with it). */
		db_rollback();
		if (add) {
			field = "code";
			err = "Der findes allerede et mål med den kode.";
		} else {
			field = "active";
			err = "Målet kan først gøres aktivt, når det har en "
			    "version. Tilføj en under »Versioner«.";
		}
		rc = admin_page(r, 409, v, field, err);
		goto out;
	}
	if (add) {
		detail = arena_printf(r->ar, "%s: %s (%s), rækkefølge %s",
		    v[F_CODE].str, v[F_NAME].str, p[2], p[3]);
		if (staff_once_set(hash, db_val(res, 0, GOAL_NEW_id)) == -1 ||
		    staff_audit("goal", db_val(res, 0, GOAL_NEW_id), "create",
		    detail) == -1)
			goto fail;
	} else {
		detail = arena_printf(r->ar, "%s: %s, rækkefølge %s, %s",
		    db_val(res, 0, GOAL_SET_code), v[F_NAME].str, p[2],
		    v[F_ACTIVE].num ? "aktiv" : "inaktiv");
		if (staff_audit("goal", v[F_ID].str, "edit", detail) == -1)
			goto fail;
	}
	if (db_commit() == -1)
		goto fail;
	http_redirect(r, add ? arena_printf(r->ar,
	    "/staff/goals/admin?created=%s", staff_urlenc(r, v[F_CODE].str)) :
	    "/staff/goals/admin");
	rc = 0;
	goto out;
fail:
	db_rollback();
out:
	PQclear(res);
	return rc;
}
