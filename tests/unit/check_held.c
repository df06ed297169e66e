/*
 * Unit tests for held answers: the sender thread of held.c (each job at
 * or after its time, earliest first, the bounds, stop runs what is
 * pending) and http.c's memory sink (a held answer writes nothing to the
 * FastCGI stream until it is sent).
 */
#define _GNU_SOURCE	/* memmem */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <check.h>
#include <fcgiapp.h>

#include "held.h"
#include "http.h"
#include "memout.h"
#include "util.h"

Suite	*held_suite(void);

#define NJOBS	4

static struct timespec	 t0, ran[NJOBS];
static int		 order[NJOBS], nran;

static long
ms_since_t0(const struct timespec *t)
{
	return (long)(t->tv_sec - t0.tv_sec) * 1000L +
	    (t->tv_nsec - t0.tv_nsec) / 1000000L;
}

static struct timespec
at_ms(long ms)
{
	struct timespec	 t = t0;

	t.tv_sec += ms / 1000;
	t.tv_nsec += (ms % 1000) * 1000000L;
	if (t.tv_nsec >= 1000000000L) {
		t.tv_sec++;
		t.tv_nsec -= 1000000000L;
	}
	return t;
}

/* Runs on the sender thread; the test reads the arrays after the join. */
static void
job(void *arg)
{
	int	 i = (int)(long)arg;

	clock_gettime(CLOCK_MONOTONIC, &ran[i]);
	order[nran++] = i;
}

static void
reset(void)
{
	memset(ran, 0, sizeof(ran));
	memset(order, 0, sizeof(order));
	nran = 0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
}

START_TEST(test_held_order)
{
	static const long	 ms[NJOBS] = { 300, 100, 200, 100 };
	struct timespec		 at;
	int			 i;

	reset();
	ck_assert_int_eq(held_start(8, 1000), 0);
	for (i = 0; i < NJOBS; i++) {
		at = at_ms(ms[i]);
		ck_assert_int_eq(held_put(&at, 10, 0, job, (void *)(long)i), 0);
	}
	held_stop();
	ck_assert_int_eq(nran, NJOBS);
	/* Earliest first; of two at the same time, the first put. */
	ck_assert_int_eq(order[0], 1);
	ck_assert_int_eq(order[1], 3);
	ck_assert_int_eq(order[2], 2);
	ck_assert_int_eq(order[3], 0);
	/* None before its time: stop waited for each. */
	for (i = 0; i < NJOBS; i++)
		ck_assert_msg(ms_since_t0(&ran[i]) >= ms[i],
		    "job %d ran at %ld ms, due at %ld", i,
		    ms_since_t0(&ran[i]), ms[i]);
}
END_TEST

START_TEST(test_held_bounds)
{
	struct timespec	 at;

	reset();
	/* Not started: refused, the caller keeps its job. */
	at = at_ms(0);
	ck_assert_int_eq(held_put(&at, 1, 0, job, (void *)0L), -1);
	ck_assert_int_eq(held_start(2, 100), 0);
	at = at_ms(200);
	ck_assert_int_eq(held_put(&at, 60, 0, job, (void *)0L), 0);
	/* Over the bytes. */
	ck_assert_int_eq(held_put(&at, 41, 0, job, (void *)1L), -1);
	ck_assert_int_eq(held_put(&at, 40, 0, job, (void *)1L), 0);
	/* Over the jobs. */
	ck_assert_int_eq(held_put(&at, 0, 0, job, (void *)2L), -1);
	ck_assert_uint_eq(held_pending(), 2);
	held_stop();
	ck_assert_int_eq(nran, 2);
	ck_assert_uint_eq(held_pending(), 0);
	/* After stop: refused again, and it can start anew. */
	ck_assert_int_eq(held_put(&at, 0, 0, job, (void *)2L), -1);
	ck_assert_int_eq(held_start(2, 100), 0);
	held_stop();
}
END_TEST

