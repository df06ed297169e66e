/*
 * Unit tests for crypto.c: random tokens, hashes, passwords, signed form
 * tokens and key files.
 */
#include <sys/stat.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <check.h>

#include "crypto.h"

/* Collected by check_main.c; declared here for -Wmissing-prototypes. */
Suite	*crypto_suite(void);

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static void
setup(void)
{
	ck_assert_int_eq(crypto_init(), 0);
}

/* --- random ------------------------------------------------------------ */

static int
is_b64url(const char *s)
{
	for (; *s != '\0'; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
		    (*s >= '0' && *s <= '9') || *s == '-' || *s == '_'))
			return 0;
	return 1;
}

START_TEST(test_token)
{
	char	 a[CRYPTO_TOKEN_CHARS + 1], b[CRYPTO_TOKEN_CHARS + 1];

	memset(a, 'x', sizeof(a));
	crypto_token(a);
	crypto_token(b);
	ck_assert_uint_eq(strlen(a), CRYPTO_TOKEN_CHARS);
	ck_assert_uint_eq(strlen(b), CRYPTO_TOKEN_CHARS);
	ck_assert_uint_eq(CRYPTO_TOKEN_CHARS, 43);
	ck_assert_msg(is_b64url(a), "not base64url: %s", a);
	ck_assert_msg(is_b64url(b), "not base64url: %s", b);
	ck_assert_str_ne(a, b);
}
END_TEST

START_TEST(test_digits)
{
	char	 out[17], prev[17];
	size_t	 i;
	int	 k, differ = 0;

	prev[0] = '\0';
	for (k = 0; k < 4; k++) {
		memset(out, 'x', sizeof(out));
		crypto_digits(out, 16);
		ck_assert_uint_eq(strlen(out), 16);
		for (i = 0; i < 16; i++)
			ck_assert_msg(out[i] >= '0' && out[i] <= '9',
			    "not a digit at %zu: %s", i, out);
		if (k > 0 && strcmp(out, prev) != 0)
			differ = 1;
		memcpy(prev, out, sizeof(out));
	}
	ck_assert(differ);

	crypto_digits(out, 0);
	ck_assert_str_eq(out, "");
	crypto_digits(out, 1);
	ck_assert_uint_eq(strlen(out), 1);
}
END_TEST

/* Keyed digits: same key and message, same digits; anything else differs. */
START_TEST(test_digits_keyed)
{
	unsigned char	 k1[CRYPTO_KEYBYTES], k2[CRYPTO_KEYBYTES];
	char		 a[301], b[301], c[301];
	int		 count[10] = { 0 };
	size_t		 i;

	memset(k1, 1, sizeof(k1));
	memset(k2, 2, sizeof(k2));
	crypto_digits_keyed(k1, "nonce", 5, a, 16);
	crypto_digits_keyed(k1, "nonce", 5, b, 16);
	ck_assert_uint_eq(strlen(a), 16);
	ck_assert_str_eq(a, b);
	crypto_digits_keyed(k2, "nonce", 5, c, 16);
	ck_assert_str_ne(a, c);
	crypto_digits_keyed(k1, "noncf", 5, c, 16);
	ck_assert_str_ne(a, c);
	/* Longer than one block of the stream, and every digit occurs. */
	crypto_digits_keyed(k1, "x", 1, a, 300);
	ck_assert_uint_eq(strlen(a), 300);
	for (i = 0; i < 300; i++) {
		ck_assert(a[i] >= '0' && a[i] <= '9');
		count[a[i] - '0']++;
	}
	for (i = 0; i < 10; i++)
		ck_assert_int_gt(count[i], 5);
	crypto_digits_keyed(k1, "x", 1, b, 0);
	ck_assert_str_eq(b, "");
}
END_TEST

/* --- hash --------------------------------------------------------------- */

