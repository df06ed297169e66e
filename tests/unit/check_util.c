/*
 * Unit tests for util.c: the request arena and the string helpers.
 */
#include <stddef.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>

#include <check.h>

#include "util.h"

/* Collected by check_main.c; declared here for -Wmissing-prototypes. */
Suite	*util_suite(void);

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* All bytes of p[0..n) are zero. */
static int
all_zero(const void *p, size_t n)
{
	const unsigned char	*c = p;
	size_t			 i;

	for (i = 0; i < n; i++)
		if (c[i] != 0)
			return 0;
	return 1;
}

static int
aligned(const void *p)
{
	return (uintptr_t)p % _Alignof(max_align_t) == 0;
}

/* --- arena ------------------------------------------------------------ */

START_TEST(test_arena_zero_align)
{
	struct arena	 a = { 0 };
	static const size_t sizes[] = { 0, 1, 2, 3, 7, 8, 15, 16, 17, 31, 33,
	    100, 255, 4096, 5000 };
	unsigned char	*p;
	size_t		 i;

	for (i = 0; i < NELEM(sizes); i++) {
		p = arena_alloc(&a, sizes[i]);
		ck_assert_ptr_nonnull(p);
		ck_assert_msg(aligned(p), "size %zu: %p not aligned",
		    sizes[i], (void *)p);
		ck_assert_msg(all_zero(p, sizes[i]), "size %zu not zeroed",
		    sizes[i]);
		/* Dirty it: a later allocation must still come back zeroed. */
		memset(p, 0xA5, sizes[i]);
	}
	ck_assert_uint_gt(a.total, 0);
	arena_free(&a);
	ck_assert_ptr_null(a.head);
	ck_assert_uint_eq(a.total, 0);
}
END_TEST

/* Many small blocks across several chunks: no overlap, all zeroed. */
START_TEST(test_arena_many)
{
	struct arena	 a = { 0 };
	enum { N = 5000, SZ = 100 };	/* ~500 KiB: several 64 KiB chunks */
	static unsigned char *ptrs[N];
	size_t		 i, j, bad = 0;

	/* Counted rather than asserted per block: ck_assert is slow. */
	for (i = 0; i < N; i++) {
		ptrs[i] = arena_alloc(&a, SZ);
		if (!aligned(ptrs[i]) || !all_zero(ptrs[i], SZ))
			bad++;
		memset(ptrs[i], (int)(i & 0xFF), SZ);
	}
	ck_assert_uint_eq(bad, 0);
	for (i = 0; i < N; i++)
		for (j = 0; j < SZ; j++)
			if (ptrs[i][j] != (i & 0xFF))
				bad++;
	ck_assert_msg(bad == 0, "%zu bytes overwritten", bad);
	ck_assert_uint_ge(a.total, (size_t)N * SZ);
	arena_free(&a);
}
END_TEST

/* A single allocation larger than a chunk, between small ones. */
START_TEST(test_arena_huge)
{
	struct arena	 a = { 0 };
	size_t		 big = 200 * 1024 + 3;
	unsigned char	*s1, *h, *s2;

	s1 = arena_alloc(&a, 10);
	memset(s1, 'a', 10);
	h = arena_alloc(&a, big);
	ck_assert(aligned(h));
	ck_assert(all_zero(h, big));
	memset(h, 'h', big);
	s2 = arena_alloc(&a, 10);
	ck_assert(aligned(s2));
	ck_assert(all_zero(s2, 10));
	memset(s2, 'b', 10);
	ck_assert_uint_eq(h[0], 'h');
	ck_assert_uint_eq(h[big - 1], 'h');
	ck_assert_uint_eq(s1[9], 'a');
	ck_assert_uint_eq(s2[0], 'b');

	/* Reset with the huge chunk on top, then use the arena again. */
	arena_reset(&a);
	ck_assert_uint_eq(a.total, 0);
	h = arena_alloc(&a, big);
	ck_assert(all_zero(h, big));
	arena_reset(&a);
	arena_free(&a);
}
END_TEST

