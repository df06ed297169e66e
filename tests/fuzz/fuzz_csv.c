/*
 * fuzz_csv: the CSV import (csv_open, csv_next), which reads the file a
 * staff member uploads on /staff/import; and the export writer (csvw_*)
 * on what the reader gave.
 *
 * Checked: each call gives 1, 0 or -1 (with a message), moves on, and
 * the reader ends; records have 1..CSV_MAXFIELDS fields of at most
 * CSV_MAXFIELD bytes, valid UTF-8 (own decoder); line numbers grow and
 * stay within the file.  Each record written again (every field quoted)
 * reads back the same; and through the export writer it reads back the
 * same, with a leading ' exactly where a cell would start a formula.
 */
#include "fuzz.h"

#include "csv.h"

static struct csv	 c, c2;

static int
count_lf(const uint8_t *p, size_t n)
{
	int	 k = 0;

	while (n-- > 0)
		k += *p++ == '\n';
	return k;
}

/* The record quoted field by field, read back. */
static void
quoted_trip(const struct csv *r)
{
	char	*b, *o;
	size_t	 i, cap = 3, j;

	for (i = 0; i < r->nfield; i++)
		cap += 2 * strlen(r->field[i]) + 3;
	o = b = malloc(cap);
	FUZZ_CHECK(b != NULL);
	for (i = 0; i < r->nfield; i++) {
		if (i > 0)
			*o++ = r->sep;
		*o++ = '"';
		for (j = 0; r->field[i][j] != '\0'; j++) {
			if (r->field[i][j] == '"')
				*o++ = '"';
			*o++ = r->field[i][j];
		}
		*o++ = '"';
	}
	*o++ = '\n';
	csv_open(&c2, b, (size_t)(o - b));
	FUZZ_CHECK(csv_next(&c2, NULL) == 1);
	FUZZ_CHECK(c2.nfield == r->nfield);
	for (i = 0; i < r->nfield; i++)
		FUZZ_CHECK(strcmp(c2.field[i], r->field[i]) == 0);
	FUZZ_CHECK(csv_next(&c2, NULL) == 0);
	free(b);
}

/* The record through the export writer, after a header row. */
static void
export_trip(const struct csv *r)
{
	struct csvw	 w;
	const char	*out, *f, *g;
	size_t		 i, len;

	if (r->nfield == 1 && r->field[0][0] == '\0')
		return;		/* one empty cell is a blank line */
	for (i = 0; i < r->nfield; i++)
		if (strlen(r->field[i]) == CSV_MAXFIELD)
			return;	/* no room for the ' */
	csvw_init(&w);
	csvw_text(&w, "a");
	csvw_text(&w, "b");
	csvw_endrow(&w);
	for (i = 0; i < r->nfield; i++)
		csvw_text(&w, r->field[i]);
	csvw_endrow(&w);
	FUZZ_CHECK((out = csvw_done(&w, &len)) != NULL);
	csv_open(&c2, out, len);
	FUZZ_CHECK(c2.sep == ';');
	FUZZ_CHECK(csv_next(&c2, NULL) == 1 && c2.nfield == 2);
	FUZZ_CHECK(csv_next(&c2, NULL) == 1);
	FUZZ_CHECK(c2.nfield == r->nfield);
	for (i = 0; i < r->nfield; i++) {
		f = r->field[i];
		g = c2.field[i];
		FUZZ_CHECK(g[0] == '\0' || strchr("=+-@", g[0]) == NULL);
		/* The same cell, or with a leading ' (always for a formula). */
		if (f[0] != '\0' && strchr("=+-@", f[0]) != NULL)
			FUZZ_CHECK(g[0] == '\'');
		if (strcmp(g, f) != 0)
			FUZZ_CHECK(g[0] == '\'' && strcmp(g + 1, f) == 0);
	}
	FUZZ_CHECK(csv_next(&c2, NULL) == 0);
	csvw_free(&w);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char	*why, *prev;
	char		*buf;
	size_t		 i;
	int		 r, lastline = 0, maxline, steps = 0;

	/* Exactly size bytes on the heap, so ASan sees any overread. */
	buf = malloc(size > 0 ? size : 1);
	FUZZ_CHECK(buf != NULL);
	memcpy(buf, data, size);
	maxline = 1 + count_lf(data, size);
	csv_open(&c, buf, size);
	FUZZ_CHECK(c.sep == ',' || c.sep == ';');
	for (;;) {
		prev = c.p;
		why = NULL;
		r = csv_next(&c, &why);
		FUZZ_CHECK(r == 1 || r == 0 || r == -1);
		FUZZ_CHECK(++steps <= maxline + 1);
		if (r == 0) {
			FUZZ_CHECK(c.p == c.end);
			break;
		}
		FUZZ_CHECK(c.p > prev && c.p <= c.end);
		FUZZ_CHECK(c.line > lastline && c.line <= maxline);
		lastline = c.line;
		if (r == -1) {
			FUZZ_CHECK(why != NULL);
			FUZZ_CHECK(fuzz_utf8_ref(why, strlen(why)) > 0);
			continue;
		}
		FUZZ_CHECK(c.nfield >= 1 && c.nfield <= CSV_MAXFIELDS);
		for (i = 0; i < c.nfield; i++) {
			FUZZ_CHECK(strlen(c.field[i]) <= CSV_MAXFIELD);
			FUZZ_CHECK(fuzz_utf8_ref(c.field[i],
			    strlen(c.field[i])) >= 0);
		}
		quoted_trip(&c);
		export_trip(&c);
	}
	free(buf);
	return 0;
}
