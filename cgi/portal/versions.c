/*
 * The versions of a case (sql/006: submission_version and its lines and
 * files), as the recipient's case page lists them, and the deviation
 * mark of an account line, shared by the case page and the accounts form.
 */
#include <stdlib.h>
#include <string.h>

#include "grant.h"
#include "portal.h"

/* How a version was sent: the keys of the labels. */
static const char *const source_key[][2] = {
	{ "form", "G_SOURCE_FORM" },
	{ "xml", "G_SOURCE_XML" },
	{ "import", "G_SOURCE_IMPORT" },
};

int
portal_deviation(struct tpl_dict *d, const char *sect, int64_t budget,
    int64_t actual, int permille)
{
	struct tpl_dict	*s;
	char		 pct[32];
	int64_t		 pm;

	if (!grant_deviates(budget, actual, permille))
		return 0;
	s = tpl_section(d, sect);
	if (grant_deviation(budget, actual, &pm) == -1) {
		tpl_show(s, "NO_BUDGET");
		return 1;
	}
	tpl_set(s, "PCT", grant_fmt_permille(pm, pct, sizeof(pct)));
	tpl_show(s, pm > 0 ? "OVER" : "UNDER");
	return 1;
}

int
portal_versions(struct http_req *r, struct tpl_dict *d, const char *sid,
    int permille)
{
	const char	*params[1] = { sid }, *k;
	PGresult	*ver = NULL, *lines = NULL, *files = NULL;
	struct tpl_dict	*all = NULL, *v, *t, *s;
	char		 amount[48];
	int		 i, li = 0, fi = 0, rc = -1;
	int64_t		 b, a;

	if ((ver = db_exec(STMT_VER_LIST, params)) == NULL ||
	    (lines = db_exec(STMT_VER_LINES, params)) == NULL ||
	    (files = db_exec(STMT_VER_FILES, params)) == NULL)
		goto out;
	if (PQntuples(ver) > 0)
		all = tpl_section(d, "VERSIONS");
	/* All three come newest version first. */
	for (i = 0; i < PQntuples(ver); i++) {
		const char *no = db_val(ver, i, 0);

		v = tpl_section(all, "VERSION");
		tpl_set(v, "NO", no);
		tpl_set(v, "AT", db_val(ver, i, 1));
		k = LABEL_OF(source_key, db_val(ver, i, 2));
		tpl_set(v, "SOURCE", k != NULL ? app_str(r, k) :
		    db_val(ver, i, 2));
		if (strcmp(db_val(ver, i, 6), "t") == 0)
			tpl_show(v, "CURRENT");
		if (li >= PQntuples(lines) ||
		    strcmp(db_val(lines, li, 0), no) != 0) {
			t = tpl_section(v, "TEXTS");
			tpl_set(t, "PROGRESS", db_val(ver, i, 3));
			tpl_set(t, "MILESTONES", db_val(ver, i, 4));
			tpl_set(t, "DEVIATIONS", db_val(ver, i, 5));
		} else
			t = tpl_section(v, "LINES");
		tpl_set(t, "NO", no);
		for (; li < PQntuples(lines) &&
		    strcmp(db_val(lines, li, 0), no) == 0; li++) {
			s = tpl_section(t, "LINE");
			b = strtoll(db_val(lines, li, 3), NULL, 10);
			a = strtoll(db_val(lines, li, 4), NULL, 10);
			tpl_set(s, "TEXT", db_val(lines, li, 2));
			tpl_set(s, "BUDGET", valid_fmt_amount(b, amount,
			    sizeof(amount)));
			tpl_set(s, "ACTUAL", valid_fmt_amount(a, amount,
			    sizeof(amount)));
			tpl_set(s, "EXPLANATION", db_val(lines, li, 5));
			portal_deviation(s, "DEVIATION", b, a, permille);
		}
		if (fi >= PQntuples(files) ||
		    strcmp(db_val(files, fi, 0), no) != 0)
			tpl_show(v, "NO_VFILES");
		else
			t = tpl_section(v, "VFILES");
		for (; fi < PQntuples(files) &&
		    strcmp(db_val(files, fi, 0), no) == 0; fi++) {
			s = tpl_section(t, "VFILE");
			tpl_set(s, "ID", db_val(files, fi, 1));
			tpl_set(s, "NAME", db_val(files, fi, 2));
			tpl_setf(s, "KB", "%lld", (strtoll(db_val(files, fi, 3),
			    NULL, 10) + 1023) / 1024);
			if (strcmp(db_val(files, fi, 4), "revisor") == 0)
				tpl_show(s, "IS_AUDITOR");
		}
	}
	rc = PQntuples(ver);
out:
	PQclear(ver);
	PQclear(lines);
	PQclear(files);
	return rc;
}
