/* csv: RFC 4180 records from a buffer, and the export writer (see csv.h). */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "valid.h"

#define STR_(x)		#x
#define STR(x)		STR_(x)

#define E_QUOTE		"Linjen har et citationstegn, der ikke afsluttes."
#define E_AFTER		"Tekst efter et afsluttende citationstegn."
#define E_FIELDS	"For mange felter (højst " STR(CSV_MAXFIELDS) ")."
#define E_LONG		"Et felt er for langt (højst " STR(CSV_MAXFIELD) " tegn)."
#define E_UTF8		"Linjen er ikke gyldig UTF-8."

/* Length of the line end at p (LF, CRLF, or a CR ending the input), or 0. */
static size_t
eol(const char *p, const char *end)
{
	if (p >= end)
		return 0;
	if (*p == '\n')
		return 1;
	if (*p == '\r' && (p + 1 == end || p[1] == '\n'))
		return (size_t)(end - p) > 1 ? 2 : 1;
	return 0;
}

/* Past the next LF at or after p, or the end. */
static const char *
next_line(const char *p, const char *end)
{
	const char	*nl;

	if (p >= end)
		return end;
	nl = memchr(p, '\n', (size_t)(end - p));
	return nl != NULL ? nl + 1 : end;
}

static int
count_lf(const char *p, const char *end)
{
	int	 n = 0;

	while (p < end && (p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		n++;
		p++;
	}
	return n;
}

void
csv_open(struct csv *c, const char *buf, size_t len)
{
	const char	*p;
	int		 quoted = 0;

	c->p = buf;
	c->end = buf + len;
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		c->p += 3;
	c->sep = ',';
	/* A "" escape toggles twice, so it needs no special case. */
	for (p = c->p; p < c->end; p++) {
		if (*p == '"')
			quoted = !quoted;
		else if (!quoted && *p == '\n')
			break;
		else if (!quoted && (*p == ',' || *p == ';')) {
			c->sep = *p;
			break;
		}
	}
	c->line = 0;
	c->nextline = 1;
	c->nfield = 0;
}

/*
 * Reads one record from *pp (at a non-blank line) into c->field and moves
 * *pp past its line end.  On an error *pp is moved to the next line: the
 * one after the error, or, for a quote still open at the end of the input,
 * the one after the quote (else a stray quote would swallow the rest).
 */
static int
record(struct csv *c, const char **pp, const char **why)
{
	const char	*s = *pp, *end = c->end, *q;
	char		*f;
	size_t		 len, n;

	c->nfield = 0;
	for (;;) {
		if (c->nfield == CSV_MAXFIELDS) {
			*why = E_FIELDS;
			goto skip;
		}
		f = c->buf + c->nfield * (CSV_MAXFIELD + 1);
		len = 0;
		if (s < end && *s == '"') {
			q = s++;
			for (;;) {
				if (s == end) {
					*why = E_QUOTE;
					s = q;
					goto skip;
				}
				if (*s == '"') {
					if (s + 1 == end || s[1] != '"')
						break;
					s++;	/* "" is one quote */
				}
				if (len == CSV_MAXFIELD) {
					*why = E_LONG;
					goto skip;
				}
				f[len++] = *s++;
			}
			s++;
			if (s < end && *s != c->sep && eol(s, end) == 0) {
				*why = E_AFTER;
				goto skip;
			}
		} else {
			while (s < end && *s != c->sep && eol(s, end) == 0) {
				if (len == CSV_MAXFIELD) {
					*why = E_LONG;
					goto skip;
				}
				f[len++] = *s++;
			}
		}
		f[len] = '\0';
		if (!utf8_valid(f, len)) {
			*why = E_UTF8;
			goto skip;
		}
		c->field[c->nfield++] = f;
		if (s < end && *s == c->sep) {
			s++;
			continue;
		}
		n = eol(s, end);
		*pp = s + n;
		return 1;
	}
skip:
	c->nfield = 0;
	*pp = next_line(s, end);
	return -1;
}

int
csv_next(struct csv *c, const char **why)
{
	const char	*p = c->p, *start, *err = NULL;
	size_t		 n;
	int		 r;

	while ((n = eol(p, c->end)) > 0) {	/* blank lines */
		p += n;
		c->nextline++;
	}
	if (p >= c->end) {
		c->p = c->end;
		c->nfield = 0;
		return 0;
	}
	c->line = c->nextline;
	start = p;
	r = record(c, &p, &err);
	/* A record may span lines (newlines inside quotes). */
	c->nextline += count_lf(start, p);
	c->p = p;
	if (r < 0 && why != NULL)
		*why = err;
	return r;
}

/* --- the writer ---------------------------------------------------------- */

static void
csvw_put(struct csvw *w, const char *s, size_t n)
{
	char	*nb;
	size_t	 nc;

	if (w->oom)
		return;
	if (w->len + n > w->cap) {
		nc = w->cap > 0 ? w->cap : 1024;
		while (nc < w->len + n)
			nc *= 2;
		if ((nb = realloc(w->buf, nc)) == NULL) {
			w->oom = 1;
			return;
		}
		w->buf = nb;
		w->cap = nc;
	}
	memcpy(w->buf + w->len, s, n);
	w->len += n;
}

/* The separator before every cell but a row's first. */
static void
csvw_sep(struct csvw *w)
{
	if (w->nfield++ > 0)
		csvw_put(w, ";", 1);
}

void
csvw_init(struct csvw *w)
{
	memset(w, 0, sizeof(*w));
	csvw_put(w, "\xef\xbb\xbf", 3);
}

void
csvw_text(struct csvw *w, const char *s)
{
	const char	*p;
	int		 quote;

	csvw_sep(w);
	if (s == NULL)
		return;
	quote = strpbrk(s, ";\"\r\n") != NULL;
	if (quote)
		csvw_put(w, "\"", 1);
	/* A formula to a spreadsheet: make it text (OWASP: TAB and CR
	 * begin one too). */
	if (*s != '\0' && strchr("=+-@\t\r", *s) != NULL)
		csvw_put(w, "'", 1);
	for (p = s; *p != '\0'; p++)
		if (*p == '"')
			csvw_put(w, "\"\"", 2);
		else
			csvw_put(w, p, 1);
	if (quote)
		csvw_put(w, "\"", 1);
}

void
csvw_int(struct csvw *w, long long v)
{
	char	 b[32];
	int	 n = snprintf(b, sizeof(b), "%lld", v);

	csvw_sep(w);
	csvw_put(w, b, (size_t)n);
}

void
csvw_dec(struct csvw *w, long long v, int scale)
{
	char			 b[48];
	unsigned long long	 u, p = 1;
	int			 i, n;

	if (scale <= 0) {
		csvw_int(w, v);
		return;
	}
	for (i = 0; i < scale && i < 18; i++)
		p *= 10;
	u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
	n = snprintf(b, sizeof(b), "%s%llu,%0*llu", v < 0 ? "-" : "", u / p,
	    scale, u % p);
	csvw_sep(w);
	csvw_put(w, b, (size_t)n);
}

void
csvw_empty(struct csvw *w)
{
	csvw_sep(w);
}

void
csvw_endrow(struct csvw *w)
{
	csvw_put(w, "\r\n", 2);
	w->nfield = 0;
}

const char *
csvw_done(struct csvw *w, size_t *len)
{
	*len = w->oom ? 0 : w->len;
	return w->oom ? NULL : w->buf;
}

void
csvw_free(struct csvw *w)
{
	free(w->buf);
	memset(w, 0, sizeof(*w));
}
