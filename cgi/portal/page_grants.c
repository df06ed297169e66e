/* /grants/: the catalogue of published pools. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cal.h"
#include "form.h"

#include "portal.h"
#include "valid.h"

/* A pool's status as the public sees it: the keys of its labels. */
static const char *const status_key[][2] = {
	{ "upcoming",	"G_POOL_STATUS_UPCOMING" },
	{ "open",	"G_POOL_STATUS_OPEN" },
	{ "closed",	"G_POOL_STATUS_CLOSED" },
	{ "disbursed",	"G_POOL_STATUS_DISBURSED" },
};

void
pool_fill(struct http_req *r, struct tpl_dict *d, const PGresult *res,
    int row)
{
	const char	*st = db_val(res, row, POOL_LIST_status);

	tpl_set(d, "ID", db_val(res, row, POOL_LIST_id));
	tpl_set(d, "NAME", db_val(res, row, POOL_LIST_name));
	tpl_set(d, "THEME", db_val(res, row, POOL_LIST_theme));
	form_amount(d, "AMOUNT", db_val(res, row, POOL_LIST_amount_ore));
	tpl_set(d, "CLOSES", db_val(res, row, POOL_LIST_closes));
	tpl_set(d, "STATUS", st);
	tpl_set(d, "STATUS_LABEL", APP_LABEL(r, status_key, st));
}

/*
 * The catalogue changes seldom and is read on every visit, so each worker
 * keeps the last result.  It is good while no pool has changed (the
 * trigger in sql/002 notifies, see db_generation()), the connection is the
 * same, and it is the same day in Copenhagen ("upcoming" and "closed"
 * depend on the date).
 */
static PGresult		*pool_cache;
static unsigned long	 pool_cache_gen;
static cal_day		 pool_cache_day;

const PGresult *
pool_list(void)
{
	PGresult	*res;
	cal_day		 today = cal_local_day(time(NULL), NULL);

	if (pool_cache != NULL && pool_cache_gen == db_generation() &&
	    pool_cache_day == today)
		return pool_cache;
	if ((res = db_exec(STMT_POOL_LIST, NULL)) == NULL)
		return NULL;
	PQclear(pool_cache);
	pool_cache = res;
	pool_cache_gen = db_generation();
	pool_cache_day = today;
	return pool_cache;
}

enum { Q_TEXT, Q_THEME, Q_STATUS, Q__MAX };

static const char *const statuses[] = {
	"open", "upcoming", "closed", "disbursed", NULL
};

static const struct valid_field filters[Q__MAX] = {
	[Q_TEXT] = { "q", "G_GR_Q", VT_LINE, 0, 0, 100, NULL },
	[Q_THEME] = { "theme", "G_GR_THEME", VT_LINE, 0, 0, 100, NULL },
	[Q_STATUS] = { "status", "G_GR_STATUS", VT_ENUM, 0, 0, 0, statuses },
};

/* /grants/: the catalogue, searchable by text, theme and status. */
int
page_grants(struct http_req *r)
{
	struct valid_value	 v[Q__MAX];
	struct valid_msgbuf	 msgs[Q__MAX];
	struct page		 pg;
	struct tpl_dict		*d, *t;
	const PGresult		*res;
	const char		*theme, *last = "";
	int			 i, n, shown = 0, filtered;

	if ((res = pool_list()) == NULL)
		return 503;
	d = page_new(r, &pg, "portal/grants.tpl",
	    app_str(r, "G_GR_TITLE"));
	if (valid_form(filters, Q__MAX, &r->query, v, msgs) > 0) {
		form_fill(d, filters, Q__MAX, &r->query, v);
		return page_send(r, &pg, 400);
	}
	form_fill(d, filters, Q__MAX, &r->query, v);
	filtered = v[Q_TEXT].present || v[Q_THEME].present ||
	    v[Q_STATUS].present;
	n = PQntuples(res);
	for (i = 0; i < n; i++) {
		/* The list is ordered by theme: one option per theme. */
		theme = db_val(res, i, POOL_LIST_theme);
		if (strcmp(theme, last) != 0) {
			t = tpl_section(d, "THEME_OPT");
			tpl_set(t, "OPT", theme);
			if (strcmp(theme, v[Q_THEME].str) == 0)
				tpl_show(t, "SELECTED");
			last = theme;
		}
		if (v[Q_THEME].present && strcmp(theme, v[Q_THEME].str) != 0)
			continue;
		if (v[Q_STATUS].present &&
		    strcmp(db_val(res, i, POOL_LIST_status),
		    v[Q_STATUS].str) != 0)
			continue;
		if (v[Q_TEXT].present &&
		    !str_casecontains(db_val(res, i, POOL_LIST_name),
		    v[Q_TEXT].str) &&
		    !str_casecontains(db_val(res, i, POOL_LIST_purpose),
		    v[Q_TEXT].str) &&
		    !str_casecontains(theme, v[Q_TEXT].str))
			continue;
		pool_fill(r, tpl_section(d, "POOL"), res, i);
		shown++;
	}
	tpl_set_int(d, "COUNT", shown);
	tpl_set_int(d, "TOTAL", n);
	if (filtered)
		tpl_show(d, "FILTERED");
	tpl_show(d, shown == 0 ? "EMPTY" : "HAS_POOLS");
	return page_send(r, &pg, 200);
}
