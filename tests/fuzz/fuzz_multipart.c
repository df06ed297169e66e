/*
 * fuzz_multipart: http_parse_multipart, which reads every
 * multipart/form-data body (the forms with file uploads).  The input is
 * the Content-Type header's value, a newline, and the body.
 *
 * Checked: a result of 0, 400 or 413 with a reason; on success the
 * fields and files within every limit, field names and values valid
 * UTF-8 (own decoder) without NUL, file names non-empty, without '/' or
 * '\' and not "." or "..", file data inside the body; and where every
 * name is plain, the fields and files written out again as multipart
 * parse back to the same.
 */
#define _GNU_SOURCE	/* memmem */
#include "fuzz.h"

#include "http.h"
#include "util.h"

static const struct http_limits lim = {
	.max_body = 1 << 20, .max_fields = 16, .max_field = 256,
	.max_file = 1024, .max_files = 3,
};

#define RT_BND	"fuzzRoundTrip7"

/* Names that need no quoting, and values without our own delimiter. */
static int
plain(const char *s, const char *more)
{
	for (; *s != '\0'; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		    (*s >= '0' && *s <= '9') || *s == '_' || *s == '.' ||
		    *s == '-' || strchr(more, *s) != NULL))
			return 0;
	return 1;
}

static int
no_delim(const char *d, size_t len)
{
	return memmem(d, len, RT_BND, strlen(RT_BND)) == NULL;
}

static void
part(struct arena *a, char **b, size_t *bl, const char *bnd,
    const char *head, const char *data, size_t dlen)
{
	char	*h = arena_printf(a, "--%s\r\n%s\r\n\r\n", bnd, head);
	size_t	 hl = strlen(h);
	char	*n = arena_alloc(a, *bl + hl + dlen + 2);

	memcpy(n, *b, *bl);
	memcpy(n + *bl, h, hl);
	memcpy(n + *bl + hl, data, dlen);
	memcpy(n + *bl + hl + dlen, "\r\n", 2);
	*b = n;
	*bl += hl + dlen + 2;
}

