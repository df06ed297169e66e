/*
 * Unit tests for xmlio: the accounts schema against the files under
 * $FRIST_SRC/tests/data/xml, hostile input (XXE, billion laughs, external
 * DTDs, size), exact amounts in øre, and the Atom feed read back.
 */
#include <sys/socket.h>

#include <netinet/in.h>
#include <arpa/inet.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <check.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "xmlio.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define NS		"urn:frist:regnskab:1"
#define MSG_DOCTYPE	"Filen må ikke indeholde en DOCTYPE-erklæring (DTD)."

Suite	*xmlio_suite(void);

static int			 ready;		/* xmlio_init succeeded */
static const char		*src;		/* $FRIST_SRC */
static struct xmlio_accounts	 acc;		/* 460 kB: not on the stack */
static struct xmlio_error	 errs[XMLIO_MAXERRS];
static size_t			 nerrs;

static void
setup(void)
{
	char	 path[PATH_MAX];

	src = getenv("FRIST_SRC");
	/* Without it the schema would go untested: fail, not skip. */
	ck_assert_msg(src != NULL && *src != '\0', "FRIST_SRC is not set "
	    "(make unit sets it)");
	if (snprintf(path, sizeof(path), "%s/etc/schemas/regnskab.xsd", src)
	    >= (int)sizeof(path))
		return;
	ready = xmlio_init(path) == 0;
	xmlio_set_lang(LANG_DA);
}

static void
teardown(void)
{
	if (ready)
		xmlio_shutdown();
	ready = 0;
}

/* Skips the test if FRIST_SRC is unset; fails it if the schema did not load. */
#define NEED_SCHEMA() do {						\
	if (src == NULL)						\
		return;							\
	ck_assert_msg(ready, "xmlio_init failed for %s", src);		\
} while (0)

static char *
slurp(const char *name, size_t *len)
{
	char	 path[PATH_MAX], *buf;
	FILE	*fp;
	long	 sz;

	ck_assert_int_lt(snprintf(path, sizeof(path), "%s/tests/data/xml/%s",
	    src, name), (int)sizeof(path));
	fp = fopen(path, "rb");
	ck_assert_msg(fp != NULL, "cannot open %s", path);
	ck_assert_int_eq(fseek(fp, 0, SEEK_END), 0);
	sz = ftell(fp);
	ck_assert_int_ge(sz, 0);
	rewind(fp);
	buf = malloc((size_t)sz + 1);
	ck_assert_ptr_nonnull(buf);
	ck_assert_int_eq(fread(buf, 1, (size_t)sz, fp), (size_t)sz);
	buf[sz] = '\0';
	fclose(fp);
	*len = (size_t)sz;
	return buf;
}

static int
run(const char *buf, size_t len)
{
	memset(errs, 0, sizeof(errs));
	nerrs = 12345;
	return xmlio_accounts(buf, len, &acc, errs, NELEM(errs), &nerrs);
}

static int
run_str(const char *s)
{
	return run(s, strlen(s));
}

static int
run_file(const char *name)
{
	char	*buf;
	size_t	 len;
	int	 rc;

	buf = slurp(name, &len);
	rc = run(buf, len);
	free(buf);
	return rc;
}

/* All errors, one per line, for failure messages. */
static const char *
dump(void)
{
	static char	 out[XMLIO_MAXERRS * 260];
	size_t		 i, off = 0;

	out[0] = '\0';
	for (i = 0; i < nerrs && i < NELEM(errs); i++)
		off += snprintf(out + off, sizeof(out) - off, "\n  %d: %s",
		    errs[i].line, errs[i].msg);
	return out;
}

static int
any_error(const char *needle)
{
	size_t	 i;

	for (i = 0; i < nerrs && i < NELEM(errs); i++)
		if (strstr(errs[i].msg, needle) != NULL)
			return 1;
	return 0;
}

static int
contains(const void *hay, size_t len, const char *needle)
{
	const char	*p = hay;
	size_t		 n = strlen(needle), i;

	for (i = 0; i + n <= len; i++)
		if (memcmp(p + i, needle, n) == 0)
			return 1;
	return 0;
}

/* Nothing of /etc/passwd anywhere in what xmlio_accounts returned. */
static void
assert_no_passwd(void)
{
	ck_assert_msg(!contains(&acc, sizeof(acc), "root:"), "passwd in out");
	ck_assert_msg(!contains(errs, sizeof(errs), "root:"),
	    "passwd in errors:%s", dump());
}

/* A UTF-16LE copy of an ASCII string, with a byte order mark. */
static char *
utf16le(const char *s, size_t *len)
{
	size_t	 n = strlen(s), i;
	char	*out;

	out = malloc(2 * n + 2);
	ck_assert_ptr_nonnull(out);
	out[0] = (char)0xff;
	out[1] = (char)0xfe;
	for (i = 0; i < n; i++) {
		out[2 + 2 * i] = s[i];
		out[3 + 2 * i] = '\0';
	}
	*len = 2 * n + 2;
	return out;
}

/* A document with the given period and <linje> elements. */
static char *
doc(const char *fra, const char *til, const char *lines)
{
	static const char	 fmt[] =
	    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<regnskab xmlns=\"" NS "\">\n"
	    "  <tilsagn>KU-2026-00123</tilsagn>\n"
	    "  <periode><fra>%s</fra><til>%s</til></periode>\n"
	    "%s"
	    "</regnskab>\n";
	size_t			 sz;
	char			*buf;

	sz = sizeof(fmt) + strlen(fra) + strlen(til) + strlen(lines);
	buf = malloc(sz);
	ck_assert_ptr_nonnull(buf);
	snprintf(buf, sz, fmt, fra, til, lines);
	return buf;
}

/* One <linje>; the caller frees. */
static char *
line_xml(const char *tekst, const char *budget, const char *faktisk)
{
	static const char	 fmt[] =
	    "  <linje><tekst>%s</tekst><budget>%s</budget>"
	    "<faktisk>%s</faktisk></linje>\n";
	size_t			 sz;
	char			*buf;

	sz = sizeof(fmt) + strlen(tekst) + strlen(budget) + strlen(faktisk);
	buf = malloc(sz);
	ck_assert_ptr_nonnull(buf);
	snprintf(buf, sz, fmt, tekst, budget, faktisk);
	return buf;
}

static int
run_line(const char *tekst, const char *budget, const char *faktisk)
{
	char	*l, *d;
	int	 rc;

	l = line_xml(tekst, budget, faktisk);
	d = doc("2026-01-01", "2026-12-31", l);
	rc = run_str(d);
	free(d);
	free(l);
	return rc;
}

/* s repeated n times. */
static char *
repeat(const char *s, size_t n)
{
	size_t	 len = strlen(s), i;
	char	*buf;

	buf = malloc(len * n + 1);
	ck_assert_ptr_nonnull(buf);
	for (i = 0; i < n; i++)
		memcpy(buf + i * len, s, len);
	buf[len * n] = '\0';
	return buf;
}

/* --- the files ---------------------------------------------------------- */

