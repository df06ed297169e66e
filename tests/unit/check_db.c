/*
 * Unit tests for db.c without a server: the column-list check that the
 * first connect runs on every prepared statement (DB_COLUMNS), on results
 * built with libpq's own PQsetResultAttrs, and the macros themselves.
 */
#include <stdio.h>
#include <string.h>

#include <check.h>
#include <libpq-fe.h>

#include "db.h"

Suite	*db_suite(void);

/* A result with the given column names, as PQdescribePrepared gives. */
static PGresult *
described(const char *const *names, int n)
{
	static char	 copy[8][16];	/* PGresAttDesc wants char * */
	PGresAttDesc	 a[8];
	PGresult	*res;
	int		 i;

	ck_assert_int_le(n, 8);
	memset(a, 0, sizeof(a));
	for (i = 0; i < n; i++) {
		snprintf(copy[i], sizeof(copy[i]), "%s", names[i]);
		a[i].name = copy[i];
		a[i].typid = 25;	/* text */
		a[i].typlen = -1;
		a[i].atttypmod = -1;
	}
	res = PQmakeEmptyPGresult(NULL, PGRES_COMMAND_OK);
	ck_assert_ptr_nonnull(res);
	ck_assert_int_eq(PQsetResultAttrs(res, n, n > 0 ? a : NULL), 1);
	return res;
}

#define T_POOL_COLS(C, s)	C(s, id) C(s, name) C(s, opens)
DB_COLUMNS(T_POOL);

START_TEST(test_macros)
{
	ck_assert_int_eq(T_POOL_id, 0);
	ck_assert_int_eq(T_POOL_name, 1);
	ck_assert_int_eq(T_POOL_opens, 2);
	ck_assert_int_eq(T_POOL__N, 3);
	ck_assert_str_eq(DB_COLNAMES(T_POOL), " id name opens");
}
END_TEST

START_TEST(test_cols_same)
{
	static const char *const n[] = { "id", "name", "opens" };
	PGresult	*res = described(n, 3);

	ck_assert_int_eq(db_cols_differ(res, DB_COLNAMES(T_POOL)), -1);
	ck_assert_int_eq(db_cols_differ(res, "id name opens"), -1);
	ck_assert_int_eq(db_cols_differ(res, "  id  name opens "), -1);
	PQclear(res);
}
END_TEST

START_TEST(test_cols_differ)
{
	static const char *const n[] = { "id", "name", "opens" };
	static const char *const swapped[] = { "id", "opens", "name" };
	static const char *const prefix[] = { "id", "nam", "opens" };
	PGresult	*res = described(n, 3), *sw = described(swapped, 2),
			*pre = described(prefix, 3);

	/* A column more, a column less, another name, another order. */
	ck_assert_int_eq(db_cols_differ(res, " id name"), 2);
	ck_assert_int_eq(db_cols_differ(res, " id name opens closes"), 3);
	ck_assert_int_eq(db_cols_differ(res, " id title opens"), 1);
	ck_assert_int_eq(db_cols_differ(sw, " id name"), 1);
	ck_assert_int_eq(db_cols_differ(pre, " id name opens"), 1);
	ck_assert_int_eq(db_cols_differ(res, " id name opensx"), 2);
	ck_assert_int_eq(db_cols_differ(res, ""), 0);
	PQclear(res);
	PQclear(sw);
	PQclear(pre);
}
END_TEST

START_TEST(test_cols_none)
{
	PGresult	*res = described(NULL, 0);

	/* An INSERT without RETURNING: DB_NOROWS says "". */
	ck_assert_int_eq(db_cols_differ(res, ""), -1);
	ck_assert_int_eq(db_cols_differ(res, " "), -1);
	ck_assert_int_eq(db_cols_differ(res, " id"), 0);
	PQclear(res);
}
END_TEST

Suite *
db_suite(void)
{
	Suite	*s = suite_create("db");
	TCase	*tc = tcase_create("columns");

	tcase_add_test(tc, test_macros);
	tcase_add_test(tc, test_cols_same);
	tcase_add_test(tc, test_cols_differ);
	tcase_add_test(tc, test_cols_none);
	suite_add_tcase(s, tc);
	return s;
}
