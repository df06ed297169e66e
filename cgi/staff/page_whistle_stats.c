/*
 * /staff/whistle/stats?year=YYYY: the whistleblower reports of a year (by
 * default this year) and the year before, like the annual report's
 * Tabel 7: by offer type, by closing reason and by source, with the
 * change in percent; and by cause, where only the three most frequent
 * causes of the year are named ("For at sikre anonymiteten") and the
 * rest are one line.  A report counts in
 * the year it was received, as registered by staff where it has been,
 * and also after its content is deleted.  Every view is audited.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "form.h"
#include "staff.h"
#include "valid.h"
#include "wbcodes.h"
#include "wbstats.h"

#define MAX_CAUSES	64	/* the list has 15 */
#define TOP_CAUSES	3

enum { F_YEAR, F__MAX };

static const struct valid_field fields[F__MAX] = {
	[F_YEAR] = { "year", "År", VT_INT, 0, 2000, 2100, NULL },
};

/* Tabel 7's names of the offer types (wbcodes.h), parallel to the codes. */
#define TABLE7_OF(c, k, l, t)	t,
static const char *const offer_plural[] = { WB_OFFERS(TABLE7_OF) };

/* The most codes a tallied list (offers, closings, relations) has. */
#define MAX_CODES	16
#define ONE_MORE(c, ...)	+ 1
_Static_assert(0 WB_OFFERS(ONE_MORE) <= MAX_CODES, "too many offer types");
_Static_assert(0 WB_REASONS(ONE_MORE) <= MAX_CODES, "too many reasons");
_Static_assert(0 WB_RELATIONS(ONE_MORE) <= MAX_CODES, "too many relations");

/* Counts of one code list for the year before [0] and the year [1]. */
struct tally {
	const char *const	*codes;
	long long		 n[MAX_CODES][2];
	long long		 other[2];	/* codes not in the list */
};

static void
tally_add(struct tally *t, const char *code, int yi, long long n)
{
	size_t	 i;

	for (i = 0; t->codes[i] != NULL; i++)
		if (strcmp(t->codes[i], code) == 0) {
			t->n[i][yi] += n;
			return;
		}
	t->other[yi] += n;
}

static void
row(struct tpl_dict *tab, const char *section, const char *label,
    long long prev, long long cur)
{
	struct tpl_dict	*r = tpl_section(tab, section);
	char		 buf[32];

	tpl_set(r, "LABEL", label);
	tpl_set_int(r, "PREV", prev);
	tpl_set_int(r, "CUR", cur);
	tpl_set(r, "CHANGE", ws_fmt_change(prev, cur, buf, sizeof(buf)));
}

/* Both years' reports in a tally. */
static long long
tally_total(const struct tally *t)
{
	long long	 n = t->other[0] + t->other[1];
	size_t		 i;

	for (i = 0; t->codes[i] != NULL; i++)
		n += t->n[i][0] + t->n[i][1];
	return n;
}

/* One two-year table; labels parallel to the codes, other_label for the
 * rest (shown only when there are any). */
static void
table(struct tpl_dict *d, const char *id, const char *title,
    const char *head, const struct tally *t, const char *const *labels,
    const char *other_label)
{
	struct tpl_dict	*tab = tpl_section(d, "TABLE");
	long long	 tot[2];
	size_t		 i;

	tpl_set(tab, "TABLE_ID", id);
	tpl_set(tab, "TITLE", title);
	tpl_set(tab, "HEAD", head);
	tot[0] = t->other[0];
	tot[1] = t->other[1];
	for (i = 0; t->codes[i] != NULL; i++) {
		row(tab, "ROW", labels != NULL ? labels[i] :
		    whistle_label(t->codes, t->codes[i]), t->n[i][0],
		    t->n[i][1]);
		tot[0] += t->n[i][0];
		tot[1] += t->n[i][1];
	}
	if (t->other[0] > 0 || t->other[1] > 0)
		row(tab, "ROW", other_label, t->other[0], t->other[1]);
	row(tab, "TOTAL", "I alt", tot[0], tot[1]);
}

static void
share(struct tpl_dict *r, long long n, long long total)
{
	tpl_set_int(r, "N", n);
	tpl_set_int(r, "SHARE", total > 0 ? (200 * n + total) / (2 * total) :
	    0);
}

