/*
 * The staff program's statements: the SQL of each and the names of its
 * result columns, side by side (see DB_COLUMNS in db.h); those of the
 * whistleblower pages are in sql_whistle.h, those of the goals in
 * sql_goals.h, those of the results plan in sql_plan.h, those of the
 * list of mails in sql_mails.h.  main.c makes the table.
 */
#ifndef FRIST_STAFF_SQL_H
#define FRIST_STAFF_SQL_H

#include "db.h"
#include "attach.h"
#include "login.h"
#include "versions.h"

enum stmt {
	STMT_LOGIN_LOOKUP,
	STMT_LOGIN_OK,
	STMT_SESSION_GET,
	STMT_SESSION_NEW,
	STMT_SESSION_DEL,
	STMT_SESSION_PURGE,
	STMT_SESSION_TOUCH,
	STMT_HOME_COUNTS,
	STMT_SETTINGS,
	STMT_AUDIT_ADD,
	STMT_POOLS_PROGRESS,
	STMT_POOL_GET,
	STMT_POOL_INSERT,
	STMT_POOL_UPDATE,
	STMT_APPS_BY_POOL,
	STMT_APP_GET,
	STMT_APP_BUDGET,
	STMT_APP_FILES,
	STMT_APP_REJECT,
	STMT_APP_AWARDED,
	STMT_AWARD_INSERT,
	STMT_AWARD_BUDGET_COPY,
	STMT_OBLIG_ADD,
	STMT_AWARD_BY_APP,
	STMT_QUEUE_COUNT,
	STMT_QUEUE,
	STMT_CASE_GET,
	STMT_CASE_EVENTS,
	STMT_CASE_LINES,
	STMT_CASE_FILES,
	STMT_CASE_TAKE,
	STMT_CASE_RETURN,
	STMT_CASE_PAUSE,
	STMT_CASE_DECIDE,
	STMT_CASE_REPAY,
	STMT_CASE_EVENT,
	STMT_OUTBOX_ADD,
	STMT_FILE_GET,
	STMT_POOL_PHASES,
	STMT_ONCE_CLAIM,
	STMT_ONCE_GET,
	STMT_ONCE_SET,
	STMT_IMPORT_BATCH_ADD,
	STMT_IMPORT_BATCH_FILE,
	STMT_IMPORT_BATCH_GET,
	STMT_IMPORT_SUB,
	STMT_IMPORT_PAUSE,
	STMT_CASE_VERSIONS,
	STMT_CASE_VERSION_LINES,
	STMT_CASE_VERSION_FILES,
	STMT_WB_PURGE,
	STMT_WB_QUEUE,
	STMT_WB_CLOSED,
	STMT_WB_GET,
	STMT_WB_CAUSES,
	STMT_WB_MESSAGES,
	STMT_WB_FILES,
	STMT_WB_FILE_GET,
	STMT_WB_AUDIT,
	STMT_WB_REGISTER,
	STMT_WB_MESSAGE_ADD,
	STMT_WB_ANSWERED,
	STMT_WB_CLOSE,
	STMT_WB_STATS,
	STMT_WB_HOME,
	STMT_WB_CAUSE_LIST,
	STMT_WB_CAUSE_ADD,
	STMT_WB_CAUSE_SET,
	STMT_WB_ONCE_SEEN,
	STMT_WB_ONCE_ADD,
	STMT_SETTING_SET,
	STMT_PROFILE_GET,
	STMT_PROFILE_SET,
	STMT_MAILS_COUNT,
	STMT_MAILS_LIST,
	STMT_GOAL_LIST,
	STMT_GOAL_SUBS,
	STMT_GOAL_APPS,
	STMT_GOAL_WB,
	STMT_GOAL_HANDLERS,
	STMT_GOAL_POOLS,
	STMT_GOAL_BY_CODE,
	STMT_GOAL_VERSIONS,
	STMT_GOAL_VERSION_ADD,
	STMT_GOAL_ALL,
	STMT_GOAL_NEW,
	STMT_GOAL_SET,
	STMT_PLAN_LIST,
	STMT_PLAN_GET,
	STMT_PLAN_SUBS,
	STMT_PLAN_RESULTS,
	STMT_PLAN_VERDICTS,
	STMT_PLAN_FOLLOWUPS,
	STMT_PLAN_RESULT_SET,
	STMT_PLAN_VERDICT_SET,
	STMT_PLAN_VERDICT_DEL,
	STMT_PLAN_FOLLOWUP_SET,
	STMT_PLAN_CADENCE_SET,
	STMT_PLAN_NEW,
	STMT_PLAN_NEW_GOALS,
	STMT_PLAN_NEW_SUBS,
	STMT_PLAN_GOAL_SET,
	STMT_PLAN_SUB_SET,
	STMT_GOAL_DONE,
	STMT_GOAL_OPEN,
	STMT_OBLIG_LIST,
	STMT_OBLIG_POOLS,
	STMT_AWARD_STOP_GET,
	STMT_AWARD_STOP_SET,
	STMT__MAX
};

