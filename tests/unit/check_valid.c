/*
 * Unit tests for valid.c (form validation, UTF-8, CVR, amounts) and kv.c,
 * and the one e-mail address rule: tests/data/addrs.txt through
 * mailmsg_addr_ok() and VT_EMAIL (t_profile.sh runs it through the
 * database's email_plain()).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "kv.h"
#include "i18n.h"
#include "mailmsg.h"
#include "srcfile.h"
#include "valid.h"

/* Collected by check_main.c; declared here for -Wmissing-prototypes. */
Suite	*valid_suite(void);

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* --- UTF-8 ------------------------------------------------------------ */

struct u8case {
	const char	*s;
	size_t		 len;
	long		 cps;	/* utf8_len(), -1 if malformed */
	int		 valid;	/* utf8_valid() */
};

#define U8(s, cps, valid)	{ s, sizeof(s) - 1, cps, valid }

static const struct u8case u8cases[] = {
	U8("", 0, 1),
	U8("abc", 3, 1),
	U8("æøå ÆØÅ", 7, 1),
	U8("\xF0\x9F\x98\x80", 1, 1),		/* U+1F600 emoji */
	U8("a\xF0\x9F\x87\xA9\xF0\x9F\x87\xB0", 3, 1),	/* flag: 2 code points */
	U8("\xE2\x82\xAC", 1, 1),		/* euro sign */
	U8("\x7F", 1, 1),
	U8("\xC2\x80", 1, 1),			/* U+0080, smallest 2-byte */
	U8("\xE0\xA0\x80", 1, 1),		/* U+0800, smallest 3-byte */
	U8("\xF0\x90\x80\x80", 1, 1),		/* U+10000, smallest 4-byte */
	U8("\xED\x9F\xBF", 1, 1),		/* U+D7FF, just below surrogates */
	U8("\xEE\x80\x80", 1, 1),		/* U+E000, just above */
	U8("\xEF\xBF\xBF", 1, 1),		/* U+FFFF */
	U8("\xF4\x8F\xBF\xBF", 1, 1),		/* U+10FFFF, the last */
	/* overlong */
	U8("\xC0\xAF", -1, 0),
	U8("\xC1\xBF", -1, 0),
	U8("\xC0\x80", -1, 0),
	U8("\xE0\x80\xAF", -1, 0),
	U8("\xE0\x9F\xBF", -1, 0),
	U8("\xF0\x80\x80\xAF", -1, 0),
	U8("\xF0\x8F\xBF\xBF", -1, 0),
	/* surrogates */
	U8("\xED\xA0\x80", -1, 0),
	U8("\xED\xBF\xBF", -1, 0),
	U8("\xED\xA0\xBD\xED\xB8\x80", -1, 0),	/* CESU-8 pair */
	/* beyond U+10FFFF */
	U8("\xF4\x90\x80\x80", -1, 0),
	U8("\xF5\x80\x80\x80", -1, 0),
	U8("\xF8\x88\x80\x80\x80", -1, 0),
	U8("\xFE", -1, 0),
	U8("\xFF", -1, 0),
	/* truncated */
	U8("\xC3", -1, 0),
	U8("a\xC3", -1, 0),
	U8("\xE2\x82", -1, 0),
	U8("\xF0\x9F\x98", -1, 0),
	U8("\xE2\x82z", -1, 0),
	/* stray or missing continuation bytes */
	U8("\x80", -1, 0),
	U8("a\xBF" "b", -1, 0),
	U8("\xC3\xA6\xA6", -1, 0),
	U8("\xC3\x28", -1, 0),
	U8("\xE2\x28\xA1", -1, 0),
	U8("\xF0\x9F\x98\x28", -1, 0),
	/* NUL is a code point, but not allowed in form text */
	U8("a\0b", 3, 0),
	U8("\0", 1, 0),
	U8("æ\0", 2, 0),
};

START_TEST(test_utf8)
{
	const struct u8case	*c = &u8cases[_i];

	ck_assert_int_eq(utf8_len(c->s, c->len), c->cps);
	ck_assert_int_eq(utf8_valid(c->s, c->len) != 0, c->valid);
}
END_TEST

START_TEST(test_utf8_prefix)
{
	/* The length bounds the scan: half an "æ" is malformed. */
	ck_assert_int_eq(utf8_len("æx", 1), -1);
	ck_assert_int_eq(utf8_len("æx", 2), 1);
	ck_assert_int_eq(utf8_len("ææææ", 8), 4);
	ck_assert(!utf8_valid("æ", 1));
}
END_TEST

/* --- single fields ---------------------------------------------------- */

struct fcase {
	enum valid_type	 type;
	unsigned	 flags;
	int64_t		 min, max;
	const char	*in;		/* NULL: key absent */
	size_t		 inlen;		/* 0: strlen(in) */
	int		 ok;
	int		 present;	/* -1: not checked */
	const char	*str;		/* expected str; NULL: not checked */
	int64_t		 num;
	const char	*msg;		/* expected err when !ok */
};

#define R		VF_REQUIRED
#define OK(t, f, lo, hi, in, str, num) \
	{ t, f, lo, hi, in, 0, 1, 1, str, num, NULL }
#define NONE(t, f, lo, hi, in) \
	{ t, f, lo, hi, in, 0, 1, 0, "", 0, NULL }
#define BAD(t, f, lo, hi, in, msg) \
	{ t, f, lo, hi, in, 0, 0, -1, NULL, 0, msg }
/* Bad, and the value is kept (trimmed) as typed for re-display. */
#define BADS(t, f, lo, hi, in, str, msg) \
	{ t, f, lo, hi, in, 0, 0, 1, str, 0, msg }

#define M_REQ	"Udfyld feltet »Felt«."
#define M_BADV	"Ugyldig værdi i »Felt«."
#define M_LINE	"»Felt« må kun være én linje tekst."
#define M_CTRL	"»Felt« indeholder ugyldige tegn."
#define M_INT	"»Felt« skal være et helt tal."
#define M_AMT	"»Felt« skal være et beløb i kroner, fx 12.500,00."
#define M_DATE	"»Felt« skal være en dato på formen ÅÅÅÅ-MM-DD."
#define M_ENUM	"Vælg en gyldig værdi i »Felt«."
#define M_MAIL	"»Felt« skal være en gyldig e-mailadresse."
/* Only ASCII addresses (sql/028 stores no others; mail without SMTPUTF8). */
#define M_MAIL_ASCII	"»Felt« må kun indeholde tegn fra det engelske alfabet (ASCII): bogstaver som æ, ø og å kan ikke bruges i en e-mailadresse. Et domæne med æ, ø eller å skrives som punycode (xn--…)."
/* A CVR number is told what is wrong with it (it used to be told "8
 * cifre" whatever was wrong, also with 8 digits and a wrong check digit). */
