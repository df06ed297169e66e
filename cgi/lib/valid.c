/*
 * valid: table-driven form validation (see valid.h).
 *
 * Allocation-free: values are trimmed and normalised in place in the
 * request's mutable kv buffers, and messages are formatted into the
 * caller's per-field msgbuf.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "cal.h"
#include "i18n.h"
#include "kv.h"
#include "mailmsg.h"
#include "valid.h"

#define ISDIGIT(c)	((c) >= '0' && (c) <= '9')
#define ISTRIM(c)	((c) == ' ' || (c) == '\t' || (c) == '\r' || (c) == '\n')

/* Parser results. */
#define P_OK		 0
#define P_SYNTAX	-1
#define P_RANGE		-2	/* well-formed but does not fit in int64 */

static size_t	 utf8_seq(const unsigned char *, size_t);
static void	 utf8_cut(char *);
static const char *msgf(struct valid_msgbuf *, const char *, ...)
		    __attribute__((__format__(__printf__, 2, 3)));
static const char *label(const struct valid_field *);
static void	 trim(struct kv *);
static int	 check_len(const struct valid_field *, long,
		    struct valid_value *, struct valid_msgbuf *);
static int	 has_range(const struct valid_field *);
static int	 parse_int(const char *, size_t, int64_t *);
static int	 parse_amount(const char *, size_t, int, int64_t *);
static int	 vt_text(const struct valid_field *, struct kv *,
		    struct valid_value *, struct valid_msgbuf *);
static int	 vt_int(const struct valid_field *, struct kv *,
		    struct valid_value *, struct valid_msgbuf *);
static int	 vt_amount(const struct valid_field *, struct kv *,
		    struct valid_value *, struct valid_msgbuf *);
static int	 vt_date(const struct valid_field *, struct kv *,
		    struct valid_value *, struct valid_msgbuf *);
static int	 vt_enum(const struct valid_field *, struct kv *,
		    struct valid_value *, struct valid_msgbuf *);
static int	 vt_email(const struct valid_field *, struct kv *,
		    struct valid_value *, struct valid_msgbuf *);
static int	 vt_cvr(const struct valid_field *, struct kv *,
		    struct valid_value *, struct valid_msgbuf *);
static int	 vt_bool(const struct valid_field *, struct kv *,
		    struct valid_value *, struct valid_msgbuf *);
static int	 vt_digits(const struct valid_field *, struct kv *,
		    struct valid_value *, struct valid_msgbuf *);
static int	 vt_token(const struct valid_field *, struct kv *,
		    struct valid_value *, struct valid_msgbuf *);
static void	 check_field(const struct valid_field *, const struct kvlist *,
		    struct valid_value *, struct valid_msgbuf *);

/* --- UTF-8 ------------------------------------------------------------ */

/*
 * Length of the well-formed sequence at s[0..len), or 0.  Follows the
 * table in Unicode 15 section 3.9 (D92), which excludes overlongs,
 * surrogates and code points above U+10FFFF by the allowed second byte.
 */
static size_t
utf8_seq(const unsigned char *s, size_t len)
{
	unsigned char	 c = s[0], lo = 0x80, hi = 0xBF;
	size_t		 n, i;

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		n = 2;
	else if (c >= 0xE0 && c <= 0xEF) {
		n = 3;
		if (c == 0xE0)
			lo = 0xA0;	/* overlong */
		else if (c == 0xED)
			hi = 0x9F;	/* surrogates */
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4;
		if (c == 0xF0)
			lo = 0x90;	/* overlong */
		else if (c == 0xF4)
			hi = 0x8F;	/* > U+10FFFF */
	} else
		return 0;	/* continuation byte, C0/C1, F5..FF */
	if (len < n)
		return 0;
	if (s[1] < lo || s[1] > hi)
		return 0;
	for (i = 2; i < n; i++)
		if (s[i] < 0x80 || s[i] > 0xBF)
			return 0;
	return n;
}

long
utf8_len(const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, k;
	long			 n = 0;

	while (i < len) {
		if ((k = utf8_seq(p + i, len - i)) == 0)
			return -1;
		i += k;
		n++;
	}
	return n;
}

int
utf8_valid(const char *s, size_t len)
{
	if (len > 0 && memchr(s, '\0', len) != NULL)
		return 0;
	return utf8_len(s, len) >= 0;
}

