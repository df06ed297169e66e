/* http: request parsing and responses (see http.h). */
#define _GNU_SOURCE	/* memmem */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <fcgiapp.h>

#include "fname.h"
#include "http.h"
#include "valid.h"

static const char *const CSP =
    "default-src 'none'; style-src 'self'; img-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

static struct kv *
kv_add(struct arena *a, struct kvlist *l, char *key, char *val, size_t vlen)
{
	struct kv	*kv;

	l->v = arena_grow(a, l->v, &l->cap, l->n + 1, sizeof(*l->v));
	kv = &l->v[l->n++];
	kv->key = key;
	kv->val = val;
	kv->vlen = vlen;
	return kv;
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decodes one x-www-form-urlencoded token in place; -1 on a bad escape. */
static int
urldecode(char *s, size_t len, size_t *outlen)
{
	size_t	 i, o = 0;
	int	 h, l;

	for (i = 0; i < len; i++) {
		if (s[i] == '+')
			s[o++] = ' ';
		else if (s[i] == '%') {
			if (i + 2 >= len)
				return -1;
			if ((h = hexval((unsigned char)s[i + 1])) < 0 ||
			    (l = hexval((unsigned char)s[i + 2])) < 0)
				return -1;
			s[o++] = (char)(h << 4 | l);
			i += 2;
		} else
			s[o++] = s[i];
	}
	s[o] = '\0';
	*outlen = o;
	return 0;
}

int
http_parse_urlencoded(struct arena *a, const char *src, size_t len,
    const struct http_limits *lim, struct kvlist *out, const char **why)
{
	char	*buf, *p, *end, *amp, *eq;
	size_t	 klen, vlen;

	if (len == 0)
		return 0;
	/* A raw NUL would end the C strings below early and hide what follows. */
	if (memchr(src, '\0', len) != NULL) {
		*why = "ERR_HTTP_NUL";
		return 400;
	}
	buf = arena_strndup(a, src, len);
	end = buf + len;
	for (p = buf; p < end; p = amp + 1) {
		if ((amp = memchr(p, '&', (size_t)(end - p))) == NULL)
			amp = end;
		*amp = '\0';
		if (amp == p)
			continue;
		if (out->n >= lim->max_fields) {
			*why = "ERR_HTTP_FIELDS";
			return 413;
		}
		if ((eq = strchr(p, '=')) != NULL)
			*eq++ = '\0';
		else
			eq = amp;	/* "key" alone: empty value */
		if (urldecode(p, strlen(p), &klen) == -1 ||
		    urldecode(eq, strlen(eq), &vlen) == -1) {
			*why = "ERR_HTTP_PERCENT";
			return 400;
		}
		if (!utf8_valid(p, klen) || !utf8_valid(eq, vlen)) {
			*why = "ERR_HTTP_UTF8";
			return 400;
		}
		if (vlen > lim->max_field) {
			*why = "ERR_HTTP_FIELD_LONG";
			return 413;
		}
		kv_add(a, out, p, eq, vlen);
	}
	return 0;
}

void
http_parse_cookies(struct arena *a, const char *hdr, struct kvlist *out)
{
	char	*buf, *p, *next, *eq;

	if (hdr == NULL)
		return;
	buf = arena_strdup(a, hdr);
	for (p = buf; p != NULL && *p != '\0'; p = next) {
		if ((next = strchr(p, ';')) != NULL)
			*next++ = '\0';
		while (*p == ' ')
			p++;
		if ((eq = strchr(p, '=')) == NULL || eq == p)
			continue;
		*eq++ = '\0';
		if (out->n >= 64)
			break;
		kv_add(a, out, p, eq, strlen(eq));
	}
}

int
http_content_length(const char *s, size_t *len)
{
	int64_t	 v;

	if (s == NULL || *s == '\0')
		return -1;
	if (*s == '-' || str_to_i64(s, 0, INT32_MAX, &v) == -1)
		return -2;
	*len = (size_t)v;
	return 0;
}

/* Finds a parameter like boundary= in a header value; copies it to the arena. */
static char *
hdr_param(struct arena *a, const char *h, const char *name)
{
	size_t		 nl = strlen(name);
	const char	*p, *e;

	for (p = h; (p = strchr(p, ';')) != NULL; ) {
		p++;
		while (*p == ' ' || *p == '\t')
			p++;
		if (strncasecmp(p, name, nl) != 0 || p[nl] != '=')
			continue;
		p += nl + 1;
		if (*p == '"') {
			p++;
			if ((e = strchr(p, '"')) == NULL)
				return NULL;
		} else
			for (e = p; *e != '\0' && *e != ';' && *e != ' '; e++)
				continue;
		return arena_strndup(a, p, (size_t)(e - p));
	}
	return NULL;
}

static const char *
memmem_s(const char *h, size_t hl, const char *n, size_t nl)
{
	return memmem(h, hl, n, nl);
}

static int
mp_bad(const char **why)
{
	*why = "ERR_HTTP_MULTIPART";
	return 400;
}

int
http_parse_multipart(struct arena *a, const char *ctype, char *body,
    size_t len, const struct http_limits *lim, struct kvlist *out,
    struct http_req *req, const char **why)
{
	char		*bnd, *delim, *name, *fname, *pct;
	const char	*p, *end = body + len, *hend, *next, *line, *le;
	size_t		 dl, bl, plen;

	/* The reason is set only where a part is refused: one left behind
	 * would stand for every later error of the request. */
	if ((bnd = hdr_param(a, ctype, "boundary")) == NULL ||
	    (bl = strlen(bnd)) == 0 || bl > 70)
		return mp_bad(why);
	delim = arena_printf(a, "\r\n--%s", bnd);
	dl = bl + 4;
	/* The body starts with the delimiter without its leading CRLF. */
	if (len < dl - 2 || memcmp(body, delim + 2, dl - 2) != 0)
		return mp_bad(why);
	p = body + dl - 2;
	for (;;) {
		if (end - p >= 2 && p[0] == '-' && p[1] == '-')
			return 0;	/* closing delimiter */
		if (end - p < 2 || p[0] != '\r' || p[1] != '\n')
			return mp_bad(why);
		p += 2;
		if ((hend = memmem_s(p, (size_t)(end - p), "\r\n\r\n", 4)) == NULL)
			return mp_bad(why);
		name = fname = pct = NULL;
		for (line = p; line < hend; line = le + 2) {
			if ((le = memmem_s(line, (size_t)(hend + 2 - line),
			    "\r\n", 2)) == NULL)
				le = hend;
			char *h = arena_strndup(a, line, (size_t)(le - line));
			if (!utf8_valid(h, strlen(h)) || strlen(h) != (size_t)(le - line))
				return mp_bad(why);
			if (strncasecmp(h, "Content-Disposition:", 20) == 0) {
				name = hdr_param(a, h, "name");
				fname = hdr_param(a, h, "filename");
			} else if (strncasecmp(h, "Content-Type:", 13) == 0) {
				pct = h + 13;
				while (*pct == ' ')
					pct++;
			}
		}
		if (name == NULL)
			return mp_bad(why);
		p = hend + 4;
		if ((next = memmem_s(p, (size_t)(end - p), delim, dl)) == NULL)
			return mp_bad(why);
		plen = (size_t)(next - p);
		if (out->n + req->nfiles >= lim->max_fields) {
			*why = "ERR_HTTP_FORM_FIELDS";
			return 413;
		}
		if (fname != NULL) {
			struct http_file *f;
			char *clean;

			if (plen == 0 && *fname == '\0')
				goto skip;	/* no file chosen */
			if (req->nfiles >= lim->max_files) {
				*why = "ERR_HTTP_FILES";
				return 413;
			}
			if (plen > lim->max_file) {
				*why = "ERR_HTTP_FILE_BIG";
				return 413;
			}
			/* Browsers may send a path: the last part, without
			 * what would make it lie, shortened (fname.h). */
			clean = arena_alloc(a, FNAME_MAX_BYTES + 1);
			(void)fname_clean(fname, strlen(fname), clean);
			fname = clean;
			req->files = arena_grow(a, req->files, &req->filecap,
			    req->nfiles + 1, sizeof(*req->files));
			f = &req->files[req->nfiles++];
			f->field = name;
			f->filename = fname;
			f->ctype = pct != NULL ? pct : "application/octet-stream";
			f->data = p;
			f->len = plen;
		} else {
			if (plen > lim->max_field) {
				*why = "ERR_HTTP_FORM_FIELD_LONG";
				return 413;
			}
			if (!utf8_valid(p, plen)) {
				*why = "ERR_HTTP_FORM_UTF8";
				return 400;
			}
			kv_add(a, out, name, arena_strndup(a, p, plen), plen);
		}
skip:
		p = next + dl;
	}
}

static const char *
env_get(char **envp, const char *name)
{
	size_t	 nl = strlen(name);

	for (; *envp != NULL; envp++)
		if (strncmp(*envp, name, nl) == 0 && (*envp)[nl] == '=')
			return *envp + nl + 1;
	return NULL;
}

int
http_read(struct http_req *r, FCGX_Stream *in, char **envp, const char **why)
{
	const char	*m, *ctype, *cl, *q;
	size_t		 len = 0;
	char		*body;
	int		 rc, got;

	m = env_get(envp, "REQUEST_METHOD");
	r->method_str = m != NULL ? arena_strdup(r->ar, m) : "";
	if (m != NULL && strcmp(m, "GET") == 0)
		r->method = HTTP_GET;
	else if (m != NULL && strcmp(m, "HEAD") == 0)
		r->method = HTTP_HEAD;
	else if (m != NULL && strcmp(m, "POST") == 0)
		r->method = HTTP_POST;
	else
		r->method = 0;
	r->path = env_get(envp, "DOCUMENT_URI");
	if (r->path == NULL || r->path[0] != '/') {
		*why = "ERR_HTTP_PATH";
		return 400;
	}
	r->path = arena_strdup(r->ar, r->path);
	if (!utf8_valid(r->path, strlen(r->path))) {
		*why = "ERR_HTTP_PATH_UTF8";
		return 400;
	}
	r->host = (q = env_get(envp, "HTTP_HOST")) ? arena_strdup(r->ar, q) : "";
	r->origin = (q = env_get(envp, "HTTP_ORIGIN")) ? arena_strdup(r->ar, q) : NULL;
	r->fetch_site = (q = env_get(envp, "HTTP_SEC_FETCH_SITE")) ?
	    arena_strdup(r->ar, q) : NULL;
	r->https = (q = env_get(envp, "HTTPS")) != NULL && strcmp(q, "on") == 0;
	r->client = (q = env_get(envp, "REMOTE_ADDR")) ? arena_strdup(r->ar, q) : "";
	http_parse_cookies(r->ar, env_get(envp, "HTTP_COOKIE"), &r->cookies);

	q = env_get(envp, "QUERY_STRING");
	if (q != NULL && (rc = http_parse_urlencoded(r->ar, q, strlen(q),
	    r->lim, &r->query, why)) != 0)
		return rc;
	if (r->method == 0)
		return 0;	/* the dispatcher answers 405 */

	cl = env_get(envp, "CONTENT_LENGTH");
	if (r->method != HTTP_POST) {
		if (cl != NULL && *cl != '\0' && strcmp(cl, "0") != 0) {
			*why = "ERR_HTTP_BODY";
			return 400;
		}
		return 0;
	}
	switch (http_content_length(cl, &len)) {
	case -1:
		*why = "ERR_HTTP_LENGTH";
		return 411;
	case -2:
		*why = "ERR_HTTP_LENGTH_BAD";
		return 400;
	}
	if (len > r->lim->max_body) {
		*why = "ERR_HTTP_TOO_BIG";
		return 413;
	}
	body = arena_alloc(r->ar, len + 1);
	if ((got = FCGX_GetStr(body, (int)len, in)) < 0 || (size_t)got != len) {
		*why = "ERR_HTTP_CUT";
		return 400;
	}
	ctype = env_get(envp, "CONTENT_TYPE");
	if (ctype == NULL)
		ctype = "";
	if (strncasecmp(ctype, "application/x-www-form-urlencoded", 33) == 0)
		rc = http_parse_urlencoded(r->ar, body, len, r->lim,
		    &r->form, why);
	else if (strncasecmp(ctype, "multipart/form-data", 19) == 0)
		rc = http_parse_multipart(r->ar, ctype, body, len, r->lim,
		    &r->form, r, why);
	else {
		*why = "ERR_HTTP_ENCODING";
		return 415;
	}
	/* The field limit holds for the whole request, query and body. */
	if (rc == 0 && r->query.n + r->form.n + r->nfiles > r->lim->max_fields) {
		*why = "ERR_HTTP_FIELDS";
		return 413;
	}
	return rc;
}

const char *
http_status_text(int status)
{
	switch (status) {
	case 200: return "OK";
	case 201: return "Created";
	case 303: return "See Other";
	case 304: return "Not Modified";
	case 400: return "Bad Request";
	case 401: return "Unauthorized";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 409: return "Conflict";
	case 411: return "Length Required";
	case 413: return "Payload Too Large";
	case 415: return "Unsupported Media Type";
	case 422: return "Unprocessable Content";
	case 429: return "Too Many Requests";
	case 500: return "Internal Server Error";
	case 503: return "Service Unavailable";
	default:  return "Status";
	}
}

void
http_header(struct http_req *r, const char *name, const char *value)
{
	r->hdrs = arena_grow(r->ar, r->hdrs, &r->hdrcap, r->nhdrs + 1,
	    sizeof(*r->hdrs));
	r->hdrs[r->nhdrs].name = arena_strdup(r->ar, name);
	r->hdrs[r->nhdrs].value = arena_strdup(r->ar, value);
	r->nhdrs++;
}

/* Every byte of an answer goes through here: to memory for a held one. */
static void
out(struct http_req *r, const char *p, size_t n)
{
	struct http_buf	*b = r->buf;
	size_t		 cap;

	if (b == NULL) {
		FCGX_PutStr(p, (int)n, r->out);
		return;
	}
	if (n > b->cap - b->len) {
		for (cap = b->cap ? b->cap : 16384; cap - b->len < n; cap *= 2)
			continue;
		if ((b->p = realloc(b->p, cap)) == NULL)
			abort();	/* as the arena: the worker is respawned */
		b->cap = cap;
	}
	memcpy(b->p + b->len, p, n);
	b->len += n;
}

static void
out_s(struct http_req *r, const char *s)
{
	out(r, s, strlen(s));
}

void
http_begin(struct http_req *r, int status, const char *ctype)
{
	size_t	 i;

	if (r->status != 0)
		return;
	r->status = status;
	out_s(r, arena_printf(r->ar,
	    "Status: %d %s\r\n"
	    "Content-Type: %s\r\n"
	    "Content-Security-Policy: %s\r\n"
	    "X-Content-Type-Options: nosniff\r\n"
	    "X-Frame-Options: DENY\r\n"
	    "Referrer-Policy: same-origin\r\n"
	    "Cross-Origin-Opener-Policy: same-origin\r\n"
	    "Cross-Origin-Resource-Policy: same-origin\r\n"
	    "Permissions-Policy: camera=(), microphone=(), geolocation=()\r\n"
	    "Cache-Control: %s\r\n"
	    "X-Request-Id: %s\r\n",
	    status, http_status_text(status), ctype, CSP,
	    r->cache != NULL ? r->cache : "no-store", r->id != NULL ? r->id : "-"));
	for (i = 0; i < r->nhdrs; i++)
		out_s(r, arena_printf(r->ar, "%s: %s\r\n", r->hdrs[i].name,
		    r->hdrs[i].value));
	out(r, "\r\n", 2);
}

void
http_write(struct http_req *r, const char *buf, size_t len)
{
	if (r->method == HTTP_HEAD)
		return;
	out(r, buf, len);
	r->bytes_out += len;
}

void
http_redirect(struct http_req *r, const char *location)
{
	/* The language lives in the URL (no cookie on the public paths). */
	if (r->lang != LANG_DA && location[0] == '/' && location[1] != '/')
		location = arena_printf(r->ar, "%s%clang=%s", location,
		    strchr(location, '?') != NULL ? '&' : '?',
		    i18n_codes[r->lang]);
	http_header(r, "Location", location);
	http_begin(r, 303, "text/plain; charset=utf-8");
}

/* Decided once from the configuration, never from the request's Host. */
static int	 cookie_secure = 1;

void
http_cookie_secure(int on)
{
	cookie_secure = on;
}

void
http_set_cookie(struct http_req *r, const char *name, const char *value,
    const char *path, long max_age)
{
	http_header(r, "Set-Cookie", arena_printf(r->ar,
	    "%s=%s; Path=%s; Max-Age=%ld; HttpOnly; SameSite=Strict%s",
	    name, value, path, max_age, cookie_secure ? "; Secure" : ""));
}

/* Escapes the five HTML specials; only for the last-resort page. */
static void
html_txt(struct http_req *r, const char *s)
{
	for (; *s != '\0'; s++)
		switch (*s) {
		case '<': http_write(r, "&lt;", 4); break;
		case '>': http_write(r, "&gt;", 4); break;
		case '&': http_write(r, "&amp;", 5); break;
		case '"': http_write(r, "&quot;", 6); break;
		case '\'': http_write(r, "&#39;", 5); break;
		default: http_write(r, s, 1); break;
		}
}

void
http_plain_error(struct http_req *r, int status, const char *msg)
{
	static const char head[] = "<!doctype html><html lang=\"da\"><meta "
	    "charset=\"utf-8\"><title>Fejl</title><h1>";
	char	 num[16];

	http_begin(r, status, "text/html; charset=utf-8");
	http_write(r, head, sizeof(head) - 1);
	snprintf(num, sizeof(num), "%d ", status);
	http_write(r, num, strlen(num));
	html_txt(r, http_status_text(status));
	http_write(r, "</h1><p>", 8);
	html_txt(r, msg);
	http_write(r, "</p></html>\n", 12);
}
