/*
 * fuzz_xmlio: xmlio_accounts, the accounts upload as XML (libxml2 with
 * the parser settings of xmlio.c: no network, no DTD, no entities; the
 * schema etc/schemas/regnskab.xsd, found through $FRIST_SRC).
 *
 * Checked: never an internal error (a 500 to the recipient) for any
 * input; a refused file has 1..maxerrs errors, each message and path
 * NUL-terminated valid UTF-8 (own decoder) with a line >= 0; an
 * accepted file has no errors, at most XMLIO_MAXLINES lines, texts that
 * are valid UTF-8 within their buffers and days that exist; and nothing of
 * /etc/passwd is ever in what it read (an external entity loaded).  The
 * input's length picks the language of the messages.
 */
#define _GNU_SOURCE	/* memmem */
#include "fuzz.h"

#include "cal.h"
#include "xmlio.h"

static struct xmlio_accounts	*acc;
/* The first line of /etc/passwd: in a field only if the file has it. */
static const char		 canary[] = "root:x:0:0:";
static int			 canary_in;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char	*src = getenv("FRIST_SRC");
	char		 path[4096];

	(void)argc;
	(void)argv;
	snprintf(path, sizeof(path), "%s/etc/schemas/regnskab.xsd",
	    src != NULL ? src : ".");
	FUZZ_CHECK(xmlio_init(path) == 0);
	FUZZ_CHECK((acc = malloc(sizeof(*acc))) != NULL);
	return 0;
}

static void
text_ok(const char *s, size_t cap)
{
	size_t	 n = strnlen(s, cap);

	FUZZ_CHECK(n < cap);
	FUZZ_CHECK(fuzz_utf8_ref(s, n) >= 0);
	FUZZ_CHECK(canary_in || strstr(s, canary) == NULL);
}

/* YYYY-MM-DD and a day that exists (xs:date: any year, not only the
 * forms' 1900-2199; the portal does not use the period). */
static void
day_ok(const char *s)
{
	FUZZ_CHECK(strlen(s) == 10 && s[4] == '-' && s[7] == '-');
	FUZZ_CHECK(strspn(s, "0123456789") == 4 &&
	    strspn(s + 5, "0123456789") == 2 && strspn(s + 8, "0123456789") == 2);
	FUZZ_CHECK(cal_valid_ymd(atoi(s), atoi(s + 5), atoi(s + 8)));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct xmlio_error	 errs[XMLIO_MAXERRS];
	size_t			 nerrs = 99, i;
	char			*buf;
	int			 rc;

	xmlio_set_lang(size & 1 ? LANG_EN : LANG_DA);
	buf = malloc(size > 0 ? size : 1);	/* exactly size, for ASan */
	FUZZ_CHECK(buf != NULL);
	memcpy(buf, data, size);
	canary_in = memmem(buf, size, canary, strlen(canary)) != NULL;
	memset(errs, 0xA5, sizeof(errs));
	rc = xmlio_accounts(buf, size, acc, errs, XMLIO_MAXERRS, &nerrs);
	FUZZ_CHECK(rc == 0 || rc == 1);
	if (rc == 1) {
		FUZZ_CHECK(nerrs >= 1 && nerrs <= XMLIO_MAXERRS);
		for (i = 0; i < nerrs; i++) {
			FUZZ_CHECK(errs[i].line >= 0);
			text_ok(errs[i].msg, sizeof(errs[i].msg));
			text_ok(errs[i].path, sizeof(errs[i].path));
			FUZZ_CHECK(errs[i].msg[0] != '\0');
		}
	} else {
		FUZZ_CHECK(nerrs == 0);
		text_ok(acc->grant_no, sizeof(acc->grant_no));
		FUZZ_CHECK(acc->grant_no[0] != '\0');
		day_ok(acc->from);
		day_ok(acc->to);
		FUZZ_CHECK(acc->nlines >= 1 && acc->nlines <= XMLIO_MAXLINES);
		for (i = 0; i < acc->nlines; i++) {
			text_ok(acc->lines[i].text, sizeof(acc->lines[i].text));
			text_ok(acc->lines[i].explanation,
			    sizeof(acc->lines[i].explanation));
			FUZZ_CHECK(acc->lines[i].line > 0);
		}
	}
	free(buf);
	return 0;
}
