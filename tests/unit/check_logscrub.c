/*
 * Unit tests for logscrub: nginx's real line shapes, every way an address
 * can be written, the whistleblower test, and the property that no
 * combination of headers, messages and contexts keeps a client's address,
 * user agent or referrer, or a control byte.
 */
#include <stdio.h>
#include <string.h>

#include <check.h>

#include "logscrub.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

Suite	*logscrub_suite(void);

static struct logscrub	 ls;

static void
scrub(const char *s)
{
	logscrub(s, strlen(s), &ls);
}

/* nginx 1.22's own lines, as its syslog writer sends them. */
START_TEST(test_nginx_lines)
{
	scrub("<10>Dec  3 15:45:18 frist: 2026/12/03 15:45:18 [crit] 4711#4711: "
	    "*17 connect() to unix:/v/run/portal/portal.sock failed (2: No such "
	    "file or directory) while connecting to upstream, client: 127.0.0.1, "
	    "server: localhost, request: \"GET /grants/ HTTP/1.1\", upstream: "
	    "\"fastcgi://unix:/v/run/portal/portal.sock:\", host: \"127.0.0.1:8080\", "
	    "referrer: \"http://evil.example/\"\n");
	ck_assert_int_eq(ls.level, 2);
	ck_assert_int_eq(ls.whistle, 0);
	ck_assert_str_eq(ls.text, "connect() to unix:/v/run/portal/portal.sock "
	    "failed (2: No such file or directory) while connecting to upstream");

	scrub("<11>Dec 13 01:02:03 frist_wb: 2026/12/13 01:02:03 [error] 9#9: *3 "
	    "upstream prematurely closed connection while reading response header "
	    "from upstream, client: ::1, server: localhost, request: \"POST / HTTP/1.1\"");
	ck_assert_int_eq(ls.level, 3);
	ck_assert_int_eq(ls.whistle, 1);
	ck_assert_str_eq(ls.text, "upstream prematurely closed connection while "
	    "reading response header from upstream");

	/* nginx's level name wins over the syslog priority. */
	scrub("<11>Dec 13 01:02:03 frist: 2026/12/13 01:02:03 [warn] 9#9: *3 "
	    "a client request body is buffered to a temporary file /v/nginx/body/1");
	ck_assert_int_eq(ls.level, 4);
	ck_assert_str_eq(ls.text, "a client request body is buffered to a "
	    "temporary file /v/nginx/body/1");

	/* No connection: the master's own lines. */
	scrub("<9>Dec 13 01:02:03 frist: 2026/12/13 01:02:03 [alert] 9#9: "
	    "worker process 12 exited on signal 9");
	ck_assert_int_eq(ls.level, 1);
	ck_assert_str_eq(ls.text, "worker process 12 exited on signal 9");

	/* The syslog writer's own context ends in ", server: ". */
	scrub("<9>Dec 13 01:02:03 frist: 2026/12/13 01:02:03 [alert] 9#9: "
	    "connect() failed (111: Connection refused) while logging to syslog, "
	    "server: unix:/v/run/logd/nginx.sock");
	ck_assert_str_eq(ls.text, "connect() failed (111: Connection refused) "
	    "while logging to syslog");

	/* Limits name their zone; the key (an address) is never in them. */
	scrub("<11>Dec 13 01:02:03 frist: 2026/12/13 01:02:03 [error] 9#9: *8 "
	    "limiting connections by zone \"bodies\", client: 10.1.2.3, server: "
	    "localhost, request: \"POST /grants/login HTTP/1.1\", host: \"x\"");
	ck_assert_str_eq(ls.text, "limiting connections by zone \"bodies\"");
	ck_assert_int_eq(ls.whistle, 0);
}
END_TEST

