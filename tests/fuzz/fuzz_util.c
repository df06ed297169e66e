/*
 * fuzz_util: the small parsers and string helpers that see request
 * bytes: UTF-8 validation (utf8_valid, utf8_len: every field of every
 * request), str_to_i64 (Content-Length, ids in paths), cal_parse (dates
 * in forms and queries), str_casecontains (the pool search), url_encode
 * and url_encode_path (links made of typed values), str_ellipsis and
 * str_ct_equal.  The first byte is a number for the helpers that take
 * one; the rest is split at its first NUL into two strings.
 *
 * Checked: utf8_valid and utf8_len agree with a decoder written from the
 * definition; str_to_i64 with strtoll's own verdict on a canonical
 * decimal; a date read is written back the same; str_casecontains with
 * a byte search over folded copies (on valid UTF-8, its contract); the
 * encodings use only unreserved characters and %XX and decode back;
 * str_ellipsis cuts at a character boundary, to at most n characters
 * and the ellipsis; str_ct_equal is strcmp() == 0.
 */
#include "fuzz.h"

#include <errno.h>

#include "cal.h"
#include "http.h"
#include "util.h"
#include "valid.h"

/* fold1() of util.c, as a byte map over a whole string. */
static void
fold(char *s)
{
	unsigned char	*p = (unsigned char *)s;

	for (; *p != '\0'; p++) {
		if (*p >= 'A' && *p <= 'Z')
			*p += 32;
		else if (*p == 0xC3 && p[1] >= 0x80 && p[1] <= 0x9E &&
		    p[1] != 0x97) {
			p[1] += 0x20;
			p++;
		} else if (*p == 0xC3 && p[1] != '\0')
			p++;
	}
}

static int
ref_contains(const char *h, const char *n)
{
	char	*fh = strdup(h), *fn = strdup(n);
	size_t	 i, hl = strlen(h), nl = strlen(n);
	int	 found = 0;

	FUZZ_CHECK(fh != NULL && fn != NULL);
	fold(fh);
	fold(fn);
	for (i = 0; !found && i + nl <= hl; i++)
		if (((unsigned char)fh[i] & 0xC0) != 0x80 &&
		    memcmp(fh + i, fn, nl) == 0)
			found = 1;
	free(fh);
	free(fn);
	return found;
}

static void
check_encoded(struct arena *ar, const char *s, int path)
{
	const char	*e = path ? url_encode_path(ar, s) : url_encode(ar, s);
	const char	*p, *why;
	struct kvlist	 l = { 0 };
	static const struct http_limits lim = { 1 << 20, 4, 1 << 20, 1, 1 };

	for (p = e; *p != '\0'; p++) {
		if (*p == '%') {
			FUZZ_CHECK(strchr("0123456789ABCDEF", p[1]) != NULL &&
			    p[1] != '\0' && strchr("0123456789ABCDEF", p[2]) !=
			    NULL && p[2] != '\0');
			p += 2;
		} else
			FUZZ_CHECK(strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij"
			    "klmnopqrstuvwxyz0123456789-_.~", *p) != NULL ||
			    (path && *p == '/'));
	}
	/* Back through the query parser: the value must be s again. */
	if (*s != '\0' && fuzz_utf8_ref(s, strlen(s)) >= 0) {
		FUZZ_CHECK(http_parse_urlencoded(ar, arena_printf(ar, "k=%s", e),
		    strlen(e) + 2, &lim, &l, &why) == 0);
		FUZZ_CHECK(l.n == 1 && strcmp(l.v[0].val, s) == 0);
	}
}

static void
check_i64(const char *s)
{
	int64_t		 v;
	long long	 w;
	char		*end;
	int		 ok;

	ok = str_to_i64(s, INT64_MIN, INT64_MAX, &v) == 0;
	errno = 0;
	w = strtoll(s, &end, 10);
	/* Accepted: a sign or digit first, the whole string, no overflow. */
	FUZZ_CHECK(ok == (*s != '\0' && (*s == '-' || (*s >= '0' && *s <= '9'))
	    && *end == '\0' && errno == 0));
	if (ok)
		FUZZ_CHECK(v == w);
	if (ok && str_to_i64(s, 0, 1000, &v) == 0)
		FUZZ_CHECK(v >= 0 && v <= 1000);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct arena	 ar;	/* reset, as a worker does */
	const char	*a, *b, *e;
	char		*buf, day[11];
	size_t		 n, alen, i, chars;
	long		 ref;
	cal_day		 d;

	if (size == 0)
		return 0;
	n = data[0];
	buf = malloc(size + 1);
	FUZZ_CHECK(buf != NULL);
	memcpy(buf, data + 1, size - 1);
	buf[size - 1] = '\0';
	buf[size] = '\0';
	a = buf;
	alen = strlen(a);
	b = alen < size - 1 ? a + alen + 1 : a + alen;

	/* UTF-8 over the raw bytes, NULs included. */
	ref = fuzz_utf8_ref((const char *)data + 1, size - 1);
	FUZZ_CHECK(utf8_valid((const char *)data + 1, size - 1) == (ref >= 0));
	if (memchr(data + 1, '\0', size - 1) == NULL)
		FUZZ_CHECK(utf8_len((const char *)data + 1, size - 1) == ref);

	check_i64(a);
	if (cal_parse(a, &d) == 0) {
		cal_format(d, day);
		FUZZ_CHECK(strcmp(day, a) == 0);
	}
	FUZZ_CHECK(str_ct_equal(a, b) == (strcmp(a, b) == 0));
	check_encoded(&ar, a, 0);
	check_encoded(&ar, a, 1);

	if (fuzz_utf8_ref(a, alen) >= 0 && fuzz_utf8_ref(b, strlen(b)) >= 0) {
		FUZZ_CHECK(str_casecontains(a, b) == ref_contains(a, b));
		FUZZ_CHECK(str_casecontains(a, a) == 1);
		e = str_ellipsis(&ar, a, n);
		chars = (size_t)fuzz_utf8_ref(a, alen);
		if (chars <= n)
			FUZZ_CHECK(e == a);
		else {
			i = strlen(e) - strlen("…");
			FUZZ_CHECK(strcmp(e + i, "…") == 0);
			FUZZ_CHECK(memcmp(e, a, i) == 0);
			FUZZ_CHECK(fuzz_utf8_ref(e, i) == (long)n);
		}
	}
	free(buf);
	arena_reset(&ar);
	return 0;
}
