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
	PGresult	*res;

	*dberr = 0;
	*hash = NULL;
	if ((h = cookie_hash(r, s)) == NULL)
		return NULL;
	params[0] = h;
	if ((res = db_exec(s->get, params)) == NULL) {
		*dberr = 1;
		return NULL;
	}
	if (PQntuples(res) != 1) {
		PQclear(res);
		return NULL;
	}
	*hash = h;
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

void
session_destroy(struct http_req *r, const struct session_def *s)
{
	const char	*params[1];
	PGresult	*res;

	if ((params[0] = cookie_hash(r, s)) != NULL &&
	    (res = db_exec(s->destroy, params)) != NULL)
		PQclear(res);
	http_set_cookie(r, s->cookie, "", s->path, 0);
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