START_TEST(test_valid)
{
	NEED_SCHEMA();
	ck_assert_msg(run_file("regnskab-valid.xml") == 0, "%s", dump());
	ck_assert_uint_eq(nerrs, 0);
	ck_assert_str_eq(acc.grant_no, "KU-2026-00123");
	ck_assert_str_eq(acc.from, "2026-01-01");
	ck_assert_str_eq(acc.to, "2026-12-31");
	ck_assert_uint_eq(acc.nlines, 3);

	ck_assert_str_eq(acc.lines[0].text, "Løn til projektmedarbejder");
	ck_assert_int_eq(acc.lines[0].budget_ore, 25000000);
	ck_assert_int_eq(acc.lines[0].actual_ore, 24831250);
	ck_assert_str_eq(acc.lines[0].explanation, "");

	ck_assert_str_eq(acc.lines[1].text,
	    "Leje af lokaler i Aarhus & Aalborg");
	ck_assert_int_eq(acc.lines[1].budget_ore, 3600000);
	ck_assert_int_eq(acc.lines[1].actual_ore, 4125050);
	ck_assert_str_eq(acc.lines[1].explanation, "Huslejen steg 1. juli; "
	    "merudgiften er dækket af egne midler.");

	ck_assert_str_eq(acc.lines[2].text,
	    "Rejser og ophold (togbilletter, hotel)");
	ck_assert_int_eq(acc.lines[2].budget_ore, 1200000);
	ck_assert_int_eq(acc.lines[2].actual_ore, 5);
	ck_assert_str_eq(acc.lines[2].explanation, "");
}
END_TEST

/*
 * The needles were libxml2's English ("No matching global declaration",
 * "'12,50'") until the messages became Danish; each now also names the
 * element's path.
 */
static const struct {
	const char	*file;
	int		 line;		/* of the first error */
	const char	*needle;	/* in some error */
	const char	*path;		/* of the first error */
} invalid[] = {
	{ "regnskab-wrong-ns.xml", 2, "Rodelementet skal være <regnskab> i "
	  "navnerummet urn:frist:regnskab:1, men filen har <regnskab> i "
	  "navnerummet urn:frist:regnskab:2", "regnskab" },
	{ "regnskab-missing-faktisk.xml", 11, "Her forventes <faktisk>, men "
	  "filen har <forklaring>", "regnskab/linje[1]/forklaring" },
	{ "regnskab-bad-amount-comma.xml", 10, "»12,50« er ikke et gyldigt "
	  "beløb", "regnskab/linje[1]/budget" },
	{ "regnskab-bad-amount-decimals.xml", 11, "»1.234« har for mange "
	  "decimaler", "regnskab/linje[1]/faktisk" },
	{ "regnskab-bad-date.xml", 5, "»2026-02-30« findes ikke: februar "
	  "2026 har 28 dage", "regnskab/periode/fra" },
	{ "regnskab-not-wellformed.xml", 12, "Filen er ikke gyldig XML: "
	  "<tekst> fra linje 9 er ikke lukket", "regnskab/linje[1]/tekst" },
	{ "regnskab-xxe.xml", 2, MSG_DOCTYPE, "" },
	{ "regnskab-billion-laughs.xml", 2, MSG_DOCTYPE, "" },
	{ "regnskab-external-dtd.xml", 2, MSG_DOCTYPE, "" },
};

/* libxml2's English must never reach the uploader. */
static void
assert_danish(const char *msg)
{
	static const char *const english[] = {
		"is not", "Element '", "expected", "Expected", "valid value",
		"atomic type", "facet", "mismatch", "Premature", "not defined",
		"{" NS "}",
	};
	size_t	 i;

	for (i = 0; i < NELEM(english); i++)
		ck_assert_msg(strstr(msg, english[i]) == NULL,
		    "English \"%s\" in: %s", english[i], msg);
}

START_TEST(test_invalid)
{
	size_t	 i;

	NEED_SCHEMA();
	ck_assert_msg(run_file(invalid[_i].file) == 1, "%s accepted",
	    invalid[_i].file);
	ck_assert_uint_ge(nerrs, 1);
	ck_assert_uint_le(nerrs, NELEM(errs));
	ck_assert_msg(errs[0].line == invalid[_i].line, "%s: line %d, not %d",
	    invalid[_i].file, errs[0].line, invalid[_i].line);
	ck_assert_msg(any_error(invalid[_i].needle), "%s: no \"%s\" in:%s",
	    invalid[_i].file, invalid[_i].needle, dump());
	ck_assert_str_eq(errs[0].path, invalid[_i].path);
	for (i = 0; i < nerrs; i++) {
		ck_assert_int_gt(errs[i].line, 0);
		ck_assert_uint_gt(strlen(errs[i].msg), 0);
		/* Trimmed, and the namespace braces are gone. */
		ck_assert_int_ne(errs[i].msg[strlen(errs[i].msg) - 1], '\n');
		ck_assert_ptr_null(strstr(errs[i].msg, "{" NS "}"));
		assert_danish(errs[i].msg);
	}
	/* Nothing half-filled. */
	ck_assert_uint_eq(acc.nlines, 0);
	ck_assert_str_eq(acc.grant_no, "");
	assert_no_passwd();
}
END_TEST

/* Each common error in plain Danish, with the element's path and line. */
#define HEAD	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
		"<regnskab xmlns=\"" NS "\">\n" \
		"<tilsagn>KU-2026-00123</tilsagn>\n"
#define PERIOD	"<periode><fra>2026-01-01</fra><til>2026-12-31</til></periode>\n"
#define LINE(b, f) "<linje><tekst>Porto</tekst><budget>" b "</budget>" \
		"<faktisk>" f "</faktisk></linje>\n"
#define TAIL	"</regnskab>\n"

