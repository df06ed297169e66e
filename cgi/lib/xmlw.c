/* xmlw: the exports' XML writer (see xmlw.h). */
#include "xmlw.h"

const char *
xmlw_text(struct arena *ar, const char *s)
{
	char	*t = arena_strdup(ar, s);
	size_t	 i;

	for (i = 0; t[i] != '\0'; i++) {
		unsigned char c = (unsigned char)t[i];

		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
			t[i] = ' ';
		else if (c == 0xef && (unsigned char)t[i + 1] == 0xbf &&
		    ((unsigned char)t[i + 2] == 0xbe ||
		    (unsigned char)t[i + 2] == 0xbf)) {
			t[i + 2] = (char)0xbd;
			i += 2;
		}
	}
	return t;
}

void
xmlw_start(struct xmlw *x, const char *name)
{
	if (!x->err && xmlTextWriterStartElement(x->w,
	    (const xmlChar *)name) < 0)
		x->err = 1;
}

void
xmlw_end(struct xmlw *x)
{
	if (!x->err && xmlTextWriterEndElement(x->w) < 0)
		x->err = 1;
}

void
xmlw_attr(struct xmlw *x, const char *name, const char *val)
{
	if (!x->err && xmlTextWriterWriteAttribute(x->w, (const xmlChar *)name,
	    (const xmlChar *)xmlw_text(x->ar, val)) < 0)
		x->err = 1;
}

void
xmlw_attr_ll(struct xmlw *x, const char *name, long long v)
{
	if (!x->err && xmlTextWriterWriteFormatAttribute(x->w,
	    (const xmlChar *)name, "%lld", v) < 0)
		x->err = 1;
}

void
xmlw_el(struct xmlw *x, const char *name, const char *text)
{
	if (!x->err && xmlTextWriterWriteElement(x->w, (const xmlChar *)name,
	    (const xmlChar *)xmlw_text(x->ar, text)) < 0)
		x->err = 1;
}

void
xmlw_el_ll(struct xmlw *x, const char *name, long long v)
{
	if (!x->err && xmlTextWriterWriteFormatElement(x->w,
	    (const xmlChar *)name, "%lld", v) < 0)
		x->err = 1;
}
