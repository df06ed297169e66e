/*
 * fuzz_valid: valid_form, the form validator every handler runs, over
 * one table with every field type (with and without ranges, required or
 * not), in both languages.  The input is the values, one per field in
 * the table's order, separated by NUL bytes (the first byte picks the
 * language); invalid UTF-8 is let through on purpose, as the validator
 * checks it again.
 *
 * Checked: every message valid UTF-8 and shorter than VALID_MSG_MAX; no
 * accepted value begins or ends with white space; each type's promise
 * for what it accepts (lengths in code points, ranges, the date written
 * back the same, the amount formatted and read back the same, the CVR
 * check, digits only, the token's characters); the error count.
 */
#include "fuzz.h"

#include "cal.h"
#include "mailmsg.h"
#include "valid.h"
#include "util.h"

static const char *const colours[] = { "rød", "grøn", "blå", "", NULL };

enum { F_LINE, F_TEXT, F_INT, F_INTR, F_AMT, F_AMTR, F_DATE, F_DATER,
	F_ENUM, F_EMAIL, F_CVR, F_BOOL, F_CODE, F_DIGITS, F_TOKEN, F_REQ,
	F__MAX };

static struct valid_field fields[F__MAX] = {
	[F_LINE] = { "line", NULL, VT_LINE, 0, 0, 20, NULL },
	[F_TEXT] = { "text", "T_LABEL", VT_TEXT, 0, 2, 200, NULL },
	[F_INT] = { "int", NULL, VT_INT, 0, 0, 0, NULL },
	[F_INTR] = { "intr", NULL, VT_INT, 0, -5, 1000, NULL },
	[F_AMT] = { "amt", NULL, VT_AMOUNT, 0, 0, 0, NULL },
	[F_AMTR] = { "amtr", NULL, VT_AMOUNT, 0, -100000, 100000000000, NULL },
	[F_DATE] = { "date", NULL, VT_DATE, 0, 0, 0, NULL },
	[F_DATER] = { "dater", NULL, VT_DATE, 0, 0, 0, NULL },	/* Initialize */
	[F_ENUM] = { "enum", NULL, VT_ENUM, 0, 0, 0, colours },
	[F_EMAIL] = { "email", NULL, VT_EMAIL, 0, 0, 100, NULL },
	[F_CVR] = { "cvr", NULL, VT_CVR, 0, 0, 0, NULL },
	[F_BOOL] = { "bool", NULL, VT_BOOL, 0, 0, 0, NULL },
	[F_CODE] = { "code", NULL, VT_DIGITS, VF_REQUIRED, 16, 16, NULL },
	[F_DIGITS] = { "digits", NULL, VT_DIGITS, 0, 0, 0, NULL },
	[F_TOKEN] = { "token", NULL, VT_TOKEN, 0, 20, 64, NULL },
	[F_REQ] = { "req", "»label« æøå", VT_LINE, VF_REQUIRED, 1, 0, NULL },
};

/* The kv keys are mutable: copies of the names. */
static char	*keys[F__MAX];

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	size_t	 i;

	(void)argc;
	(void)argv;
	for (i = 0; i < F__MAX; i++)
		FUZZ_CHECK((keys[i] = strdup(fields[i].name)) != NULL);
	fields[F_DATER].min = cal_from_ymd(2020, 1, 1);
	fields[F_DATER].max = cal_from_ymd(2030, 12, 31);
	return 0;
}