#define M_CVR_DIG	"»Felt« må kun indeholde cifre: et CVR-nummer er 8 cifre, fx 10150817."
#define M_CVR_LEN(n)	"»Felt« skal være 8 cifre, men har " #n "."
#define M_CVR_ZERO	"»Felt« kan ikke begynde med 0."
#define M_CVR_CHECK	"»Felt« er ikke et gyldigt CVR-nummer: kontrolcifferet passer ikke. Tjek, at alle 8 cifre er skrevet rigtigt."
#define M_DIG	"»Felt« må kun indeholde cifre."

#define D20240101	19723
#define D20240229	19782
#define D20240615	19889
#define D20241231	20088

#define L300 \
	"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" \
	"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" \
	"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

static const char *const enum_choices[] = { "lav", "mellem", "høj", NULL };

static const struct fcase fcases[] = {
	/* required vs optional, trimming */
	NONE(VT_LINE, 0, 0, 0, NULL),
	NONE(VT_LINE, 0, 0, 0, ""),
	NONE(VT_LINE, 0, 0, 0, " \t\r\n "),
	BAD(VT_LINE, R, 0, 0, NULL, M_REQ),
	BAD(VT_LINE, R, 0, 0, "", M_REQ),
	BAD(VT_LINE, R, 0, 0, "  \t ", M_REQ),
	BAD(VT_LINE, R, 2, 10, NULL, M_REQ),
	NONE(VT_LINE, 0, 2, 10, ""),		/* min only applies if given */
	OK(VT_LINE, R, 0, 0, "Hej", "Hej", 0),
	OK(VT_LINE, R, 0, 0, "  Hej verden \t\r\n", "Hej verden", 0),
	OK(VT_LINE, 0, 0, 0, "æøå ÆØÅ", "æøå ÆØÅ", 0),
	OK(VT_LINE, 0, 0, 1, "\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80", 0),
	/* VT_LINE */
	BADS(VT_LINE, 0, 0, 0, "a\nb", "a\nb", M_LINE),
	BADS(VT_LINE, 0, 0, 0, "a\tb", "a\tb", M_LINE),
	BAD(VT_LINE, 0, 0, 0, "a\rb", M_LINE),
	BAD(VT_LINE, 0, 0, 0, "a\x7f", M_LINE),
	BAD(VT_LINE, 0, 0, 0, "\x1b[31m", M_LINE),
	BAD(VT_LINE, 0, 0, 0, "a\x01", M_LINE),
	BAD(VT_LINE, 0, 0, 0, "\xC0\xAF", M_BADV),
	BAD(VT_LINE, 0, 0, 0, "\xED\xA0\x80", M_BADV),
	{ VT_LINE, 0, 0, 0, "ab\0c", 4, 0, -1, NULL, 0, M_BADV },
	/* length in code points */
	OK(VT_LINE, 0, 0, 4, "ææææ", "ææææ", 0),
	OK(VT_LINE, 0, 4, 4, "ææææ", "ææææ", 0),
	BAD(VT_LINE, 0, 0, 4, "æææææ", "»Felt« må højst være 4 tegn."),
	BAD(VT_LINE, 0, 4, 0, "æææ", "»Felt« skal være mindst 4 tegn."),
	BAD(VT_LINE, R, 2, 0, "a", "»Felt« skal være mindst 2 tegn."),
	OK(VT_LINE, 0, 2, 0, "  ab  ", "ab", 0),
	BAD(VT_LINE, 0, 0, 3, " abcd ", "»Felt« må højst være 3 tegn."),
	OK(VT_LINE, 0, 0, 300, L300, L300, 0),
	BAD(VT_LINE, 0, 0, 299, L300, "»Felt« må højst være 299 tegn."),
	/* VT_TEXT */
	OK(VT_TEXT, 0, 0, 0, "Linje 1\r\nLinje 2\n\tx", "Linje 1\r\nLinje 2\n\tx", 0),
	OK(VT_TEXT, 0, 0, 0, "\n\n  Tekst\n\n", "Tekst", 0),
	NONE(VT_TEXT, 0, 0, 0, "\r\n\r\n"),
	BADS(VT_TEXT, 0, 0, 0, "a\x01" "b", "a\x01" "b", M_CTRL),
	BAD(VT_TEXT, 0, 0, 0, "a\x1b", M_CTRL),
	BAD(VT_TEXT, 0, 0, 0, "a\x7f", M_CTRL),
	BAD(VT_TEXT, 0, 0, 3, "æ\r\nø", "»Felt« må højst være 3 tegn."),
	OK(VT_TEXT, 0, 0, 4, "æ\r\nø", "æ\r\nø", 0),
	/* VT_INT */
	OK(VT_INT, 0, 0, 0, "42", "42", 42),
	OK(VT_INT, 0, 0, 0, "-17", "-17", -17),
	OK(VT_INT, 0, 0, 0, " 7\n", "7", 7),
	OK(VT_INT, 0, 0, 0, "007", "007", 7),
	OK(VT_INT, 0, 0, 0, "0", "0", 0),
	OK(VT_INT, 0, 0, 0, "-0", "-0", 0),
	OK(VT_INT, 0, 0, 0, "9223372036854775807", NULL, INT64_MAX),
	OK(VT_INT, 0, 0, 0, "-9223372036854775808", NULL, INT64_MIN),
	BAD(VT_INT, 0, 0, 0, "9223372036854775808", M_INT),
	BAD(VT_INT, 0, 0, 0, "-9223372036854775809", M_INT),
	BAD(VT_INT, 0, 0, 0, "99999999999999999999999", M_INT),
	BADS(VT_INT, 0, 0, 0, " 1.5 ", "1.5", M_INT),
	BAD(VT_INT, 0, 0, 0, "1,5", M_INT),
	BAD(VT_INT, 0, 0, 0, "abc", M_INT),
	BAD(VT_INT, 0, 0, 0, "-", M_INT),
	BAD(VT_INT, 0, 0, 0, "--1", M_INT),
	BAD(VT_INT, 0, 0, 0, "+1", M_INT),
	BAD(VT_INT, 0, 0, 0, "1 2", M_INT),
	BAD(VT_INT, 0, 0, 0, "1e3", M_INT),
	BAD(VT_INT, 0, 0, 0, "0x10", M_INT),
	BAD(VT_INT, 0, 0, 0, "١٢", M_INT),	/* Arabic-Indic digits */
	BAD(VT_INT, R, 1, 10, "", M_REQ),
	OK(VT_INT, 0, 1, 10, "1", "1", 1),
	OK(VT_INT, 0, 1, 10, "10", "10", 10),
	BAD(VT_INT, 0, 1, 10, "0", "»Felt« skal være mellem 1 og 10."),
	BAD(VT_INT, 0, 1, 10, "11", "»Felt« skal være mellem 1 og 10."),
	BAD(VT_INT, 0, 1, 10, "99999999999999999999",
	    "»Felt« skal være mellem 1 og 10."),
	BAD(VT_INT, 0, -5, 5, "-6", "»Felt« skal være mellem -5 og 5."),
	OK(VT_INT, 0, -5, 5, "-5", "-5", -5),
	OK(VT_INT, 0, 3, 3, "3", "3", 3),
	BAD(VT_INT, 0, 3, 3, "4", "»Felt« skal være mellem 3 og 3."),
	/* VT_AMOUNT: øre */
	OK(VT_AMOUNT, 0, 0, 0, "0", "0", 0),
	OK(VT_AMOUNT, 0, 0, 0, "12.500,00", "12.500,00", 1250000),
	OK(VT_AMOUNT, 0, 0, 0, "1234,5", "1234,5", 123450),
	OK(VT_AMOUNT, 0, 0, 0, "1.000.000", "1.000.000", 100000000),
	OK(VT_AMOUNT, 0, 0, 0, "1.234.567,89", NULL, 123456789),
	OK(VT_AMOUNT, 0, 0, 0, "1234567,89", NULL, 123456789),
	OK(VT_AMOUNT, 0, 0, 0, "1234567", NULL, 123456700),
	OK(VT_AMOUNT, 0, 0, 0, "1234567,5", NULL, 123456750),
	OK(VT_AMOUNT, 0, 0, 0, "0,05", NULL, 5),
	OK(VT_AMOUNT, 0, 0, 0, "0,5", NULL, 50),
	OK(VT_AMOUNT, 0, 0, 0, " 12,50\r\n", "12,50", 1250),
	OK(VT_AMOUNT, 0, 0, 0, "999.999,99", NULL, 99999999),
	OK(VT_AMOUNT, 0, 0, 0, "92.233.720.368.547.758,07", NULL, INT64_MAX),
	OK(VT_AMOUNT, 0, 0, 0, "92233720368547758,07", NULL, INT64_MAX),
	BAD(VT_AMOUNT, 0, 0, 0, "92233720368547758,08", M_AMT),
	BADS(VT_AMOUNT, 0, 0, 0, "12.50,00", "12.50,00", M_AMT),
	BAD(VT_AMOUNT, 0, 0, 0, "1,234", M_AMT),
	BAD(VT_AMOUNT, 0, 0, 0, "12,345", M_AMT),
	BAD(VT_AMOUNT, 0, 0, 0, "1.2345", M_AMT),
	BAD(VT_AMOUNT, 0, 0, 0, "1234.567", M_AMT),
	BAD(VT_AMOUNT, 0, 0, 0, "abc", M_AMT),
	BAD(VT_AMOUNT, 0, 0, 0, "--1", M_AMT),
	BAD(VT_AMOUNT, 0, 0, 0, "9999999999999999999", M_AMT),
	BAD(VT_AMOUNT, 0, 0, 0, "1.", M_AMT),
	BAD(VT_AMOUNT, 0, 0, 0, ".100", M_AMT),
	BAD(VT_AMOUNT, 0, 0, 0, "1..000", M_AMT),
	BAD(VT_AMOUNT, 0, 0, 0, ",50", M_AMT),
	BAD(VT_AMOUNT, 0, 0, 0, "12,", M_AMT),
	BAD(VT_AMOUNT, 0, 0, 0, "1,2,3", M_AMT),
	BAD(VT_AMOUNT, 0, 0, 0, "1.000,5.0", M_AMT),
	BAD(VT_AMOUNT, 0, 0, 0, "1 000", M_AMT),
	BAD(VT_AMOUNT, 0, 0, 0, "12.50", M_AMT),	/* not English decimals */
	BAD(VT_AMOUNT, 0, 0, 0, "+5", M_AMT),
	BAD(VT_AMOUNT, 0, 0, 0, "5 kr", M_AMT),
	BAD(VT_AMOUNT, 0, 0, 0, "1,2a", M_AMT),
	BAD(VT_AMOUNT, 0, 0, 0, "-5", M_AMT),		/* no negatives: min >= 0 */
	BAD(VT_AMOUNT, 0, 0, 100000, "-5", M_AMT),
	NONE(VT_AMOUNT, 0, 0, 0, ""),
	BAD(VT_AMOUNT, R, 0, 0, "", M_REQ),
	OK(VT_AMOUNT, 0, 0, 100000, "1.000,00", NULL, 100000),
	OK(VT_AMOUNT, 0, 0, 100000, "0", NULL, 0),
	BAD(VT_AMOUNT, 0, 0, 100000, "1.000,01",
	    "»Felt« skal være mellem 0,00 og 1.000,00 kr."),
	BAD(VT_AMOUNT, 0, 0, 100000, "9999999999999999999",
	    "»Felt« skal være mellem 0,00 og 1.000,00 kr."),
	BAD(VT_AMOUNT, 0, 100, 100000, "0,99",
	    "»Felt« skal være mellem 1,00 og 1.000,00 kr."),
	OK(VT_AMOUNT, 0, -100000, 100000, "-12,50", NULL, -1250),
	OK(VT_AMOUNT, 0, -100000, 100000, "-1.000", NULL, -100000),
	OK(VT_AMOUNT, 0, -100000, 100000, "-0", NULL, 0),
	BAD(VT_AMOUNT, 0, -100000, 100000, "-1.000,01",
	    "»Felt« skal være mellem -1.000,00 og 1.000,00 kr."),
	BAD(VT_AMOUNT, 0, -100000, 100000, "--1", M_AMT),
	BAD(VT_AMOUNT, 0, -100000, 100000, "-", M_AMT),
	OK(VT_AMOUNT, 0, INT64_MIN, INT64_MAX, "-92.233.720.368.547.758,08",
	    NULL, INT64_MIN),
	/* VT_DATE */
	OK(VT_DATE, 0, 0, 0, "2024-02-29", "2024-02-29", D20240229),
	OK(VT_DATE, 0, 0, 0, " 2024-01-01 ", "2024-01-01", D20240101),
	OK(VT_DATE, 0, 0, 0, "1970-01-01", NULL, 0),
	/* The right form, but no such day: say so, not "ÅÅÅÅ-MM-DD". */
	BADS(VT_DATE, 0, 0, 0, "2023-02-29", "2023-02-29",
	    "»Felt«: 2023-02-29 findes ikke – februar 2023 har 28 dage."),
	BAD(VT_DATE, 0, 0, 0, "2027-02-30",
	    "»Felt«: 2027-02-30 findes ikke – februar 2027 har 28 dage."),
	BAD(VT_DATE, 0, 0, 0, "2024-02-30",
	    "»Felt«: 2024-02-30 findes ikke – februar 2024 har 29 dage."),
	BAD(VT_DATE, 0, 0, 0, "2024-04-31",
	    "»Felt«: 2024-04-31 findes ikke – april 2024 har 30 dage."),
	BAD(VT_DATE, 0, 0, 0, "2024-01-00",
	    "»Felt«: 2024-01-00 findes ikke – januar 2024 har 31 dage."),
	BAD(VT_DATE, 0, 0, 0, "1899-12-31",
	    "»Felt«: året skal ligge mellem 1900 og 2199."),
	BAD(VT_DATE, 0, 0, 0, "2024-2-29", M_DATE),
	BAD(VT_DATE, 0, 0, 0, "29-02-2024", M_DATE),
	BAD(VT_DATE, 0, 0, 0, "29.02.2024", M_DATE),
	BAD(VT_DATE, 0, 0, 0, "2024-02-29x", M_DATE),
	BAD(VT_DATE, 0, 0, 0, "2024-13-01",
	    "»Felt«: 2024-13-01 findes ikke – måneden skal være 01-12."),
	BAD(VT_DATE, 0, 0, 0, "2024-00-10",
	    "»Felt«: 2024-00-10 findes ikke – måneden skal være 01-12."),
	BAD(VT_DATE, 0, 0, 0, "2024-1a-10", M_DATE),
	BAD(VT_DATE, 0, 0, 0, "2024/02/29", M_DATE),
	BAD(VT_DATE, 0, 0, 0, "abc", M_DATE),
	BAD(VT_DATE, R, 0, 0, " ", M_REQ),
	OK(VT_DATE, 0, D20240101, D20241231, "2024-06-15", NULL, D20240615),
	OK(VT_DATE, 0, D20240101, D20241231, "2024-12-31", NULL, D20241231),
	BAD(VT_DATE, 0, D20240101, D20241231, "2025-01-01",
	    "»Felt« skal ligge mellem 2024-01-01 og 2024-12-31."),
	BAD(VT_DATE, 0, D20240101, D20241231, "2023-12-31",
	    "»Felt« skal ligge mellem 2024-01-01 og 2024-12-31."),
	/* VT_ENUM */
	OK(VT_ENUM, 0, 0, 0, "lav", "lav", 0),
	OK(VT_ENUM, 0, 0, 0, "mellem", "mellem", 1),
	OK(VT_ENUM, 0, 0, 0, "høj", "høj", 2),
	OK(VT_ENUM, 0, 0, 0, " høj ", "høj", 2),
	BADS(VT_ENUM, 0, 0, 0, "Lav", "Lav", M_ENUM),
	BAD(VT_ENUM, 0, 0, 0, "la", M_ENUM),
	BAD(VT_ENUM, 0, 0, 0, "lavx", M_ENUM),
	BAD(VT_ENUM, 0, 0, 0, "0", M_ENUM),
	NONE(VT_ENUM, 0, 0, 0, ""),
	BAD(VT_ENUM, R, 0, 0, NULL, M_REQ),
	/* VT_EMAIL */
	OK(VT_EMAIL, 0, 0, 0, "a@b.dk", "a@b.dk", 0),
	OK(VT_EMAIL, 0, 0, 0, "fornavn.efternavn+x@kommune.dk", NULL, 0),
	OK(VT_EMAIL, 0, 0, 0, " jens@sub.kommune.dk\n", "jens@sub.kommune.dk", 0),
	BAD(VT_EMAIL, 0, 0, 0, "søren@kø.dk", M_MAIL_ASCII),
	BAD(VT_EMAIL, 0, 0, 0, "soren@k\xc3\xb8.dk", M_MAIL_ASCII),
	BAD(VT_EMAIL, 0, 0, 0, "s\xc3\xb8ren@", M_MAIL_ASCII),
	OK(VT_EMAIL, 0, 0, 0, "o'brien!#$%&*/=?^_`{|}~-@a-b.c.dk", NULL, 0),
	BADS(VT_EMAIL, 0, 0, 0, "jens@", "jens@", M_MAIL),
	BAD(VT_EMAIL, 0, 0, 0, "ab.dk", M_MAIL),
	BAD(VT_EMAIL, 0, 0, 0, "a@@b.dk", M_MAIL),
	BAD(VT_EMAIL, 0, 0, 0, "a@b@c.dk", M_MAIL),
	BAD(VT_EMAIL, 0, 0, 0, "@b.dk", M_MAIL),
	BAD(VT_EMAIL, 0, 0, 0, "a@bdk", M_MAIL),
	BAD(VT_EMAIL, 0, 0, 0, "a@.dk", M_MAIL),
	BAD(VT_EMAIL, 0, 0, 0, "a@b.", M_MAIL),
	BAD(VT_EMAIL, 0, 0, 0, "a@b..dk", M_MAIL),
	BAD(VT_EMAIL, 0, 0, 0, "a b@c.dk", M_MAIL),
	BAD(VT_EMAIL, 0, 0, 0, "a@c.dk\r\nBcc: x@y.dk", M_MAIL),
	BAD(VT_EMAIL, 0, 0, 0, "a\t@c.dk", M_MAIL),
	BAD(VT_EMAIL, 0, 0, 0, "Jens <a@c.dk>", M_MAIL),
	BAD(VT_EMAIL, 0, 0, 0, "a@c.dk,b@c.dk", M_MAIL),
	BAD(VT_EMAIL, 0, 0, 0, "x@" L300 ".dk", M_MAIL),
	BAD(VT_EMAIL, 0, 0, 8, "abc@def.dk", "»Felt« må højst være 8 tegn."),
	/* VT_CVR */
	OK(VT_CVR, 0, 0, 0, "10150817", "10150817", 10150817),
	OK(VT_CVR, 0, 0, 0, "29189129", "29189129", 29189129),
	OK(VT_CVR, 0, 0, 0, "24256790", "24256790", 24256790),
	OK(VT_CVR, 0, 0, 0, "1015 0817", "10150817", 10150817),
	OK(VT_CVR, 0, 0, 0, " 10 15 08 17 ", "10150817", 10150817),
	BADS(VT_CVR, 0, 0, 0, "1015 0818", "1015 0818", M_CVR_CHECK),
	BAD(VT_CVR, 0, 0, 0, "29189128", M_CVR_CHECK),
	BAD(VT_CVR, 0, 0, 0, "12345678", M_CVR_CHECK),
	BAD(VT_CVR, 0, 0, 0, "1015081", M_CVR_LEN(7)),
	BAD(VT_CVR, 0, 0, 0, "101508170", M_CVR_LEN(9)),
	BAD(VT_CVR, 0, 0, 0, "1015 08170 1", M_CVR_LEN(10)),
	BAD(VT_CVR, 0, 0, 0, "00000000", M_CVR_ZERO),	/* sum 0, but leading 0 */
	BAD(VT_CVR, 0, 0, 0, "01015081", M_CVR_ZERO),
	BAD(VT_CVR, 0, 0, 0, "1015-0817", M_CVR_DIG),
	BAD(VT_CVR, 0, 0, 0, "DK10150817", M_CVR_DIG),
	BAD(VT_CVR, 0, 0, 0, "abcdefgh", M_CVR_DIG),
	BAD(VT_CVR, R, 0, 0, "  ", M_REQ),
	/* VT_BOOL */
	OK(VT_BOOL, 0, 0, 0, "1", "1", 1),
	OK(VT_BOOL, 0, 0, 0, "on", "on", 1),
	OK(VT_BOOL, 0, 0, 0, "ja", "ja", 1),
	NONE(VT_BOOL, 0, 0, 0, NULL),
	NONE(VT_BOOL, 0, 0, 0, ""),
	BADS(VT_BOOL, 0, 0, 0, "nej", "nej", M_BADV),
	BAD(VT_BOOL, 0, 0, 0, "0", M_BADV),
	BAD(VT_BOOL, 0, 0, 0, "true", M_BADV),
	BAD(VT_BOOL, 0, 0, 0, "ON", M_BADV),
	BAD(VT_BOOL, R, 0, 0, NULL, M_REQ),
	/* VT_DIGITS */
	OK(VT_DIGITS, 0, 0, 0, "1234 5678-9012", "123456789012", 0),
	OK(VT_DIGITS, 0, 0, 0, " 0042 ", "0042", 0),
	OK(VT_DIGITS, 0, 0, 4, "12 34", "1234", 0),
	OK(VT_DIGITS, 0, 10, 10, "12-34-56-78-90", "1234567890", 0),
	BADS(VT_DIGITS, 0, 0, 0, "12a4", "12a4", M_DIG),
	BAD(VT_DIGITS, 0, 0, 0, "- -", M_DIG),
	BAD(VT_DIGITS, 0, 0, 0, "12.34", M_DIG),
	BAD(VT_DIGITS, 0, 0, 0, "12\t34", M_DIG),
	BADS(VT_DIGITS, 0, 10, 0, "1234-5678", "1234-5678",
	    "»Felt« skal være mindst 10 tegn."),
	BAD(VT_DIGITS, 0, 0, 4, "12345", "»Felt« må højst være 4 tegn."),
	/* VT_TOKEN */
	OK(VT_TOKEN, 0, 0, 0, "abc_DEF-123", "abc_DEF-123", 0),
	OK(VT_TOKEN, 0, 4, 4, "a-_Z", "a-_Z", 0),
	BAD(VT_TOKEN, 0, 0, 0, "abc def", M_BADV),
	BAD(VT_TOKEN, 0, 0, 0, "æ", M_BADV),
	BAD(VT_TOKEN, 0, 0, 0, "a.b", M_BADV),
	BAD(VT_TOKEN, 0, 0, 0, "a/b", M_BADV),
	BAD(VT_TOKEN, 0, 32, 0, "abc", "»Felt« skal være mindst 32 tegn."),
	BAD(VT_TOKEN, 0, 0, 2, "abc", "»Felt« må højst være 2 tegn."),
};

