/*
 * xmlw: libxml2's xmlTextWriter for the exports, with an error that
 * sticks: after the first failed call every call does nothing and err is
 * set, so a page writes its whole document and checks once whether to
 * send it.  Text is made fit for XML 1.0 first (xmlw_text).
 */
#ifndef FRIST_XMLW_H
#define FRIST_XMLW_H

#include <libxml/xmlwriter.h>

#include "util.h"

struct xmlw {
	xmlTextWriterPtr	 w;
	struct arena		*ar;	/* for the copies xmlw_text makes */
	int			 err;
};

/*
 * s fit for XML 1.0, copied into ar: PostgreSQL's text is UTF-8 already,
 * but may hold control characters XML cannot carry; they become spaces,
 * U+FFFE and U+FFFF become U+FFFD.
 */
const char	*xmlw_text(struct arena *, const char *s);

void	 xmlw_start(struct xmlw *, const char *name);
void	 xmlw_end(struct xmlw *);
void	 xmlw_attr(struct xmlw *, const char *name, const char *val);
void	 xmlw_attr_ll(struct xmlw *, const char *name, long long);
void	 xmlw_el(struct xmlw *, const char *name, const char *text);
void	 xmlw_el_ll(struct xmlw *, const char *name, long long);

#endif
