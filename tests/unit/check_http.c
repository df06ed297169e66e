/*
 * Unit tests for the request parsers of http.c: urlencoded and multipart
 * bodies, cookies, Content-Length, status texts (and kv.c look-ups on
 * what they produce).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <check.h>

#include "http.h"
#include "kv.h"
#include "util.h"

/* Collected by check_main.c; declared here for -Wmissing-prototypes. */
Suite	*http_suite(void);

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static struct arena		 ar;
static const struct http_limits	 lim = {
	.max_body = 1 << 20,
	.max_fields = 10,
	.max_field = 100,
	.max_file = 1000,
	.max_files = 2,
};

static void
setup(void)
{
	memset(&ar, 0, sizeof(ar));
}

static void
teardown(void)
{
	arena_free(&ar);
}

/* Every error must come with a Danish explanation. */
#define ck_why(why) do {						\
	ck_assert_ptr_nonnull(why);					\
	ck_assert_msg((why)[0] != '\0', "empty error message");	\
} while (0)

/* The pair at i is key=val, and vlen agrees. */
static void
ck_pair(const struct kvlist *l, size_t i, const char *key, const char *val)
{
	ck_assert_uint_lt(i, l->n);
	ck_assert_str_eq(l->v[i].key, key);
	ck_assert_str_eq(l->v[i].val, val);
	ck_assert_uint_eq(l->v[i].vlen, strlen(val));
}

/* --- urlencoded ------------------------------------------------------- */

struct urlcase {
	const char	*in;
	int		 rc;
	size_t		 n;		/* pairs on success */
	const char	*kv[6];		/* key, value, key, value ... */
};

static const struct urlcase urlcases[] = {
	{ "", 0, 0, { NULL } },
	{ "a=1&b=2", 0, 2, { "a", "1", "b", "2" } },
	{ "a=x+y+", 0, 1, { "a", "x y " } },
	{ "x+y=1", 0, 1, { "x y", "1" } },
	{ "%C3%A6=%C3%A6%c3%b8", 0, 1, { "æ", "æø" } },
	{ "a=%41%42%2b%26%3D%25", 0, 1, { "a", "AB+&=%" } },
	{ "&&a=1&", 0, 1, { "a", "1" } },
	{ "&", 0, 0, { NULL } },
	{ "key", 0, 1, { "key", "" } },
	{ "a=", 0, 1, { "a", "" } },
	{ "a=1&key&b=", 0, 3, { "a", "1", "key", "", "b", "" } },
	{ "a=1=2", 0, 1, { "a", "1=2" } },
	{ "a=1&a=2", 0, 2, { "a", "1", "a", "2" } },
	{ "navn=Søren", 0, 1, { "navn", "Søren" } },	/* raw UTF-8 */
	{ "a=%0D%0A%09", 0, 1, { "a", "\r\n\t" } },
	{ "1=1&2=2&3=3&4=4&5=5&6=6&7=7&8=8&9=9&10=10", 0, 10,
	    { "1", "1", "2", "2", "3", "3" } },	/* exactly max_fields */
	/* bad escapes */
	{ "a=%", 400, 0, { NULL } },
	{ "a=%4", 400, 0, { NULL } },
	{ "a=%zz", 400, 0, { NULL } },
	{ "a=%4g", 400, 0, { NULL } },
	{ "a=%g4", 400, 0, { NULL } },
	{ "a=% 41", 400, 0, { NULL } },
	{ "%=1", 400, 0, { NULL } },
	{ "%zz=1", 400, 0, { NULL } },
	{ "a=1&b=%", 400, 0, { NULL } },
	/* invalid UTF-8, escaped or raw */
	{ "a=%C3%28", 400, 0, { NULL } },
	{ "a=%FF", 400, 0, { NULL } },
	{ "a=%C3", 400, 0, { NULL } },
	{ "a=%C0%AF", 400, 0, { NULL } },		/* overlong '/' */
	{ "a=%ED%A0%80", 400, 0, { NULL } },		/* surrogate */
	{ "a=%F4%90%80%80", 400, 0, { NULL } },		/* > U+10FFFF */
	{ "%FF=1", 400, 0, { NULL } },
	{ "a=\xFF", 400, 0, { NULL } },
	{ "a=\xC3\x28", 400, 0, { NULL } },
	/* NUL */
	{ "a=%00", 400, 0, { NULL } },
	{ "a=x%00y", 400, 0, { NULL } },
	{ "%00=1", 400, 0, { NULL } },
	{ "a%00b", 400, 0, { NULL } },
	/* too many fields */
	{ "1=1&2=2&3=3&4=4&5=5&6=6&7=7&8=8&9=9&10=10&11=11", 413, 0, { NULL } },
	{ "a&b&c&d&e&f&g&h&i&j&k", 413, 0, { NULL } },
};

