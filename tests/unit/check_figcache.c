/*
 * Unit tests for figcache: an entry lives max_age seconds and no longer,
 * keys are told apart by every byte and by length, a full store gives up
 * its oldest entry, and an off store or an oversized key or value keeps
 * nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "figcache.h"

/* Collected by check_main.c; declared here for -Wmissing-prototypes. */
Suite	*figcache_suite(void);

struct val {
	long long	 a[8];
};

static struct figcache	*fc;

static void
setup(void)
{
	fc = malloc(sizeof(*fc));
	ck_assert_ptr_nonnull(fc);
	figcache_init(fc, 10);
}

static void
teardown(void)
{
	free(fc);
}

static struct val
val_of(long long x)
{
	struct val	 v;
	size_t		 i;

	for (i = 0; i < 8; i++)
		v.a[i] = x * 10 + (long long)i;
	return v;
}

START_TEST(test_age)
{
	struct val	 v = val_of(7), w;
	time_t		 made = 0;
	int		 age;

	figcache_put(fc, "k", 1, 1000, &v, sizeof(v));
	for (age = 0; age <= 12; age++) {
		memset(&w, 0, sizeof(w));
		ck_assert_int_eq(figcache_get(fc, "k", 1, 1000 + age, &w,
		    sizeof(w), &made), age < 10);
		if (age < 10) {
			ck_assert_mem_eq(&w, &v, sizeof(v));
			ck_assert_int_eq(made, 1000);
		}
	}
	/* A clock set back: not trusted. */
	ck_assert_int_eq(figcache_get(fc, "k", 1, 999, &w, sizeof(w), NULL), 0);
	/* A put again renews the entry. */
	v = val_of(8);
	figcache_put(fc, "k", 1, 1011, &v, sizeof(v));
	ck_assert_int_eq(figcache_get(fc, "k", 1, 1020, &w, sizeof(w), &made), 1);
	ck_assert_int_eq(figcache_get(fc, "k", 1, 1021, &w, sizeof(w), NULL), 0);
	ck_assert_mem_eq(&w, &v, sizeof(v));
	ck_assert_int_eq(made, 1011);
}
END_TEST

START_TEST(test_keys)
{
	struct val	 v1 = val_of(1), v2 = val_of(2), v3 = val_of(3), w;

	figcache_put(fc, "goal|2026", 9, 5, &v1, sizeof(v1));
	figcache_put(fc, "goal|2025", 9, 5, &v2, sizeof(v2));
	figcache_put(fc, "goal|20251", 10, 5, &v3, sizeof(v3));
	ck_assert_int_eq(figcache_get(fc, "goal|2026", 9, 6, &w, sizeof(w), NULL), 1);
	ck_assert_mem_eq(&w, &v1, sizeof(w));
	ck_assert_int_eq(figcache_get(fc, "goal|2025", 9, 6, &w, sizeof(w), NULL), 1);
	ck_assert_mem_eq(&w, &v2, sizeof(w));
	ck_assert_int_eq(figcache_get(fc, "goal|20251", 10, 6, &w, sizeof(w), NULL), 1);
	ck_assert_mem_eq(&w, &v3, sizeof(w));
	/* A prefix, and an unknown key. */
	ck_assert_int_eq(figcache_get(fc, "goal|202", 8, 6, &w, sizeof(w), NULL), 0);
	ck_assert_int_eq(figcache_get(fc, "goal|2024", 9, 6, &w, sizeof(w), NULL), 0);
	/* The same key asked for a value of another size. */
	ck_assert_int_eq(figcache_get(fc, "goal|2026", 9, 6, &w, sizeof(w) - 1,
	    NULL), 0);
	/* The empty key is never stored. */
	figcache_put(fc, "", 0, 5, &v1, sizeof(v1));
	ck_assert_int_eq(figcache_get(fc, "", 0, 5, &w, sizeof(w), NULL), 0);
}
END_TEST

START_TEST(test_full)
{
	char		 k[16];
	struct val	 v, w;
	int		 i, n;

	/* Twice the slots, each a second newer: the newest half stays. */
	for (i = 0; i < 2 * FIGCACHE_SLOTS; i++) {
		n = snprintf(k, sizeof(k), "key%d", i);
		v = val_of(i);
		figcache_put(fc, k, (size_t)n, 100 + i, &v, sizeof(v));
	}
	for (i = 0; i < 2 * FIGCACHE_SLOTS; i++) {
		n = snprintf(k, sizeof(k), "key%d", i);
		/* At the time of the last put, all are young enough. */
		fc->max_age = 1000;
		ck_assert_int_eq(figcache_get(fc, k, (size_t)n,
		    100 + 2 * FIGCACHE_SLOTS, &w, sizeof(w), NULL),
		    i >= FIGCACHE_SLOTS);
		if (i >= FIGCACHE_SLOTS) {
			v = val_of(i);
			ck_assert_mem_eq(&w, &v, sizeof(v));
		}
	}
	/* A key put again keeps its one slot: the others stay. */
	for (i = 0; i < 10; i++) {
		v = val_of(1000 + i);
		figcache_put(fc, "key100", 6, 500 + i, &v, sizeof(v));
	}
	n = 0;
	for (i = FIGCACHE_SLOTS; i < 2 * FIGCACHE_SLOTS; i++) {
		char	 kk[16];
		int	 m = snprintf(kk, sizeof(kk), "key%d", i);

		n += figcache_get(fc, kk, (size_t)m, 510, &w, sizeof(w), NULL);
	}
	ck_assert_int_eq(n, FIGCACHE_SLOTS);
}
END_TEST

START_TEST(test_off_and_limits)
{
	static unsigned char	 big[FIGCACHE_VALMAX + 1];
	static char		 longkey[FIGCACHE_KEYMAX + 1];
	struct val		 v = val_of(1), w;

	memset(longkey, 'k', sizeof(longkey));
	figcache_put(fc, longkey, sizeof(longkey), 5, &v, sizeof(v));
	ck_assert_int_eq(figcache_get(fc, longkey, sizeof(longkey), 5, &w,
	    sizeof(w), NULL), 0);
	/* The longest key allowed works. */
	figcache_put(fc, longkey, FIGCACHE_KEYMAX, 5, &v, sizeof(v));
	ck_assert_int_eq(figcache_get(fc, longkey, FIGCACHE_KEYMAX, 5, &w,
	    sizeof(w), NULL), 1);
	figcache_put(fc, "big", 3, 5, big, sizeof(big));
	ck_assert_int_eq(figcache_get(fc, "big", 3, 5, big, sizeof(big),
	    NULL), 0);
	/* Off: nothing is kept, and a negative age is off too. */
	figcache_init(fc, 0);
	figcache_put(fc, "k", 1, 5, &v, sizeof(v));
	ck_assert_int_eq(figcache_get(fc, "k", 1, 5, &w, sizeof(w), NULL), 0);
	figcache_init(fc, -3);
	ck_assert_int_eq(fc->max_age, 0);
	figcache_put(fc, "k", 1, 5, &v, sizeof(v));
	ck_assert_int_eq(figcache_get(fc, "k", 1, 5, &w, sizeof(w), NULL), 0);
}
END_TEST

Suite *
figcache_suite(void)
{
	Suite	*s = suite_create("figcache");
	TCase	*tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_age);
	tcase_add_test(tc, test_keys);
	tcase_add_test(tc, test_full);
	tcase_add_test(tc, test_off_and_limits);
	suite_add_tcase(s, tc);
	return s;
}