/* A size near SIZE_MAX must abort, not wrap to a tiny block. */
START_TEST(test_arena_overflow)
{
	struct arena	 a = { NULL, 0 };

	(void)arena_alloc(&a, SIZE_MAX - 5);
}
END_TEST

START_TEST(test_arena_grow_overflow)
{
	struct arena	 a = { NULL, 0 };
	size_t		 cap = 0;

	(void)arena_grow(&a, NULL, &cap, SIZE_MAX / 4, 16);
}
END_TEST

START_TEST(test_arena_reset)
{
	struct arena	 a = { 0 };
	unsigned char	*p;
	size_t		 i, bad = 0;
	int		 round;

	arena_reset(&a);		/* on an empty arena: a no-op */
	ck_assert_ptr_null(a.head);
	for (round = 0; round < 3; round++) {
		for (i = 0; i < 2000; i++) {
			p = arena_alloc(&a, 97);
			if (!all_zero(p, 97))
				bad++;
			memset(p, 0xFF, 97);
		}
		ck_assert_uint_eq(bad, 0);
		ck_assert_uint_gt(a.total, 0);
		arena_reset(&a);
		ck_assert_uint_eq(a.total, 0);
		/* Memory handed out again after a reset comes back zeroed. */
		p = arena_alloc(&a, 4000);
		ck_assert(all_zero(p, 4000));
		memset(p, 0xFF, 4000);
	}
	arena_free(&a);
}
END_TEST

START_TEST(test_arena_strings)
{
	struct arena	 a = { 0 };
	char		*s, big[3000];

	s = arena_printf(&a, "%s-%d-%05.1f", "æøå", -42, 3.5);
	ck_assert_str_eq(s, "æøå--42-003.5");
	s = arena_printf(&a, "%s", "");
	ck_assert_str_eq(s, "");
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	s = arena_printf(&a, "<%s>", big);
	ck_assert_uint_eq(strlen(s), sizeof(big) + 1);
	ck_assert_int_eq(s[0], '<');
	ck_assert_int_eq(s[sizeof(big)], '>');

	s = arena_strdup(&a, "hej");
	ck_assert_str_eq(s, "hej");
	s = arena_strndup(&a, "hejsa", 3);
	ck_assert_str_eq(s, "hej");
	s = arena_strndup(&a, "a\0b", 3);
	ck_assert_mem_eq(s, "a\0b", 4);
	arena_free(&a);
}
END_TEST

START_TEST(test_arena_grow)
{
	struct arena	 a = { 0 };
	int		*v = NULL, *old;
	size_t		 cap = 0, oldcap, n, bad = 0;

	for (n = 0; n < 1000; n++) {
		old = v;
		oldcap = cap;
		v = arena_grow(&a, v, &cap, n + 1, sizeof(*v));
		if (v == NULL || cap < n + 1 ||
		    (n + 1 <= oldcap && (v != old || cap != oldcap)))
			bad++;
		v[n] = (int)n * 7;
	}
	ck_assert_uint_eq(bad, 0);
	for (n = 0; n < 1000; n++)
		if (v[n] != (int)n * 7)
			bad++;
	ck_assert_uint_eq(bad, 0);

	/* Enough room already: same pointer and capacity. */
	old = v;
	n = cap;
	v = arena_grow(&a, v, &cap, 10, sizeof(*v));
	ck_assert_ptr_eq(v, old);
	ck_assert_uint_eq(cap, n);

	/* A jump far beyond double the capacity. */
	v = arena_grow(&a, v, &cap, 100000, sizeof(*v));
	ck_assert_uint_ge(cap, 100000);
	for (n = 0; n < 1000; n++)
		if (v[n] != (int)n * 7)
			bad++;
	ck_assert_uint_eq(bad, 0);
	v[99999] = 1;		/* ASan: the whole capacity is usable */
	arena_free(&a);
}
END_TEST

/* --- str_to_i64 ------------------------------------------------------- */

struct i64case {
	const char	*s;
	int64_t		 min, max;
	int		 rc;
	int64_t		 want;
};

