/*
 * csv: RFC 4180 records from a buffer (comma or semicolon separated, as
 * Danish spreadsheets write them), for the import of historical cases;
 * and the writer every export uses (csvw_*), in the form Danish Excel
 * opens as it is: semicolons, UTF-8 with a BOM, decimal comma, CRLF.
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

/*
 * The writer: a growing buffer (malloc; csvw_free releases it).  Text
 * cells are quoted when they hold ';', '"', CR or LF, and a cell
 * beginning with = + - @ TAB or CR gets a leading ' so that no spreadsheet
 * reads it as a formula (OWASP "CSV injection"); numbers are written by
 * csvw_int and csvw_dec and are never changed.  On ENOMEM the writer
 * keeps failing quietly and csvw_done returns NULL.
 */
struct csvw {
	char		*buf;
	size_t		 len;
	size_t		 cap;
	int		 nfield;	/* cells in the current row */
	int		 oom;
};

void	 csvw_init(struct csvw *);	/* starts with the UTF-8 BOM */
void	 csvw_text(struct csvw *, const char *);
void	 csvw_int(struct csvw *, long long);
/* v / 10^scale with a decimal comma and exactly scale decimals:
 * csvw_dec(w, 899, 1) gives 89,9; -5, 1 gives -0,5. */
void	 csvw_dec(struct csvw *, long long v, int scale);
void	 csvw_empty(struct csvw *);
void	 csvw_endrow(struct csvw *);		/* CRLF */
/* The buffer and its length (NULL if memory ran out). */
const char *csvw_done(struct csvw *, size_t *len);
void	 csvw_free(struct csvw *);

#endif
