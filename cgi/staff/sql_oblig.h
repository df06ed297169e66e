/*
 * The statements of /staff/obligations/ and the payment stop
 * (page_obligations.c; sql/026_payment_stop.sql).  Included by sql.h.
 * An obligation counts as received once a submission names it, whatever
 * its status since (returned for correction is still received).
 */
#ifndef FRIST_STAFF_SQL_OBLIG_H
#define FRIST_STAFF_SQL_OBLIG_H

/*
 * Obligations not received and due by $1 (today) + $2 days, overdue ones
 * included, grouped by pool and grant in that order; $3 a pool, $4 a
 * kind ('status' or 'accounts'), each NULL for all.  With the reminders
 * tools/frist-remind queued for each (outbox rows keyed
 * "remind:obl:<id>:<key>", remindset.h): how many, and the day (in
 * Copenhagen) of the last, through sql/032's index, the expression and
 * predicate here being the index's.
 */
#define OBLIG_LIST_SQL \
	"SELECT o.id, o.kind, o.seq, to_char(o.due, 'YYYY-MM-DD') AS due, " \
	"w.id AS award_id, w.grant_no, w.org_name, w.title, " \
	"p.id AS pool_id, p.name AS pool_name, w.payment_stop, " \
	"to_char(w.payment_stop_at, 'YYYY-MM-DD') AS payment_stop_at, " \
	"coalesce(r.n, 0) AS reminders, " \
	"to_char(r.last AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD') " \
	"AS last_reminder " \
	"FROM obligation o JOIN award w ON w.id = o.award_id " \
	"JOIN pool p ON p.id = w.pool_id " \
	"LEFT JOIN LATERAL (SELECT count(*) AS n, max(b.created_at) AS last " \
	"FROM outbox b WHERE b.dedup LIKE 'remind:obl:%' AND " \
	"substring(b.dedup FROM '^remind:obl:([0-9]+):')::bigint = o.id) r " \
	"ON true " \
	"WHERE NOT EXISTS (SELECT 1 FROM submission s " \
	"WHERE s.obligation_id = o.id) " \
	"AND o.due <= $1::date + $2::integer " \
	"AND ($3::bigint IS NULL OR w.pool_id = $3::bigint) " \
	"AND ($4::text IS NULL OR o.kind = $4::text) " \
	"ORDER BY p.name, p.id, w.grant_no, o.due, o.kind, o.seq"
#define OBLIG_LIST_COLS(C, s) \
	C(s, id) C(s, kind) C(s, seq) C(s, due) C(s, award_id) \
	C(s, grant_no) C(s, org_name) C(s, title) C(s, pool_id) \
	C(s, pool_name) C(s, payment_stop) C(s, payment_stop_at) \
	C(s, reminders) C(s, last_reminder)
DB_COLUMNS(OBLIG_LIST);

/* The pools that have grants, for the filter. */
#define OBLIG_POOLS_SQL \
	"SELECT p.id, p.name FROM pool p WHERE EXISTS (SELECT 1 FROM award w " \
	"WHERE w.pool_id = p.id) ORDER BY p.name, p.id"
#define OBLIG_POOLS_COLS(C, s)	C(s, id) C(s, name)
DB_COLUMNS(OBLIG_POOLS);

/*
 * Grant $1 with its payment stop (who set or cleared it last) and its
 * oldest accounts not received and due before $2 (today), or NULL.
 */
#define AWARD_STOP_GET_SQL \
	"SELECT w.id, w.grant_no, w.org_name, w.title, w.payment_stop, " \
	"to_char(w.payment_stop_at, 'YYYY-MM-DD HH24:MI') " \
	"AS payment_stop_at, " \
	"w.payment_stop_reason, coalesce(st.name, '') AS payment_stop_by, " \
	"(SELECT to_char(min(o.due), 'YYYY-MM-DD') FROM obligation o " \
	"WHERE o.award_id = w.id AND o.kind = 'accounts' " \
	"AND o.due < $2::date " \
	"AND NOT EXISTS (SELECT 1 FROM submission s " \
	"WHERE s.obligation_id = o.id)) AS accounts_due " \
	"FROM award w LEFT JOIN staff st ON st.id = w.payment_stop_by " \
	"WHERE w.id = $1"
#define AWARD_STOP_GET_COLS(C, s) \
	C(s, id) C(s, grant_no) C(s, org_name) C(s, title) \
	C(s, payment_stop) C(s, payment_stop_at) C(s, payment_stop_reason) \
	C(s, payment_stop_by) C(s, accounts_due)
DB_COLUMNS(AWARD_STOP_GET);

/* Sets ($2 true) or clears ($2 false) the stop of grant $1, by staff $3
 * for reason $4: a row only if the flag was the other way. */
#define AWARD_STOP_SET_SQL \
	"UPDATE award SET payment_stop = $2::boolean, " \
	"payment_stop_at = now(), " \
	"payment_stop_by = $3, payment_stop_reason = $4 " \
	"WHERE id = $1 AND payment_stop <> $2::boolean RETURNING id"
#define AWARD_STOP_SET_COLS(C, s)	C(s, id)
DB_COLUMNS(AWARD_STOP_SET);

#endif
