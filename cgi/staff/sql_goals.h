/*
 * The statements of the goals pages (STMT_GOAL_*, page_goals.c and
 * page_goal.c), included by sql.h: their SQL and result columns (see
 * DB_COLUMNS).  Days are text 'YYYY-MM-DD' under names ending in _day.
 */
#ifndef FRIST_STAFF_SQL_GOALS_H
#define FRIST_STAFF_SQL_GOALS_H

/*
 * The active goals (sql/012) with every version, a goal's versions
 * together, oldest first; the pages keep those the user's roles see.
 */
#define GOAL_LIST_SQL \
	"SELECT g.id AS goal_id, g.code, g.name, g.population, " \
	"v.id AS version_id, " \
	"to_char(v.valid_from, 'YYYY-MM-DD') AS valid_day, v.unit, " \
	"v.limit_n, v.target_permille, v.pauses, v.period_rule " \
	"FROM goal g JOIN goal_version v ON v.goal_id = g.id " \
	"WHERE g.active ORDER BY g.sort, g.id, v.valid_from, v.id"
#define GOAL_LIST_COLS(C, s) \
	C(s, goal_id) C(s, code) C(s, name) C(s, population) \
	C(s, version_id) C(s, valid_day) C(s, unit) C(s, limit_n) \
	C(s, target_permille) C(s, pauses) C(s, period_rule)
DB_COLUMNS(GOAL_LIST);

/*
 * The cases of a population that can matter for the periods shown: the
 * clock started by $1 (the last day judged: the period's end or today,
 * whichever is first) and not stopped before $2 (the earliest period
 * start).  The same shape for every population (GOAL_CASE): start_day,
 * stop_day (NULL while open), pauses as "start/end,..." (staff_pauses,
 * grant_pauses_parse), handler ("" if none), oldest first.
 */
#define GOAL_CASE_COLS(C, s) \
	C(s, id) C(s, case_no) C(s, start_day) C(s, stop_day) C(s, pauses) \
	C(s, handler)
DB_COLUMNS(GOAL_CASE);

/*
 * Status reports and accounts: received -> decided, with their returns
 * for correction (case_pause).  $3 kind ('status', 'accounts'), and the
 * drill-down's filters, NULL for any: $4 handler (staff id), $5 pool,
 * $6 source ('form', 'xml', 'import').
 */
#define GOAL_SUBS_SQL \
	"SELECT s.id, s.case_no, " \
	"to_char(s.received, 'YYYY-MM-DD') AS start_day, " \
	"to_char(s.decided, 'YYYY-MM-DD') AS stop_day, " CASE_PAUSES_SQL ", " \
	"coalesce(h.name, '') AS handler " \
	"FROM submission s LEFT JOIN award w ON w.id = s.award_id " \
	"LEFT JOIN staff h ON h.id = s.handler_id " \
	"WHERE s.kind = $3::text AND s.received <= $1::date " \
	"AND (s.decided IS NULL OR s.decided >= $2::date) " \
	"AND ($4::bigint IS NULL OR s.handler_id = $4::bigint) " \
	"AND ($5::bigint IS NULL OR w.pool_id = $5::bigint) " \
	"AND ($6::text IS NULL OR s.source = $6::text) " \
	"ORDER BY s.received, s.id"

/*
 * Applications: submitted -> decided, no pauses; the handler is who
 * decided.  $3 handler, $4 pool, NULL for any.
 */
#define GOAL_APPS_SQL \
	"SELECT a.id, a.case_no, " \
	"to_char(a.submitted, 'YYYY-MM-DD') AS start_day, " \
	"to_char(a.decided, 'YYYY-MM-DD') AS stop_day, '' AS pauses, " \
	"coalesce(h.name, '') AS handler " \
	"FROM application a LEFT JOIN staff h ON h.id = a.decided_by " \
	"WHERE a.status <> 'draft' AND a.submitted IS NOT NULL " \
	"AND a.submitted <= $1::date " \
	"AND (a.decided IS NULL OR a.decided >= $2::date) " \
	"AND ($3::bigint IS NULL OR a.decided_by = $3::bigint) " \
	"AND ($4::bigint IS NULL OR a.pool_id = $4::bigint) " \
	"ORDER BY a.submitted, a.id"

/*
 * Whistleblower reports: received -> registered ($3 'wb_register'),
 * acknowledged ('wb_ack': the first message to the reporter) or feedback
 * ('wb_feedback'), as ws_meets() records them.
 */
#define GOAL_WB_STOP_SQL \
	"CASE $3::text WHEN 'wb_register' THEN r.registered " \
	"WHEN 'wb_ack' THEN r.acknowledged ELSE r.feedback END"
#define GOAL_WB_SQL \
	"SELECT r.id, r.case_no, " \
	"to_char(r.received, 'YYYY-MM-DD') AS start_day, " \
	"to_char(" GOAL_WB_STOP_SQL ", 'YYYY-MM-DD') AS stop_day, " \
	"'' AS pauses, '' AS handler FROM whistle_report r " \
	"WHERE r.received <= $1::date " \
	"AND (" GOAL_WB_STOP_SQL " IS NULL OR " GOAL_WB_STOP_SQL \
	" >= $2::date) ORDER BY r.received, r.id"

