/*
 * /staff/goals/<code>/versions: a goal's versions and a form for a new
 * one (role admin).  A change of unit, limit, target or rule is a new
 * version valid from a day (sql/012); a case is judged by the version in
 * force on the day its clock started.  The form carries a one-time key,
 * so a repeat of its POST makes no second version; each new version is
 * audited in the transaction that makes it.
 */
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "goals.h"
#include "valid.h"

enum {
	F_FROM, F_UNIT, F_LIMIT, F_TARGET, F_PAUSES, F_PERIOD, F_ONCE, F__MAX
};

#define CODE_OF(c, code, label)	code,
static const char *const units[] = { GOAL_UNITS(CODE_OF) NULL };
static const char *const pauses[] = { GOAL_PAUSES(CODE_OF) NULL };
static const char *const periods[] = { GOAL_PERIODS(CODE_OF) NULL };
#undef CODE_OF

#define MONTHS_MAX	120	/* the limit in months: 10 years, as 3650 days */

static const struct valid_field fields[F__MAX] = {
	[F_FROM] =	{ "valid_from", "Gælder fra", VT_DATE, VF_REQUIRED,
			  0, 0, NULL },
	[F_UNIT] =	{ "unit", "Enhed", VT_ENUM, VF_REQUIRED, 0, 0, units },
	[F_LIMIT] =	{ "limit", "Frist", VT_INT, VF_REQUIRED, 0, 3650,
			  NULL },
	/* Percent with at most one decimal: checked by pct_pm(). */
	[F_TARGET] =	{ "target", "Mål for andel", VT_LINE, VF_REQUIRED, 1,
			  8, NULL },
	[F_PAUSES] =	{ "pauses", "Pauseregel", VT_ENUM, VF_REQUIRED, 0, 0,
			  pauses },
	[F_PERIOD] =	{ "period_rule", "Periodens regel", VT_ENUM,
			  VF_REQUIRED, 0, 0, periods },
	[F_ONCE] =	STAFF_ONCE_FIELD,
};

/*
 * "90", "92,5" or "92.5" (0..100, at most one decimal) as per mille, or
 * -1.
 */
static int
pct_pm(const char *s)
{
	int	 n = 0, digits = 0;

	for (; *s >= '0' && *s <= '9'; s++) {
		if (++digits > 3)
			return -1;
		n = n * 10 + (*s - '0');
	}
	if (digits == 0)
		return -1;
	n *= 10;
	if (*s == ',' || *s == '.') {
		s++;
		if (*s < '0' || *s > '9')
			return -1;
		n += *s++ - '0';
	}
	if (*s != '\0' || n > 1000)
		return -1;
	return n;
}

/* Per mille as the form shows it: "90" or "92,5". */
static const char *
pm_str(struct http_req *r, int pm)
{
	if (pm % 10 == 0)
		return arena_printf(r->ar, "%d", pm / 10);
	return arena_printf(r->ar, "%d,%d", pm / 10, pm % 10);
}

/* The options of a code list, the one equal to cur selected. */
static void
options(struct tpl_dict *d, const char *section, const char *const *codes,
    const char *(*label)(int), const char *cur)
{
	struct tpl_dict	*t;
	int		 i;

	for (i = 0; codes[i] != NULL; i++) {
		t = tpl_section(d, section);
		tpl_set(t, "VALUE", codes[i]);
		tpl_set(t, "LABEL", label(i));
		if (cur != NULL && strcmp(cur, codes[i]) == 0)
			tpl_show(t, "SELECTED");
	}
}