/* A setting changed: a row only if the value was another (for the audit). */
#define SETTING_SET_SQL \
	"UPDATE setting SET value = $2 WHERE key = $1 AND value <> $2 " \
	"RETURNING key"
#define SETTING_SET_COLS(C, s)	C(s, key)
DB_COLUMNS(SETTING_SET);

/* The profile (/staff/profile): $1 the session's staff member, only ever
 * their own row; the e-mail the alerts and the digest go to. */
#define PROFILE_GET_SQL \
	"SELECT email, digest FROM staff WHERE id = $1"
#define PROFILE_GET_COLS(C, s)	C(s, email) C(s, digest)
DB_COLUMNS(PROFILE_GET);
/* $2 the address ('' for none), $3 the digest: a row only if either was
 * another, so a repeated POST writes and audits nothing. */
#define PROFILE_SET_SQL \
	"UPDATE staff SET email = $2, digest = $3 WHERE id = $1 " \
	"AND (email <> $2 OR digest <> $3) RETURNING id"
#define PROFILE_SET_COLS(C, s)	C(s, id)
DB_COLUMNS(PROFILE_SET);

/* A staff member's login: login.h's lookup on the staff table; a good
 * one is noted ($1 the staff member). */
#define STAFF_LOOKUP_SQL \
	LOGIN_SQL_LOOKUP("staff", "username", "pw_hash", " AND active")
#define STAFF_OK_SQL \
	"UPDATE staff SET last_login = now() WHERE id = $1"

/*
 * Sessions (session.h): $1 the token hash.  The lookup gives the staff
 * member with the roles ("grants,admin") and whether the idle expiry is
 * due to move on (less than half of its 30 minutes left); it is a SELECT,
 * so pages that only read work on a read-only database or a standby, and
 * the touch writes only when due.  $2 of a new one is the staff member.
 */
#define SESSION_GET_SQL \
	"SELECT st.id, st.name, st.username, " \
	"array_to_string(st.roles, ',') AS roles, " \
	"s.expires < least(now() + interval '15 minutes', " \
	"s.absolute_expires) AS due " \
	"FROM staff_session s JOIN staff st ON st.id = s.staff_id " \
	"WHERE s.token_hash = $1 AND s.expires > now() " \
	"AND s.absolute_expires > now() AND st.active"
#define SESSION_GET_COLS(C, s) \
	C(s, id) C(s, name) C(s, username) C(s, roles) C(s, due)
DB_COLUMNS(SESSION_GET);
#define SESSION_TOUCH_SQL \
	"UPDATE staff_session SET expires = " \
	"least(now() + interval '30 minutes', absolute_expires) " \
	"WHERE token_hash = $1 AND expires > now()"
#define SESSION_NEW_SQL \
	"INSERT INTO staff_session (token_hash, staff_id, expires, " \
	"absolute_expires) VALUES ($1, $2, now() + interval '30 minutes', " \
	"now() + interval '10 hours')"
#define SESSION_DEL_SQL	"DELETE FROM staff_session WHERE token_hash = $1"
#define SESSION_PURGE_SQL "DELETE FROM staff_session WHERE expires < now()"

/* The front page's numbers.  Open pools are counted in C
 * (grant_pool_phase), from POOL_PHASES. */
#define HOME_COUNTS_SQL \
	"SELECT count(*) AS pools, " \
	"coalesce(sum(amount_ore), 0) AS pools_amount_ore, " \
	"(SELECT count(*) FROM submission WHERE status IN " \
	"('received', 'processing', 'returned')) AS cases_open, " \
	"(SELECT count(*) FROM application WHERE status = 'submitted') " \
	"AS apps_open FROM pool"
#define HOME_COUNTS_COLS(C, s) \
	C(s, pools) C(s, pools_amount_ore) C(s, cases_open) C(s, apps_open)