START_TEST(test_hash_hex)
{
	/* python3: hashlib.blake2b(b'abc', digest_size=32).hexdigest() */
	static const char want[] =
	    "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319";
	char	 h[CRYPTO_HASHHEX], h2[CRYPTO_HASHHEX];
	size_t	 i;

	crypto_hash_hex("abc", h);
	ck_assert_uint_eq(strlen(h), 64);
	for (i = 0; i < 64; i++)
		ck_assert_msg((h[i] >= '0' && h[i] <= '9') ||
		    (h[i] >= 'a' && h[i] <= 'f'), "not lowercase hex: %s", h);
	ck_assert_str_eq(h, want);

	crypto_hash_hex("abc", h2);
	ck_assert_str_eq(h, h2);
	crypto_hash_hex("abd", h2);
	ck_assert_str_ne(h, h2);
	crypto_hash_hex("", h2);
	ck_assert_uint_eq(strlen(h2), 64);
	ck_assert_str_ne(h, h2);
}
END_TEST

/* --- passwords ----------------------------------------------------------- */

START_TEST(test_password)
{
	char	 h[CRYPTO_PWHASH_MAX], h2[CRYPTO_PWHASH_MAX];

	ck_assert_int_eq(crypto_pw_hash("korrekt hest batteri æøå", h), 0);
	ck_assert_msg(strncmp(h, "$argon2id$", 10) == 0, "hash: %s", h);
	ck_assert_uint_lt(strlen(h), CRYPTO_PWHASH_MAX);
	ck_assert_int_eq(crypto_pw_verify(h, "korrekt hest batteri æøå"), 1);
	ck_assert_int_eq(crypto_pw_verify(h, "korrekt hest batteri æøa"), 0);
	ck_assert_int_eq(crypto_pw_verify(h, "korrekt hest batteri"), 0);
	ck_assert_int_eq(crypto_pw_verify(h, ""), 0);

	/* Salted: the same password hashes differently. */
	ck_assert_int_eq(crypto_pw_hash("korrekt hest batteri æøå", h2), 0);
	ck_assert_str_ne(h, h2);
	ck_assert_int_eq(crypto_pw_verify(h2, "korrekt hest batteri æøå"), 1);

	/* A damaged or foreign hash never verifies. */
	ck_assert_int_eq(crypto_pw_verify("", "x"), 0);
	ck_assert_int_eq(crypto_pw_verify("$argon2id$garbage", "x"), 0);
	ck_assert_int_eq(crypto_pw_verify("x", "x"), 0);
}
END_TEST

START_TEST(test_password_empty)
{
	char	 h[CRYPTO_PWHASH_MAX];

	ck_assert_int_eq(crypto_pw_hash("", h), 0);
	ck_assert_int_eq(crypto_pw_verify(h, ""), 1);
	ck_assert_int_eq(crypto_pw_verify(h, " "), 0);
	crypto_pw_dummy("noget");	/* must simply return */
}
END_TEST

/* --- form tokens ---------------------------------------------------------- */

static const unsigned char key1[CRYPTO_KEYBYTES] = "0123456789abcdef0123456789abcde";
static const unsigned char key2[CRYPTO_KEYBYTES] = "0123456789abcdef0123456789abcdX";

#define NOW	((time_t)1767225600)	/* 2026-01-01 00:00:00 UTC */
#define AGE	3600L

START_TEST(test_formtok_valid)
{
	char	 tok[FORMTOK_MAX], tok2[FORMTOK_MAX];

	formtok_make(key1, "login", "", NOW, tok);
	ck_assert_uint_lt(strlen(tok), FORMTOK_MAX);
	ck_assert_msg(strncmp(tok, "1767225600.", 11) == 0, "token: %s", tok);
	ck_assert_uint_eq(strlen(tok), 11 + 64);
	ck_assert_int_eq(formtok_check(key1, "login", "", tok, NOW, AGE), 1);
	/* Still good later, up to max_age, and a little before (clock skew). */
	ck_assert_int_eq(formtok_check(key1, "login", "", tok, NOW + AGE, AGE), 1);
	ck_assert_int_eq(formtok_check(key1, "login", "", tok, NOW - 60, AGE), 1);

	/* Deterministic for the same inputs, different for another time. */
	formtok_make(key1, "login", "", NOW, tok2);
	ck_assert_str_eq(tok, tok2);
	formtok_make(key1, "login", "", NOW + 1, tok2);
	ck_assert_str_ne(tok, tok2);

	formtok_make(key1, "case", "0123abcd", NOW, tok);
	ck_assert_int_eq(formtok_check(key1, "case", "0123abcd", tok, NOW + 5,
	    AGE), 1);
}
END_TEST

