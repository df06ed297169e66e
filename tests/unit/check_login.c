/*
 * Unit tests for login.c without a server.  login_check() is a lookup, an
 * Argon2id verify and a counter update, so what can be tested here is:
 * its answer when the database is down, the pieces it is built from (the
 * verify of hashes as they are stored, the dummy verify that makes an
 * unknown name cost as much as a known one), the lookup shape of login.h
 * that every program instantiates and its throttle rules (the rule's
 * arithmetic and the shared store are in check_throttle.c).  The
 * throttle through nginx, known and unknown names alike, another client
 * unhindered: tests/integration/t_login_throttle.sh.
 */
#include <string.h>

#include <check.h>

#include "crypto.h"
#include "db.h"
#include "login.h"
#include "util.h"

Suite	*login_suite(void);

/*
 * Hashes as they stand in the database: H_TOOL from "frist-tool pwhash"
 * (the interactive limits crypto_pw_hash uses), H_OTHER with other
 * limits (m=16 MiB, t=3), as a hash made before a change of limits is.
 */
#define H_TOOL	"$argon2id$v=19$m=65536,t=2,p=1$YpavKWGRFWGxFM95LJPfgQ$" \
		"5DLo1n2qmjX2EhpDBTNFIn+Ot5A1DOQzhg/Ufg+oa5o"
#define PW_TOOL	"korrekt hest batteri"
#define H_OTHER	"$argon2id$v=19$m=16384,t=3,p=1$nFe8aLD3F1kR0PM7rOq//w$" \
		"8edwpesq4UUTAZdrWWoxrVJhZ/ASUSXSoK2ivVakKps"
#define PW_OTHER "Gammel kode æøå"

static void
setup(void)
{
	ck_assert_int_eq(crypto_init(), 0);
}

START_TEST(test_stored_hash)
{
	ck_assert_int_eq(crypto_pw_verify(H_TOOL, PW_TOOL), 1);
	ck_assert_int_eq(crypto_pw_verify(H_OTHER, PW_OTHER), 1);

	/* Nothing near the secret is the secret. */
	ck_assert_int_eq(crypto_pw_verify(H_TOOL, PW_TOOL "\n"), 0);
	ck_assert_int_eq(crypto_pw_verify(H_TOOL, " " PW_TOOL), 0);
	ck_assert_int_eq(crypto_pw_verify(H_TOOL, "Korrekt hest batteri"), 0);
	ck_assert_int_eq(crypto_pw_verify(H_TOOL, "korrekt hest batter"), 0);
	ck_assert_int_eq(crypto_pw_verify(H_TOOL, ""), 0);
	ck_assert_int_eq(crypto_pw_verify(H_OTHER, "Gammel kode æøa"), 0);
	/* Each hash is its own: one secret does not open the other. */
	ck_assert_int_eq(crypto_pw_verify(H_TOOL, PW_OTHER), 0);
	ck_assert_int_eq(crypto_pw_verify(H_OTHER, PW_TOOL), 0);
}
END_TEST

/* A hash column that is NULL (db_val gives "") or damaged never lets
 * anybody in, whatever they type. */
START_TEST(test_damaged_hash)
{
	char	 h[sizeof(H_TOOL)];

	ck_assert_int_eq(crypto_pw_verify("", ""), 0);
	ck_assert_int_eq(crypto_pw_verify("", PW_TOOL), 0);

	/* One character of the digest changed (not the last, whose low bits
	 * are padding). */
	memcpy(h, H_TOOL, sizeof(h));
	h[sizeof(h) - 10] = h[sizeof(h) - 10] == 'A' ? 'B' : 'A';
	ck_assert_int_eq(crypto_pw_verify(h, PW_TOOL), 0);

	/* One character of the salt changed. */
	memcpy(h, H_TOOL, sizeof(h));
	h[strlen("$argon2id$v=19$m=65536,t=2,p=1$")] = 'Z';
	ck_assert_int_eq(crypto_pw_verify(h, PW_TOOL), 0);

	/* Cut short. */
	memcpy(h, H_TOOL, sizeof(h));
	h[sizeof(h) - 6] = '\0';
	ck_assert_int_eq(crypto_pw_verify(h, PW_TOOL), 0);

	/* The same digest under weaker limits. */
	ck_assert_int_eq(crypto_pw_verify("$argon2id$v=19$m=65536,t=1,p=1$"
	    "YpavKWGRFWGxFM95LJPfgQ$5DLo1n2qmjX2EhpDBTNFIn+Ot5A1DOQzhg/Ufg+oa5o",
	    PW_TOOL), 0);
}
END_TEST

/*
 * An unknown name costs the same hashing as a known one (login.h):
 * login_check() then runs crypto_pw_dummy(), which verifies against a hash
 * made by crypto_pw_hash().  What a verify costs is the hash's parameters,
 * so a new hash must carry the same ones as those stored (and the tool
 * makes).  Time itself is not measured here: that belongs in make bench.
 */
START_TEST(test_dummy_cost)
{
	char		 h[CRYPTO_PWHASH_MAX];
	const char	*tool_params, *params;
	size_t		 n;

	ck_assert_int_eq(crypto_pw_hash("frist-dummy", h), 0);
	/* "$argon2id$v=19$m=65536,t=2,p=1$": up to the salt */
	tool_params = H_TOOL;
	n = (size_t)(strchr(tool_params + 1 + strlen("argon2id$v=19$"),
	    '$') - tool_params);
	params = h;
	ck_assert_msg(strncmp(params, tool_params, n) == 0 && params[n] == '$',
	    "new hash %.*s, stored %.*s", (int)n, params, (int)n, tool_params);
	ck_assert_int_eq(crypto_pw_verify(h, "frist-dummy"), 1);
	crypto_pw_dummy("forkert");	/* must not crash nor accept */
}
END_TEST