DB_COLUMNS(HOME_COUNTS);

/* $1 staff, $2 entity, $3 its id, $4 action, $5 detail. */
#define AUDIT_ADD_SQL \
	"INSERT INTO audit (staff_id, entity, entity_id, action, detail) " \
	"VALUES ($1, $2, $3, $4, $5)"

/* Everything the disbursement rule needs, per pool (pool_state). */
#define POOLS_PROGRESS_SQL \
	"SELECT p.id, p.name, p.theme, p.amount_ore, p.status, " \
	"to_char(p.closes, 'YYYY-MM-DD') AS closes, " \
	"to_char(p.disbursement_deadline, 'YYYY-MM-DD') " \
	"AS disbursement_deadline, p.fin_year, " \
	"count(a.id) FILTER (WHERE a.status <> 'draft') AS applications, " \
	"count(a.id) FILTER (WHERE a.status IN ('awarded', 'rejected')) " \
	"AS decided, " \
	"to_char(max(a.decided), 'YYYY-MM-DD') AS last_decision, " \
	"coalesce((SELECT sum(w.amount_ore) FROM award w " \
	"WHERE w.pool_id = p.id), 0) AS awarded_ore, " \
	"to_char(p.opens, 'YYYY-MM-DD') AS opens, " \
	"count(a.id) FILTER (WHERE a.status = 'awarded') AS awarded " \
	"FROM pool p LEFT JOIN application a ON a.pool_id = p.id " \
	"GROUP BY p.id ORDER BY p.fin_year DESC, p.theme, p.name"
#define POOLS_PROGRESS_COLS(C, s) \
	C(s, id) C(s, name) C(s, theme) C(s, amount_ore) C(s, status) \
	C(s, closes) C(s, disbursement_deadline) C(s, fin_year) \
	C(s, applications) C(s, decided) C(s, last_decision) \
	C(s, awarded_ore) C(s, opens) C(s, awarded)
DB_COLUMNS(POOLS_PROGRESS);

/* Pool $1, as its form has it. */
#define POOL_GET_SQL \
	"SELECT id, name, theme, purpose, amount_ore, fin_year, " \
	"to_char(opens, 'YYYY-MM-DD') AS opens, " \
	"to_char(closes, 'YYYY-MM-DD') AS closes, application_based, " \
	"to_char(disbursement_deadline, 'YYYY-MM-DD') " \
	"AS disbursement_deadline, legal_basis, status " \
	"FROM pool WHERE id = $1"
#define POOL_GET_COLS(C, s) \
	C(s, id) C(s, name) C(s, theme) C(s, purpose) C(s, amount_ore) \
	C(s, fin_year) C(s, opens) C(s, closes) C(s, application_based) \
	C(s, disbursement_deadline) C(s, legal_basis) C(s, status)
DB_COLUMNS(POOL_GET);

/* $1.. $11 the pool's fields in the order of POOL_GET; the update has
 * the pool in $1 and the fields from $2 on. */
#define POOL_INSERT_SQL \
	"INSERT INTO pool (name, theme, purpose, amount_ore, fin_year, " \
	"opens, closes, application_based, disbursement_deadline, " \
	"legal_basis, status) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, " \
	"$10, $11) RETURNING id"
#define POOL_INSERT_COLS(C, s)	C(s, id)
DB_COLUMNS(POOL_INSERT);
#define POOL_UPDATE_SQL \
	"UPDATE pool SET name = $2, theme = $3, purpose = $4, " \
	"amount_ore = $5, fin_year = $6, opens = $7, closes = $8, " \
	"application_based = $9, disbursement_deadline = $10, " \
	"legal_basis = $11, status = $12 WHERE id = $1"

/* The applications of pool $1, oldest first (by the date, not its text). */
#define APPS_BY_POOL_SQL \
	"SELECT id, case_no, org_name, title, requested_ore, status, " \
	"to_char(submitted, 'YYYY-MM-DD') AS submitted, " \
	"to_char(decided, 'YYYY-MM-DD') AS decided " \
	"FROM application WHERE pool_id = $1 AND status <> 'draft' " \
	"ORDER BY application.submitted, id"
#define APPS_BY_POOL_COLS(C, s) \
	C(s, id) C(s, case_no) C(s, org_name) C(s, title) \
	C(s, requested_ore) C(s, status) C(s, submitted) C(s, decided)
