/* login: secret checks, slowed down in memory (see login.h). */
#include <string.h>

#include "crypto.h"
#include "db.h"
#include "login.h"

static const struct throttle_rule rule_pair = LOGIN_RULE_PAIR;
static const struct throttle_rule rule_client = LOGIN_RULE_CLIENT;

int
login_init(void)
{
	/* 64 Ki slots of 8 bytes; made here so every worker shares it. */
	if (throttle_init(1u << 16) == -1)
		return -1;
	/* The dummy hash is made now, or the first unknown name in each
	 * worker would cost a hash more than a known one. */
	crypto_pw_dummy("");
	return 0;
}

enum login_result
login_check(struct http_req *r, const struct login_def *def, const char *name,
    const char *secret, const char **id)
{
	const char		*params[1] = { name };
	PGresult		*res, *upd;
	enum login_result	 rc = LOGIN_WRONG;
	uint64_t		 pair, client;
	int			 held, ok = 0;

	pair = throttle_key(def->kind, name, r->client);
	client = throttle_key("client", r->client, NULL);
	/* Without an address (nginx not passing it) only the pair counts. */
	held = throttle_check(pair, &rule_pair) > 0 || (*r->client != '\0' &&
	    throttle_check(client, &rule_client) > 0);
	if ((res = db_exec(def->lookup, params)) == NULL)
		return LOGIN_DBERR;
	/* The same verify whatever was found or held back. */
	if (held || PQntuples(res) == 0)
		crypto_pw_dummy(secret);
	else
		ok = crypto_pw_verify(db_val(res, 0, LOGIN_pw_hash), secret);
	if (!ok) {
		/* A held-back attempt was not tried, so it does not count. */
		if (!held) {
			throttle_failed(pair, &rule_pair);
			if (*r->client != '\0')
				throttle_failed(client, &rule_client);
		}
		goto out;
	}
	*id = arena_strdup(r->ar, db_val(res, 0, LOGIN_id));
	throttle_clear(pair);
	if (def->ok != -1) {
		params[0] = *id;
		if ((upd = db_exec(def->ok, params)) == NULL) {
			rc = LOGIN_DBERR;
			goto out;
		}
		PQclear(upd);
	}
	rc = LOGIN_OK;
out:
	PQclear(res);
	return rc;
}
