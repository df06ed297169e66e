/*
 * Unit tests for mailmsg.c and outbox_check(): addresses, the message's
 * headers (one of each, in CRLF lines within 78 characters, no way to add
 * one), the subject's encoded-words and folding, the quoted-printable
 * body (decoded again, byte for byte, for long lines, æøå, dots, "From ",
 * trailing blanks, CRLF and random text), and the kind list against the
 * CHECK of sql/025_outbox.sql.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "mailmsg.h"
#include "outbox.h"
#include "srcfile.h"

Suite	*mailmsg_suite(void);

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define ID		"0123456789abcdefABCDEF0123456789"

/* --- addresses ----------------------------------------------------------- */

static const char *const good_addrs[] = {
	"a@b.dk", "anne.hansen@kommune.dk", "x+tag@sub.domain.example.org",
	"o'brien@example.com", "a!#$%&'*+-/=?^_`{|}~@example.dk",
	"1@2.dk", "a@b-c.dk", "a@xn--5cab8c.dk", "A@EXAMPLE.DK",
	/* 64 in the local part, 63 in a label */
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@b.dk",
	"a@bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.dk",
};

static const char *const bad_addrs[] = {
	"", "a", "@b.dk", "a@", "a@b", "a@@b.dk", "a@b@c.dk", ".a@b.dk",
	"a.@b.dk", "a..b@c.dk", "a b@c.dk", "\"a\"@b.dk", "a@[127.0.0.1]",
	"a@127.0.0.1", "a@-b.dk", "a@b-.dk", "a@b..dk", "a@.b.dk", "a@b.dk.",
	"a@b_c.dk", "æ@b.dk", "a@æøå.dk", "a@b.dk\r\nBcc: c@d.dk",
	"a@b.dk\n", "a\r@b.dk", "<a@b.dk>", "a@b.dk>", "a(x)@b.dk", "a,b@c.dk",
	"a;b@c.dk", "a\\b@c.dk", "a@b\x01.dk",
	/* 65 in the local part, 64 in a label */
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@b.dk",
	"a@bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.dk",
};

START_TEST(test_addr)
{
	char	 longa[400];
	size_t	 i;

	for (i = 0; i < NELEM(good_addrs); i++)
		ck_assert_msg(mailmsg_addr_ok(good_addrs[i]), "%s refused",
		    good_addrs[i]);
	for (i = 0; i < NELEM(bad_addrs); i++)
		ck_assert_msg(!mailmsg_addr_ok(bad_addrs[i]), "%s taken",
		    bad_addrs[i]);
	ck_assert(!mailmsg_addr_ok(NULL));
	/* 254 in all is the limit. */
	memset(longa, 0, sizeof(longa));
	strcpy(longa, "a@");
	for (i = 2; i + 4 < 254; i += 4)
		memcpy(longa + i, "bbb.", 4);
	while (strlen(longa) < 251)
		strcat(longa, "b");
	strcat(longa, ".dk");
	ck_assert_uint_eq(strlen(longa), 254);
	ck_assert(mailmsg_addr_ok(longa));
	strcat(longa, "k");
	ck_assert(!mailmsg_addr_ok(longa));
}
END_TEST

/* --- decoding what was built --------------------------------------------- */

struct parsed {
	char	*head;		/* the header, unfolded, LF-separated */
	char	*body;		/* QP-decoded, CRLF line ends */
	int	 nhead;
};