DB_COLUMNS(APPS_BY_POOL);

/* Application $1 with its pool, who decided it and how many files. */
#define APP_GET_SQL \
	"SELECT a.id, a.case_no, a.status, a.org_name, a.cvr, " \
	"a.contact_name, a.contact_email, a.contact_phone, a.title, " \
	"a.description, to_char(a.period_start, 'YYYY-MM-DD') " \
	"AS period_start, to_char(a.period_end, 'YYYY-MM-DD') AS period_end, " \
	"a.requested_ore, to_char(a.submitted, 'YYYY-MM-DD') AS submitted, " \
	"to_char(a.decided, 'YYYY-MM-DD') AS decided, a.reject_reason, " \
	"p.id AS pool_id, p.name AS pool_name, " \
	"p.amount_ore AS pool_amount_ore, s.name AS decided_by_name, " \
	"(SELECT count(*) FROM attachment f WHERE f.application_id = a.id) " \
	"AS files " \
	"FROM application a JOIN pool p ON p.id = a.pool_id " \
	"LEFT JOIN staff s ON s.id = a.decided_by " \
	"WHERE a.id = $1 AND a.status <> 'draft'"
#define APP_GET_COLS(C, s) \
	C(s, id) C(s, case_no) C(s, status) C(s, org_name) C(s, cvr) \
	C(s, contact_name) C(s, contact_email) C(s, contact_phone) \
	C(s, title) C(s, description) C(s, period_start) C(s, period_end) \
	C(s, requested_ore) C(s, submitted) C(s, decided) \
	C(s, reject_reason) C(s, pool_id) C(s, pool_name) \
	C(s, pool_amount_ore) C(s, decided_by_name) C(s, files)
DB_COLUMNS(APP_GET);

#define APP_BUDGET_SQL \
	"SELECT lineno, text, amount_ore FROM application_budget " \
	"WHERE application_id = $1 ORDER BY lineno"
#define APP_BUDGET_COLS(C, s)	C(s, lineno) C(s, text) C(s, amount_ore)
DB_COLUMNS(APP_BUDGET);

/* The files of application $1 (attach.h's ATTACH_LIST shape). */
#define APP_FILES_SQL \
	"SELECT id, filename, size, purpose FROM attachment " \
	"WHERE application_id = $1 ORDER BY id"

/*
 * The decisions: $1 the application, $2 the staff member, $3 the reason
 * of a rejection.  The state check is the status: no row if decided.
 */
#define APP_REJECT_SQL \
	"UPDATE application SET status = 'rejected', " \
	"decided = current_date, decided_by = $2, reject_reason = $3 " \
	"WHERE id = $1 AND status = 'submitted' RETURNING id"
#define APP_REJECT_COLS(C, s)	C(s, id)
DB_COLUMNS(APP_REJECT);
#define APP_AWARDED_SQL \
	"UPDATE application SET status = 'awarded', decided = current_date, " \
	"decided_by = $2 WHERE id = $1 AND status = 'submitted' " \
	"RETURNING id"
#define APP_AWARDED_COLS(C, s)	C(s, id)
DB_COLUMNS(APP_AWARDED);

/* The grant of application $1: $2 amount, $3 conditions, $4 and $5 the
 * period, $6 accounting, $7 auditor, $8 the access code's hash, $9 who.
 * The contact e-mail is the application's where it is a plain address
 * (sql/028; older applications were not held to ASCII). */
#define AWARD_INSERT_SQL \
	"INSERT INTO award (grant_no, application_id, pool_id, org_name, " \
	"title, amount_ore, conditions, period_start, period_end, " \
	"accounting, auditor, access_hash, created_by, contact_email) " \
	"SELECT 'TS-' || to_char(current_date, 'YYYY') || '-' || " \
	"lpad(nextval('award_no_seq')::text, 4, '0'), a.id, a.pool_id, " \
	"a.org_name, a.title, $2, $3, $4, $5, $6, $7, $8, $9, " \
	"CASE WHEN email_plain(a.contact_email) THEN a.contact_email " \
	"ELSE '' END " \
	"FROM application a WHERE a.id = $1 RETURNING id, grant_no"
#define AWARD_INSERT_COLS(C, s)	C(s, id) C(s, grant_no)
DB_COLUMNS(AWARD_INSERT);
/* $1 the award, $2 the application whose budget it gets. */
#define AWARD_BUDGET_COPY_SQL \
	"INSERT INTO award_budget (award_id, lineno, text, amount_ore) " \
	"SELECT $1, lineno, text, amount_ore FROM application_budget " \
	"WHERE application_id = $2"