/* One spelling per token: a leading zero on the time is refused. */
START_TEST(test_formtok_canonical)
{
	char	 tok[FORMTOK_MAX], alt[FORMTOK_MAX + 1];

	crypto_init();
	formtok_make(key1, "login", "", NOW, tok);
	snprintf(alt, sizeof(alt), "0%s", tok);
	ck_assert_int_eq(formtok_check(key1, "login", "", alt, NOW, AGE), 0);
}
END_TEST

START_TEST(test_formtok_reject)
{
	char	 tok[FORMTOK_MAX], bad[FORMTOK_MAX + 8], *dot;
	size_t	 i;

	formtok_make(key1, "case", "sess", NOW, tok);

	/* Wrong key, scope or binding. */
	ck_assert_int_eq(formtok_check(key2, "case", "sess", tok, NOW, AGE), 0);
	ck_assert_int_eq(formtok_check(key1, "cas", "sess", tok, NOW, AGE), 0);
	ck_assert_int_eq(formtok_check(key1, "login", "sess", tok, NOW, AGE), 0);
	ck_assert_int_eq(formtok_check(key1, "case", "", tok, NOW, AGE), 0);
	ck_assert_int_eq(formtok_check(key1, "case", "other", tok, NOW, AGE), 0);
	/* The NUL separators keep ("cases", "ess") apart from ("case", "sess"). */
	ck_assert_int_eq(formtok_check(key1, "cases", "ess", tok, NOW, AGE), 0);

	/* Too old, or from the future. */
	ck_assert_int_eq(formtok_check(key1, "case", "sess", tok,
	    NOW + AGE + 1, AGE), 0);
	ck_assert_int_eq(formtok_check(key1, "case", "sess", tok, NOW - 61,
	    AGE), 0);
	ck_assert_int_eq(formtok_check(key1, "case", "sess", tok, NOW - 3600,
	    AGE), 0);

	/* Every single altered MAC character. */
	dot = strchr(tok, '.');
	ck_assert_ptr_nonnull(dot);
	for (i = 1; dot[i] != '\0'; i++) {
		strcpy(bad, tok);
		bad[dot - tok + (long)i] = dot[i] == '0' ? '1' : '0';
		ck_assert_msg(formtok_check(key1, "case", "sess", bad, NOW,
		    AGE) == 0, "altered MAC at %zu accepted", i);
	}
	/* Upper-case hex, truncated and extended MAC. */
	strcpy(bad, tok);
	for (i = 0; bad[i] != '\0'; i++)
		if (bad[i] >= 'a' && bad[i] <= 'f')
			bad[i] = (char)(bad[i] - 'a' + 'A');
	if (strcmp(bad, tok) != 0)
		ck_assert_int_eq(formtok_check(key1, "case", "sess", bad, NOW,
		    AGE), 0);
	strcpy(bad, tok);
	bad[strlen(bad) - 1] = '\0';
	ck_assert_int_eq(formtok_check(key1, "case", "sess", bad, NOW, AGE), 0);
	snprintf(bad, sizeof(bad), "%s0", tok);
	ck_assert_int_eq(formtok_check(key1, "case", "sess", bad, NOW, AGE), 0);

	/* Altered time with the original MAC. */
	strcpy(bad, tok);
	bad[9] = bad[9] == '0' ? '1' : '0';
	ck_assert_int_eq(formtok_check(key1, "case", "sess", bad, NOW, AGE), 0);
	snprintf(bad, sizeof(bad), "1767225599%s", dot);
	ck_assert_int_eq(formtok_check(key1, "case", "sess", bad, NOW, AGE), 0);
	snprintf(bad, sizeof(bad), "-1767225600%s", dot);
	ck_assert_int_eq(formtok_check(key1, "case", "sess", bad, NOW, AGE), 0);
	snprintf(bad, sizeof(bad), "+1767225600%s", dot);
	ck_assert_int_eq(formtok_check(key1, "case", "sess", bad, NOW, AGE), 0);
	snprintf(bad, sizeof(bad), " 1767225600%s", dot);
	ck_assert_int_eq(formtok_check(key1, "case", "sess", bad, NOW, AGE), 0);
}
END_TEST

