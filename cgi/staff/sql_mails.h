/*
 * The statements of /staff/mails (page_mails.c): the outbox as staff may
 * read it (sql/025_outbox.sql grants every column but the body).
 * Included by sql.h.
 *
 * $1 the kinds the user may list (a text array, from mailkind.h's
 * roles), $2 a kind and $3 a state, each NULL for all.
 */
#ifndef FRIST_STAFF_SQL_MAILS_H
#define FRIST_STAFF_SQL_MAILS_H

#define MAILS_WHERE_SQL \
	"WHERE kind = ANY($1::text[]) " \
	"AND ($2::text IS NULL OR kind = $2::text) " \
	"AND ($3::text IS NULL OR state = $3::text)"

#define MAILS_COUNT_SQL \
	"SELECT count(*) AS n FROM outbox " MAILS_WHERE_SQL
#define MAILS_COUNT_COLS(C, s)	C(s, n)
DB_COLUMNS(MAILS_COUNT);

/*
 * One page of them, newest first ($4 rows from row $5), in Danish time:
 * when the row was made, when it was sent or last tried (the mailer
 * keeps claimed_at after a failed try), and for a row still waiting the
 * time it goes (a retry's next try, or a whistleblower mail's hour).
 */
#define MAILS_LIST_SQL \
	"SELECT id, kind, to_addr, subject, state, attempts, " \
	"to_char(created_at AT TIME ZONE 'Europe/Copenhagen', " \
	"'YYYY-MM-DD HH24:MI') AS created, " \
	"coalesce(to_char(coalesce(sent_at, claimed_at) AT TIME ZONE " \
	"'Europe/Copenhagen', 'YYYY-MM-DD HH24:MI'), '') AS tried, " \
	"CASE WHEN state = 'queued' AND greatest(next_try, not_before) " \
	"> now() THEN to_char(greatest(next_try, not_before) AT TIME ZONE " \
	"'Europe/Copenhagen', 'YYYY-MM-DD HH24:MI') ELSE '' END AS next_at, " \
	"coalesce(last_error, '') AS last_error " \
	"FROM outbox " MAILS_WHERE_SQL " " \
	"ORDER BY created_at DESC, id DESC LIMIT $4::integer OFFSET $5::bigint"
#define MAILS_LIST_COLS(C, s) \
	C(s, id) C(s, kind) C(s, to_addr) C(s, subject) C(s, state) \
	C(s, attempts) C(s, created) C(s, tried) C(s, next_at) C(s, last_error)
DB_COLUMNS(MAILS_LIST);

#endif
