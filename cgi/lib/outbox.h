/*
 * outbox: queueing a mail (sql/025_outbox.sql; tools/frist-mailer sends
 * it).  The row is written in the caller's transaction, so the mail goes
 * if and only if what caused it is committed.
 *
 * dedup names the event the mail is about, never a person
 * ("remind:obl:123:d-14"); a second mail for the same event is not
 * queued.  NULL: no such key (every call queues a mail).
 *
 * The statement is defined once, here.  A program puts it in its table,
 *	[STMT_OUTBOX_ADD] = DB_NOROWS(OUTBOX_ADD, OUTBOX_ADD_NPARAMS, 0),
 * and calls outbox_add_stmt(STMT_OUTBOX_ADD, ...); code holding a libpq
 * connection of its own calls outbox_add().
 */
#ifndef FRIST_OUTBOX_H
#define FRIST_OUTBOX_H

#include <libpq-fe.h>

#include "mailkind.h"

#define OUTBOX_ADD_SQL							\
	"INSERT INTO outbox (kind, to_addr, subject, body, dedup)"	\
	" VALUES ($1, $2, $3, $4, $5)"					\
	" ON CONFLICT (dedup) DO NOTHING"
#define OUTBOX_ADD_NPARAMS	5
#define OUTBOX_DEDUP_MAX	200

/*
 * 0 if a mail of this kind, address, subject, body and dedup key may be
 * queued (mailmsg_addr_ok, mailmsg_text_ok, the lengths the table and
 * mailmsg_build take), else -1: a mail the mailer would refuse is refused
 * here, where the caller can still tell its user.
 */
int	 outbox_check(enum mail_kind, const char *to, const char *subject,
	    const char *body, const char *dedup);

/* 1: queued, 0: a mail for dedup was queued before, -1: refused by
 * outbox_check or a database error (logged; the caller rolls back). */
int	 outbox_add(PGconn *, enum mail_kind, const char *to,
	    const char *subject, const char *body, const char *dedup);
int	 outbox_add_stmt(int stmt, enum mail_kind, const char *to,
	    const char *subject, const char *body, const char *dedup);

#endif