/* snprintf() may have cut a multi-byte character: drop its remains. */
static void
utf8_cut(char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 len = strlen(s), i = len, n;

	while (i > 0 && len - i < 3 && (p[i - 1] & 0xC0) == 0x80)
		i--;
	if (i == 0 || p[i - 1] < 0xC0) {
		/* ASCII, or continuation bytes without a lead. */
		if (i == 0 || p[i - 1] >= 0x80 || i < len)
			s[i] = '\0';
		return;
	}
	i--;
	n = p[i] >= 0xF0 ? 4 : p[i] >= 0xE0 ? 3 : 2;
	if (len - i < n)
		s[i] = '\0';
}

/* --- helpers ---------------------------------------------------------- */

static const char *
msgf(struct valid_msgbuf *m, const char *fmt, ...)
{
	va_list	 ap;
	int	 r;

	va_start(ap, fmt);
	r = vsnprintf(m->buf, sizeof(m->buf), fmt, ap);
	va_end(ap);
	if (r < 0)
		m->buf[0] = '\0';
	else if ((size_t)r >= sizeof(m->buf))
		utf8_cut(m->buf);
	return m->buf;
}

/*
 * Messages in the request's language: MSG(m, danish, english, ...), both
 * literal formats (checked by the compiler).  The language is set once
 * per request by the dispatcher (valid_set_lang).
 */
static enum lang	 valid_lang = LANG_DA;

#define MSG(m, da, en, ...) \
	(valid_lang == LANG_EN ? msgf((m), en, __VA_ARGS__) : \
	    msgf((m), da, __VA_ARGS__))

void
valid_set_lang(enum lang l)
{
	valid_lang = l;
}

/* A label that is a key of the string tables is shown in the language. */
static const char *
label(const struct valid_field *f)
{
	return f->label != NULL ? i18n_str(valid_lang, f->label) : f->name;
}

/* In place, so that str and later look-ups see the trimmed value. */
static void
trim(struct kv *p)
{
	size_t	 a = 0, b = p->vlen;

	while (b > 0 && ISTRIM(p->val[b - 1]))
		b--;
	while (a < b && ISTRIM(p->val[a]))
		a++;
	if (a > 0)
		memmove(p->val, p->val + a, b - a);
	p->vlen = b - a;
	p->val[p->vlen] = '\0';
}

static int
check_len(const struct valid_field *f, long n, struct valid_value *v,
    struct valid_msgbuf *m)
{
	if (f->min > 0 && n < f->min) {
		v->err = MSG(m, "»%s« skal være mindst %lld tegn.",
		    "“%s” must be at least %lld characters.",
		    label(f), (long long)f->min);
		return -1;
	}
	if (f->max > 0 && n > f->max) {
		v->err = MSG(m, "»%s« må højst være %lld tegn.",
		    "“%s” can be at most %lld characters.",
		    label(f), (long long)f->max);
		return -1;
	}
	return 0;
}

/* INT and AMOUNT: min == max == 0 means "no range". */
static int
has_range(const struct valid_field *f)
{
	return f->min != 0 || f->max != 0;
}

/*
 * Optional '-', then digits.  Accumulates negatively so that INT64_MIN
 * fits; C division truncates towards zero, which makes (MIN + d) / 10
 * the smallest accumulator that can take one more digit.
 */
static int
parse_int(const char *s, size_t len, int64_t *out)
{
	size_t	 i = 0;
	int64_t	 acc = 0;
	int	 neg = 0, d, over = 0;

	if (i < len && s[i] == '-') {
		neg = 1;
		i++;
	}
	if (i == len)
		return P_SYNTAX;
	for (; i < len; i++) {
		if (!ISDIGIT(s[i]))
			return P_SYNTAX;
		d = s[i] - '0';
		if (over || acc < (INT64_MIN + d) / 10)
			over = 1;
		else
			acc = acc * 10 - d;
	}
	if (over)
		return P_RANGE;
	if (!neg) {
		if (acc == INT64_MIN)
			return P_RANGE;
		acc = -acc;
	}
	*out = acc;
	return P_OK;
}

/*
 * Kroner to øre.  The integer part is either plain digits or groups of
 * exactly three digits separated by dots after a first group of 1..3;
 * the optional decimal part after ',' has one or two digits.
 */
