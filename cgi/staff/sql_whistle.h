/*
 * The statements of the staff program's whistleblower pages (STMT_WB_*),
 * included by sql.h: their SQL and result columns (see DB_COLUMNS).
 * Days are given as text 'YYYY-MM-DD' under names ending in _day, so
 * that an ORDER BY of the date column itself still sorts dates.
 */
#ifndef FRIST_STAFF_SQL_WHISTLE_H
#define FRIST_STAFF_SQL_WHISTLE_H

/* Retention (sql/004 whistle_purge): how many reports lost their
 * content.  Running it twice is harmless. */
#define WB_PURGE_SQL	"SELECT whistle_purge() AS purged"
#define WB_PURGE_COLS(C, s)	C(s, purged)
DB_COLUMNS(WB_PURGE);

/*
 * A row of the report lists (page_whistle_queue.c): the open reports,
 * oldest first, and the last 100 closed, the same columns in both (the
 * shape WB_LIST).  offer is the registered offer type once there is one.
 */
#define WB_LIST_SELECT \
	"SELECT id, case_no, " \
	"to_char(received, 'YYYY-MM-DD') AS received_day, status, " \
	"coalesce(CASE WHEN registered IS NOT NULL " \
	"THEN reg_offer_type END, offer_type) AS offer, " \
	"coalesce(risk, '') AS risk, " \
	"to_char(registered, 'YYYY-MM-DD') AS registered_day, " \
	"to_char(acknowledged, 'YYYY-MM-DD') AS acknowledged_day, " \
	"to_char(feedback, 'YYYY-MM-DD') AS feedback_day, " \
	"to_char(closed, 'YYYY-MM-DD') AS closed_day, " \
	"coalesce(closing_reason, '') AS closing_reason, " \
	"purged IS NOT NULL AS purged, count(*) OVER () AS total " \
	"FROM whistle_report "
#define WB_LIST_COLS(C, s) \
	C(s, id) C(s, case_no) C(s, received_day) C(s, status) C(s, offer) \
	C(s, risk) C(s, registered_day) C(s, acknowledged_day) \
	C(s, feedback_day) C(s, closed_day) C(s, closing_reason) C(s, purged) \
	C(s, total)
DB_COLUMNS(WB_LIST);
#define WB_QUEUE_SQL	WB_LIST_SELECT "WHERE status <> 'closed' " \
	"ORDER BY received, id LIMIT 5000"
#define WB_CLOSED_SQL	WB_LIST_SELECT "WHERE status = 'closed' " \
	"ORDER BY closed DESC, id DESC LIMIT 100"

/*
 * Report $1 with everything page_whistle_report.c shows: what the
 * reporter chose (offer_type, relation, cause_label; cause_id), the
 * consents, the sealed key and content, the registration (reg_*, risk,
 * actions as "a,b", the encrypted triage), the days met and closing.
 * key_staff and content are NULL once purged.
 */
#define WB_GET_SQL \
	"SELECT r.id, r.case_no, " \
	"to_char(r.received, 'YYYY-MM-DD') AS received_day, r.status, " \
	"r.offer_type, r.relation, coalesce(c.label, '') AS cause_label, " \
	"r.named, r.consent_received, r.consent_name, r.consent_content, " \
	"r.key_staff, r.content, " \
	"to_char(r.registered, 'YYYY-MM-DD') AS registered_day, " \
	"coalesce(r.reg_offer_type, '') AS reg_offer_type, r.reg_cause_id, " \
	"coalesce(rc.label, '') AS reg_cause_label, " \
	"coalesce(r.risk, '') AS risk, " \
	"array_to_string(r.actions, ',') AS actions, r.triage, " \
	"to_char(r.acknowledged, 'YYYY-MM-DD') AS acknowledged_day, " \
	"to_char(r.feedback, 'YYYY-MM-DD') AS feedback_day, " \
	"to_char(r.closed, 'YYYY-MM-DD') AS closed_day, " \
	"coalesce(r.closing_reason, '') AS closing_reason, " \
	"to_char(r.purged, 'YYYY-MM-DD') AS purged_day, " \
	"r.cause_id FROM whistle_report r " \
	"LEFT JOIN whistle_cause c ON c.id = r.cause_id " \
	"LEFT JOIN whistle_cause rc ON rc.id = r.reg_cause_id " \
	"WHERE r.id = $1"