static const struct i64case i64cases[] = {
	{ "0", INT64_MIN, INT64_MAX, 0, 0 },
	{ "-5", INT64_MIN, INT64_MAX, 0, -5 },
	{ "42", 0, 100, 0, 42 },
	{ "007", 0, 100, 0, 7 },
	{ "-0", 0, 0, 0, 0 },
	{ "9223372036854775807", INT64_MIN, INT64_MAX, 0, INT64_MAX },
	{ "-9223372036854775808", INT64_MIN, INT64_MAX, 0, INT64_MIN },
	{ "100", 0, 100, 0, 100 },		/* bounds are inclusive */
	{ "-3", -3, 3, 0, -3 },
	{ "", INT64_MIN, INT64_MAX, -1, 0 },
	{ "+1", INT64_MIN, INT64_MAX, -1, 0 },
	{ " 1", INT64_MIN, INT64_MAX, -1, 0 },
	{ "\t1", INT64_MIN, INT64_MAX, -1, 0 },
	{ "1 ", INT64_MIN, INT64_MAX, -1, 0 },
	{ "1\n", INT64_MIN, INT64_MAX, -1, 0 },
	{ "1x", INT64_MIN, INT64_MAX, -1, 0 },
	{ "x1", INT64_MIN, INT64_MAX, -1, 0 },
	{ "-", INT64_MIN, INT64_MAX, -1, 0 },
	{ "--1", INT64_MIN, INT64_MAX, -1, 0 },
	{ "-+1", INT64_MIN, INT64_MAX, -1, 0 },
	{ "- 1", INT64_MIN, INT64_MAX, -1, 0 },
	{ "0x10", INT64_MIN, INT64_MAX, -1, 0 },
	{ "1.5", INT64_MIN, INT64_MAX, -1, 0 },
	{ "1e3", INT64_MIN, INT64_MAX, -1, 0 },
	{ "99999999999999999999", INT64_MIN, INT64_MAX, -1, 0 },
	{ "9223372036854775808", INT64_MIN, INT64_MAX, -1, 0 },
	{ "-9223372036854775809", INT64_MIN, INT64_MAX, -1, 0 },
	{ "101", 0, 100, -1, 0 },
	{ "-1", 0, 100, -1, 0 },
	{ "-4", -3, 3, -1, 0 },
	{ "4", -3, 3, -1, 0 },
};

START_TEST(test_str_to_i64)
{
	const struct i64case	*c = &i64cases[_i];
	int64_t			 v = 12345;
	int			 rc;

	rc = str_to_i64(c->s, c->min, c->max, &v);
	ck_assert_msg(rc == c->rc, "\"%s\" in [%jd, %jd]: rc %d, want %d",
	    c->s, (intmax_t)c->min, (intmax_t)c->max, rc, c->rc);
	if (c->rc == 0)
		ck_assert_msg(v == c->want, "\"%s\": %jd, want %jd", c->s,
		    (intmax_t)v, (intmax_t)c->want);
}
END_TEST

START_TEST(test_str_to_i64_null)
{
	int64_t	 v = 1;

	ck_assert_int_eq(str_to_i64(NULL, 0, 10, &v), -1);
}
END_TEST

/* --- str_ct_equal ----------------------------------------------------- */

struct eqcase {
	const char	*a, *b;
	int		 eq;
};

static const struct eqcase eqcases[] = {
	{ "", "", 1 },
	{ "a", "a", 1 },
	{ "abcdef", "abcdef", 1 },
	{ "æøå", "æøå", 1 },
	{ "", "a", 0 },
	{ "a", "", 0 },
	{ "a", "b", 0 },
	{ "abc", "abd", 0 },
	{ "abc", "Abc", 0 },
	{ "abc", "abcd", 0 },
	{ "abcd", "abc", 0 },
	{ "\x80", "\x81", 0 },
	{ "\xff", "\x7f", 0 },
};

START_TEST(test_str_ct_equal)
{
	const struct eqcase	*c = &eqcases[_i];

	ck_assert_msg(str_ct_equal(c->a, c->b) == c->eq,
	    "\"%s\" vs \"%s\": want %d", c->a, c->b, c->eq);
}
END_TEST