static const struct {
	const char	*doc;
	int		 line;
	const char	*path;
	const char	*needle;
} danish[] = {
	/* a missing element */
	{ HEAD "<periode><fra>2026-01-01</fra></periode>\n" LINE("1", "1") TAIL,
	  4, "regnskab/periode", "<til> mangler i <periode>." },
	{ HEAD PERIOD TAIL, 2, "regnskab", "<linje> mangler i <regnskab>." },
	/* an unexpected one */
	{ HEAD PERIOD "<linje><tekst>Porto</tekst><budget>1</budget>"
	  "<faktisk>1</faktisk><moms>1</moms></linje>\n" TAIL, 5,
	  "regnskab/linje[1]/moms", "Her forventes <forklaring>, men filen "
	  "har <moms>." },
	{ HEAD PERIOD LINE("1", "1") "<bilag/>\n" TAIL, 6, "regnskab/bilag",
	  "<bilag> hører ikke til her." },
	/* a long name of characters of three bytes, cut at a whole one:
	 * the message still says what is wrong */
	{ HEAD PERIOD LINE("1", "1") "<a\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac/>\n" TAIL, 6,
	  "regnskab/a\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac", "hører ikke til her." },
	/* dates: a wrong form, and the right form of a day that does not exist */
	{ HEAD "<periode><fra>2026-01-01</fra><til>31-12-2026</til></periode>\n"
	  LINE("1", "1") TAIL, 4, "regnskab/periode/til", "»31-12-2026« er "
	  "ikke en dato på formen ÅÅÅÅ-MM-DD" },
	{ HEAD "<periode><fra>2026-01-01Z</fra><til>2026-12-31</til></periode>\n"
	  LINE("1", "1") TAIL, 4, "regnskab/periode/fra", "»2026-01-01Z« er "
	  "ikke en dato på formen ÅÅÅÅ-MM-DD" },
	{ HEAD "<periode><fra>2027-02-30</fra><til>2027-12-31</til></periode>\n"
	  LINE("1", "1") TAIL, 4, "regnskab/periode/fra", "»2027-02-30« "
	  "findes ikke: februar 2027 har 28 dage." },
	{ HEAD "<periode><fra>2026-01-01</fra><til>2026-13-01</til></periode>\n"
	  LINE("1", "1") TAIL, 4, "regnskab/periode/til", "»2026-13-01« "
	  "findes ikke: måneden skal være 01-12." },
	/* amounts and numbers, by line of the account */
	{ HEAD PERIOD LINE("1", "1") LINE("2", "2") LINE("3", "1e3") TAIL, 7,
	  "regnskab/linje[3]/faktisk", "»1e3« er ikke et gyldigt beløb" },
	{ HEAD PERIOD LINE("1.234,50", "1") TAIL, 5, "regnskab/linje[1]/budget",
	  "»1.234,50« er ikke et gyldigt beløb. Skriv kroner med punktum" },
	{ HEAD PERIOD LINE("1", "-5") TAIL, 5, "regnskab/linje[1]/faktisk",
	  "»-5« er negativt" },
	{ HEAD PERIOD LINE("1", "1.005") TAIL, 5, "regnskab/linje[1]/faktisk",
	  "»1.005« har for mange decimaler: højst 2" },
	{ HEAD PERIOD LINE("1", "9999999999999999") TAIL, 5,
	  "regnskab/linje[1]/faktisk", "er for stort: højst 15 cifre" },
	/* empty values */
	{ HEAD PERIOD LINE("", "1") TAIL, 5, "regnskab/linje[1]/budget",
	  "Beløbet mangler." },
	{ HEAD "<periode><fra></fra><til>2026-12-31</til></periode>\n"
	  LINE("1", "1") TAIL, 4, "regnskab/periode/fra", "Datoen mangler." },
	{ HEAD PERIOD "<linje><tekst></tekst><budget>1</budget>"
	  "<faktisk>1</faktisk></linje>\n" TAIL, 5, "regnskab/linje[1]/tekst",
	  "<tekst> er tom" },
	/* the grant number */
	{ "<regnskab xmlns=\"" NS "\">\n<tilsagn>ts-2026-9001</tilsagn>\n"
	  PERIOD LINE("1", "1") TAIL, 2, "regnskab/tilsagn", "»ts-2026-9001« "
	  "er ikke et tilsagnsnummer" },
	/* the wrong root */
	{ "<?xml version=\"1.0\"?>\n<accounts xmlns=\"" NS "\"/>\n", 2,
	  "accounts", "Rodelementet skal være <regnskab> i navnerummet "
	  NS ", men filen har <accounts>" },
	{ "<?xml version=\"1.0\"?>\n<regnskab/>\n", 2, "regnskab",
	  "men filen har <regnskab> uden navnerum." },
	/* not well-formed: only the first error, with where it was */
	{ HEAD PERIOD "<linje><tekst>A & B</tekst><budget>1</budget>"
	  "<faktisk>1</faktisk></linje>\n" TAIL, 5, "regnskab/linje[1]/tekst",
	  "Filen er ikke gyldig XML: tegnet & skal skrives som &amp;" },
	{ HEAD PERIOD "<linje><tekst>A</tekst><budget>1</budget>\n"
	  "<faktisk>1</faktisk>\n" TAIL, 7, "regnskab/linje[1]",
	  "Filen er ikke gyldig XML: <linje> fra linje 5 er ikke lukket med "
	  "</linje>, før </regnskab> kommer (ved regnskab/linje[1])." },
	{ HEAD PERIOD LINE("1", "1") TAIL "<mere/>\n", 7, "",
	  "Filen er ikke gyldig XML: der står mere efter rodelementets "
	  "sluttag." },
	{ "Dette er ikke XML.\n", 1, "", "Filen er ikke gyldig XML: filen er "
	  "tom eller begynder ikke med et element som <regnskab>." },
	/* a DOCTYPE */
	{ "<?xml version=\"1.0\"?>\n<!DOCTYPE regnskab>\n<regnskab xmlns=\""
	  NS "\"/>\n", 2, "", MSG_DOCTYPE },
};

START_TEST(test_danish)
{
	NEED_SCHEMA();
	ck_assert_msg(run_str(danish[_i].doc) == 1, "%d accepted", _i);
	ck_assert_uint_ge(nerrs, 1);
	ck_assert_msg(errs[0].line == danish[_i].line, "%d: line %d, not %d:%s",
	    _i, errs[0].line, danish[_i].line, dump());
	ck_assert_msg(strcmp(errs[0].path, danish[_i].path) == 0,
	    "%d: path \"%s\", not \"%s\"", _i, errs[0].path, danish[_i].path);
	ck_assert_msg(strstr(errs[0].msg, danish[_i].needle) != NULL,
	    "%d: no \"%s\" in:%s", _i, danish[_i].needle, dump());
	/* The path leads the message where there is one. */
	if (danish[_i].path[0] != '\0')
		ck_assert_ptr_nonnull(strstr(errs[0].msg, danish[_i].path));
	assert_danish(errs[0].msg);
}
END_TEST

/*
 * The same errors in English (xmlio_set_lang): the same lines and paths,
 * and not a word of Danish, so an English page shows no Danish.
 */
