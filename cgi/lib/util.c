/* util: request arena and string helpers (see util.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define CHUNK_MIN	(64 * 1024)

struct arena_chunk {
	struct arena_chunk	*next;
	size_t			 size;
	size_t			 used;
	max_align_t		 data[];
};

void *
arena_alloc(struct arena *a, size_t n)
{
	struct arena_chunk	*c = a->head;
	size_t			 want, align = sizeof(max_align_t);
	void			*p;

	/* Sizes near SIZE_MAX would wrap to a tiny block. */
	if (n > SIZE_MAX / 2)
		abort();
	n = (n + align - 1) / align * align;
	if (n == 0)
		n = align;
	if (c == NULL || c->size - c->used < n) {
		want = n > CHUNK_MIN ? n : CHUNK_MIN;
		if ((c = malloc(sizeof(*c) + want)) == NULL)
			abort();	/* out of memory: the worker is respawned */
		c->size = want;
		c->used = 0;
		c->next = a->head;
		a->head = c;
	}
	p = (char *)c->data + c->used;
	c->used += n;
	a->total += n;
	memset(p, 0, n);
	return p;
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char	*p = arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *
arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list	 ap;
	int	 n;
	char	*p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		abort();
	p = arena_alloc(a, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void *
arena_grow(struct arena *a, void *old, size_t *cap, size_t n, size_t sz)
{
	size_t	 ncap;
	void	*p;

	if (n <= *cap)
		return old;
	if (sz == 0 || n > SIZE_MAX / 2 / sz)
		abort();
	ncap = *cap ? *cap * 2 : 8;
	while (ncap < n)
		ncap *= 2;
	p = arena_alloc(a, ncap * sz);
	if (old != NULL)
		memcpy(p, old, *cap * sz);
	*cap = ncap;
	return p;
}

void
arena_reset(struct arena *a)
{
	struct arena_chunk	*c, *next;

	if (a->head == NULL)
		return;
	/* Keep one chunk of the base size so most requests never malloc. */
	for (c = a->head->next; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	a->head->next = NULL;
	if (a->head->size > CHUNK_MIN) {
		free(a->head);
		a->head = NULL;
	} else
		a->head->used = 0;
	a->total = 0;
}

void
arena_free(struct arena *a)
{
	struct arena_chunk	*c, *next;

	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	a->head = NULL;
	a->total = 0;
}

int
str_to_i64(const char *s, int64_t min, int64_t max, int64_t *out)
{
	char		*end;
	long long	 v;

	if (s == NULL || *s == '\0' || (*s != '-' && (*s < '0' || *s > '9')))
		return -1;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

const char *
label_of(const char *const (*tab)[2], size_t n, const char *code)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strcmp(tab[i][0], code) == 0)
			return tab[i][1];
	return NULL;
}

int
str_ct_equal(const char *a, const char *b)
{
	size_t		 la = strlen(a), lb = strlen(b), i;
	unsigned char	 d = 0;

	if (la != lb)
		return 0;
	for (i = 0; i < la; i++)
		d |= (unsigned char)a[i] ^ (unsigned char)b[i];
	return d == 0;
}

/* One folded code unit: ASCII and U+00C0..U+00DE (but U+00D7) lower-cased. */
static size_t
fold1(const unsigned char *s, unsigned *out)
{
	if (s[0] >= 'A' && s[0] <= 'Z') {
		*out = s[0] + 32u;
		return 1;
	}
	if (s[0] == 0xC3 && s[1] >= 0x80 && s[1] <= 0x9E && s[1] != 0x97) {
		*out = 0xC300u | (s[1] + 0x20u);
		return 2;
	}
	if (s[0] == 0xC3 && s[1] != '\0') {
		*out = 0xC300u | s[1];
		return 2;
	}
	*out = s[0];
	return 1;
}

int
str_casecontains(const char *haystack, const char *needle)
{
	const unsigned char	*h, *hp, *np;
	unsigned		 a, b;

	if (*needle == '\0')
		return 1;
	for (h = (const unsigned char *)haystack; *h != '\0'; ) {
		hp = h;
		np = (const unsigned char *)needle;
		while (*np != '\0' && *hp != '\0') {
			size_t la = fold1(hp, &a), lb = fold1(np, &b);

			if (a != b)
				break;
			hp += la;
			np += lb;
		}
		if (*np == '\0')
			return 1;
		h += (*h >= 0xC0) ? 2 : 1;	/* whole characters only */
		while ((*h & 0xC0) == 0x80)
			h++;
	}
	return 0;
}

static char *
encode(struct arena *a, const char *s, int path)
{
	static const char	 hex[] = "0123456789ABCDEF";
	char			*out = arena_alloc(a, strlen(s) * 3 + 1), *o = out;
	unsigned char		 c;

	for (; (c = (unsigned char)*s) != '\0'; s++)
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
		    c == '~' || (path && c == '/'))
			*o++ = (char)c;
		else {
			*o++ = '%';
			*o++ = hex[c >> 4];
			*o++ = hex[c & 15];
		}
	*o = '\0';
	return out;
}