START_TEST(test_field)
{
	const struct fcase	*c = &fcases[_i];
	struct valid_field	 f;
	struct valid_value	 v;
	struct valid_msgbuf	 m;
	struct kv		 pairs[3];
	struct kvlist		 l;
	char			 buf[512], other[] = "42", first[] = "x";
	size_t			 len, n;

	memset(&f, 0, sizeof(f));
	f.name = "f";
	f.label = "Felt";
	f.type = c->type;
	f.flags = c->flags;
	f.min = c->min;
	f.max = c->max;
	f.choices = enum_choices;

	/* An unrelated key around the one checked must not matter. */
	memset(pairs, 0, sizeof(pairs));
	pairs[0].key = "andet";
	pairs[0].val = first;
	pairs[0].vlen = strlen(first);
	pairs[1].key = "g";
	pairs[1].val = other;
	pairs[1].vlen = strlen(other);
	l.v = pairs;
	l.n = 2;
	l.cap = NELEM(pairs);
	if (c->in != NULL) {
		len = c->inlen != 0 ? c->inlen : strlen(c->in);
		ck_assert_uint_lt(len, sizeof(buf));
		memcpy(buf, c->in, len);
		buf[len] = '\0';
		pairs[2].key = "f";
		pairs[2].val = buf;
		pairs[2].vlen = len;
		l.n = 3;
	}

	memset(&v, 0xA5, sizeof(v));
	n = valid_form(&f, 1, &l, &v, &m);
	if (c->ok) {
		ck_assert_msg(v.err == NULL, "case %d: unexpected error: %s",
		    _i, v.err);
		ck_assert_uint_eq(n, 0);
		ck_assert_msg(v.num == c->num, "case %d: num %lld, want %lld",
		    _i, (long long)v.num, (long long)c->num);
	} else {
		ck_assert_msg(v.err != NULL, "case %d (%s): no error", _i,
		    c->in != NULL ? c->in : "(absent)");
		ck_assert_uint_eq(n, 1);
		ck_assert_str_eq(v.err, c->msg);
		ck_assert_ptr_eq(v.err, m.buf);
		ck_assert(v.num == 0);
	}
	if (c->present != -1)
		ck_assert_int_eq(v.present, c->present);
	ck_assert_ptr_nonnull(v.str);
	if (c->str != NULL)
		ck_assert_str_eq(v.str, c->str);
	else if (c->ok)
		ck_assert_str_eq(v.str, c->in);
	if (v.present && c->inlen == 0) {
		/* str is the (normalised) input buffer and vlen follows it. */
		ck_assert_ptr_eq(v.str, buf);
		ck_assert_uint_eq(pairs[2].vlen, strlen(buf));
	}
	/* The other pairs are left alone. */
	ck_assert_str_eq(first, "x");
	ck_assert_str_eq(other, "42");
}
END_TEST

