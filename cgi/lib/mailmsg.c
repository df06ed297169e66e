/*
 * mailmsg: RFC 5322 messages and address checks (see mailmsg.h).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mailmsg.h"

#define MAIL_KIND_CODE(id, code, label, role)	[id] = code,
#define MAIL_KIND_LABEL(id, code, label, role)	[id] = label,
#define MAIL_KIND_ROLE(id, code, label, role)	[id] = role,
static const char *const mk_codes[MAIL_KIND__N] = { MAIL_KINDS(MAIL_KIND_CODE) };
static const char *const mk_labels[MAIL_KIND__N] = { MAIL_KINDS(MAIL_KIND_LABEL) };
static const char *const mk_roles[MAIL_KIND__N] = { MAIL_KINDS(MAIL_KIND_ROLE) };

#define MAIL_STATE_CODE(id, code, label)	[id] = code,
#define MAIL_STATE_LABEL(id, code, label)	[id] = label,
static const char *const ms_codes[MAIL_STATE__N] = { MAIL_STATES(MAIL_STATE_CODE) };
static const char *const ms_labels[MAIL_STATE__N] = { MAIL_STATES(MAIL_STATE_LABEL) };

const char *
mailkind_code(enum mail_kind k)
{
	return (unsigned)k < MAIL_KIND__N ? mk_codes[k] : NULL;
}

/* The label of code in codes[0..n-1] with labels[], or NULL. */
static const char *
mk_lookup(const char *const *codes, const char *const *labels, size_t n,
    const char *code)
{
	const char	*label = NULL;
	size_t		 i;

	for (i = 0; code != NULL && i < n; i++)
		if (strcmp(code, codes[i]) == 0) {
			label = labels[i];
			break;
		}
	return label;
}

const char *
mailkind_label(const char *code)
{
	return mk_lookup(mk_codes, mk_labels, MAIL_KIND__N, code);
}

const char *
mailkind_role(enum mail_kind k)
{
	return (unsigned)k < MAIL_KIND__N ? mk_roles[k] : NULL;
}

int
mailkind_visible(enum mail_kind k, int (*has_role)(const char *))
{
	return (unsigned)k < MAIL_KIND__N && (has_role(MAILKIND_ADMIN) ||
	    has_role(mk_roles[k]));
}

const char *
mailstate_code(enum mail_state s)
{
	return (unsigned)s < MAIL_STATE__N ? ms_codes[s] : NULL;
}

const char *
mailstate_label(const char *code)
{
	return mk_lookup(ms_codes, ms_labels, MAIL_STATE__N, code);
}

/* --- addresses ----------------------------------------------------------- */

