/* logscrub: nginx's syslog lines without people in them (see logscrub.h). */
#include <string.h>

#include "logscrub.h"

#define WORK	4096	/* longest input looked at; nginx sends < 2.5k */

static const char *const logscrub_levels[] = {
	"emerg", "alert", "crit", "error", "warn", "notice", "info", "debug"
};

const char *
logscrub_level(int level)
{
	return level >= 0 && level < 8 ? logscrub_levels[level] : "?";
}

static int
ls_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
ls_hex(char c)
{
	return ls_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static int
ls_alnum(char c)
{
	return ls_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static char
ls_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/*
 * Matches pat at p: 'a' a letter, 'd' a digit, 'D' a digit or a space,
 * anything else itself.  Returns the end of the match or NULL.
 */
static const char *
ls_match(const char *p, const char *pat)
{
	for (; *pat != '\0'; pat++, p++) {
		if (*p == '\0')
			return NULL;
		switch (*pat) {
		case 'a':
			if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
				return NULL;
			break;
		case 'd':
			if (!ls_digit(*p))
				return NULL;
			break;
		case 'D':
			if (!ls_digit(*p) && *p != ' ')
				return NULL;
			break;
		default:
			if (*p != *pat)
				return NULL;
		}
	}
	return p;
}

/* Skips one or more digits; NULL if there are none. */
static const char *
ls_digits(const char *p)
{
	const char	*s = p;

	while (ls_digit(*p))
		p++;
	return p == s ? NULL : p;
}

/* The syslog tag ("frist: ", "frist_wb: "); sets *wb for frist_wb. */
static const char *
ls_tag(const char *p, int *wb)
{
	const char	*s = p;

	while ((ls_alnum(*p) || *p == '_') && p - s <= 32)
		p++;
	if (p == s || p[0] != ':' || p[1] != ' ')
		return NULL;
	if (p - s == 8 && strncmp(s, "frist_wb", 8) == 0)
		*wb = 1;
	return p + 2;
}

/* "[crit] " sets the level from nginx's own name for it. */
static const char *
ls_levelname(const char *p, int *level)
{
	size_t	 n;
	int	 i;

	if (*p != '[')
		return NULL;
	for (i = 0; i < 8; i++) {
		n = strlen(logscrub_levels[i]);
		if (strncmp(p + 1, logscrub_levels[i], n) == 0 &&
		    p[1 + n] == ']' && p[2 + n] == ' ') {
			*level = i;
			return p + n + 3;
		}
	}
	return NULL;
}

static int
ls_unhex(char c)
{
	if (ls_digit(c))
		return c - '0';
	c = ls_lower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/*
 * Whether s mentions the channel: "whistle" in any case, also behind
 * percent-encoding (decoded until nothing changes, at most 4 times).
 */
static int
ls_whistle(const char *s)
{
	char	 a[WORK], b[WORK];
	size_t	 i, j;
	int	 round, changed, h, l;

	for (i = 0; s[i] != '\0' && i < WORK - 1; i++)
		a[i] = ls_lower(s[i]);
	a[i] = '\0';
	for (round = 0; round < 5; round++) {
		if (strstr(a, "whistle") != NULL)
			return 1;
		changed = 0;
		for (i = j = 0; a[i] != '\0'; j++) {
			if (a[i] == '%' && (h = ls_unhex(a[i + 1])) >= 0 &&
			    (l = ls_unhex(a[i + 2])) >= 0) {
				b[j] = ls_lower((char)(h * 16 + l));
				i += 3;
				changed = 1;
			} else
				b[j] = a[i++];
		}
		b[j] = '\0';
		if (!changed)
			break;
		memcpy(a, b, j + 1);
	}
	return 0;
}

static void
ls_put(char *out, size_t *j, const char *s)
{
	while (*s != '\0' && *j < WORK - 1)
		out[(*j)++] = *s++;
}

/*
 * IPv6 (two or more colons with "::", or seven colons; also with an
 * IPv4 tail) as "[addr]".
 */
static void
ls_redact6(const char *in, char *out)
{
	size_t	 i = 0, j = 0, k, colons;
	int	 dbl;

	while (in[i] != '\0' && j < WORK - 1) {
		if ((ls_hex(in[i]) || in[i] == ':') && (i == 0 ||
		    !(ls_alnum(in[i - 1]) || in[i - 1] == ':' || in[i - 1] == '.'))) {
			colons = 0;
			dbl = 0;
			for (k = i; ls_hex(in[k]) || in[k] == ':' || in[k] == '.'; k++)
				if (in[k] == ':') {
					colons++;
					if (in[k + 1] == ':')
						dbl = 1;
				}
			if (colons >= 2 && (dbl || colons >= 7)) {
				ls_put(out, &j, "[addr]");
				i = k;
				continue;
			}
			while (i < k && j < WORK - 1)
				out[j++] = in[i++];
			continue;
		}
		out[j++] = in[i++];
	}
	out[j] = '\0';
}

/* A dotted quad, each part 1-3 digits; returns its end or NULL. */
static const char *
ls_quad(const char *p)
{
	const char	*q;
	int		 part;

	for (part = 0; part < 4; part++) {
		if (part > 0) {
			if (*p != '.')
				return NULL;
			p++;
		}
		if ((q = ls_digits(p)) == NULL || q - p > 3)
			return NULL;
		p = q;
	}
	return p;
}

static void
ls_redact4(const char *in, char *out)
{
	const char	*e;
	size_t		 i = 0, j = 0;

	while (in[i] != '\0' && j < WORK - 1) {
		/* Also right after a dot: "x.10.1.2.3" hides one too. */
		if (ls_digit(in[i]) && (i == 0 || !ls_digit(in[i - 1])) &&
		    (e = ls_quad(in + i)) != NULL) {
			ls_put(out, &j, "[addr]");
			i = (size_t)(e - in);
			continue;
		}
		out[j++] = in[i++];
	}
	out[j] = '\0';
}

/* The fields of the context nginx appends to an error about a request. */
static const char *const ls_fields[] = { ", client:", ", server:",
    ", request:", ", upstream:", ", host:", ", referrer:" };

void
logscrub(const char *in, size_t len, struct logscrub *out)
{
	char		 buf[WORK], a[WORK], b[WORK];
	const char	*p, *q;
	char		*cut, *c;
	size_t		 i, n;
	int		 pri;

	out->level = 3;
	out->whistle = 0;
	out->text[0] = '\0';

	/* One line of printable text: control bytes (NUL too) become '?'. */
	n = len;
	while (n > 0 && (in[n - 1] == '\n' || in[n - 1] == '\r' ||
	    in[n - 1] == ' '))
		n--;
	if (n > WORK - 1)
		n = WORK - 1;
	for (i = 0; i < n; i++) {
		unsigned char u = (unsigned char)in[i];
		buf[i] = (u < 0x20 || u == 0x7f) ? '?' : (char)u;
	}
	buf[n] = '\0';

	p = buf;
	if (*p == '<' && (q = ls_digits(p + 1)) != NULL && *q == '>' &&
	    q - p <= 4) {
		pri = 0;
		for (p++; p < q; p++)
			pri = pri * 10 + (*p - '0');
		out->level = pri & 7;
		p = q + 1;
	}
	if ((q = ls_match(p, "aaa Dd dd:dd:dd ")) != NULL)
		p = q;
	if ((q = ls_tag(p, &out->whistle)) != NULL)
		p = q;
	if ((q = ls_match(p, "dddd/dd/dd dd:dd:dd ")) != NULL)
		p = q;
	if ((q = ls_levelname(p, &out->level)) != NULL)
		p = q;
	if ((q = ls_digits(p)) != NULL && *q == '#' &&
	    (q = ls_digits(q + 1)) != NULL && q[0] == ':' && q[1] == ' ')
		p = q + 2;
	if (*p == '*' && (q = ls_digits(p + 1)) != NULL && *q == ' ')
		p = q + 1;

	/* Decided on the whole line, before anything is cut. */
	if (ls_whistle(p))
		out->whistle = 1;

	/*
	 * The context nginx appends starts with the client or the server;
	 * cut at the first of any of its fields, so that a line that lost
	 * its start (or a message that quotes one) keeps none of them.
	 */
	memmove(buf, p, strlen(p) + 1);
	cut = NULL;
	for (i = 0; i < sizeof(ls_fields) / sizeof(ls_fields[0]); i++)
		if ((c = strstr(buf, ls_fields[i])) != NULL &&
		    (cut == NULL || c < cut))
			cut = c;
	if (cut != NULL)
		*cut = '\0';

	ls_redact6(buf, a);
	ls_redact4(a, b);
	n = strlen(b);
	while (n > 0 && b[n - 1] == ' ')
		n--;
	if (n > LOGSCRUB_MAX - 1) {
		/* A cut inside "1.2.3.4567" would leave "1.2.3.456": a cut
		 * number of digits, dots and colons goes whole. */
		n = LOGSCRUB_MAX - 1;
		while (n > 0 && (ls_digit(b[n - 1]) || b[n - 1] == '.' ||
		    b[n - 1] == ':'))
			n--;
	}
	memcpy(out->text, b, n);
	out->text[n] = '\0';
}

void
logscrub_kind(const char *text, char *out, size_t outsz)
{
	size_t	 j = 0;

	if (outsz == 0)
		return;
	while (*text != '\0' && *text != '"' &&
	    !(text[0] == ',' && text[1] == ' ') && j < outsz - 1) {
		if (ls_digit(*text)) {
			out[j++] = 'N';
			while (ls_digit(*text))
				text++;
			continue;
		}
		out[j++] = *text++;
	}
	while (j > 0 && (out[j - 1] == ' ' || out[j - 1] == ':'))
		j--;
	if (j == 0 && outsz > 1)
		out[j++] = '?';
	out[j] = '\0';
}
