/*
 * The portal's statements: the SQL of each and the names of its result
 * columns, side by side (see DB_COLUMNS in db.h).  main.c makes the
 * table.
 */
#ifndef FRIST_PORTAL_SQL_H
#define FRIST_PORTAL_SQL_H

#include "db.h"
#include "attach.h"
#include "login.h"
#include "versions.h"

enum stmt {
	STMT_POOL_LIST,
	STMT_POOL_GET,
	STMT_POOL_FEED,
	STMT_SETTINGS,
	STMT_APP_CREATE,
	STMT_APP_GET,
	STMT_APP_SAVE,
	STMT_APP_SUBMIT,
	STMT_APP_BUDGET_DEL,
	STMT_APP_BUDGET_ADD,
	STMT_APP_BUDGET_GET,
	STMT_APP_BY_DRAFT,
	STMT_ASESS_GET,
	STMT_ASESS_NEW,
	STMT_ASESS_DEL,
	STMT_ASESS_PURGE,
	STMT_ASESS_TOUCH,
	STMT_ATT_ADD_APP,
	STMT_ATT_ADD_SUB,
	STMT_ATT_LIST_APP,
	STMT_ATT_LIST_SUB,
	STMT_ATT_GET_APP,
	STMT_ATT_GET_SUB,
	STMT_RCPT_LOOKUP,
	STMT_RSESS_GET,
	STMT_RSESS_NEW,
	STMT_RSESS_DEL,
	STMT_RSESS_PURGE,
	STMT_RSESS_TOUCH,
	STMT_AWARD_GET,
	STMT_AWARD_BUDGET,
	STMT_AWARD_CONTACT_SET,
	STMT_OBLIG_LIST,
	STMT_OBLIG_GET,
	STMT_SUB_CREATE,
	STMT_SUB_RESUBMIT,
	STMT_SUB_GET,
	STMT_SUB_EVENTS,
	STMT_PAUSE_END,
	STMT_EVENT_ADD,
	STMT_ACCL_DEL,
	STMT_ACCL_ADD,
	STMT_ACCL_GET,
	STMT_ONCE_CLAIM,
	STMT_ONCE_GET,
	STMT_ONCE_SET,
	STMT_SUB_RETURNED,
	STMT_SUB_FILES_CUR,
	STMT_VER_LEGACY,
	STMT_VER_SNAPSHOT,
	STMT_OUTBOX_ADD,
	STMT_VER_LIST,
	STMT_VER_LINES,
	STMT_VER_FILES,
	STMT__MAX
};

/* --- pools ---------------------------------------------------------------- */

/*
 * The columns of a pool in the catalogue (POOL_LIST).  POOL_GET, one pool,
 * begins with the same columns, so pool_fill() reads a row of either by
 * POOL_LIST's names.  "Upcoming" and "closed" follow from the dates of an
 * open pool.
 */
#define POOL_ROW_SELECT \
	"SELECT id, name, theme, amount_ore, " \
	"to_char(closes, 'YYYY-MM-DD') AS closes, " \
	"CASE WHEN status = 'open' AND opens > current_date THEN 'upcoming' " \
	"WHEN status = 'open' AND closes < current_date THEN 'closed' " \
	"ELSE status END AS status, purpose"
#define POOL_LIST_SQL \
	POOL_ROW_SELECT " FROM pool WHERE status <> 'draft' " \
	"ORDER BY theme, name"
#define POOL_LIST_COLS(C, s) \
	C(s, id) C(s, name) C(s, theme) C(s, amount_ore) C(s, closes) \
	C(s, status) C(s, purpose)
DB_COLUMNS(POOL_LIST);

/* $1 the pool. */
#define POOL_GET_SQL \
	POOL_ROW_SELECT ", fin_year, to_char(opens, 'YYYY-MM-DD') AS opens, " \
	"application_based, legal_basis, " \
	"to_char(disbursement_deadline, 'YYYY-MM-DD') " \
	"AS disbursement_deadline " \
	"FROM pool WHERE id = $1 AND status <> 'draft'"
#define POOL_GET_COLS(C, s) \
	POOL_LIST_COLS(C, s) C(s, fin_year) C(s, opens) \
	C(s, application_based) C(s, legal_basis) C(s, disbursement_deadline)