static int
mm_alnum(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/* RFC 5322 atext. */
static int
mm_atext(int c)
{
	return mm_alnum(c) || (c != '\0' && strchr("!#$%&'*+-/=?^_`{|}~", c) != NULL);
}

/* A domain of two or more labels (see mailmsg_addr_ok). */
static int
mm_domain_ok(const char *d, size_t n)
{
	size_t	 i, label = 0, labels = 0, start = 0;
	int	 ok = n > 0 && n <= MAILMSG_DOMAIN_MAX, digits = 1;

	for (i = 0; ok && i <= n; i++) {
		if (i == n || d[i] == '.') {
			ok = label > 0 && label <= MAILMSG_LABEL_MAX &&
			    d[start] != '-' && d[i - 1] != '-';
			labels++;
			if (i == n)
				break;
			label = 0;
			start = i + 1;
			digits = 1;
		} else if (mm_alnum((unsigned char)d[i]) || d[i] == '-') {
			label++;
			if (!(d[i] >= '0' && d[i] <= '9'))
				digits = 0;
		} else
			ok = 0;
	}
	/* A top-level label of digits would be an address, not a name. */
	return ok && labels >= 2 && !digits;
}

int
mailmsg_addr_ok(const char *addr)
{
	const char	*at;
	size_t		 n, local, i;
	int		 ok;

	if (addr == NULL)
		return 0;
	n = strlen(addr);
	at = strchr(addr, '@');
	ok = n >= 3 && n <= MAILMSG_ADDR_MAX && at != NULL &&
	    strchr(at + 1, '@') == NULL;
	local = ok ? (size_t)(at - addr) : 0;
	ok = ok && local > 0 && local <= MAILMSG_LOCAL_MAX &&
	    addr[0] != '.' && addr[local - 1] != '.';
	for (i = 0; ok && i < local; i++)
		ok = mm_atext((unsigned char)addr[i]) ||
		    (addr[i] == '.' && addr[i + 1] != '.');
	return ok && mm_domain_ok(at + 1, n - local - 1);
}

/* --- text ---------------------------------------------------------------- */

/* The length of the UTF-8 character at s (at most n bytes), 0 if invalid:
 * no overlong forms, surrogates or code points above U+10FFFF. */
static size_t
mm_utf8_len(const unsigned char *s, size_t n, uint32_t *cp)
{
	size_t		 len, i;
	uint32_t	 c;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		len = 2;
		c = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		len = 3;
		c = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		len = 4;
		c = s[0] & 0x07;
	} else
		return 0;
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if ((len == 3 && c < 0x800) || (len == 4 && (c < 0x10000 || c > 0x10ffff)) ||
	    (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return len;
}

/* Valid UTF-8; with nocontrol, also no C0, DEL or C1 character. */
static int
mm_utf8_ok(const char *s, size_t n, int nocontrol)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i = 0, len;
	uint32_t		 cp;
	int			 ok = 1;

	while (ok && i < n) {
		len = mm_utf8_len(u + i, n - i, &cp);
		ok = len > 0 && !(nocontrol && (cp < 0x20 ||
		    (cp >= 0x7f && cp < 0xa0)));
		i += len;
	}
	return ok;
}

int
mailmsg_text_ok(const char *s)
{
	return s != NULL && mm_utf8_ok(s, strlen(s), 1);
}

/* --- the output buffer --------------------------------------------------- */

struct mm_buf {
	char	*p;
	size_t	 n, cap;
	int	 oom;
};

static void
mm_put(struct mm_buf *b, const char *s, size_t n)
{
	char	*np;
	size_t	 cap;

	if (b->oom)
		return;
	if (b->n + n + 1 > b->cap) {
		cap = b->cap ? b->cap : 1024;
		while (cap < b->n + n + 1)
			cap *= 2;
		if ((np = realloc(b->p, cap)) == NULL) {
			b->oom = 1;
			return;
		}
		b->p = np;
		b->cap = cap;
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

static void
mm_puts(struct mm_buf *b, const char *s)
{
	mm_put(b, s, strlen(s));
}

/* --- headers ------------------------------------------------------------- */

static const char mm_b64[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void
mm_base64(struct mm_buf *b, const unsigned char *s, size_t n)
{
	char		 q[4];
	size_t		 i;
	uint32_t	 v;

	for (i = 0; i < n; i += 3) {
		v = (uint32_t)s[i] << 16;
		if (i + 1 < n)
			v |= (uint32_t)s[i + 1] << 8;
		if (i + 2 < n)
			v |= s[i + 2];
		q[0] = mm_b64[(v >> 18) & 63];
		q[1] = mm_b64[(v >> 12) & 63];
		q[2] = i + 1 < n ? mm_b64[(v >> 6) & 63] : '=';
		q[3] = i + 2 < n ? mm_b64[v & 63] : '=';
		mm_put(b, q, 4);
	}
}

/*
 * RFC 2047 encoded-words ("=?UTF-8?B?...?="), one per line, never
 * splitting a character.  42 bytes give 56 base64 characters: a word is 68
 * characters, so "Subject: " and a word stay within 78.
 */
#define MM_WORD_BYTES	42

static void
mm_encoded_words(struct mm_buf *b, const char *s)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 n = strlen(s), i = 0, take, len;
	uint32_t		 cp;

	while (i < n) {
		take = 0;
		while (i + take < n) {
			len = mm_utf8_len(u + i + take, n - i - take, &cp);
			if (len == 0 || take + len > MM_WORD_BYTES)
				break;
			take += len;
		}
		if (take == 0)	/* cannot happen: the text was checked */
			break;
		if (i > 0)
			mm_puts(b, "\r\n ");
		mm_puts(b, "=?UTF-8?B?");
		mm_base64(b, u + i, take);
		mm_puts(b, "?=");
		i += take;
	}
}

/* Whether s can stand in a header as it is: printable ASCII and spaces,
 * no "=?" (it would read as an encoded-word), no run of more than 66
 * characters without a space (so that folding keeps lines within 78). */
static int
mm_plain(const char *s)
{
	size_t	 run = 0;
	int	 ok = 1;

	for (; ok && *s; s++) {
		ok = *s >= 0x20 && *s < 0x7f && !(s[0] == '=' && s[1] == '?');
		run = *s == ' ' ? 0 : run + 1;
		ok = ok && run <= 66;
	}
	return ok;
}

/* Plain text folded before a space wherever a line would pass 78. */
static void
mm_folded(struct mm_buf *b, const char *s, size_t col)
{
	const char	*sp;
	size_t		 word;

	while (*s) {
		/* The next word, with the spaces before it. */
		sp = s;
		while (*sp == ' ')
			sp++;
		word = strcspn(sp, " ") + (size_t)(sp - s);
		if (col + word > 78 && s[0] == ' ' && col > 1) {
			mm_puts(b, "\r\n");
			col = 0;
		}
		mm_put(b, s, word);
		col += word;
		s += word;
	}
}

static void
mm_header_text(struct mm_buf *b, const char *name, const char *s)
{
	mm_puts(b, name);
	mm_puts(b, ": ");
	if (mm_plain(s))
		mm_folded(b, s, strlen(name) + 2);
	else
		mm_encoded_words(b, s);
	mm_puts(b, "\r\n");
}

/* A display name as atoms (letters, digits, spaces, some signs), else as
 * encoded-words; never as a quoted string, so no quoting to get wrong. */
static void
mm_from(struct mm_buf *b, const char *name, const char *addr)
{
	const char	*p;
	int		 atoms = name != NULL && *name != '\0' && mm_plain(name);

	for (p = name; atoms && *p; p++)
		atoms = mm_atext((unsigned char)*p) || *p == ' ';
	mm_puts(b, "From: ");
	if (name != NULL && *name != '\0') {
		if (atoms)
			mm_puts(b, name);
		else
			mm_encoded_words(b, name);
		/* On the same line when it fits in 78. */
		if (atoms && strlen(name) + strlen(addr) + 9 <= 78)
			mm_puts(b, " <");
		else
			mm_puts(b, "\r\n <");
	} else
		mm_puts(b, "<");
	mm_puts(b, addr);
	mm_puts(b, ">\r\n");
}

void
mailmsg_date(time_t t, char buf[32])
{
	static const char *const days[] = { "Sun", "Mon", "Tue", "Wed", "Thu",
	    "Fri", "Sat" };
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May",
	    "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	struct tm	 tm;
	char		 tmp[96];	/* room for any int, for the compiler */

	if (gmtime_r(&t, &tm) == NULL)
		memset(&tm, 0, sizeof(tm));
	snprintf(tmp, sizeof(tmp), "%s, %02d %s %04d %02d:%02d:%02d +0000",
	    days[tm.tm_wday % 7], tm.tm_mday, months[tm.tm_mon % 12],
	    tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
	memcpy(buf, tmp, 31);
	buf[31] = '\0';
}

/* --- the body ------------------------------------------------------------ */

/*
 * One line of the body (without its line end), quoted-printable with
 * soft breaks at MAILMSG_QP_LINE.  A "." or "From " at the start of an
 * output line and a space or TAB at the end of an input line are encoded.
 */
static void
mm_qp_line(struct mm_buf *b, const unsigned char *s, size_t n)
{
	static const char	 hex[] = "0123456789ABCDEF";
	char			 tok[3];
	size_t			 i, col = 0, len;
	int			 enc, last;

	for (i = 0; i < n; i++) {
		last = i + 1 == n;
		enc = !(s[i] >= 33 && s[i] <= 126 && s[i] != '=') &&
		    !((s[i] == ' ' || s[i] == '\t') && !last);
		len = enc ? 3 : 1;
		/* Room for the soft break's "=", except on the last token. */
		if (col + len > MAILMSG_QP_LINE - 1 &&
		    !(last && col + len <= MAILMSG_QP_LINE)) {
			mm_puts(b, "=\r\n");
			col = 0;
		}
		if (col == 0 && !enc && (s[i] == '.' ||
		    (n - i >= 5 && memcmp(s + i, "From ", 5) == 0))) {
			enc = 1;
			len = 3;
		}
		if (enc) {
			tok[0] = '=';
			tok[1] = hex[s[i] >> 4];
			tok[2] = hex[s[i] & 15];
			mm_put(b, tok, 3);
		} else
			mm_put(b, (const char *)s + i, 1);
		col += len;
	}
	mm_puts(b, "\r\n");
}

static void
mm_qp_body(struct mm_buf *b, const char *body)
{
	const unsigned char	*s = (const unsigned char *)body;
	size_t			 n = strlen(body), i = 0, end;

	while (i < n) {
		end = i;
		while (end < n && s[end] != '\n')
			end++;
		/* CRLF or LF ends a line (a lone CR was refused). */
		mm_qp_line(b, s + i, end > i && s[end - 1] == '\r' ? end - i - 1 :
		    end - i);
		i = end + 1;
	}
}

/* Valid UTF-8 and every CR followed by LF. */
static int
mm_body_ok(const char *body)
{
	size_t	 n = strlen(body), i;
	int	 ok = n <= MAILMSG_BODY_MAX && mm_utf8_ok(body, n, 0);

	for (i = 0; ok && i < n; i++)
		ok = body[i] != '\r' || body[i + 1] == '\n';
	return ok;
}

static int
mm_id_ok(const char *id)
{
	size_t	 n = id != NULL ? strlen(id) : 0, i;
	int	 ok = n >= 16 && n <= MAILMSG_ID_MAX;

	for (i = 0; ok && i < n; i++)
		ok = mm_alnum((unsigned char)id[i]);
	return ok;
}

const char *
mailmsg_strerror(enum mailmsg_err e)
{
	switch (e) {
	case MAILMSG_OK:	return "ok";
	case MAILMSG_EFROM:	return "sender address or name refused";
	case MAILMSG_ETO:	return "recipient address refused";
	case MAILMSG_ESUBJECT:	return "subject refused";
	case MAILMSG_EBODY:	return "body refused";
	case MAILMSG_EID:	return "message id refused";
	case MAILMSG_ENOMEM:	return "out of memory";
	}
	return "unknown error";
}

enum mailmsg_err
mailmsg_build(const struct mailmsg *m, char **out, size_t *outlen,
    char msgid[MAILMSG_MSGID_MAX])
{
	struct mm_buf		 b = { NULL, 0, 0, 0 };
	enum mailmsg_err	 e = MAILMSG_OK;
	char			 date[32];

	*out = NULL;
	*outlen = 0;
	msgid[0] = '\0';
	if (!mailmsg_addr_ok(m->from) || (m->from_name != NULL &&
	    (strlen(m->from_name) > MAILMSG_NAME_MAX ||
	    !mailmsg_text_ok(m->from_name))))
		e = MAILMSG_EFROM;
	else if (!mailmsg_addr_ok(m->to))
		e = MAILMSG_ETO;
	else if (m->subject == NULL || strlen(m->subject) > MAILMSG_SUBJECT_MAX ||
	    !mailmsg_text_ok(m->subject))
		e = MAILMSG_ESUBJECT;
	else if (m->body == NULL || !mm_body_ok(m->body))
		e = MAILMSG_EBODY;
	else if (!mm_id_ok(m->id))
		e = MAILMSG_EID;
	if (e == MAILMSG_OK) {
		snprintf(msgid, MAILMSG_MSGID_MAX, "<%s@%s>", m->id,
		    strchr(m->from, '@') + 1);
		mailmsg_date(m->date, date);
		mm_puts(&b, "Date: ");
		mm_puts(&b, date);
		mm_puts(&b, "\r\n");
		mm_from(&b, m->from_name, m->from);
		mm_puts(&b, "To: <");
		mm_puts(&b, m->to);
		mm_puts(&b, ">\r\n");
		mm_header_text(&b, "Subject", m->subject);
		mm_puts(&b, "Message-ID: ");
		mm_puts(&b, msgid);
		mm_puts(&b, "\r\nMIME-Version: 1.0\r\n"
		    "Content-Type: text/plain; charset=UTF-8\r\n"
		    "Content-Transfer-Encoding: quoted-printable\r\n"
		    "Auto-Submitted: auto-generated\r\n"
		    "X-Auto-Response-Suppress: All\r\n"
		    "\r\n");
		mm_qp_body(&b, m->body);
		if (b.oom) {
			e = MAILMSG_ENOMEM;
			msgid[0] = '\0';
			free(b.p);
		} else {
			*out = b.p;
			*outlen = b.n;
		}
	}
	return e;
}
