/* xmlio: accounts in, Atom out, through libxml2 (see xmlio.h). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>

#include "cal.h"
#include "log.h"
#include "xmlio.h"

#define NS_REGNSKAB	"urn:frist:regnskab:1"
#define NS_ATOM		"http://www.w3.org/2005/Atom"

/*
 * Never NOENT, DTDLOAD, DTDATTR, DTDVALID, XINCLUDE, HUGE or RECOVER:
 * uploads are hostile.  Errors come through the structured handler.
 */
#define PARSE_OPTS	(XML_PARSE_NONET | XML_PARSE_NOERROR | \
			 XML_PARSE_NOWARNING | XML_PARSE_NOCDATA)

/*
 * Messages in the uploader's language: MSG(out, sz, danish, english, ...)
 * with literal formats (checked by the compiler), TXT(danish, english)
 * for a text without values.  The portal sets the language before it
 * validates (xmlio_set_lang).
 */
static enum lang	 xmlio_lang = LANG_DA;

#define MSG(out, sz, da, en, ...) \
	((void)(xmlio_lang == LANG_EN ? snprintf((out), (sz), en, \
	    __VA_ARGS__) : snprintf((out), (sz), da, __VA_ARGS__)))
#define TXT(da, en)	(xmlio_lang == LANG_EN ? (en) : (da))

#define MSG_EMPTY	TXT("Filen er tom.", "The file is empty.")
#define MSG_TOOBIG	TXT("Filen er for stor (højst 2 MB).", \
			    "The file is too large (at most 2 MB).")
#define MSG_DOCTYPE	TXT("Filen må ikke indeholde en DOCTYPE-erklæring " \
			    "(DTD).", "The file must not contain a DOCTYPE " \
			    "declaration (DTD).")
#define MSG_MORE	TXT("Der er flere fejl, som ikke er vist.", \
			    "There are more errors, which are not shown.")
/* Before every well-formedness error. */
#define NOTXML_DA	"Filen er ikke gyldig XML: "
#define NOTXML_EN	"The file is not valid XML: "

/* Errors collected for the caller of xmlio_accounts. */
struct sink {
	struct xmlio_error	*errs;
	size_t			 max;
	size_t			 n;
	int			 more;		/* errors were dropped */
	int			 doctype;	/* line of a DOCTYPE, 0 if none */
	int			 parse_seen;	/* the first parse error is kept */
	const void		*last_node;	/* of the last schema error */
};

static xmlSchemaPtr		 schema;
static xmlExternalEntityLoader	 default_loader;

/* --- UTF-8 ------------------------------------------------------------- */

/*
 * Length of the well-formed UTF-8 sequence at p (1..4), 0 if it is not
 * one (overlong, surrogate, beyond U+10FFFF, cut short).  *cp gets the
 * code point.
 */