static const struct {
	const char	*doc;
	int		 line;
	const char	*path;
	const char	*needle;
} english[] = {
	{ HEAD "<periode><fra>2026-01-01</fra></periode>\n" LINE("1", "1") TAIL,
	  4, "regnskab/periode", "regnskab/periode: <til> is missing in "
	  "<periode>." },
	{ HEAD PERIOD "<linje><tekst>Porto</tekst><budget>1</budget>"
	  "<faktisk>1</faktisk><moms>1</moms></linje>\n" TAIL, 5,
	  "regnskab/linje[1]/moms", "<forklaring> is expected here, but the "
	  "file has <moms>. Is <forklaring> missing, or are the elements in "
	  "the wrong order?" },
	{ HEAD PERIOD LINE("1", "1") "<bilag/>\n" TAIL, 6, "regnskab/bilag",
	  "<bilag> does not belong here." },
	{ HEAD "<periode><fra>2026-01-01</fra><til>31-12-2026</til></periode>\n"
	  LINE("1", "1") TAIL, 4, "regnskab/periode/til", "“31-12-2026” is not "
	  "a date in the form YYYY-MM-DD (without a time or a time zone)" },
	{ HEAD "<periode><fra>2027-02-30</fra><til>2027-12-31</til></periode>\n"
	  LINE("1", "1") TAIL, 4, "regnskab/periode/fra", "“2027-02-30” does "
	  "not exist: February 2027 has 28 days." },
	{ HEAD "<periode><fra>2026-01-01</fra><til>2026-13-01</til></periode>\n"
	  LINE("1", "1") TAIL, 4, "regnskab/periode/til", "“2026-13-01” does "
	  "not exist: the month must be 01-12." },
	{ HEAD PERIOD LINE("1.234,50", "1") TAIL, 5, "regnskab/linje[1]/budget",
	  "“1.234,50” is not a valid amount. Write kroner with a full stop as "
	  "the decimal mark and no thousands separators, for example 1234.50." },
	{ HEAD PERIOD LINE("1", "-5") TAIL, 5, "regnskab/linje[1]/faktisk",
	  "“-5” is negative; the amount must be 0 or more." },
	{ HEAD PERIOD LINE("1", "1.005") TAIL, 5, "regnskab/linje[1]/faktisk",
	  "“1.005” has too many decimals: at most 2" },
	{ HEAD PERIOD LINE("1", "9999999999999999") TAIL, 5,
	  "regnskab/linje[1]/faktisk", "is too large: at most 15 digits in all." },
	{ HEAD PERIOD LINE("", "1") TAIL, 5, "regnskab/linje[1]/budget",
	  "The amount is missing." },
	{ HEAD "<periode><fra></fra><til>2026-12-31</til></periode>\n"
	  LINE("1", "1") TAIL, 4, "regnskab/periode/fra", "The date is "
	  "missing. Write it as YYYY-MM-DD" },
	{ HEAD PERIOD "<linje><tekst></tekst><budget>1</budget>"
	  "<faktisk>1</faktisk></linje>\n" TAIL, 5, "regnskab/linje[1]/tekst",
	  "<tekst> is empty; write what the line covers." },
	{ "<regnskab xmlns=\"" NS "\">\n<tilsagn>ts-2026-9001</tilsagn>\n"
	  PERIOD LINE("1", "1") TAIL, 2, "regnskab/tilsagn", "“ts-2026-9001” "
	  "is not a grant number. Write it as in the award letter" },
	{ "<?xml version=\"1.0\"?>\n<accounts xmlns=\"" NS "\"/>\n", 2,
	  "accounts", "The root element must be <regnskab> in the namespace "
	  NS ", but the file has <accounts> in the namespace " NS "." },
	{ "<?xml version=\"1.0\"?>\n<regnskab/>\n", 2, "regnskab",
	  "but the file has <regnskab> without a namespace." },
	{ HEAD PERIOD "<linje><tekst>A & B</tekst><budget>1</budget>"
	  "<faktisk>1</faktisk></linje>\n" TAIL, 5, "regnskab/linje[1]/tekst",
	  "The file is not valid XML: the character & must be written as "
	  "&amp; and < as &lt; (at regnskab/linje[1]/tekst)." },
	{ HEAD PERIOD "<linje><tekst>A</tekst><budget>1</budget>\n"
	  "<faktisk>1</faktisk>\n" TAIL, 7, "regnskab/linje[1]",
	  "The file is not valid XML: <linje> from line 5 is not closed with "
	  "</linje> before </regnskab> comes (at regnskab/linje[1])." },
	{ HEAD PERIOD LINE("1", "1") TAIL "<mere/>\n", 7, "",
	  "The file is not valid XML: there is more after the end tag of the "
	  "root element." },
	{ "Dette er ikke XML.\n", 1, "", "The file is not valid XML: the file "
	  "is empty or does not begin with an element such as <regnskab>." },
	{ "<?xml version=\"1.0\"?>\n<!DOCTYPE regnskab>\n<regnskab xmlns=\""
	  NS "\"/>\n", 2, "", "The file must not contain a DOCTYPE declaration "
	  "(DTD)." },
	{ HEAD "<periode><fra>2026-12-31</fra><til>2026-01-01</til></periode>\n"
	  LINE("1", "1") TAIL, 4, "regnskab/periode", "regnskab/periode: The "
	  "period ends before it begins." },
};

/* Danish must never reach an English page. */
static void
assert_english(const char *msg)
{
	static const char *const danish_words[] = {
		"»", "«", "Filen", "filen", " er ", "ikke", "mangler", "findes",
		"skal", "(ved ", "Beløb", "Dato", "Linje", "fx ", "ÅÅÅÅ", " og ",
		"januar", "februar", "måneden",
	};
	size_t	 i;

	for (i = 0; i < NELEM(danish_words); i++)
		ck_assert_msg(strstr(msg, danish_words[i]) == NULL,
		    "Danish \"%s\" in: %s", danish_words[i], msg);
}

START_TEST(test_english)
{
	size_t	 i;

	NEED_SCHEMA();
	xmlio_set_lang(LANG_EN);
	ck_assert_msg(run_str(english[_i].doc) == 1, "%d accepted", _i);
	xmlio_set_lang(LANG_DA);
	ck_assert_uint_ge(nerrs, 1);
	ck_assert_msg(errs[0].line == english[_i].line, "%d: line %d, not %d:%s",
	    _i, errs[0].line, english[_i].line, dump());
	ck_assert_msg(strcmp(errs[0].path, english[_i].path) == 0,
	    "%d: path \"%s\", not \"%s\"", _i, errs[0].path, english[_i].path);
	ck_assert_msg(strstr(errs[0].msg, english[_i].needle) != NULL,
	    "%d: no \"%s\" in:%s", _i, english[_i].needle, dump());
	for (i = 0; i < nerrs; i++)
		assert_english(errs[i].msg);
	/* Danish again once it is set back: the language is not sticky. */
	ck_assert_int_eq(run_str(english[_i].doc), 1);
	ck_assert_msg(strstr(errs[0].msg, english[_i].needle) == NULL,
	    "%d: English after going back to Danish:%s", _i, dump());
	assert_danish(errs[0].msg);
}
END_TEST

/* The files' own errors, and the size limit, in English. */
START_TEST(test_english_files)
{
	size_t	 i;
	char	*buf;

	NEED_SCHEMA();
	xmlio_set_lang(LANG_EN);
	for (i = 0; i < NELEM(invalid); i++) {
		ck_assert_int_eq(run_file(invalid[i].file), 1);
		ck_assert_int_eq(errs[0].line, invalid[i].line);
		ck_assert_str_eq(errs[0].path, invalid[i].path);
		assert_english(errs[0].msg);
	}
	ck_assert_int_eq(run("", 0), 1);
	ck_assert_str_eq(errs[0].msg, "The file is empty.");
	buf = calloc(1, XMLIO_MAXBYTES + 1);
	ck_assert_ptr_nonnull(buf);
	ck_assert_int_eq(run(buf, XMLIO_MAXBYTES + 1), 1);
	ck_assert_str_eq(errs[0].msg, "The file is too large (at most 2 MB).");
	free(buf);
	/* An unknown language is Danish. */
	xmlio_set_lang((enum lang)99);
	ck_assert_int_eq(run("", 0), 1);
	ck_assert_str_eq(errs[0].msg, "Filen er tom.");
	xmlio_set_lang(LANG_DA);
}
END_TEST

