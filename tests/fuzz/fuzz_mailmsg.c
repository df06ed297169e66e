/*
 * fuzz_mailmsg: the mail builder (mailmsg_build) and the address rule
 * (mailmsg_addr_ok), which see addresses typed by recipients and staff,
 * subjects with their case numbers and grant names, and bodies.
 *
 * The input is up to four parts split at NUL bytes: the recipient, the
 * sender's display name, the subject and the body.
 *
 * Checked: an address taken is ASCII atext, dots and one "@", within
 * 254 bytes.  A message built is 7-bit, every line ends in CRLF, the
 * header is exactly the fields mailmsg writes, once each and in order
 * (so nothing was injected), no line passes 998 and no body line 76, no
 * body line begins with "." or "From ", the subject and the body decode
 * (RFC 2047, quoted-printable) to what was given, and the Message-ID is
 * the one given.  A message refused is refused for the right part.
 */
#include "fuzz.h"

#include "mailmsg.h"

#define FM_FROM		"frist@example.dk"
#define FM_ID		"abcdefghijklmnop1234"

static int
fm_hex(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static int
fm_b64(int c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}

/* Base64 of s[0..n) appended to o; the length written, or -1. */
static long
fm_unb64(const char *s, size_t n, char *o)
{
	size_t		 i;
	uint32_t	 acc = 0;
	int		 bits = 0, v;
	long		 k = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '=')
			break;
		if ((v = fm_b64((unsigned char)s[i])) < 0)
			return -1;
		acc = (acc << 6) | (uint32_t)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			o[k++] = (char)((acc >> bits) & 0xff);
		}
	}
	return k;
}

/*
 * The unfolded value of a header (after "Name: ") decoded: plain text as
 * it is, or encoded-words, one after another, with the folding between
 * them dropped.  Into o (room for the value's length); -1 if malformed.
 */
static long
fm_unheader(const char *v, size_t n, char *o)
{
	char		*u;
	size_t		 i, m = 0, j, e;
	long		 k = 0, w;

	u = malloc(n + 1);
	FUZZ_CHECK(u != NULL);
	for (i = 0; i < n; i++) {
		if (v[i] == '\r' && i + 2 < n && v[i + 1] == '\n' &&
		    v[i + 2] == ' ') {
			i++;		/* unfold: the CRLF goes, the space stays */
			continue;
		}
		u[m++] = v[i];
	}
	u[m] = '\0';
	if (strncmp(u, "=?UTF-8?B?", 10) != 0) {
		memcpy(o, u, m);
		k = (long)m;
		goto out;
	}
	for (i = 0; i < m; ) {
		if (strncmp(u + i, "=?UTF-8?B?", 10) != 0) {
			k = -1;
			goto out;
		}
		i += 10;
		for (j = i; j + 1 < m && !(u[j] == '?' && u[j + 1] == '='); j++)
			;
		if (j + 1 >= m) {
			k = -1;
			goto out;
		}
		e = j;
		if ((w = fm_unb64(u + i, e - i, o + k)) < 0) {
			k = -1;
			goto out;
		}
		k += w;
		i = e + 2;
		if (i < m && u[i] == ' ')	/* between two words */
			i++;
	}
out:
	free(u);
	return k;
}

/* The body as the message must carry it: CRLF line ends, a last one. */
static char *
fm_expect_body(const char *b, size_t *len)
{
	size_t	 n = strlen(b), i, k = 0;
	char	*o;

	o = malloc(2 * n + 3);
	FUZZ_CHECK(o != NULL);
	for (i = 0; i < n; i++) {
		if (b[i] == '\r' && b[i + 1] == '\n')
			continue;
		if (b[i] == '\n')
			o[k++] = '\r';
		o[k++] = b[i];
	}
	if (k > 0 && o[k - 1] != '\n') {
		o[k++] = '\r';
		o[k++] = '\n';
	}
	*len = k;
	return o;
}

static void
fm_check_addr(const char *a)
{
	size_t	 i, at = 0;

	if (!mailmsg_addr_ok(a))
		return;
	FUZZ_CHECK(strlen(a) >= 3 && strlen(a) <= MAILMSG_ADDR_MAX);
	for (i = 0; a[i] != '\0'; i++) {
		FUZZ_CHECK(a[i] > 0x20 && a[i] < 0x7f);
		FUZZ_CHECK(strchr("<>()[]\\,;:\" ", a[i]) == NULL);
		at += a[i] == '@';
	}
	FUZZ_CHECK(at == 1);
	FUZZ_CHECK(a[0] != '@' && a[0] != '.');
}