/* --- whole forms ------------------------------------------------------ */

static const struct valid_field form[] = {
	{ "navn", "Navn", VT_LINE, VF_REQUIRED, 1, 100, NULL },
	{ "email", "E-mail", VT_EMAIL, VF_REQUIRED, 0, 0, NULL },
	{ "beloeb", "Beløb", VT_AMOUNT, 0, 0, 100000000, NULL },
	{ "dato", "Frist", VT_DATE, 0, 0, 0, NULL },
	{ "cvr", "CVR-nummer", VT_CVR, 0, 0, 0, NULL },
	{ "prio", "Prioritet", VT_ENUM, VF_REQUIRED, 0, 0, enum_choices },
	{ "samtykke", "Samtykke", VT_BOOL, 0, 0, 0, NULL },
	{ "note", "Bemærkning", VT_TEXT, 0, 0, 2000, NULL },
};

START_TEST(test_form_two_errors)
{
	char		 navn[] = "  Jens Hansen ", navn2[] = "Ignoreres",
			 email[] = "jens@", beloeb[] = " 12.50,00",
			 dato[] = "2024-02-29", cvr[] = "1015 0817",
			 prio[] = "høj", junk[] = "x";
	struct kv	 pairs[] = {
		{ "ukendt", junk, sizeof(junk) - 1 },
		{ "navn", navn, sizeof(navn) - 1 },
		{ "email", email, sizeof(email) - 1 },
		{ "beloeb", beloeb, sizeof(beloeb) - 1 },
		{ "dato", dato, sizeof(dato) - 1 },
		{ "cvr", cvr, sizeof(cvr) - 1 },
		{ "prio", prio, sizeof(prio) - 1 },
		{ "navn", navn2, sizeof(navn2) - 1 },
	};
	struct kvlist		 l = { pairs, NELEM(pairs), NELEM(pairs) };
	struct valid_value	 v[NELEM(form)];
	struct valid_msgbuf	 m[NELEM(form)];

	ck_assert_uint_eq(valid_form(form, NELEM(form), &l, v, m), 2);

	ck_assert_ptr_null(v[0].err);
	ck_assert_str_eq(v[0].str, "Jens Hansen");	/* first "navn" wins */
	ck_assert_str_eq(kv_str(&l, "navn"), "Jens Hansen");

	ck_assert_str_eq(v[1].err, "»E-mail« skal være en gyldig e-mailadresse.");
	ck_assert_str_eq(v[1].str, "jens@");		/* for re-display */
	ck_assert_int_eq(v[1].present, 1);

	ck_assert_str_eq(v[2].err,
	    "»Beløb« skal være et beløb i kroner, fx 12.500,00.");
	ck_assert_str_eq(v[2].str, "12.50,00");

	ck_assert_ptr_null(v[3].err);
	ck_assert_int_eq(v[3].num, 19782);
	ck_assert_ptr_null(v[4].err);
	ck_assert_str_eq(v[4].str, "10150817");
	ck_assert_ptr_null(v[5].err);
	ck_assert_int_eq(v[5].num, 2);
	ck_assert_ptr_null(v[6].err);
	ck_assert_int_eq(v[6].present, 0);
	ck_assert_int_eq(v[6].num, 0);
	ck_assert_ptr_null(v[7].err);
	ck_assert_str_eq(v[7].str, "");

	/* Messages live in the caller's buffers, never in the input. */
	ck_assert_ptr_eq(v[1].err, m[1].buf);
	ck_assert_ptr_eq(v[2].err, m[2].buf);
}
END_TEST