/* A job that runs when its time is past, once room is made. */
START_TEST(test_held_atstop)
{
	struct timespec	 at;

	reset();
	ck_assert_int_eq(held_start(4, 100), 0);
	at = at_ms(100);
	ck_assert_int_eq(held_put(&at, 0, 0, job, (void *)0L), 0);
	/* Due in an hour, but to be run at once when stopping (the count). */
	at = at_ms(3600 * 1000L);
	ck_assert_int_eq(held_put(&at, 0, HELD_ATSTOP, job, (void *)1L), 0);
	held_stop();
	ck_assert_int_eq(nran, 2);
	ck_assert_int_eq(order[0], 0);
	ck_assert_int_eq(order[1], 1);
	ck_assert_int_ge(ms_since_t0(&ran[0]), 100);
	ck_assert_int_lt(ms_since_t0(&ran[1]), 60 * 1000L);
}
END_TEST

/* An earlier job put while the sender waits for a later one goes first. */
START_TEST(test_held_earlier)
{
	struct timespec	 at;

	reset();
	ck_assert_int_eq(held_start(4, 100), 0);
	at = at_ms(600);
	ck_assert_int_eq(held_put(&at, 0, 0, job, (void *)0L), 0);
	at = at_ms(50);
	ck_assert_int_eq(held_put(&at, 0, 0, job, (void *)1L), 0);
	held_stop();
	ck_assert_int_eq(order[0], 1);
	ck_assert_int_lt(ms_since_t0(&ran[1]), 550);
	ck_assert_int_ge(ms_since_t0(&ran[0]), 600);
}
END_TEST

/* With r->buf set, headers and body go to memory, none to the stream. */
START_TEST(test_http_buf)
{
	struct arena	 ar = { NULL, 0 };
	struct http_req	 r;
	struct http_buf	*b;
	char		 big[40000];

	memset(&r, 0, sizeof(r));
	r.ar = &ar;
	r.id = "1-1";
	r.method = HTTP_POST;
	r.out = memout_open();
	ck_assert_ptr_nonnull(b = r.buf = calloc(1, sizeof(*r.buf)));
	http_header(&r, "X-Test", "ja");
	http_begin(&r, 200, "text/html; charset=utf-8");
	memset(big, 'x', sizeof(big));
	http_write(&r, big, sizeof(big));
	http_write(&r, "slut", 4);
	ck_assert_uint_eq(memout_len(), 0);
	ck_assert_uint_gt(b->len, sizeof(big) + 4);
	ck_assert_int_eq(strncmp(b->p, "Status: 200 OK\r\n", 16), 0);
	ck_assert_ptr_nonnull(memmem(b->p, b->len, "X-Test: ja\r\n", 12));
	ck_assert_ptr_nonnull(memmem(b->p, b->len, "\r\n\r\nxxx", 7));
	ck_assert_int_eq(memcmp(b->p + b->len - 4, "slut", 4), 0);
	ck_assert_uint_eq(r.bytes_out, sizeof(big) + 4);
	/* Without it, the same goes to the stream. */
	r.buf = NULL;
	r.status = 0;
	http_begin(&r, 200, "text/plain");
	ck_assert_uint_gt(memout_len(), 0);
	free(b->p);
	free(b);
	memout_free();
	arena_free(&ar);
}
END_TEST

Suite *
held_suite(void)
{
	Suite	*s = suite_create("held");
	TCase	*tc;

	tc = tcase_create("sender");
	tcase_set_timeout(tc, 20);
	tcase_add_test(tc, test_held_order);
	tcase_add_test(tc, test_held_bounds);
	tcase_add_test(tc, test_held_atstop);
	tcase_add_test(tc, test_held_earlier);
	suite_add_tcase(s, tc);

	tc = tcase_create("sink");
	tcase_add_test(tc, test_http_buf);
	suite_add_tcase(s, tc);
	return s;
}
