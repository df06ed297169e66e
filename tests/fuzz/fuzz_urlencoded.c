/*
 * fuzz_urlencoded: http_parse_urlencoded, which reads every query string
 * and every application/x-www-form-urlencoded body.
 *
 * Checked: a result of 0, 400 or 413 with a reason; on success at most
 * max_fields pairs, no value over max_field, keys and values valid UTF-8
 * without NUL (by a decoder of its own) and vlen their real length; and
 * the pairs encoded again with url_encode() parse back to the same pairs.
 */
#include "fuzz.h"

#include "http.h"
#include "util.h"

static const struct http_limits lim = {
	.max_body = 1 << 20, .max_fields = 24, .max_field = 128,
	.max_file = 1 << 20, .max_files = 4,
};
static const struct http_limits roomy = {
	.max_body = 1 << 20, .max_fields = 1 << 20, .max_field = 1 << 20,
	.max_file = 1 << 20, .max_files = 4,
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct arena	 ar;	/* reset, as a worker does */
	struct kvlist	 l = { 0 }, back = { 0 };
	const char	*why = NULL, *enc = "", *sep = "";
	size_t		 i;
	int		 rc;

	rc = http_parse_urlencoded(&ar, (const char *)data, size, &lim, &l,
	    &why);
	FUZZ_CHECK(rc == 0 || rc == 400 || rc == 413);
	if (rc != 0) {
		FUZZ_CHECK(why != NULL && strncmp(why, "ERR_HTTP_", 9) == 0);
		goto out;
	}
	FUZZ_CHECK(l.n <= lim.max_fields);
	for (i = 0; i < l.n; i++) {
		FUZZ_CHECK(l.v[i].vlen <= lim.max_field);
		FUZZ_CHECK(strlen(l.v[i].val) == l.v[i].vlen);
		FUZZ_CHECK(fuzz_utf8_ref(l.v[i].key, strlen(l.v[i].key)) >= 0);
		FUZZ_CHECK(fuzz_utf8_ref(l.v[i].val, l.v[i].vlen) >= 0);
		enc = arena_printf(&ar, "%s%s%s=%s", enc, sep,
		    url_encode(&ar, l.v[i].key), url_encode(&ar, l.v[i].val));
		sep = "&";
	}
	rc = http_parse_urlencoded(&ar, enc, strlen(enc), &roomy, &back, &why);
	FUZZ_CHECK(rc == 0);
	FUZZ_CHECK(back.n == l.n);
	for (i = 0; i < l.n; i++) {
		FUZZ_CHECK(strcmp(back.v[i].key, l.v[i].key) == 0);
		FUZZ_CHECK(back.v[i].vlen == l.v[i].vlen);
		FUZZ_CHECK(memcmp(back.v[i].val, l.v[i].val, l.v[i].vlen) == 0);
	}
out:
	arena_reset(&ar);
	return 0;
}
