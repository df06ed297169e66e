/*
 * util: the per-request arena and small string helpers.
 *
 * Everything a request allocates comes from its arena and is released in
 * one place when the request ends, so handlers never free by hand.
 */
#ifndef FRIST_UTIL_H
#define FRIST_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

struct arena_chunk;

struct arena {
	struct arena_chunk	*head;
	size_t			 total;		/* bytes handed out, for limits */
};

void	*arena_alloc(struct arena *, size_t);		/* zeroed; aborts on ENOMEM */
char	*arena_strdup(struct arena *, const char *);
char	*arena_strndup(struct arena *, const char *, size_t);
char	*arena_printf(struct arena *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
/* Grows an array of elements of size sz from *cap to at least n elements. */
void	*arena_grow(struct arena *, void *, size_t *cap, size_t n, size_t sz);
void	 arena_reset(struct arena *);	/* keeps the first chunk */
void	 arena_free(struct arena *);

/* Strict decimal parse of the whole string into [min, max]; 0 ok, -1 bad. */
int	 str_to_i64(const char *, int64_t min, int64_t max, int64_t *out);
/*
 * Case-insensitive substring search in UTF-8: ASCII and the Latin-1
 * letters (Æ Ø Å, É ...) fold to lower case, which covers Danish.
 */
int	 str_casecontains(const char *haystack, const char *needle);
/*
 * The label of code in a table of { code, label } rows, or NULL.  The
 * programs keep their Danish labels for stored codes in such tables.
 */
const char	*label_of(const char *const (*tab)[2], size_t n, const char *code);
#define LABEL_OF(tab, code) \
	label_of((tab), sizeof(tab) / sizeof((tab)[0]), (code))

/* Exact integer arithmetic for the money and share rules (grant, plan):
 * |v| without overflow for INT64_MIN, and a * b as 128 bits hi:lo (C11
 * has no __int128). */
uint64_t u64_mag(int64_t v);
void	 u64_mul128(uint64_t a, uint64_t b, uint64_t *hi, uint64_t *lo);

/* s percent-encoded for a URL's query (unreserved characters kept). */
char	*url_encode(struct arena *, const char *s);
/* A decoded path percent-encoded again for a link ('/' kept). */
char	*url_encode_path(struct arena *, const char *s);
/*
 * text with every {{NAME}} replaced by the value that follows NAME in
 * vars (NAME, value, NAME, value, ..., NULL); a marker naming no variable
 * is kept as it is.  For the texts of the string tables that C fills in
 * (i18n.h): the values go in as they are, and are escaped later, like
 * any value, when the page is expanded.
 */
char	*str_subst(struct arena *, const char *text, const char *const *vars);
/* s (valid UTF-8) cut to at most n characters, whole ones, with "…"
 * added if it was cut; s itself if it is short enough. */
const char	*str_ellipsis(struct arena *, const char *s, size_t n);
/* Constant-time comparison of two NUL-terminated strings. */
int	 str_ct_equal(const char *, const char *);

#endif