static size_t
utf8_next(const unsigned char *p, size_t avail, uint32_t *cp)
{
	uint32_t	 c, min;
	size_t		 n, i;

	if (avail == 0)
		return 0;
	c = p[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if ((c & 0xe0) == 0xc0) {
		n = 2, c &= 0x1f, min = 0x80;
	} else if ((c & 0xf0) == 0xe0) {
		n = 3, c &= 0x0f, min = 0x800;
	} else if ((c & 0xf8) == 0xf0) {
		n = 4, c &= 0x07, min = 0x10000;
	} else
		return 0;
	if (avail < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (p[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

/*
 * Copies whole UTF-8 sequences of src[0..len-1] into dst while they fit,
 * stopping at the first malformed one; dst is always terminated.
 * Returns 1 if anything was left out, else 0.
 */
static int
copy_utf8(char *dst, size_t dstsz, const char *src, size_t len)
{
	const unsigned char	*p = (const unsigned char *)src;
	size_t			 i = 0, n;
	uint32_t		 cp;

	if (dstsz == 0)
		return len > 0;
	while (i < len) {
		if ((n = utf8_next(p + i, len - i, &cp)) == 0 ||
		    n > dstsz - 1 - i)
			break;
		i += n;
	}
	memcpy(dst, src, i);
	dst[i] = '\0';
	return i < len;
}

/*
 * Drops from s, in place, the bytes of any sequence that is not whole
 * UTF-8: a name cut by a "%.60s" can end in half a character, and
 * copy_utf8() would stop there and lose the rest of the message.
 */
static void
utf8_mend(char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 len = strlen(s), i = 0, o = 0, n;
	uint32_t		 cp;

	while (i < len) {
		if ((n = utf8_next(p + i, len - i, &cp)) == 0) {
			i++;
			continue;
		}
		memmove(s + o, s + i, n);
		o += n;
		i += n;
	}
	s[o] = '\0';
}

/* Is s well-formed UTF-8 made only of characters XML 1.0 allows? */
static int
xml_text_ok(const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 len = strlen(s), i = 0, n;
	uint32_t		 c;

	while (i < len) {
		if ((n = utf8_next(p + i, len - i, &c)) == 0)
			return 0;
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
			return 0;
		if (c == 0xfffe || c == 0xffff)
			return 0;
		i += n;
	}
	return 1;
}

/* --- errors ------------------------------------------------------------ */

/*
 * The path of an element, "regnskab/linje[3]/faktisk": local names, and
 * the position among its like-named siblings for <linje> and wherever an
 * element has such siblings.
 */
static void
node_path(xmlNodePtr n, char *buf, size_t sz)
{
	xmlNodePtr	 up[16], c;
	char		 part[96];
	size_t		 k = 0, len = 0;
	int		 idx, same;

	buf[0] = '\0';
	for (; n != NULL && n->type == XML_ELEMENT_NODE && k < 16; n = n->parent)
		up[k++] = n;
	while (k > 0) {
		n = up[--k];
		idx = 1;
		same = xmlStrEqual(n->name, (const xmlChar *)"linje");
		for (c = n->prev; c != NULL; c = c->prev)
			if (c->type == XML_ELEMENT_NODE &&
			    xmlStrEqual(c->name, n->name))
				idx++, same = 1;
		for (c = n->next; c != NULL && !same; c = c->next)
			if (c->type == XML_ELEMENT_NODE &&
			    xmlStrEqual(c->name, n->name))
				same = 1;
		if (same)
			snprintf(part, sizeof(part), "%s%.60s[%d]",
			    len > 0 ? "/" : "", (const char *)n->name, idx);
		else
			snprintf(part, sizeof(part), "%s%.60s",
			    len > 0 ? "/" : "", (const char *)n->name);
		if (len + strlen(part) + 1 > sz)
			break;
		memcpy(buf + len, part, strlen(part) + 1);
		len += strlen(part);
	}
}

/*
 * Adds msg, after "path: " where there is a node (or, for errors in the
 * XML itself, before " (ved path)").
 */
static void
sink_add_at(struct sink *s, int line, xmlNodePtr node, const char *msg,
    int after)
{
	struct xmlio_error	*e;
	char			 tmp[1024];
	size_t			 len;

	if (s->errs == NULL || s->n >= s->max) {
		s->more = 1;
		return;
	}
	e = &s->errs[s->n++];
	e->line = line > 0 ? line : 0;
	e->more = 0;
	e->path[0] = '\0';
	if (node != NULL)
		node_path(node, e->path, sizeof(e->path));
	utf8_mend(e->path);
	if (msg == NULL)
		msg = TXT("ukendt fejl", "unknown error");
	len = strlen(msg);
	if (e->path[0] != '\0' && after)
		/* Before the closing full stop. */
		MSG(tmp, sizeof(tmp), "%.*s (ved %s).", "%.*s (at %s).",
		    (int)(len > 0 && msg[len - 1] == '.' ? len - 1 : len), msg,
		    e->path);
	else if (e->path[0] != '\0')
		snprintf(tmp, sizeof(tmp), "%s: %s", e->path, msg);
	else
		snprintf(tmp, sizeof(tmp), "%s", msg);
	utf8_mend(tmp);
	len = strlen(tmp);
	while (len > 0 && (tmp[len - 1] == '\n' || tmp[len - 1] == '\r' ||
	    tmp[len - 1] == ' ' || tmp[len - 1] == '\t'))
		len--;
	copy_utf8(e->msg, sizeof(e->msg), tmp, len);
}

static void
sink_add(struct sink *s, int line, xmlNodePtr node, const char *msg)
{
	sink_add_at(s, line, node, msg, 0);
}

/* The last slot says that more errors were dropped. */
static void
sink_finish(struct sink *s)
{
	struct xmlio_error	*e;

	if (!s->more || s->errs == NULL || s->max == 0)
		return;
	e = &s->errs[s->max - 1];
	e->line = 0;
	e->path[0] = '\0';
	e->more = 1;
	copy_utf8(e->msg, sizeof(e->msg), MSG_MORE, strlen(MSG_MORE));
}

/* Replaces whatever was collected by one error. */
static void
sink_only(struct sink *s, int line, const char *msg)
{
	s->n = 0;
	s->more = 0;
	sink_add(s, line, NULL, msg);
}

/*
 * A value from the file, quoted for a message: control characters as
 * spaces, at most 160 bytes (40 characters of four bytes; whole UTF-8
 * sequences), "…" if cut.
 */
static const char *
quote(const char *v, char *buf, size_t sz)
{
	char	 tmp[4 * 40 + 1], *p;
	int	 cut;

	if (v == NULL)
		v = "";
	cut = copy_utf8(tmp, sizeof(tmp), v, strlen(v));
	for (p = tmp; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20)
			*p = ' ';
	MSG(buf, sz, "»%s%s«", "“%s%s”", tmp, cut ? "…" : "");
	return buf;
}

static int
named(xmlNodePtr n, const char *a, const char *b)
{
	return n != NULL && (xmlStrEqual(n->name, (const xmlChar *)a) ||
	    (b != NULL && xmlStrEqual(n->name, (const xmlChar *)b)));
}

/* A date that is not one: what is wrong with it, in out. */
static void
date_msg(const char *v, char *out, size_t sz)
{
	char	 q[200];
	int	 y, m, d, i, form = strlen(v) == 10 && v[4] == '-' && v[7] == '-';

	for (i = 0; form && i < 10; i++)
		if (i != 4 && i != 7 && (v[i] < '0' || v[i] > '9'))
			form = 0;
	quote(v, q, sizeof(q));
	if (*v == '\0') {
		snprintf(out, sz, "%s", TXT("Datoen mangler. Skriv den som "
		    "ÅÅÅÅ-MM-DD, fx 2026-03-31.", "The date is missing. Write "
		    "it as YYYY-MM-DD, for example 2026-03-31."));
		return;
	}
	if (!form) {
		MSG(out, sz, "%s er ikke en dato på formen ÅÅÅÅ-MM-DD "
		    "(uden klokkeslæt og tidszone), fx 2026-03-31.",
		    "%s is not a date in the form YYYY-MM-DD (without a time "
		    "or a time zone), for example 2026-03-31.", q);
		return;
	}
	y = atoi(v);
	m = atoi(v + 5);
	d = atoi(v + 8);
	if (m < 1 || m > 12)
		MSG(out, sz, "%s findes ikke: måneden skal være 01-12.",
		    "%s does not exist: the month must be 01-12.", q);
	else if (d < 1 || d > cal_days_in_month(y, m))
		MSG(out, sz, "%s findes ikke: %s %d har %d dage.",
		    "%s does not exist: %s %d has %d days.", q,
		    i18n_month(xmlio_lang, m), y, cal_days_in_month(y, m));
	else
		MSG(out, sz, "%s er ikke en gyldig dato.",
		    "%s is not a valid date.", q);
}

/* The element names in libxml2's "Expected is ( a, b )", as "<a>, <b>". */
static int
expected(const char *msg, char *out, size_t sz)
{
	const char	*p, *end, *q;
	size_t		 len = 0;
	int		 n = 0;

	out[0] = '\0';
	if (msg == NULL || (p = strstr(msg, "( ")) == NULL ||
	    (end = strstr(p, " )")) == NULL)
		return 0;
	for (p += 2; p < end; p = q + 2) {
		if ((q = strstr(p, ", ")) == NULL || q > end)
			q = end;
		if (*p == '{' && memchr(p, '}', (size_t)(q - p)) != NULL)
			p = (const char *)memchr(p, '}', (size_t)(q - p)) + 1;
		if (len + (size_t)(q - p) + 6 >= sz)
			break;
		len += (size_t)snprintf(out + len, sz - len, "%s<%.*s>",
		    n > 0 ? ", " : "", (int)(q - p), p);
		n++;
		if (q == end)
			break;
	}
	return n;
}

/* A schema error in plain Danish (or English). */
static void
schema_msg(const xmlError *e, xmlNodePtr n, char *out, size_t sz)
{
	const char	*name = n != NULL ? (const char *)n->name : "";
	char		 q[200], exp[160];
	int		 amount = named(n, "budget", "faktisk");
	int		 date = named(n, "fra", "til");
	int		 nexp, ns = n != NULL && n->ns != NULL;

	quote(e->str1, q, sizeof(q));
	switch (e->code) {
	case XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_1:
		if (date)
			date_msg(e->str1 != NULL ? e->str1 : "", out, sz);
		else if (amount && (e->str1 == NULL || *e->str1 == '\0'))
			snprintf(out, sz, "%s", TXT("Beløbet mangler. Skriv et "
			    "beløb i kroner, fx 1234.50.", "The amount is "
			    "missing. Write an amount in kroner, for example "
			    "1234.50."));
		else if (amount)
			MSG(out, sz, "%s er ikke et gyldigt beløb. Skriv "
			    "kroner med punktum som decimaltegn og uden "
			    "tusindtalsprikker, fx 1234.50.", "%s is not a valid "
			    "amount. Write kroner with a full stop as the "
			    "decimal mark and no thousands separators, for "
			    "example 1234.50.", q);
		else
			MSG(out, sz, "%s er ikke en gyldig værdi her.",
			    "%s is not a valid value here.", q);
		break;
	case XML_SCHEMAV_CVC_PATTERN_VALID:
		if (date)
			date_msg(e->str1 != NULL ? e->str1 : "", out, sz);
		else if (named(n, "tilsagn", NULL))
			MSG(out, sz, "%s er ikke et tilsagnsnummer. Skriv "
			    "det som i tilsagnsbrevet: to store bogstaver, "
			    "årstal og løbenummer, fx TS-2026-9001.", "%s is not "
			    "a grant number. Write it as in the award letter: "
			    "two capital letters, the year and a serial "
			    "number, for example TS-2026-9001.", q);
		else
			MSG(out, sz, "%s har ikke den rigtige form.",
			    "%s does not have the right form.", q);
		break;
	case XML_SCHEMAV_CVC_FRACTIONDIGITS_VALID:
		MSG(out, sz, "%s har for mange decimaler: højst 2, fx 1234.50.",
		    "%s has too many decimals: at most 2, for example 1234.50.",
		    q);
		break;
	case XML_SCHEMAV_CVC_TOTALDIGITS_VALID:
		MSG(out, sz, "%s er for stort: højst 15 cifre i alt.",
		    "%s is too large: at most 15 digits in all.", q);
		break;
	case XML_SCHEMAV_CVC_MININCLUSIVE_VALID:
		MSG(out, sz, "%s er negativt; beløbet skal være 0 eller mere.",
		    "%s is negative; the amount must be 0 or more.", q);
		break;
	case XML_SCHEMAV_CVC_MINLENGTH_VALID:
		MSG(out, sz, "<%s> er tom; skriv, hvad linjen dækker.",
		    "<%s> is empty; write what the line covers.", name);
		break;
	case XML_SCHEMAV_CVC_MAXLENGTH_VALID:
		MSG(out, sz, "Teksten i <%s> er for lang: højst %s tegn.",
		    "The text in <%s> is too long: at most %s characters.",
		    name, e->str2 != NULL ? e->str2 : "");
		break;
	case XML_SCHEMAV_ELEMENT_CONTENT:
		nexp = expected(e->message, exp, sizeof(exp));
		if (e->message != NULL && strstr(e->message, "Missing") != NULL)
			MSG(out, sz, nexp > 1 ? "Der mangler et af "
			    "elementerne %s i <%s>." : "%s mangler i <%s>.",
			    nexp > 1 ? "One of the elements %s is missing in "
			    "<%s>." : "%s is missing in <%s>.",
			    nexp > 0 ? exp : TXT("Et element", "An element"),
			    name);
		else if (nexp > 0)
			MSG(out, sz, "Her forventes %s, men filen har "
			    "<%s>. Mangler %s, eller står elementerne i forkert "
			    "rækkefølge?", "%s is expected here, but the file "
			    "has <%s>. Is %s missing, or are the elements in the "
			    "wrong order?", exp, name, exp);
		else
			MSG(out, sz, "<%s> hører ikke til her.",
			    "<%s> does not belong here.", name);
		break;
	case XML_SCHEMAV_CVC_ELT_1:
		MSG(out, sz, "Rodelementet skal være <regnskab> i "
		    "navnerummet " NS_REGNSKAB ", men filen har <%s>%s%.80s.",
		    "The root element must be <regnskab> in the namespace "
		    NS_REGNSKAB ", but the file has <%s>%s%.80s.", name,
		    ns ? TXT(" i navnerummet ", " in the namespace ") :
		    TXT(" uden navnerum", " without a namespace"),
		    ns ? (const char *)n->ns->href : "");
		break;
	case XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_1:
	case XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_2:
		MSG(out, sz, "Attributten %s er ikke tilladt på <%s>.",
		    "The attribute %s is not allowed on <%s>.", q, name);
		break;
	case XML_SCHEMAV_CVC_COMPLEX_TYPE_2_3:
		MSG(out, sz, "Der må ikke stå tekst direkte i <%s>, kun "
		    "elementer.", "There must be no text directly in <%s>, "
		    "only elements.", name);
		break;
	case XML_SCHEMAV_CVC_TYPE_3_1_2:
		MSG(out, sz, "<%s> må kun indeholde tekst, ikke andre "
		    "elementer.", "<%s> may contain only text, not other "
		    "elements.", name);
		break;
	default:
		MSG(out, sz, "<%s> passer ikke til skemaet regnskab.xsd "
		    "(fejl %d).", "<%s> does not fit the schema regnskab.xsd "
		    "(error %d).", name, e->code);
		break;
	}
}

/* A well-formedness error in plain Danish (or English). */
static void
parse_msg(const xmlError *e, char *out, size_t sz)
{
	const char	*m = e->message != NULL ? e->message : "";
	const char	*s1 = e->str1 != NULL ? e->str1 : "";
	const char	*s2 = e->str2 != NULL ? e->str2 : "";
	char		 q[200];

	switch (e->code) {
	case XML_ERR_TAG_NAME_MISMATCH:
		MSG(out, sz, NOTXML_DA "<%.60s> fra linje %d er ikke lukket "
		    "med </%.60s>, før </%.60s> kommer.", NOTXML_EN "<%.60s> "
		    "from line %d is not closed with </%.60s> before "
		    "</%.60s> comes.", s1, e->int1, s1, s2);
		break;
	case XML_ERR_TAG_NOT_FINISHED:
		MSG(out, sz, NOTXML_DA "<%.60s> fra linje %d er ikke lukket, "
		    "før filen slutter.", NOTXML_EN "<%.60s> from line %d is "
		    "not closed before the file ends.", s1, e->int1);
		break;
	case XML_ERR_DOCUMENT_EMPTY:
		snprintf(out, sz, "%s", TXT(NOTXML_DA "filen er tom eller "
		    "begynder ikke med et element som <regnskab>.", NOTXML_EN
		    "the file is empty or does not begin with an element such "
		    "as <regnskab>."));
		break;
	case XML_ERR_DOCUMENT_END:
		snprintf(out, sz, "%s", TXT(NOTXML_DA "der står mere efter "
		    "rodelementets sluttag.", NOTXML_EN "there is more after "
		    "the end tag of the root element."));
		break;
	case XML_ERR_UNDECLARED_ENTITY:
	case XML_WAR_UNDECLARED_ENTITY:
		quote(e->str1, q, sizeof(q));
		MSG(out, sz, NOTXML_DA "entiteten %s kendes ikke. Skriv "
		    "tegnet & som &amp;.", NOTXML_EN "the entity %s is not "
		    "known. Write the character & as &amp;.", q);
		break;
	case XML_ERR_NAME_REQUIRED:
		if (strstr(m, "EntityRef") != NULL) {
			snprintf(out, sz, "%s", TXT(NOTXML_DA "tegnet & skal "
			    "skrives som &amp; og < som &lt;.", NOTXML_EN "the "
			    "character & must be written as &amp; and < as "
			    "&lt;."));
			break;
		}
		snprintf(out, sz, "%s", TXT(NOTXML_DA "der mangler et navn i "
		    "et tag.", NOTXML_EN "a name is missing in a tag."));
		break;
	case XML_ERR_INVALID_CHAR:
	case XML_ERR_INVALID_ENCODING:
		if (strstr(m, "UTF-8") != NULL)
			snprintf(out, sz, "%s", TXT(NOTXML_DA "filen indeholder "
			    "tegn, der ikke er gyldig UTF-8. Gem filen som "
			    "UTF-8.", NOTXML_EN "the file contains characters "
			    "that are not valid UTF-8. Save the file as "
			    "UTF-8."));
		else
			snprintf(out, sz, "%s", TXT(NOTXML_DA "filen indeholder "
			    "et tegn, der ikke er tilladt i XML.", NOTXML_EN
			    "the file contains a character that is not allowed "
			    "in XML."));
		break;
	case XML_ERR_LT_IN_ATTRIBUTE:
	case XML_ERR_ATTRIBUTE_NOT_STARTED:
	case XML_ERR_ATTRIBUTE_NOT_FINISHED:
	case XML_ERR_ATTRIBUTE_WITHOUT_VALUE:
	case XML_ERR_ATTRIBUTE_REDEFINED:
	case XML_ERR_GT_REQUIRED:
		snprintf(out, sz, "%s", TXT(NOTXML_DA "et tag er ikke skrevet "
		    "rigtigt, fx en attribut uden anførselstegn eller et "
		    "manglende >.", NOTXML_EN "a tag is not written correctly, "
		    "for example an attribute without quotation marks or a "
		    "missing >."));
		break;
	default:
		MSG(out, sz, NOTXML_DA "opbygningen er forkert her (fejl %d).",
		    NOTXML_EN "the structure is wrong here (error %d).",
		    e->code);
		break;
	}
}

/*
 * Only the first well-formedness error is kept: the parser's later
 * ones follow from it.  Its path is where the parser had got to.
 */
static void
on_parse_error(void *arg, xmlErrorPtr e)
{
	struct sink		*s = arg;
	xmlParserCtxtPtr	 ctxt;
	char			 msg[1024];

	if (e == NULL || e->level == XML_ERR_WARNING || e->level == XML_ERR_NONE)
		return;
	if (s->parse_seen)
		return;
	s->parse_seen = 1;
	parse_msg(e, msg, sizeof(msg));
	ctxt = e->domain == XML_FROM_PARSER ? e->ctxt : NULL;
	sink_add_at(s, e->line, ctxt != NULL ? ctxt->node : NULL, msg, 1);
}

/* One error per element: libxml2 may report one value twice. */
static void
on_valid_error(void *arg, xmlErrorPtr e)
{
	struct sink	*s = arg;
	xmlNodePtr	 n;
	char		 msg[1024];

	if (e == NULL || e->level == XML_ERR_WARNING || e->level == XML_ERR_NONE)
		return;
	n = e->node;
	if (n != NULL && n->type != XML_ELEMENT_NODE)
		n = n->parent;
	if (n != NULL && n == s->last_node)
		return;
	s->last_node = n;
	schema_msg(e, n, msg, sizeof(msg));
	sink_add(s, e->line, n, msg);
}

/* Errors in our own schema: for the log, never for the uploader. */
static void
on_schema_error(void *arg, xmlErrorPtr e)
{
	size_t	 len;

	(void)arg;
	if (e == NULL || e->message == NULL)
		return;
	len = strlen(e->message);
	while (len > 0 && e->message[len - 1] == '\n')
		len--;
	log_err("xmlio: %s:%d: %.*s", e->file != NULL ? e->file : "schema",
	    e->line, (int)len, e->message);
}

/* --- set-up ------------------------------------------------------------ */

void
xmlio_set_lang(enum lang l)
{
	xmlio_lang = (unsigned)l < LANG__MAX ? l : LANG_DA;
}

/* Nothing is ever fetched: not DTDs, not entities, not over the network. */
static xmlParserInputPtr
deny_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	(void)url;
	(void)id;
	(void)ctxt;
	log_warn("xmlio: refused to load an external entity");
	return NULL;
}

int
xmlio_init(const char *xsd_path)
{
	xmlSchemaParserCtxtPtr	 pctxt = NULL;
	int			 rc = -1;

	LIBXML_TEST_VERSION;
	xmlInitParser();

	/* The schema itself is read through the loader: the default one. */
	if (default_loader == NULL)
		default_loader = xmlGetExternalEntityLoader();
	xmlSetExternalEntityLoader(default_loader);
	if (schema != NULL) {
		xmlSchemaFree(schema);
		schema = NULL;
	}

	xmlSetStructuredErrorFunc(NULL, on_schema_error);
	if ((pctxt = xmlSchemaNewParserCtxt(xsd_path)) == NULL) {
		log_err("xmlio: %s: cannot create a schema parser", xsd_path);
		goto out;
	}
	xmlSchemaSetParserStructuredErrors(pctxt, on_schema_error, NULL);
	if ((schema = xmlSchemaParse(pctxt)) == NULL) {
		log_err("xmlio: %s: cannot compile the schema", xsd_path);
		goto out;
	}
	rc = 0;
out:
	if (pctxt != NULL)
		xmlSchemaFreeParserCtxt(pctxt);
	xmlSetStructuredErrorFunc(NULL, NULL);
	xmlSetExternalEntityLoader(deny_loader);
	return rc;
}

void
xmlio_shutdown(void)
{
	if (schema != NULL) {
		xmlSchemaFree(schema);
		schema = NULL;
	}
	xmlCleanupParser();
}

/* --- accounts in ------------------------------------------------------- */

static int
starts(const char *p, const char *end, const char *lit)
{
	size_t	 n = strlen(lit);

	return (size_t)(end - p) >= n && memcmp(p, lit, n) == 0;
}

/* The first lit in [p, end), or NULL. */
static const char *
find(const char *p, const char *end, const char *lit)
{
	for (; p < end; p++)
		if (starts(p, end, lit))
			return p;
	return NULL;
}

static int
count_nl(const char *p, const char *end)
{
	int	 n = 0;

	for (; p < end; p++)
		n += *p == '\n';
	return n;
}

/*
 * A DOCTYPE can only stand in the prolog: after an optional BOM, the XML
 * declaration, comments, processing instructions and white space.
 * Returns its line, or 0 if there is none (in an ASCII-compatible
 * encoding; the parser hook below catches the others).
 */
static int
prolog_doctype(const char *buf, size_t len)
{
	const char	*p = buf, *end = buf + len, *q;
	size_t		 skip;
	int		 line = 1;

	if (starts(p, end, "\xef\xbb\xbf"))
		p += 3;
	for (;;) {
		while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' ||
		    *p == '\n'))
			line += *p++ == '\n';
		if (starts(p, end, "<!DOCTYPE"))
			return line;
		if (starts(p, end, "<?")) {
			q = find(p + 2, end, "?>");
			skip = 2;
		} else if (starts(p, end, "<!--")) {
			q = find(p + 4, end, "-->");
			skip = 3;
		} else
			return 0;
		if (q == NULL)
			return 0;
		line += count_nl(p, q);
		p = q + skip;
	}
}

/* SAX hook: a DOCTYPE stops the parser before its subset is read. */
static void
on_doctype(void *ctx, const xmlChar *name, const xmlChar *eid,
    const xmlChar *sid)
{
	xmlParserCtxtPtr	 ctxt = ctx;
	struct sink		*s = ctxt->_private;
	int			 line;

	(void)name;
	(void)eid;
	(void)sid;
	line = xmlSAX2GetLineNumber(ctxt);
	s->doctype = line > 0 ? line : 1;
	xmlStopParser(ctxt);
}

static int
is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Trims XML white space off s in place; returns the new length. */
static size_t
trim(char **s)
{
	char	*p = *s;
	size_t	 len = strlen(p);

	while (len > 0 && is_ws(p[len - 1]))
		len--;
	while (len > 0 && is_ws(*p))
		p++, len--;
	*s = p;
	return len;
}

/*
 * An xs:decimal with at most two significant decimals, in øre.  No
 * floating point: "1234.5" is 123450, "0.05" is 5, "10" is 1000.
 */
static int
parse_amount(const char *s, size_t len, int64_t *ore)
{
	int64_t	 v = 0;
	size_t	 i = 0;
	int	 neg = 0, ndig = 0, nfrac = 0, d;

	if (i < len && (s[i] == '+' || s[i] == '-'))
		neg = s[i++] == '-';
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, ndig++) {
		d = s[i] - '0';
		if (v > (INT64_MAX - d) / 10)
			return -1;
		v = v * 10 + d;
	}
	if (i < len && s[i] == '.')
		for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++, ndig++) {
			d = s[i] - '0';
			if (nfrac == 2) {
				if (d != 0)
					return -1;	/* "1.234" */
				continue;		/* "1.230" */
			}
			if (v > (INT64_MAX - d) / 10)
				return -1;
			v = v * 10 + d;
			nfrac++;
		}
	if (i != len || ndig == 0)
		return -1;
	for (; nfrac < 2; nfrac++) {
		if (v > INT64_MAX / 10)
			return -1;
		v *= 10;
	}
	if (neg && v != 0)
		return -1;
	*ore = v;
	return 0;
}