START_TEST(test_urlencoded)
{
	const struct urlcase	*c = &urlcases[_i];
	struct kvlist		 l = { 0 };
	const char		*why = NULL;
	size_t			 i;
	int			 rc;

	rc = http_parse_urlencoded(&ar, c->in, strlen(c->in), &lim, &l, &why);
	ck_assert_msg(rc == c->rc, "\"%s\": rc %d, want %d", c->in, rc, c->rc);
	if (rc != 0) {
		ck_why(why);
		return;
	}
	ck_assert_msg(l.n == c->n, "\"%s\": %zu pairs, want %zu", c->in,
	    l.n, c->n);
	for (i = 0; i < NELEM(c->kv) / 2 && c->kv[2 * i] != NULL; i++)
		ck_pair(&l, i, c->kv[2 * i], c->kv[2 * i + 1]);
}
END_TEST

/* Only len bytes are read: the source need not be NUL-terminated. */
START_TEST(test_urlencoded_len)
{
	static const char	 src[] = "a=1&b=2&c=3";
	struct kvlist		 l = { 0 };
	const char		*why = NULL;

	ck_assert_int_eq(http_parse_urlencoded(&ar, src, 7, &lim, &l, &why), 0);
	ck_assert_uint_eq(l.n, 2);
	ck_pair(&l, 0, "a", "1");
	ck_pair(&l, 1, "b", "2");
	/* The source is not modified (values are decoded in a copy). */
	ck_assert_str_eq(src, "a=1&b=2&c=3");
}
END_TEST

/* Raw NUL bytes are refused, not silently cut off. */
START_TEST(test_urlencoded_nul)
{
	static const char	 a[] = "a=1\0x&b=2", b[] = "a\0=evil&b=2";
	struct kvlist		 l = { 0 };
	const char		*why = NULL;

	ck_assert_int_eq(http_parse_urlencoded(&ar, a, sizeof(a) - 1, &lim,
	    &l, &why), 400);
	ck_assert_ptr_nonnull(why);
	ck_assert_int_gt((int)strlen(why), 0);
	ck_assert_int_eq(http_parse_urlencoded(&ar, b, sizeof(b) - 1, &lim,
	    &l, &why), 400);
}
END_TEST

START_TEST(test_urlencoded_field_len)
{
	struct kvlist	 l = { 0 };
	const char	*why = NULL;
	char		 buf[512], want[128];
	size_t		 i;

	/* Exactly max_field bytes (after decoding) is allowed ... */
	memcpy(buf, "v=", 2);
	for (i = 0; i < lim.max_field; i++)
		memcpy(buf + 2 + 3 * i, "%41", 3);
	buf[2 + 3 * lim.max_field] = '\0';
	memset(want, 'A', lim.max_field);
	want[lim.max_field] = '\0';
	ck_assert_int_eq(http_parse_urlencoded(&ar, buf, strlen(buf), &lim,
	    &l, &why), 0);
	ck_assert_uint_eq(l.n, 1);
	ck_pair(&l, 0, "v", want);

	/* ... one more is not. */
	memset(&l, 0, sizeof(l));
	memset(buf + 2, 'x', lim.max_field + 1);
	buf[2 + lim.max_field + 1] = '\0';
	ck_assert_int_eq(http_parse_urlencoded(&ar, buf, strlen(buf), &lim,
	    &l, &why), 413);
	ck_why(why);

	/* Two-byte characters count as bytes. */
	memset(&l, 0, sizeof(l));
	why = NULL;
	buf[2] = '\0';
	for (i = 0; i < 51; i++)
		strcat(buf, "æ");
	ck_assert_int_eq(http_parse_urlencoded(&ar, buf, strlen(buf), &lim,
	    &l, &why), 413);
	ck_why(why);
}
END_TEST