START_TEST(test_header_forms)
{
	/* Bare nginx error-log format, no syslog header. */
	scrub("2026/12/03 15:45:18 [emerg] 1#1: bind() to 127.0.0.1:8080 failed "
	    "(98: Address already in use)");
	ck_assert_int_eq(ls.level, 0);
	ck_assert_str_eq(ls.text, "bind() to [addr]:8080 failed (98: Address "
	    "already in use)");
	/* Just text: level err, kept. */
	scrub("plain text");
	ck_assert_int_eq(ls.level, 3);
	ck_assert_str_eq(ls.text, "plain text");
	/* Broken headers are left as text, never skipped past the end. */
	scrub("<");
	ck_assert_str_eq(ls.text, "<");
	scrub("<99999>x");
	ck_assert_str_eq(ls.text, "<99999>x");
	scrub("<7>");
	ck_assert_int_eq(ls.level, 7);
	ck_assert_str_eq(ls.text, "");
	scrub("<15>Dec");
	ck_assert_int_eq(ls.level, 7);
	ck_assert_str_eq(ls.text, "Dec");
	scrub("");
	ck_assert_str_eq(ls.text, "");
	scrub("[crit]x");
	ck_assert_str_eq(ls.text, "[crit]x");
	scrub("[bogus] x");
	ck_assert_str_eq(ls.text, "[bogus] x");
	scrub("<11>Dec 13 01:02:03 frist: 12#: x");
	ck_assert_str_eq(ls.text, "12#: x");
	scrub("<11>Dec 13 01:02:03 frist: *x y");
	ck_assert_str_eq(ls.text, "*x y");
	/* A tag longer than syslog allows is text. */
	scrub("<11>Dec 13 01:02:03 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: x");
	ck_assert_str_eq(ls.text,
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: x");
	ck_assert_str_eq(logscrub_level(0), "emerg");
	ck_assert_str_eq(logscrub_level(7), "debug");
	ck_assert_str_eq(logscrub_level(8), "?");
	ck_assert_str_eq(logscrub_level(-1), "?");
}
END_TEST

/* Addresses left in a message after the cut, each way they are written. */
START_TEST(test_addresses)
{
	static const struct {
		const char	*in, *out;
	} t[] = {
		{ "from 127.0.0.1 x", "from [addr] x" },
		{ "127.0.0.1", "[addr]" },
		{ "to 10.0.0.1:80.", "to [addr]:80." },
		{ "v192.168.1.1", "v[addr]" },
		{ "255.255.255.255.9", "[addr].9" },
		{ "1.2.3", "1.2.3" },
		{ "1234.1.1.1", "1234.1.1.1" },
		{ "version 1.22.1", "version 1.22.1" },
		{ "from ::1", "from [addr]" },
		{ "::1", "[addr]" },
		{ "[::1]:8080", "[[addr]]:8080" },
		{ "fe80::1 up", "[addr] up" },
		{ "FE80::ABCD:1", "[addr]" },
		{ "2001:db8:0:0:0:0:0:1", "[addr]" },
		{ "::ffff:127.0.0.1", "[addr]" },
		{ "at 15:45:18", "at 15:45:18" },
		{ "(2: No such file)", "(2: No such file)" },
		{ "unix:/run/x.sock", "unix:/run/x.sock" },
		{ "a:b", "a:b" },
		{ "x::y", "x::y" },
	};
	char	 line[256];
	size_t	 i;

	for (i = 0; i < NELEM(t); i++) {
		snprintf(line, sizeof(line), "<11>Dec 13 01:02:03 frist: %s", t[i].in);
		scrub(line);
		ck_assert_msg(strcmp(ls.text, t[i].out) == 0, "%s -> %s, not %s",
		    t[i].in, ls.text, t[i].out);
	}
}
END_TEST

START_TEST(test_whistle)
{
	static const struct {
		const char	*in;
		int		 wb;
	} t[] = {
		{ "<11>Dec 13 01:02:03 frist_wb: x", 1 },
		{ "<11>Dec 13 01:02:03 frist: x", 0 },
		{ "<11>Dec 13 01:02:03 frist_wbx: x", 0 },
		{ "<11>Dec 13 01:02:03 frist: x, client: 1.2.3.4, request: \"GET /whistleblower/ HTTP/1.1\"", 1 },
		{ "<11>Dec 13 01:02:03 frist: x, client: 1.2.3.4, request: \"GET /%77histleblower/ HTTP/1.1\"", 1 },
		{ "<11>Dec 13 01:02:03 frist: x, client: 1.2.3.4, request: \"GET /%2577HISTLEblower/ HTTP/1.1\"", 1 },
		{ "<11>Dec 13 01:02:03 frist: x, request: \"GET /%25%37%37histle/\"", 1 },
		{ "<11>Dec 13 01:02:03 frist: connect() to unix:/v/run/whistle/mailbox.sock failed", 1 },
		{ "<11>Dec 13 01:02:03 frist: x, client: 1.2.3.4, request: \"GET /WhIsTlE\"", 1 },
		{ "<11>Dec 13 01:02:03 frist: x, referrer: \"http://a/whistle\"", 1 },
		{ "<11>Dec 13 01:02:03 frist: whistl", 0 },
		{ "<11>Dec 13 01:02:03 frist: %77%", 0 },
		{ "<11>Dec 13 01:02:03 frist: %zz%7", 0 },
	};
	size_t	 i;

	for (i = 0; i < NELEM(t); i++) {
		scrub(t[i].in);
		ck_assert_msg(ls.whistle == t[i].wb, "%s: whistle %d", t[i].in,
		    ls.whistle);
	}
}
END_TEST

START_TEST(test_kind)
{
	static const struct {
		const char	*in, *out;
	} t[] = {
		{ "connect() to unix:/v/run/whistle/whistle.sock failed (2: No such file or directory) while connecting to upstream",
		  "connect() to unix:/v/run/whistle/whistle.sock failed (N: No such file or directory) while connecting to upstream" },
		{ "limiting requests, excess: 10.500 by zone \"whistle\"", "limiting requests" },
		{ "limiting connections by zone \"bodies\"", "limiting connections by zone" },
		{ "client intended to send too large body: 21000000 bytes",
		  "client intended to send too large body: N bytes" },
		{ "FastCGI sent in stderr: \"secret\"", "FastCGI sent in stderr" },
		{ "", "?" },
		{ "\"", "?" },
		{ "12345", "N" },
	};
	char	 k[LOGSCRUB_KINDMAX], small[4];
	size_t	 i;

	for (i = 0; i < NELEM(t); i++) {
		logscrub_kind(t[i].in, k, sizeof(k));
		ck_assert_msg(strcmp(k, t[i].out) == 0, "%s -> %s", t[i].in, k);
	}
	logscrub_kind("abcdef", small, sizeof(small));
	ck_assert_str_eq(small, "abc");
	logscrub_kind("abcdef", small, 0);
	logscrub_kind("abcdef", small, 1);
	ck_assert_str_eq(small, "");
}
END_TEST

/* Every byte value, in the message: never a control byte in the text. */
START_TEST(test_bytes)
{
	char	 line[64];
	size_t	 n, i;
	int	 b;

	for (b = 0; b < 256; b++) {
		n = (size_t)snprintf(line, sizeof(line),
		    "<11>Dec 13 01:02:03 frist: a%cb\n", 'x');
		line[n - 3] = (char)b;
		logscrub(line, n, &ls);
		for (i = 0; ls.text[i] != '\0'; i++)
			ck_assert((unsigned char)ls.text[i] >= 0x20 &&
			    (unsigned char)ls.text[i] != 0x7f);
		ck_assert_uint_eq(strlen(ls.text), 3);
	}
	/* A NUL inside does not end the line early. */
	logscrub("<11>Dec 13 01:02:03 frist: a\0b", 30, &ls);
	ck_assert_str_eq(ls.text, "a?b");
}
END_TEST

/* Longer than anything nginx sends: bounded, and still cut. */
START_TEST(test_long)
{
	static char	 line[20000];
	size_t		 n;

	memset(line, 'a', sizeof(line));
	n = (size_t)snprintf(line, sizeof(line), "<11>Dec 13 01:02:03 frist: ");
	line[n] = 'a';
	logscrub(line, sizeof(line), &ls);
	ck_assert_uint_eq(strlen(ls.text), LOGSCRUB_MAX - 1);
	memcpy(line + 100, ", client: 1.2.3.4", 17);
	logscrub(line, sizeof(line), &ls);
	ck_assert_ptr_null(strstr(ls.text, "1.2.3.4"));
	ck_assert_ptr_null(strstr(ls.text, "client"));
}
END_TEST

/*
 * Every header shape x every message x every context (with and without
 * the client's address, user agent and referrer, cut at every length as
 * a full syslog datagram is): nothing of the client's is left.
 */
START_TEST(test_property)
{
	static const char *const heads[] = {
		"", "<10>", "<11>Dec  3 15:45:18 ", "<11>Dec 13 01:02:03 frist: ",
		"<11>Dec 13 01:02:03 frist_wb: ",
		"<11>Dec 13 01:02:03 frist: 2026/12/03 15:45:18 [error] 1#1: *5 ",
		"2026/12/03 15:45:18 [crit] 1#1: ",
	};
	static const char *const msgs[] = {
		"connect() to unix:/v/x.sock failed (111: Connection refused) while connecting to upstream",
		"upstream timed out (110: Connection timed out) while reading response header from upstream",
		"limiting requests, excess: 0.500 by zone \"whistle\"",
		"open() \"/v/htdocs/a, client: b\" failed (2: No such file or directory)",
		"",
	};
	static const char *const ctxs[] = {
		", client: 198.51.100.7, server: localhost, request: \"GET /?ua=canary-ua HTTP/1.1\", upstream: \"fastcgi://unix:/v/x.sock:\", host: \"canary-host\", referrer: \"http://canary-ref/\"",
		", client: 2001:db8::7, server: localhost, request: \"POST /whistleblower/ HTTP/1.1\", host: \"canary-host\"",
		", client: ::ffff:198.51.100.7, server: 0.0.0.0:80",
		", server: unix:/v/run/logd/nginx.sock",
		"",
	};
	static const char *const bad[] = {
		"198.51.100.7", "2001:db8::7", "canary", "client:", "referrer",
		"request:", "host:", "upstream:",
	};
	char	 line[2048];
	size_t	 h, m, c, b, n, cutlen, i, from;

	for (h = 0; h < NELEM(heads); h++)
		for (m = 0; m < NELEM(msgs); m++)
			for (c = 0; c < NELEM(ctxs); c++) {
				n = (size_t)snprintf(line, sizeof(line), "%s%s%s\n",
				    heads[h], msgs[m], ctxs[c]);
				/* Every cut inside the context, a few before. */
				from = strlen(heads[h]) + strlen(msgs[m]);
				for (cutlen = from > 8 ? from - 8 : 0; cutlen <= n; cutlen++) {
					logscrub(line, cutlen, &ls);
					for (b = 0; b < NELEM(bad); b++)
						ck_assert_msg(strstr(ls.text, bad[b]) == NULL,
						    "'%s' kept in '%s'", bad[b], ls.text);
					for (i = 0; ls.text[i] != '\0'; i++)
						ck_assert((unsigned char)ls.text[i] >= 0x20);
					ck_assert_int_ge(ls.level, 0);
					ck_assert_int_le(ls.level, 7);
				}
			}
}
END_TEST

/* What fuzz_logscrub found: a line that lost its start, an address after
 * a dot, and a cut that leaves what looks like one. */
START_TEST(test_fuzz_found)
{
	char	 big[LOGSCRUB_MAX + 64];
	size_t	 n;

	scrub("<10>frist: upstream failed, c/ HTTP/1.1\", upstream: "
	    "\"fastcgi://unix:/x.sock:\", host: \"127.0.0.1:8080\", "
	    "referrer: \"http://evil.example/\"");
	ck_assert_str_eq(ls.text, "upstream failed, c/ HTTP/1.1\"");

	scrub("<10>frist: open() \"/v/x.10.1.2.3\" failed");
	ck_assert_str_eq(ls.text, "open() \"/v/x.[addr]\" failed");

	/* "1.2.3.4567" is no address, but cut after "1.2.3.456" it is. */
	n = LOGSCRUB_MAX - 1 - 5;
	memset(big, 'a', n);
	memcpy(big + n, " 1.2.3.4567 and more", 21);
	scrub(big);
	ck_assert_ptr_null(strstr(ls.text, "1.2.3"));
	ck_assert_uint_le(strlen(ls.text), LOGSCRUB_MAX - 1);
}
END_TEST

Suite *
logscrub_suite(void)
{
	Suite	*s = suite_create("logscrub");
	TCase	*tc = tcase_create("logscrub");

	tcase_add_test(tc, test_nginx_lines);
	tcase_add_test(tc, test_header_forms);
	tcase_add_test(tc, test_addresses);
	tcase_add_test(tc, test_whistle);
	tcase_add_test(tc, test_kind);
	tcase_add_test(tc, test_bytes);
	tcase_add_test(tc, test_long);
	tcase_add_test(tc, test_property);
	tcase_add_test(tc, test_fuzz_found);
	/* The property loops; a loaded machine under ASan needs the time. */
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);
	return s;
}
