/*
 * throttle: slowing down guessing at logins, in memory only.
 *
 * Failures are counted per key (a login name with a client, or a client
 * alone: login.c makes the keys).  Up to a rule's "free" failures cost
 * nothing; from then on each failure makes the next attempt wait, 1, 2,
 * 4 ... ticks times base up to cap, and every "leak" ticks one failure
 * is forgotten.  Nothing is ever locked for long: the longest wait is
 * cap, and a key's count decays to nothing by itself.
 *
 * The rule is pure (throttle_wait, throttle_fail: tested with Check).
 * The store is a table of 64-bit words in one anonymous shared mapping,
 * made before the workers fork and changed with compare-and-swap, so
 * every worker of a program sees the same counts.  Keys are keyed
 * BLAKE2b of the names and the client's address with a key made at
 * start and never written anywhere: the table holds no address, and it
 * is gone when the program stops.
 */
#ifndef FRIST_THROTTLE_H
#define FRIST_THROTTLE_H

#include <stdint.h>

/* Time is counted in ticks of 0.1 s. */
#define THROTTLE_TICK_MS	100

struct throttle_rule {
	unsigned	 free;	/* failures that make no wait */
	uint32_t	 base;	/* the first wait, ticks */
	uint32_t	 cap;	/* the longest wait, ticks */
	uint32_t	 leak;	/* ticks after which one failure is forgotten */
};

/* A key's record: failures counted (at most 255) and the last one's time. */
struct throttle_state {
	unsigned	 score;
	uint32_t	 last;
};

/* The wait after score failures: 0 below free, then base * 2^n, <= cap. */
uint32_t	throttle_delay(const struct throttle_rule *, unsigned score);
/* The count at now, after leaking. */
unsigned	throttle_decay(const struct throttle_rule *, struct throttle_state,
		    uint32_t now);
/* Ticks until the next attempt is checked (0: now). */
uint32_t	throttle_wait(const struct throttle_rule *, struct throttle_state,
		    uint32_t now);
/* The record after one more failure at now. */
struct throttle_state throttle_fail(const struct throttle_rule *,
		    struct throttle_state, uint32_t now);

/*
 * The store.  throttle_init() once before the fork (nslots a power of
 * two); without it the store counts nothing and never makes anyone wait.
 */
int		throttle_init(unsigned nslots);
/* The key of (kind, a, b); b may be NULL. */
uint64_t	throttle_key(const char *kind, const char *a, const char *b);
uint32_t	throttle_check(uint64_t key, const struct throttle_rule *);
void		throttle_failed(uint64_t key, const struct throttle_rule *);
void		throttle_clear(uint64_t key);
/* Now in ticks (CLOCK_MONOTONIC, from the table's start). */
uint32_t	throttle_now(void);

#endif
