/*
 * Unit tests for csv: every input is read to the end and the records,
 * errors and line numbers compared as one transcript.
 */
#include <stdio.h>
#include <string.h>

#include <check.h>

#include "csv.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* Collected by check_main.c; declared here for -Wmissing-prototypes. */
Suite	*csv_suite(void);

static const struct {
	char		 code;
	const char	*msg;
} errors[] = {
	{ 'Q', "Linjen har et citationstegn, der ikke afsluttes." },
	{ 'A', "Tekst efter et afsluttende citationstegn." },
	{ 'F', "For mange felter (højst 32)." },
	{ 'L', "Et felt er for langt (højst 4096 tegn)." },
	{ 'U', "Linjen er ikke gyldig UTF-8." },
};

static char
error_code(const char *why)
{
	size_t	 i;

	for (i = 0; i < NELEM(errors); i++)
		if (why != NULL && strcmp(why, errors[i].msg) == 0)
			return errors[i].code;
	return '?';
}

static void
put(char *out, size_t outsz, size_t *n, const char *s)
{
	size_t	 len = strlen(s);

	ck_assert_msg(*n + len < outsz, "transcript too long");
	memcpy(out + *n, s, len + 1);
	*n += len;
}

/*
 * "1[a][b] 3!Q $": a record of line 1, an error on line 3, the end (and
 * the end again on a further call).  CR and LF in fields show as \r, \n.
 */
static void
transcript(const char *in, size_t len, char *out, size_t outsz, char *sep)
{
	struct csv	 c;
	const char	*why;
	char		 tmp[32];
	size_t		 n = 0, i, calls;
	const char	*f;
	int		 r;

	out[0] = '\0';
	csv_open(&c, in, len);
	*sep = c.sep;
	for (calls = 0; calls < 100; calls++) {
		why = NULL;
		r = csv_next(&c, &why);
		if (r == 0)
			break;
		if (r < 0) {
			snprintf(tmp, sizeof(tmp), "%d!%c ", c.line,
			    error_code(why));
			put(out, outsz, &n, tmp);
			continue;
		}
		ck_assert_int_eq(r, 1);
		snprintf(tmp, sizeof(tmp), "%d", c.line);
		put(out, outsz, &n, tmp);
		for (i = 0; i < c.nfield; i++) {
			put(out, outsz, &n, "[");
			for (f = c.field[i]; *f != '\0'; f++) {
				if (*f == '\n')
					put(out, outsz, &n, "\\n");
				else if (*f == '\r')
					put(out, outsz, &n, "\\r");
				else {
					tmp[0] = *f;
					tmp[1] = '\0';
					put(out, outsz, &n, tmp);
				}
			}
			put(out, outsz, &n, "]");
		}
		put(out, outsz, &n, " ");
	}
	ck_assert_msg(calls < 100, "no end after 100 calls");
	put(out, outsz, &n, "$");
	/* The end stays the end. */
	ck_assert_int_eq(csv_next(&c, &why), 0);
	ck_assert_int_eq(csv_next(&c, NULL), 0);
}

struct csvcase {
	const char	*in;
	size_t		 len;
	char		 sep;
	const char	*want;
};

#define C(in, sep, want)	{ in, sizeof(in) - 1, sep, want }

