/* fname: uploaded files' names, safe to store and show (see fname.h). */
#include <string.h>

#include "fname.h"

/* One decoded character: its code point, or -1 for a byte that does not
 * start a valid UTF-8 sequence (then *n is 1). */
static long
fname_decode(const unsigned char *p, size_t left, size_t *n)
{
	long	 c;
	size_t	 k, i;

	*n = 1;
	if (p[0] < 0x80)
		return p[0];
	if (p[0] >= 0xc2 && p[0] <= 0xdf)
		k = 2, c = p[0] & 0x1f;
	else if (p[0] >= 0xe0 && p[0] <= 0xef)
		k = 3, c = p[0] & 0x0f;
	else if (p[0] >= 0xf0 && p[0] <= 0xf4)
		k = 4, c = p[0] & 0x07;
	else
		return -1;
	if (left < k)
		return -1;
	for (i = 1; i < k; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return -1;
		c = (c << 6) | (p[i] & 0x3f);
	}
	/* Overlong forms, surrogates and beyond U+10FFFF. */
	if ((k == 3 && c < 0x800) || (k == 4 && (c < 0x10000 ||
	    c > 0x10ffff)) || (c >= 0xd800 && c <= 0xdfff))
		return -1;
	*n = k;
	return c;
}

/* Invisible characters that change how the rest is shown. */
static int
fname_drop(long c)
{
	return c == 0x061c || (c >= 0x200b && c <= 0x200f) ||
	    (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f) ||
	    c == 0xfeff;
}

static int
fname_control(long c)
{
	return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) ||
	    c == 0x2028 || c == 0x2029;
}

/*
 * Cleans src[0..len) onto the end of dst (*dlen bytes, *dchars characters
 * so far), stopping before a character that would take it past maxc
 * characters or maxb bytes.  Whether all of src went in.
 */
static int
fname_put(char *dst, size_t *dlen, size_t *dchars, const char *src,
    size_t len, size_t maxc, size_t maxb)
{
	const char	*add;
	size_t		 i, n, an;
	long		 c;

	for (i = 0; i < len; i += n) {
		c = fname_decode((const unsigned char *)src + i, len - i, &n);
		if (c >= 0 && fname_drop(c))
			continue;
		if (c < 0 || fname_control(c))
			add = "_", an = 1;
		else
			add = src + i, an = n;
		if (*dchars + 1 > maxc || *dlen + an > maxb)
			return 0;
		memcpy(dst + *dlen, add, an);
		*dlen += an;
		(*dchars)++;
	}
	return 1;
}

size_t
fname_clean(const char *in, size_t len, char out[FNAME_MAX_BYTES + 1])
{
	char		 ext[FNAME_MAX_EXT + 1];
	const char	*p = in;
	size_t		 i, dot = 0, elen = 0, echars = 0, slen = 0, schars = 0,
			 start;

	/* A path keeps its last part ('/' and '\\' are never inside a
	 * multi-byte character, nor is '.'). */
	for (i = 0; i < len; i++)
		if (in[i] == '/' || in[i] == '\\')
			p = in + i + 1;
	len -= (size_t)(p - in);
	/* The extension: from the last dot (not a leading one), short and
	 * without spaces once clean. */
	for (i = len; i > 1; i--)
		if (p[i - 1] == '.') {
			dot = i - 1;
			break;
		}
	if (dot > 0 && (!fname_put(ext, &elen, &echars, p + dot, len - dot,
	    FNAME_MAX_EXT, FNAME_MAX_EXT) || elen < 2 ||
	    memchr(ext, ' ', elen) != NULL))
		dot = 0;
	if (dot == 0) {
		dot = len;
		elen = echars = 0;
	}
	/* The stem, as much as fits beside the extension. */
	(void)fname_put(out, &slen, &schars, p, dot,
	    FNAME_MAX_CHARS - echars, FNAME_MAX_BYTES - elen);
	for (start = 0; start < slen && out[start] == ' '; start++)
		continue;
	while (slen > start && out[slen - 1] == ' ')
		slen--;
	memmove(out, out + start, slen - start);
	slen -= start;
	if (slen == 0 || (elen == 0 && ((slen == 1 && out[0] == '.') ||
	    (slen == 2 && out[0] == '.' && out[1] == '.')))) {
		memcpy(out, "fil", 3);
		slen = 3;
	}
	memcpy(out + slen, ext, elen);
	out[slen + elen] = '\0';
	return slen + elen;
}
