/*
 * portal: the public grant portal.  Connects as frist_portal, which may
 * read published pools, write applications and reports, and nothing of
 * the whistleblower channel or the staff's accounts.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "portal.h"
#include "versions.h"
#include "xmlio.h"

/*
 * The first six columns are the same in both pool statements (the list
 * shows no more); pool_fill() reads them by index, page_pool() the rest.
 * "Upcoming" and "closed" follow from the dates of an open pool.
 */
#define POOL_LIST_COLS \
	"id, name, theme, amount_ore, to_char(closes, 'YYYY-MM-DD'), " \
	"CASE WHEN status = 'open' AND opens > current_date THEN 'upcoming' " \
	"WHEN status = 'open' AND closes < current_date THEN 'closed' " \
	"ELSE status END"

#define SUB_NO(kind) \
	"CASE " kind " WHEN 'status' THEN 'SR-' ELSE 'RG-' END || " \
	"to_char(current_date, 'YYYY') || '-' || " \
	"lpad(nextval('submission_no_seq')::text, 6, '0')"

static const struct db_stmt stmts[STMT__MAX] = {
	{ "SELECT " POOL_LIST_COLS ", purpose FROM pool "
	  "WHERE status <> 'draft' ORDER BY theme, name", 0, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_POOL_LIST */
	{ "SELECT " POOL_LIST_COLS ", purpose, fin_year, "
	  "to_char(opens, 'YYYY-MM-DD'), application_based, legal_basis, "
	  "to_char(disbursement_deadline, 'YYYY-MM-DD') "
	  "FROM pool WHERE id = $1 AND status <> 'draft'",
	  1, DB_IDEMPOTENT, NULL, NULL },				/* STMT_POOL_GET */
	{ "SELECT id, name, purpose, extract(epoch FROM created)::bigint "
	  "FROM pool WHERE status <> 'draft' ORDER BY created DESC, id DESC "
	  "LIMIT 50", 0, DB_IDEMPOTENT, NULL, NULL },		/* STMT_POOL_FEED */
	[STMT_SETTINGS] =	DB_STMT(SETTINGS, 0, DB_IDEMPOTENT),
	{ "INSERT INTO application (pool_id, draft_no, resume_hash) "
	  "VALUES ($1, $2, $3) ON CONFLICT (draft_no) DO NOTHING RETURNING id",
	  3, 0, NULL, NULL },					/* STMT_APP_CREATE */
	{ "SELECT a.id, a.pool_id, a.draft_no, a.case_no, a.status, "
	  "a.org_name, a.cvr, a.contact_name, a.contact_email, "
	  "a.contact_phone, a.title, a.description, "
	  "to_char(a.period_start, 'YYYY-MM-DD'), "
	  "to_char(a.period_end, 'YYYY-MM-DD'), a.requested_ore, "
	  "to_char(a.submitted, 'YYYY-MM-DD'), p.name, p.amount_ore, "
	  "p.status = 'open' AND current_date BETWEEN p.opens AND p.closes, "
	  "to_char(a.decided, 'YYYY-MM-DD'), to_char(p.closes, 'YYYY-MM-DD') "
	  "FROM application a JOIN pool p ON p.id = a.pool_id "
	  "WHERE a.id = $1", 1, DB_IDEMPOTENT, NULL, NULL },	/* STMT_APP_GET */
	{ "UPDATE application SET org_name = $2, cvr = $3, contact_name = $4, "
	  "contact_email = $5, contact_phone = $6, title = $7, "
	  "description = $8, period_start = $9, period_end = $10, "
	  "requested_ore = $11, updated = now() "
	  "WHERE id = $1 AND status = 'draft'", 11, 0, NULL, NULL },	/* STMT_APP_SAVE */
	{ "UPDATE application SET status = 'submitted', submitted = current_date, "
	  "case_no = 'ANS-' || to_char(current_date, 'YYYY') || '-' || "
	  "lpad(nextval('application_no_seq')::text, 6, '0') "
	  "WHERE id = $1 AND status = 'draft' RETURNING case_no", 1, 0, NULL, NULL },
							/* STMT_APP_SUBMIT */
	{ "DELETE FROM application_budget WHERE application_id = $1", 1, 0, NULL, NULL },
							/* STMT_APP_BUDGET_DEL */
	{ "INSERT INTO application_budget (application_id, lineno, text, "
	  "amount_ore) VALUES ($1, $2, $3, $4)", 4, 0, NULL, NULL },/* STMT_APP_BUDGET_ADD */
	{ "SELECT lineno, text, amount_ore FROM application_budget "
	  "WHERE application_id = $1 ORDER BY lineno", 1, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_APP_BUDGET_GET */
	[STMT_APP_BY_DRAFT] =	DB_STMT_AS(APP_BY_DRAFT, LOGIN, 1, DB_IDEMPOTENT),
	[STMT_APP_RESUME_FAILED] = DB_NOROWS(APP_RESUME_FAILED, 1, 0),
	[STMT_APP_RESUME_OK] =	DB_NOROWS(APP_RESUME_OK, 1, 0),
	{ "UPDATE applicant_session s SET expires = "
	  "least(now() + interval '1 hour', s.absolute_expires) "
	  "WHERE s.token_hash = $1 AND s.expires > now() "
	  "RETURNING s.application_id", 1, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_ASESS_GET */
	{ "INSERT INTO applicant_session (token_hash, application_id, expires, "
	  "absolute_expires) VALUES ($1, $2, now() + interval '1 hour', "
	  "now() + interval '12 hours')", 2, 0, NULL, NULL },	/* STMT_ASESS_NEW */
	{ "DELETE FROM applicant_session WHERE token_hash = $1", 1, 0, NULL, NULL },
							/* STMT_ASESS_DEL */
	{ "INSERT INTO attachment (application_id, purpose, filename, ctype, "
	  "size, data) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id", 6, 0, NULL, NULL },
							/* STMT_ATT_ADD_APP */
	{ "INSERT INTO attachment (submission_id, purpose, filename, ctype, "
	  "size, data) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id", 6, 0, NULL, NULL },
							/* STMT_ATT_ADD_SUB */
	{ "SELECT id, filename, size, purpose FROM attachment "
	  "WHERE application_id = $1 ORDER BY id", 1, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_ATT_LIST_APP */
	{ "SELECT id, filename, size, purpose FROM attachment "
	  "WHERE submission_id = $1 ORDER BY id", 1, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_ATT_LIST_SUB */
	{ "SELECT filename, ctype, data FROM attachment "
	  "WHERE id = $1 AND application_id = $2", 2, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_ATT_GET_APP */
	{ "SELECT a.filename, a.ctype, a.data FROM attachment a "
	  "JOIN submission s ON s.id = a.submission_id "
	  "WHERE a.id = $1 AND s.award_id = $2", 2, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_ATT_GET_SUB */
	[STMT_RCPT_LOOKUP] =	DB_STMT_AS(RCPT_LOOKUP, LOGIN, 1, DB_IDEMPOTENT),
	[STMT_RCPT_FAILED] =	DB_NOROWS(RCPT_FAILED, 1, 0),
	[STMT_RCPT_OK] =	DB_NOROWS(RCPT_OK, 1, 0),
	{ "UPDATE recipient_session s SET expires = "
	  "least(now() + interval '30 minutes', s.absolute_expires) "
	  "WHERE s.token_hash = $1 AND s.expires > now() "
	  "RETURNING s.award_id", 1, DB_IDEMPOTENT, NULL, NULL },	/* STMT_RSESS_GET */
	{ "INSERT INTO recipient_session (token_hash, award_id, expires, "
	  "absolute_expires) VALUES ($1, $2, now() + interval '30 minutes', "
	  "now() + interval '8 hours')", 2, 0, NULL, NULL },	/* STMT_RSESS_NEW */
	{ "DELETE FROM recipient_session WHERE token_hash = $1", 1, 0, NULL, NULL },
							/* STMT_RSESS_DEL */
	{ "SELECT a.grant_no, a.org_name, a.title, a.amount_ore, a.conditions, "
	  "to_char(a.period_start, 'YYYY-MM-DD'), "
	  "to_char(a.period_end, 'YYYY-MM-DD'), a.accounting, a.auditor, "
	  "p.name FROM award a JOIN pool p ON p.id = a.pool_id "
	  "WHERE a.id = $1", 1, DB_IDEMPOTENT, NULL, NULL },	/* STMT_AWARD_GET */
	{ "SELECT lineno, text, amount_ore FROM award_budget "
	  "WHERE award_id = $1 ORDER BY lineno", 1, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_AWARD_BUDGET */
	{ "SELECT o.id, o.kind, o.seq, to_char(o.due, 'YYYY-MM-DD'), "
	  "o.due < current_date, s.id, s.case_no, s.status, "
	  "to_char(s.received, 'YYYY-MM-DD'), "
	  "(SELECT e.message FROM case_event e WHERE e.submission_id = s.id "
	  "AND e.kind = 'returned' ORDER BY e.at DESC, e.id DESC LIMIT 1) "
	  "FROM obligation o LEFT JOIN submission s ON s.obligation_id = o.id "
	  "WHERE o.award_id = $1 ORDER BY o.due, o.kind, o.seq", 1,
	  DB_IDEMPOTENT, NULL, NULL },				/* STMT_OBLIG_LIST */
	{ "SELECT o.id, o.kind, o.seq, to_char(o.due, 'YYYY-MM-DD'), "
	  "s.id, s.status, s.progress, s.milestones, s.deviations, s.version, "
	  "s.case_no "
	  "FROM obligation o LEFT JOIN submission s ON s.obligation_id = o.id "
	  "WHERE o.id = $1 AND o.award_id = $2", 2, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_OBLIG_GET */
	{ "INSERT INTO submission (case_no, kind, obligation_id, award_id, "
	  "received, source, progress, milestones, deviations) "
	  "SELECT " SUB_NO("o.kind") ", o.kind, o.id, o.award_id, "
	  "current_date, $3, $4, $5, $6 FROM obligation o "
	  "WHERE o.id = $1 AND o.award_id = $2 "
	  "ON CONFLICT (obligation_id) DO NOTHING RETURNING id, case_no, version",
	  6, 0, NULL, NULL },					/* STMT_SUB_CREATE */
	{ "UPDATE submission SET status = 'received', version = version + 1, "
	  "source = $3, progress = $4, milestones = $5, deviations = $6, "
	  "updated = now() WHERE id = $1 AND award_id = $2 "
	  "AND status = 'returned' RETURNING id, case_no, version", 6, 0, NULL, NULL },
							/* STMT_SUB_RESUBMIT */
	{ "SELECT s.id, s.case_no, s.kind, s.status, "
	  "to_char(s.received, 'YYYY-MM-DD'), to_char(s.decided, 'YYYY-MM-DD'), "
	  "s.progress, s.milestones, s.deviations, s.repayment_ore, s.version, "
	  "s.obligation_id, s.source FROM submission s "
	  "WHERE s.id = $1 AND s.award_id = $2", 2, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_SUB_GET */
	{ "SELECT to_char(at, 'YYYY-MM-DD HH24:MI'), kind, message, "
	  "amount_ore, by_recipient FROM case_event WHERE submission_id = $1 "
	  "AND kind <> 'note' ORDER BY at, id", 1, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_SUB_EVENTS */
	{ "UPDATE case_pause SET ended = current_date "
	  "WHERE submission_id = $1 AND ended IS NULL", 1, 0, NULL, NULL },
							/* STMT_PAUSE_END */
	{ "INSERT INTO case_event (submission_id, kind, message, by_recipient) "
	  "VALUES ($1, $2, $3, true)", 3, 0, NULL, NULL },		/* STMT_EVENT_ADD */
	{ "DELETE FROM account_line WHERE submission_id = $1", 1, 0, NULL, NULL },
							/* STMT_ACCL_DEL */
	{ "INSERT INTO account_line (submission_id, lineno, text, budget_ore, "
	  "actual_ore, explanation) VALUES ($1, $2, $3, $4, $5, $6)", 6, 0, NULL, NULL },
							/* STMT_ACCL_ADD */
	{ "SELECT lineno, text, budget_ore, actual_ore, explanation "
	  "FROM account_line WHERE submission_id = $1 ORDER BY lineno", 1,
	  DB_IDEMPOTENT, NULL, NULL },				/* STMT_ACCL_GET */
	/* One-time form keys: claimed first, so that a concurrent repeat
	 * waits for the first and then finds what it made. */
	{ "INSERT INTO portal_once (hash) VALUES ($1) "
	  "ON CONFLICT (hash) DO NOTHING RETURNING hash", 1, 0, NULL, NULL },
							/* STMT_ONCE_CLAIM */
	{ "SELECT application_id, submission_id FROM portal_once "
	  "WHERE hash = $1", 1, DB_IDEMPOTENT, NULL, NULL },	/* STMT_ONCE_GET */
	{ "UPDATE portal_once SET application_id = $2, submission_id = $3 "
	  "WHERE hash = $1", 3, 0, NULL, NULL },			/* STMT_ONCE_SET */
	{ "SELECT to_char(at, 'YYYY-MM-DD'), message FROM case_event "
	  "WHERE submission_id = $1 AND kind = 'returned' "
	  "ORDER BY at DESC, id DESC LIMIT 1", 1, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_SUB_RETURNED */
	/* The files of the current version (all files of a case sent
	 * before versions were kept). */
	{ "SELECT a.id, a.filename, a.size, a.purpose FROM attachment a "
	  "JOIN submission s ON s.id = a.submission_id WHERE s.id = $1 AND "
	  "(EXISTS (SELECT 1 FROM submission_version_file f "
	  "WHERE f.submission_id = s.id AND f.version = s.version "
	  "AND f.attachment_id = a.id) OR NOT EXISTS (SELECT 1 "
	  "FROM submission_version v WHERE v.submission_id = s.id "
	  "AND v.version = s.version)) ORDER BY a.id", 1, DB_IDEMPOTENT, NULL, NULL },
							/* STMT_SUB_FILES_CUR */
	/* Before a resubmission overwrites a version that was never
	 * recorded (demo data), record it with all its files. */
	{ "SELECT submission_snapshot(s.id, ARRAY(SELECT a.id FROM attachment a "
	  "WHERE a.submission_id = s.id), submission_sent(s.id)) "
	  "FROM submission s WHERE s.id = $1 "
	  "AND s.source <> 'import' AND NOT EXISTS (SELECT 1 "
	  "FROM submission_version v WHERE v.submission_id = s.id "
	  "AND v.version = s.version)", 1, 0, NULL, NULL },		/* STMT_VER_LEGACY */
	{ "SELECT submission_snapshot($1, $2::bigint[])", 2, 0, NULL, NULL },
							/* STMT_VER_SNAPSHOT */
	DB_STMT(VER_LIST, 1, DB_IDEMPOTENT),	/* STMT_VER_LIST */
	DB_STMT(VER_LINES, 1, DB_IDEMPOTENT),	/* STMT_VER_LINES */
	DB_STMT(VER_FILES, 1, DB_IDEMPOTENT),	/* STMT_VER_FILES */
};

const struct session_def applicant_session = {
	.cookie = "frist_draft",
	.path = "/grants/",
	.max_age = 12 * 3600,
	.get = STMT_ASESS_GET,
	.create = STMT_ASESS_NEW,
	.destroy = STMT_ASESS_DEL,
};

const struct session_def recipient_session = {
	.cookie = "frist_grant",
	.path = "/grants/",
	.max_age = 8 * 3600,
	.get = STMT_RSESS_GET,
	.create = STMT_RSESS_NEW,
	.destroy = STMT_RSESS_DEL,
};

const char	*portal_application;
const char	*portal_award;

#include "routes.h"

static const struct route routes[] = {
	PORTAL_ROUTES(APP_ROUTE)
};

/*
 * Loads the applicant's or the recipient's session for the routes that
 * use one; R_SESSION routes without one go to the matching login page.
 */
static int
portal_before(struct http_req *r, const struct route *rt)
{
	const struct session_def *s;
	const char	**who;
	PGresult	*res;
	const char	*hash;
	int		 dberr;

	portal_application = portal_award = NULL;
	if (rt->flags & R_APPLICANT) {
		s = &applicant_session;
		who = &portal_application;
	} else if (rt->flags & R_RECIPIENT) {
		s = &recipient_session;
		who = &portal_award;
	} else
		return 0;
	res = session_get(r, s, &hash, &dberr);
	if (dberr)
		return 503;
	if (res != NULL) {
		*who = arena_strdup(r->ar, db_val(res, 0, 0));
		PQclear(res);
		/*
		 * Forms that need no session (a new application, the login)
		 * are not bound to one: their POST makes a new session, and a
		 * repeat of it (reload, back and send) must still pass.
		 */
		if (rt->flags & R_SESSION)
			app_csrf_bind(hash);
		return 0;
	}
	if (!(rt->flags & R_SESSION))
		return 0;
	if (r->method == HTTP_POST)
		return 403;
	http_redirect(r, (rt->flags & R_APPLICANT) ? "/grants/resume" :
	    "/grants/login");
	return -1;
}

/* The accounts schema is compiled once, before the workers fork. */
static int
portal_init(void)
{
	char	 path[1024];

	snprintf(path, sizeof(path), "%s/regnskab.xsd",
	    app_cfg("schemas", "etc/schemas"));
	return xmlio_init(path);
}

static const struct app portal = {
	.init = portal_init,
	.name = "portal",
	.nav = "NAV_PORTAL",
	.routes = routes,
	.nroutes = sizeof(routes) / sizeof(routes[0]),
	.stmts = stmts,
	.nstmts = STMT__MAX,
	.before = portal_before,
	.csrf_max_age = 12 * 3600,
	.langs = 1,
};

int
main(int argc, char *argv[])
{
	db_listen("LISTEN pool_changed");	/* see pool_list() */
	return app_main(argc, argv, &portal);
}