DB_COLUMNS(POOL_GET);
_Static_assert((int)POOL_GET_purpose == (int)POOL_LIST_purpose,
    "POOL_GET begins with POOL_LIST's columns");

/* The newest pools for the Atom feed; created as seconds since 1970
 * (ordered by the timestamp itself). */
#define POOL_FEED_SQL \
	"SELECT id, name, purpose, " \
	"extract(epoch FROM created)::bigint AS created_epoch " \
	"FROM pool WHERE status <> 'draft' ORDER BY created DESC, id DESC " \
	"LIMIT 50"
#define POOL_FEED_COLS(C, s) \
	C(s, id) C(s, name) C(s, purpose) C(s, created_epoch)
DB_COLUMNS(POOL_FEED);

/* STMT_SETTINGS is db.h's SETTINGS (read by settings.h). */

/* --- applications --------------------------------------------------------- */

/* $1 pool, $2 draft number, $3 hash of the code; no row if the draft
 * number is taken. */
#define APP_CREATE_SQL \
	"INSERT INTO application (pool_id, draft_no, resume_hash) " \
	"VALUES ($1, $2, $3) ON CONFLICT (draft_no) DO NOTHING RETURNING id"
#define APP_CREATE_COLS(C, s)	C(s, id)
DB_COLUMNS(APP_CREATE);

/* $1 the application, with its pool; pool_open says whether it may be
 * sent today. */
#define APP_GET_SQL \
	"SELECT a.id, a.pool_id, a.draft_no, a.case_no, a.status, " \
	"a.org_name, a.cvr, a.contact_name, a.contact_email, " \
	"a.contact_phone, a.title, a.description, " \
	"to_char(a.period_start, 'YYYY-MM-DD') AS period_start, " \
	"to_char(a.period_end, 'YYYY-MM-DD') AS period_end, a.requested_ore, " \
	"to_char(a.submitted, 'YYYY-MM-DD') AS submitted, " \
	"p.name AS pool_name, p.amount_ore AS pool_amount_ore, " \
	"p.status = 'open' AND current_date BETWEEN p.opens AND p.closes " \
	"AS pool_open, " \
	"to_char(a.decided, 'YYYY-MM-DD') AS decided, " \
	"to_char(p.closes, 'YYYY-MM-DD') AS pool_closes " \
	"FROM application a JOIN pool p ON p.id = a.pool_id " \
	"WHERE a.id = $1"
#define APP_GET_COLS(C, s) \
	C(s, id) C(s, pool_id) C(s, draft_no) C(s, case_no) C(s, status) \
	C(s, org_name) C(s, cvr) C(s, contact_name) C(s, contact_email) \
	C(s, contact_phone) C(s, title) C(s, description) \
	C(s, period_start) C(s, period_end) C(s, requested_ore) \
	C(s, submitted) C(s, pool_name) C(s, pool_amount_ore) C(s, pool_open) \
	C(s, decided) C(s, pool_closes)
DB_COLUMNS(APP_GET);

/* $1 the draft, $2.. $11 the form's fields (NULL if not given). */
#define APP_SAVE_SQL \
	"UPDATE application SET org_name = $2, cvr = $3, contact_name = $4, " \
	"contact_email = $5, contact_phone = $6, title = $7, " \
	"description = $8, period_start = $9, period_end = $10, " \
	"requested_ore = $11, updated = now() " \
	"WHERE id = $1 AND status = 'draft'"

/* $1 the draft; no row if it was no longer a draft. */
#define APP_SUBMIT_SQL \
	"UPDATE application SET status = 'submitted', " \
	"submitted = current_date, " \
	"case_no = 'ANS-' || to_char(current_date, 'YYYY') || '-' || " \
	"lpad(nextval('application_no_seq')::text, 6, '0') " \
	"WHERE id = $1 AND status = 'draft' RETURNING case_no"
#define APP_SUBMIT_COLS(C, s)	C(s, case_no)
DB_COLUMNS(APP_SUBMIT);

/* The draft's budget lines: deleted and written again on every save. */
#define APP_BUDGET_DEL_SQL \
	"DELETE FROM application_budget WHERE application_id = $1"
#define APP_BUDGET_ADD_SQL \
	"INSERT INTO application_budget (application_id, lineno, text, " \
	"amount_ore) VALUES ($1, $2, $3, $4)"
