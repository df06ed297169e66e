/*
 * One-time form keys of the staff forms (app.h, sql/007_staff.sql): the
 * first POST of a form claims the hash of its key and content; a repeat
 * of the same POST finds the claim and what it made.
 */
#include <string.h>

#include "staff.h"

void
staff_once_hash(struct http_req *r, const char *kind, const char *key,
    const char *content, char hash[CRYPTO_HASHHEX])
{
	/* key has a fixed length and no newline: content cannot shift it. */
	crypto_hash_hex(arena_printf(r->ar, "%s\n%s\n%s", kind, key,
	    content != NULL ? content : ""), hash);
}

int
staff_once_claim(struct http_req *r, const char *kind, const char *key,
    const char *content, const char *ref, char hash[CRYPTO_HASHHEX])
{
	const char	*p[4];
	int		 n;

	staff_once_hash(r, kind, key, content, hash);
	p[0] = hash;
	p[1] = kind;
	p[2] = ref;
	p[3] = staff_user.id;
	if ((n = db_count(STMT_ONCE_CLAIM, p)) == -1)
		return -1;
	return n == 1;
}

int
staff_once_set(const char *hash, const char *ref)
{
	const char	*p[2] = { hash, ref };

	return db_count(STMT_ONCE_SET, p) == -1 ? -1 : 0;
}

const char *
staff_once_ref(struct http_req *r, const char *hash)
{
	const char	*p[1] = { hash };
	const char	*ref = NULL;
	PGresult	*res;

	if ((res = db_exec(STMT_ONCE_GET, p)) == NULL)
		return NULL;
	if (PQntuples(res) == 1)
		ref = arena_strdup(r->ar, db_val(res, 0, ONCE_GET_ref));
	PQclear(res);
	return ref;
}