/* Is n an element of ours called name? */
static int
is_el(xmlNodePtr n, const char *name)
{
	return n != NULL && n->type == XML_ELEMENT_NODE && n->ns != NULL &&
	    xmlStrEqual(n->ns->href, (const xmlChar *)NS_REGNSKAB) &&
	    xmlStrEqual(n->name, (const xmlChar *)name);
}

static xmlNodePtr
next_el(xmlNodePtr n)
{
	while (n != NULL && n->type != XML_ELEMENT_NODE)
		n = n->next;
	return n;
}

/*
 * Copies the text of n (white space trimmed if asked) into dst.  Returns
 * 0, 1 if it was cut to fit, -1 if out of memory.
 */
static int
copy_text(xmlNodePtr n, char *dst, size_t dstsz, int dotrim)
{
	xmlChar	*txt;
	char	*p;
	size_t	 len;
	int	 rc;

	if ((txt = xmlNodeGetContent(n)) == NULL)
		return -1;
	p = (char *)txt;
	len = dotrim ? trim(&p) : strlen(p);
	rc = copy_utf8(dst, dstsz, p, len);
	xmlFree(txt);
	return rc;
}

static int
get_amount(xmlNodePtr n, int64_t *ore, struct sink *s)
{
	xmlChar	*txt;
	char	*p;
	size_t	 len;
	int	 rc = 0;

	if ((txt = xmlNodeGetContent(n)) == NULL)
		return -1;
	p = (char *)txt;
	len = trim(&p);
	if (parse_amount(p, len, ore) == -1) {
		/* The schema allows it, but it does not fit in 64 bits. */
		sink_add(s, xmlGetLineNo(n), n, TXT("Beløbet kan ikke læses.",
		    "The amount cannot be read."));
		rc = 1;
	}
	xmlFree(txt);
	return rc;
}