#define APP_BUDGET_GET_SQL \
	"SELECT lineno, text, amount_ore FROM application_budget " \
	"WHERE application_id = $1 ORDER BY lineno"
#define APP_BUDGET_GET_COLS(C, s) C(s, lineno) C(s, text) C(s, amount_ore)
DB_COLUMNS(APP_BUDGET_GET);

/* --- logins --------------------------------------------------------------- */

/* Resuming a draft (draft number and resume code), and a grant
 * recipient's login (grant number and access code): login.h's shapes. */
#define APP_BY_DRAFT_SQL \
	LOGIN_SQL_LOOKUP("application", "draft_no", "resume_hash", \
	    " AND resume_hash IS NOT NULL")
#define RCPT_LOOKUP_SQL \
	LOGIN_SQL_LOOKUP("award", "grant_no", "access_hash", "")

/* --- sessions ------------------------------------------------------------- */

/*
 * An applicant's session (a draft) and a recipient's (a grant), see
 * session.h: $1 the token hash.  Both gets give the session's subject,
 * the application or the award, read alike by portal_before(), and
 * whether the idle expiry is due to move on (less than half of it left):
 * the lookup is a SELECT, so pages that only read work on a read-only
 * database or a standby, and the touch writes only when due.  The
 * purges, at a successful login, delete what has expired, as a staff
 * login does (by the index on expires, sql/010).
 */
#define PORTAL_SESS_COLS(C, s)	C(s, subject) C(s, due)
DB_COLUMNS(PORTAL_SESS);

#define ASESS_GET_SQL \
	"SELECT s.application_id AS subject, " \
	"s.expires < least(now() + interval '30 minutes', " \
	"s.absolute_expires) AS due FROM applicant_session s " \
	"WHERE s.token_hash = $1 AND s.expires > now() " \
	"AND s.absolute_expires > now()"
#define ASESS_TOUCH_SQL \
	"UPDATE applicant_session SET expires = " \
	"least(now() + interval '1 hour', absolute_expires) " \
	"WHERE token_hash = $1 AND expires > now()"
#define ASESS_NEW_SQL \
	"INSERT INTO applicant_session (token_hash, application_id, " \
	"expires, absolute_expires) VALUES ($1, $2, " \
	"now() + interval '1 hour', now() + interval '12 hours')"
#define ASESS_DEL_SQL \
	"DELETE FROM applicant_session WHERE token_hash = $1"
#define ASESS_PURGE_SQL \
	"DELETE FROM applicant_session WHERE expires < now()"

#define RSESS_GET_SQL \
	"SELECT s.award_id AS subject, " \
	"s.expires < least(now() + interval '15 minutes', " \
	"s.absolute_expires) AS due FROM recipient_session s " \
	"WHERE s.token_hash = $1 AND s.expires > now() " \
	"AND s.absolute_expires > now()"
#define RSESS_TOUCH_SQL \
	"UPDATE recipient_session SET expires = " \
	"least(now() + interval '30 minutes', absolute_expires) " \
	"WHERE token_hash = $1 AND expires > now()"
#define RSESS_NEW_SQL \
	"INSERT INTO recipient_session (token_hash, award_id, expires, " \
	"absolute_expires) VALUES ($1, $2, now() + interval '30 minutes', " \
	"now() + interval '8 hours')"
#define RSESS_DEL_SQL \
	"DELETE FROM recipient_session WHERE token_hash = $1"
#define RSESS_PURGE_SQL \
	"DELETE FROM recipient_session WHERE expires < now()"

/* --- files ---------------------------------------------------------------- */

/*
 * A new file of an application or a submission: $1 the owner, $2
 * purpose, $3 filename, $4 content type, $5 size, $6 the data (bytea).
 * Both give the new id, read alike by portal_store_files().
 */
#define ATT_ADD_COLS(C, s)	C(s, id)
DB_COLUMNS(ATT_ADD);
#define ATT_ADD_APP_SQL \
	"INSERT INTO attachment (application_id, purpose, filename, ctype, " \
	"size, data) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"
#define ATT_ADD_SUB_SQL \
	"INSERT INTO attachment (submission_id, purpose, filename, ctype, " \
	"size, data) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"

