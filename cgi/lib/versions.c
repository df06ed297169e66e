/*
 * The versions of a grant case, for the recipient's and the staff case
 * pages (versions.h).
 */
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "db.h"
#include "grant.h"
#include "util.h"
#include "valid.h"
#include "versions.h"

/* How a version was sent: the keys of its label (templates/i18n). */
static const char *const versions_source[][2] = {
	{ "form", "G_SOURCE_FORM" },
	{ "xml", "G_SOURCE_XML" },
	{ "import", "G_SOURCE_IMPORT" },
};

int
versions_deviation(struct tpl_dict *d, const char *sect, int64_t budget,
    int64_t actual, int permille)
{
	struct tpl_dict	*s;
	char		 pct[32];
	int64_t		 pm;

	if (!grant_deviates(budget, actual, permille))
		return 0;
	s = tpl_section(d, sect);
	if (grant_deviation(budget, actual, &pm) == -1)
		tpl_show(s, "NO_BUDGET");
	else {
		tpl_set(s, "PCT", grant_fmt_permille(pm, pct, sizeof(pct)));
		tpl_show(s, pm > 0 ? "OVER" : "UNDER");
	}
	return 1;
}

/* The account lines of version no, from row *li on. */
static void
versions_lines(struct tpl_dict *t, const PGresult *lines, int *li,
    const char *no, int permille)
{
	struct tpl_dict	*s;
	char		 amount[48];
	int64_t		 b, a;

	for (; *li < PQntuples(lines) &&
	    strcmp(db_val(lines, *li, VER_LINES_version), no) == 0; (*li)++) {
		s = tpl_section(t, "LINE");
		b = strtoll(db_val(lines, *li, VER_LINES_budget_ore), NULL, 10);
		a = strtoll(db_val(lines, *li, VER_LINES_actual_ore), NULL, 10);
		tpl_set(s, "TEXT", db_val(lines, *li, VER_LINES_text));
		tpl_set(s, "BUDGET", valid_fmt_amount(b, amount,
		    sizeof(amount)));
		tpl_set(s, "ACTUAL", valid_fmt_amount(a, amount,
		    sizeof(amount)));
		tpl_set(s, "EXPLANATION", db_val(lines, *li,
		    VER_LINES_explanation));
		versions_deviation(s, "DEVIATION", b, a, permille);
	}
}

/* The files of version no, from row *fi on. */
static void
versions_files(struct tpl_dict *v, const PGresult *files, int *fi,
    const char *no)
{
	struct tpl_dict	*t, *s;

	if (*fi >= PQntuples(files) ||
	    strcmp(db_val(files, *fi, VER_FILES_version), no) != 0) {
		tpl_show(v, "NO_VFILES");
		return;
	}
	t = tpl_section(v, "VFILES");
	for (; *fi < PQntuples(files) &&
	    strcmp(db_val(files, *fi, VER_FILES_version), no) == 0; (*fi)++) {
		s = tpl_section(t, "VFILE");
		tpl_set(s, "ID", db_val(files, *fi, VER_FILES_id));
		tpl_set(s, "NAME", db_val(files, *fi, VER_FILES_filename));
		tpl_setf(s, "KB", "%lld", (strtoll(db_val(files, *fi,
		    VER_FILES_size), NULL, 10) + 1023) / 1024);
		if (strcmp(db_val(files, *fi, VER_FILES_purpose), "revisor") == 0)
			tpl_show(s, "IS_AUDITOR");
	}
}

int
versions_fill(struct http_req *r, struct tpl_dict *d, const PGresult *ver,
    const PGresult *lines, const PGresult *files, int permille)
{
	struct tpl_dict	*v, *t;
	const char	*no;
	int		 i, li = 0, fi = 0;

	/* All three come newest version first. */
	for (i = 0; i < PQntuples(ver); i++) {
		no = db_val(ver, i, VER_LIST_version);
		v = tpl_section(d, "VERSION");
		tpl_set(v, "NO", no);
		tpl_set(v, "AT", db_val(ver, i, VER_LIST_at));
		tpl_set(v, "SOURCE", APP_LABEL(r, versions_source,
		    db_val(ver, i, VER_LIST_source)));
		if (strcmp(db_val(ver, i, VER_LIST_is_current), "t") == 0)
			tpl_show(v, "CURRENT");
		if (li < PQntuples(lines) &&
		    strcmp(db_val(lines, li, VER_LINES_version), no) == 0)
			t = tpl_section(v, "LINES");
		else {
			t = tpl_section(v, "TEXTS");
			tpl_set(t, "PROGRESS", db_val(ver, i, VER_LIST_progress));
			tpl_set(t, "MILESTONES", db_val(ver, i,
			    VER_LIST_milestones));
			tpl_set(t, "DEVIATIONS", db_val(ver, i,
			    VER_LIST_deviations));
		}
		tpl_set(t, "NO", no);
		versions_lines(t, lines, &li, no, permille);
		versions_files(v, files, &fi, no);
	}
	return PQntuples(ver);
}
