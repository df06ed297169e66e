/* Unit tests for cgi/lib/wb.c: the whistleblower channel's cryptography. */
#define _GNU_SOURCE	/* memmem */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <check.h>
#include <sodium.h>

#include "crypto.h"
#include "wb.h"

Suite	*wb_suite(void);

START_TEST(test_derive)
{
	unsigned char	 salt[WB_SALT] = { 1 }, l1[WB_KEY], r1[WB_KEY];
	unsigned char	 l2[WB_KEY], r2[WB_KEY];

	ck_assert_int_eq(crypto_init(), 0);
	ck_assert_int_eq(wb_derive("1234567890123456", salt, l1, r1), 0);
	ck_assert_int_eq(wb_derive("1234567890123456", salt, l2, r2), 0);
	/* The same code finds the same report and opens it again ... */
	ck_assert_mem_eq(l1, l2, WB_KEY);
	ck_assert_mem_eq(r1, r2, WB_KEY);
	/* ... the lookup id is not the key ... */
	ck_assert(memcmp(l1, r1, WB_KEY) != 0);
	/* ... and another code or salt gives other values. */
	ck_assert_int_eq(wb_derive("1234567890123457", salt, l2, r2), 0);
	ck_assert(memcmp(l1, l2, WB_KEY) != 0);
	salt[0] = 2;
	ck_assert_int_eq(wb_derive("1234567890123456", salt, l2, r2), 0);
	ck_assert(memcmp(l1, l2, WB_KEY) != 0);
}
END_TEST

START_TEST(test_seal_and_blob)
{
	unsigned char	 pk[WB_KEY], sk[WB_KEY], pk2[WB_KEY], sk2[WB_KEY];
	unsigned char	 k[WB_KEY], k2[WB_KEY], sealed[WB_SEALED];
	unsigned char	 blob[64 + WB_OVERHEAD], out[64];
	const char	*msg = "Bekymring om Solstrålen";

	ck_assert_int_eq(crypto_init(), 0);
	crypto_box_keypair(pk, sk);
	crypto_box_keypair(pk2, sk2);
	wb_new_key(k);
	wb_seal(k, pk, sealed);
	ck_assert_int_eq(wb_unseal(sealed, sizeof(sealed), pk, sk, k2), 0);
	ck_assert_mem_eq(k, k2, WB_KEY);
	ck_assert_int_eq(wb_unseal(sealed, sizeof(sealed), pk2, sk2, k2), -1);
	ck_assert_int_eq(wb_unseal(sealed, sizeof(sealed) - 1, pk, sk, k2), -1);

	wb_encrypt(k, msg, strlen(msg), blob);
	ck_assert(memmem(blob, strlen(msg) + WB_OVERHEAD, "Solstr", 6) == NULL);
	memset(out, 0, sizeof(out));
	ck_assert_int_eq(wb_decrypt(k, blob, strlen(msg) + WB_OVERHEAD, out), 0);
	ck_assert_str_eq((char *)out, msg);
	blob[30] ^= 1;		/* a forged blob is refused */
	ck_assert_int_eq(wb_decrypt(k, blob, strlen(msg) + WB_OVERHEAD, out), -1);
	ck_assert_int_eq(wb_decrypt(k, blob, WB_OVERHEAD - 1, out), -1);
}
END_TEST

START_TEST(test_fields)
{
	struct arena	 a = { NULL, 0 };
	unsigned char	 k[WB_KEY], k2[WB_KEY], *blob;
	const char	*in[4] = { "Plejefamilien Hansen", "", "æøå\nlinje 2", NULL };
	const char	*out[5];
	size_t		 len;

	ck_assert_int_eq(crypto_init(), 0);
	wb_new_key(k);
	wb_new_key(k2);
	blob = wb_seal_fields(&a, k, in, 4, &len);
	ck_assert_int_eq(wb_open_fields(&a, k, blob, len, out, 5), 0);
	ck_assert_str_eq(out[0], "Plejefamilien Hansen");
	ck_assert_str_eq(out[1], "");
	ck_assert_str_eq(out[2], "æøå\nlinje 2");
	ck_assert_str_eq(out[3], "");
	ck_assert_str_eq(out[4], "");	/* fields added later read as "" */
	ck_assert_int_eq(wb_open_fields(&a, k2, blob, len, out, 5), -1);
	/* A length that runs past the end is refused. */
	ck_assert_int_eq(wb_unpack(&a, (const unsigned char *)"\0\0\0\x09" "abc",
	    7, out, 1), -1);
	arena_free(&a);
}
END_TEST

START_TEST(test_keyfiles)
{
	char		 dir[] = "/tmp/frist-wb-XXXXXX", pub[128], sec[128];
	unsigned char	 pk[WB_KEY], pk2[WB_KEY], sk[WB_KEY], k[WB_KEY];
	unsigned char	 k2[WB_KEY], sealed[WB_SEALED];

	ck_assert_int_eq(crypto_init(), 0);
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(pub, sizeof(pub), "%s/pub", dir);
	snprintf(sec, sizeof(sec), "%s/sec", dir);
	ck_assert_int_eq(wb_keygen(pub, sec), 0);
	ck_assert_int_eq(wb_keygen(pub, sec), -1);	/* never overwrites */
	ck_assert_int_eq(wb_load_public(pub, pk), 0);
	ck_assert_int_eq(wb_load_secret(sec, pk2, sk), 0);
	ck_assert_mem_eq(pk, pk2, WB_KEY);
	wb_new_key(k);
	wb_seal(k, pk, sealed);
	ck_assert_int_eq(wb_unseal(sealed, sizeof(sealed), pk2, sk, k2), 0);
	ck_assert_mem_eq(k, k2, WB_KEY);
	chmod(sec, 0644);	/* a secret key others can read is refused */
	ck_assert_int_eq(wb_load_secret(sec, pk2, sk), -1);
	unlink(pub);
	unlink(sec);
	rmdir(dir);
}
END_TEST

Suite *
wb_suite(void)
{
	Suite	*s = suite_create("wb");
	TCase	*tc = tcase_create("wb");

	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_derive);
	tcase_add_test(tc, test_seal_and_blob);
	tcase_add_test(tc, test_fields);
	tcase_add_test(tc, test_keyfiles);
	suite_add_tcase(s, tc);
	return s;
}
