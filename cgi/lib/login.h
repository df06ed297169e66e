/*
 * login: checking a name and a secret against an Argon2id hash, for
 * every login in frist (staff, draft resume, grant recipients), slowed
 * down in memory rather than locked (throttle.h).  The program supplies
 * on its own table:
 *   lookup: $1 = name -> LOGIN_COLS, its table entry says
 *           DB_STMT_AS(X, LOGIN, 1, DB_IDEMPOTENT), X_SQL made with
 *           LOGIN_SQL_LOOKUP below
 *   ok:     $1 = id after a good login (e.g. the time of it), or -1
 *
 * Every failure looks and costs the same: an unknown name, a wrong
 * secret and an attempt the throttle holds back all run one Argon2id
 * verify (a dummy hash where there is no real one) and get the same
 * answer, LOGIN_WRONG.  The page then says the same thing, with the same
 * status, whichever it was.  Nothing is written to the database on a
 * failure, so a known name does not take a write longer either.
 *
 * The throttle counts failures per (name, client) and per client, the
 * client being the address nginx passes to the login pages: someone
 * else's wrong guesses never slow down a login from another client, and
 * one's own typos cost a short wait, never an hour's lock.
 */
#ifndef FRIST_LOGIN_H
#define FRIST_LOGIN_H

#include "db.h"
#include "http.h"
#include "throttle.h"

/* The lookup's columns: the subject and its Argon2id hash. */
#define LOGIN_COLS(C, s)	C(s, id) C(s, pw_hash)
DB_COLUMNS(LOGIN);

/* The lookup shape, once: key is the column the name is looked up by,
 * hash the Argon2id column, where more of the WHERE (" AND active"). */
#define LOGIN_SQL_LOOKUP(table, key, hash, where)			\
	"SELECT id, " hash " AS pw_hash FROM " table " WHERE " key " = $1" where

/*
 * The rules, in ticks of 0.1 s.  Per name and client: five failures
 * free, then 1, 2, 4 ... s up to a minute between attempts, one failure
 * forgotten every 10 minutes.  Per client, over all names: 100 free (an
 * office behind one address), then the same waits, one forgotten every
 * minute.  A good login clears its (name, client) count.
 */
#define LOGIN_RULE_PAIR		{ 5, 10, 600, 6000 }
#define LOGIN_RULE_CLIENT	{ 100, 10, 600, 600 }

enum login_result {
	LOGIN_OK,
	LOGIN_WRONG,	/* unknown, wrong or held back: one answer */
	LOGIN_DBERR,
};

struct login_def {
	const char	*kind;	/* "staff", "grant", "draft": keys apart */
	int		 lookup, ok;
};

/* Before the workers fork: the shared throttle table and the dummy hash. */
int		 login_init(void);
/* On LOGIN_OK *id is the subject. */
enum login_result login_check(struct http_req *, const struct login_def *,
		    const char *name, const char *secret, const char **id);

#endif