START_TEST(test_one_error_per_element)
{
	NEED_SCHEMA();
	/* Element content in <budget> and no value: one error, not two. */
	ck_assert_int_eq(run_str(HEAD PERIOD "<linje><tekst>x</tekst>"
	    "<budget><x/></budget><faktisk>1</faktisk></linje>\n" TAIL), 1);
	ck_assert_uint_eq(nerrs, 1);
	ck_assert_str_eq(errs[0].path, "regnskab/linje[1]/budget");
	ck_assert_msg(any_error("må kun indeholde tekst"), "%s", dump());
	/* Two elements, two errors, each with its own path. */
	ck_assert_int_eq(run_str(HEAD PERIOD LINE("1,5", "2,5") TAIL), 1);
	ck_assert_uint_eq(nerrs, 2);
	ck_assert_str_eq(errs[0].path, "regnskab/linje[1]/budget");
	ck_assert_str_eq(errs[1].path, "regnskab/linje[1]/faktisk");
	/* The lines of a valid file are known, for messages about them. */
	ck_assert_int_eq(run_str(HEAD PERIOD LINE("1", "1") LINE("2", "2")
	    TAIL), 0);
	ck_assert_int_eq(acc.grant_line, 3);
	ck_assert_int_eq(acc.lines[0].line, 5);
	ck_assert_int_eq(acc.lines[1].line, 6);
}
END_TEST

/* --- hostile input ------------------------------------------------------ */

static const char xxe_doc[] =
    "<!DOCTYPE regnskab [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
    "<regnskab xmlns=\"" NS "\"><tilsagn>KU-2026-00123</tilsagn>"
    "<periode><fra>2026-01-01</fra><til>2026-12-31</til></periode>"
    "<linje><tekst>&xxe;</tekst><budget>1</budget><faktisk>1</faktisk>"
    "</linje></regnskab>\n";

