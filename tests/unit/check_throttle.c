/*
 * Unit tests for throttle.c: the rule (waits, decay, cap) as pure
 * functions, and the shared store, including that a failure counted in
 * a forked worker is seen by its siblings.
 */
#include <sys/wait.h>

#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

#include <check.h>

#include "crypto.h"
#include "throttle.h"

Suite	*throttle_suite(void);

static const struct throttle_rule R = { 5, 10, 600, 6000 };

START_TEST(test_delay)
{
	unsigned	 i;

	/* Nothing below free, then doubling from base. */
	for (i = 0; i < 5; i++)
		ck_assert_uint_eq(throttle_delay(&R, i), 0);
	ck_assert_uint_eq(throttle_delay(&R, 5), 10);
	ck_assert_uint_eq(throttle_delay(&R, 6), 20);
	ck_assert_uint_eq(throttle_delay(&R, 7), 40);
	ck_assert_uint_eq(throttle_delay(&R, 10), 320);
	/* ... and never more than cap, however many (no overflow either). */
	for (i = 11; i < 300; i++)
		ck_assert_uint_eq(throttle_delay(&R, i), 600);
}
END_TEST

START_TEST(test_fail_wait)
{
	struct throttle_state	 st = { 0, 0 };
	uint32_t		 t = 1000;
	int			 i;

	/* Five failures in a row: no wait yet after four, 1 s after five. */
	for (i = 0; i < 4; i++)
		st = throttle_fail(&R, st, t);
	ck_assert_uint_eq(st.score, 4);
	ck_assert_uint_eq(throttle_wait(&R, st, t), 0);
	st = throttle_fail(&R, st, t);
	ck_assert_uint_eq(throttle_wait(&R, st, t), 10);
	ck_assert_uint_eq(throttle_wait(&R, st, t + 4), 6);
	ck_assert_uint_eq(throttle_wait(&R, st, t + 10), 0);
	ck_assert_uint_eq(throttle_wait(&R, st, t + 99999), 0);
	/* The sixth, when the wait is over: 2 s from then. */
	st = throttle_fail(&R, st, t + 10);
	ck_assert_uint_eq(st.last, t + 10);
	ck_assert_uint_eq(throttle_wait(&R, st, t + 10), 20);
	/* Any number of failures: at most cap from the last one. */
	for (i = 0; i < 1000; i++)
		st = throttle_fail(&R, st, t + 20);
	ck_assert_uint_eq(st.score, 255);
	ck_assert_uint_eq(throttle_wait(&R, st, t + 20), 600);
	ck_assert_uint_eq(throttle_wait(&R, st, t + 620), 0);
}
END_TEST

START_TEST(test_decay)
{
	struct throttle_state	 st = { 7, 100 };

	ck_assert_uint_eq(throttle_decay(&R, st, 100), 7);
	ck_assert_uint_eq(throttle_decay(&R, st, 100 + 5999), 7);
	ck_assert_uint_eq(throttle_decay(&R, st, 100 + 6000), 6);
	ck_assert_uint_eq(throttle_decay(&R, st, 100 + 3 * 6000), 4);
	ck_assert_uint_eq(throttle_decay(&R, st, 100 + 7 * 6000), 0);
	ck_assert_uint_eq(throttle_decay(&R, st, UINT32_MAX), 0);
	/* A clock seen going back forgets nothing. */
	ck_assert_uint_eq(throttle_decay(&R, st, 50), 7);
	st = throttle_fail(&R, st, 50);
	ck_assert_uint_eq(st.score, 8);
	ck_assert_uint_eq(st.last, 100);
	/* A failure after the count has leaked away starts again from 1. */
	st = throttle_fail(&R, st, 100 + 9 * 6000);
	ck_assert_uint_eq(st.score, 1);
	ck_assert_uint_eq(throttle_wait(&R, st, 100 + 9 * 6000), 0);
}
END_TEST

/* --- the store ------------------------------------------------------- */

static void
setup(void)
{
	ck_assert_int_eq(crypto_init(), 0);
}

START_TEST(test_store)
{
	uint64_t	 a, b, c;
	uint32_t	 w;
	int		 i;
	pid_t		 pid;
	int		 status;

	ck_assert_int_eq(throttle_init(3), -1);	/* not a power of two */
	ck_assert_int_eq(throttle_init(1024), 0);
	a = throttle_key("staff", "demo", "192.0.2.1");
	b = throttle_key("staff", "demo", "192.0.2.2");
	c = throttle_key("grant", "demo", "192.0.2.1");
	/* Kinds, names and clients are keys apart; the NULs keep
	 * ("ab", "c") from ("a", "bc"). */
	ck_assert(a != b && a != c && b != c);
	ck_assert(throttle_key("staff", "ab", "c") !=
	    throttle_key("staff", "a", "bc"));
	ck_assert(throttle_key("client", "x", NULL) !=
	    throttle_key("client", "x", ""));
	ck_assert(a == throttle_key("staff", "demo", "192.0.2.1"));

	for (i = 0; i < 4; i++)
		throttle_failed(a, &R);
	ck_assert_uint_eq(throttle_check(a, &R), 0);
	/* The fifth failure is counted in another process (a worker). */
	if ((pid = fork()) == 0) {
		throttle_failed(a, &R);
		_exit(0);
	}
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	w = throttle_check(a, &R);
	ck_assert_msg(w > 0 && w <= 10, "wait %u", w);
	/* Another client, another kind: not slowed at all. */
	ck_assert_uint_eq(throttle_check(b, &R), 0);
	ck_assert_uint_eq(throttle_check(c, &R), 0);
	/* A good login clears its own count only. */
	throttle_failed(b, &R);
	throttle_clear(a);
	ck_assert_uint_eq(throttle_check(a, &R), 0);
	for (i = 0; i < 4; i++)
		throttle_failed(a, &R);
	ck_assert_uint_eq(throttle_check(a, &R), 0);
	for (i = 0; i < 4; i++)
		throttle_failed(b, &R);
	ck_assert_uint_gt(throttle_check(b, &R), 0);
}
END_TEST

/* A full table forgets the oldest records, and keeps working. */
START_TEST(test_store_full)
{
	char		 name[32];
	uint64_t	 k;
	int		 i, j;

	ck_assert_int_eq(throttle_init(16), 0);
	for (i = 0; i < 200; i++) {
		snprintf(name, sizeof(name), "flood%d", i);
		k = throttle_key("staff", name, "192.0.2.8");
		for (j = 0; j < 6; j++)
			throttle_failed(k, &R);
	}
	k = throttle_key("staff", "last", "192.0.2.9");
	for (j = 0; j < 6; j++)
		throttle_failed(k, &R);
	ck_assert_uint_gt(throttle_check(k, &R), 0);
}
END_TEST

Suite *
throttle_suite(void)
{
	Suite	*s = suite_create("throttle");
	TCase	*tc;

	tc = tcase_create("rule");
	tcase_add_test(tc, test_delay);
	tcase_add_test(tc, test_fail_wait);
	tcase_add_test(tc, test_decay);
	suite_add_tcase(s, tc);

	tc = tcase_create("store");
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_store);
	tcase_add_test(tc, test_store_full);
	suite_add_tcase(s, tc);
	return s;
}