/* The goal's versions into d; the newest's values into last (or NULL). */
static int
list(struct http_req *r, struct tpl_dict *d, const char *goal,
    const char **last, int *n)
{
	const char	*p[1] = { goal };
	struct tpl_dict	*t;
	PGresult	*res;
	int		 i;

	if ((res = db_exec(STMT_GOAL_VERSIONS, p)) == NULL)
		return -1;
	for (i = 0; i < PQntuples(res); i++) {
		t = tpl_section(d, "VERSION");
		tpl_set(t, "FROM", db_val(res, i, GOAL_VERSIONS_valid_day));
		tpl_set(t, "UNIT", goaldef_unit_label(goaldef_unit(
		    db_val(res, i, GOAL_VERSIONS_unit))));
		tpl_set(t, "LIMIT", db_val(res, i, GOAL_VERSIONS_limit_n));
		tpl_set(t, "TARGET", goals_pct(r, atoi(db_val(res, i,
		    GOAL_VERSIONS_target_permille))));
		tpl_set(t, "PAUSES", goaldef_pause_label(goaldef_pause(
		    db_val(res, i, GOAL_VERSIONS_pauses))));
		tpl_set(t, "PERIOD", goaldef_period_label(goaldef_period(
		    db_val(res, i, GOAL_VERSIONS_period_rule))));
		if (*db_val(res, i, GOAL_VERSIONS_staff_name) != '\0')
			tpl_set(tpl_section(t, "BY"), "NAME", db_val(res, i,
			    GOAL_VERSIONS_staff_name));
		else
			tpl_show(t, "SEEDED");
		tpl_set(t, "CREATED", db_val(res, i, GOAL_VERSIONS_created_at));
	}
	if (PQntuples(res) > 0) {
		last[F_UNIT] = arena_strdup(r->ar, db_val(res, 0,
		    GOAL_VERSIONS_unit));
		last[F_LIMIT] = arena_strdup(r->ar, db_val(res, 0,
		    GOAL_VERSIONS_limit_n));
		last[F_TARGET] = pm_str(r, atoi(db_val(res, 0,
		    GOAL_VERSIONS_target_permille)));
		last[F_PAUSES] = arena_strdup(r->ar, db_val(res, 0,
		    GOAL_VERSIONS_pauses));
		last[F_PERIOD] = arena_strdup(r->ar, db_val(res, 0,
		    GOAL_VERSIONS_period_rule));
	}
	*n = PQntuples(res);
	PQclear(res);
	return 0;
}