static const struct csvcase csvcases[] = {
	/* Plain records, with and without a final line end. */
	C("a,b,c\n", ',', "1[a][b][c] $"),
	C("a,b,c", ',', "1[a][b][c] $"),
	C("a,b\nc,d", ',', "1[a][b] 2[c][d] $"),
	C("abc\n", ',', "1[abc] $"),
	C(" a , b \n", ',', "1[ a ][ b ] $"),
	C("", ',', "$"),
	/* CRLF, and a CR that ends the input. */
	C("a;b;c\r\nd;e;f\r\n", ';', "1[a][b][c] 2[d][e][f] $"),
	C("a,b\r\nc,d", ',', "1[a][b] 2[c][d] $"),
	C("a,b\r", ',', "1[a][b] $"),
	C("a\rb,c\n", ',', "1[a\\rb][c] $"),
	/* The separator: the first of , and ; outside quotes on line 1. */
	C("navn;beløb\nFoo;1.234,56\n", ';',
	    "1[navn][beløb] 2[Foo][1.234,56] $"),
	C("a,b;c\n", ',', "1[a][b;c] $"),
	C("\"a;b\",c\n", ',', "1[a;b][c] $"),
	C("\"a,b\";c\n", ';', "1[a,b][c] $"),
	C("\"x\"\";\",y\n", ',', "1[x\";][y] $"),
	C("abc\nd;e\n", ',', "1[abc] 2[d;e] $"),
	C("\"a\nb;c\";d\n", ';', "1[a\\nb;c][d] $"),
	/* Quoted fields with separators and "" escapes. */
	C("\"a,b\",c\n", ',', "1[a,b][c] $"),
	C("\"He said \"\"hi\"\"\",x\n", ',', "1[He said \"hi\"][x] $"),
	C("\"\"\"\"\n", ',', "1[\"] $"),
	C("\"\"\n", ',', "1[] $"),
	C("\"\",\"\"\n", ',', "1[][] $"),
	C("\"a\"\"\"", ',', "1[a\"] $"),
	C("5\" disk,x\n", ',', "1[5\" disk][x] $"),
	C("a\"\"b,x\n", ',', "1[a\"\"b][x] $"),
	/* Newlines inside quotes are kept and counted. */
	C("1,\"x\ny\",2\n3,4,5\n", ',', "1[1][x\\ny][2] 3[3][4][5] $"),
	C("1;\"x\r\ny\"\r\n2;3\r\n", ';', "1[1][x\\r\\ny] 3[2][3] $"),
	C("\"a\n\nb\"\n\nc\n", ',', "1[a\\n\\nb] 5[c] $"),
	C("\"a\nb\",\"c\nd\"\ne\n", ',', "1[a\\nb][c\\nd] 4[e] $"),
	C("\"\n\"\n\"\n\"\n", ',', "1[\\n] 3[\\n] $"),
	/* A BOM is skipped. */
	C("\xEF\xBB\xBF" "a;b\n", ';', "1[a][b] $"),
	C("\xEF\xBB\xBF", ',', "$"),
	C("\xEF\xBB\xBF\n\nx\n", ',', "3[x] $"),
	C("\xEF\xBB", ',', "1!U $"),
	/* Blank lines are skipped, but not a line of an empty quote. */
	C("\n\na,b\n\n\r\nc,d\n\n", ',', "3[a][b] 6[c][d] $"),
	C("\n\n", ',', "$"),
	C("\r\n", ',', "$"),
	C("\n\"\"\n\n", ',', "2[] $"),
	C(" \n", ',', "1[ ] $"),
	/* Empty fields, and a trailing separator gives an empty last one. */
	C("a,b,\n", ',', "1[a][b][] $"),
	C(",\n", ',', "1[][] $"),
	C("a,,b\n", ',', "1[a][][b] $"),
	C("a;\"\";\n", ';', "1[a][][] $"),
	C(",,,", ',', "1[][][][] $"),
	/* Unterminated quotes: on to the line after the quote. */
	C("a,\"b\nc,d\n", ',', "1!Q 2[c][d] $"),
	C("a,b\nc,\"d", ',', "1[a][b] 2!Q $"),
	C("\"", ',', "1!Q $"),
	C("\"a\"\"\n", ',', "1!Q $"),
	C("\"a\nb\",\"c\nd\ne\n", ',', "1!Q 3[d] 4[e] $"),
	/* Text after a closing quote: on to the line after it. */
	C("\"a\"b,c\nd,e\n", ',', "1!A 2[d][e] $"),
	C("\"a\" ,b\nc\n", ',', "1!A 2[c] $"),
	C("x,\"a\"\"b\"c\r\nd\r\n", ',', "1!A 2[d] $"),
	C("\"a\nb\"c,d\ne,f\n", ',', "1!A 3[e][f] $"),
	C("\"x\"y\n\"z\"w\nok\n", ',', "1!A 2!A 3[ok] $"),
	C("\"x\"y\n\n\nok", ',', "1!A 4[ok] $"),
	C("ok\n\"x\"y", ',', "1[ok] 2!A $"),
	/* Invalid UTF-8 and NUL bytes, per field. */
	C("a,\xFF\nb,c\n", ',', "1!U 2[b][c] $"),
	C("\xC0\xAF,x\ny\n", ',', "1!U 2[y] $"),
	C("\xC3,\xA6\ny\n", ',', "1!U 2[y] $"),
	C("\xED\xA0\x80\ny\n", ',', "1!U 2[y] $"),
	C("\"\xC3\"\ny\n", ',', "1!U 2[y] $"),
	C("a\0b,c\nd\n", ',', "1!U 2[d] $"),
	C("\"a\nb\0\"\nd\n", ',', "1!U 3[d] $"),
	C("æøå,ÆØÅ,\xE2\x82\xAC,\xF0\x9F\x98\x80\n", ',',
	    "1[æøå][ÆØÅ][\xE2\x82\xAC][\xF0\x9F\x98\x80] $"),
	C("x,\xC3\xA6", ',', "1[x][æ] $"),
	C("x,\xC3", ',', "1!U $"),
};