/* $1 the award, $2 kind, $3 its number, $4 the day due. */
#define OBLIG_ADD_SQL \
	"INSERT INTO obligation (award_id, kind, seq, due) " \
	"VALUES ($1, $2, $3, $4)"

/* The grant made on application $1. */
#define AWARD_BY_APP_SQL \
	"SELECT w.grant_no, w.amount_ore, " \
	"to_char(w.period_start, 'YYYY-MM-DD') AS period_start, " \
	"to_char(w.period_end, 'YYYY-MM-DD') AS period_end, w.accounting, " \
	"w.auditor, w.conditions, w.contact_email " \
	"FROM award w WHERE w.application_id = $1"
#define AWARD_BY_APP_COLS(C, s) \
	C(s, grant_no) C(s, amount_ore) C(s, period_start) C(s, period_end) \
	C(s, accounting) C(s, auditor) C(s, conditions) C(s, contact_email)
DB_COLUMNS(AWARD_BY_APP);

/* The pauses of submission s as "start/end,start/" (staff_pauses), the
 * earliest first: the clock is computed in C (grant_clock_days), and
 * staff_clock() reads the first 32 of them. */
#define CASE_PAUSES_SQL \
	"coalesce((SELECT string_agg(to_char(p.started, 'YYYY-MM-DD') " \
	"|| '/' || coalesce(to_char(p.ended, 'YYYY-MM-DD'), ''), ',' " \
	"ORDER BY p.started) " \
	"FROM case_pause p WHERE p.submission_id = s.id), '') AS pauses"

/*
 * The queue (/staff/cases/): one filter, in SQL, for the count and the
 * page, so that every count is the true one.  The parameters, NULL for
 * "any" where it says so:
 *	$1 'open' or 'decided' (decided within 400 days of $5)
 *	$2 kind ('status', 'accounts') or NULL
 *	$3 handler: 'me' (the user $4), 'none' (nobody) or NULL
 *	$4 the user's staff id
 *	$5 today (YYYY-MM-DD, Copenhagen, as the C clock takes it)
 *	$6 whether pauses stop the clock (grants.clock_pauses)
 *	$7 the limit in days (grants.clock_limit_days)
 *	$8 the clock: 'over' (days left < 0), 'near' (0 to $9 left),
 *	   'ok' (more than $9 left) or NULL
 *	$9 the days left that count as near the limit
 *
 * QUEUE_CLOCK_SQL is grant_clock_days() in SQL: calendar days from
 * received to decided, or to today while open (never below 0), less,
 * when pauses stop the clock, the days inside the union of the case's
 * pauses, each from its start up to the day before its end (an open
 * pause up to the end), clipped to [received, end).  Like staff_clock()
 * it takes the 32 earliest pauses.  The figures on the page are computed
 * in C from the same row, and page_cases.c logs any difference;
 * t_queue.sh compares both over cases with pauses.
 */
#define QUEUE_END_SQL	"coalesce(s.decided, $5::date)"
#define QUEUE_CLOCK_SQL \
	"CROSS JOIN LATERAL (SELECT greatest(" QUEUE_END_SQL " - s.received, " \
	"0) - CASE WHEN $6::boolean THEN coalesce((SELECT " \
	"sum(upper(r) - lower(r)) FROM unnest((SELECT " \
	"range_agg(daterange(q.started, q.ended)) FROM (SELECT p.started, " \
	"p.ended FROM case_pause p WHERE p.submission_id = s.id " \
	"ORDER BY p.started LIMIT 32) q) * datemultirange(daterange(" \
	"s.received, greatest(" QUEUE_END_SQL ", s.received)))) AS r), 0) " \
	"ELSE 0 END AS elapsed) c "
#define QUEUE_WHERE_SQL \
	"WHERE (($1::text = 'open' AND s.status IN ('received', " \
	"'processing', 'returned')) OR ($1::text = 'decided' AND " \
	"s.status IN ('approved', 'rejected') AND s.decided > $5::date - 400)) " \
	"AND ($2::text IS NULL OR s.kind = $2::text) " \
	"AND ($3::text IS NULL OR ($3::text = 'me' AND " \
	"s.handler_id = $4::bigint) OR ($3::text = 'none' AND " \
	"s.handler_id IS NULL)) " \
	"AND ($8::text IS NULL OR ($8::text = 'over' AND " \
	"c.elapsed > $7::integer) OR ($8::text = 'near' AND " \
	"c.elapsed BETWEEN $7::integer - $9::integer AND $7::integer) OR " \
	"($8::text = 'ok' AND c.elapsed < $7::integer - $9::integer)) "