static int
hexv(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Checks the form of every line, then splits and decodes the message. */
static void
parse(const char *msg, size_t len, struct parsed *p)
{
	const char	*sep = strstr(msg, "\r\n\r\n"), *s, *e;
	size_t		 i, col = 0, hn;
	char		*o;
	int		 inbody = 0;

	ck_assert_ptr_nonnull(sep);
	ck_assert_uint_eq(strlen(msg), len);
	/* CRLF only, lines within limits, no line starting with '.'. */
	for (i = 0; i < len; i++) {
		if (msg + i == sep + 2)
			inbody = 1;
		if (msg[i] == '\n') {
			ck_assert_msg(i > 0 && msg[i - 1] == '\r', "bare LF at %zu", i);
			col = 0;
			continue;
		}
		if (msg[i] == '\r') {
			ck_assert_msg(msg[i + 1] == '\n', "bare CR at %zu", i);
			continue;
		}
		ck_assert_msg((unsigned char)msg[i] < 0x80 && msg[i] != '\0',
		    "8-bit byte at %zu", i);
		if (col == 0 && inbody)
			ck_assert_msg(msg[i] != '.' && strncmp(msg + i, "From ", 5),
			    "a body line starts with '.' or 'From '");
		col++;
		ck_assert_msg(col <= (inbody ? MAILMSG_QP_LINE : 78u),
		    "line too long at %zu", i);
	}
	/* The header, unfolded. */
	hn = (size_t)(sep - msg);
	p->head = calloc(1, hn + 2);
	p->nhead = 1;
	for (i = 0, o = p->head; i < hn; i++) {
		if (msg[i] == '\r' && (msg[i + 2] == ' ' || msg[i + 2] == '\t')) {
			i++;
			continue;
		}
		if (msg[i] == '\r') {
			*o++ = '\n';
			p->nhead++;
			i++;
			continue;
		}
		*o++ = msg[i];
	}
	/* The body, QP-decoded. */
	p->body = calloc(1, len);
	o = p->body;
	for (s = sep + 4; *s; s = e + 2) {
		e = strstr(s, "\r\n");
		ck_assert_ptr_nonnull(e);
		for (; s < e; s++) {
			if (*s == '=' && s + 1 == e)
				break;			/* soft break */
			if (*s == '=') {
				ck_assert(hexv(s[1]) >= 0 && hexv(s[2]) >= 0);
				*o++ = (char)(hexv(s[1]) * 16 + hexv(s[2]));
				s += 2;
			} else
				*o++ = *s;
		}
		if (s == e) {
			*o++ = '\r';
			*o++ = '\n';
		}
	}
}

static void
parsed_free(struct parsed *p)
{
	free(p->head);
	free(p->body);
}

/* The value of header name (unfolded), or NULL; counts how many. */
static const char *
header(const struct parsed *p, const char *name, int *count, char *buf,
    size_t sz)
{
	const char	*s = p->head, *e;
	size_t		 n = strlen(name);
	const char	*found = NULL;

	*count = 0;
	while (*s) {
		e = strchr(s, '\n');
		if (e == NULL)
			e = s + strlen(s);
		if ((size_t)(e - s) > n + 1 && strncmp(s, name, n) == 0 &&
		    s[n] == ':' && s[n + 1] == ' ') {
			(*count)++;
			snprintf(buf, sz, "%.*s", (int)(e - s - n - 2), s + n + 2);
			found = buf;
		}
		s = *e ? e + 1 : e;
	}
	return found;
}

static int
b64v(int c)
{
	const char	*t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const char	*p = c ? strchr(t, c) : NULL;

	return p ? (int)(p - t) : -1;
}

/* RFC 2047 B-words separated by blanks, decoded; or the text as it is. */
static void
decode_words(const char *v, char *out, size_t sz)
{
	size_t		 o = 0;
	uint32_t	 acc;
	int		 bits, x;
	const char	*e;

	if (strncmp(v, "=?UTF-8?B?", 10) != 0) {
		snprintf(out, sz, "%s", v);
		return;
	}
	while (*v) {
		ck_assert_msg(strncmp(v, "=?UTF-8?B?", 10) == 0, "not a word: %s", v);
		v += 10;
		e = strstr(v, "?=");
		ck_assert_ptr_nonnull(e);
		ck_assert_uint_le((size_t)(e - v) + 12, 75);	/* RFC 2047 */
		acc = 0;
		bits = 0;
		for (; v < e; v++) {
			if (*v == '=')
				continue;
			x = b64v(*v);
			ck_assert_int_ge(x, 0);
			acc = (acc << 6) | (uint32_t)x;
			bits += 6;
			if (bits >= 8) {
				bits -= 8;
				ck_assert_uint_lt(o + 1, sz);
				out[o++] = (char)((acc >> bits) & 0xff);
			}
		}
		v = e + 2;
		while (*v == ' ')
			v++;
	}
	out[o] = '\0';
}

/* The body as it should come back: every line ended by CRLF. */
static char *
normalized(const char *body)
{
	size_t	 n = strlen(body), i, o = 0;
	char	*out = malloc(2 * n + 3);

	for (i = 0; i < n; i++) {
		if (body[i] == '\r')
			continue;
		if (body[i] == '\n') {
			out[o++] = '\r';
			out[o++] = '\n';
		} else
			out[o++] = body[i];
	}
	if (o > 0 && out[o - 1] != '\n') {
		out[o++] = '\r';
		out[o++] = '\n';
	}
	out[o] = '\0';
	return out;
}

/* Builds, checks every header once, returns the parsed message. */
static void
build_ok(const char *subject, const char *body, struct parsed *p)
{
	struct mailmsg	 m = { "frist@styrelsen.dk", "Demostyrelsen",
	    "anne@kommune.dk", subject, body, 1796000000, ID };
	char		*out, msgid[MAILMSG_MSGID_MAX], buf[4096], dec[4096];
	size_t		 len;
	int		 n;
	size_t		 i;
	char		*want;
	static const char *const once[] = { "Date", "From", "To", "Subject",
	    "Message-ID", "MIME-Version", "Content-Type",
	    "Content-Transfer-Encoding", "Auto-Submitted" };

	ck_assert_int_eq(mailmsg_build(&m, &out, &len, msgid), MAILMSG_OK);
	parse(out, len, p);
	for (i = 0; i < NELEM(once); i++) {
		header(p, once[i], &n, buf, sizeof(buf));
		ck_assert_msg(n == 1, "%s %d times", once[i], n);
	}
	ck_assert_str_eq(header(p, "Date", &n, buf, sizeof(buf)),
	    "Mon, 30 Nov 2026 00:53:20 +0000");
	ck_assert_str_eq(header(p, "From", &n, buf, sizeof(buf)),
	    "Demostyrelsen <frist@styrelsen.dk>");
	ck_assert_str_eq(header(p, "To", &n, buf, sizeof(buf)),
	    "<anne@kommune.dk>");
	ck_assert_str_eq(header(p, "Message-ID", &n, buf, sizeof(buf)),
	    "<" ID "@styrelsen.dk>");
	ck_assert_str_eq(msgid, "<" ID "@styrelsen.dk>");
	ck_assert_str_eq(header(p, "Content-Type", &n, buf, sizeof(buf)),
	    "text/plain; charset=UTF-8");
	ck_assert_str_eq(header(p, "Content-Transfer-Encoding", &n, buf,
	    sizeof(buf)), "quoted-printable");
	ck_assert_str_eq(header(p, "Auto-Submitted", &n, buf, sizeof(buf)),
	    "auto-generated");
	ck_assert_str_eq(header(p, "MIME-Version", &n, buf, sizeof(buf)), "1.0");
	decode_words(header(p, "Subject", &n, buf, sizeof(buf)), dec, sizeof(dec));
	ck_assert_str_eq(dec, subject);
	want = normalized(body);
	ck_assert_str_eq(p->body, want);
	free(want);
	free(out);
}

/* --- the tests ----------------------------------------------------------- */

START_TEST(test_headers)
{
	struct parsed	 p;
	char		 buf[512];
	int		 n;

	build_ok("Påmindelse: statusrapport", "Hej\n", &p);
	ck_assert_ptr_nonnull(strstr(p.head, "Subject: =?UTF-8?B?"));
	parsed_free(&p);
	/* Plain ASCII stays readable. */
	build_ok("Reminder: status report", "x", &p);
	ck_assert_str_eq(header(&p, "Subject", &n, buf, sizeof(buf)),
	    "Reminder: status report");
	parsed_free(&p);
	/* Something that would read as an encoded-word is encoded. */
	build_ok("=?UTF-8?B?QQ==?=", "x", &p);
	ck_assert_ptr_null(strstr(p.head, "Subject: =?UTF-8?B?QQ==?="));
	parsed_free(&p);
	build_ok("", "", &p);
	parsed_free(&p);
}
END_TEST

START_TEST(test_subject_long)
{
	struct parsed	 p;
	char		 s[MAILMSG_SUBJECT_MAX + 2];
	size_t		 i;

	/* Words: folded at blanks, unfolded to the same text. */
	s[0] = '\0';
	while (strlen(s) + 12 < MAILMSG_SUBJECT_MAX)
		strcat(s, "statusrapp  ");
	build_ok(s, "x", &p);
	parsed_free(&p);
	/* One long word: encoded-words. */
	memset(s, 'a', 300);
	s[300] = '\0';
	build_ok(s, "x", &p);
	parsed_free(&p);
	/* æøå to the limit: many words, no character split. */
	s[0] = '\0';
	for (i = 0; i + 7 <= MAILMSG_SUBJECT_MAX; i += 7)
		strcat(s, "æøå ");
	build_ok(s, "x", &p);
	parsed_free(&p);
	/* 4-byte characters across word boundaries. */
	s[0] = '\0';
	for (i = 0; i + 5 <= MAILMSG_SUBJECT_MAX; i += 5)
		strcat(s, "a\xf0\x9f\x98\x80");
	build_ok(s, "x", &p);
	parsed_free(&p);
}
END_TEST

static enum mailmsg_err
build_err(const char *from, const char *name, const char *to,
    const char *subject, const char *body, const char *id)
{
	struct mailmsg		 m = { from, name, to, subject, body, 0, id };
	char			*out = (char *)1, msgid[MAILMSG_MSGID_MAX];
	size_t			 len = 1;
	enum mailmsg_err	 e;

	e = mailmsg_build(&m, &out, &len, msgid);
	if (e != MAILMSG_OK) {
		ck_assert_ptr_null(out);
		ck_assert_uint_eq(len, 0);
		ck_assert_str_eq(msgid, "");
	}
	free(out);
	return e;
}

START_TEST(test_refused)
{
	char	 big[MAILMSG_SUBJECT_MAX + 2];
	char	*body;

	/* Header injection: CR, LF or any control character. */
	ck_assert_int_eq(build_err("a@b.dk", NULL, "c@d.dk\r\nBcc: e@f.dk", "s",
	    "b", ID), MAILMSG_ETO);
	ck_assert_int_eq(build_err("a@b.dk", NULL, "c@d.dk", "s\r\nBcc: e@f.dk",
	    "b", ID), MAILMSG_ESUBJECT);
	ck_assert_int_eq(build_err("a@b.dk", NULL, "c@d.dk", "s\nx", "b", ID),
	    MAILMSG_ESUBJECT);
	ck_assert_int_eq(build_err("a@b.dk", NULL, "c@d.dk", "s\rx", "b", ID),
	    MAILMSG_ESUBJECT);
	ck_assert_int_eq(build_err("a@b.dk", NULL, "c@d.dk", "s\tx", "b", ID),
	    MAILMSG_ESUBJECT);
	ck_assert_int_eq(build_err("a@b.dk", NULL, "c@d.dk", "s\xc2\x85x", "b",
	    ID), MAILMSG_ESUBJECT);				/* U+0085 NEL */
	ck_assert_int_eq(build_err("a@b.dk", "Navn\r\nBcc: e@f.dk", "c@d.dk",
	    "s", "b", ID), MAILMSG_EFROM);
	ck_assert_int_eq(build_err("a@b", NULL, "c@d.dk", "s", "b", ID),
	    MAILMSG_EFROM);
	/* Not UTF-8. */
	ck_assert_int_eq(build_err("a@b.dk", NULL, "c@d.dk", "\xc3", "b", ID),
	    MAILMSG_ESUBJECT);
	ck_assert_int_eq(build_err("a@b.dk", NULL, "c@d.dk", "\xc0\xaf", "b", ID),
	    MAILMSG_ESUBJECT);
	ck_assert_int_eq(build_err("a@b.dk", NULL, "c@d.dk", "\xed\xa0\x80", "b",
	    ID), MAILMSG_ESUBJECT);
	ck_assert_int_eq(build_err("a@b.dk", NULL, "c@d.dk", "s", "\xff", ID),
	    MAILMSG_EBODY);
	/* A lone CR in the body. */
	ck_assert_int_eq(build_err("a@b.dk", NULL, "c@d.dk", "s", "a\rb", ID),
	    MAILMSG_EBODY);
	ck_assert_int_eq(build_err("a@b.dk", NULL, "c@d.dk", "s", "a\r", ID),
	    MAILMSG_EBODY);
	/* Lengths. */
	memset(big, 'a', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	ck_assert_int_eq(build_err("a@b.dk", NULL, "c@d.dk", big, "b", ID),
	    MAILMSG_ESUBJECT);
	big[MAILMSG_SUBJECT_MAX] = '\0';
	ck_assert_int_eq(build_err("a@b.dk", NULL, "c@d.dk", big, "b", ID),
	    MAILMSG_OK);
	body = malloc(MAILMSG_BODY_MAX + 2);
	memset(body, 'a', MAILMSG_BODY_MAX + 1);
	body[MAILMSG_BODY_MAX + 1] = '\0';
	ck_assert_int_eq(build_err("a@b.dk", NULL, "c@d.dk", "s", body, ID),
	    MAILMSG_EBODY);
	free(body);
	/* The Message-ID's random part. */
	ck_assert_int_eq(build_err("a@b.dk", NULL, "c@d.dk", "s", "b", "short"),
	    MAILMSG_EID);
	ck_assert_int_eq(build_err("a@b.dk", NULL, "c@d.dk", "s", "b",
	    "0123456789abcdef>"), MAILMSG_EID);
	ck_assert_int_eq(build_err("a@b.dk", NULL, "c@d.dk", "s", "b",
	    "0123456789abcdef@x"), MAILMSG_EID);
	ck_assert_int_eq(build_err("a@b.dk", NULL, "c@d.dk", "s", "b", NULL),
	    MAILMSG_EID);
	ck_assert_int_eq(build_err("a@b.dk", NULL, "c@d.dk", NULL, "b", ID),
	    MAILMSG_ESUBJECT);
	ck_assert_int_eq(build_err("a@b.dk", NULL, "c@d.dk", "s", NULL, ID),
	    MAILMSG_EBODY);
	ck_assert_str_ne(mailmsg_strerror(MAILMSG_EBODY), "ok");
}
END_TEST

START_TEST(test_body)
{
	static const char *const bodies[] = {
		"", "\n", "\n\n\n", "Hej\n", "Hej", "æøå ÆØÅ\n",
		".\n", "..\n", ".a\n.b\n", "a\n.\nb\n", "From here\nFrom\n",
		"trailing space \n", "trailing tab\t\n", "both \t\n", " \n",
		"a = b ==\n", "=\n", "=41\n", "crlf\r\nand lf\nmixed\r\n",
		"\r\n", "tab\tinside\n", "ctl\x01\x7f\n", "\xc2\x85 NEL\n",
		"no end", "€ and 😀\n",
	};
	struct parsed	 p;
	char		*b;
	size_t		 i, len;

	for (i = 0; i < NELEM(bodies); i++) {
		build_ok("s", bodies[i], &p);
		parsed_free(&p);
	}
	/* 998 and far more characters on one line; dots at the breaks. */
	for (len = 70; len <= 5000; len += len < 1000 ? 1 : 997) {
		b = malloc(len + 2);
		memset(b, len % 2 ? '.' : 'x', len);
		b[len] = '\n';
		b[len + 1] = '\0';
		build_ok("s", b, &p);
		parsed_free(&p);
		free(b);
	}
	/* æ at every offset of a long line, and blanks at the break. */
	b = malloc(8000);
	for (len = 0; len < 80; len++) {
		memset(b, ' ', len);
		b[len] = '\0';
		for (i = 0; i < 100; i++)
			strcat(b, i % 3 ? "æ" : " ");
		strcat(b, " \n");
		build_ok("s", b, &p);
		parsed_free(&p);
	}
	free(b);
}
END_TEST

/* Random valid UTF-8 text with line ends: decoded back byte for byte. */
START_TEST(test_body_random)
{
	static const uint32_t	 pick[] = { 'a', ' ', '\t', '.', '=', '\n',
	    'F', 'r', 'o', 'm', 0xe6, 0xf8, 0xe5, 0x20ac, 0x1f600, 0x7f, 1 };
	uint64_t		 x = 88172645463325252ULL;
	struct parsed		 p;
	char			*b = malloc(20000);
	size_t			 o, n, k;
	uint32_t		 c;
	int			 round;

	for (round = 0; round < 300; round++) {
		o = 0;
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		n = x % 3000;
		for (k = 0; k < n; k++) {
			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			c = pick[x % NELEM(pick)];
			if ((x >> 20) % 50 == 0)
				b[o++] = '\r', c = '\n';
			if (c < 0x80)
				b[o++] = (char)c;
			else if (c < 0x800) {
				b[o++] = (char)(0xc0 | (c >> 6));
				b[o++] = (char)(0x80 | (c & 63));
			} else if (c < 0x10000) {
				b[o++] = (char)(0xe0 | (c >> 12));
				b[o++] = (char)(0x80 | ((c >> 6) & 63));
				b[o++] = (char)(0x80 | (c & 63));
			} else {
				b[o++] = (char)(0xf0 | (c >> 18));
				b[o++] = (char)(0x80 | ((c >> 12) & 63));
				b[o++] = (char)(0x80 | ((c >> 6) & 63));
				b[o++] = (char)(0x80 | (c & 63));
			}
		}
		b[o] = '\0';
		build_ok("æ", b, &p);
		parsed_free(&p);
	}
	free(b);
}
END_TEST

START_TEST(test_from)
{
	struct mailmsg	 m = { "frist@styrelsen.dk", "Social- og Boligstyrelsen",
	    "a@b.dk", "s", "b", 0, ID };
	char		*out, msgid[MAILMSG_MSGID_MAX];
	size_t		 len;
	struct parsed	 p;
	char		 buf[256], dec[256];
	int		 n;

	ck_assert_int_eq(mailmsg_build(&m, &out, &len, msgid), MAILMSG_OK);
	parse(out, len, &p);
	ck_assert_str_eq(header(&p, "From", &n, buf, sizeof(buf)),
	    "Social- og Boligstyrelsen <frist@styrelsen.dk>");
	ck_assert_str_eq(header(&p, "Date", &n, buf, sizeof(buf)),
	    "Thu, 01 Jan 1970 00:00:00 +0000");
	parsed_free(&p);
	free(out);
	/* A name that is not atoms: encoded, the address on its own line. */
	m.from_name = "Styrelsen for Børn, \"Unge\" <og> ældre";
	ck_assert_int_eq(mailmsg_build(&m, &out, &len, msgid), MAILMSG_OK);
	parse(out, len, &p);
	header(&p, "From", &n, buf, sizeof(buf));
	*strstr(buf, " <frist@styrelsen.dk>") = '\0';
	decode_words(buf, dec, sizeof(dec));
	ck_assert_str_eq(dec, m.from_name);
	parsed_free(&p);
	free(out);
	/* No name. */
	m.from_name = NULL;
	ck_assert_int_eq(mailmsg_build(&m, &out, &len, msgid), MAILMSG_OK);
	ck_assert_ptr_nonnull(strstr(out, "\r\nFrom: <frist@styrelsen.dk>\r\n"));
	free(out);
}
END_TEST

START_TEST(test_date)
{
	char	 buf[32];

	mailmsg_date(0, buf);
	ck_assert_str_eq(buf, "Thu, 01 Jan 1970 00:00:00 +0000");
	mailmsg_date(951782400, buf);		/* a leap day */
	ck_assert_str_eq(buf, "Tue, 29 Feb 2000 00:00:00 +0000");
	mailmsg_date(1798761599, buf);
	ck_assert_str_eq(buf, "Thu, 31 Dec 2026 23:59:59 +0000");
}
END_TEST

/* The kinds and the states: the C lists and the CHECKs of outbox.kind
 * and outbox.state are the same. */
START_TEST(test_kinds)
{
#define KCODE(id, code, label, role)	code,
#define SCODE(id, code, label)		code,
	static const char *const codes[] = { MAIL_KINDS(KCODE) NULL };
	static const char *const states[] = { MAIL_STATES(SCODE) NULL };
	struct sql_tokens	 ts = { NULL, 0, 0 };
	struct sql_check	*cs;
	const struct sql_check	*c;
	size_t			 n, i;

	schema_lex(&ts);
	cs = schema_checks(&ts, &n);
	c = schema_check(cs, n, "outbox", "kind");
	codes_same_set("outbox.kind", c->codes, c->ncodes, codes, "mailkind.h");
	for (i = 0; i < MAIL_KIND__N; i++) {
		ck_assert_ptr_nonnull(mailkind_code((enum mail_kind)i));
		ck_assert_ptr_nonnull(mailkind_label(codes[i]));
	}
	ck_assert_ptr_null(mailkind_code(MAIL_KIND__N));
	ck_assert_ptr_null(mailkind_label("nope"));
	ck_assert_ptr_null(mailkind_label(NULL));
	c = schema_check(cs, n, "outbox", "state");
	codes_same_set("outbox.state", c->codes, c->ncodes, states,
	    "mailkind.h");
	for (i = 0; i < MAIL_STATE__N; i++) {
		ck_assert_str_eq(mailstate_code((enum mail_state)i), states[i]);
		ck_assert_ptr_nonnull(mailstate_label(states[i]));
	}
	ck_assert_str_eq(mailstate_label("queued"), "I kø");
	ck_assert_str_eq(mailstate_label("failed"), "Fejlet");
	ck_assert_ptr_null(mailstate_code(MAIL_STATE__N));
	ck_assert_ptr_null(mailstate_label("nope"));
	ck_assert_ptr_null(mailstate_label(NULL));
	free(cs);
	sql_tokens_free(&ts);
}
END_TEST

/* Who lists which kinds (/staff/mails): the roles a test user holds. */
static const char	*mk_held;

static int
mk_has(const char *role)
{
	char	 buf[64];

	snprintf(buf, sizeof(buf), ",%s,", role);
	return mk_held != NULL && strstr(mk_held, buf) != NULL;
}

/* The codes user (",role,role,") may list, comma-separated, into buf. */
static const char *
mk_seen(const char *held, char *buf, size_t sz)
{
	size_t	 i, n = 0;

	mk_held = held;
	buf[0] = '\0';
	for (i = 0; i < MAIL_KIND__N; i++)
		if (mailkind_visible((enum mail_kind)i, mk_has))
			n += (size_t)snprintf(buf + n, sz - n, "%s%s",
			    n > 0 ? "," : "", mailkind_code((enum mail_kind)i));
	return buf;
}

START_TEST(test_kind_roles)
{
	char	 buf[512];
	size_t	 i;

	for (i = 0; i < MAIL_KIND__N; i++) {
		const char *r = mailkind_role((enum mail_kind)i);

		ck_assert_ptr_nonnull(r);
		ck_assert_msg(strcmp(r, "admin") == 0 ||
		    strcmp(r, "grants") == 0 || strcmp(r, "whistleblower") == 0,
		    "kind %s: role %s", mailkind_code((enum mail_kind)i), r);
	}
	ck_assert_ptr_null(mailkind_role(MAIL_KIND__N));
	ck_assert_str_eq(mk_seen(",grants,", buf, sizeof(buf)),
	    "remind_before,remind_due,remind_overdue,receipt,case_returned,"
	    "case_approved,case_rejected,case_message");
	ck_assert_str_eq(mk_seen(",whistleblower,", buf, sizeof(buf)),
	    "wb_new,wb_reply,wb_deadline");
	ck_assert_str_eq(mk_seen(",grants,whistleblower,", buf, sizeof(buf)),
	    "remind_before,remind_due,remind_overdue,receipt,case_returned,"
	    "case_approved,case_rejected,case_message,wb_new,wb_reply,"
	    "wb_deadline");
	/* Administrators see every kind, the test mail and the digest too. */
	ck_assert_str_eq(mk_seen(",admin,", buf, sizeof(buf)),
	    "test,remind_before,remind_due,remind_overdue,receipt,"
	    "case_returned,case_approved,case_rejected,case_message,wb_new,"
	    "wb_reply,wb_deadline,digest");
	ck_assert_str_eq(mk_seen(",management,goals,", buf, sizeof(buf)), "");
	ck_assert_str_eq(mk_seen("", buf, sizeof(buf)), "");
	ck_assert_int_eq(mailkind_visible(MAIL_KIND__N, mk_has), 0);
}
END_TEST

START_TEST(test_outbox_check)
{
	char	 dedup[OUTBOX_DEDUP_MAX + 2];

	ck_assert_int_eq(outbox_check(MAIL_TEST, "a@b.dk", "Prøve", "Hej æøå\n",
	    "test:1"), 0);
	ck_assert_int_eq(outbox_check(MAIL_TEST, "a@b.dk", "s", "b", NULL), 0);
	ck_assert_int_eq(outbox_check(MAIL_KIND__N, "a@b.dk", "s", "b", NULL), -1);
	ck_assert_int_eq(outbox_check(MAIL_TEST, "a@b", "s", "b", NULL), -1);
	ck_assert_int_eq(outbox_check(MAIL_TEST, "a@b.dk", "s\n", "b", NULL), -1);
	ck_assert_int_eq(outbox_check(MAIL_TEST, "a@b.dk", "s", "a\rb", NULL), -1);
	ck_assert_int_eq(outbox_check(MAIL_TEST, "a@b.dk", "s", "b", ""), -1);
	memset(dedup, 'k', sizeof(dedup) - 1);
	dedup[sizeof(dedup) - 1] = '\0';
	ck_assert_int_eq(outbox_check(MAIL_TEST, "a@b.dk", "s", "b", dedup), -1);
	dedup[OUTBOX_DEDUP_MAX] = '\0';
	ck_assert_int_eq(outbox_check(MAIL_TEST, "a@b.dk", "s", "b", dedup), 0);
}
END_TEST

Suite *
mailmsg_suite(void)
{
	Suite	*s = suite_create("mailmsg");
	TCase	*tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_addr);
	tcase_add_test(tc, test_headers);
	tcase_add_test(tc, test_subject_long);
	tcase_add_test(tc, test_refused);
	tcase_add_test(tc, test_body);
	tcase_add_test(tc, test_body_random);
	tcase_add_test(tc, test_from);
	tcase_add_test(tc, test_date);
	tcase_add_test(tc, test_kinds);
	tcase_add_test(tc, test_kind_roles);
	tcase_add_test(tc, test_outbox_check);
	suite_add_tcase(s, tc);
	return s;
}
