/*
 * csv: RFC 4180 records from a buffer (comma or semicolon separated, as
 * Danish spreadsheets write them), for the import of historical cases.
 */
#ifndef FRIST_CSV_H
#define FRIST_CSV_H

#include <stddef.h>

#define CSV_MAXFIELDS	32
#define CSV_MAXFIELD	4096

struct csv {
	const char	*p;		/* next byte */
	const char	*end;
	char		 sep;		/* ',' or ';' (set by csv_open from line 1) */
	int		 line;		/* line number where the last record began */
	int		 nextline;	/* line number at p */
	char		 buf[CSV_MAXFIELDS * (CSV_MAXFIELD + 1)];
	char		*field[CSV_MAXFIELDS];
	size_t		 nfield;
};

/* Starts reading buf; a UTF-8 BOM is skipped; the separator is the first
 * of ',' and ';' seen outside quotes in the first line (',' if none). */
void	 csv_open(struct csv *, const char *buf, size_t len);
/*
 * Reads the next record into c->field[0..nfield-1] (NUL-terminated, quotes
 * removed, "" unescaped; CRLF or LF ends a record; newlines inside quotes
 * are kept).  Returns 1 for a record, 0 at the end, -1 on an error:
 * unterminated quote, text after a closing quote, too many fields, a field
 * too long, invalid UTF-8 or a NUL byte; *why is then a Danish message.
 * Blank lines are skipped.  After an error the reader has moved on to the
 * next line, so reading may go on.
 */
int	 csv_next(struct csv *, const char **why);

#endif
