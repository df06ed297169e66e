/*
 * Unit tests for fname.c: uploaded files' names lose what would make them
 * lie (bidi and other invisible controls), control characters and bytes
 * that are not UTF-8 become '_', and long names are shortened to the
 * limits at a character boundary with their extension kept.  The
 * multipart parser's use of it is the last test.
 */
#include <stdio.h>
#include <string.h>

#include <check.h>

#include "fname.h"
#include "http.h"
#include "util.h"

Suite	*fname_suite(void);

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static const struct {
	const char	*in, *want;
} cases[] = {
	{ "rapport.pdf", "rapport.pdf" },
	{ "Årsregnskab æøå 2026.xlsx", "Årsregnskab æøå 2026.xlsx" },
	/* The right-to-left override: shown as "evilexe.pdf" otherwise. */
	{ "evil\xe2\x80\xae" "fdp.exe", "evilfdp.exe" },
	{ "a\xe2\x80\xaa" "b\xe2\x80\xab" "c\xe2\x80\xac" "d\xe2\x80\xad" "e",
	  "abcde" },					/* U+202A..202D */
	{ "a\xe2\x81\xa6" "b\xe2\x81\xa7" "c\xe2\x81\xa8" "d\xe2\x81\xa9" "e",
	  "abcde" },					/* U+2066..2069 */
	{ "a\xe2\x80\x8e" "b\xe2\x80\x8f" "c\xd8\x9c" "d", "abcd" },	/* LRM RLM ALM */
	{ "a\xe2\x80\x8b" "b\xef\xbb\xbf" "c", "abc" },	/* ZWSP, BOM */
	/* C0, DEL, C1 and the line separators become '_'. */
	{ "a\tb\nc\rd\x01" "e.txt", "a_b_c_d_e.txt" },
	{ "a\x7f" "b", "a_b" },
	{ "a\xc2\x85" "b\xc2\x9f" "c", "a_b_c" },		/* U+0085, U+009F */
	{ "a\xe2\x80\xa8" "b\xe2\x80\xa9" "c", "a_b_c" },	/* U+2028/2029 */
	/* Not UTF-8: one '_' per byte. */
	{ "a\xff" "b", "a_b" },
	{ "a\xc0\xaf" "b", "a__b" },			/* overlong '/' */
	{ "a\xed\xa0\x80" "b", "a___b" },		/* a surrogate */
	{ "a\xe2\x82", "a__" },				/* cut short */
	/* Paths, spaces at the ends, names that are no name. */
	{ "C:\\Users\\x\\bilag.pdf", "bilag.pdf" },
	{ "../../etc/passwd", "passwd" },
	{ "  budget.ods  ", "budget.ods" },
	{ "", "fil" },
	{ ".", "fil" },
	{ "..", "fil" },
	{ "dir/", "fil" },
	{ "\xe2\x80\xae", "fil" },
	{ "\xe2\x80\xae.pdf", "fil.pdf" },
	{ ".bashrc", ".bashrc" },
	{ "a .pdf", "a.pdf" },
};

START_TEST(test_clean)
{
	char	 out[FNAME_MAX_BYTES + 1];
	size_t	 n;

	n = fname_clean(cases[_i].in, strlen(cases[_i].in), out);
	ck_assert_str_eq(out, cases[_i].want);
	ck_assert_uint_eq(n, strlen(cases[_i].want));
}
END_TEST

static size_t
chars(const char *s)
{
	size_t	 n = 0;

	for (; *s != '\0'; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

/* A 5,000-character name keeps its extension and fits the limits. */
START_TEST(test_long)
{
	char	 in[20000], out[FNAME_MAX_BYTES + 1];
	size_t	 i, n;

	for (i = 0; i < 5000; i++)
		in[i] = 'a';
	memcpy(in + i, ".pdf", 5);
	n = fname_clean(in, strlen(in), out);
	ck_assert_uint_eq(n, FNAME_MAX_CHARS);
	ck_assert_uint_eq(chars(out), FNAME_MAX_CHARS);
	ck_assert_str_eq(out + n - 4, ".pdf");
	ck_assert_int_eq(out[n - 5], 'a');
	/* Multi-byte characters: the byte limit and whole characters. */
	for (n = 0, i = 0; i < 3000; i++)
		memcpy(in + n, "\xe2\x82\xac", 3), n += 3;	/* € */
	memcpy(in + n, ".txt", 5);
	n = fname_clean(in, strlen(in), out);
	ck_assert_uint_le(n, FNAME_MAX_BYTES);
	ck_assert_uint_le(chars(out), FNAME_MAX_CHARS);
	ck_assert_str_eq(out + n - 4, ".txt");
	ck_assert_uint_eq((n - 4) % 3, 0);	/* no character cut in half */
	ck_assert_uint_eq(memcmp(out, "\xe2\x82\xac", 3), 0);
	/* No extension (a long "extension" is part of the name). */
	memset(in, 'b', 300);
	in[100] = '.';
	in[300] = '\0';
	n = fname_clean(in, strlen(in), out);
	ck_assert_uint_eq(n, FNAME_MAX_CHARS);
	ck_assert_int_eq(out[n - 1], 'b');
	/* A long name of controls and bidi marks. */
	for (n = 0, i = 0; i < 2000; i++)
		memcpy(in + n, "\xe2\x80\xae\x01", 4), n += 4;
	in[n] = '\0';
	n = fname_clean(in, strlen(in), out);
	ck_assert_uint_eq(n, FNAME_MAX_CHARS);
	ck_assert_uint_eq(strspn(out, "_"), FNAME_MAX_CHARS);
	/* Exactly at the limit: kept as it is. */
	memset(in, 'c', FNAME_MAX_CHARS);
	in[FNAME_MAX_CHARS] = '\0';
	n = fname_clean(in, strlen(in), out);
	ck_assert_str_eq(out, in);
}
END_TEST

/* The multipart parser hands the programs clean names only. */
START_TEST(test_multipart)
{
	static const struct http_limits lim = { 1 << 20, 10, 1000, 1000, 4 };
	struct arena	 ar;
	struct http_req	 req;
	struct kvlist	 kv;
	const char	*why;
	char		 body[8192];
	int		 n;

	memset(&ar, 0, sizeof(ar));
	memset(&req, 0, sizeof(req));
	memset(&kv, 0, sizeof(kv));
	req.ar = &ar;
	n = snprintf(body, sizeof(body), "--XX\r\nContent-Disposition: "
	    "form-data; name=\"f\"; filename=\"evil\xe2\x80\xae" "fdp.exe\"\r\n"
	    "Content-Type: text/plain\r\n\r\nhello\r\n--XX--\r\n");
	ck_assert_int_eq(http_parse_multipart(&ar, "multipart/form-data; "
	    "boundary=XX", body, (size_t)n, &lim, &kv, &req, &why), 0);
	ck_assert_uint_eq(req.nfiles, 1);
	ck_assert_str_eq(req.files[0].filename, "evilfdp.exe");
	arena_free(&ar);
}
END_TEST

Suite *
fname_suite(void)
{
	Suite	*s = suite_create("fname");
	TCase	*tc = tcase_create("clean");

	tcase_add_loop_test(tc, test_clean, 0, NELEM(cases));
	tcase_add_test(tc, test_long);
	tcase_add_test(tc, test_multipart);
	suite_add_tcase(s, tc);
	return s;
}