static int
fill_line(xmlNodePtr n, struct xmlio_line *l, struct sink *s)
{
	xmlNodePtr	 c;
	int		 rc, bad = 0;

	for (c = next_el(n->children); c != NULL; c = next_el(c->next)) {
		if (is_el(c, "tekst")) {
			if (copy_text(c, l->text, sizeof(l->text), 1) < 0)
				return -1;
			if (l->text[0] == '\0') {
				sink_add(s, xmlGetLineNo(c), c,
				    TXT("Teksten må ikke være tom.",
				    "The text must not be empty."));
				bad = 1;
			}
		} else if (is_el(c, "budget")) {
			if ((rc = get_amount(c, &l->budget_ore, s)) < 0)
				return -1;
			bad |= rc;
		} else if (is_el(c, "faktisk")) {
			if ((rc = get_amount(c, &l->actual_ore, s)) < 0)
				return -1;
			bad |= rc;
		} else if (is_el(c, "forklaring")) {
			if (copy_text(c, l->explanation,
			    sizeof(l->explanation), 1) < 0)
				return -1;
		} else {
			log_err("xmlio: unexpected element in a valid linje");
			return -1;
		}
	}
	return bad;
}

/* Fills *out from a valid document: 0, 1 if refused, -1 on error. */
static int
fill(xmlDocPtr doc, struct xmlio_accounts *out, struct sink *s)
{
	xmlNodePtr	 root, n, c;
	int		 rc, bad = 0;

	root = xmlDocGetRootElement(doc);
	if (!is_el(root, "regnskab")) {
		log_err("xmlio: unexpected root in a valid document");
		return -1;
	}
	for (n = next_el(root->children); n != NULL; n = next_el(n->next)) {
		if (is_el(n, "tilsagn")) {
			out->grant_line = (int)xmlGetLineNo(n);
			if (copy_text(n, out->grant_no, sizeof(out->grant_no),
			    1) < 0)
				return -1;
		} else if (is_el(n, "periode")) {
			for (c = next_el(n->children); c != NULL;
			    c = next_el(c->next)) {
				if (is_el(c, "fra"))
					rc = copy_text(c, out->from,
					    sizeof(out->from), 1);
				else if (is_el(c, "til"))
					rc = copy_text(c, out->to,
					    sizeof(out->to), 1);
				else
					rc = -1;
				if (rc < 0)
					return -1;
			}
			/* YYYY-MM-DD compare as strings. */
			if (strcmp(out->to, out->from) < 0) {
				sink_add(s, xmlGetLineNo(n), n,
				    TXT("Perioden slutter, før den begynder.",
				    "The period ends before it begins."));
				bad = 1;
			}
		} else if (is_el(n, "linje")) {
			if (out->nlines >= XMLIO_MAXLINES) {
				log_err("xmlio: too many lines in a valid "
				    "document");
				return -1;
			}
			out->lines[out->nlines].line = (int)xmlGetLineNo(n);
			rc = fill_line(n, &out->lines[out->nlines++], s);
			if (rc < 0)
				return -1;
			bad |= rc;
		} else {
			log_err("xmlio: unexpected element in a valid "
			    "document");
			return -1;
		}
	}
	return bad;
}