static int
parse_amount(const char *s, size_t len, int neg_ok, int64_t *out)
{
	size_t	 i = 0, ndig = 0, group = 0, nd;
	int64_t	 acc = 0, ore;
	int	 neg = 0, dotted = 0, over = 0, d;

	if (i < len && s[i] == '-') {
		if (!neg_ok)
			return P_SYNTAX;
		neg = 1;
		i++;
	}
	for (; i < len && s[i] != ','; i++) {
		if (s[i] == '.') {
			if (group == 0 || group > 3 || (dotted && group != 3))
				return P_SYNTAX;
			dotted = 1;
			group = 0;
			continue;
		}
		if (!ISDIGIT(s[i]))
			return P_SYNTAX;
		d = s[i] - '0';
		if (over || acc < (INT64_MIN + d) / 10)
			over = 1;
		else
			acc = acc * 10 - d;
		ndig++;
		group++;
	}
	if (ndig == 0 || (dotted && group != 3))
		return P_SYNTAX;
	ore = 0;
	if (i < len) {
		i++;	/* ',' */
		nd = len - i;
		if (nd < 1 || nd > 2 || !ISDIGIT(s[i]) ||
		    (nd == 2 && !ISDIGIT(s[i + 1])))
			return P_SYNTAX;
		ore = (s[i] - '0') * 10;
		if (nd == 2)
			ore += s[i + 1] - '0';
	}
	if (over || acc < (INT64_MIN + ore) / 100)
		return P_RANGE;
	acc = acc * 100 - ore;
	if (!neg) {
		if (acc == INT64_MIN)
			return P_RANGE;
		acc = -acc;
	}
	*out = acc;
	return P_OK;
}

/* --- types ------------------------------------------------------------ */

/* VT_LINE and VT_TEXT. */
static int
vt_text(const struct valid_field *f, struct kv *p, struct valid_value *v,
    struct valid_msgbuf *m)
{
	size_t		 i;
	unsigned char	 c;

	for (i = 0; i < p->vlen; i++) {
		c = (unsigned char)p->val[i];
		if (c >= 0x20 && c != 0x7F)
			continue;
		if (f->type == VT_TEXT && (c == '\t' || c == '\r' || c == '\n'))
			continue;
		if (f->type == VT_LINE)
			v->err = MSG(m, "»%s« må kun være én linje tekst.",
			    "“%s” must be a single line of text.",
			    label(f));
		else
			v->err = MSG(m, "»%s« indeholder ugyldige tegn.",
			    "“%s” contains characters that are not allowed.",
			    label(f));
		return -1;
	}
	return check_len(f, utf8_len(p->val, p->vlen), v, m);
}

static int
vt_int(const struct valid_field *f, struct kv *p, struct valid_value *v,
    struct valid_msgbuf *m)
{
	int64_t	 n = 0;
	int	 r;

	r = parse_int(p->val, p->vlen, &n);
	/* A huge number is out of any range the form has. */
	if (r == P_SYNTAX || (r == P_RANGE && !has_range(f))) {
		v->err = MSG(m, "»%s« skal være et helt tal.",
		"“%s” must be a whole number.", label(f));
		return -1;
	}
	if (r == P_RANGE || (has_range(f) && (n < f->min || n > f->max))) {
		v->err = MSG(m, "»%s« skal være mellem %lld og %lld.",
		    "“%s” must be between %lld and %lld.",
		    label(f), (long long)f->min, (long long)f->max);
		return -1;
	}
	v->num = n;
	return 0;
}

static int
vt_amount(const struct valid_field *f, struct kv *p, struct valid_value *v,
    struct valid_msgbuf *m)
{
	char	 lo[32], hi[32];
	int64_t	 n = 0;
	int	 r;

	r = parse_amount(p->val, p->vlen, f->min < 0, &n);
	if (r == P_SYNTAX || (r == P_RANGE && !has_range(f))) {
		v->err = MSG(m, "»%s« skal være et beløb i kroner, "
		    "fx 12.500,00.",
		"“%s” must be an amount in kroner, for example 12.500,00.", label(f));
		return -1;
	}
	if (r == P_RANGE || (has_range(f) && (n < f->min || n > f->max))) {
		v->err = MSG(m, "»%s« skal være mellem %s og %s kr.",
		    "“%s” must be between %s and %s kroner.",
		    label(f), valid_fmt_amount(f->min, lo, sizeof(lo)),
		    valid_fmt_amount(f->max, hi, sizeof(hi)));
		return -1;
	}
	v->num = n;
	return 0;
}

