/* throttle: growing waits after failed logins, in memory (see throttle.h). */
#include <sys/mman.h>

#include <stdatomic.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "log.h"
#include "throttle.h"

/* Slots looked at for one key, from its hashed place on. */
#define PROBE		8
#define SCORE_MAX	255u

uint32_t
throttle_delay(const struct throttle_rule *rl, unsigned score)
{
	unsigned	 n;
	uint64_t	 d;

	if (score < rl->free)
		return 0;
	n = score - rl->free;
	if (n >= 32)
		return rl->cap;
	d = (uint64_t)rl->base << n;
	return d > rl->cap ? rl->cap : (uint32_t)d;
}

unsigned
throttle_decay(const struct throttle_rule *rl, struct throttle_state st,
    uint32_t now)
{
	uint32_t	 gone;

	if (now <= st.last || rl->leak == 0)
		return st.score;
	gone = (now - st.last) / rl->leak;
	return gone >= st.score ? 0 : st.score - gone;
}

uint32_t
throttle_wait(const struct throttle_rule *rl, struct throttle_state st,
    uint32_t now)
{
	uint64_t	 until = (uint64_t)st.last + throttle_delay(rl, st.score);

	return until > now ? (uint32_t)(until - now) : 0;
}

struct throttle_state
throttle_fail(const struct throttle_rule *rl, struct throttle_state st,
    uint32_t now)
{
	struct throttle_state	 n;

	n.score = throttle_decay(rl, st, now);
	if (n.score < SCORE_MAX)
		n.score++;
	/* A clock that seems to go back keeps the later time. */
	n.last = now > st.last ? now : st.last;
	return n;
}

/* --- the store ---------------------------------------------------------- */

/* A slot: tag (24 bits, never 0 when used) | score (8) | last (32). */
static _Atomic uint64_t	*slots;
static unsigned		 nslots;
static unsigned char	 hkey[crypto_generichash_KEYBYTES];
static uint64_t		 t0_ms;

static uint64_t
mono_ms(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

uint32_t
throttle_now(void)
{
	return (uint32_t)((mono_ms() - t0_ms) / THROTTLE_TICK_MS);
}

int
throttle_init(unsigned n)
{
	void	*p;

	if (n == 0 || (n & (n - 1)) != 0)
		return -1;
	/* Shared by the workers forked later; never a file. */
	p = mmap(NULL, (size_t)n * sizeof(*slots), PROT_READ | PROT_WRITE,
	    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) {
		log_err("throttle: mmap failed");
		return -1;
	}
	slots = p;
	nslots = n;
	randombytes_buf(hkey, sizeof(hkey));
	t0_ms = mono_ms();
	return 0;
}

uint64_t
throttle_key(const char *kind, const char *a, const char *b)
{
	crypto_generichash_state	 st;
	unsigned char			 out[8];
	uint64_t			 k = 0;
	size_t				 i;

	/* The NULs keep ("ab", "c") and ("a", "bc") apart. */
	crypto_generichash_init(&st, hkey, sizeof(hkey), sizeof(out));
	crypto_generichash_update(&st, (const unsigned char *)kind,
	    strlen(kind) + 1);
	crypto_generichash_update(&st, (const unsigned char *)a, strlen(a) + 1);
	if (b != NULL)
		crypto_generichash_update(&st, (const unsigned char *)b,
		    strlen(b) + 1);
	crypto_generichash_final(&st, out, sizeof(out));
	for (i = 0; i < sizeof(out); i++)
		k = k << 8 | out[i];
	return k;
}

static uint64_t
tag_of(uint64_t key)
{
	uint64_t	 t = key >> 40;

	return t != 0 ? t : 1;
}

static struct throttle_state
unpack(uint64_t v)
{
	struct throttle_state	 st;

	st.score = (unsigned)(v >> 32 & 0xff);
	st.last = (uint32_t)v;
	return st;
}

static uint64_t
pack(uint64_t tag, struct throttle_state st)
{
	return tag << 40 | (uint64_t)st.score << 32 | st.last;
}

/*
 * The slot holding key, or NULL; *victim the slot to take for it.  Two
 * workers counting a new key at the same instant may each take a slot:
 * the first one found counts from then on, and the other decays away.
 */
static _Atomic uint64_t *
find(uint64_t key, _Atomic uint64_t **victim)
{
	_Atomic uint64_t	*s;
	uint64_t		 tag = tag_of(key), v;
	uint32_t		 oldest = UINT32_MAX;
	unsigned		 i, at = (unsigned)key & (nslots - 1);

	*victim = &slots[at];
	for (i = 0; i < PROBE; i++) {
		s = &slots[(at + i) & (nslots - 1)];
		v = atomic_load(s);
		if (v >> 40 == tag)
			return s;
		/* An empty slot, else the one whose last failure is oldest. */
		if (v == 0) {
			if (oldest != 0)
				*victim = s;
			oldest = 0;
		} else if ((uint32_t)v < oldest) {
			oldest = (uint32_t)v;
			*victim = s;
		}
	}
	return NULL;
}

uint32_t
throttle_check(uint64_t key, const struct throttle_rule *rl)
{
	_Atomic uint64_t	*s, *victim;

	if (slots == NULL || (s = find(key, &victim)) == NULL)
		return 0;
	return throttle_wait(rl, unpack(atomic_load(s)), throttle_now());
}

void
throttle_failed(uint64_t key, const struct throttle_rule *rl)
{
	_Atomic uint64_t	*s, *victim;
	struct throttle_state	 st, none = { 0, 0 };
	uint64_t		 v, tag = tag_of(key);
	uint32_t		 now = throttle_now();
	int			 tries;

	if (slots == NULL)
		return;
	/* Another worker may change the slot between load and swap: again. */
	for (tries = 0; tries < 16; tries++) {
		if ((s = find(key, &victim)) != NULL) {
			v = atomic_load(s);
			if (v >> 40 != tag)
				continue;
			st = throttle_fail(rl, unpack(v), now);
		} else {
			s = victim;
			v = atomic_load(s);
			st = throttle_fail(rl, none, now);
		}
		if (atomic_compare_exchange_strong(s, &v, pack(tag, st)))
			return;
	}
}

void
throttle_clear(uint64_t key)
{
	_Atomic uint64_t	*s, *victim;
	uint64_t		 v;

	if (slots == NULL || (s = find(key, &victim)) == NULL)
		return;
	v = atomic_load(s);
	if (v >> 40 == tag_of(key))
		(void)atomic_compare_exchange_strong(s, &v, 0);
}