/* The year's causes: the top three by name, the rest as one line. */
static void
causes(struct http_req *r, struct tpl_dict *d, const PGresult *res, int year)
{
	const char	*label[MAX_CAUSES];
	long long	 n[MAX_CAUSES], none = 0, rest, total = 0, c_n;
	size_t		 top[TOP_CAUSES], ntop, k = 0, i;
	struct tpl_dict	*c;
	int		 j;

	for (j = 0; j < PQntuples(res); j++) {
		if (strcmp(db_val(res, j, WB_STATS_kind), "cause") != 0 ||
		    atoi(db_val(res, j, WB_STATS_year)) != year)
			continue;
		c_n = strtoll(db_val(res, j, WB_STATS_n), NULL, 10);
		total += c_n;
		if (*db_val(res, j, WB_STATS_code) == '\0')
			none += c_n;
		else if (k < MAX_CAUSES) {
			label[k] = arena_strdup(r->ar,
			    db_val(res, j, WB_STATS_label));
			n[k++] = c_n;
		}
	}
	ntop = ws_top(n, k, TOP_CAUSES, top, &rest);
	for (i = 0; i < ntop; i++) {
		c = tpl_section(d, "CAUSE");
		tpl_set(c, "LABEL", label[top[i]]);
		share(c, n[top[i]], total);
	}
	if (rest > 0)
		share(tpl_section(d, "CAUSE_REST"), rest, total);
	if (none > 0)
		share(tpl_section(d, "CAUSE_NONE"), none, total);
	share(tpl_section(d, "CAUSE_TOTAL"), total, total);
	tpl_show(d, total == 0 ? "NO_CAUSES" : "ANY_CAUSES");
}

int
page_whistle_stats(struct http_req *r)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	struct page		 pg;
	struct tpl_dict		*d, *t;
	struct tally		 offer, closing, relation;
	const char		*params[1], *kind, *code;
	PGresult		*res = NULL;
	int			 y, m, dd, year, yi, j, rc;
	long long		 n;

	d = page_new(r, &pg, "staff/whistle_stats.tpl",
	    "Statistik: whistleblowerhenvendelser");
	if (valid_form(fields, F__MAX, &r->query, v, msgs) > 0) {
		form_fill(d, fields, F__MAX, &r->query, v);
		rc = page_send(r, &pg, 400);
		goto out;
	}
	cal_to_ymd(cal_local_day(time(NULL), NULL), &y, &m, &dd);
	year = v[F_YEAR].present ? (int)v[F_YEAR].num : y;
	params[0] = arena_printf(r->ar, "%d", year);
	if (whistle_audit(NULL, "stats", params[0]) == -1 ||
	    (res = db_exec(STMT_WB_STATS, params)) == NULL) {
		tpl_dict_free(pg.root);
		rc = 503;
		goto out;
	}
	tpl_set_int(d, "YEAR", year);
	tpl_set_int(d, "PREV_YEAR", year - 1);
	tpl_show(d, "SHOWING");
	memset(&offer, 0, sizeof(offer));
	memset(&closing, 0, sizeof(closing));
	memset(&relation, 0, sizeof(relation));
	offer.codes = whistle_offer_types;
	closing.codes = whistle_closings;
	relation.codes = whistle_relations;
	for (j = 0; j < PQntuples(res); j++) {
		kind = db_val(res, j, WB_STATS_kind);
		code = db_val(res, j, WB_STATS_code);
		yi = atoi(db_val(res, j, WB_STATS_year)) == year ? 1 : 0;
		n = strtoll(db_val(res, j, WB_STATS_n), NULL, 10);
		if (strcmp(kind, "offer") == 0)
			tally_add(&offer, code, yi, n);
		else if (strcmp(kind, "closing") == 0)
			tally_add(&closing, code, yi, n);
		else if (strcmp(kind, "relation") == 0)
			tally_add(&relation, code, yi, n);
	}
	/* Every report is in each table once: one total says it all. */
	if (tally_total(&offer) == 0)
		tpl_show(d, "NO_DATA");
	else {
		t = tpl_section(d, "TABLES");
		table(t, "offer", "Henvendelser fordelt på tilbudstype",
		    "Tilbudstype", &offer, offer_plural, "Ukendt");
		table(t, "closing", "Henvendelser fordelt på lukningsårsag",
		    "Lukningsårsag", &closing, NULL, "Ikke lukket endnu");
		table(t, "source", "Henvendelser fordelt på kilde",
		    "Anmelderen", &relation, NULL, "Ukendt");
		causes(r, t, res, year);
	}
	rc = page_send(r, &pg, 200);
out:
	PQclear(res);
	return rc;
}