/* How many cases the filter $1..$9 finds. */
#define QUEUE_COUNT_SQL \
	"SELECT count(*) AS n FROM submission s " QUEUE_CLOCK_SQL \
	QUEUE_WHERE_SQL
#define QUEUE_COUNT_COLS(C, s)	C(s, n)
DB_COLUMNS(QUEUE_COUNT);

/*
 * One page of it: QUEUE_ROWS cases from offset $11, sorted by $10:
 * 'left' (fewest days left first), 'received' or 'case' (case number,
 * byte by byte as strcmp); ties by received, then id.  The page is cut
 * first (k) and only its rows are joined and get their pauses, so a
 * late page costs no more than the sort.
 */
#define QUEUE_ROWS	50
#define QUEUE_STR(x)	#x
#define QUEUE_XSTR(x)	QUEUE_STR(x)
#define QUEUE_ORDER_SQL(t, e) \
	"ORDER BY CASE WHEN $10::text = 'left' THEN " e " END DESC, " \
	"CASE WHEN $10::text = 'case' THEN " t ".case_no END COLLATE \"C\", " \
	t ".received, " t ".id "
#define QUEUE_SQL \
	"SELECT s.id, s.case_no, s.kind, s.status, " \
	"to_char(s.received, 'YYYY-MM-DD') AS received, " \
	"to_char(s.decided, 'YYYY-MM-DD') AS decided, " \
	"coalesce(w.grant_no, s.external_grant) AS grant_no, " \
	"coalesce(w.org_name, '') AS org_name, " \
	"coalesce(h.name, '') AS handler, s.handler_id, " CASE_PAUSES_SQL ", " \
	"k.elapsed " \
	"FROM (SELECT s.id, s.case_no, s.received, c.elapsed " \
	"FROM submission s " QUEUE_CLOCK_SQL QUEUE_WHERE_SQL \
	QUEUE_ORDER_SQL("s", "c.elapsed") \
	"LIMIT " QUEUE_XSTR(QUEUE_ROWS) " OFFSET $11::bigint) k " \
	"JOIN submission s ON s.id = k.id " \
	"LEFT JOIN award w ON w.id = s.award_id " \
	"LEFT JOIN staff h ON h.id = s.handler_id " \
	QUEUE_ORDER_SQL("k", "k.elapsed")
#define QUEUE_COLS(C, s) \
	C(s, id) C(s, case_no) C(s, kind) C(s, status) C(s, received) \
	C(s, decided) C(s, grant_no) C(s, org_name) C(s, handler) \
	C(s, handler_id) C(s, pauses) C(s, elapsed)
DB_COLUMNS(QUEUE);

/* Case $1: the submission, its grant, handler, pauses and files. */
#define CASE_GET_SQL \
	"SELECT s.id, s.case_no, s.kind, s.status, " \
	"to_char(s.received, 'YYYY-MM-DD') AS received, " \
	"to_char(s.decided, 'YYYY-MM-DD') AS decided, " \
	"coalesce(w.grant_no, s.external_grant) AS grant_no, " \
	"coalesce(w.org_name, '') AS org_name, " \
	"coalesce(w.title, '') AS title, w.amount_ore, w.auditor, " \
	"coalesce(w.contact_email, '') AS contact_email, " \
	"coalesce(h.name, '') AS handler, s.handler_id, s.progress, " \
	"s.milestones, s.deviations, s.repayment_ore, s.version, s.source, " \
	CASE_PAUSES_SQL ", " \
	"(SELECT count(*) FROM attachment f WHERE f.submission_id = s.id) " \
	"AS files, w.id AS award_id, coalesce(w.payment_stop, false) " \
	"AS payment_stop, to_char(w.payment_stop_at, 'YYYY-MM-DD') " \
	"AS payment_stop_at, coalesce(w.payment_stop_reason, '') " \
	"AS payment_stop_reason " \
	"FROM submission s LEFT JOIN award w ON w.id = s.award_id " \
	"LEFT JOIN staff h ON h.id = s.handler_id WHERE s.id = $1"