/* In English: the same checks, English messages; a label that is a key
 * of the string tables is shown in the language. */
START_TEST(test_form_english)
{
	static const struct valid_field f[] = {
		{ "navn", "F_NAME", VT_LINE, VF_REQUIRED, 1, 10, NULL },
		{ "dato", "Dato", VT_DATE, 0, 0, 0, NULL },
		{ "cvr", "CVR", VT_CVR, 0, 0, 0, NULL },
	};
	char			 dato[] = "2027-02-30", cvr[] = "10150818";
	struct kv		 pairs[] = {
		{ "dato", dato, sizeof(dato) - 1 },
		{ "cvr", cvr, sizeof(cvr) - 1 },
	};
	struct kvlist		 l = { pairs, NELEM(pairs), NELEM(pairs) };
	struct valid_value	 v[NELEM(f)];
	struct valid_msgbuf	 m[NELEM(f)];
	int			 line;
	const char		*why, *da = "F_NAME = Navn\n", *en = "F_NAME = Name\n";

	i18n_reset();
	ck_assert_int_eq(i18n_parse(LANG_DA, da, strlen(da), &line, &why), 0);
	ck_assert_int_eq(i18n_parse(LANG_EN, en, strlen(en), &line, &why), 0);
	valid_set_lang(LANG_EN);
	ck_assert_uint_eq(valid_form(f, NELEM(f), &l, v, m), 3);
	ck_assert_str_eq(v[0].err, "Fill in “Name”.");
	ck_assert_str_eq(v[1].err,
	    "“Dato”: 2027-02-30 does not exist – February 2027 has 28 days.");
	ck_assert_msg(strstr(v[2].err, "check digit") != NULL, "%s", v[2].err);
	valid_set_lang(LANG_DA);
	ck_assert_uint_eq(valid_form(f, NELEM(f), &l, v, m), 3);
	ck_assert_str_eq(v[0].err, "Udfyld feltet »Navn«.");
	i18n_reset();
	ck_assert_uint_eq(valid_form(f, NELEM(f), &l, v, m), 3);
	ck_assert_str_eq(v[0].err, "Udfyld feltet »F_NAME«.");
}
END_TEST

