/*
 * fuzz_request: http_read, the whole of a request as a program sees it:
 * the FastCGI parameters nginx passes (method, DOCUMENT_URI, query,
 * content type and length, Host, Origin, Sec-Fetch-Site, Cookie) and the
 * body, read from a stream.  Then the values the programs parse from it:
 * the cookies (http_parse_cookies) and the CSRF form token
 * (formtok_check).
 *
 * The input is "NAME=value" lines, an empty line, and the body; the
 * stream gives the body and then ends, as a client that stops sending.
 *
 * Checked: the status is one http_read may give, with a reason; on
 * success the method and path are what was sent, the path valid UTF-8,
 * a POST's body as long as its CONTENT_LENGTH, every field limit held
 * over query and body together, at most 64 cookies with non-empty names
 * that begin with no space and hold no ';' or '='; a form token is only
 * ever accepted if it is the one formtok_make gives for its time.
 */
#include "fuzz.h"

#include <fcgiapp.h>

#include "crypto.h"
#include "http.h"
#include "util.h"

#define MAXENV	32

static const struct http_limits lim = {
	.max_body = 4096, .max_fields = 24, .max_field = 256,
	.max_file = 1024, .max_files = 3,
};
static const unsigned char key[CRYPTO_KEYBYTES] = "frist fuzz key, not a secret...";

static void
fill_end(FCGX_Stream *s)
{
	s->isClosed = 1;
}

static const char *
env_of(char **envp, const char *name)
{
	size_t	 nl = strlen(name);

	for (; *envp != NULL; envp++)
		if (strncmp(*envp, name, nl) == 0 && (*envp)[nl] == '=')
			return *envp + nl + 1;
	return NULL;
}

static void
check_list(const struct kvlist *l)
{
	size_t	 i;

	for (i = 0; i < l->n; i++) {
		FUZZ_CHECK(l->v[i].vlen <= lim.max_field);
		FUZZ_CHECK(strlen(l->v[i].val) == l->v[i].vlen);
		FUZZ_CHECK(fuzz_utf8_ref(l->v[i].key, strlen(l->v[i].key)) >= 0);
		FUZZ_CHECK(fuzz_utf8_ref(l->v[i].val, l->v[i].vlen) >= 0);
	}
}

static void
check_token(const char *tok)
{
	char	 want[FORMTOK_MAX];
	long long t;

	if (tok == NULL || !formtok_check(key, "fuzz", "", tok, 2000000000,
	    3600))
		return;
	t = strtoll(tok, NULL, 10);
	formtok_make(key, "fuzz", "", (time_t)t, want);
	FUZZ_CHECK(strcmp(want, tok) == 0);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct arena	 ar;	/* reset, as a worker does */
	struct http_req	 r;
	FCGX_Stream	 in;
	char		*text, *p, *nl, *envp[MAXENV + 1], *body;
	const char	*why = NULL, *m, *q, *cookie;
	size_t		 n = 0, blen, i;
	int		 rc;

	text = fuzz_strndup(data, size);
	for (p = text; n < MAXENV && (nl = strchr(p, '\n')) != NULL &&
	    nl != p; p = nl + 1) {
		*nl = '\0';
		envp[n++] = p;
	}
	envp[n] = NULL;
	if ((nl = strchr(p, '\n')) != NULL && nl == p)
		p++;
	blen = size - (size_t)(p - text);
	body = malloc(blen > 0 ? blen : 1);
	FUZZ_CHECK(body != NULL);
	memcpy(body, data + (p - text), blen);

	memset(&in, 0, sizeof(in));
	in.rdNext = in.stopUnget = (unsigned char *)body;
	in.stop = (unsigned char *)body + blen;
	in.isReader = 1;
	in.fillBuffProc = fill_end;
	memset(&r, 0, sizeof(r));
	r.ar = &ar;
	r.lim = &lim;

	rc = http_read(&r, &in, envp, &why);
	FUZZ_CHECK(rc == 0 || rc == 400 || rc == 411 || rc == 413 ||
	    rc == 415);
	if (rc != 0)
		FUZZ_CHECK(why != NULL && strncmp(why, "ERR_HTTP_", 9) == 0);
	/* The query is read before anything can fail but the path. */
	check_list(&r.query);
	if (rc != 0)
		goto out;

	m = env_of(envp, "REQUEST_METHOD");
	FUZZ_CHECK(strcmp(r.method_str, m != NULL ? m : "") == 0);
	FUZZ_CHECK((r.method == HTTP_GET) == (m != NULL && !strcmp(m, "GET")));
	FUZZ_CHECK((r.method == HTTP_POST) == (m != NULL && !strcmp(m, "POST")));
	FUZZ_CHECK(strcmp(r.path, env_of(envp, "DOCUMENT_URI")) == 0);
	FUZZ_CHECK(r.path[0] == '/');
	FUZZ_CHECK(fuzz_utf8_ref(r.path, strlen(r.path)) >= 0);
	q = env_of(envp, "HTTP_HOST");
	FUZZ_CHECK(strcmp(r.host, q != NULL ? q : "") == 0);
	if (r.method == HTTP_POST) {
		FUZZ_CHECK(strtoull(env_of(envp, "CONTENT_LENGTH"), NULL, 10) <=
		    blen);
		FUZZ_CHECK(r.query.n + r.form.n + r.nfiles <= lim.max_fields);
	} else
		FUZZ_CHECK(r.form.n == 0 && r.nfiles == 0);
	check_list(&r.form);
	for (i = 0; i < r.nfiles; i++)
		FUZZ_CHECK(r.files[i].len <= lim.max_file);

	cookie = env_of(envp, "HTTP_COOKIE");
	FUZZ_CHECK(r.cookies.n <= 64);
	FUZZ_CHECK(cookie != NULL || r.cookies.n == 0);
	for (i = 0; i < r.cookies.n; i++) {
		FUZZ_CHECK(r.cookies.v[i].key[0] != '\0');
		FUZZ_CHECK(r.cookies.v[i].key[0] != ' ');
		FUZZ_CHECK(strpbrk(r.cookies.v[i].key, ";=") == NULL);
		FUZZ_CHECK(strchr(r.cookies.v[i].val, ';') == NULL);
		FUZZ_CHECK(strlen(r.cookies.v[i].val) == r.cookies.v[i].vlen);
		FUZZ_CHECK(strstr(cookie, r.cookies.v[i].key) != NULL);
	}
	check_token(kv_str(&r.form, "csrf"));
	check_token(kv_str(&r.query, "csrf"));
out:
	free(body);
	free(text);
	arena_reset(&ar);
	return 0;
}