/* File lists (ATTACH_LIST_COLS, attach.h): $1 the owner. */
#define ATT_LIST_APP_SQL \
	"SELECT id, filename, size, purpose FROM attachment " \
	"WHERE application_id = $1 ORDER BY id"
#define ATT_LIST_SUB_SQL \
	"SELECT id, filename, size, purpose FROM attachment " \
	"WHERE submission_id = $1 ORDER BY id"
/* The files of the current version of submission $1 (all files of a
 * case sent before versions were kept). */
#define SUB_FILES_CUR_SQL \
	"SELECT a.id, a.filename, a.size, a.purpose FROM attachment a " \
	"JOIN submission s ON s.id = a.submission_id WHERE s.id = $1 AND " \
	"(EXISTS (SELECT 1 FROM submission_version_file f " \
	"WHERE f.submission_id = s.id AND f.version = s.version " \
	"AND f.attachment_id = a.id) OR NOT EXISTS (SELECT 1 " \
	"FROM submission_version v WHERE v.submission_id = s.id " \
	"AND v.version = s.version)) ORDER BY a.id"

/* Downloads (ATTACH_GET_COLS): $1 the file, $2 the session's
 * application or award. */
#define ATT_GET_APP_SQL \
	"SELECT filename, ctype, data FROM attachment " \
	"WHERE id = $1 AND application_id = $2"
#define ATT_GET_SUB_SQL \
	"SELECT a.filename, a.ctype, a.data FROM attachment a " \
	"JOIN submission s ON s.id = a.submission_id " \
	"WHERE a.id = $1 AND s.award_id = $2"

/* --- the recipient's grant ------------------------------------------------ */

/* $1 the award. */
#define AWARD_GET_SQL \
	"SELECT a.grant_no, a.org_name, a.title, a.amount_ore, a.conditions, " \
	"to_char(a.period_start, 'YYYY-MM-DD') AS period_start, " \
	"to_char(a.period_end, 'YYYY-MM-DD') AS period_end, a.accounting, " \
	"a.auditor, p.name AS pool_name, a.payment_stop, " \
	"to_char(a.payment_stop_at, 'YYYY-MM-DD') AS payment_stop_at, " \
	"a.payment_stop_reason, a.contact_email " \
	"FROM award a JOIN pool p ON p.id = a.pool_id WHERE a.id = $1"
#define AWARD_GET_COLS(C, s) \
	C(s, grant_no) C(s, org_name) C(s, title) C(s, amount_ore) \
	C(s, conditions) C(s, period_start) C(s, period_end) \
	C(s, accounting) C(s, auditor) C(s, pool_name) C(s, payment_stop) \
	C(s, payment_stop_at) C(s, payment_stop_reason) C(s, contact_email)
DB_COLUMNS(AWARD_GET);

/* $1 the session's award, $2 its new contact e-mail (a trigger audits a
 * change, sql/028; the same address again changes and audits nothing). */
#define AWARD_CONTACT_SET_SQL \
	"UPDATE award SET contact_email = $2 WHERE id = $1"

/* $1 the award: its budget lines, the frame of its accounts. */
#define AWARD_BUDGET_SQL \
	"SELECT lineno, text, amount_ore FROM award_budget " \
	"WHERE award_id = $1 ORDER BY lineno"
#define AWARD_BUDGET_COLS(C, s)	C(s, lineno) C(s, text) C(s, amount_ore)
DB_COLUMNS(AWARD_BUDGET);

/*
 * $1 the award: its obligations by due date, each with its submission
 * if one was sent (sid NULL if not) and the caseworker's last message
 * with a return.  The ORDER BY is qualified: o.due is the date, not
 * the text of the same name.
 */
#define OBLIG_LIST_SQL \
	"SELECT o.id, o.kind, o.seq, to_char(o.due, 'YYYY-MM-DD') AS due, " \
	"o.due < current_date AS overdue, s.id AS sid, s.case_no, s.status, " \
	"to_char(s.received, 'YYYY-MM-DD') AS received, " \
	"(SELECT e.message FROM case_event e WHERE e.submission_id = s.id " \
	"AND e.kind = 'returned' ORDER BY e.at DESC, e.id DESC LIMIT 1) " \
	"AS returned_message " \
	"FROM obligation o LEFT JOIN submission s ON s.obligation_id = o.id " \
	"WHERE o.award_id = $1 ORDER BY o.due, o.kind, o.seq"
