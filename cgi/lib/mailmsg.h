/*
 * mailmsg: the mail frist sends, as RFC 5322 text.  Pure: no I/O, the
 * time and the random part of the Message-ID are passed in, so the Check
 * tests (tests/unit/check_mailmsg.c) cover it exhaustively.
 *
 * A message is plain text in UTF-8, quoted-printable (every line of the
 * result is at most 76 characters however long the body's lines are, and
 * a line that would begin with "." or "From " is encoded, so neither SMTP
 * dot-stuffing nor mbox quoting can change it), with MIME-Version, Date,
 * Message-ID and "Auto-Submitted: auto-generated" (RFC 3834: no
 * vacation replies to it).  The subject becomes RFC 2047 encoded-words
 * when it is not plain ASCII, folded at 78 characters.  No header can be
 * injected: an address is checked by mailmsg_addr_ok(), and a subject or
 * name with any control character (CR, LF, TAB, ...) is refused.
 */
#ifndef FRIST_MAILMSG_H
#define FRIST_MAILMSG_H

#include <stddef.h>
#include <time.h>

#include "mailkind.h"

#define MAILMSG_ADDR_MAX	254	/* RFC 5321's path limit, less <> */
#define MAILMSG_LOCAL_MAX	64
#define MAILMSG_DOMAIN_MAX	253
#define MAILMSG_LABEL_MAX	63
#define MAILMSG_SUBJECT_MAX	400	/* bytes of UTF-8, as outbox allows */
#define MAILMSG_NAME_MAX	120
#define MAILMSG_BODY_MAX	(256 * 1024)
#define MAILMSG_ID_MAX		64	/* the random part of a Message-ID */
#define MAILMSG_QP_LINE		76	/* RFC 2045 */

/*
 * 1 if addr is an address frist sends to: local@domain in ASCII, the
 * local part a dot-atom (RFC 5322 atext, no leading, trailing or double
 * dot; no quoted strings), the domain two or more labels of letters,
 * digits and inner hyphens (no address literals, a top-level label not
 * all digits), within the lengths above.  A domain in UTF-8 (æøå.dk) must
 * be given in punycode (xn--5cab8c.dk): this function refuses it.
 *
 * This is frist's one address rule: the forms' VT_EMAIL (valid.c) calls
 * it, and the database's email_plain() (sql/029_email_rule.sql, the CHECK
 * on staff.email and award.contact_email) says the same as a regex; the
 * table tests/data/addrs.txt holds them to each other (check_valid.c,
 * t_profile.sh).  Change them together.
 */
int		 mailmsg_addr_ok(const char *addr);

/* 1 if s is valid UTF-8 with no control character (C0, DEL, C1). */
int		 mailmsg_text_ok(const char *s);

struct mailmsg {
	const char	*from;		/* address */
	const char	*from_name;	/* display name, UTF-8, or NULL */
	const char	*to;		/* address */
	const char	*subject;	/* UTF-8, one line */
	const char	*body;		/* UTF-8; lines end in LF or CRLF */
	time_t		 date;		/* the Date header, written in UTC */
	const char	*id;		/* random part of the Message-ID:
					   [A-Za-z0-9], 16..MAILMSG_ID_MAX */
};

enum mailmsg_err {
	MAILMSG_OK,
	MAILMSG_EFROM,		/* from or from_name refused */
	MAILMSG_ETO,		/* to refused */
	MAILMSG_ESUBJECT,	/* not UTF-8, a control character, too long */
	MAILMSG_EBODY,		/* not UTF-8, a lone CR, too long */
	MAILMSG_EID,		/* the Message-ID's random part */
	MAILMSG_ENOMEM
};

/* A short English text for the log and outbox.last_error; no content. */
const char	*mailmsg_strerror(enum mailmsg_err);

/*
 * Builds the message (headers, empty line, QP body; CRLF line ends) into
 * *out, which the caller frees, of length *outlen.  The Message-ID is
 * <id@domain of from>; it is written into msgid (with <>), which must
 * have room for MAILMSG_MSGID_MAX bytes.  On an error *out is NULL.
 */
#define MAILMSG_MSGID_MAX	(MAILMSG_ID_MAX + MAILMSG_DOMAIN_MAX + 4)
enum mailmsg_err mailmsg_build(const struct mailmsg *, char **out,
		    size_t *outlen, char msgid[MAILMSG_MSGID_MAX]);

/* RFC 5322 date-time in UTC ("Fri, 04 Dec 2026 01:10:00 +0000"); buf of
 * at least 32 bytes.  Locale-independent. */
void		 mailmsg_date(time_t, char buf[32]);

#endif
