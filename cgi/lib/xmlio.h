/*
 * xmlio: XML in and out, through libxml2.
 *
 * In: accounts (regnskab) uploaded as XML, validated against
 * etc/schemas/regnskab.xsd.  Parsing is for hostile input: no network,
 * no DTD loading, no entity expansion, size and depth limited; a file
 * with a DOCTYPE is refused outright.  Errors are plain Danish (or
 * English, xmlio_set_lang), each with the file's line and the element's
 * path (regnskab/linje[3]/faktisk).
 * Out: the Atom feed of new pools, written with xmlTextWriter.
 */
#ifndef FRIST_XMLIO_H
#define FRIST_XMLIO_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "i18n.h"

#define XMLIO_MAXLINES	200
#define XMLIO_MAXERRS	20
#define XMLIO_MAXBYTES	(2 * 1024 * 1024)

/* Loads and compiles the schema; call once in main() before forking. */
int	 xmlio_init(const char *xsd_path);
void	 xmlio_shutdown(void);
/* The language of the messages from now on (Danish until set). */
void	 xmlio_set_lang(enum lang);

struct xmlio_line {
	char	 text[4 * 300 + 1];	/* <tekst>: 300 characters of UTF-8 */
	int64_t	 budget_ore;		/* <budget>, kroner with up to 2 decimals */
	int64_t	 actual_ore;		/* <faktisk> */
	char	 explanation[4 * 2000 + 1];	/* <forklaring>, may be empty */
	int	 line;			/* of <linje> in the file */
};

/* About 1.8 MB: allocate it, never put it on the stack. */
struct xmlio_accounts {
	char			 grant_no[41];	/* <tilsagn> */
	char			 from[11], to[11];	/* <periode><fra>, <til> (YYYY-MM-DD) */
	struct xmlio_line	 lines[XMLIO_MAXLINES];
	size_t			 nlines;
	int			 grant_line;	/* of <tilsagn> in the file */
};

struct xmlio_error {
	int	 line;		/* line in the uploaded file, 0 if unknown */
	/* In the language set, beginning with the path where there is one:
	 * "regnskab/linje[1]/budget: »12,50« er ikke et gyldigt beløb ..." */
	char	 msg[320];
	char	 path[120];	/* the element's path, "" if none */
	/* 1 in the last error when more were found than there was room
	 * for: it only says so ("Der er flere fejl, som ikke er vist."). */
	int	 more;
};

/*
 * Parses and validates buf.  Returns 0 and fills *out if the document is
 * valid; 1 if it was refused (errs[0..*nerrs-1] say why, by line); -1 on
 * an internal error.
 */
int	 xmlio_accounts(const char *buf, size_t len, struct xmlio_accounts *out,
	    struct xmlio_error *errs, size_t maxerrs, size_t *nerrs);

struct xmlio_entry {
	const char	*id;		/* a URI, e.g. "urn:frist:pool:12" */
	const char	*title;
	const char	*link;		/* absolute URL */
	const char	*summary;
	time_t		 updated;
};

/* An Atom 1.0 feed as a malloc'd UTF-8 buffer, or NULL on error; author
 * is the feed's <author><name> (RFC 4287 requires one). */
char	*xmlio_atom(const char *feed_id, const char *title, const char *author,
	    const char *self, time_t updated, const struct xmlio_entry *,
	    size_t n, size_t *len);

#endif