int
xmlio_accounts(const char *buf, size_t len, struct xmlio_accounts *out,
    struct xmlio_error *errs, size_t maxerrs, size_t *nerrs)
{
	struct sink		 s;
	xmlParserCtxtPtr	 ctxt = NULL;
	xmlDocPtr		 doc = NULL;
	xmlSchemaValidCtxtPtr	 vctxt = NULL;
	xmlStructuredErrorFunc	 prev_fn;
	void			*prev_ctx;
	int			 rc = -1, r, line, handler = 0;

	memset(&s, 0, sizeof(s));
	s.errs = errs;
	s.max = errs != NULL ? maxerrs : 0;
	memset(out, 0, sizeof(*out));

	if (schema == NULL) {
		log_err("xmlio: xmlio_accounts before xmlio_init");
		goto out;
	}
	if (buf == NULL || len == 0) {
		sink_add(&s, 0, NULL, MSG_EMPTY);
		rc = 1;
		goto out;
	}
	if (len > XMLIO_MAXBYTES) {
		sink_add(&s, 0, NULL, MSG_TOOBIG);
		rc = 1;
		goto out;
	}
	if ((line = prolog_doctype(buf, len)) > 0) {
		sink_add(&s, line, NULL, MSG_DOCTYPE);
		rc = 1;
		goto out;
	}

