/*
 * figcache: see figcache.h.  A linear scan of 64 slots costs less than
 * one query, and keeps the store small and plain.
 */
#include <string.h>

#include "figcache.h"

void
figcache_init(struct figcache *fc, long max_age)
{
	memset(fc, 0, sizeof(*fc));
	fc->max_age = max_age > 0 ? max_age : 0;
}

/* Whether slot s holds key and is still young enough at now. */
static int
figcache_fresh(const struct figcache *fc, const struct figcache_slot *s,
    const void *key, size_t klen, time_t now)
{
	/* A clock set back makes an entry "from the future": not trusted.
	 * Whole seconds: an entry of age max_age - 1 may be max_age - 0.x
	 * seconds old, never more. */
	return s->klen == klen && memcmp(s->key, key, klen) == 0 &&
	    s->made <= now && now - s->made < fc->max_age;
}

int
figcache_get(const struct figcache *fc, const void *key, size_t klen,
    time_t now, void *val, size_t vlen, time_t *made)
{
	const struct figcache_slot	*s;
	size_t				 i;
	int				 hit = 0;

	if (fc->max_age == 0 || klen == 0 || klen > FIGCACHE_KEYMAX)
		goto out;
	for (i = 0; i < FIGCACHE_SLOTS && !hit; i++) {
		s = &fc->slot[i];
		if (!figcache_fresh(fc, s, key, klen, now) || s->vlen != vlen)
			continue;
		memcpy(val, s->val, vlen);
		if (made != NULL)
			*made = s->made;
		hit = 1;
	}
out:
	return hit;
}

void
figcache_put(struct figcache *fc, const void *key, size_t klen, time_t now,
    const void *val, size_t vlen)
{
	struct figcache_slot	*s, *use = NULL;
	size_t			 i;

	if (fc->max_age == 0 || klen == 0 || klen > FIGCACHE_KEYMAX ||
	    vlen > FIGCACHE_VALMAX)
		return;
	/* The key's own slot, else an empty one, else the oldest. */
	for (i = 0; i < FIGCACHE_SLOTS; i++) {
		s = &fc->slot[i];
		if (s->klen == klen && memcmp(s->key, key, klen) == 0) {
			use = s;
			break;
		}
		if (use == NULL || (use->klen != 0 && (s->klen == 0 ||
		    s->made < use->made)))
			use = s;
	}
	use->made = now;
	use->klen = klen;
	use->vlen = vlen;
	memcpy(use->key, key, klen);
	memcpy(use->val, val, vlen);
}