/* The string tables' texts that C fills in (str_subst). */
static const struct {
	const char	*text, *want;
} substcases[] = {
	{ "", "" },
	{ "no markers", "no markers" },
	{ "{{A}}", "1" },
	{ "»{{POST}}« afviger {{PCT}} %, ({{DIR}}).", "»Løn« afviger 25,0 %, (under)." },
	{ "{{A}}{{A}}{{B}}", "1122" },
	{ "{{UNKNOWN}} {{A}}", "{{UNKNOWN}} 1" },
	{ "{{#ONE}}x{{/ONE}}", "{{#ONE}}x{{/ONE}}" },
	{ "open {{A and none", "open {{A and none" },
	{ "{{}} {{A}} }}", "{{}} 1 }}" },
	{ "{{{A}}}", "{{{A}}}" },
	{ "{{V}}", "{{A}}" },	/* values are not expanded again */
	{ "{{E}}.", "." },
};

START_TEST(test_str_subst)
{
	static const char *const vars[] = {
		"A", "1", "B", "22", "POST", "Løn", "PCT", "25,0",
		"DIR", "under", "V", "{{A}}", "E", "", NULL
	};
	static const char *const none[] = { NULL };
	struct arena	 a = { NULL, 0 };

	ck_assert_str_eq(str_subst(&a, substcases[_i].text, vars),
	    substcases[_i].want);
	ck_assert_str_eq(str_subst(&a, substcases[_i].text, none),
	    substcases[_i].text);
	arena_free(&a);
}
END_TEST

START_TEST(test_str_ellipsis)
{
	struct arena	 a = { 0 };

	ck_assert_str_eq(str_ellipsis(&a, "", 3), "");
	ck_assert_str_eq(str_ellipsis(&a, "abc", 3), "abc");
	ck_assert_str_eq(str_ellipsis(&a, "abcd", 3), "abc…");
	/* Characters, not bytes: æøå are two bytes each and never split. */
	ck_assert_str_eq(str_ellipsis(&a, "æøå", 3), "æøå");
	ck_assert_str_eq(str_ellipsis(&a, "æøåx", 3), "æøå…");
	ck_assert_str_eq(str_ellipsis(&a, "a€b", 1), "a…");
	ck_assert_str_eq(str_ellipsis(&a, "€€", 1), "€…");
	ck_assert_str_eq(str_ellipsis(&a, "x", 0), "…");
	arena_free(&a);
}
END_TEST

START_TEST(test_url_encode_path)
{
	struct arena	 a = { 0 };

	ck_assert_str_eq(url_encode_path(&a, "/grants/pools/12"), "/grants/pools/12");
	ck_assert_str_eq(url_encode_path(&a, "/x?y#z"), "/x%3Fy%23z");
	ck_assert_str_eq(url_encode_path(&a, "/æ/"), "/%C3%A6/");
	ck_assert_str_eq(url_encode(&a, "/x"), "%2Fx");
	arena_free(&a);
}
END_TEST

Suite *
util_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("util");

	tc = tcase_create("arena");
	tcase_add_test(tc, test_arena_zero_align);
	tcase_add_test_raise_signal(tc, test_arena_overflow, SIGABRT);
	tcase_add_test_raise_signal(tc, test_arena_grow_overflow, SIGABRT);
	tcase_add_test(tc, test_arena_many);
	tcase_add_test(tc, test_arena_huge);
	tcase_add_test(tc, test_arena_reset);
	tcase_add_test(tc, test_arena_strings);
	tcase_add_test(tc, test_arena_grow);
	tcase_add_test(tc, test_str_ellipsis);
	tcase_add_test(tc, test_url_encode_path);
	suite_add_tcase(s, tc);

	tc = tcase_create("str_to_i64");
	tcase_add_loop_test(tc, test_str_to_i64, 0, (int)NELEM(i64cases));
	tcase_add_test(tc, test_str_to_i64_null);
	suite_add_tcase(s, tc);

	tc = tcase_create("str_ct_equal");
	tcase_add_loop_test(tc, test_str_ct_equal, 0, (int)NELEM(eqcases));
	suite_add_tcase(s, tc);

	tc = tcase_create("str_subst");
	tcase_add_loop_test(tc, test_str_subst, 0, (int)NELEM(substcases));
	suite_add_tcase(s, tc);

	return s;
}