/* A token made in the future (more than 60 s ahead) is refused. */
START_TEST(test_formtok_future)
{
	char	 tok[FORMTOK_MAX];

	formtok_make(key1, "case", "", NOW + 61, tok);
	ck_assert_int_eq(formtok_check(key1, "case", "", tok, NOW, AGE), 0);
	formtok_make(key1, "case", "", NOW + 100000, tok);
	ck_assert_int_eq(formtok_check(key1, "case", "", tok, NOW, AGE), 0);
	formtok_make(key1, "case", "", NOW + 60, tok);
	ck_assert_int_eq(formtok_check(key1, "case", "", tok, NOW, AGE), 1);
}
END_TEST

static const char *const garbage[] = {
	"",
	".",
	"abc",
	"123.",
	".abc",
	"..",
	"1767225600",
	"1767225600.",
	"1767225600..",
	"x.0000000000000000000000000000000000000000000000000000000000000000",
	"1767225600.0000000000000000000000000000000000000000000000000000000000000000",
	"1767225600.zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
	"99999999999999999999999.0000000000000000000000000000000000000000000000000000000000000000",
};

START_TEST(test_formtok_garbage)
{
	ck_assert_msg(formtok_check(key1, "case", "", garbage[_i], NOW,
	    AGE) == 0, "accepted \"%s\"", garbage[_i]);
}
END_TEST

START_TEST(test_formtok_long)
{
	char	 tok[FORMTOK_MAX], *big;
	size_t	 n = 100000;

	ck_assert_int_eq(formtok_check(key1, "case", "", NULL, NOW, AGE), 0);

	big = malloc(n + 1);
	ck_assert_ptr_nonnull(big);
	memset(big, '1', n);
	big[n] = '\0';
	ck_assert_int_eq(formtok_check(key1, "case", "", big, NOW, AGE), 0);
	big[n / 2] = '.';
	ck_assert_int_eq(formtok_check(key1, "case", "", big, NOW, AGE), 0);

	/* A valid token followed by a long tail. */
	formtok_make(key1, "case", "", NOW, tok);
	memcpy(big, tok, strlen(tok));
	ck_assert_int_eq(formtok_check(key1, "case", "", big, NOW, AGE), 0);
	free(big);
}
END_TEST

/* --- key files ------------------------------------------------------------ */

static char	 tmpdir[64];