START_TEST(test_form_empty)
{
	struct kvlist		 l = { NULL, 0, 0 };
	struct valid_value	 v[NELEM(form)];
	struct valid_msgbuf	 m[NELEM(form)];

	/* Three required fields: navn, email, prio. */
	ck_assert_uint_eq(valid_form(form, NELEM(form), &l, v, m), 3);
	ck_assert_str_eq(v[0].err, "Udfyld feltet »Navn«.");
	ck_assert_str_eq(v[1].err, "Udfyld feltet »E-mail«.");
	ck_assert_ptr_null(v[2].err);
	ck_assert_str_eq(v[5].err, "Udfyld feltet »Prioritet«.");
	ck_assert_str_eq(v[0].str, "");
	ck_assert_int_eq(v[0].present, 0);

	ck_assert_uint_eq(valid_form(form, 0, &l, v, m), 0);
}
END_TEST

START_TEST(test_msg_required)
{
	static const struct valid_field	 f[] = {
		{ "navn", "Navn", VT_LINE, VF_REQUIRED, 0, 0, NULL },
	};
	struct kvlist		 l = { NULL, 0, 0 };
	struct valid_value	 v;
	struct valid_msgbuf	 m;

	ck_assert_uint_eq(valid_form(f, 1, &l, &v, &m), 1);
	ck_assert_str_eq(v.err, "Udfyld feltet »Navn«.");
}
END_TEST