/* The limit counts pairs already in the list. */
START_TEST(test_urlencoded_append)
{
	struct kvlist	 l = { 0 };
	const char	*why = NULL;
	const char	*s1 = "a=1&b=2&c=3&d=4&e=5", *s2 = "f=6&g=7&h=8&i=9&j=10";

	ck_assert_int_eq(http_parse_urlencoded(&ar, s1, strlen(s1), &lim, &l,
	    &why), 0);
	ck_assert_int_eq(http_parse_urlencoded(&ar, s2, strlen(s2), &lim, &l,
	    &why), 0);
	ck_assert_uint_eq(l.n, 10);
	ck_assert_str_eq(kv_str(&l, "a"), "1");
	ck_assert_str_eq(kv_str(&l, "j"), "10");
	ck_assert_int_eq(http_parse_urlencoded(&ar, "k=1", 3, &lim, &l,
	    &why), 413);
	ck_why(why);
}
END_TEST

/* --- multipart -------------------------------------------------------- */

#define CT	"multipart/form-data; boundary=XyZ"
#define CD	"Content-Disposition: form-data; "

struct mp {
	struct kvlist	 form;
	struct http_req	 req;
	const char	*why;
	int		 rc;
};

/* Parses a copy of body[0..len) (the parser may write into it). */
static void
mp_parse(struct mp *m, const char *ctype, const char *body, size_t len)
{
	char	*copy;

	memset(m, 0, sizeof(*m));
	m->req.ar = &ar;
	copy = arena_alloc(&ar, len + 1);
	memcpy(copy, body, len);
	m->rc = http_parse_multipart(&ar, ctype, copy, len, &lim, &m->form,
	    &m->req, &m->why);
}

/* For string literals that may hold NUL bytes. */
#define MP(m, ctype, lit)	mp_parse((m), (ctype), (lit), sizeof(lit) - 1)

START_TEST(test_mp_text)
{
	struct mp	 m;

	MP(&m, CT,
	    "--XyZ\r\n"
	    CD "name=\"a\"\r\n"
	    "\r\n"
	    "hej\r\n"
	    "--XyZ\r\n"
	    CD "name=\"b\"\r\n"
	    "Content-Type: text/plain; charset=utf-8\r\n"
	    "\r\n"
	    "linje 1\r\nlinje 2 æøå -- XyZ --XyZ\r\n"
	    "--XyZ\r\n"
	    "content-disposition: form-data; name=\"tom\"\r\n"
	    "\r\n"
	    "\r\n"
	    "--XyZ--\r\n");
	ck_assert_int_eq(m.rc, 0);
	/* A form that parses leaves no reason behind for a later error. */
	ck_assert_ptr_null(m.why);
	ck_assert_uint_eq(m.form.n, 3);
	ck_assert_uint_eq(m.req.nfiles, 0);
	ck_pair(&m.form, 0, "a", "hej");
	ck_pair(&m.form, 1, "b", "linje 1\r\nlinje 2 æøå -- XyZ --XyZ");
	ck_pair(&m.form, 2, "tom", "");
	ck_assert_str_eq(kv_str(&m.form, "b"),
	    "linje 1\r\nlinje 2 æøå -- XyZ --XyZ");
}
END_TEST

