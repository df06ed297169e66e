/*
 * figcache: a worker's store of figures it has computed, so that the
 * dashboards (the goals overview, the results plan) do not judge every
 * goal again on every view.  The figures may be up to max_age seconds
 * old, and the pages say when they were made; max_age 0 turns the store
 * off.  Exact invalidation is not worth it here: every application sent
 * changes the applications goal's open cases, so under load an entry
 * would seldom live.  Plain C, no I/O; the caller passes the time.
 *
 * A key is any bytes the caller builds from everything the figures
 * depend on (the goal and its versions, the period, today); a value is a
 * caller's plain struct, copied in and out.  When the slots are full the
 * oldest entry goes.
 */
#ifndef FRIST_FIGCACHE_H
#define FRIST_FIGCACHE_H

#include <stddef.h>
#include <time.h>

#define FIGCACHE_SLOTS	64
#define FIGCACHE_KEYMAX	512
#define FIGCACHE_VALMAX	2048

struct figcache_slot {
	time_t		 made;
	size_t		 klen, vlen;	/* klen 0: empty */
	unsigned char	 key[FIGCACHE_KEYMAX];
	unsigned char	 val[FIGCACHE_VALMAX];
};

struct figcache {
	long			 max_age;	/* seconds; 0: off */
	struct figcache_slot	 slot[FIGCACHE_SLOTS];
};

void	 figcache_init(struct figcache *, long max_age);
/* 1 and the value in val (and when it was made in *made) if key has an
 * entry of vlen bytes made less than max_age seconds before now (by
 * whole seconds), else 0. */
int	 figcache_get(const struct figcache *, const void *key, size_t klen,
	    time_t now, void *val, size_t vlen, time_t *made);
/* Stores val for key as made at now (not at all if the store is off or
 * key or val is too long). */
void	 figcache_put(struct figcache *, const void *key, size_t klen,
	    time_t now, const void *val, size_t vlen);

#endif