/* Writes the parsed request out again and checks it parses the same. */
static void
round_trip(struct arena *a, const struct kvlist *l, const struct http_req *r)
{
	const char	*bnd = RT_BND, *why = NULL;
	char		*b = arena_strdup(a, ""), *e;
	size_t		 bl = 0, i;
	struct kvlist	 l2 = { 0 };
	struct http_req	 r2;

	/* The original's parts come in an order we do not know; fields go
	 * first, then the files, and each list keeps its order. */
	for (i = 0; i < l->n; i++)
		part(a, &b, &bl, bnd, arena_printf(a, "Content-Disposition: "
		    "form-data; name=\"%s\"", l->v[i].key), l->v[i].val,
		    l->v[i].vlen);
	for (i = 0; i < r->nfiles; i++)
		part(a, &b, &bl, bnd, arena_printf(a, "Content-Disposition: "
		    "form-data; name=\"%s\"; filename=\"%s\"\r\n"
		    "Content-Type: %s", r->files[i].field,
		    r->files[i].filename, r->files[i].ctype),
		    r->files[i].data, r->files[i].len);
	e = arena_alloc(a, bl + strlen(bnd) + 5);
	memcpy(e, b, bl);
	bl += (size_t)sprintf(e + bl, "--%s--", bnd);
	memset(&r2, 0, sizeof(r2));
	FUZZ_CHECK(http_parse_multipart(a, arena_printf(a,
	    "multipart/form-data; boundary=%s", bnd), e, bl, &lim, &l2, &r2,
	    &why) == 0);
	FUZZ_CHECK(l2.n == l->n && r2.nfiles == r->nfiles);
	for (i = 0; i < l->n; i++) {
		FUZZ_CHECK(strcmp(l2.v[i].key, l->v[i].key) == 0);
		FUZZ_CHECK(l2.v[i].vlen == l->v[i].vlen);
		FUZZ_CHECK(memcmp(l2.v[i].val, l->v[i].val, l->v[i].vlen) == 0);
	}
	for (i = 0; i < r->nfiles; i++) {
		FUZZ_CHECK(strcmp(r2.files[i].field, r->files[i].field) == 0);
		FUZZ_CHECK(strcmp(r2.files[i].filename,
		    r->files[i].filename) == 0);
		FUZZ_CHECK(strcmp(r2.files[i].ctype, r->files[i].ctype) == 0);
		FUZZ_CHECK(r2.files[i].len == r->files[i].len);
		FUZZ_CHECK(memcmp(r2.files[i].data, r->files[i].data,
		    r->files[i].len) == 0);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct arena		 ar;	/* reset, as a worker does */
	struct kvlist		 l = { 0 };
	struct http_req		 r;
	const struct http_file	*f;
	const uint8_t		*nl;
	const char		*why = NULL;
	char			*ctype, *body;
	size_t			 i, blen;
	int			 rc, simple = 1;

	if ((nl = memchr(data, '\n', size)) == NULL)
		return 0;
	ctype = arena_strndup(&ar, (const char *)data, (size_t)(nl - data));
	blen = size - (size_t)(nl + 1 - data);
	/* Exactly the body's bytes on the heap, so ASan sees any overread. */
	body = malloc(blen > 0 ? blen : 1);
	FUZZ_CHECK(body != NULL);
	memcpy(body, nl + 1, blen);
	memset(&r, 0, sizeof(r));
	r.ar = &ar;

	rc = http_parse_multipart(&ar, ctype, body, blen, &lim, &l, &r, &why);
	FUZZ_CHECK(rc == 0 || rc == 400 || rc == 413);
	/* A reason only for a refusal: a form that parses leaves none, so
	 * that a later error on the request is not reported as this one. */
	if (rc != 0) {
		FUZZ_CHECK(why != NULL && strncmp(why, "ERR_HTTP_", 9) == 0);
		goto out;
	}
	FUZZ_CHECK(why == NULL);
	FUZZ_CHECK(l.n + r.nfiles <= lim.max_fields);
	FUZZ_CHECK(r.nfiles <= lim.max_files);
	for (i = 0; i < l.n; i++) {
		FUZZ_CHECK(l.v[i].vlen <= lim.max_field);
		FUZZ_CHECK(strlen(l.v[i].val) == l.v[i].vlen);
		FUZZ_CHECK(fuzz_utf8_ref(l.v[i].key, strlen(l.v[i].key)) >= 0);
		FUZZ_CHECK(fuzz_utf8_ref(l.v[i].val, l.v[i].vlen) >= 0);
		simple = simple && plain(l.v[i].key, "") &&
		    no_delim(l.v[i].val, l.v[i].vlen);
	}
	for (i = 0; i < r.nfiles; i++) {
		f = &r.files[i];
		FUZZ_CHECK(f->len <= lim.max_file);
		FUZZ_CHECK(f->data >= body && f->data + f->len <= body + blen);
		FUZZ_CHECK(*f->filename != '\0');
		FUZZ_CHECK(strpbrk(f->filename, "/\\") == NULL);
		FUZZ_CHECK(strcmp(f->filename, ".") != 0 &&
		    strcmp(f->filename, "..") != 0);
		FUZZ_CHECK(fuzz_utf8_ref(f->filename, strlen(f->filename)) >= 0);
		FUZZ_CHECK(fuzz_utf8_ref(f->field, strlen(f->field)) >= 0);
		FUZZ_CHECK(f->ctype != NULL);
		simple = simple && plain(f->field, "") &&
		    plain(f->filename, "") && plain(f->ctype, "/+") &&
		    no_delim(f->data, f->len);
	}
	if (simple)
		round_trip(&ar, &l, &r);
out:
	free(body);
	arena_reset(&ar);
	return 0;
}
