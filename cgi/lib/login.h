/*
 * login: checking a name and a secret against an Argon2id hash, with
 * throttling, for every login in frist (staff, draft resume, grant
 * recipients).  The program supplies three statements on its own table:
 *   lookup: $1 = name -> LOGIN_COLS, its table entry says
 *           DB_STMT_AS(X, LOGIN, 1, DB_IDEMPOTENT), X_SQL made with
 *           LOGIN_SQL_LOOKUP below
 *   failed: $1 = id   (counts a failure; locks from the fifth on)
 *   ok:     $1 = id   (resets the count)
 * An unknown name costs the same hashing time as a known one.
 */
#ifndef FRIST_LOGIN_H
#define FRIST_LOGIN_H

#include "db.h"
#include "http.h"

/* The lookup's columns: the subject, its Argon2id hash, whether it is
 * locked now (bool) and the minutes left of the lock. */
#define LOGIN_COLS(C, s) \
	C(s, id) C(s, pw_hash) C(s, locked) C(s, lock_minutes)
DB_COLUMNS(LOGIN);

/*
 * The lock-out rule, once, as three statement shapes that each program
 * instantiates on its own table (no dynamic SQL: the arguments are
 * literal identifiers).  From the fifth failure on the subject is locked
 * for 1, 2, 4 ... minutes, at most an hour.  lockcol is the timestamptz
 * of the lock, failcol the count of failures in a row, key the column
 * the name is looked up by, hash the Argon2id column.
 */
#define LOGIN_SQL_LOOKUP(table, key, hash, lockcol, where)		\
	"SELECT id, " hash " AS pw_hash, "				\
	"coalesce(" lockcol " > now(), false) AS locked, "		\
	"ceil(extract(epoch FROM " lockcol " - now()) / 60) AS lock_minutes " \
	"FROM " table " WHERE " key " = $1" where
#define LOGIN_SQL_FAILED(table, failcol, lockcol)			\
	"UPDATE " table " SET " failcol " = " failcol " + 1, "		\
	lockcol " = CASE WHEN " failcol " + 1 >= 5 THEN now() + "	\
	"least(interval '1 minute' * power(2, " failcol " + 1 - 5), "	\
	"interval '1 hour') ELSE " lockcol " END WHERE id = $1"
#define LOGIN_SQL_OK(table, failcol, lockcol, also)			\
	"UPDATE " table " SET " failcol " = 0, " lockcol " = NULL" also	\
	" WHERE id = $1"

enum login_result {
	LOGIN_OK,
	LOGIN_WRONG,
	LOGIN_LOCKED,
	LOGIN_DBERR,
};

struct login_def {
	int	 lookup, failed, ok;
};

/* On LOGIN_OK *id is the subject; on LOGIN_LOCKED *minutes says how long. */
enum login_result login_check(struct http_req *, const struct login_def *,
		    const char *name, const char *secret, const char **id,
		    const char **minutes);

#endif