START_TEST(test_xxe)
{
	xmlDocPtr	 d;
	xmlChar		*txt;
	char		*u16;
	size_t		 len;

	NEED_SCHEMA();
	ck_assert_int_eq(run_file("regnskab-xxe.xml"), 1);
	ck_assert_str_eq(errs[0].msg, MSG_DOCTYPE);
	assert_no_passwd();

	/* UTF-16 hides the DOCTYPE from the byte scan; the parser hook. */
	u16 = utf16le(xxe_doc, &len);
	ck_assert_int_eq(run(u16, len), 1);
	free(u16);
	ck_assert_uint_eq(nerrs, 1);
	ck_assert_str_eq(errs[0].msg, MSG_DOCTYPE);
	ck_assert_int_eq(errs[0].line, 1);
	assert_no_passwd();

	/*
	 * The loader refuses file:// even when asked to substitute (which
	 * xmlio never does).
	 */
	d = xmlReadMemory(xxe_doc, (int)strlen(xxe_doc), "x.xml", NULL,
	    XML_PARSE_NOENT | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (d != NULL) {
		txt = xmlNodeGetContent(xmlDocGetRootElement(d));
		ck_assert_ptr_null(strstr((const char *)txt, "root:"));
		xmlFree(txt);
		xmlFreeDoc(d);
	}
}
END_TEST

static double
elapsed(const struct timespec *t0)
{
	struct timespec	 t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) +
	    (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

START_TEST(test_billion_laughs)
{
	struct timespec	 t0;
	char		*buf, *u16;
	size_t		 len, u16len;

	NEED_SCHEMA();
	buf = slurp("regnskab-billion-laughs.xml", &len);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	ck_assert_int_eq(run(buf, len), 1);
	ck_assert_msg(elapsed(&t0) < 0.5, "took %.3f s", elapsed(&t0));
	ck_assert_str_eq(errs[0].msg, MSG_DOCTYPE);

	/* Past the byte scan, the hook stops before the subset is read. */
	u16 = utf16le(buf, &u16len);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	ck_assert_int_eq(run(u16, u16len), 1);
	ck_assert_msg(elapsed(&t0) < 0.5, "took %.3f s", elapsed(&t0));
	ck_assert_str_eq(errs[0].msg, MSG_DOCTYPE);
	ck_assert_uint_eq(nerrs, 1);
	free(u16);
	free(buf);
}
END_TEST

/* A listening socket on 127.0.0.1 that nobody should connect to. */
static int
listener(int *port)
{
	struct sockaddr_in	 sin;
	socklen_t		 sl = sizeof(sin);
	int			 fd;

	fd = socket(AF_INET, SOCK_STREAM, 0);
	ck_assert_int_ge(fd, 0);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	sin.sin_port = 0;
	ck_assert_int_eq(bind(fd, (struct sockaddr *)&sin, sizeof(sin)), 0);
	ck_assert_int_eq(listen(fd, 8), 0);
	ck_assert_int_eq(getsockname(fd, (struct sockaddr *)&sin, &sl), 0);
	ck_assert_int_ne(fcntl(fd, F_SETFL, O_NONBLOCK), -1);
	*port = ntohs(sin.sin_port);
	return fd;
}

START_TEST(test_external_dtd)
{
	char		 d[512], *u16;
	size_t		 len;
	xmlDocPtr	 x;
	int		 fd, port, c;

	NEED_SCHEMA();
	ck_assert_int_eq(run_file("regnskab-external-dtd.xml"), 1);
	ck_assert_str_eq(errs[0].msg, MSG_DOCTYPE);

	fd = listener(&port);
	snprintf(d, sizeof(d), "<!DOCTYPE regnskab SYSTEM "
	    "\"http://127.0.0.1:%d/x.dtd\">\n<regnskab xmlns=\"" NS "\">"
	    "<tilsagn>KU-2026-00123</tilsagn></regnskab>\n", port);
	ck_assert_int_eq(run_str(d), 1);
	ck_assert_str_eq(errs[0].msg, MSG_DOCTYPE);
	u16 = utf16le(d, &len);
	ck_assert_int_eq(run(u16, len), 1);
	ck_assert_str_eq(errs[0].msg, MSG_DOCTYPE);
	free(u16);

	/* Even a careless caller asking for the DTD gets nothing fetched. */
	x = xmlReadMemory(d, (int)strlen(d), "x.xml", NULL, XML_PARSE_DTDLOAD |
	    XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (x != NULL)
		xmlFreeDoc(x);

	c = accept(fd, NULL, NULL);
	ck_assert_msg(c == -1 && (errno == EAGAIN || errno == EWOULDBLOCK),
	    "someone connected to 127.0.0.1:%d", port);
	close(fd);
}
END_TEST

START_TEST(test_doctype_prolog)
{
	static const char	 late[] =
	    "\xef\xbb\xbf<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<!-- en kommentar\n over to linjer -->\n"
	    "<?behandling x?>\n"
	    "\n"
	    "<!DOCTYPE regnskab>\n"
	    "<regnskab xmlns=\"" NS "\"/>\n";
	char			*l, *d;

	NEED_SCHEMA();
	ck_assert_int_eq(run_str(late), 1);
	ck_assert_uint_eq(nerrs, 1);
	ck_assert_str_eq(errs[0].msg, MSG_DOCTYPE);
	ck_assert_int_eq(errs[0].line, 6);

	/* Only the prolog counts: a comment may mention one. */
	l = line_xml("<!-- <!DOCTYPE x> -->Porto", "10", "9.50");
	d = doc("2026-01-01", "2026-01-31", l);
	ck_assert_msg(run_str(d) == 0, "%s", dump());
	ck_assert_str_eq(acc.lines[0].text, "Porto");
	free(d);
	free(l);
}
END_TEST

START_TEST(test_oversize)
{
	char	*buf, *d, *l;
	size_t	 len;

	NEED_SCHEMA();
	/* A valid document padded with trailing white space. */
	l = line_xml("Porto", "10", "9.50");
	d = doc("2026-01-01", "2026-01-31", l);
	len = strlen(d);
	buf = malloc(XMLIO_MAXBYTES + 1);
	ck_assert_ptr_nonnull(buf);
	memcpy(buf, d, len);
	memset(buf + len, ' ', XMLIO_MAXBYTES + 1 - len);

	ck_assert_msg(run(buf, XMLIO_MAXBYTES) == 0, "%s", dump());
	ck_assert_int_eq(run(buf, XMLIO_MAXBYTES + 1), 1);
	ck_assert_uint_eq(nerrs, 1);
	ck_assert_str_eq(errs[0].msg, "Filen er for stor (højst 2 MB).");
	free(buf);
	free(d);
	free(l);
}
END_TEST

START_TEST(test_empty)
{
	NEED_SCHEMA();
	ck_assert_int_eq(run("", 0), 1);
	ck_assert_uint_eq(nerrs, 1);
	ck_assert_uint_gt(strlen(errs[0].msg), 0);
	ck_assert_int_eq(run(NULL, 0), 1);
	ck_assert_int_eq(run_str("   \n"), 1);
	ck_assert_uint_ge(nerrs, 1);
	ck_assert_int_eq(run_str("<regnskab xmlns=\"" NS "\"/>"), 1);
	ck_assert_uint_ge(nerrs, 1);

	/* No room for errors is not a crash. */
	ck_assert_int_eq(xmlio_accounts("<", 1, &acc, NULL, 0, &nerrs), 1);
	ck_assert_uint_eq(nerrs, 0);
}
END_TEST

/*
 * A byte the declared encoding cannot convert: libxml2 reports it and
 * recovers, and the file must still be refused (fuzz_xmlio found it).
 */
START_TEST(test_bad_encoding)
{
	char	*buf;
	size_t	 len;

	NEED_SCHEMA();
	buf = slurp("bad-encoding.xml", &len);
	ck_assert_int_eq(run(buf, len), 1);
	ck_assert_uint_ge(nerrs, 1);
	ck_assert_uint_gt(strlen(errs[0].msg), 0);
	free(buf);
}
END_TEST

/* --- amounts and texts -------------------------------------------------- */

static const struct {
	const char	*s;
	int64_t		 ore;
} amounts[] = {
	{ "0.05", 5 },
	{ "1234.5", 123450 },
	{ "999999999999.99", INT64_C(99999999999999) },
	{ "9999999999999.99", INT64_C(999999999999999) },
	{ "10", 1000 },
	{ "0", 0 },
	{ "0.1", 10 },
	{ "0.29", 29 },		/* 0.29 * 100 is 28.999... in binary */
	{ "1.230", 123 },
	{ " 42.00\n", 4200 },
	{ ".5", 50 },
	{ "7.", 700 },
	{ "+3.10", 310 },
	{ "-0.00", 0 },
	{ "0000000000000000001.00", 100 },
};

START_TEST(test_amounts)
{
	NEED_SCHEMA();
	ck_assert_msg(run_line("Porto", amounts[_i].s, amounts[_i].s) == 0,
	    "\"%s\":%s", amounts[_i].s, dump());
	ck_assert_uint_eq(acc.nlines, 1);
	ck_assert_msg(acc.lines[0].budget_ore == amounts[_i].ore,
	    "\"%s\" gave %lld", amounts[_i].s,
	    (long long)acc.lines[0].budget_ore);
	ck_assert_int_eq(acc.lines[0].actual_ore, amounts[_i].ore);
}
END_TEST

static const char *const bad_amounts[] = {
	"12,50", "1.234", "-1.00", "-0.01", "1e3", "", " ", "kr. 10",
	"1 000", "99999999999999.99", "0x10", "NaN", "INF",
};

START_TEST(test_bad_amounts)
{
	NEED_SCHEMA();
	ck_assert_msg(run_line("Porto", "1.00", bad_amounts[_i]) == 1,
	    "\"%s\" accepted", bad_amounts[_i]);
	ck_assert_uint_ge(nerrs, 1);
	ck_assert_int_eq(errs[0].line, 5);
	ck_assert_ptr_nonnull(strstr(errs[0].msg, "faktisk"));
}
END_TEST

/* A valid UTF-8 string: whole sequences only. */
static int
utf8_whole(const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i, n;

	while (*p != '\0') {
		if (*p < 0x80)
			n = 1;
		else if ((*p & 0xe0) == 0xc0)
			n = 2;
		else if ((*p & 0xf0) == 0xe0)
			n = 3;
		else if ((*p & 0xf8) == 0xf0)
			n = 4;
		else
			return 0;
		for (i = 1; i < n; i++)
			if ((p[i] & 0xc0) != 0x80)
				return 0;
		p += n;
	}
	return 1;
}

START_TEST(test_texts)
{
	char	*t, *l, *d, *x, *lines;
	size_t	 sz;

	NEED_SCHEMA();
	/* The schema's 300 characters fit whole, however many bytes. */
	t = repeat("æ", 300);
	ck_assert_int_eq(run_line(t, "1", "1"), 0);
	ck_assert_uint_eq(strlen(acc.lines[0].text), 600);
	ck_assert_str_eq(acc.lines[0].text, t);
	free(t);

	/* 300 4-byte sequences: 1200 bytes, all kept. */
	t = repeat("\xf0\x9f\x98\x80", 300);
	ck_assert_int_eq(run_line(t, "1", "1"), 0);
	ck_assert_uint_eq(strlen(acc.lines[0].text), 1200);
	ck_assert(utf8_whole(acc.lines[0].text));
	free(t);

	/* 299 ASCII characters and an "é": 300 characters, 301 bytes. */
	t = malloc(302);
	ck_assert_ptr_nonnull(t);
	memset(t, 'a', 299);
	strcpy(t + 299, "é");
	ck_assert_int_eq(run_line(t, "1", "1"), 0);
	ck_assert_uint_eq(strlen(acc.lines[0].text), 301);
	free(t);

	/* 301 characters is too many for the schema. */
	t = repeat("a", 301);
	ck_assert_int_eq(run_line(t, "1", "1"), 1);
	free(t);

	/* Blank after trimming: refused. */
	ck_assert_int_eq(run_line("  \n ", "1", "1"), 1);
	ck_assert_msg(any_error("tom"), "%s", dump());
	ck_assert_int_eq(errs[0].line, 5);

	/* Escapes and character references come out as text. */
	ck_assert_int_eq(run_line("  A &lt;&amp;&gt; &#x00F8;&#248; ", "1",
	    "1"), 0);
	ck_assert_str_eq(acc.lines[0].text, "A <&> øø");

	/* A 2000-character explanation. */
	x = repeat("ø", 2000);
	sz = strlen(x) + 200;
	lines = malloc(sz);
	ck_assert_ptr_nonnull(lines);
	snprintf(lines, sz, "<linje><tekst>Porto</tekst><budget>1</budget>"
	    "<faktisk>2</faktisk><forklaring>%s</forklaring></linje>", x);
	d = doc("2026-01-01", "2026-01-31", lines);
	ck_assert_msg(run_str(d) == 0, "%s", dump());
	ck_assert_uint_eq(strlen(acc.lines[0].explanation), 4000);
	ck_assert(utf8_whole(acc.lines[0].explanation));
	free(d);
	free(lines);
	free(x);

	/* CDATA is text too. */
	l = line_xml("<![CDATA[Kaffe & kage]]>", "1", "1");
	d = doc("2026-01-01", "2026-01-31", l);
	ck_assert_msg(run_str(d) == 0, "%s", dump());
	ck_assert_str_eq(acc.lines[0].text, "Kaffe & kage");
	free(d);
	free(l);
}
END_TEST

START_TEST(test_structure)
{
	char	*one, *lines, *d;

	NEED_SCHEMA();
	one = line_xml("Porto", "1", "1");

	/* 200 lines are fine, 201 are not. */
	lines = repeat(one, 200);
	d = doc("2026-01-01", "2026-12-31", lines);
	ck_assert_msg(run_str(d) == 0, "%s", dump());
	ck_assert_uint_eq(acc.nlines, 200);
	ck_assert_str_eq(acc.lines[199].text, "Porto");
	free(d);
	free(lines);
	lines = repeat(one, 201);
	d = doc("2026-01-01", "2026-12-31", lines);
	ck_assert_int_eq(run_str(d), 1);
	ck_assert_int_eq(errs[0].line, 205);
	free(d);
	free(lines);

	/* No lines at all. */
	d = doc("2026-01-01", "2026-12-31", "");
	ck_assert_int_eq(run_str(d), 1);
	free(d);

	/* The period must not end before it starts; one day is fine. */
	d = doc("2026-12-31", "2026-01-01", one);
	ck_assert_int_eq(run_str(d), 1);
	ck_assert_msg(any_error("Perioden"), "%s", dump());
	ck_assert_int_eq(errs[0].line, 4);
	free(d);
	d = doc("2026-05-01", "2026-05-01", one);
	ck_assert_msg(run_str(d) == 0, "%s", dump());
	free(d);

	/* Dates with a time zone are xs:date but not ours. */
	d = doc("2026-01-01Z", "2026-12-31", one);
	ck_assert_int_eq(run_str(d), 1);
	free(d);
	d = doc("2026-01-01", "2026-12-31+01:00", one);
	ck_assert_int_eq(run_str(d), 1);
	free(d);
	free(one);

	/* Grant numbers. */
	ck_assert_int_eq(run_str("<regnskab xmlns=\"" NS "\"><tilsagn>"
	    "ku-2026-00123</tilsagn><periode><fra>2026-01-01</fra>"
	    "<til>2026-12-31</til></periode><linje><tekst>x</tekst>"
	    "<budget>1</budget><faktisk>1</faktisk></linje></regnskab>"), 1);
	ck_assert_int_eq(run_str("<regnskab xmlns=\"" NS "\"><tilsagn>\n"
	    "  SO-2025-1234\n</tilsagn><periode><fra>2026-01-01</fra>"
	    "<til>2026-12-31</til></periode><linje><tekst>x</tekst>"
	    "<budget>1</budget><faktisk>1</faktisk></linje></regnskab>"), 0);
	ck_assert_str_eq(acc.grant_no, "SO-2025-1234");

	/* Unknown elements and attributes. */
	ck_assert_int_eq(run_str("<regnskab xmlns=\"" NS "\" x=\"1\">"
	    "<tilsagn>SO-2025-1234</tilsagn><periode><fra>2026-01-01</fra>"
	    "<til>2026-12-31</til></periode><linje><tekst>x</tekst>"
	    "<budget>1</budget><faktisk>1</faktisk></linje></regnskab>"), 1);
	ck_assert_int_eq(run_str("<regnskab xmlns=\"" NS "\">"
	    "<tilsagn>SO-2025-1234</tilsagn><periode><fra>2026-01-01</fra>"
	    "<til>2026-12-31</til></periode><linje><tekst>x</tekst>"
	    "<budget>1</budget><faktisk>1</faktisk><moms>1</moms></linje>"
	    "</regnskab>"), 1);
}
END_TEST

START_TEST(test_many_errors)
{
	char	*one, *lines, *d;
	size_t	 small;

	NEED_SCHEMA();
	one = line_xml("Porto", "1,00", "2,00");
	lines = repeat(one, 50);
	d = doc("2026-01-01", "2026-12-31", lines);
	ck_assert_int_eq(run_str(d), 1);
	ck_assert_uint_eq(nerrs, NELEM(errs));
	ck_assert_msg(strstr(errs[NELEM(errs) - 1].msg, "flere fejl") != NULL,
	    "%s", dump());
	/* The caller tells that last entry apart by its flag, not its text. */
	ck_assert_int_eq(errs[NELEM(errs) - 1].more, 1);
	ck_assert_int_eq(errs[NELEM(errs) - 2].more, 0);
	ck_assert_int_eq(errs[0].line, 5);
	xmlio_set_lang(LANG_EN);
	ck_assert_int_eq(run_str(d), 1);
	xmlio_set_lang(LANG_DA);
	ck_assert_str_eq(errs[NELEM(errs) - 1].msg,
	    "There are more errors, which are not shown.");
	ck_assert_int_eq(errs[NELEM(errs) - 1].more, 1);
	ck_assert_int_eq(errs[0].more, 0);
	assert_english(errs[0].msg);

	ck_assert_int_eq(xmlio_accounts(d, strlen(d), &acc, errs, 3, &small),
	    1);
	ck_assert_uint_eq(small, 3);
	free(d);
	free(lines);
	free(one);
}
END_TEST

/* --- Atom --------------------------------------------------------------- */

static xmlNodePtr
child(xmlNodePtr n, const char *name)
{
	for (n = n->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)n->name, name) == 0)
			return n;
	return NULL;
}

static void
assert_text(xmlNodePtr n, const char *want)
{
	xmlChar	*txt;

	ck_assert_ptr_nonnull(n);
	txt = xmlNodeGetContent(n);
	ck_assert_str_eq((const char *)txt, want);
	xmlFree(txt);
}

static void
assert_attr(xmlNodePtr n, const char *name, const char *want)
{
	xmlChar	*v;

	ck_assert_ptr_nonnull(n);
	v = xmlGetProp(n, (const xmlChar *)name);
	ck_assert_ptr_nonnull(v);
	ck_assert_str_eq((const char *)v, want);
	xmlFree(v);
}

START_TEST(test_atom)
{
	struct tm		 tm;
	time_t			 t;
	struct xmlio_entry	 e[3];
	char			*out;
	size_t			 len = 0;
	xmlDocPtr		 d;
	xmlNodePtr		 root, n;
	int			 nent = 0;

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = 2026 - 1900;
	tm.tm_mon = 10;
	tm.tm_mday = 23;
	tm.tm_hour = 10;
	t = timegm(&tm);

	memset(e, 0, sizeof(e));
	e[0].id = "urn:frist:pool:12";
	e[0].title = "Puljen \"<&>\" åbner";
	e[0].link = "https://frist.example.dk/puljer/12?a=1&b=2";
	e[0].summary = "Ansøgningsfrist 1. marts 2027 <kl. 12>";
	e[0].updated = t;
	e[1].id = "urn:frist:pool:13";
	e[1].title = "Kulturpuljen";
	e[1].link = "https://frist.example.dk/puljer/13";
	e[1].summary = "Støtte til lokale kulturprojekter.";
	e[1].updated = t - 86400;
	e[2].id = "urn:frist:pool:14";
	e[2].title = "Uden resumé";
	e[2].updated = t;

	out = xmlio_atom("urn:frist:pools", "Nye puljer <&>", "Styrelsen",
	    "https://frist.example.dk/puljer.atom", t, e, NELEM(e), &len);
	ck_assert_ptr_nonnull(out);
	ck_assert_uint_eq(len, strlen(out));
	ck_assert_msg(strncmp(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
	    38) == 0, "%.80s", out);
	ck_assert_ptr_nonnull(strstr(out, "<feed xmlns=\"http://www.w3.org/"
	    "2005/Atom\">"));
	ck_assert_ptr_nonnull(strstr(out, "&lt;&amp;&gt;"));
	ck_assert_ptr_null(strstr(out, "<&>"));
	ck_assert_ptr_nonnull(strstr(out, "<updated>2026-11-23T10:00:00Z"
	    "</updated>"));
	ck_assert_ptr_nonnull(strstr(out, "<updated>2026-11-22T10:00:00Z"
	    "</updated>"));
	ck_assert_ptr_nonnull(strstr(out, "?a=1&amp;b=2"));

	d = xmlReadMemory(out, (int)len, "feed.xml", NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	ck_assert_msg(d != NULL, "does not parse:\n%s", out);
	root = xmlDocGetRootElement(d);
	ck_assert_str_eq((const char *)root->name, "feed");
	ck_assert_ptr_nonnull(root->ns);
	ck_assert_str_eq((const char *)root->ns->href,
	    "http://www.w3.org/2005/Atom");
	assert_text(child(root, "id"), "urn:frist:pools");
	assert_text(child(root, "title"), "Nye puljer <&>");
	assert_text(child(root, "updated"), "2026-11-23T10:00:00Z");
	assert_attr(child(root, "link"), "rel", "self");
	assert_attr(child(root, "link"), "href",
	    "https://frist.example.dk/puljer.atom");
	for (n = root->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE ||
		    strcmp((const char *)n->name, "entry") != 0)
			continue;
		ck_assert_ptr_nonnull(n->ns);
		ck_assert_str_eq((const char *)n->ns->href,
		    "http://www.w3.org/2005/Atom");
		assert_text(child(n, "id"), e[nent].id);
		assert_text(child(n, "title"), e[nent].title);
		ck_assert_ptr_nonnull(child(n, "updated"));
		if (e[nent].link != NULL)
			assert_attr(child(n, "link"), "href", e[nent].link);
		else
			ck_assert_ptr_null(child(n, "link"));
		if (e[nent].summary != NULL)
			assert_text(child(n, "summary"), e[nent].summary);
		else
			ck_assert_ptr_null(child(n, "summary"));
		nent++;
	}
	ck_assert_int_eq(nent, 3);
	xmlFreeDoc(d);
	free(out);
}
END_TEST

START_TEST(test_atom_edges)
{
	struct xmlio_entry	 e;
	char			*out;
	size_t			 len = 99;
	xmlDocPtr		 d;

	/* No entries. */
	out = xmlio_atom("urn:frist:pools", "Nye puljer", "Styrelsen",
	    "https://x.dk/a", 0, NULL, 0, &len);
	ck_assert_ptr_nonnull(out);
	ck_assert_ptr_nonnull(strstr(out, "<updated>1970-01-01T00:00:00Z"));
	ck_assert_ptr_null(strstr(out, "<entry"));
	d = xmlReadMemory(out, (int)len, "feed.xml", NULL, XML_PARSE_NONET |
	    XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	ck_assert_ptr_nonnull(d);
	xmlFreeDoc(d);
	free(out);

	/* Text that cannot be written as XML: refused, not mangled. */
	memset(&e, 0, sizeof(e));
	e.id = "urn:frist:pool:1";
	e.title = "bad \xff byte";
	len = 99;
	ck_assert_ptr_null(xmlio_atom("urn:x", "t", "Styrelsen",
	    "https://x.dk/a", 0, &e, 1, &len));
	ck_assert_uint_eq(len, 0);
	e.title = "control \x01 char";
	ck_assert_ptr_null(xmlio_atom("urn:x", "t", "Styrelsen",
	    "https://x.dk/a", 0, &e, 1, &len));
	e.title = "overlong \xc0\xaf";
	ck_assert_ptr_null(xmlio_atom("urn:x", "t", "Styrelsen",
	    "https://x.dk/a", 0, &e, 1, &len));
	e.title = NULL;
	ck_assert_ptr_null(xmlio_atom("urn:x", "t", "Styrelsen",
	    "https://x.dk/a", 0, &e, 1, &len));
	ck_assert_ptr_null(xmlio_atom(NULL, "t", "Styrelsen",
	    "https://x.dk/a", 0, NULL, 0, &len));
}
END_TEST

Suite *
xmlio_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("xmlio");

	tc = tcase_create("accounts");
	tcase_add_unchecked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_valid);
	tcase_add_loop_test(tc, test_invalid, 0, (int)NELEM(invalid));
	tcase_add_loop_test(tc, test_danish, 0, (int)NELEM(danish));
	tcase_add_loop_test(tc, test_english, 0, (int)NELEM(english));
	tcase_add_test(tc, test_english_files);
	tcase_add_test(tc, test_one_error_per_element);
	tcase_add_test(tc, test_xxe);
	tcase_add_test(tc, test_billion_laughs);
	tcase_add_test(tc, test_external_dtd);
	tcase_add_test(tc, test_doctype_prolog);
	tcase_add_test(tc, test_oversize);
	tcase_add_test(tc, test_empty);
	tcase_add_test(tc, test_bad_encoding);
	tcase_add_loop_test(tc, test_amounts, 0, (int)NELEM(amounts));
	tcase_add_loop_test(tc, test_bad_amounts, 0, (int)NELEM(bad_amounts));
	tcase_add_test(tc, test_texts);
	tcase_add_test(tc, test_structure);
	tcase_add_test(tc, test_many_errors);
	suite_add_tcase(s, tc);

	tc = tcase_create("atom");
	tcase_add_test(tc, test_atom);
	tcase_add_test(tc, test_atom_edges);
	suite_add_tcase(s, tc);

	return s;
}
