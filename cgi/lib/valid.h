/*
 * valid: table-driven form validation.
 *
 * Each form declares one static table of fields; valid_form() checks the
 * submitted pairs against it and gives typed values plus a Danish error
 * message per field.  Handlers read only the checked values.
 */
#ifndef FRIST_VALID_H
#define FRIST_VALID_H

#include <stddef.h>
#include <stdint.h>

#include "i18n.h"
#include "kv.h"

enum valid_type {
	VT_LINE,	/* one line of text: no control characters */
	VT_TEXT,	/* multi-line text: tab, CR, LF allowed; CRLF kept as is */
	VT_INT,		/* decimal integer, optional leading '-'; min..max is the value range */
	VT_AMOUNT,	/* kroner as "1.234.567,89", "1234567,89", "1234567" or "1234567,5": num = øre */
	VT_DATE,	/* YYYY-MM-DD: num = cal_day; min..max (if max > min) is the day range; a day that does not exist is named */
	VT_ENUM,	/* one of choices[] exactly */
	VT_EMAIL,	/* an address mail goes to: mailmsg_addr_ok() (ASCII dot-atom@domain), the same rule as sql/029's email_plain() */
	VT_CVR,		/* Danish CVR number: 8 digits, modulus-11 check with weights 2,7,6,5,4,3,2,1; the message says which part failed */
	VT_BOOL,	/* checkbox: absent or "" = 0, "1"/"on"/"ja" = 1 */
	VT_DIGITS,	/* digits; spaces and '-' ignored (e.g. codes "1234 5678"); str = digits only */
	VT_TOKEN,	/* [A-Za-z0-9_-] only (ids, CSRF tokens) */
};

#define VF_REQUIRED	0x1

struct valid_field {
	const char		*name;		/* form key */
	const char		*label;		/* Danish label, or a key of the
						   string tables (i18n.h) */
	enum valid_type		 type;
	unsigned		 flags;
	int64_t			 min;		/* LINE/TEXT/EMAIL/DIGITS/TOKEN: min length in characters (code points) */
	int64_t			 max;		/* ... max length; INT/AMOUNT/DATE: value range (ignored if min == max == 0) */
	const char *const	*choices;	/* VT_ENUM: NULL-terminated */
};

struct valid_value {
	int		 present;	/* a non-empty value was given */
	const char	*str;		/* normalised text (trimmed; for DIGITS the digits) or "" */
	int64_t		 num;		/* INT, AMOUNT (øre), DATE (cal_day), BOOL, ENUM (index) */
	const char	*err;		/* NULL if valid, else a Danish message naming the label */
};

/*
 * Check input against fields[0..n-1]; out[] gets one value per field.
 * Leading and trailing white space of every value is trimmed (in place:
 * the kv values are mutable).  Input must already be valid
 * UTF-8 without NUL bytes (the HTTP layer rejects anything else).  Unknown keys
 * are ignored.  Error strings are static or point into a per-call buffer that
 * lives in out (see VALID_MSG_MAX), never into the input.
 * msgs must hold n entries (one per field) for formatted messages.
 * Returns the number of fields with errors.
 */
#define VALID_MSG_MAX	320
struct valid_msgbuf {
	char	 buf[VALID_MSG_MAX];
};
size_t	 valid_form(const struct valid_field *fields, size_t n,
	    const struct kvlist *input, struct valid_value *out,
	    struct valid_msgbuf *msgs);

/* The language of the messages from now on (the dispatcher sets it). */
void	 valid_set_lang(enum lang);

/* Number of UTF-8 code points in s[0..len); -1 if not valid UTF-8 (overlongs, surrogates, > U+10FFFF rejected). */
long	 utf8_len(const char *s, size_t len);
int	 utf8_valid(const char *s, size_t len);

/* CVR modulus-11 check of exactly 8 digits (not starting with 0). */
int	 valid_cvr(const char *digits);

/* Formats øre as Danish kroner "1.234.567,89"; returns buf. */
char	*valid_fmt_amount(int64_t ore, char *buf, size_t bufsz);

#endif