/* Iteration i: i % 4 ASCII bytes, then characters of 2, 3 or 4 bytes. */
static const char *const wide[] = { "æ", "\xE2\x82\xAC", "\xF0\x9F\x98\x80" };

START_TEST(test_msg_long_label)
{
	char			 lbl[400];
	const char		*ch = wide[_i / 4];
	struct valid_field	 f;
	struct kvlist		 l = { NULL, 0, 0 };
	struct valid_value	 v;
	struct valid_msgbuf	 m;
	size_t			 i, len, w = strlen(ch);

	/* Truncation must not leave part of a character behind. */
	memset(lbl, 'a', (size_t)(_i % 4));
	for (i = (size_t)(_i % 4); i + w < sizeof(lbl); i += w)
		memcpy(lbl + i, ch, w);
	lbl[i] = '\0';
	memset(&f, 0, sizeof(f));
	f.name = "x";
	f.label = lbl;
	f.flags = VF_REQUIRED;
	ck_assert_uint_eq(valid_form(&f, 1, &l, &v, &m), 1);
	len = strlen(v.err);
	ck_assert_uint_lt(len, VALID_MSG_MAX);
	ck_assert_uint_ge(len, VALID_MSG_MAX - w);
	ck_assert(utf8_valid(v.err, len));
	ck_assert(strncmp(v.err, "Udfyld feltet »", 16) == 0);
}
END_TEST

/* --- CVR and amounts -------------------------------------------------- */

struct cvrcase {
	const char	*s;
	int		 ok;
};

static const struct cvrcase cvrcases[] = {
	{ "10150817", 1 },
	{ "29189129", 1 },
	{ "24256790", 1 },
	{ "61126228", 1 },
	{ "25313763", 1 },
	{ "20756438", 1 },
	{ "30060946", 1 },
	{ "10103940", 1 },
	{ "10150818", 0 },	/* last digit changed */
	{ "10150827", 0 },
	{ "29189128", 0 },
	{ "39189129", 0 },
	{ "12345678", 0 },
	{ "00000000", 0 },	/* passes the sum; a leading 0 is never issued */
	{ "1015081", 0 },
	{ "101508170", 0 },
	{ "1015 0817", 0 },	/* valid_cvr() wants the bare digits */
	{ "1015081a", 0 },
	{ "", 0 },
};

START_TEST(test_cvr)
{
	const struct cvrcase	*c = &cvrcases[_i];

	ck_assert_msg((valid_cvr(c->s) != 0) == c->ok, "CVR %s", c->s);
}
END_TEST

struct amtcase {
	int64_t		 ore;
	const char	*s;
};

static const struct amtcase amtcases[] = {
	{ 0, "0,00" },
	{ 5, "0,05" },
	{ 50, "0,50" },
	{ -5, "-0,05" },
	{ -1250, "-12,50" },
	{ 99999, "999,99" },
	{ 100000, "1.000,00" },
	{ 1250000, "12.500,00" },
	{ 100000000, "1.000.000,00" },
	{ 123456789, "1.234.567,89" },
	{ -123456789, "-1.234.567,89" },
	{ INT64_MAX, "92.233.720.368.547.758,07" },
	{ INT64_MIN, "-92.233.720.368.547.758,08" },
};

START_TEST(test_fmt_amount)
{
	const struct amtcase	*c = &amtcases[_i];
	char			 buf[64];

	ck_assert_ptr_eq(valid_fmt_amount(c->ore, buf, sizeof(buf)), buf);
	ck_assert_str_eq(buf, c->s);
}
END_TEST

START_TEST(test_fmt_amount_small)
{
	char	 buf[8];

	memset(buf, 'z', sizeof(buf));
	ck_assert_str_eq(valid_fmt_amount(123456789, buf, 5), "1.23");
	ck_assert_int_eq(buf[5], 'z');
	ck_assert_str_eq(valid_fmt_amount(5, buf, 1), "");
	buf[0] = 'q';
	valid_fmt_amount(5, buf, 0);
	ck_assert_int_eq(buf[0], 'q');
}
END_TEST

/* --- kv --------------------------------------------------------------- */

START_TEST(test_kv)
{
	char		 a[] = "1", b[] = "2", c[] = "";
	struct kv	 pairs[] = {
		{ "a", a, 1 },
		{ "b", b, 1 },
		{ "a", b, 1 },
		{ "tom", c, 0 },
	};
	struct kvlist	 l = { pairs, NELEM(pairs), NELEM(pairs) };
	struct kvlist	 empty = { NULL, 0, 0 };

	ck_assert_ptr_eq(kv_get(&l, "a"), &pairs[0]);
	ck_assert_str_eq(kv_str(&l, "a"), "1");
	ck_assert_str_eq(kv_str(&l, "b"), "2");
	ck_assert_str_eq(kv_str(&l, "tom"), "");
	ck_assert_ptr_null(kv_get(&l, "A"));
	ck_assert_ptr_null(kv_get(&l, "ab"));
	ck_assert_ptr_null(kv_get(&l, ""));
	ck_assert_ptr_null(kv_str(&l, "c"));
	ck_assert_ptr_null(kv_get(&empty, "a"));
	ck_assert_ptr_null(kv_str(&empty, "a"));
	l.n = 0;
	ck_assert_ptr_null(kv_get(&l, "a"));
}
END_TEST

