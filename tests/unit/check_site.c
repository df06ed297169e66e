/*
 * Unit tests for site.c: the base URL and Secure come from the
 * configuration, checked at start, and nothing else.
 */
#include <check.h>

#include "site.h"

Suite	*site_suite(void);

START_TEST(test_base_url)
{
	struct site	 s;
	const char	*why = NULL;

	ck_assert_int_eq(site_parse("https://tilskud.example.dk", NULL, &s,
	    &why), 0);
	ck_assert_str_eq(s.base, "https://tilskud.example.dk");
	ck_assert_int_eq(s.secure, 1);
	/* A trailing slash goes, a port stays. */
	ck_assert_int_eq(site_parse("http://127.0.0.1:8080/", NULL, &s, &why),
	    0);
	ck_assert_str_eq(s.base, "http://127.0.0.1:8080");
	ck_assert_int_eq(site_parse("http://[::1]:8080", NULL, &s, &why), 0);
	ck_assert_str_eq(s.base, "http://[::1]:8080");
	/* None: links stay relative, cookies Secure. */
	ck_assert_int_eq(site_parse(NULL, NULL, &s, &why), 0);
	ck_assert_str_eq(s.base, "");
	ck_assert_int_eq(s.secure, 1);
	ck_assert_int_eq(site_parse("", NULL, &s, &why), 0);
	ck_assert_str_eq(s.base, "");

	/* What a link could be bent with, or no URL at all: refused. */
	ck_assert_int_eq(site_parse("tilskud.example.dk", NULL, &s, &why), -1);
	ck_assert_ptr_nonnull(why);
	ck_assert_int_eq(site_parse("ftp://x", NULL, &s, &why), -1);
	ck_assert_int_eq(site_parse("https://", NULL, &s, &why), -1);
	ck_assert_int_eq(site_parse("https:///", NULL, &s, &why), -1);
	ck_assert_int_eq(site_parse("https://x/grants", NULL, &s, &why), -1);
	ck_assert_int_eq(site_parse("https://x?a=b", NULL, &s, &why), -1);
	ck_assert_int_eq(site_parse("https://a@evil.example", NULL, &s, &why),
	    -1);
	ck_assert_int_eq(site_parse("https://x\"><script>", NULL, &s, &why),
	    -1);
	ck_assert_int_eq(site_parse("https://x y", NULL, &s, &why), -1);
}
END_TEST

START_TEST(test_secure)
{
	struct site	 s;
	const char	*why = NULL;

	/* From the base URL's scheme by default ... */
	ck_assert_int_eq(site_parse("http://127.0.0.1:8080", NULL, &s, &why),
	    0);
	ck_assert_int_eq(s.secure, 0);
	ck_assert_int_eq(site_parse("http://localhost.evil.example", NULL, &s,
	    &why), 0);
	ck_assert_int_eq(s.secure, 0);	/* as configured: nobody's Host */
	ck_assert_int_eq(site_parse("https://127.0.0.1", NULL, &s, &why), 0);
	ck_assert_int_eq(s.secure, 1);
	/* ... or as cookie_secure says (TLS ended by a proxy in front). */
	ck_assert_int_eq(site_parse("http://x", "yes", &s, &why), 0);
	ck_assert_int_eq(s.secure, 1);
	ck_assert_int_eq(site_parse("https://x", "no", &s, &why), 0);
	ck_assert_int_eq(s.secure, 0);
	ck_assert_int_eq(site_parse(NULL, "no", &s, &why), 0);
	ck_assert_int_eq(s.secure, 0);
	ck_assert_int_eq(site_parse("https://x", "maybe", &s, &why), -1);
	ck_assert_int_eq(site_parse("https://x", "1", &s, &why), -1);
}
END_TEST

Suite *
site_suite(void)
{
	Suite	*s = suite_create("site");
	TCase	*tc = tcase_create("parse");

	tcase_add_test(tc, test_base_url);
	tcase_add_test(tc, test_secure);
	suite_add_tcase(s, tc);
	return s;
}