START_TEST(test_csv)
{
	const struct csvcase	*c = &csvcases[_i];
	char			 out[1024], sep;

	transcript(c->in, c->len, out, sizeof(out), &sep);
	ck_assert_msg(strcmp(out, c->want) == 0, "case %d: got \"%s\", "
	    "want \"%s\"", _i, out, c->want);
	ck_assert_msg(sep == c->sep, "case %d: separator '%c', want '%c'",
	    _i, sep, c->sep);
}
END_TEST

/* Fields point into c->buf, are NUL-terminated and keep their bytes. */
START_TEST(test_fields_in_buf)
{
	static const char	 in[] = "\"a\nb\",,\"\"\"\"\n";
	struct csv		 c;
	const char		*why = NULL;
	size_t			 i;

	csv_open(&c, in, sizeof(in) - 1);
	ck_assert_int_eq(c.line, 0);
	ck_assert_int_eq(csv_next(&c, &why), 1);
	ck_assert_int_eq(c.line, 1);
	ck_assert_uint_eq(c.nfield, 3);
	for (i = 0; i < c.nfield; i++)
		ck_assert(c.field[i] >= c.buf &&
		    c.field[i] < c.buf + sizeof(c.buf));
	ck_assert_str_eq(c.field[0], "a\nb");
	ck_assert_str_eq(c.field[1], "");
	ck_assert_str_eq(c.field[2], "\"");
	ck_assert_int_eq(csv_next(&c, &why), 0);
	ck_assert_ptr_eq(why, NULL);
}
END_TEST

/* A record of nf fields (each "x"), optionally with a trailing separator. */
static size_t
fields_line(char *buf, size_t nf, int trailing)
{
	size_t	 i, n = 0;

	for (i = 0; i < nf; i++) {
		if (i > 0)
			buf[n++] = ';';
		buf[n++] = 'x';
	}
	if (trailing)
		buf[n++] = ';';
	memcpy(buf + n, "\r\nnext;line\r\n", 13);
	return n + 13;
}

static const struct {
	size_t	 nf;
	int	 trailing;
	size_t	 want;		/* 0: too many */
} fieldcases[] = {
	{ 1, 1, 2 },
	{ 31, 0, 31 },
	{ 31, 1, 32 },
	{ 32, 0, 32 },
	{ 32, 1, 0 },
	{ 33, 0, 0 },
	{ 40, 0, 0 },
};

START_TEST(test_max_fields)
{
	struct csv	 c;
	char		 in[256];
	const char	*why = NULL;
	size_t		 len, i;

	len = fields_line(in, fieldcases[_i].nf, fieldcases[_i].trailing);
	csv_open(&c, in, len);
	ck_assert_int_eq(c.sep, ';');
	if (fieldcases[_i].want == 0) {
		ck_assert_int_eq(csv_next(&c, &why), -1);
		ck_assert_str_eq(why, "For mange felter (højst 32).");
	} else {
		ck_assert_int_eq(csv_next(&c, &why), 1);
		ck_assert_uint_eq(c.nfield, fieldcases[_i].want);
		for (i = 0; i < fieldcases[_i].nf; i++)
			ck_assert_str_eq(c.field[i], "x");
		if (fieldcases[_i].trailing)
			ck_assert_str_eq(c.field[i], "");
	}
	ck_assert_int_eq(c.line, 1);
	ck_assert_int_eq(csv_next(&c, &why), 1);
	ck_assert_int_eq(c.line, 2);
	ck_assert_uint_eq(c.nfield, 2);
	ck_assert_str_eq(c.field[1], "line");
	ck_assert_int_eq(csv_next(&c, &why), 0);
}
END_TEST

/*
 * A long field: len characters, unquoted, quoted, or quoted and all
 * escaped quotes (2 * len bytes), or quoted over lines of 99 bytes and
 * an LF; then a second field and a record on the next line.
 */