#define OBLIG_LIST_COLS(C, s) \
	C(s, id) C(s, kind) C(s, seq) C(s, due) C(s, overdue) C(s, sid) \
	C(s, case_no) C(s, status) C(s, received) C(s, returned_message)
DB_COLUMNS(OBLIG_LIST);

/* $1 the obligation, $2 the award; its submission if one was sent. */
#define OBLIG_GET_SQL \
	"SELECT o.id, o.kind, o.seq, to_char(o.due, 'YYYY-MM-DD') AS due, " \
	"s.id AS sid, s.status, s.progress, s.milestones, s.deviations, " \
	"s.version, s.case_no " \
	"FROM obligation o LEFT JOIN submission s ON s.obligation_id = o.id " \
	"WHERE o.id = $1 AND o.award_id = $2"
#define OBLIG_GET_COLS(C, s) \
	C(s, id) C(s, kind) C(s, seq) C(s, due) C(s, sid) C(s, status) \
	C(s, progress) C(s, milestones) C(s, deviations) C(s, version) \
	C(s, case_no)
DB_COLUMNS(OBLIG_GET);

/* --- submissions ---------------------------------------------------------- */

/* A new case number: SR- for status reports, RG- for accounts. */
#define SUB_NO(kind) \
	"CASE " kind " WHEN 'status' THEN 'SR-' ELSE 'RG-' END || " \
	"to_char(current_date, 'YYYY') || '-' || " \
	"lpad(nextval('submission_no_seq')::text, 6, '0')"

/*
 * A submission sent ($1 the obligation) or sent again after a return
 * ($1 the submission), $2 the award, $3 source, $4 progress, $5
 * milestones, $6 deviations.  No row if another request sent it first;
 * both give the same columns, read alike by store() in page_obligation.c.
 */
#define SUB_STORED_COLS(C, s)	C(s, id) C(s, case_no) C(s, version)
DB_COLUMNS(SUB_STORED);
#define SUB_CREATE_SQL \
	"INSERT INTO submission (case_no, kind, obligation_id, award_id, " \
	"received, source, progress, milestones, deviations) " \
	"SELECT " SUB_NO("o.kind") ", o.kind, o.id, o.award_id, " \
	"current_date, $3, $4, $5, $6 FROM obligation o " \
	"WHERE o.id = $1 AND o.award_id = $2 " \
	"ON CONFLICT (obligation_id) DO NOTHING RETURNING id, case_no, version"
#define SUB_RESUBMIT_SQL \
	"UPDATE submission SET status = 'received', version = version + 1, " \
	"source = $3, progress = $4, milestones = $5, deviations = $6, " \
	"updated = now() WHERE id = $1 AND award_id = $2 " \
	"AND status = 'returned' RETURNING id, case_no, version"

/* $1 the submission, $2 the award (someone else's case has no row). */
#define SUB_GET_SQL \
	"SELECT s.id, s.case_no, s.kind, s.status, " \
	"to_char(s.received, 'YYYY-MM-DD') AS received, " \
	"to_char(s.decided, 'YYYY-MM-DD') AS decided, " \
	"s.progress, s.milestones, s.deviations, s.repayment_ore, " \
	"s.version, s.obligation_id, s.source FROM submission s " \
	"WHERE s.id = $1 AND s.award_id = $2"
#define SUB_GET_COLS(C, s) \
	C(s, id) C(s, case_no) C(s, kind) C(s, status) C(s, received) \
	C(s, decided) C(s, progress) C(s, milestones) C(s, deviations) \
	C(s, repayment_ore) C(s, version) C(s, obligation_id) C(s, source)
DB_COLUMNS(SUB_GET);

/* The events of submission $1 the recipient may see, oldest first (by
 * the timestamp e.at, not the text at). */
#define SUB_EVENTS_SQL \
	"SELECT to_char(e.at, 'YYYY-MM-DD HH24:MI') AS at, e.kind, " \
	"e.message, e.amount_ore, e.by_recipient FROM case_event e " \
	"WHERE e.submission_id = $1 AND e.kind <> 'note' " \
	"ORDER BY e.at, e.id"
