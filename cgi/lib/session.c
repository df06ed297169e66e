/* session: cookie sessions with hashed tokens (see session.h). */
#include <string.h>

#include "crypto.h"
#include "db.h"
#include "session.h"

static const char *
cookie_hash(struct http_req *r, const struct session_def *s)
{
	const char	*tok = kv_str(&r->cookies, s->cookie);
	char		*hash;
	size_t		 i;

	if (tok == NULL || strlen(tok) != CRYPTO_TOKEN_CHARS)
		return NULL;
	for (i = 0; tok[i] != '\0'; i++)
		if (strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
		    "0123456789-_", tok[i]) == NULL)
			return NULL;
	hash = arena_alloc(r->ar, CRYPTO_HASHHEX);
	crypto_hash_hex(tok, hash);
	return hash;
}

PGresult *
session_get(struct http_req *r, const struct session_def *s,
    const char **hash, int *dberr)
{
	const char	*h, *params[1];
	PGresult	*res = NULL;

	*dberr = 0;
	*hash = NULL;
	if ((h = cookie_hash(r, s)) == NULL)
		goto out;
	params[0] = h;
	if ((res = db_exec(s->get, params)) == NULL) {
		*dberr = 1;
		goto out;
	}
	if (PQntuples(res) != 1) {
		PQclear(res);
		res = NULL;
		goto out;
	}
	/*
	 * The sliding expiry is written only when due, and a page that only
	 * reads does not need it written: on a read-only database a GET
	 * goes on, anything else gets the 503 page (it would write anyway).
	 */
	if (strcmp(db_val(res, 0, s->due), "t") == 0 &&
	    db_count(s->touch, params) == -1 &&
	    (!db_read_only() ||
	    !(r->method & (HTTP_GET | HTTP_HEAD)))) {
		PQclear(res);
		res = NULL;
		*dberr = 1;
		goto out;
	}
	*hash = h;
out:
	return res;
}

int
session_create(struct http_req *r, const struct session_def *s,
    const char *subject, const char **hash)
{
	char		 tok[CRYPTO_TOKEN_CHARS + 1];
	char		*h;
	const char	*params[2];
	PGresult	*res;

	crypto_token(tok);
	h = arena_alloc(r->ar, CRYPTO_HASHHEX);
	crypto_hash_hex(tok, h);
	params[0] = h;
	params[1] = subject;
	if ((res = db_exec(s->create, params)) == NULL)
		return -1;
	PQclear(res);
	http_set_cookie(r, s->cookie, tok, s->path, s->max_age);
	*hash = h;
	return 0;
}

int
session_destroy(struct http_req *r, const struct session_def *s)
{
	const char	*params[1];
	PGresult	*res;

	if ((params[0] = cookie_hash(r, s)) != NULL) {
		/* A session the database still has stays in the browser,
		 * so that logging out can be tried again. */
		if ((res = db_exec(s->destroy, params)) == NULL)
			return -1;
		PQclear(res);
	}
	http_set_cookie(r, s->cookie, "", s->path, 0);
	return 0;
}

int
session_has_role(const char *roles, const char *role)
{
	size_t		 n = strlen(role);
	const char	*p;

	if (roles == NULL || n == 0)
		return 0;
	for (p = roles; (p = strstr(p, role)) != NULL; p += n)
		if ((p == roles || p[-1] == ',') && (p[n] == ',' || p[n] == '\0'))
			return 1;
	return 0;
}