static void
key_setup(void)
{
	setup();
	snprintf(tmpdir, sizeof(tmpdir), "/tmp/frist-check-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

static void
key_teardown(void)
{
	static const char *const names[] = { "key", "short", "open", "long" };
	char	 path[128];
	size_t	 i;

	for (i = 0; i < NELEM(names); i++) {
		snprintf(path, sizeof(path), "%s/%s", tmpdir, names[i]);
		(void)unlink(path);
	}
	(void)rmdir(tmpdir);
}

static void
write_file(const char *path, const void *data, size_t len, mode_t mode)
{
	int	 fd;

	fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	ck_assert_int_ne(fd, -1);
	ck_assert_int_eq(write(fd, data, len), (ssize_t)len);
	ck_assert_int_eq(fchmod(fd, mode), 0);
	ck_assert_int_eq(close(fd), 0);
}

START_TEST(test_key_roundtrip)
{
	unsigned char	 k1[CRYPTO_KEYBYTES], k2[CRYPTO_KEYBYTES];
	unsigned char	 zero[CRYPTO_KEYBYTES] = { 0 };
	char		 path[128];
	struct stat	 st;

	snprintf(path, sizeof(path), "%s/key", tmpdir);
	ck_assert_int_eq(crypto_make_key(path), 0);
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_uint_eq(st.st_mode & 0777, 0600);
	ck_assert_int_eq(st.st_size, CRYPTO_KEYBYTES);

	memset(k1, 0, sizeof(k1));
	memset(k2, 1, sizeof(k2));
	ck_assert_int_eq(crypto_load_key(path, k1), 0);
	ck_assert_int_eq(crypto_load_key(path, k2), 0);
	ck_assert_mem_eq(k1, k2, CRYPTO_KEYBYTES);
	ck_assert(memcmp(k1, zero, sizeof(zero)) != 0);

	/* Never overwrites an existing key. */
	ck_assert_int_eq(crypto_make_key(path), -1);
	ck_assert_int_eq(crypto_load_key(path, k2), 0);
	ck_assert_mem_eq(k1, k2, CRYPTO_KEYBYTES);
}
END_TEST

START_TEST(test_key_bad)
{
	unsigned char	 k[CRYPTO_KEYBYTES], data[CRYPTO_KEYBYTES];
	char		 path[128];

	memset(data, 0x5A, sizeof(data));

	snprintf(path, sizeof(path), "%s/missing", tmpdir);
	ck_assert_int_eq(crypto_load_key(path, k), -1);

	snprintf(path, sizeof(path), "%s/short", tmpdir);
	write_file(path, data, CRYPTO_KEYBYTES - 1, 0600);
	ck_assert_int_eq(crypto_load_key(path, k), -1);

	snprintf(path, sizeof(path), "%s/open", tmpdir);
	write_file(path, data, CRYPTO_KEYBYTES, 0644);
	ck_assert_int_eq(crypto_load_key(path, k), -1);
	ck_assert_int_eq(chmod(path, 0640), 0);
	ck_assert_int_eq(crypto_load_key(path, k), -1);
	ck_assert_int_eq(chmod(path, 0604), 0);
	ck_assert_int_eq(crypto_load_key(path, k), -1);
	/* The same file, once private, loads. */
	ck_assert_int_eq(chmod(path, 0600), 0);
	ck_assert_int_eq(crypto_load_key(path, k), 0);
	ck_assert_mem_eq(k, data, CRYPTO_KEYBYTES);
	ck_assert_int_eq(chmod(path, 0400), 0);
	ck_assert_int_eq(crypto_load_key(path, k), 0);

	/* A directory is not a key. */
	ck_assert_int_eq(crypto_load_key(tmpdir, k), -1);

	/* make_key in a missing directory fails. */
	snprintf(path, sizeof(path), "%s/nodir/key", tmpdir);
	ck_assert_int_eq(crypto_make_key(path), -1);
}
END_TEST

Suite *
crypto_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("crypto");

	tc = tcase_create("random");
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_token);
	tcase_add_test(tc, test_digits);
	tcase_add_test(tc, test_digits_keyed);
	tcase_add_test(tc, test_hash_hex);
	suite_add_tcase(s, tc);

	tc = tcase_create("password");
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_set_timeout(tc, 20);
	tcase_add_test(tc, test_password);
	tcase_add_test(tc, test_password_empty);
	suite_add_tcase(s, tc);

	tc = tcase_create("formtok");
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_formtok_valid);
	tcase_add_test(tc, test_formtok_canonical);
	tcase_add_test(tc, test_formtok_reject);
	tcase_add_test(tc, test_formtok_future);
	tcase_add_loop_test(tc, test_formtok_garbage, 0, (int)NELEM(garbage));
	tcase_add_test(tc, test_formtok_long);
	suite_add_tcase(s, tc);

	tc = tcase_create("keyfile");
	tcase_add_checked_fixture(tc, key_setup, key_teardown);
	tcase_add_test(tc, test_key_roundtrip);
	tcase_add_test(tc, test_key_bad);
	suite_add_tcase(s, tc);

	return s;
}
