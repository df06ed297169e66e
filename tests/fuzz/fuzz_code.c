/*
 * fuzz_code: the receipt code and what comes with it.  The input is a
 * urlencoded body as the mailbox and the portal's resume page get it;
 * it goes through http_parse_urlencoded and valid_form with the fields of
 * the whistleblower mailbox (cgi/whistle/page_mailbox.c) and of the
 * draft resume (cgi/portal/page_resume.c), copied here as they are there.
 * The raw bytes also go to wb_unpack and wb_open_fields, which read the
 * length-prefixed fields of a decrypted (or forged) blob.
 *
 * Checked: a code is accepted only as exactly 16 ASCII digits (a draft
 * number 8) that are the digits typed, with nothing but spaces and '-'
 * between them; a blob under a key nobody has is never opened; wb_unpack
 * never reads past its buffer (ASan), and what it gives packs and
 * unpacks to the same.
 */
#include "fuzz.h"

#include "http.h"
#include "valid.h"
#include "wb.h"
#include "util.h"

/* As page_mailbox.c: F_CODE .. F_ONCE. */
static const char *const actions[] = { "open", "reply", "download", NULL };
static const struct valid_field mailbox[] = {
	{ "code", "WB_CODE", VT_DIGITS, VF_REQUIRED, WB_CODE, WB_CODE, NULL },
	{ "action", "WB_ACTION", VT_ENUM, 0, 0, 0, actions },
	{ "reply", "WB_REPLY", VT_TEXT, 0, 0, 20000, NULL },
	{ "file_id", "WB_FILE", VT_INT, 0, 1, INT64_MAX, NULL },
	{ "once", "WB_ONCE", VT_TOKEN, 0, 20, 64, NULL },
};
/* As page_resume.c. */
static const struct valid_field resume[] = {
	{ "draft_no", "G_RESUME_DRAFT_NO", VT_DIGITS, VF_REQUIRED, 8, 8, NULL },
	{ "code", "G_RESUME_CODE", VT_DIGITS, VF_REQUIRED, 16, 16, NULL },
};
static const struct http_limits lim = {
	.max_body = 1 << 20, .max_fields = 200, .max_field = 64 * 1024,
	.max_file = 1 << 20, .max_files = 10,
};

/* A copy of the first value of key, before validation changes it. */
static char *
raw(struct arena *a, const struct kvlist *l, const char *key)
{
	const char	*v = kv_str(l, key);

	return v != NULL ? arena_strdup(a, v) : NULL;
}

/* An accepted code: n ASCII digits, those typed in raw, in order. */
static void
check_code(const struct valid_value *v, const char *raw, size_t n)
{
	const char	*p;
	size_t		 i = 0;

	if (v->err != NULL)
		return;
	FUZZ_CHECK(raw != NULL && strlen(v->str) == n);
	for (p = raw; *p != '\0'; p++) {
		if (*p >= '0' && *p <= '9') {
			FUZZ_CHECK(i < n && v->str[i] == *p);
			i++;
		} else
			FUZZ_CHECK(strchr(" -\t\r\n", *p) != NULL);
	}
	FUZZ_CHECK(i == n);
}

static void
check_blob(struct arena *a, const uint8_t *data, size_t size)
{
	static const unsigned char nokey[WB_KEY] = "nobody has this key, not a one";
	const char	*f[3], *g[3];
	unsigned char	*buf, *packed;
	size_t		 i, plen;

	buf = malloc(size > 0 ? size : 1);	/* exactly size, for ASan */
	FUZZ_CHECK(buf != NULL);
	memcpy(buf, data, size);
	FUZZ_CHECK(wb_open_fields(a, nokey, buf, size, f, 3) == -1);
	if (wb_unpack(a, buf, size, f, 3) == 0) {
		packed = wb_pack(a, f, 3, &plen);
		FUZZ_CHECK(wb_unpack(a, packed, plen, g, 3) == 0);
		for (i = 0; i < 3; i++)
			FUZZ_CHECK(strcmp(f[i], g[i]) == 0);
	}
	free(buf);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct arena		 ar;	/* reset, as a worker does */
	struct kvlist		 l = { 0 }, l2 = { 0 };
	struct valid_value	 v[5];
	struct valid_msgbuf	 m[5];
	const char		*why;
	char			*code, *draft;

	check_blob(&ar, data, size);
	if (http_parse_urlencoded(&ar, (const char *)data, size, &lim, &l,
	    &why) != 0)
		goto out;
	/* valid_form trims and compacts in place: a second list for resume. */
	if (http_parse_urlencoded(&ar, (const char *)data, size, &lim, &l2,
	    &why) != 0)
		goto out;
	code = raw(&ar, &l, "code");
	(void)valid_form(mailbox, 5, &l, v, m);
	check_code(&v[0], code, WB_CODE);
	draft = raw(&ar, &l2, "draft_no");
	(void)valid_form(resume, 2, &l2, v, m);
	check_code(&v[0], draft, 8);
	check_code(&v[1], code, 16);
out:
	arena_reset(&ar);
	return 0;
}
