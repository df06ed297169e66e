/*
 * staff: the agency's application.  Connects as frist_staff.  Every route
 * but the login page needs a live session; sessions expire after 30
 * minutes idle and 10 hours in all.
 */
#include <stdlib.h>
#include <string.h>

#include "staff.h"
#include "versions.h"

static const struct db_stmt stmts[STMT__MAX] = {
	[STMT_LOGIN_LOOKUP] =	DB_STMT_AS(STAFF_LOOKUP, LOGIN, 1, DB_IDEMPOTENT),
	[STMT_LOGIN_FAILED] =	DB_NOROWS(STAFF_FAILED, 1, 0),
	[STMT_LOGIN_OK] =	DB_NOROWS(STAFF_OK, 1, 0),
	{ "UPDATE staff_session s SET expires = "
	  "least(now() + interval '30 minutes', s.absolute_expires) "
	  "FROM staff st WHERE s.token_hash = $1 AND s.expires > now() "
	  "AND st.id = s.staff_id AND st.active "
	  "RETURNING st.id, st.name, st.username, "
	  "array_to_string(st.roles, ',')", 1, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_SESSION_GET */
	{ "INSERT INTO staff_session (token_hash, staff_id, expires, "
	  "absolute_expires) VALUES ($1, $2, now() + interval '30 minutes', "
	  "now() + interval '10 hours')", 2, 0, NULL, NULL },	/* STMT_SESSION_NEW */
	{ "DELETE FROM staff_session WHERE token_hash = $1", 1, 0, NULL, NULL },
							/* STMT_SESSION_DEL */
	{ "DELETE FROM staff_session WHERE expires < now()", 0, 0, NULL, NULL },
							/* STMT_SESSION_PURGE */
	/* Open pools are counted in C (grant_pool_phase), from STMT_POOL_PHASES. */
	{ "SELECT count(*), coalesce(sum(amount_ore), 0), "
	  "(SELECT count(*) FROM submission WHERE status IN "
	  "('received', 'processing', 'returned')), "
	  "(SELECT count(*) FROM application WHERE status = 'submitted') "
	  "FROM pool", 0, DB_IDEMPOTENT, NULL, NULL },		/* STMT_HOME_COUNTS */
	[STMT_SETTINGS] =	DB_STMT(SETTINGS, 0, DB_IDEMPOTENT),
	{ "INSERT INTO audit (staff_id, entity, entity_id, action, detail) "
	  "VALUES ($1, $2, $3, $4, $5)", 5, 0, NULL, NULL },	/* STMT_AUDIT_ADD */
	/* Everything the disbursement rule needs, per pool. */
	{ "SELECT p.id, p.name, p.theme, p.amount_ore, p.status, "
	  "to_char(p.closes, 'YYYY-MM-DD'), "
	  "to_char(p.disbursement_deadline, 'YYYY-MM-DD'), p.fin_year, "
	  "count(a.id) FILTER (WHERE a.status <> 'draft'), "
	  "count(a.id) FILTER (WHERE a.status IN ('awarded', 'rejected')), "
	  "to_char(max(a.decided), 'YYYY-MM-DD'), "
	  "coalesce((SELECT sum(w.amount_ore) FROM award w "
	  "WHERE w.pool_id = p.id), 0), to_char(p.opens, 'YYYY-MM-DD'), "
	  "count(a.id) FILTER (WHERE a.status = 'awarded') "
	  "FROM pool p LEFT JOIN application a ON a.pool_id = p.id "
	  "GROUP BY p.id ORDER BY p.fin_year DESC, p.theme, p.name", 0,
	  DB_IDEMPOTENT, NULL, NULL },				/* STMT_POOLS_PROGRESS */
	{ "SELECT id, name, theme, purpose, amount_ore, fin_year, "
	  "to_char(opens, 'YYYY-MM-DD'), to_char(closes, 'YYYY-MM-DD'), "
	  "application_based, to_char(disbursement_deadline, 'YYYY-MM-DD'), "
	  "legal_basis, status FROM pool WHERE id = $1", 1, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_POOL_GET */
	{ "INSERT INTO pool (name, theme, purpose, amount_ore, fin_year, opens, "
	  "closes, application_based, disbursement_deadline, legal_basis, "
	  "status) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) "
	  "RETURNING id", 11, 0, NULL, NULL },			/* STMT_POOL_INSERT */
	{ "UPDATE pool SET name = $2, theme = $3, purpose = $4, "
	  "amount_ore = $5, fin_year = $6, opens = $7, closes = $8, "
	  "application_based = $9, disbursement_deadline = $10, "
	  "legal_basis = $11, status = $12 WHERE id = $1", 12, 0, NULL, NULL },
							/* STMT_POOL_UPDATE */
	{ "SELECT id, case_no, org_name, title, requested_ore, status, "
	  "to_char(submitted, 'YYYY-MM-DD'), to_char(decided, 'YYYY-MM-DD') "
	  "FROM application WHERE pool_id = $1 AND status <> 'draft' "
	  "ORDER BY submitted, id", 1, DB_IDEMPOTENT, NULL, NULL },	/* STMT_APPS_BY_POOL */
	{ "SELECT a.id, a.case_no, a.status, a.org_name, a.cvr, "
	  "a.contact_name, a.contact_email, a.contact_phone, a.title, "
	  "a.description, to_char(a.period_start, 'YYYY-MM-DD'), "
	  "to_char(a.period_end, 'YYYY-MM-DD'), a.requested_ore, "
	  "to_char(a.submitted, 'YYYY-MM-DD'), to_char(a.decided, 'YYYY-MM-DD'), "
	  "a.reject_reason, p.id, p.name, p.amount_ore, s.name, "
	  "(SELECT count(*) FROM attachment f WHERE f.application_id = a.id) "
	  "FROM application a JOIN pool p ON p.id = a.pool_id "
	  "LEFT JOIN staff s ON s.id = a.decided_by "
	  "WHERE a.id = $1 AND a.status <> 'draft'", 1, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_APP_GET */
	{ "SELECT lineno, text, amount_ore FROM application_budget "
	  "WHERE application_id = $1 ORDER BY lineno", 1, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_APP_BUDGET */
	{ "SELECT id, filename, size, purpose FROM attachment "
	  "WHERE application_id = $1 ORDER BY id", 1, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_APP_FILES */
	{ "UPDATE application SET status = 'rejected', decided = current_date, "
	  "decided_by = $2, reject_reason = $3 "
	  "WHERE id = $1 AND status = 'submitted' RETURNING id", 3, 0, NULL, NULL },
							/* STMT_APP_REJECT */
	{ "UPDATE application SET status = 'awarded', decided = current_date, "
	  "decided_by = $2 WHERE id = $1 AND status = 'submitted' "
	  "RETURNING id", 2, 0, NULL, NULL },			/* STMT_APP_AWARDED */
	{ "INSERT INTO award (grant_no, application_id, pool_id, org_name, "
	  "title, amount_ore, conditions, period_start, period_end, "
	  "accounting, auditor, access_hash, created_by) "
	  "SELECT 'TS-' || to_char(current_date, 'YYYY') || '-' || "
	  "lpad(nextval('award_no_seq')::text, 4, '0'), a.id, a.pool_id, "
	  "a.org_name, a.title, $2, $3, $4, $5, $6, $7, $8, $9 "
	  "FROM application a WHERE a.id = $1 RETURNING id, grant_no", 9, 0, NULL, NULL },
							/* STMT_AWARD_INSERT */
	{ "INSERT INTO award_budget (award_id, lineno, text, amount_ore) "
	  "SELECT $1, lineno, text, amount_ore FROM application_budget "
	  "WHERE application_id = $2", 2, 0, NULL, NULL },		/* STMT_AWARD_BUDGET_COPY */
	{ "INSERT INTO obligation (award_id, kind, seq, due) "
	  "VALUES ($1, $2, $3, $4)", 4, 0, NULL, NULL },		/* STMT_OBLIG_ADD */
	{ "SELECT w.grant_no, w.amount_ore, to_char(w.period_start, "
	  "'YYYY-MM-DD'), to_char(w.period_end, 'YYYY-MM-DD'), w.accounting, "
	  "w.auditor, w.conditions FROM award w WHERE w.application_id = $1",
	  1, DB_IDEMPOTENT, NULL, NULL },				/* STMT_AWARD_BY_APP */
	/* The queue: the clock is computed in C (grant_clock_days), so the
	 * pauses come along as "start/end" pairs. */
	{ "SELECT s.id, s.case_no, s.kind, s.status, "
	  "to_char(s.received, 'YYYY-MM-DD'), to_char(s.decided, 'YYYY-MM-DD'), "
	  "coalesce(w.grant_no, s.external_grant), coalesce(w.org_name, ''), "
	  "coalesce(h.name, ''), s.handler_id, "
	  "coalesce((SELECT string_agg(to_char(p.started, 'YYYY-MM-DD') || '/' || "
	  "coalesce(to_char(p.ended, 'YYYY-MM-DD'), ''), ',') "
	  "FROM case_pause p WHERE p.submission_id = s.id), '') "
	  "FROM submission s LEFT JOIN award w ON w.id = s.award_id "
	  "LEFT JOIN staff h ON h.id = s.handler_id "
	  "WHERE ($1 = 'open' AND s.status IN ('received', 'processing', "
	  "'returned')) OR ($1 = 'decided' AND s.status IN ('approved', "
	  "'rejected') AND s.decided > current_date - 400) "
	  "ORDER BY s.received, s.id LIMIT 5000", 1, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_QUEUE */
	{ "SELECT s.id, s.case_no, s.kind, s.status, "
	  "to_char(s.received, 'YYYY-MM-DD'), to_char(s.decided, 'YYYY-MM-DD'), "
	  "coalesce(w.grant_no, s.external_grant), coalesce(w.org_name, ''), "
	  "coalesce(w.title, ''), w.amount_ore, w.auditor, "
	  "coalesce(h.name, ''), s.handler_id, s.progress, s.milestones, "
	  "s.deviations, s.repayment_ore, s.version, s.source, "
	  "coalesce((SELECT string_agg(to_char(p.started, 'YYYY-MM-DD') || '/' || "
	  "coalesce(to_char(p.ended, 'YYYY-MM-DD'), ''), ',') "
	  "FROM case_pause p WHERE p.submission_id = s.id), ''), "
	  "(SELECT count(*) FROM attachment f WHERE f.submission_id = s.id) "
	  "FROM submission s LEFT JOIN award w ON w.id = s.award_id "
	  "LEFT JOIN staff h ON h.id = s.handler_id WHERE s.id = $1", 1,
	  DB_IDEMPOTENT, NULL, NULL },				/* STMT_CASE_GET */
	{ "SELECT to_char(e.at, 'YYYY-MM-DD HH24:MI'), e.kind, e.message, "
	  "e.amount_ore, e.by_recipient, coalesce(s.name, '') "
	  "FROM case_event e LEFT JOIN staff s ON s.id = e.staff_id "
	  "WHERE e.submission_id = $1 ORDER BY e.at, e.id", 1, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_CASE_EVENTS */
	{ "SELECT lineno, text, budget_ore, actual_ore, explanation "
	  "FROM account_line WHERE submission_id = $1 ORDER BY lineno", 1,
	  DB_IDEMPOTENT, NULL, NULL },				/* STMT_CASE_LINES */
	{ "SELECT id, filename, size, purpose FROM attachment "
	  "WHERE submission_id = $1 ORDER BY id", 1, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_CASE_FILES */
	/* Taking a case one already has changes nothing (a repeat). */
	{ "UPDATE submission SET handler_id = $2, status = CASE status WHEN "
	  "'received' THEN 'processing' ELSE status END, updated = now() "
	  "WHERE id = $1 AND status IN ('received', 'processing', 'returned') "
	  "AND handler_id IS DISTINCT FROM $2::bigint RETURNING id", 2, 0, NULL, NULL },
							/* STMT_CASE_TAKE */
	{ "UPDATE submission SET status = 'returned', updated = now() "
	  "WHERE id = $1 AND status IN ('received', 'processing') "
	  "AND award_id IS NOT NULL RETURNING id", 1, 0, NULL, NULL },
							/* STMT_CASE_RETURN */
	{ "INSERT INTO case_pause (submission_id, started) "
	  "VALUES ($1, current_date) ON CONFLICT (submission_id, started) "
	  "DO UPDATE SET ended = NULL", 1, 0, NULL, NULL },		/* STMT_CASE_PAUSE */
	{ "UPDATE submission SET status = $2, decided = current_date, "
	  "handler_id = coalesce(handler_id, $3), updated = now() "
	  "WHERE id = $1 AND status IN ('received', 'processing') "
	  "RETURNING id", 3, 0, NULL, NULL },			/* STMT_CASE_DECIDE */
	{ "UPDATE submission SET repayment_ore = $2, updated = now() "
	  "WHERE id = $1 AND kind = 'accounts' "
	  "AND repayment_ore IS DISTINCT FROM $2::bigint RETURNING id", 2, 0, NULL, NULL },
							/* STMT_CASE_REPAY */
	{ "INSERT INTO case_event (submission_id, staff_id, kind, message, "
	  "amount_ore) VALUES ($1, $2, $3, $4, $5)", 5, 0, NULL, NULL },
							/* STMT_CASE_EVENT */
	{ "SELECT filename, ctype, data FROM attachment WHERE id = $1", 1,
	  DB_IDEMPOTENT, NULL, NULL },				/* STMT_FILE_GET */
	{ "SELECT status, to_char(opens, 'YYYY-MM-DD'), "
	  "to_char(closes, 'YYYY-MM-DD') FROM pool", 0, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_POOL_PHASES */
	/* One-time form keys (sql/007): the first claim wins. */
	{ "INSERT INTO staff_once (once_hash, kind, ref, staff_id) "
	  "VALUES ($1, $2, $3, $4) ON CONFLICT (once_hash) DO NOTHING "
	  "RETURNING once_hash", 4, 0, NULL, NULL },		/* STMT_ONCE_CLAIM */
	{ "SELECT kind, ref FROM staff_once WHERE once_hash = $1", 1,
	  DB_IDEMPOTENT, NULL, NULL },				/* STMT_ONCE_GET */
	{ "UPDATE staff_once SET ref = $2 WHERE once_hash = $1", 2, 0, NULL, NULL },
							/* STMT_ONCE_SET */
	{ "INSERT INTO import_batch (file_hash, filename, cases, staff_id) "
	  "VALUES ($1, $2, $3, $4) ON CONFLICT (file_hash) DO NOTHING "
	  "RETURNING id", 4, 0, NULL, NULL },			/* STMT_IMPORT_BATCH_ADD */
	{ "SELECT id FROM import_batch WHERE file_hash = $1", 1,
	  DB_IDEMPOTENT, NULL, NULL },				/* STMT_IMPORT_BATCH_FILE */
	{ "SELECT b.id, b.filename, b.cases, to_char(b.at AT TIME ZONE "
	  "'Europe/Copenhagen', 'YYYY-MM-DD HH24:MI'), coalesce(s.name, '') "
	  "FROM import_batch b LEFT JOIN staff s ON s.id = b.staff_id "
	  "WHERE b.id = $1", 1, DB_IDEMPOTENT, NULL, NULL },	/* STMT_IMPORT_BATCH_GET */
	{ "INSERT INTO submission (case_no, kind, external_grant, status, "
	  "received, decided, source) VALUES (coalesce(nullif($1, ''), "
	  "CASE $2 WHEN 'status' THEN 'SR-' ELSE 'RG-' END || "
	  "to_char($5::date, 'YYYY') || '-' || "
	  "lpad(nextval('submission_no_seq')::text, 6, '0')), $2, $3, $4, $5, "
	  "$6, 'import') RETURNING id", 6, 0, NULL, NULL },		/* STMT_IMPORT_SUB */
	{ "INSERT INTO case_pause (submission_id, started, ended) "
	  "VALUES ($1, $2, $3)", 3, 0, NULL, NULL },		/* STMT_IMPORT_PAUSE */
	/* The versions of a case as they were sent (sql/006). */
	DB_STMT(VER_LIST, 1, DB_IDEMPOTENT),	/* STMT_CASE_VERSIONS */
	DB_STMT(VER_LINES, 1, DB_IDEMPOTENT),	/* STMT_CASE_VERSION_LINES */
	DB_STMT(VER_FILES, 1, DB_IDEMPOTENT),	/* STMT_CASE_VERSION_FILES */
	/* Whistleblower reports.  Retention first: running it twice is
	 * harmless. */
	{ "SELECT whistle_purge()", 0, DB_IDEMPOTENT, NULL, NULL },	/* STMT_WB_PURGE */
	{ "SELECT id, case_no, to_char(received, 'YYYY-MM-DD'), status, "
	  "coalesce(CASE WHEN registered IS NOT NULL THEN reg_offer_type END, "
	  "offer_type), coalesce(risk, ''), "
	  "to_char(registered, 'YYYY-MM-DD'), "
	  "to_char(acknowledged, 'YYYY-MM-DD'), "
	  "to_char(feedback, 'YYYY-MM-DD'), to_char(closed, 'YYYY-MM-DD'), "
	  "coalesce(closing_reason, ''), purged IS NOT NULL "
	  "FROM whistle_report WHERE status <> 'closed' "
	  "ORDER BY received, id LIMIT 5000", 0, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_WB_QUEUE */
	{ "SELECT id, case_no, to_char(received, 'YYYY-MM-DD'), status, "
	  "coalesce(CASE WHEN registered IS NOT NULL THEN reg_offer_type END, "
	  "offer_type), coalesce(risk, ''), "
	  "to_char(registered, 'YYYY-MM-DD'), "
	  "to_char(acknowledged, 'YYYY-MM-DD'), "
	  "to_char(feedback, 'YYYY-MM-DD'), to_char(closed, 'YYYY-MM-DD'), "
	  "coalesce(closing_reason, ''), purged IS NOT NULL "
	  "FROM whistle_report WHERE status = 'closed' "
	  "ORDER BY closed DESC, id DESC LIMIT 100", 0, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_WB_CLOSED */
	{ "SELECT r.id, r.case_no, to_char(r.received, 'YYYY-MM-DD'), "
	  "r.status, r.offer_type, r.relation, coalesce(c.label, ''), r.named, "
	  "r.consent_received, r.consent_name, r.consent_content, r.key_staff, "
	  "r.content, to_char(r.registered, 'YYYY-MM-DD'), "
	  "coalesce(r.reg_offer_type, ''), r.reg_cause_id, "
	  "coalesce(rc.label, ''), coalesce(r.risk, ''), "
	  "array_to_string(r.actions, ','), r.triage, "
	  "to_char(r.acknowledged, 'YYYY-MM-DD'), "
	  "to_char(r.feedback, 'YYYY-MM-DD'), to_char(r.closed, 'YYYY-MM-DD'), "
	  "coalesce(r.closing_reason, ''), to_char(r.purged, 'YYYY-MM-DD'), "
	  "r.cause_id FROM whistle_report r "
	  "LEFT JOIN whistle_cause c ON c.id = r.cause_id "
	  "LEFT JOIN whistle_cause rc ON rc.id = r.reg_cause_id "
	  "WHERE r.id = $1", 1, DB_IDEMPOTENT, NULL, NULL },	/* STMT_WB_GET */
	{ "SELECT id, label FROM whistle_cause WHERE active ORDER BY sort, id",
	  0, DB_IDEMPOTENT, NULL, NULL },				/* STMT_WB_CAUSES */
	{ "SELECT to_char(m.day, 'YYYY-MM-DD'), m.from_reporter, m.internal, "
	  "coalesce(s.name, ''), m.body FROM whistle_message m "
	  "LEFT JOIN staff s ON s.id = m.staff_id WHERE m.report_id = $1 "
	  "ORDER BY m.id", 1, DB_IDEMPOTENT, NULL, NULL },		/* STMT_WB_MESSAGES */
	{ "SELECT id, to_char(day, 'YYYY-MM-DD'), from_reporter, name, size "
	  "FROM whistle_file WHERE report_id = $1 ORDER BY id", 1,
	  DB_IDEMPOTENT, NULL, NULL },				/* STMT_WB_FILES */
	{ "SELECT f.report_id, f.name, f.data, r.key_staff FROM whistle_file f "
	  "JOIN whistle_report r ON r.id = f.report_id WHERE f.id = $1", 1,
	  DB_IDEMPOTENT, NULL, NULL },				/* STMT_WB_FILE_GET */
	{ "INSERT INTO whistle_audit (staff_id, report_id, action, detail) "
	  "VALUES ($1, $2, $3, $4)", 4, 0, NULL, NULL },		/* STMT_WB_AUDIT */
	/* The first registration dates it; later ones correct the triage. */
	{ "UPDATE whistle_report SET registered = coalesce(registered, "
	  "current_date), status = 'treatment', reg_offer_type = $2, "
	  "reg_cause_id = $3, risk = $4, actions = $5::text[], triage = $6 "
	  "WHERE id = $1 AND status <> 'closed' AND purged IS NULL "
	  "RETURNING id", 6, 0, NULL, NULL },			/* STMT_WB_REGISTER */
	{ "INSERT INTO whistle_message (report_id, from_reporter, staff_id, "
	  "internal, body) SELECT id, false, $2::bigint, $3::boolean, "
	  "$4::bytea FROM whistle_report WHERE id = $1 AND purged IS NULL "
	  "RETURNING id", 4, 0, NULL, NULL },			/* STMT_WB_MESSAGE_ADD */
	/* What a message meets is ws_meets(); the first one counts. */
	{ "UPDATE whistle_report SET acknowledged = CASE WHEN $2::boolean "
	  "THEN coalesce(acknowledged, current_date) ELSE acknowledged END, "
	  "feedback = CASE WHEN $3::boolean THEN coalesce(feedback, "
	  "current_date) ELSE feedback END "
	  "WHERE id = $1 RETURNING id", 3, 0, NULL, NULL },	/* STMT_WB_ANSWERED */
	{ "UPDATE whistle_report SET status = 'closed', closed = current_date, "
	  "closing_reason = $2 "
	  "WHERE id = $1 AND status <> 'closed' AND registered IS NOT NULL "
	  "RETURNING id", 2, 0, NULL, NULL },			/* STMT_WB_CLOSE */
	/* Counts by the year received, for $1 and the year before: the
	 * registered offer type and cause when there are any. */
	{ "WITH r AS (SELECT extract(year FROM received)::int AS y, "
	  "coalesce(CASE WHEN registered IS NOT NULL THEN reg_offer_type END, "
	  "offer_type) AS offer, coalesce(reg_cause_id, cause_id) AS cause, "
	  "closing_reason, relation FROM whistle_report "
	  "WHERE received >= make_date($1::int - 1, 1, 1) "
	  "AND received < make_date($1::int + 1, 1, 1)) "
	  "SELECT 'offer', offer, '', y, count(*), 0 FROM r GROUP BY offer, y "
	  "UNION ALL SELECT 'cause', coalesce(cause::text, ''), "
	  "coalesce(min(c.label), ''), y, count(*), coalesce(min(c.sort), 0) "
	  "FROM r LEFT JOIN whistle_cause c ON c.id = r.cause "
	  "GROUP BY cause, y "
	  "UNION ALL SELECT 'closing', coalesce(closing_reason, ''), '', y, "
	  "count(*), 0 FROM r GROUP BY closing_reason, y "
	  "UNION ALL SELECT 'relation', relation, '', y, count(*), 0 FROM r "
	  "GROUP BY relation, y ORDER BY 1, 6, 2, 4", 1, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_WB_STATS */
	{ "SELECT count(*) FILTER (WHERE status = 'received'), "
	  "count(*) FILTER (WHERE status = 'treatment') FROM whistle_report",
	  0, DB_IDEMPOTENT, NULL, NULL },				/* STMT_WB_HOME */
	{ "SELECT c.id, c.label, c.sort, c.active, (SELECT count(*) FROM "
	  "whistle_report r WHERE r.cause_id = c.id OR r.reg_cause_id = c.id) "
	  "FROM whistle_cause c ORDER BY c.sort, c.label", 0, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_WB_CAUSE_LIST */
	{ "INSERT INTO whistle_cause (label, sort) VALUES ($1, $2) "
	  "RETURNING id", 2, 0, NULL, NULL },			/* STMT_WB_CAUSE_ADD */
	{ "UPDATE whistle_cause SET label = $2, sort = $3, active = $4 "
	  "WHERE id = $1 RETURNING id", 4, 0, NULL, NULL },	/* STMT_WB_CAUSE_SET */
	/* One-time form keys of the report page (sql/008_whistle_browser). */
	{ "SELECT 1 FROM whistle_once WHERE key_hash = $1", 1,
	  DB_IDEMPOTENT, NULL, NULL },				/* STMT_WB_ONCE_SEEN */
	{ "INSERT INTO whistle_once (key_hash, report_id) VALUES ($1, $2) "
	  "ON CONFLICT (key_hash) DO NOTHING RETURNING report_id", 2, 0, NULL, NULL },
							/* STMT_WB_ONCE_ADD */
	[STMT_SETTING_SET] =	DB_STMT(SETTING_SET, 2, 0),
};

const struct session_def staff_session = {
	.cookie = "frist_staff",
	.path = "/staff/",
	.max_age = 10 * 3600,
	.get = STMT_SESSION_GET,
	.create = STMT_SESSION_NEW,
	.destroy = STMT_SESSION_DEL,
};

struct staff_user staff_user;

#include "routes.h"

static const struct route routes[] = {
	STAFF_ROUTES(APP_ROUTE)
};

int
staff_audit(const char *entity, const char *id, const char *action,
    const char *detail)
{
	const char	*p[5] = { staff_user.id, entity, id, action, detail };
	PGresult	*res;

	if ((res = db_exec(STMT_AUDIT_ADD, p)) == NULL)
		return -1;
	PQclear(res);
	return 0;
}

int
staff_has_role(const char *role)
{
	return session_has_role(staff_user.roles, role);
}

/* The roles that route flags ask for, and what a user without one is told. */
static const struct {
	unsigned	 flag;
	const char	*role;
	const char	*refusal;
} roles[] = {
	{ R_GRANTS, "grants", "Du har ikke adgang til tilskudsområdet. "
	  "Kontakt din administrator." },
	{ R_WHISTLE, "whistleblower", "Du har ikke adgang til "
	  "whistleblowerordningen. Kontakt din administrator." },
	{ R_ADMIN, "admin", "Kun administratorer kan ændre indstillinger." },
};

const char *
staff_query(struct http_req *r, const char *key)
{
	const char	*v = kv_str(&r->query, key);

	return v != NULL ? v : "";
}

const char *
staff_urlenc(struct http_req *r, const char *s)
{
	static const char	 hex[] = "0123456789ABCDEF";
	char			*out = arena_alloc(r->ar, strlen(s) * 3 + 1), *o;
	unsigned char		 c;

	for (o = out; (c = (unsigned char)*s) != '\0'; s++)
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '_' ||
		    c == '.' || c == '~')
			*o++ = (char)c;
		else {
			*o++ = '%';
			*o++ = hex[c >> 4];
			*o++ = hex[c & 15];
		}
	*o = '\0';
	return out;
}

const char *
staff_here(struct http_req *r)
{
	const char	*u;
	size_t		 i;

	if (r->method != HTTP_GET && r->method != HTTP_HEAD)
		return NULL;
	/* The query as parsed, encoded again: the raw one is not kept. */
	u = r->path;
	for (i = 0; i < r->query.n; i++)
		u = arena_printf(r->ar, "%s%c%s=%s", u, i == 0 ? '?' : '&',
		    staff_urlenc(r, r->query.v[i].key),
		    staff_urlenc(r, r->query.v[i].val));
	return staff_local_path(u) ? u : NULL;
}

int
staff_local_path(const char *s)
{
	const char	*p;

	if (s == NULL || strncmp(s, "/staff/", 7) != 0 || strlen(s) > 1000 ||
	    strncmp(s, "/staff/login", 12) == 0 ||
	    strncmp(s, "/staff/logout", 13) == 0)
		return 0;
	/* Nothing that a browser could read as another host or path. */
	if (strstr(s, "//") != NULL || strstr(s, "/./") != NULL ||
	    strstr(s, "/../") != NULL)
		return 0;
	for (p = s; *p != '\0'; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("/-_.~%?=&+", *p) != NULL))
			return 0;
	return 1;
}

/*
 * Loads the session; routes marked R_SESSION send strangers to the login.
 * A request that still has the cookie but no session has outlived it
 * (30 minutes idle, 10 hours in all): the login page says so, and after
 * the login a GET goes back to where it was.
 */
static int
staff_before(struct http_req *r, const struct route *rt)
{
	PGresult	*res;
	const char	*hash, *cookie, *here, *url;
	size_t		 i;
	int		 dberr, expired;

	memset(&staff_user, 0, sizeof(staff_user));
	if (!(rt->flags & R_DB))
		return 0;
	res = session_get(r, &staff_session, &hash, &dberr);
	if (dberr)
		return 503;
	if (res != NULL) {
		staff_user.id = arena_strdup(r->ar, db_val(res, 0, 0));
		staff_user.name = arena_strdup(r->ar, db_val(res, 0, 1));
		staff_user.username = arena_strdup(r->ar, db_val(res, 0, 2));
		staff_user.roles = arena_strdup(r->ar, db_val(res, 0, 3));
		PQclear(res);
		app_csrf_bind(hash);
		for (i = 0; i < sizeof(roles) / sizeof(roles[0]); i++)
			if ((rt->flags & roles[i].flag) &&
			    !session_has_role(staff_user.roles, roles[i].role)) {
				app_error(r, 403, roles[i].refusal);
				return -1;
			}
		return 0;
	}
	if (!(rt->flags & R_SESSION))
		return 0;
	cookie = kv_str(&r->cookies, staff_session.cookie);
	expired = cookie != NULL && *cookie != '\0';
	/* A POST from a stranger is refused; one from an expired session
	 * goes to the login like a GET, but cannot be replayed after it. */
	if (r->method == HTTP_POST && !expired)
		return 403;
	here = staff_here(r);
	if (here != NULL && strcmp(here, "/staff/") == 0)
		here = NULL;	/* where the login goes anyway */
	/* lost=1: what the POST carried is not saved, and the login says so. */
	url = arena_printf(r->ar, "/staff/login%s%s%s%s",
	    expired ? "?expired=1" : "", expired && r->method == HTTP_POST ?
	    "&lost=1" : "", here == NULL ? "" : expired ?
	    "&next=" : "?next=", here == NULL ? "" : staff_urlenc(r, here));
	if (expired)
		session_destroy(r, &staff_session);	/* said once is enough */
	http_redirect(r, url);
	return -1;
}

static void
staff_layout(struct http_req *r, struct tpl_dict *root)
{
	struct tpl_dict	*u;

	if (staff_user.id == NULL)
		return;
	u = tpl_section(root, "STAFF_USER");
	tpl_set(u, "USER_NAME", staff_user.name);
	tpl_set(u, "LOGOUT_CSRF", app_csrf_token(r));
	if (staff_has_role("whistleblower"))
		tpl_show(root, "NAV_WB");
}

static const struct app staff = {
	.init = whistle_init,	/* the authority's key, before the fork */
	.name = "staff",
	.nav = "NAV_STAFF",
	.routes = routes,
	.nroutes = sizeof(routes) / sizeof(routes[0]),
	.stmts = stmts,
	.nstmts = STMT__MAX,
	.before = staff_before,
	.layout = staff_layout,
	.csrf_max_age = 10 * 3600,
};

int
main(int argc, char *argv[])
{
	return app_main(argc, argv, &staff);
}