static int
is_trim(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* The range check of INT and AMOUNT (none when min == max == 0). */
static void
in_range(const struct valid_field *f, int64_t n)
{
	if (f->min != 0 || f->max != 0)
		FUZZ_CHECK(n >= f->min && n <= f->max);
}

static void
check_len(const struct valid_field *f, long n)
{
	if (f->min > 0)
		FUZZ_CHECK(n >= f->min);
	if (f->max > 0)
		FUZZ_CHECK(n <= f->max);
}

/* What an accepted value of f promises. */
static void
check_ok(const struct valid_field *f, const struct valid_value *v)
{
	struct valid_value	 w;
	struct valid_msgbuf	 m;
	struct valid_field	 g;
	struct kvlist		 l;
	struct kv		 kv;
	const char		*s = v->str;
	char			 buf[40];
	size_t			 len = strlen(s), i;
	long			 cp = fuzz_utf8_ref(s, len);

	FUZZ_CHECK(cp >= 0);
	if (len > 0)
		FUZZ_CHECK(!is_trim(s[0]) && !is_trim(s[len - 1]));
	switch (f->type) {
	case VT_LINE:
	case VT_TEXT:
		for (i = 0; i < len; i++)
			FUZZ_CHECK(((unsigned char)s[i] >= 0x20 &&
			    s[i] != 0x7F) || (f->type == VT_TEXT &&
			    strchr("\t\r\n", s[i]) != NULL));
		check_len(f, cp);
		break;
	case VT_INT:
		in_range(f, v->num);
		FUZZ_CHECK(strtoll(s, NULL, 10) == v->num);
		break;
	case VT_AMOUNT:
		in_range(f, v->num);
		/* Written as the pages show it, it must read the same. */
		valid_fmt_amount(v->num, buf, sizeof(buf));
		g = *f;
		g.min = INT64_MIN;	/* any sign, any size: no range */
		g.max = INT64_MAX;
		kv.key = keys[F_AMT];
		g.name = keys[F_AMT];
		kv.val = buf;
		kv.vlen = strlen(buf);
		l.v = &kv;
		l.n = l.cap = 1;
		FUZZ_CHECK(valid_form(&g, 1, &l, &w, &m) == 0);
		FUZZ_CHECK(w.num == v->num);
		break;
	case VT_DATE:
		cal_format((cal_day)v->num, buf);
		FUZZ_CHECK(strcmp(buf, s) == 0);
		if (f->max > f->min)
			FUZZ_CHECK(v->num >= f->min && v->num <= f->max);
		break;
	case VT_ENUM:
		FUZZ_CHECK(v->num >= 0 && strcmp(f->choices[v->num], s) == 0);
		break;
	case VT_EMAIL:
		FUZZ_CHECK(strchr(s, '@') != NULL &&
		    strchr(s, '@') == strrchr(s, '@'));
		FUZZ_CHECK(strpbrk(s, " <>,;\"\r\n") == NULL);
		for (i = 0; s[i] != '\0'; i++)	/* ASCII only */
			FUZZ_CHECK((unsigned char)s[i] < 0x80);
		FUZZ_CHECK(mailmsg_addr_ok(s));	/* the mailer's rule */
		check_len(f, cp);
		break;
	case VT_CVR:
		FUZZ_CHECK(len == 8 && valid_cvr(s));
		FUZZ_CHECK(strtoll(s, NULL, 10) == v->num);
		break;
	case VT_BOOL:
		FUZZ_CHECK(v->num == 1);
		break;
	case VT_DIGITS:
		FUZZ_CHECK(len > 0 && strspn(s, "0123456789") == len);
		check_len(f, (long)len);
		break;
	case VT_TOKEN:
		FUZZ_CHECK(strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
		    "abcdefghijklmnopqrstuvwxyz0123456789_-") == len);
		check_len(f, (long)len);
		break;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct kv		 kv[F__MAX];
	struct kvlist		 l = { kv, 0, F__MAX };
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 m[F__MAX];
	char			*buf, *p, *end;
	size_t			 i, nerr, n = 0;

	if (size == 0)
		return 0;
	valid_set_lang(data[0] & 1 ? LANG_EN : LANG_DA);
	buf = fuzz_strndup(data + 1, size - 1);
	end = buf + size - 1;
	for (p = buf, i = 0; i < F__MAX && p <= end; i++) {
		kv[i].key = keys[i];
		kv[i].val = p;
		kv[i].vlen = strlen(p);
		p += kv[i].vlen + 1;
		l.n++;
	}
	nerr = valid_form(fields, F__MAX, &l, v, m);
	for (i = 0; i < F__MAX; i++) {
		if (v[i].err != NULL) {
			n++;
			FUZZ_CHECK(strlen(v[i].err) < VALID_MSG_MAX);
			FUZZ_CHECK(fuzz_utf8_ref(v[i].err, strlen(v[i].err)) >= 0);
			continue;
		}
		FUZZ_CHECK(v[i].present == (v[i].str[0] != '\0'));
		if (v[i].present)
			check_ok(&fields[i], &v[i]);
		else
			FUZZ_CHECK(!(fields[i].flags & VF_REQUIRED));
	}
	FUZZ_CHECK(n == nerr);
	free(buf);
	return 0;
}