/* Two or four digits at s; -1 if not. */
static int
ndigits(const char *s, int n)
{
	int	 i, v = 0;

	for (i = 0; i < n; i++) {
		if (!ISDIGIT(s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/*
 * A value in the form ÅÅÅÅ-MM-DD that is not a day says what is wrong
 * with it (no such month, no such day, a year out of range) rather than
 * asking for the form it already has.
 */
static int
vt_date(const struct valid_field *f, struct kv *p, struct valid_value *v,
    struct valid_msgbuf *m)
{
	char	 lo[11], hi[11];
	cal_day	 d;
	int	 y, mo, dd;

	if (cal_parse(p->val, &d) != 0) {
		y = mo = dd = -1;
		if (p->vlen == 10 && p->val[4] == '-' && p->val[7] == '-') {
			y = ndigits(p->val, 4);
			mo = ndigits(p->val + 5, 2);
			dd = ndigits(p->val + 8, 2);
		}
		if (y < 0 || mo < 0 || dd < 0)
			v->err = MSG(m, "»%s« skal være en dato på formen "
			    "ÅÅÅÅ-MM-DD.",
		"“%s” must be a date written as YYYY-MM-DD.", label(f));
		else if (mo < 1 || mo > 12)
			v->err = MSG(m, "»%s«: %s findes ikke – måneden skal "
			    "være 01-12.",
		"“%s”: %s does not exist – the month must be 01-12.", label(f), p->val);
		else if (y < 1900 || y > 2199)
			v->err = MSG(m, "»%s«: året skal ligge mellem 1900 og "
			    "2199.",
		"“%s”: the year must be between 1900 and 2199.", label(f));
		else
			v->err = MSG(m, "»%s«: %s findes ikke – %s %d har %d "
			    "dage.",
			    "“%s”: %s does not exist – %s %d has %d days.", label(f), p->val, i18n_month(valid_lang, mo), y,
			    cal_days_in_month(y, mo));
		return -1;
	}
	if (f->max > f->min && (d < f->min || d > f->max)) {
		cal_format((cal_day)f->min, lo);
		cal_format((cal_day)f->max, hi);
		v->err = MSG(m, "»%s« skal ligge mellem %s og %s.",
		    "“%s” must be between %s and %s.",
		    label(f), lo, hi);
		return -1;
	}
	v->num = d;
	return 0;
}

static int
vt_enum(const struct valid_field *f, struct kv *p, struct valid_value *v,
    struct valid_msgbuf *m)
{
	size_t	 i;

	for (i = 0; f->choices != NULL && f->choices[i] != NULL; i++) {
		if (strlen(f->choices[i]) == p->vlen &&
		    memcmp(f->choices[i], p->val, p->vlen) == 0) {
			v->num = (int64_t)i;
			return 0;
		}
	}
	v->err = MSG(m, "Vælg en gyldig værdi i »%s«.",
	"Choose one of the values offered for “%s”.", label(f));
	return -1;
}

static int
vt_email(const struct valid_field *f, struct kv *p, struct valid_value *v,
    struct valid_msgbuf *m)
{
	size_t	 i;

	/* Mail goes out without SMTPUTF8 (and sql/029 stores only plain
	 * addresses), so letters such as æ, ø, å are named as the fault. */
	for (i = 0; i < p->vlen; i++)
		if ((unsigned char)p->val[i] >= 0x80) {
			v->err = MSG(m, "»%s« må kun indeholde tegn fra det "
			    "engelske alfabet (ASCII): bogstaver som æ, ø og å "
			    "kan ikke bruges i en e-mailadresse. Et domæne med "
			    "æ, ø eller å skrives som punycode (xn--…).",
			    "“%s” can only contain ASCII characters: letters "
			    "such as æ, ø and å cannot be used in an e-mail "
			    "address. A domain with æ, ø or å is written as "
			    "punycode (xn--…).", label(f));
			return -1;
		}
	/* The one address rule is the mailer's (mailmsg_addr_ok), so that no
	 * form takes an address that mail cannot go to; sql/029's
	 * email_plain() is the same rule for the database.  check_field has
	 * refused a NUL, and trim() ended the value. */
	if (!mailmsg_addr_ok(p->val)) {
		v->err = MSG(m, "»%s« skal være en gyldig e-mailadresse.",
		    "“%s” must be a valid e-mail address.",
		    label(f));
		return -1;
	}
	return check_len(f, utf8_len(p->val, p->vlen), v, m);
}

/*
 * Spaces are how CVR numbers are often written ("1015 0817").  The
 * message says what is wrong: other characters, the number of digits,
 * a leading 0, or the modulus-11 check (a mistyped digit).
 */
static int
vt_cvr(const struct valid_field *f, struct kv *p, struct valid_value *v,
    struct valid_msgbuf *m)
{
	char	 d[9];
	size_t	 i, n = 0;

	for (i = 0; i < p->vlen; i++) {
		if (p->val[i] == ' ')
			continue;
		if (!ISDIGIT(p->val[i])) {
			v->err = MSG(m, "»%s« må kun indeholde cifre: et "
			    "CVR-nummer er 8 cifre, fx 10150817.",
			"“%s” can only contain digits: a CVR number is 8 digits, for example 10150817.", label(f));
			return -1;
		}
		if (n < 8)
			d[n] = p->val[i];
		n++;
	}
	if (n != 8) {
		v->err = MSG(m, "»%s« skal være 8 cifre, men har %zu.",
		    "“%s” must be 8 digits, but has %zu.",
		    label(f), n);
		return -1;
	}
	d[8] = '\0';
	if (d[0] == '0') {
		v->err = MSG(m, "»%s« kan ikke begynde med 0.",
		"“%s” cannot start with 0.", label(f));
		return -1;
	}
	if (!valid_cvr(d)) {
		v->err = MSG(m, "»%s« er ikke et gyldigt CVR-nummer: "
		    "kontrolcifferet passer ikke. Tjek, at alle 8 cifre er "
		    "skrevet rigtigt.",
		"“%s” is not a valid CVR number: the check digit does not match. Check that all 8 digits are right.", label(f));
		return -1;
	}
	/* Rewrite only when valid: a bad value is shown back as typed. */
	memcpy(p->val, d, sizeof(d));
	p->vlen = 8;
	for (i = 0; i < 8; i++)
		v->num = v->num * 10 + (d[i] - '0');
	return 0;
}

static int
vt_bool(const struct valid_field *f, struct kv *p, struct valid_value *v,
    struct valid_msgbuf *m)
{
	if (strcmp(p->val, "1") == 0 || strcmp(p->val, "on") == 0 ||
	    strcmp(p->val, "ja") == 0) {
		v->num = 1;
		return 0;
	}
	v->err = MSG(m, "Ugyldig værdi i »%s«.",
	"The value of “%s” is not valid.", label(f));
	return -1;
}

static int
vt_digits(const struct valid_field *f, struct kv *p, struct valid_value *v,
    struct valid_msgbuf *m)
{
	size_t	 i, n = 0;

	for (i = 0; i < p->vlen; i++) {
		if (ISDIGIT(p->val[i]))
			n++;
		else if (p->val[i] != ' ' && p->val[i] != '-')
			break;
	}
	if (i < p->vlen || n == 0) {
		v->err = MSG(m, "»%s« må kun indeholde cifre.",
		"“%s” can only contain digits.", label(f));
		return -1;
	}
	if (check_len(f, (long)n, v, m) == -1)
		return -1;
	/* Compact in place only once valid, so errors re-display as typed. */
	for (i = 0, n = 0; i < p->vlen; i++)
		if (ISDIGIT(p->val[i]))
			p->val[n++] = p->val[i];
	p->val[n] = '\0';
	p->vlen = n;
	return 0;
}

static int
vt_token(const struct valid_field *f, struct kv *p, struct valid_value *v,
    struct valid_msgbuf *m)
{
	size_t	 i;
	char	 c;

	for (i = 0; i < p->vlen; i++) {
		c = p->val[i];
		if (!ISDIGIT(c) && !(c >= 'a' && c <= 'z') &&
		    !(c >= 'A' && c <= 'Z') && c != '_' && c != '-') {
			v->err = MSG(m, "Ugyldig værdi i »%s«.",
			"The value of “%s” is not valid.", label(f));
			return -1;
		}
	}
	return check_len(f, (long)p->vlen, v, m);
}

/* --- forms ------------------------------------------------------------ */

static void
check_field(const struct valid_field *f, const struct kvlist *input,
    struct valid_value *v, struct valid_msgbuf *m)
{
	struct kv	*p;

	v->present = 0;
	v->str = "";
	v->num = 0;
	v->err = NULL;
	m->buf[0] = '\0';

	p = kv_get(input, f->name);
	if (p != NULL && p->val != NULL)
		trim(p);
	if (p == NULL || p->val == NULL || p->vlen == 0) {
		if (f->flags & VF_REQUIRED)
			v->err = MSG(m, "Udfyld feltet »%s«.",
		"Fill in “%s”.", label(f));
		return;
	}
	v->present = 1;
	v->str = p->val;
	/* The HTTP layer should have caught this; never trust it blindly. */
	if (!utf8_valid(p->val, p->vlen)) {
		v->err = MSG(m, "Ugyldig værdi i »%s«.",
		"The value of “%s” is not valid.", label(f));
		return;
	}

	switch (f->type) {
	case VT_LINE:
	case VT_TEXT:
		(void)vt_text(f, p, v, m);
		break;
	case VT_INT:
		(void)vt_int(f, p, v, m);
		break;
	case VT_AMOUNT:
		(void)vt_amount(f, p, v, m);
		break;
	case VT_DATE:
		(void)vt_date(f, p, v, m);
		break;
	case VT_ENUM:
		(void)vt_enum(f, p, v, m);
		break;
	case VT_EMAIL:
		(void)vt_email(f, p, v, m);
		break;
	case VT_CVR:
		(void)vt_cvr(f, p, v, m);
		break;
	case VT_BOOL:
		(void)vt_bool(f, p, v, m);
		break;
	case VT_DIGITS:
		(void)vt_digits(f, p, v, m);
		break;
	case VT_TOKEN:
		(void)vt_token(f, p, v, m);
		break;
	default:
		v->err = MSG(m, "Ugyldig værdi i »%s«.",
		"The value of “%s” is not valid.", label(f));
		break;
	}
	if (v->err != NULL)
		v->num = 0;
	v->str = p->val;	/* DIGITS and CVR may have compacted it */
}

size_t
valid_form(const struct valid_field *fields, size_t n,
    const struct kvlist *input, struct valid_value *out,
    struct valid_msgbuf *msgs)
{
	size_t	 i, nerr = 0;

	for (i = 0; i < n; i++) {
		check_field(&fields[i], input, &out[i], &msgs[i]);
		if (out[i].err != NULL)
			nerr++;
	}
	return nerr;
}

/* --- CVR and amounts -------------------------------------------------- */

int
valid_cvr(const char *digits)
{
	static const int	 w[8] = { 2, 7, 6, 5, 4, 3, 2, 1 };
	int			 i, sum = 0;

	if (digits == NULL || digits[0] == '0')
		return 0;
	for (i = 0; i < 8; i++) {
		if (!ISDIGIT(digits[i]))
			return 0;
		sum += (digits[i] - '0') * w[i];
	}
	return digits[8] == '\0' && sum % 11 == 0;
}

/* Built backwards in a local buffer from the unsigned magnitude. */
char *
valid_fmt_amount(int64_t ore, char *buf, size_t bufsz)
{
	char		 tmp[40];
	size_t		 i = sizeof(tmp), len;
	uint64_t	 u;
	int		 n = 0;

	u = ore < 0 ? (uint64_t)0 - (uint64_t)ore : (uint64_t)ore;
	tmp[--i] = '\0';
	tmp[--i] = (char)('0' + u % 10);
	u /= 10;
	tmp[--i] = (char)('0' + u % 10);
	u /= 10;
	tmp[--i] = ',';
	do {
		if (n > 0 && n % 3 == 0)
			tmp[--i] = '.';
		tmp[--i] = (char)('0' + u % 10);
		u /= 10;
		n++;
	} while (u > 0);
	if (ore < 0)
		tmp[--i] = '-';

	if (bufsz == 0)
		return buf;
	len = sizeof(tmp) - 1 - i;
	if (len >= bufsz)
		len = bufsz - 1;
	memcpy(buf, tmp + i, len);
	buf[len] = '\0';
	return buf;
}