	/* One worker, one request at a time: the global handler is ours. */
	prev_fn = xmlStructuredError;
	prev_ctx = xmlStructuredErrorContext;
	xmlSetStructuredErrorFunc(&s, on_parse_error);
	handler = 1;

	if ((ctxt = xmlNewParserCtxt()) == NULL) {
		log_err("xmlio: xmlNewParserCtxt failed");
		goto out;
	}
	ctxt->_private = &s;
	ctxt->sax->internalSubset = on_doctype;
	doc = xmlCtxtReadMemory(ctxt, buf, (int)len, "regnskab.xml", NULL,
	    PARSE_OPTS);
	if (s.doctype > 0) {
		sink_only(&s, s.doctype, MSG_DOCTYPE);
		rc = 1;
		goto out;
	}
	/* An error the parser reported and recovered from (a byte that the
	 * declared encoding cannot convert) refuses the file too. */
	if (doc == NULL || !ctxt->wellFormed || s.n > 0 || s.more) {
		if (s.n == 0 && !s.more)
			sink_add(&s, 0, NULL, TXT(NOTXML_DA "filen kan ikke "
			    "læses.", NOTXML_EN "the file cannot be read."));
		rc = 1;
		goto out;
	}
	if (doc->intSubset != NULL || doc->extSubset != NULL) {
		sink_only(&s, 0, MSG_DOCTYPE);
		rc = 1;
		goto out;
	}

