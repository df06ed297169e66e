/* xmlw: the exports' XML writer (see xmlw.h). */
#include <string.h>

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

int
xmlw_open(struct xmlw *x, struct arena *ar, const char *root, const char *ns)
{
	memset(x, 0, sizeof(*x));
	x->ar = ar;
	if ((x->b = xmlBufferCreate()) == NULL ||
	    (x->w = xmlNewTextWriterMemory(x->b, 0)) == NULL) {
		xmlw_free(x);
		return -1;
	}
	if (xmlTextWriterSetIndent(x->w, 1) < 0 ||
	    xmlTextWriterSetIndentString(x->w, (const xmlChar *)"  ") < 0 ||
	    xmlTextWriterStartDocument(x->w, NULL, "UTF-8", NULL) < 0)
		x->err = 1;
	xmlw_start(x, root);
	if (ns != NULL)
		xmlw_attr(x, "xmlns", ns);
	return 0;
}

int
xmlw_close(struct xmlw *x)
{
	if (!x->err && xmlTextWriterEndDocument(x->w) < 0)
		x->err = 1;
	/* Freeing the writer flushes it into the buffer. */
	xmlFreeTextWriter(x->w);
	x->w = NULL;
	return x->err ? -1 : 0;
}

void
xmlw_send(struct http_req *r, const struct xmlw *x, const char *filename)
{
	http_header(r, "Content-Disposition", arena_printf(r->ar,
	    "attachment; filename=\"%s\"", filename));
	http_begin(r, 200, "application/xml; charset=utf-8");
	http_write(r, (const char *)xmlBufferContent(x->b),
	    (size_t)xmlBufferLength(x->b));
}

void
xmlw_free(struct xmlw *x)
{
	if (x->w != NULL)
		xmlFreeTextWriter(x->w);
	if (x->b != NULL)
		xmlBufferFree(x->b);
	x->w = NULL;
	x->b = NULL;
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

void
xmlw_string(struct xmlw *x, const char *text)
{
	if (!x->err && xmlTextWriterWriteString(x->w,
	    (const xmlChar *)xmlw_text(x->ar, text)) < 0)
		x->err = 1;
}