static void
fm_check_msg(const struct mailmsg *m, const char *out, size_t len,
    const char *msgid)
{
	static const char *const names[] = { "Date", "From", "To", "Subject",
	    "Message-ID", "MIME-Version", "Content-Type",
	    "Content-Transfer-Encoding", "Auto-Submitted",
	    "X-Auto-Response-Suppress" };
	const char	*p = out, *end = out + len, *eol, *hdr_end, *s;
	char		*got, *want, *dec;
	size_t		 nf = 0, ll, wlen, k = 0;
	long		 n;
	int		 body = 0, h;

	FUZZ_CHECK(len > 0 && strlen(out) == len);
	FUZZ_CHECK(strcmp(msgid, "<" FM_ID "@example.dk>") == 0);
	/* Lines: CRLF, 7-bit, lengths; the header's fields in order. */
	while (p < end) {
		eol = memchr(p, '\n', (size_t)(end - p));
		FUZZ_CHECK(eol != NULL);
		FUZZ_CHECK(eol > out && eol[-1] == '\r');
		ll = (size_t)(eol - 1 - p);
		for (s = p; s < eol - 1; s++)
			FUZZ_CHECK((*s >= 0x20 && *s < 0x7f) ||
			    (body && *s == '\t'));
		FUZZ_CHECK(ll <= 998);
		if (body) {
			FUZZ_CHECK(ll <= MAILMSG_QP_LINE);
			FUZZ_CHECK(ll == 0 || p[0] != '.');
			FUZZ_CHECK(ll < 5 || memcmp(p, "From ", 5) != 0);
		} else if (ll == 0) {
			body = 1;
		} else if (p[0] != ' ') {
			FUZZ_CHECK(nf < sizeof(names) / sizeof(names[0]));
			FUZZ_CHECK(strncmp(p, names[nf], strlen(names[nf])) ==
			    0 && p[strlen(names[nf])] == ':');
			nf++;
		} else
			FUZZ_CHECK(nf > 0);	/* a continuation */
		p = eol + 1;
	}
	FUZZ_CHECK(body && nf == sizeof(names) / sizeof(names[0]));

	/* The subject, unfolded and decoded. */
	s = strstr(out, "\r\nSubject: ");
	FUZZ_CHECK(s != NULL);
	s += 11;
	hdr_end = strstr(s, "\r\nMessage-ID: ");
	FUZZ_CHECK(hdr_end != NULL);
	dec = malloc((size_t)(hdr_end - s) + 1);
	FUZZ_CHECK(dec != NULL);
	n = fm_unheader(s, (size_t)(hdr_end - s), dec);
	FUZZ_CHECK(n >= 0 && (size_t)n == strlen(m->subject) &&
	    memcmp(dec, m->subject, (size_t)n) == 0);
	free(dec);

	/* The body, quoted-printable decoded. */
	s = strstr(out, "\r\n\r\n");
	FUZZ_CHECK(s != NULL);
	s += 4;
	got = malloc((size_t)(end - s) + 1);
	FUZZ_CHECK(got != NULL);
	for (; s < end; s++) {
		if (*s == '=' && s + 2 < end && s[1] == '\r' && s[2] == '\n') {
			s += 2;		/* a soft break */
			continue;
		}
		if (*s == '=') {
			FUZZ_CHECK(s + 2 < end);
			h = fm_hex((unsigned char)s[1]);
			FUZZ_CHECK(h >= 0 && fm_hex((unsigned char)s[2]) >= 0);
			got[k++] = (char)(h * 16 + fm_hex((unsigned char)s[2]));
			s += 2;
			continue;
		}
		/* Trailing white space would be lost in transport. */
		if (*s == ' ' || *s == '\t')
			FUZZ_CHECK(s + 1 < end && s[1] != '\r');
		got[k++] = *s;
	}
	want = fm_expect_body(m->body, &wlen);
	FUZZ_CHECK(k == wlen && memcmp(got, want, k) == 0);
	free(want);
	free(got);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mailmsg		 m;
	enum mailmsg_err	 e;
	char			*buf, *part[4], *out = NULL;
	char			 msgid[MAILMSG_MSGID_MAX];
	size_t			 i, np = 1, outlen = 99;

	/* Exactly the input and a NUL on the heap, so ASan sees overreads. */
	buf = malloc(size + 1);
	FUZZ_CHECK(buf != NULL);
	memcpy(buf, data, size);
	buf[size] = '\0';
	part[0] = buf;
	for (i = 0; i < size && np < 4; i++)
		if (buf[i] == '\0')
			part[np++] = buf + i + 1;
	for (i = np; i < 4; i++)
		part[i] = NULL;

	fm_check_addr(part[0]);
	memset(&m, 0, sizeof(m));
	m.from = FM_FROM;
	m.from_name = part[1];
	m.to = part[0];
	m.subject = part[2] != NULL ? part[2] : "Emne";
	m.body = part[3] != NULL ? part[3] : "Tekst\n";
	m.date = (time_t)1796342400;	/* 2026-12-04 */
	m.id = FM_ID;
	e = mailmsg_build(&m, &out, &outlen, msgid);
	if (e == MAILMSG_OK) {
		FUZZ_CHECK(out != NULL);
		fm_check_msg(&m, out, outlen, msgid);
	} else {
		FUZZ_CHECK(out == NULL && outlen == 0 && msgid[0] == '\0');
		FUZZ_CHECK(e != MAILMSG_EID && e != MAILMSG_ENOMEM);
		FUZZ_CHECK(mailmsg_strerror(e) != NULL);
		/* Refused for the first part that is wrong. */
		if (e == MAILMSG_EFROM)
			FUZZ_CHECK(m.from_name != NULL &&
			    (strlen(m.from_name) > MAILMSG_NAME_MAX ||
			    !mailmsg_text_ok(m.from_name)));
		if (e == MAILMSG_ETO)
			FUZZ_CHECK(!mailmsg_addr_ok(m.to));
		if (e == MAILMSG_ESUBJECT)
			FUZZ_CHECK(mailmsg_addr_ok(m.to) &&
			    (strlen(m.subject) > MAILMSG_SUBJECT_MAX ||
			    !mailmsg_text_ok(m.subject)));
		if (e == MAILMSG_EBODY)
			FUZZ_CHECK(mailmsg_addr_ok(m.to) &&
			    mailmsg_text_ok(m.subject));
	}
	free(out);
	free(buf);
	return 0;
}