	if ((vctxt = xmlSchemaNewValidCtxt(schema)) == NULL) {
		log_err("xmlio: xmlSchemaNewValidCtxt failed");
		goto out;
	}
	xmlSchemaSetValidStructuredErrors(vctxt, on_valid_error, &s);
	if ((r = xmlSchemaValidateDoc(vctxt, doc)) < 0) {
		log_err("xmlio: internal error while validating");
		goto out;
	}
	if (r > 0) {
		if (s.n == 0 && !s.more)
			sink_add(&s, 0, NULL, TXT("Filen følger ikke skemaet "
			    "regnskab.xsd.", "The file does not follow the "
			    "schema regnskab.xsd."));
		rc = 1;
		goto out;
	}
	rc = fill(doc, out, &s);
out:
	if (handler)
		xmlSetStructuredErrorFunc(prev_ctx, prev_fn);
	if (vctxt != NULL)
		xmlSchemaFreeValidCtxt(vctxt);
	if (doc != NULL)
		xmlFreeDoc(doc);
	if (ctxt != NULL)
		xmlFreeParserCtxt(ctxt);
	if (rc != 0)
		memset(out, 0, sizeof(*out));
	if (rc == -1)
		s.n = s.more = 0;
	sink_finish(&s);
	if (nerrs != NULL)
		*nerrs = s.n;
	return rc;
}