/* The drill-down's filter choices: staff and pools, by name. */
#define GOAL_HANDLERS_SQL \
	"SELECT id, name FROM staff WHERE active ORDER BY name, id"
#define GOAL_HANDLERS_COLS(C, s)	C(s, id) C(s, name)
DB_COLUMNS(GOAL_HANDLERS);
#define GOAL_POOLS_SQL \
	"SELECT id, name FROM pool ORDER BY name, id"
#define GOAL_POOLS_COLS(C, s)		C(s, id) C(s, name)
DB_COLUMNS(GOAL_POOLS);

/* A goal by its code, active or not (the versions page, role admin). */
#define GOAL_BY_CODE_SQL \
	"SELECT id, code, name FROM goal WHERE code = $1"
#define GOAL_BY_CODE_COLS(C, s)	C(s, id) C(s, code) C(s, name)
DB_COLUMNS(GOAL_BY_CODE);

/* Goal $1's versions, newest first, with who made them (NULL: seeded). */
#define GOAL_VERSIONS_SQL \
	"SELECT v.id, to_char(v.valid_from, 'YYYY-MM-DD') AS valid_day, " \
	"v.unit, v.limit_n, v.target_permille, v.pauses, v.period_rule, " \
	"coalesce(s.name, '') AS staff_name, " \
	"to_char(v.created AT TIME ZONE 'Europe/Copenhagen', " \
	"'YYYY-MM-DD HH24:MI') AS created_at " \
	"FROM goal_version v LEFT JOIN staff s ON s.id = v.staff_id " \
	"WHERE v.goal_id = $1 ORDER BY v.valid_from DESC, v.id DESC"
#define GOAL_VERSIONS_COLS(C, s) \
	C(s, id) C(s, valid_day) C(s, unit) C(s, limit_n) \
	C(s, target_permille) C(s, pauses) C(s, period_rule) \
	C(s, staff_name) C(s, created_at)
DB_COLUMNS(GOAL_VERSIONS);

/*
 * A new version of goal $1 valid from $2: $3 unit, $4 limit, $5 target
 * per mille, $6 pauses, $7 period rule, $8 staff id.  No row if the goal
 * has a version from that day already (UNIQUE (goal_id, valid_from)).
 */
#define GOAL_VERSION_ADD_SQL \
	"INSERT INTO goal_version (goal_id, valid_from, unit, limit_n, " \
	"target_permille, pauses, period_rule, staff_id) " \
	"VALUES ($1, $2::date, $3, $4, $5, $6, $7, $8) " \
	"ON CONFLICT (goal_id, valid_from) DO NOTHING RETURNING id"
#define GOAL_VERSION_ADD_COLS(C, s)	C(s, id)
DB_COLUMNS(GOAL_VERSION_ADD);

/*
 * The overview's rollups (sql/016): the closed cases of goal $1 in the
 * ranges r ($2 level: 0 day, 1 month, 2 quarter rows; $3, $4 the first
 * and last day of the rows read; $5 the period the range belongs to),
 * one row per stored (day, version, judged elapsed), unsummed: the pages
 * sum them (goal_eval_rollup takes rows of equal elapsed apart).  OFFSET
 * 0 keeps the subquery apart, so each range is an index range scan
 * whatever the planner guesses of the arrays (else, with a generic plan,
 * it may join a goal's every row).
 */
#define GOAL_DONE_SQL \
	"SELECT r.k, x.version_id, x.elapsed, x.n, x.paused_n, x.paused_days " \
	"FROM unnest($2::integer[], $3::date[], $4::date[], $5::integer[]) " \
	"AS r (lvl, lo, hi, k), LATERAL (SELECT d.version_id, d.elapsed, " \
	"d.n, d.paused_n, d.paused_days FROM goal_done d " \
	"WHERE d.goal_id = $1 AND d.lvl = r.lvl AND d.day >= r.lo " \
	"AND d.day <= r.hi OFFSET 0) x"
#define GOAL_DONE_COLS(C, s) \
	C(s, k) C(s, version_id) C(s, elapsed) C(s, n) C(s, paused_n) \
	C(s, paused_days)
DB_COLUMNS(GOAL_DONE);

/*
 * The cases of population $1 open at the end of each day $2[k] (a date
 * array, k from 1), by start day (goal_open_at: a quarter's end from its
 * snapshot, made on first use); start_num is the start day as days
 * after 2000-01-01 (hundreds of rows: no date text to format and parse).
 */
#define GOAL_OPEN_SQL \
	"SELECT p.k, o.start_day - DATE '2000-01-01' AS start_num, o.n " \
	"FROM unnest($2::date[]) WITH ORDINALITY AS p (a, k), " \
	"LATERAL goal_open_at($1::text, p.a) AS o"
#define GOAL_OPEN_COLS(C, s)	C(s, k) C(s, start_num) C(s, n)
DB_COLUMNS(GOAL_OPEN);

#endif