int
page_goal_versions(struct http_req *r)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	struct page		 pg;
	struct tpl_dict		*d = NULL;
	const char		*p[8], *cur[F__MAX] = { NULL }, *gid, *code;
	const char		*name, *ref, *url, *detail;
	PGresult		*res = NULL;
	char			 hash[CRYPTO_HASHHEX];
	size_t			 errs = 0, i;
	char			 day[11];
	int			 claim, nv, pm = -1, rc = 503;

	p[0] = r->args[0];
	if ((res = db_exec(STMT_GOAL_BY_CODE, p)) == NULL)
		goto out;
	if (PQntuples(res) == 0) {
		rc = 404;
		goto out;
	}
	gid = arena_strdup(r->ar, db_val(res, 0, GOAL_BY_CODE_id));
	code = arena_strdup(r->ar, db_val(res, 0, GOAL_BY_CODE_code));
	name = arena_strdup(r->ar, db_val(res, 0, GOAL_BY_CODE_name));
	PQclear(res);
	res = NULL;
	url = arena_printf(r->ar, "/staff/goals/%s/versions", code);

	d = page_new(r, &pg, "staff/goal_versions.tpl", arena_printf(r->ar,
	    "Versioner: %s", name));
	tpl_set(d, "CODE", code);
	tpl_set(d, "NAME", name);
	tpl_set(d, "ACTION_URL", url);
	if (list(r, d, gid, cur, &nv) == -1)
		goto out;
	if (kv_str(&r->query, "done") != NULL)
		tpl_show(d, kv_str(&r->query, "again") != NULL ? "AGAIN" :
		    "CREATED");

	if (r->method != HTTP_POST) {
		tpl_set(d, "ONCE", app_once_new(r));
		for (i = 0; i < F_ONCE; i++)
			if (cur[i] != NULL)
				form_set(d, fields[i].name, cur[i]);
		goto form;
	}
	errs = valid_form(fields, F__MAX, &r->form, v, msgs);
	if (v[F_ONCE].err != NULL) {	/* a form from before, or by hand */
		tpl_dict_free(pg.root);
		d = NULL;
		rc = app_error(r, 400, STAFF_ONCE_STALE);
		goto out;
	}
	form_fill(d, fields, F_ONCE, &r->form, v);
	tpl_set(d, "ONCE", v[F_ONCE].str);
	for (i = 0; i < F_ONCE; i++)
		cur[i] = kv_str(&r->form, fields[i].name);
	if (v[F_TARGET].err == NULL &&
	    (pm = pct_pm(v[F_TARGET].str)) == -1) {
		form_error(d, "target", "»Mål for andel« skal være en "
		    "procentsats mellem 0 og 100 med højst én decimal, fx 90 "
		    "eller 92,5.");
		errs++;
	}
	if (v[F_LIMIT].err == NULL && v[F_UNIT].err == NULL &&
	    goaldef_unit(v[F_UNIT].str) == GOAL_MONTHS &&
	    v[F_LIMIT].num > MONTHS_MAX) {
		form_error(d, "limit", arena_printf(r->ar, "»Frist« skal være "
		    "mellem 0 og %d, når enheden er måneder.", MONTHS_MAX));
		errs++;
	}
	/* The dashboard judges by at most GOAL_MAXVERSIONS (a bitmask). */
	if (nv >= GOAL_MAXVERSIONS) {
		form_error(d, "valid_from", arena_printf(r->ar, "Målet har "
		    "allerede %d versioner, det højeste antal.", nv));
		errs++;
	}
	if (errs > 0) {
		rc = 422;
		goto form;
	}
	cal_format((cal_day)v[F_FROM].num, day);

	p[0] = gid;
	p[1] = day;
	p[2] = v[F_UNIT].str;
	p[3] = arena_printf(r->ar, "%lld", (long long)v[F_LIMIT].num);
	p[4] = arena_printf(r->ar, "%d", pm);
	p[5] = v[F_PAUSES].str;
	p[6] = v[F_PERIOD].str;
	p[7] = staff_user.id;
	if (db_begin() == -1)
		goto out;
	if ((claim = staff_once_claim(r, "goal_version", v[F_ONCE].str, NULL,
	    NULL, hash)) != 1) {
		/* The same form again: it made its version already. */
		db_rollback();
		if (claim == 0) {
			tpl_dict_free(pg.root);
			d = NULL;
			http_redirect(r, arena_printf(r->ar,
			    "%s?done=created&again=1", url));
			rc = 0;
		}
		goto out;
	}
	if ((res = db_exec(STMT_GOAL_VERSION_ADD, p)) == NULL)
		goto fail;
	if (PQntuples(res) == 0) {
		/* The key's claim goes with the rollback: the form may retry. */
		db_rollback();
		form_error(d, "valid_from", arena_printf(r->ar, "Målet har "
		    "allerede en version, der gælder fra %s. Vælg en anden "
		    "dato, eller lad den version stå.", day));
		rc = 422;
		goto form;
	}
	ref = arena_strdup(r->ar, db_val(res, 0, GOAL_VERSION_ADD_id));
	detail = arena_printf(r->ar, "%s: fra %s, %s %s, %s %%, %s, %s", ref,
	    p[1], p[3], p[2], pm_str(r, pm), p[5], p[6]);
	if (staff_once_set(hash, ref) == -1 ||
	    staff_audit("goal", gid, "version", detail) == -1 ||
	    db_commit() == -1)
		goto fail;
	tpl_dict_free(pg.root);
	d = NULL;
	http_redirect(r, arena_printf(r->ar, "%s?done=created", url));
	rc = 0;
	goto out;
form:
	options(d, "UNIT_OPT", units, goaldef_unit_label, cur[F_UNIT]);
	options(d, "PAUSES_OPT", pauses, goaldef_pause_label, cur[F_PAUSES]);
	options(d, "PERIOD_OPT", periods, goaldef_period_label,
	    cur[F_PERIOD]);
	d = NULL;
	rc = page_send(r, &pg, rc == 422 ? 422 : 200);
	goto out;
fail:
	db_rollback();
out:
	if (d != NULL)
		tpl_dict_free(pg.root);
	PQclear(res);
	return rc;
}