char *
url_encode(struct arena *a, const char *s)
{
	return encode(a, s, 0);
}

char *
url_encode_path(struct arena *a, const char *s)
{
	return encode(a, s, 1);
}

/* The value of the {{NAME}} at open (name n long), or NULL. */
static const char *
subst_var(const char *name, size_t n, const char *const *vars)
{
	size_t	 i;

	for (i = 0; vars[i] != NULL && vars[i + 1] != NULL; i += 2)
		if (strlen(vars[i]) == n && memcmp(vars[i], name, n) == 0)
			return vars[i + 1];
	return NULL;
}

/* Writes the result to out if it is not NULL; returns its length. */
static size_t
subst_run(const char *text, const char *const *vars, char *out)
{
	const char	*p = text, *open, *close, *v;
	size_t		 len = 0, k;

	while ((open = strstr(p, "{{")) != NULL &&
	    (close = strstr(open + 2, "}}")) != NULL) {
		v = subst_var(open + 2, (size_t)(close - open - 2), vars);
		/* Up to the marker, or past "{{" of one that is not ours. */
		k = (size_t)(open - p) + (v == NULL ? 2 : 0);
		if (out != NULL)
			memcpy(out + len, p, k);
		len += k;
		p += k;
		if (v == NULL)
			continue;
		if (out != NULL)
			memcpy(out + len, v, strlen(v));
		len += strlen(v);
		p = close + 2;
	}
	if (out != NULL)
		memcpy(out + len, p, strlen(p) + 1);
	return len + strlen(p);
}

char *
str_subst(struct arena *a, const char *text, const char *const *vars)
{
	char	*out = arena_alloc(a, subst_run(text, vars, NULL) + 1);

	subst_run(text, vars, out);
	return out;
}

const char *
str_ellipsis(struct arena *a, const char *s, size_t n)
{
	size_t	 i, chars = 0;

	for (i = 0; s[i] != '\0'; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80 && chars++ == n)
			return arena_printf(a, "%.*s…", (int)i, s);
	return s;
}

uint64_t
u64_mag(int64_t v)
{
	/* Through unsigned, so that INT64_MIN does not overflow. */
	return v < 0 ? -(uint64_t)v : (uint64_t)v;
}

void
u64_mul128(uint64_t a, uint64_t b, uint64_t *hi, uint64_t *lo)
{
	uint64_t	 al = a & 0xFFFFFFFFu, ah = a >> 32;
	uint64_t	 bl = b & 0xFFFFFFFFu, bh = b >> 32;
	uint64_t	 ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
	uint64_t	 mid;

	mid = (ll >> 32) + (lh & 0xFFFFFFFFu) + (hl & 0xFFFFFFFFu);
	*lo = (mid << 32) | (ll & 0xFFFFFFFFu);
	*hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
}