START_TEST(test_mp_file)
{
	static const char data[] = "A\0B\r\nC--XyZ\r\n";
	struct mp	 m;

	MP(&m, CT,
	    "--XyZ\r\n"
	    CD "name=\"t\"\r\n"
	    "\r\n"
	    "x\r\n"
	    "--XyZ\r\n"
	    CD "name=\"up\"; filename=\"C:\\dir\\a.txt\"\r\n"
	    "Content-Type: text/plain\r\n"
	    "\r\n"
	    "A\0B\r\nC--XyZ\r\n"
	    "\r\n--XyZ\r\n"
	    CD "name=\"up2\"; filename=\"../../etc/bilag æ.pdf\"\r\n"
	    "\r\n"
	    "\0"
	    "\r\n--XyZ--");
	ck_assert_int_eq(m.rc, 0);
	ck_assert_uint_eq(m.form.n, 1);
	ck_pair(&m.form, 0, "t", "x");
	ck_assert_ptr_null(kv_get(&m.form, "up"));
	ck_assert_uint_eq(m.req.nfiles, 2);

	ck_assert_str_eq(m.req.files[0].field, "up");
	ck_assert_str_eq(m.req.files[0].filename, "a.txt");
	ck_assert_str_eq(m.req.files[0].ctype, "text/plain");
	ck_assert_uint_eq(m.req.files[0].len, sizeof(data) - 1);
	ck_assert_mem_eq(m.req.files[0].data, data, sizeof(data) - 1);

	ck_assert_str_eq(m.req.files[1].field, "up2");
	ck_assert_str_eq(m.req.files[1].filename, "bilag æ.pdf");
	ck_assert_str_eq(m.req.files[1].ctype, "application/octet-stream");
	ck_assert_uint_eq(m.req.files[1].len, 1);
	ck_assert_int_eq(m.req.files[1].data[0], '\0');
}
END_TEST

/* A file input left empty sends filename="" and no data: no file. */
START_TEST(test_mp_empty_file)
{
	struct mp	 m;

	MP(&m, CT,
	    "--XyZ\r\n"
	    CD "name=\"f\"; filename=\"\"\r\n"
	    "Content-Type: application/octet-stream\r\n"
	    "\r\n"
	    "\r\n"
	    "--XyZ\r\n"
	    CD "name=\"a\"\r\n"
	    "\r\n"
	    "1\r\n"
	    "--XyZ--\r\n");
	ck_assert_int_eq(m.rc, 0);
	ck_assert_uint_eq(m.req.nfiles, 0);
	ck_assert_uint_eq(m.form.n, 1);
	ck_pair(&m.form, 0, "a", "1");
}
END_TEST

START_TEST(test_mp_quoted_boundary)
{
	struct mp	 m;

	MP(&m, "multipart/form-data; boundary=\"XyZ\"",
	    "--XyZ\r\n"
	    CD "name=\"a\"\r\n"
	    "\r\n"
	    "1\r\n"
	    "--XyZ--\r\n");
	ck_assert_int_eq(m.rc, 0);
	ck_assert_uint_eq(m.form.n, 1);
	ck_pair(&m.form, 0, "a", "1");

	/* Other parameters around it, and a boundary with odd characters. */
	MP(&m, "multipart/form-data; charset=utf-8; boundary=\"a'()+_,-./:=?\"",
	    "--a'()+_,-./:=?\r\n"
	    CD "name=\"a\"\r\n"
	    "\r\n"
	    "2\r\n"
	    "--a'()+_,-./:=?--\r\n");
	ck_assert_int_eq(m.rc, 0);
	ck_pair(&m.form, 0, "a", "2");
}
END_TEST

