/*
 * kv: look-ups in the name/value pairs of a request.
 */
#include <stddef.h>
#include <string.h>

#include "kv.h"

/*
 * The first pair wins: a repeated key must not let a later (possibly
 * attacker-appended) value override the one the form put first.
 */
struct kv *
kv_get(const struct kvlist *l, const char *key)
{
	size_t	 i;

	if (l == NULL || l->v == NULL || key == NULL)
		return NULL;
	for (i = 0; i < l->n; i++)
		if (l->v[i].key != NULL && strcmp(l->v[i].key, key) == 0)
			return &l->v[i];
	return NULL;
}

const char *
kv_str(const struct kvlist *l, const char *key)
{
	struct kv	*p;

	if ((p = kv_get(l, key)) == NULL)
		return NULL;
	return p->val;
}