#define WB_GET_COLS(C, s) \
	C(s, id) C(s, case_no) C(s, received_day) C(s, status) \
	C(s, offer_type) C(s, relation) C(s, cause_label) C(s, named) \
	C(s, consent_received) C(s, consent_name) C(s, consent_content) \
	C(s, key_staff) C(s, content) C(s, registered_day) \
	C(s, reg_offer_type) C(s, reg_cause_id) C(s, reg_cause_label) \
	C(s, risk) C(s, actions) C(s, triage) C(s, acknowledged_day) \
	C(s, feedback_day) C(s, closed_day) C(s, closing_reason) \
	C(s, purged_day) C(s, cause_id)
DB_COLUMNS(WB_GET);

/* The active causes, the choices of the registration. */
#define WB_CAUSES_SQL \
	"SELECT id, label FROM whistle_cause WHERE active ORDER BY sort, id"
#define WB_CAUSES_COLS(C, s)	C(s, id) C(s, label)
DB_COLUMNS(WB_CAUSES);

/* The thread of report $1; body is encrypted with the report's key. */
#define WB_MESSAGES_SQL \
	"SELECT to_char(m.day, 'YYYY-MM-DD') AS day, m.from_reporter, " \
	"m.internal, coalesce(s.name, '') AS staff_name, m.body " \
	"FROM whistle_message m " \
	"LEFT JOIN staff s ON s.id = m.staff_id WHERE m.report_id = $1 " \
	"ORDER BY m.id"
#define WB_MESSAGES_COLS(C, s) \
	C(s, day) C(s, from_reporter) C(s, internal) C(s, staff_name) C(s, body)
DB_COLUMNS(WB_MESSAGES);

/* The files of report $1; name is encrypted (name and type). */
#define WB_FILES_SQL \
	"SELECT id, to_char(day, 'YYYY-MM-DD') AS day, from_reporter, name, " \
	"size FROM whistle_file WHERE report_id = $1 ORDER BY id"
#define WB_FILES_COLS(C, s) \
	C(s, id) C(s, day) C(s, from_reporter) C(s, name) C(s, size)
DB_COLUMNS(WB_FILES);

/* File $1 with its report's sealed key. */
#define WB_FILE_GET_SQL \
	"SELECT f.report_id, f.name, f.data, r.key_staff FROM whistle_file f " \
	"JOIN whistle_report r ON r.id = f.report_id WHERE f.id = $1"
#define WB_FILE_GET_COLS(C, s) \
	C(s, report_id) C(s, name) C(s, data) C(s, key_staff)
DB_COLUMNS(WB_FILE_GET);

/* $1 staff, $2 report (or NULL), $3 action, $4 detail. */
#define WB_AUDIT_SQL \
	"INSERT INTO whistle_audit (staff_id, report_id, action, detail) " \
	"VALUES ($1, $2, $3, $4)"

/*
 * Registration and triage of report $1: $2 offer type, $3 cause, $4
 * risk, $5 actions ("{a,b}"), $6 the encrypted triage.  The first
 * registration dates it; later ones correct the triage.
 */
#define WB_REGISTER_SQL \
	"UPDATE whistle_report SET registered = coalesce(registered, " \
	"current_date), status = 'treatment', reg_offer_type = $2, " \
	"reg_cause_id = $3, risk = $4, actions = $5::text[], triage = $6 " \
	"WHERE id = $1 AND status <> 'closed' AND purged IS NULL " \
	"RETURNING id"
#define WB_REGISTER_COLS(C, s)	C(s, id)
DB_COLUMNS(WB_REGISTER);

/* A message ($3 false) or internal note ($3 true) by staff $2 on report
 * $1, $4 encrypted; none once the report is purged. */
#define WB_MESSAGE_ADD_SQL \
	"INSERT INTO whistle_message (report_id, from_reporter, staff_id, " \
	"internal, body) SELECT id, false, $2::bigint, $3::boolean, " \
	"$4::bytea FROM whistle_report WHERE id = $1 AND purged IS NULL " \
	"RETURNING id"
#define WB_MESSAGE_ADD_COLS(C, s)	C(s, id)
DB_COLUMNS(WB_MESSAGE_ADD);

/* What a message meets is ws_meets() ($2 the acknowledgement, $3 the
 * feedback); the first one counts. */
#define WB_ANSWERED_SQL \
	"UPDATE whistle_report SET acknowledged = CASE WHEN $2::boolean " \
	"THEN coalesce(acknowledged, current_date) ELSE acknowledged END, " \
	"feedback = CASE WHEN $3::boolean THEN coalesce(feedback, " \
	"current_date) ELSE feedback END " \
	"WHERE id = $1 RETURNING id"
#define WB_ANSWERED_COLS(C, s)	C(s, id)
DB_COLUMNS(WB_ANSWERED);