/* Exactly at the limits: max_files files of max_file bytes, a max_field value. */
START_TEST(test_mp_at_limits)
{
	struct mp	 m;
	char		*body, *p;
	size_t		 i;

	body = p = arena_alloc(&ar, 8192);
	for (i = 0; i < lim.max_files; i++) {
		p += sprintf(p, "--XyZ\r\n" CD "name=\"f%zu\"; "
		    "filename=\"f.bin\"\r\n\r\n", i);
		memset(p, 'F', lim.max_file);
		p += lim.max_file;
		p += sprintf(p, "\r\n");
	}
	p += sprintf(p, "--XyZ\r\n" CD "name=\"v\"\r\n\r\n");
	memset(p, 'v', lim.max_field);
	p += lim.max_field;
	p += sprintf(p, "\r\n--XyZ--\r\n");
	mp_parse(&m, CT, body, (size_t)(p - body));
	ck_assert_int_eq(m.rc, 0);
	ck_assert_uint_eq(m.req.nfiles, lim.max_files);
	for (i = 0; i < lim.max_files; i++)
		ck_assert_uint_eq(m.req.files[i].len, lim.max_file);
	ck_assert_uint_eq(m.form.n, 1);
	ck_assert_uint_eq(m.form.v[0].vlen, lim.max_field);
}
END_TEST

struct mpbad {
	const char	*what;
	const char	*ctype;
	const char	*body;
	size_t		 len;
	int		 rc;
};

#define BAD(what, ctype, lit, rc)	{ what, ctype, lit, sizeof(lit) - 1, rc }
#define ONE(name, val)	"--XyZ\r\n" CD "name=\"" name "\"\r\n\r\n" val "\r\n"
#define FILE1(name, val) "--XyZ\r\n" CD "name=\"" name "\"; filename=\"x\"\r\n\r\n" val "\r\n"

static const struct mpbad mpbad[] = {
	BAD("no boundary", "multipart/form-data",
	    ONE("a", "1") "--XyZ--\r\n", 400),
	BAD("empty boundary", "multipart/form-data; boundary=",
	    ONE("a", "1") "--XyZ--\r\n", 400),
	BAD("unterminated quoted boundary", "multipart/form-data; boundary=\"XyZ",
	    ONE("a", "1") "--XyZ--\r\n", 400),
	BAD("boundary > 70", "multipart/form-data; boundary="
	    "12345678901234567890123456789012345678901234567890123456789012345678901",
	    "--12345678901234567890123456789012345678901234567890123456789012345678901\r\n"
	    CD "name=\"a\"\r\n\r\n1\r\n"
	    "--12345678901234567890123456789012345678901234567890123456789012345678901--\r\n",
	    400),
	BAD("wrong boundary", CT,
	    "--XyW\r\n" CD "name=\"a\"\r\n\r\n1\r\n--XyW--\r\n", 400),
	BAD("empty body", CT, "", 400),
	BAD("preamble", CT, "hej\r\n" ONE("a", "1") "--XyZ--\r\n", 400),
	BAD("leading CRLF", CT, "\r\n" ONE("a", "1") "--XyZ--\r\n", 400),
	BAD("delimiter only", CT, "--XyZ", 400),
	BAD("no closing delimiter", CT, ONE("a", "1"), 400),
	BAD("no closing delimiter, no CRLF", CT,
	    "--XyZ\r\n" CD "name=\"a\"\r\n\r\n1", 400),
	BAD("delimiter without --", CT, ONE("a", "1") "--XyZ", 400),
	BAD("delimiter followed by junk", CT, ONE("a", "1") "--XyZxx", 400),
	BAD("no blank line after headers", CT,
	    "--XyZ\r\n" CD "name=\"a\"\r\n1\r\n--XyZ--\r\n", 400),
	BAD("no name", CT,
	    "--XyZ\r\n" "Content-Disposition: form-data\r\n\r\n1\r\n--XyZ--\r\n",
	    400),
	BAD("no Content-Disposition", CT,
	    "--XyZ\r\n" "Content-Type: text/plain\r\n\r\n1\r\n--XyZ--\r\n", 400),
	BAD("bad UTF-8 in a field", CT,
	    ONE("a", "\xC3\x28") "--XyZ--\r\n", 400),
	BAD("0xFF in a field", CT, ONE("a", "x\xFF") "--XyZ--\r\n", 400),
	BAD("NUL in a field", CT, ONE("a", "x\0y") "--XyZ--\r\n", 400),
	BAD("bad UTF-8 in a header", CT,
	    "--XyZ\r\n" CD "name=\"\xFF\"\r\n\r\n1\r\n--XyZ--\r\n", 400),
	BAD("NUL in a header", CT,
	    "--XyZ\r\n" CD "name=\"a\0\"\r\n\r\n1\r\n--XyZ--\r\n", 400),
	BAD("too many files", CT,
	    FILE1("f1", "1") FILE1("f2", "2") FILE1("f3", "3") "--XyZ--\r\n",
	    413),
	BAD("too many fields", CT,
	    ONE("a", "1") ONE("b", "2") ONE("c", "3") ONE("d", "4")
	    ONE("e", "5") ONE("f", "6") ONE("g", "7") ONE("h", "8")
	    ONE("i", "9") ONE("j", "10") ONE("k", "11") "--XyZ--\r\n", 413),
	BAD("too many fields with files", CT,
	    FILE1("f1", "1") FILE1("f2", "2")
	    ONE("c", "3") ONE("d", "4")
	    ONE("e", "5") ONE("f", "6") ONE("g", "7") ONE("h", "8")
	    ONE("i", "9") ONE("j", "10") ONE("k", "11") "--XyZ--\r\n", 413),
};

