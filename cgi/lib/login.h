/*
 * login: checking a name and a secret against an Argon2id hash, with
 * throttling, for every login in frist (staff, draft resume, grant
 * recipients).  The program supplies three statements on its own table:
 *   lookup: $1 = name -> LOGIN_COLS, its table entry says
 *           DB_STMT(LOGIN, 1, DB_IDEMPOTENT) with its own LOGIN_SQL
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
