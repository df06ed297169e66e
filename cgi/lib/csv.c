/* csv: RFC 4180 records from a buffer (see csv.h). */
#include <stddef.h>
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