/* --- Atom out ---------------------------------------------------------- */

static int
rfc3339(time_t t, char *buf, size_t bufsz)
{
	struct tm	 tm;

	if (gmtime_r(&t, &tm) == NULL ||
	    strftime(buf, bufsz, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		return -1;
	return 0;
}

static int
write_el(xmlTextWriterPtr w, const char *name, const char *text)
{
	return xmlTextWriterWriteElement(w, (const xmlChar *)name,
	    (const xmlChar *)text);
}

static int
write_time(xmlTextWriterPtr w, const char *name, time_t t)
{
	char	 buf[64];

	if (rfc3339(t, buf, sizeof(buf)) == -1)
		return -1;
	return write_el(w, name, buf);
}

/* <link rel="..." href="..."/>; rel may be NULL. */
static int
write_link(xmlTextWriterPtr w, const char *rel, const char *href)
{
	if (xmlTextWriterStartElement(w, (const xmlChar *)"link") < 0)
		return -1;
	if (rel != NULL && xmlTextWriterWriteAttribute(w,
	    (const xmlChar *)"rel", (const xmlChar *)rel) < 0)
		return -1;
	if (xmlTextWriterWriteAttribute(w, (const xmlChar *)"href",
	    (const xmlChar *)href) < 0)
		return -1;
	return xmlTextWriterEndElement(w);
}

/* Is s, which must be there unless optional, fit for XML output? */
static int
ok_field(const char *s, int optional, const char *what)
{
	if (s == NULL) {
		if (optional)
			return 1;
		log_err("xmlio: atom: %s is missing", what);
		return 0;
	}
	if (!xml_text_ok(s)) {
		log_err("xmlio: atom: %s is not valid UTF-8 text", what);
		return 0;
	}
	return 1;
}

static int
write_entry(xmlTextWriterPtr w, const struct xmlio_entry *e)
{
	if (!ok_field(e->id, 0, "entry id") ||
	    !ok_field(e->title, 0, "entry title") ||
	    !ok_field(e->link, 1, "entry link") ||
	    !ok_field(e->summary, 1, "entry summary"))
		return -1;
	if (xmlTextWriterStartElement(w, (const xmlChar *)"entry") < 0 ||
	    write_el(w, "id", e->id) < 0 ||
	    write_el(w, "title", e->title) < 0)
		return -1;
	if (e->link != NULL && write_link(w, NULL, e->link) < 0)
		return -1;
	if (write_time(w, "updated", e->updated) < 0)
		return -1;
	if (e->summary != NULL && write_el(w, "summary", e->summary) < 0)
		return -1;
	return xmlTextWriterEndElement(w);
}

char *
xmlio_atom(const char *feed_id, const char *title, const char *author,
    const char *self, time_t updated, const struct xmlio_entry *ents,
    size_t n, size_t *len)
{
	xmlBufferPtr		 xb = NULL;
	xmlTextWriterPtr	 w = NULL;
	char			*ret = NULL;
	size_t			 i, sz;

	if (len != NULL)
		*len = 0;
	if (!ok_field(feed_id, 0, "feed id") ||
	    !ok_field(title, 0, "feed title") ||
	    !ok_field(author, 0, "feed author") ||
	    !ok_field(self, 0, "self link") ||
	    (n > 0 && ents == NULL))
		goto out;
	if ((xb = xmlBufferCreate()) == NULL ||
	    (w = xmlNewTextWriterMemory(xb, 0)) == NULL) {
		log_err("xmlio: atom: cannot create a writer");
		goto out;
	}
	if (xmlTextWriterSetIndent(w, 1) < 0 ||
	    xmlTextWriterSetIndentString(w, (const xmlChar *)"  ") < 0 ||
	    xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL) < 0 ||
	    xmlTextWriterStartElementNS(w, NULL, (const xmlChar *)"feed",
	    (const xmlChar *)NS_ATOM) < 0 ||
	    write_el(w, "id", feed_id) < 0 ||
	    write_el(w, "title", title) < 0 ||
	    write_time(w, "updated", updated) < 0 ||
	    xmlTextWriterStartElement(w, (const xmlChar *)"author") < 0 ||
	    write_el(w, "name", author) < 0 ||
	    xmlTextWriterEndElement(w) < 0 ||
	    write_link(w, "self", self) < 0)
		goto fail;
	for (i = 0; i < n; i++)
		if (write_entry(w, &ents[i]) < 0)
			goto fail;
	if (xmlTextWriterEndElement(w) < 0 ||
	    xmlTextWriterEndDocument(w) < 0)
		goto fail;

	/* Freeing the writer flushes it into xb. */
	xmlFreeTextWriter(w);
	w = NULL;
	sz = (size_t)xmlBufferLength(xb);
	if ((ret = malloc(sz + 1)) == NULL) {
		log_err("xmlio: atom: out of memory");
		goto out;
	}
	memcpy(ret, xmlBufferContent(xb), sz);
	ret[sz] = '\0';
	if (len != NULL)
		*len = sz;
	goto out;
fail:
	log_err("xmlio: atom: cannot write the feed");
out:
	if (w != NULL)
		xmlFreeTextWriter(w);
	if (xb != NULL)
		xmlBufferFree(xb);
	return ret;
}