static const struct {
	size_t	 len;
	int	 how;		/* 0 plain, 1 quoted, 2 "" escapes, 3 lines */
	int	 ok;
} longcases[] = {
	{ 4095, 0, 1 }, { 4096, 0, 1 }, { 4097, 0, 0 }, { 9000, 0, 0 },
	{ 4095, 1, 1 }, { 4096, 1, 1 }, { 4097, 1, 0 },
	{ 4096, 2, 1 }, { 4097, 2, 0 },
	{ 4096, 3, 1 }, { 4097, 3, 0 },
	{ 0, 0, 1 },
};

START_TEST(test_long_field)
{
	static char	 in[2 * 9000 + 64];
	static struct csv c;
	const char	*why = NULL;
	size_t		 len = longcases[_i].len, n = 0, i, nl = 0;
	int		 how = longcases[_i].how;

	if (how > 0)
		in[n++] = '"';
	for (i = 0; i < len; i++) {
		if (how == 2) {
			in[n++] = '"';
			in[n++] = '"';
		} else if (how == 3 && i % 100 == 99) {
			in[n++] = '\n';
			nl++;
		} else
			in[n++] = 'a';
	}
	if (how > 0)
		in[n++] = '"';
	memcpy(in + n, ",z\nnext,line\n", 13);
	n += 13;

	csv_open(&c, in, n);
	if (longcases[_i].ok) {
		ck_assert_int_eq(csv_next(&c, &why), 1);
		ck_assert_uint_eq(c.nfield, 2);
		ck_assert_uint_eq(strlen(c.field[0]), len);
		ck_assert_str_eq(c.field[1], "z");
		for (i = 0; i < len; i++)
			ck_assert_int_eq(c.field[0][i], how == 2 ? '"' :
			    how == 3 && i % 100 == 99 ? '\n' : 'a');
	} else {
		ck_assert_int_eq(csv_next(&c, &why), -1);
		ck_assert_str_eq(why, "Et felt er for langt (højst 4096 tegn).");
	}
	/* After an error, reading goes on after the line of the error. */
	ck_assert_int_eq(c.line, 1);
	ck_assert_int_eq(csv_next(&c, &why), 1);
	ck_assert_int_eq(c.line, 2 + (int)nl);
	ck_assert_str_eq(c.field[0], "next");
	ck_assert_int_eq(csv_next(&c, &why), 0);
}
END_TEST

/* Every error message, then the next line; why may be NULL. */
START_TEST(test_error_null_why)
{
	static const char	 in[] = "\"a\"b\nc\n";
	struct csv		 c;

	csv_open(&c, in, sizeof(in) - 1);
	ck_assert_int_eq(csv_next(&c, NULL), -1);
	ck_assert_int_eq(csv_next(&c, NULL), 1);
	ck_assert_int_eq(c.line, 2);
	ck_assert_str_eq(c.field[0], "c");
	ck_assert_int_eq(csv_next(&c, NULL), 0);
}
END_TEST

/* Many records: the line numbers stay right far into the input. */
START_TEST(test_many_lines)
{
	static char	 in[200000];
	static struct csv c;
	const char	*why = NULL;
	char		 want[32];
	size_t		 n = 0;
	int		 i, line = 1, r;

	for (i = 0; i < 5000; i++) {
		switch (i % 4) {
		case 0:
			n += (size_t)snprintf(in + n, sizeof(in) - n,
			    "%d;\"a\r\nb\"\r\n", i);
			break;
		case 1:
			n += (size_t)snprintf(in + n, sizeof(in) - n,
			    "%d;x\n\n", i);
			break;
		case 2:
			n += (size_t)snprintf(in + n, sizeof(in) - n,
			    "%d;\"x\"y\n", i);
			break;
		default:
			n += (size_t)snprintf(in + n, sizeof(in) - n,
			    "%d;\"\n\n\"\n", i);
			break;
		}
	}
	csv_open(&c, in, n);
	for (i = 0; i < 5000; i++) {
		r = csv_next(&c, &why);
		ck_assert_msg(c.line == line, "record %d on line %d, want %d",
		    i, c.line, line);
		if (i % 4 == 2) {
			ck_assert_int_eq(r, -1);
		} else {
			ck_assert_int_eq(r, 1);
			snprintf(want, sizeof(want), "%d", i);
			ck_assert_str_eq(c.field[0], want);
		}
		line += i % 4 == 2 ? 1 : 2;
		if (i % 4 == 3)
			line++;
	}
	ck_assert_int_eq(csv_next(&c, &why), 0);
}
END_TEST

