/*
 * xmlw: libxml2's xmlTextWriter for the exports, with an error that
 * sticks: after the first failed call every call does nothing and err is
 * set, so a page writes its whole document and checks once whether to
 * send it.  Text is made fit for XML 1.0 first (xmlw_text).
 */
#ifndef FRIST_XMLW_H
#define FRIST_XMLW_H

#include <libxml/xmlwriter.h>

#include "http.h"
#include "util.h"

struct xmlw {
	xmlTextWriterPtr	 w;
	xmlBufferPtr		 b;	/* what w writes into */
	struct arena		*ar;	/* for the copies xmlw_text makes */
	int			 err;
};

/*
 * s fit for XML 1.0, copied into ar: PostgreSQL's text is UTF-8 already,
 * but may hold control characters XML cannot carry; they become spaces,
 * U+FFFE and U+FFFF become U+FFFD.
 */
const char	*xmlw_text(struct arena *, const char *s);

/*
 * A document in memory, indented by two spaces: the XML declaration and
 * the root element, with ns (if not NULL) as its first attribute, xmlns,
 * in the same place whichever libxml2.  -1 if no writer could be made;
 * a later failure only sets err.  x is zeroed first.
 */
int	 xmlw_open(struct xmlw *x, struct arena *, const char *root,
	    const char *ns);
/* Ends the document and flushes it into x->b: -1 if any call failed. */
int	 xmlw_close(struct xmlw *x);
/* The closed document as a download, filename (no quotes in it). */
void	 xmlw_send(struct http_req *, const struct xmlw *,
	    const char *filename);
/* Frees what open made; for a zeroed x too. */
void	 xmlw_free(struct xmlw *x);

void	 xmlw_start(struct xmlw *, const char *name);
void	 xmlw_end(struct xmlw *);
void	 xmlw_attr(struct xmlw *, const char *name, const char *val);
void	 xmlw_attr_ll(struct xmlw *, const char *name, long long);
void	 xmlw_el(struct xmlw *, const char *name, const char *text);
void	 xmlw_el_ll(struct xmlw *, const char *name, long long);
/* Text in the open element (after its attributes). */
void	 xmlw_string(struct xmlw *, const char *text);

#endif