/* Closes registered report $1 for reason $2. */
#define WB_CLOSE_SQL \
	"UPDATE whistle_report SET status = 'closed', closed = current_date, " \
	"closing_reason = $2 " \
	"WHERE id = $1 AND status <> 'closed' AND registered IS NOT NULL " \
	"RETURNING id"
#define WB_CLOSE_COLS(C, s)	C(s, id)
DB_COLUMNS(WB_CLOSE);

/*
 * Counts by the year received, for $1 and the year before: the
 * registered offer type and cause when there are any.  A row per kind
 * ('offer', 'cause', 'closing', 'relation'), code and year: n reports;
 * a cause has its label and sort.
 */
#define WB_STATS_SQL \
	"WITH r AS (SELECT extract(year FROM received)::int AS y, " \
	"coalesce(CASE WHEN registered IS NOT NULL THEN reg_offer_type END, " \
	"offer_type) AS offer, coalesce(reg_cause_id, cause_id) AS cause, " \
	"closing_reason, relation FROM whistle_report " \
	"WHERE received >= make_date($1::int - 1, 1, 1) " \
	"AND received < make_date($1::int + 1, 1, 1)) " \
	"SELECT 'offer' AS kind, offer AS code, '' AS label, y AS year, " \
	"count(*) AS n, 0 AS sort FROM r GROUP BY offer, y " \
	"UNION ALL SELECT 'cause', coalesce(cause::text, ''), " \
	"coalesce(min(c.label), ''), y, count(*), coalesce(min(c.sort), 0) " \
	"FROM r LEFT JOIN whistle_cause c ON c.id = r.cause " \
	"GROUP BY cause, y " \
	"UNION ALL SELECT 'closing', coalesce(closing_reason, ''), '', y, " \
	"count(*), 0 FROM r GROUP BY closing_reason, y " \
	"UNION ALL SELECT 'relation', relation, '', y, count(*), 0 FROM r " \
	"GROUP BY relation, y ORDER BY kind, sort, code, year"
#define WB_STATS_COLS(C, s) \
	C(s, kind) C(s, code) C(s, label) C(s, year) C(s, n) C(s, sort)
DB_COLUMNS(WB_STATS);

/* The front page: how many reports are in the state received (waiting
 * for registration) and how many in treatment. */
#define WB_HOME_SQL \
	"SELECT count(*) FILTER (WHERE status = 'received') AS received, " \
	"count(*) FILTER (WHERE status = 'treatment') AS treatment " \
	"FROM whistle_report"
#define WB_HOME_COLS(C, s)	C(s, received) C(s, treatment)
DB_COLUMNS(WB_HOME);

/* Every cause, with the number of reports that have it (as chosen or
 * as registered). */
#define WB_CAUSE_LIST_SQL \
	"SELECT c.id, c.label, c.sort, c.active, (SELECT count(*) FROM " \
	"whistle_report r WHERE r.cause_id = c.id OR r.reg_cause_id = c.id) " \
	"AS used FROM whistle_cause c ORDER BY c.sort, c.label"
#define WB_CAUSE_LIST_COLS(C, s) \
	C(s, id) C(s, label) C(s, sort) C(s, active) C(s, used)
DB_COLUMNS(WB_CAUSE_LIST);

/* A new cause: $1 label, $2 sort. */
#define WB_CAUSE_ADD_SQL \
	"INSERT INTO whistle_cause (label, sort) VALUES ($1, $2) RETURNING id"
#define WB_CAUSE_ADD_COLS(C, s)	C(s, id)
DB_COLUMNS(WB_CAUSE_ADD);

/* Cause $1 gets label $2, sort $3, active $4; no row if there is none. */
#define WB_CAUSE_SET_SQL \
	"UPDATE whistle_cause SET label = $2, sort = $3, active = $4 " \
	"WHERE id = $1 RETURNING id"
#define WB_CAUSE_SET_COLS(C, s)	C(s, id)
DB_COLUMNS(WB_CAUSE_SET);

/* One-time form keys of the report page (sql/008_whistle_browser): a
 * row if key hash $1 was used; the claim of $1 for report $2, no row if
 * it was claimed already. */
#define WB_ONCE_SEEN_SQL \
	"SELECT 1 AS seen FROM whistle_once WHERE key_hash = $1"
#define WB_ONCE_SEEN_COLS(C, s)	C(s, seen)
DB_COLUMNS(WB_ONCE_SEEN);
#define WB_ONCE_ADD_SQL \
	"INSERT INTO whistle_once (key_hash, report_id) VALUES ($1, $2) " \
	"ON CONFLICT (key_hash) DO NOTHING RETURNING report_id"
#define WB_ONCE_ADD_COLS(C, s)	C(s, report_id)
DB_COLUMNS(WB_ONCE_ADD);

#endif