/* --- login_check with the database down ------------------------------ */

#define T_LOOKUP_SQL	LOGIN_SQL_LOOKUP("staff", "username", "pw_hash", "")
#define T_OK_SQL	"UPDATE staff SET last_login = now() WHERE id = $1"

static const struct db_stmt stmts[] = {
	DB_STMT_AS(T_LOOKUP, LOGIN, 1, DB_IDEMPOTENT),
	DB_NOROWS(T_OK, 1, 0),
};

START_TEST(test_db_down)
{
	static const struct login_def def = { "staff", 0, 1 };
	static const struct throttle_rule pair = LOGIN_RULE_PAIR;
	struct arena	 ar = { NULL, 0 };
	struct http_req	 r;
	const char	*id = "unset";
	int		 i;

	ck_assert_int_eq(crypto_init(), 0);
	ck_assert_int_eq(login_init(), 0);
	memset(&r, 0, sizeof(r));
	r.ar = &ar;
	r.client = "192.0.2.7";
	/* A server that is not there: the worker's connect has failed. */
	db_setup("host=/nonexistent/frist-check port=1 dbname=frist "
	    "connect_timeout=2", stmts, sizeof(stmts) / sizeof(stmts[0]));
	ck_assert_int_eq(db_ensure(), -1);

	ck_assert_int_eq(login_check(&r, &def, "demo", PW_TOOL, &id),
	    LOGIN_DBERR);
	/* No subject is reported. */
	ck_assert_str_eq(id, "unset");
	ck_assert_int_eq(login_check(&r, &def, "", "", &id), LOGIN_DBERR);
	ck_assert_str_eq(id, "unset");
	/* An attempt that was never tried does not count towards a wait. */
	for (i = 0; i < 10; i++)
		ck_assert_int_eq(login_check(&r, &def, "demo", "x", &id),
		    LOGIN_DBERR);
	ck_assert_uint_eq(throttle_check(throttle_key("staff", "demo",
	    r.client), &pair), 0);
	arena_free(&ar);
}
END_TEST

/* --- the statement shape and the rules ------------------------------- */

/* The lookup's SELECT list is LOGIN_COLS, in order, and holds no lock. */
START_TEST(test_lookup_shape)
{
	ck_assert_int_eq(LOGIN_id, 0);
	ck_assert_int_eq(LOGIN_pw_hash, 1);
	ck_assert_int_eq(LOGIN__N, 2);
	ck_assert_str_eq(DB_COLNAMES(LOGIN), " id pw_hash");
	ck_assert_str_eq(stmts[0].cols, DB_COLNAMES(LOGIN));

	ck_assert_str_eq(LOGIN_SQL_LOOKUP("award", "grant_no", "access_hash",
	    ""),
	    "SELECT id, access_hash AS pw_hash FROM award WHERE grant_no = $1");
	/* The extra condition goes at the end of the WHERE clause. */
	ck_assert_str_eq(LOGIN_SQL_LOOKUP("staff", "username", "pw_hash",
	    " AND active"),
	    "SELECT id, pw_hash AS pw_hash FROM staff WHERE username = $1 "
	    "AND active");
}
END_TEST

/*
 * The rules as login.h states them: per name and client, five failures
 * free, then 1 s doubling to a minute; per client, 100 free.  Nothing
 * ever waits longer than a minute: no lock-out.
 */
START_TEST(test_rules)
{
	static const struct throttle_rule pair = LOGIN_RULE_PAIR;
	static const struct throttle_rule client = LOGIN_RULE_CLIENT;

	ck_assert_uint_eq(throttle_delay(&pair, 4), 0);
	ck_assert_uint_eq(throttle_delay(&pair, 5), 10);
	ck_assert_uint_eq(throttle_delay(&pair, 6), 20);
	ck_assert_uint_eq(throttle_delay(&pair, 11), 600);
	ck_assert_uint_eq(throttle_delay(&pair, 255), 600);
	ck_assert_uint_eq(throttle_delay(&client, 99), 0);
	ck_assert_uint_eq(throttle_delay(&client, 100), 10);
	ck_assert_uint_eq(throttle_delay(&client, 255), 600);
	/* Ten minutes forget one failure of a pair, a minute one of a client. */
	ck_assert_uint_eq(pair.leak, 6000);
	ck_assert_uint_eq(client.leak, 600);
}
END_TEST

Suite *
login_suite(void)
{
	Suite	*s = suite_create("login");
	TCase	*tc;

	tc = tcase_create("verify");
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_stored_hash);
	tcase_add_test(tc, test_damaged_hash);
	tcase_add_test(tc, test_dummy_cost);
	suite_add_tcase(s, tc);

	tc = tcase_create("check");
	tcase_set_timeout(tc, 10);
	tcase_add_test(tc, test_db_down);
	suite_add_tcase(s, tc);

	tc = tcase_create("sql");
	tcase_add_test(tc, test_lookup_shape);
	tcase_add_test(tc, test_rules);
	suite_add_tcase(s, tc);
	return s;
}