#define CASE_GET_COLS(C, s) \
	C(s, id) C(s, case_no) C(s, kind) C(s, status) C(s, received) \
	C(s, decided) C(s, grant_no) C(s, org_name) C(s, title) \
	C(s, amount_ore) C(s, auditor) C(s, contact_email) C(s, handler) \
	C(s, handler_id) C(s, progress) C(s, milestones) C(s, deviations) \
	C(s, repayment_ore) C(s, version) C(s, source) C(s, pauses) \
	C(s, files) C(s, award_id) C(s, payment_stop) C(s, payment_stop_at) \
	C(s, payment_stop_reason)
DB_COLUMNS(CASE_GET);

/* The audit trail of case $1, oldest first. */
#define CASE_EVENTS_SQL \
	"SELECT to_char(e.at, 'YYYY-MM-DD HH24:MI') AS at, e.kind, " \
	"e.message, e.amount_ore, e.by_recipient, " \
	"coalesce(s.name, '') AS staff " \
	"FROM case_event e LEFT JOIN staff s ON s.id = e.staff_id " \
	"WHERE e.submission_id = $1 ORDER BY e.at, e.id"
#define CASE_EVENTS_COLS(C, s) \
	C(s, at) C(s, kind) C(s, message) C(s, amount_ore) \
	C(s, by_recipient) C(s, staff)
DB_COLUMNS(CASE_EVENTS);

/* The account lines of case $1. */
#define CASE_LINES_SQL \
	"SELECT lineno, text, budget_ore, actual_ore, explanation " \
	"FROM account_line WHERE submission_id = $1 ORDER BY lineno"
#define CASE_LINES_COLS(C, s) \
	C(s, lineno) C(s, text) C(s, budget_ore) C(s, actual_ore) \
	C(s, explanation)
DB_COLUMNS(CASE_LINES);

/* The files of case $1 (attach.h's ATTACH_LIST shape). */
#define CASE_FILES_SQL \
	"SELECT id, filename, size, purpose FROM attachment " \
	"WHERE submission_id = $1 ORDER BY id"

/*
 * The state changes of case $1, each a state check: no row if the case
 * is not where the action starts from.  Taking ($2 the staff member) a
 * case one already has changes nothing (a repeat).
 */
#define CASE_TAKE_SQL \
	"UPDATE submission SET handler_id = $2, status = CASE status WHEN " \
	"'received' THEN 'processing' ELSE status END, updated = now() " \
	"WHERE id = $1 AND status IN ('received', 'processing', " \
	"'returned') AND handler_id IS DISTINCT FROM $2::bigint RETURNING id"
#define CASE_TAKE_COLS(C, s)	C(s, id)
DB_COLUMNS(CASE_TAKE);
#define CASE_RETURN_SQL \
	"UPDATE submission SET status = 'returned', updated = now() " \
	"WHERE id = $1 AND status IN ('received', 'processing') " \
	"AND award_id IS NOT NULL RETURNING id"
#define CASE_RETURN_COLS(C, s)	C(s, id)
DB_COLUMNS(CASE_RETURN);
/* The pause a return starts, from today. */
#define CASE_PAUSE_SQL \
	"INSERT INTO case_pause (submission_id, started) " \
	"VALUES ($1, current_date) ON CONFLICT (submission_id, started) " \
	"DO UPDATE SET ended = NULL"
/* $2 'approved' or 'rejected', $3 the staff member. */
#define CASE_DECIDE_SQL \
	"UPDATE submission SET status = $2, decided = current_date, " \
	"handler_id = coalesce(handler_id, $3), updated = now() " \
	"WHERE id = $1 AND status IN ('received', 'processing') " \
	"RETURNING id"
#define CASE_DECIDE_COLS(C, s)	C(s, id)
DB_COLUMNS(CASE_DECIDE);
/* $2 the amount in øre. */
#define CASE_REPAY_SQL \
	"UPDATE submission SET repayment_ore = $2, updated = now() " \
	"WHERE id = $1 AND kind = 'accounts' " \
	"AND repayment_ore IS DISTINCT FROM $2::bigint RETURNING id"
#define CASE_REPAY_COLS(C, s)	C(s, id)
DB_COLUMNS(CASE_REPAY);
/* $1 the case, $2 staff, $3 kind, $4 message, $5 amount (or NULL). */
#define CASE_EVENT_SQL \
	"INSERT INTO case_event (submission_id, staff_id, kind, message, " \
	"amount_ore) VALUES ($1, $2, $3, $4, $5)"