/* --- the address rule (tests/data/addrs.txt) -------------------------- */

/* One address of the table: its E'' escapes (\\ \r \n \t \xHH) decoded
 * into out; -1 on another escape or if it does not fit. */
static int
addr_decode(const char *s, size_t n, char *out, size_t outsz)
{
	size_t		 i, o = 0;
	unsigned	 x;
	char		 hex[3] = { 0 };

	for (i = 0; i < n; i++) {
		if (o + 1 >= outsz)
			return -1;
		if (s[i] != '\\') {
			out[o++] = s[i];
			continue;
		}
		if (++i >= n)
			return -1;
		switch (s[i]) {
		case '\\':
			out[o++] = '\\';
			break;
		case 'r':
			out[o++] = '\r';
			break;
		case 'n':
			out[o++] = '\n';
			break;
		case 't':
			out[o++] = '\t';
			break;
		case 'x':
			if (i + 2 >= n)
				return -1;
			memcpy(hex, s + i + 1, 2);
			if (strspn(hex, "0123456789abcdefABCDEF") != 2 ||
			    sscanf(hex, "%2x", &x) != 1 || x == 0)
				return -1;
			out[o++] = (char)x;
			i += 2;
			break;
		default:
			return -1;
		}
	}
	out[o] = '\0';
	return 0;
}

/* What VT_EMAIL makes of addr: 1 and the trimmed value in out, or 0. */
static int
addr_form(const char *addr, char *out, size_t outsz)
{
	static const struct valid_field	 f[1] = {
		{ "email", "Felt", VT_EMAIL, 0, 0, 0, NULL } };
	struct valid_value		 v[1];
	struct valid_msgbuf		 m[1];
	struct kv			 pair;
	struct kvlist			 l = { &pair, 1, 1 };
	char				 key[] = "email", *val;
	int				 ok;

	val = strdup(addr);
	ck_assert_ptr_nonnull(val);
	pair = (struct kv){ key, val, strlen(val) };
	ok = valid_form(f, 1, &l, v, m) == 0 && v[0].present;
	if (ok) {
		ck_assert_uint_lt(strlen(v[0].str), outsz);
		strcpy(out, v[0].str);
	} else
		ck_assert_ptr_nonnull(v[0].err);
	free(val);
	return ok;
}

/*
 * Every line of the table: mailmsg_addr_ok() says what the line says,
 * and VT_EMAIL takes exactly what the mailer takes (once trimmed), so
 * that no form stores an address mail cannot go to.
 */
START_TEST(test_email_rule)
{
	char		*text, *line, *next, addr[512], trimmed[512], got[512];
	const char	*a, *b;
	size_t		 ngood = 0, nbad = 0, lineno = 0;
	int		 good, mail, taken;

	text = src_read("tests/data/addrs.txt");
	for (line = text; line != NULL && *line != '\0'; line = next) {
		lineno++;
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if (*line == '#' || *line == '\0')
			continue;
		if (strncmp(line, "good ", 5) == 0)
			good = 1;
		else if (strncmp(line, "bad ", 4) == 0)
			good = 0;
		else
			ck_abort_msg("addrs.txt:%zu: neither good nor bad", lineno);
		a = line + (good ? 5 : 4);
		ck_assert_msg(addr_decode(a, strlen(a), addr, sizeof(addr)) == 0,
		    "addrs.txt:%zu: a wrong escape", lineno);
		mail = mailmsg_addr_ok(addr);
		ck_assert_msg(mail == good, "addrs.txt:%zu: mailmsg_addr_ok "
		    "says %d of %s", lineno, mail, a);
		/* VT_EMAIL trims blanks first (valid.c's ISTRIM). */
		for (a = addr; *a != '\0' && strchr(" \t\r\n", *a) != NULL; a++)
			continue;
		for (b = a + strlen(a); b > a && strchr(" \t\r\n", b[-1]) != NULL;
		    b--)
			continue;
		memcpy(trimmed, a, (size_t)(b - a));
		trimmed[b - a] = '\0';
		if (*trimmed == '\0')
			continue;	/* absent: not the rule's business */
		taken = addr_form(addr, got, sizeof(got));
		ck_assert_msg(taken == mailmsg_addr_ok(trimmed), "addrs.txt:%zu: "
		    "VT_EMAIL says %d of %s", lineno, taken, line);
		if (strcmp(trimmed, addr) == 0)
			ck_assert_int_eq(taken, good);
		if (taken)
			ck_assert_str_eq(got, trimmed);
		if (good)
			ngood++;
		else
			nbad++;
	}
	free(text);
	/* The table was read, and holds both kinds. */
	ck_assert_uint_ge(ngood, 15);
	ck_assert_uint_ge(nbad, 50);
}
END_TEST

Suite *
valid_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("valid");

	tc = tcase_create("utf8");
	tcase_add_loop_test(tc, test_utf8, 0, (int)NELEM(u8cases));
	tcase_add_test(tc, test_utf8_prefix);
	suite_add_tcase(s, tc);

	tc = tcase_create("field");
	tcase_add_loop_test(tc, test_field, 0, (int)NELEM(fcases));
	suite_add_tcase(s, tc);

	tc = tcase_create("form");
	tcase_add_test(tc, test_form_two_errors);
	tcase_add_test(tc, test_form_empty);
	tcase_add_test(tc, test_form_english);
	tcase_add_test(tc, test_msg_required);
	tcase_add_loop_test(tc, test_msg_long_label, 0,
	    (int)(4 * NELEM(wide)));
	suite_add_tcase(s, tc);

	tc = tcase_create("email");
	tcase_add_test(tc, test_email_rule);
	suite_add_tcase(s, tc);

	tc = tcase_create("cvr");
	tcase_add_loop_test(tc, test_cvr, 0, (int)NELEM(cvrcases));
	suite_add_tcase(s, tc);

	tc = tcase_create("amount");
	tcase_add_loop_test(tc, test_fmt_amount, 0, (int)NELEM(amtcases));
	tcase_add_test(tc, test_fmt_amount_small);
	suite_add_tcase(s, tc);

	tc = tcase_create("kv");
	tcase_add_test(tc, test_kv);
	suite_add_tcase(s, tc);

	return s;
}
