/*
 * One-time form keys of the portal (see portal.h and app.h): every form
 * whose POST creates something carries one, and its hash is claimed in
 * portal_once in the same transaction as what it creates.
 */
#include <string.h>

#include "crypto.h"
#include "portal.h"

const char *
portal_once_key(struct http_req *r, const struct valid_value *v)
{
	/* The form table checks it as a VT_TOKEN. */
	if (v != NULL && v->present && v->err == NULL &&
	    strlen(v->str) == CRYPTO_TOKEN_CHARS)
		return v->str;
	return app_once_new(r);
}

int
portal_once_claim(struct http_req *r, const char *key, const char **app,
    const char **sub)
{
	char		 hash[CRYPTO_HASHHEX];
	const char	*params[1] = { hash };
	PGresult	*res;
	int		 fresh;

	*app = *sub = NULL;
	crypto_hash_hex(key, hash);
	if ((res = db_exec(STMT_ONCE_CLAIM, params)) == NULL)
		return -1;
	fresh = PQntuples(res) == 1;
	PQclear(res);
	if (fresh)
		return 1;
	/* The first POST has committed (the claim waited for it). */
	if ((res = db_exec(STMT_ONCE_GET, params)) == NULL)
		return -1;
	if (PQntuples(res) == 1) {
		if (!db_isnull(res, 0, ONCE_GET_application_id))
			*app = arena_strdup(r->ar, db_val(res, 0,
			    ONCE_GET_application_id));
		if (!db_isnull(res, 0, ONCE_GET_submission_id))
			*sub = arena_strdup(r->ar, db_val(res, 0,
			    ONCE_GET_submission_id));
	}
	PQclear(res);
	return 0;
}

int
portal_once_done(const char *key, const char *app, const char *sub)
{
	char		 hash[CRYPTO_HASHHEX];
	const char	*params[3] = { hash, app, sub };
	PGresult	*res;

	crypto_hash_hex(key, hash);
	if ((res = db_exec(STMT_ONCE_SET, params)) == NULL)
		return -1;
	PQclear(res);
	return 0;
}