START_TEST(test_mp_bad)
{
	const struct mpbad	*c = &mpbad[_i];
	struct mp		 m;

	mp_parse(&m, c->ctype, c->body, c->len);
	ck_assert_msg(m.rc == c->rc, "%s: rc %d, want %d", c->what, m.rc,
	    c->rc);
	ck_why(m.why);
}
END_TEST

/* One byte over max_file or max_field. */
START_TEST(test_mp_too_big)
{
	struct mp	 m;
	char		*body, *p;
	int		 file;

	for (file = 0; file < 2; file++) {
		size_t	 n = file ? lim.max_file + 1 : lim.max_field + 1;

		body = p = arena_alloc(&ar, 4096);
		p += sprintf(p, "--XyZ\r\n" CD "name=\"x\"%s\r\n\r\n",
		    file ? "; filename=\"big.bin\"" : "");
		memset(p, 'z', n);
		p += n;
		p += sprintf(p, "\r\n--XyZ--\r\n");
		mp_parse(&m, CT, body, (size_t)(p - body));
		ck_assert_msg(m.rc == 413, "%s: rc %d", file ? "file" : "field",
		    m.rc);
		ck_why(m.why);
	}
}
END_TEST

/* --- Content-Length --------------------------------------------------- */

struct clcase {
	const char	*s;
	int		 rc;
	size_t		 len;
};

static const struct clcase clcases[] = {
	{ NULL, -1, 0 },
	{ "", -1, 0 },
	{ "0", 0, 0 },
	{ "12", 0, 12 },
	{ "2147483647", 0, 2147483647 },
	{ "-1", -2, 0 },
	{ "-0", -2, 0 },
	{ "+1", -2, 0 },
	{ " 1", -2, 0 },
	{ "1 ", -2, 0 },
	{ "1x", -2, 0 },
	{ "0x10", -2, 0 },
	{ "2147483648", -2, 0 },
	{ "99999999999", -2, 0 },
	{ "99999999999999999999999", -2, 0 },
};

START_TEST(test_content_length)
{
	const struct clcase	*c = &clcases[_i];
	size_t			 len = 777;
	int			 rc;

	rc = http_content_length(c->s, &len);
	ck_assert_msg(rc == c->rc, "\"%s\": rc %d, want %d",
	    c->s != NULL ? c->s : "(null)", rc, c->rc);
	if (rc == 0)
		ck_assert_uint_eq(len, c->len);
}
END_TEST

/* --- cookies ---------------------------------------------------------- */