/* Attachment $1 as a download (attach.h's ATTACH_GET shape). */
#define FILE_GET_SQL \
	"SELECT filename, ctype, data FROM attachment WHERE id = $1"

/* What grant_pool_phase() needs of every pool. */
#define POOL_PHASES_SQL \
	"SELECT status, to_char(opens, 'YYYY-MM-DD') AS opens, " \
	"to_char(closes, 'YYYY-MM-DD') AS closes FROM pool"
#define POOL_PHASES_COLS(C, s)	C(s, status) C(s, opens) C(s, closes)
DB_COLUMNS(POOL_PHASES);

/*
 * One-time form keys (sql/007, once.c): $1 the hash, $2 kind, $3 what
 * it made, $4 who.  The first claim wins: a repeat gets no row.
 */
#define ONCE_CLAIM_SQL \
	"INSERT INTO staff_once (once_hash, kind, ref, staff_id) " \
	"VALUES ($1, $2, $3, $4) ON CONFLICT (once_hash) DO NOTHING " \
	"RETURNING once_hash"
#define ONCE_CLAIM_COLS(C, s)	C(s, once_hash)
DB_COLUMNS(ONCE_CLAIM);
#define ONCE_GET_SQL	"SELECT kind, ref FROM staff_once WHERE once_hash = $1"
#define ONCE_GET_COLS(C, s)	C(s, kind) C(s, ref)
DB_COLUMNS(ONCE_GET);
#define ONCE_SET_SQL	"UPDATE staff_once SET ref = $2 WHERE once_hash = $1"

/*
 * CSV imports (page_import.c): $1 the file's digest, $2 its name, $3 how
 * many cases, $4 who; no row if the file was imported before.
 */
#define IMPORT_BATCH_ADD_SQL \
	"INSERT INTO import_batch (file_hash, filename, cases, staff_id) " \
	"VALUES ($1, $2, $3, $4) ON CONFLICT (file_hash) DO NOTHING " \
	"RETURNING id"
#define IMPORT_BATCH_ADD_COLS(C, s)	C(s, id)
DB_COLUMNS(IMPORT_BATCH_ADD);
/* The import of the file with digest $1. */
#define IMPORT_BATCH_FILE_SQL \
	"SELECT id FROM import_batch WHERE file_hash = $1"
#define IMPORT_BATCH_FILE_COLS(C, s)	C(s, id)
DB_COLUMNS(IMPORT_BATCH_FILE);
/* Import $1: what, when (Danish time) and by whom. */
#define IMPORT_BATCH_GET_SQL \
	"SELECT b.id, b.filename, b.cases, to_char(b.at AT TIME ZONE " \
	"'Europe/Copenhagen', 'YYYY-MM-DD HH24:MI') AS at, " \
	"coalesce(s.name, '') AS staff " \
	"FROM import_batch b LEFT JOIN staff s ON s.id = b.staff_id " \
	"WHERE b.id = $1"
#define IMPORT_BATCH_GET_COLS(C, s) \
	C(s, id) C(s, filename) C(s, cases) C(s, at) C(s, staff)
DB_COLUMNS(IMPORT_BATCH_GET);
/* $1 case number ('' makes one), $2 kind, $3 the old grant number,
 * $4 status, $5 received, $6 decided (or NULL). */
#define IMPORT_SUB_SQL \
	"INSERT INTO submission (case_no, kind, external_grant, status, " \
	"received, decided, source) VALUES (coalesce(nullif($1, ''), " \
	"CASE $2 WHEN 'status' THEN 'SR-' ELSE 'RG-' END || " \
	"to_char($5::date, 'YYYY') || '-' || " \
	"lpad(nextval('submission_no_seq')::text, 6, '0')), $2, $3, $4, $5, " \
	"$6, 'import') RETURNING id"
#define IMPORT_SUB_COLS(C, s)	C(s, id)
DB_COLUMNS(IMPORT_SUB);
/* $1 the case, $2 start, $3 end (or NULL). */
#define IMPORT_PAUSE_SQL \
	"INSERT INTO case_pause (submission_id, started, ended) " \
	"VALUES ($1, $2, $3)"

#include "sql_whistle.h"
#include "sql_goals.h"
#include "sql_goaladmin.h"
#include "sql_plan.h"
#include "sql_oblig.h"
#include "sql_mails.h"

#endif
