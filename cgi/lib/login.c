/* login: throttled secret checks (see login.h). */
#include <string.h>

#include "crypto.h"
#include "db.h"
#include "login.h"

enum login_result
login_check(struct http_req *r, const struct login_def *def, const char *name,
    const char *secret, const char **id, const char **minutes)
{
	const char	*params[1] = { name };
	PGresult	*res, *upd;
	int		 ok;

	if ((res = db_exec(def->lookup, params)) == NULL)
		return LOGIN_DBERR;
	if (PQntuples(res) == 0) {
		PQclear(res);
		crypto_pw_dummy(secret);
		return LOGIN_WRONG;
	}
	if (strcmp(db_val(res, 0, LOGIN_locked), "t") == 0) {
		*minutes = arena_strdup(r->ar, db_val(res, 0, LOGIN_lock_minutes));
		PQclear(res);
		return LOGIN_LOCKED;
	}
	*id = arena_strdup(r->ar, db_val(res, 0, LOGIN_id));
	ok = crypto_pw_verify(db_val(res, 0, LOGIN_pw_hash), secret);
	PQclear(res);
	params[0] = *id;
	if ((upd = db_exec(ok ? def->ok : def->failed, params)) == NULL)
		return LOGIN_DBERR;
	PQclear(upd);
	return ok ? LOGIN_OK : LOGIN_WRONG;
}