START_TEST(test_cookies)
{
	struct kvlist	 l = { 0 };

	http_parse_cookies(&ar, "a=1; b=2;c=3", &l);
	ck_assert_uint_eq(l.n, 3);
	ck_pair(&l, 0, "a", "1");
	ck_pair(&l, 1, "b", "2");
	ck_pair(&l, 2, "c", "3");

	memset(&l, 0, sizeof(l));
	http_parse_cookies(&ar, "junk; a=x=y;; =nokey;  b=;lone", &l);
	ck_assert_uint_eq(l.n, 2);
	ck_pair(&l, 0, "a", "x=y");
	ck_pair(&l, 1, "b", "");

	memset(&l, 0, sizeof(l));
	http_parse_cookies(&ar, NULL, &l);
	ck_assert_uint_eq(l.n, 0);
	http_parse_cookies(&ar, "", &l);
	ck_assert_uint_eq(l.n, 0);
	http_parse_cookies(&ar, ";;; ;", &l);
	ck_assert_uint_eq(l.n, 0);
}
END_TEST

/* --- status texts and kv ---------------------------------------------- */

START_TEST(test_status_text)
{
	ck_assert_str_eq(http_status_text(200), "OK");
	ck_assert_str_eq(http_status_text(404), "Not Found");
	ck_assert_str_eq(http_status_text(413), "Payload Too Large");
	ck_assert_str_eq(http_status_text(503), "Service Unavailable");
	ck_assert_str_eq(http_status_text(400), "Bad Request");
	ck_assert_ptr_nonnull(http_status_text(299));
	ck_assert(http_status_text(299)[0] != '\0');
}
END_TEST

START_TEST(test_kv_parsed)
{
	struct kvlist	 q = { 0 }, c = { 0 };
	const char	*why = NULL, *s = "a=1&b=%C3%A6&a=2&e";
	struct kv	*kv;

	ck_assert_int_eq(http_parse_urlencoded(&ar, s, strlen(s), &lim, &q,
	    &why), 0);
	ck_assert_uint_eq(q.n, 4);
	kv = kv_get(&q, "a");
	ck_assert_ptr_eq(kv, &q.v[0]);		/* the first one wins */
	ck_assert_str_eq(kv->val, "1");
	ck_assert_str_eq(kv_str(&q, "a"), "1");
	kv = kv_get(&q, "b");
	ck_assert_ptr_nonnull(kv);
	ck_assert_uint_eq(kv->vlen, 2);
	ck_assert_str_eq(kv->val, "æ");
	ck_assert_str_eq(kv_str(&q, "e"), "");
	ck_assert_ptr_null(kv_get(&q, "A"));
	ck_assert_ptr_null(kv_str(&q, "x"));
	ck_assert_ptr_null(kv_str(&q, ""));

	http_parse_cookies(&ar, "sid=abc; sid=evil", &c);
	ck_assert_str_eq(kv_str(&c, "sid"), "abc");
	ck_assert_ptr_null(kv_str(&c, "a"));
}
END_TEST

Suite *
http_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("http");

	tc = tcase_create("urlencoded");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_urlencoded, 0, (int)NELEM(urlcases));
	tcase_add_test(tc, test_urlencoded_len);
	tcase_add_test(tc, test_urlencoded_nul);
	tcase_add_test(tc, test_urlencoded_field_len);
	tcase_add_test(tc, test_urlencoded_append);
	suite_add_tcase(s, tc);

	tc = tcase_create("multipart");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_mp_text);
	tcase_add_test(tc, test_mp_file);
	tcase_add_test(tc, test_mp_empty_file);
	tcase_add_test(tc, test_mp_quoted_boundary);
	tcase_add_test(tc, test_mp_at_limits);
	tcase_add_loop_test(tc, test_mp_bad, 0, (int)NELEM(mpbad));
	tcase_add_test(tc, test_mp_too_big);
	suite_add_tcase(s, tc);

	tc = tcase_create("headers");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_content_length, 0, (int)NELEM(clcases));
	tcase_add_test(tc, test_cookies);
	tcase_add_test(tc, test_status_text);
	tcase_add_test(tc, test_kv_parsed);
	suite_add_tcase(s, tc);

	return s;
}