#define SUB_EVENTS_COLS(C, s) \
	C(s, at) C(s, kind) C(s, message) C(s, amount_ore) C(s, by_recipient)
DB_COLUMNS(SUB_EVENTS);

/* The caseworker's last return of submission $1: its day and message
 * (the newest by the timestamp e.at, not the day). */
#define SUB_RETURNED_SQL \
	"SELECT to_char(e.at, 'YYYY-MM-DD') AS at, e.message " \
	"FROM case_event e WHERE e.submission_id = $1 " \
	"AND e.kind = 'returned' ORDER BY e.at DESC, e.id DESC LIMIT 1"
#define SUB_RETURNED_COLS(C, s)	C(s, at) C(s, message)
DB_COLUMNS(SUB_RETURNED);

/* A resubmission ends the pause of submission $1 (its clock runs on). */
#define PAUSE_END_SQL \
	"UPDATE case_pause SET ended = current_date " \
	"WHERE submission_id = $1 AND ended IS NULL"

/* $1 the submission, $2 kind, $3 message. */
#define EVENT_ADD_SQL \
	"INSERT INTO case_event (submission_id, kind, message, by_recipient) " \
	"VALUES ($1, $2, $3, true)"

/* The account lines of submission $1: written again with every
 * version, $2 lineno, $3 text, $4 budget, $5 actual, $6 explanation. */
#define ACCL_DEL_SQL	"DELETE FROM account_line WHERE submission_id = $1"
#define ACCL_ADD_SQL \
	"INSERT INTO account_line (submission_id, lineno, text, budget_ore, " \
	"actual_ore, explanation) VALUES ($1, $2, $3, $4, $5, $6)"
#define ACCL_GET_SQL \
	"SELECT lineno, text, budget_ore, actual_ore, explanation " \
	"FROM account_line WHERE submission_id = $1 ORDER BY lineno"
#define ACCL_GET_COLS(C, s) \
	C(s, lineno) C(s, text) C(s, budget_ore) C(s, actual_ore) \
	C(s, explanation)
DB_COLUMNS(ACCL_GET);

/*
 * Versions (sql/006).  Before a resubmission overwrites a version that
 * was never recorded (demo data), record it with all its files ($1 the
 * submission; no row if it was recorded).  Then the version sent: $1 the
 * submission, $2 its files ("{12,13}").  Both give the version number.
 */
#define VER_LEGACY_SQL \
	"SELECT submission_snapshot(s.id, ARRAY(SELECT a.id " \
	"FROM attachment a WHERE a.submission_id = s.id), " \
	"submission_sent(s.id)) AS version " \
	"FROM submission s WHERE s.id = $1 " \
	"AND s.source <> 'import' AND NOT EXISTS (SELECT 1 " \
	"FROM submission_version v WHERE v.submission_id = s.id " \
	"AND v.version = s.version)"
#define VER_LEGACY_COLS(C, s)	C(s, version)
DB_COLUMNS(VER_LEGACY);
#define VER_SNAPSHOT_SQL \
	"SELECT submission_snapshot($1, $2::bigint[]) AS version"
#define VER_SNAPSHOT_COLS(C, s)	C(s, version)
DB_COLUMNS(VER_SNAPSHOT);

/* --- one-time form keys --------------------------------------------------- */

/*
 * $1 the hash of the key.  Claimed first (no row if it was claimed
 * before), so that a concurrent repeat waits for the first and then
 * finds what it made ($2 the application, $3 the submission).
 */
#define ONCE_CLAIM_SQL \
	"INSERT INTO portal_once (hash) VALUES ($1) " \
	"ON CONFLICT (hash) DO NOTHING RETURNING hash"
#define ONCE_CLAIM_COLS(C, s)	C(s, hash)
DB_COLUMNS(ONCE_CLAIM);
#define ONCE_GET_SQL \
	"SELECT application_id, submission_id FROM portal_once " \
	"WHERE hash = $1"
#define ONCE_GET_COLS(C, s)	C(s, application_id) C(s, submission_id)
DB_COLUMNS(ONCE_GET);
#define ONCE_SET_SQL \
	"UPDATE portal_once SET application_id = $2, submission_id = $3 " \
	"WHERE hash = $1"

#endif