/* The writer: BOM, separators, quoting, formula cells, decimals. */
START_TEST(test_writer)
{
	struct csvw	 w;
	const char	*out;
	size_t		 n;
	static const char want[] = "\xef\xbb\xbf"
	    "goal;name;share\r\n"
	    "a.b;\"Semi;kolon\";89,9\r\n"
	    "'=SUM(A1);'+1;'-x;'@y;\"Citat \"\"her\"\"\";;1000,0;-0,5;-12\r\n"
	    "\"'=to\nlinjer\";0,05;7\r\n";

	csvw_init(&w);
	csvw_text(&w, "goal");
	csvw_text(&w, "name");
	csvw_text(&w, "share");
	csvw_endrow(&w);
	csvw_text(&w, "a.b");
	csvw_text(&w, "Semi;kolon");
	csvw_dec(&w, 899, 1);
	csvw_endrow(&w);
	csvw_text(&w, "=SUM(A1)");
	csvw_text(&w, "+1");
	csvw_text(&w, "-x");
	csvw_text(&w, "@y");
	csvw_text(&w, "Citat \"her\"");
	csvw_empty(&w);
	csvw_dec(&w, 10000, 1);
	csvw_dec(&w, -5, 1);
	csvw_int(&w, -12);
	csvw_endrow(&w);
	csvw_text(&w, "=to\nlinjer");
	csvw_dec(&w, 5, 2);
	csvw_dec(&w, 7, 0);
	csvw_endrow(&w);
	out = csvw_done(&w, &n);
	ck_assert_ptr_nonnull(out);
	ck_assert_uint_eq(n, sizeof(want) - 1);
	ck_assert(memcmp(out, want, n) == 0);
	csvw_free(&w);
}
END_TEST

/* Cells beginning with TAB or CR are formulas to some spreadsheets too
 * (OWASP): they get the ' as well; numbers, negative ones included, stay
 * numbers. */
START_TEST(test_writer_formula_ctl)
{
	struct csvw	 w;
	const char	*out;
	size_t		 n;
	static const char want[] = "\xef\xbb\xbf"
	    "'\t=1+1;\"'\r=1+1\";'-1;-1;-0,5;x\t=1\r\n";

	csvw_init(&w);
	csvw_text(&w, "\t=1+1");
	csvw_text(&w, "\r=1+1");
	csvw_text(&w, "-1");
	csvw_int(&w, -1);
	csvw_dec(&w, -5, 1);
	csvw_text(&w, "x\t=1");
	csvw_endrow(&w);
	out = csvw_done(&w, &n);
	ck_assert_ptr_nonnull(out);
	ck_assert_uint_eq(n, sizeof(want) - 1);
	ck_assert(memcmp(out, want, n) == 0);
	csvw_free(&w);
}
END_TEST

/* What the writer writes, the reader reads back (formula cells aside). */
START_TEST(test_writer_roundtrip)
{
	struct csvw	 w;
	struct csv	 c;
	const char	*out, *why;
	size_t		 n, i;
	static const char *const cells[] = { "æøå", "a;b", "\"q\"",
	    "to\r\nlinjer", "", "x" };

	csvw_init(&w);
	for (i = 0; i < NELEM(cells); i++)
		csvw_text(&w, cells[i]);
	csvw_endrow(&w);
	out = csvw_done(&w, &n);
	csv_open(&c, out, n);
	ck_assert_int_eq(csv_next(&c, &why), 1);
	ck_assert_uint_eq(c.nfield, NELEM(cells));
	for (i = 0; i < NELEM(cells); i++)
		ck_assert_str_eq(c.field[i], cells[i]);
	ck_assert_int_eq(csv_next(&c, &why), 0);
	csvw_free(&w);
}
END_TEST

Suite *
csv_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("csv");

	tc = tcase_create("records");
	tcase_add_loop_test(tc, test_csv, 0, (int)NELEM(csvcases));
	tcase_add_test(tc, test_fields_in_buf);
	tcase_add_test(tc, test_error_null_why);
	tcase_add_test(tc, test_many_lines);
	suite_add_tcase(s, tc);

	tc = tcase_create("limits");
	tcase_add_loop_test(tc, test_max_fields, 0, (int)NELEM(fieldcases));
	tcase_add_loop_test(tc, test_long_field, 0, (int)NELEM(longcases));
	suite_add_tcase(s, tc);

	tc = tcase_create("writer");
	tcase_add_test(tc, test_writer);
	tcase_add_test(tc, test_writer_formula_ctl);
	tcase_add_test(tc, test_writer_roundtrip);
	suite_add_tcase(s, tc);

	return s;
}
