/*
 * The statements of the results plan pages (STMT_PLAN_*, page_plan*.c),
 * included by sql.h: their SQL and result columns (see DB_COLUMNS).
 * Booleans come as 0/1, days as 'YYYY-MM-DD' text, absent numbers as "".
 */
#ifndef FRIST_STAFF_SQL_PLAN_H
#define FRIST_STAFF_SQL_PLAN_H

/* Every plan, newest first, with its number of goals. */
#define PLAN_LIST_SQL \
	"SELECT p.year, p.name, p.deadline_days, p.merge_q1::int AS merge_q1, " \
	"count(g.id) AS goals FROM plan p " \
	"LEFT JOIN plan_goal g ON g.plan_year = p.year " \
	"GROUP BY p.year ORDER BY p.year DESC"
#define PLAN_LIST_COLS(C, s) \
	C(s, year) C(s, name) C(s, deadline_days) C(s, merge_q1) C(s, goals)
DB_COLUMNS(PLAN_LIST);

/* The plan of year $1. */
#define PLAN_GET_SQL \
	"SELECT year, name, deadline_days, merge_q1::int AS merge_q1 " \
	"FROM plan WHERE year = $1::int"
#define PLAN_GET_COLS(C, s) \
	C(s, year) C(s, name) C(s, deadline_days) C(s, merge_q1)
DB_COLUMNS(PLAN_GET);

/*
 * The goals of plan $1 with their sub-goals, in order: one row per
 * sub-goal, and one with sub_id "" for a goal without any.
 */
#define PLAN_SUBS_SQL \
	"SELECT g.id AS goal_id, g.number, g.name AS goal_name, g.rule, " \
	"coalesce(s.id::text, '') AS sub_id, coalesce(s.letter, '') AS letter, " \
	"coalesce(s.kind, '') AS kind, " \
	"coalesce(s.description, '') AS description, " \
	"coalesce(s.grp, 0) AS grp, coalesce(s.cmp, 'ge') AS cmp, " \
	"coalesce(to_char(s.deadline, 'YYYY-MM-DD'), '') AS deadline_day, " \
	"coalesce(s.goal_code, '') AS goal_code, " \
	"coalesce(s.pool_id::text, '') AS pool_id " \
	"FROM plan_goal g LEFT JOIN plan_subgoal s ON s.goal_id = g.id " \
	"WHERE g.plan_year = $1::int " \
	"ORDER BY g.sort, g.number, g.id, s.sort, s.letter"
#define PLAN_SUBS_COLS(C, s) \
	C(s, goal_id) C(s, number) C(s, goal_name) C(s, rule) C(s, sub_id) \
	C(s, letter) C(s, kind) C(s, description) C(s, grp) C(s, cmp) \
	C(s, deadline_day) C(s, goal_code) C(s, pool_id)
DB_COLUMNS(PLAN_SUBS);

/* The targets and results of plan $1's sub-goals, every year. */
#define PLAN_RESULTS_SQL \
	"SELECT r.subgoal_id, r.year, coalesce(r.target::text, '') AS target, " \
	"coalesce(r.result::text, '') AS result, " \
	"coalesce(r.extra::text, '') AS extra, r.unit, " \
	"coalesce(r.budget_ore::text, '') AS budget_ore, " \
	"coalesce(r.actual_ore::text, '') AS actual_ore, " \
	"coalesce(to_char(r.done, 'YYYY-MM-DD'), '') AS done_day, " \
	"coalesce(r.verdict, '') AS verdict, r.prelim::int AS prelim, " \
	"r.nocomp::int AS nocomp, r.note " \
	"FROM plan_result r JOIN plan_subgoal s ON s.id = r.subgoal_id " \
	"JOIN plan_goal g ON g.id = s.goal_id WHERE g.plan_year = $1::int"
#define PLAN_RESULTS_COLS(C, s) \
	C(s, subgoal_id) C(s, year) C(s, target) C(s, result) C(s, extra) \
	C(s, unit) C(s, budget_ore) C(s, actual_ore) C(s, done_day) \
	C(s, verdict) C(s, prelim) C(s, nocomp) C(s, note)
DB_COLUMNS(PLAN_RESULTS);

/* The verdicts of plan $1's goals under rule verdict, every year. */
#define PLAN_VERDICTS_SQL \
	"SELECT v.goal_id, v.year, v.verdict, v.prelim::int AS prelim, " \
	"v.nocomp::int AS nocomp FROM plan_verdict v " \
	"JOIN plan_goal g ON g.id = v.goal_id WHERE g.plan_year = $1::int"
#define PLAN_VERDICTS_COLS(C, s) \
	C(s, goal_id) C(s, year) C(s, verdict) C(s, prelim) C(s, nocomp)
DB_COLUMNS(PLAN_VERDICTS);

/* The follow-up of plan $1's goals in quarter $2. */
#define PLAN_FOLLOWUPS_SQL \
	"SELECT f.goal_id, f.ryg, f.suggested, f.cause, f.consequence, " \
	"f.action, f.prelim::int AS prelim, " \
	"coalesce(st.name, '') AS staff_name, " \
	"to_char(f.updated_at AT TIME ZONE 'Europe/Copenhagen', " \
	"'YYYY-MM-DD HH24:MI') AS updated " \
	"FROM plan_followup f JOIN plan_goal g ON g.id = f.goal_id " \
	"LEFT JOIN staff st ON st.id = f.staff_id " \
	"WHERE g.plan_year = $1::int AND f.quarter = $2::int"
#define PLAN_FOLLOWUPS_COLS(C, s) \
	C(s, goal_id) C(s, ryg) C(s, suggested) C(s, cause) C(s, consequence) \
	C(s, action) C(s, prelim) C(s, staff_name) C(s, updated)
DB_COLUMNS(PLAN_FOLLOWUPS);

/*
 * A sub-goal's target and result for a year, new or changed: $1 the
 * sub-goal, which must be of plan $2, $3 the year, $4 target, $5 result,
 * $6 extra, $7 unit, $8 budgeted, $9 realised (øre), $10 done, $11
 * verdict (NULL each if absent), $12 prelim, $13 nocomp, $14 note, $15
 * the staff member.  No row if the sub-goal is not the plan's.
 */
#define PLAN_RESULT_SET_SQL \
	"INSERT INTO plan_result (subgoal_id, year, target, result, extra, " \
	"unit, budget_ore, actual_ore, done, verdict, prelim, nocomp, note, " \
	"staff_id, updated_at) " \
	"SELECT s.id, $3::int, $4::bigint, $5::bigint, $6::bigint, $7::text, " \
	"$8::bigint, $9::bigint, $10::date, $11::text, $12::boolean, " \
	"$13::boolean, $14::text, $15::bigint, now() " \
	"FROM plan_subgoal s JOIN plan_goal g ON g.id = s.goal_id " \
	"WHERE s.id = $1::bigint AND g.plan_year = $2::int " \
	"ON CONFLICT (subgoal_id, year) DO UPDATE SET target = EXCLUDED.target, " \
	"result = EXCLUDED.result, extra = EXCLUDED.extra, " \
	"unit = EXCLUDED.unit, budget_ore = EXCLUDED.budget_ore, " \
	"actual_ore = EXCLUDED.actual_ore, done = EXCLUDED.done, " \
	"verdict = EXCLUDED.verdict, prelim = EXCLUDED.prelim, " \
	"nocomp = EXCLUDED.nocomp, note = EXCLUDED.note, " \
	"staff_id = EXCLUDED.staff_id, updated_at = now() " \
	"RETURNING subgoal_id"
#define PLAN_RESULT_SET_COLS(C, s)	C(s, subgoal_id)
DB_COLUMNS(PLAN_RESULT_SET);

/*
 * A goal's verdict for a year (rule verdict): $1 the goal, of plan $2,
 * $3 year, $4 verdict, $5 prelim, $6 nocomp, $7 the staff member.
 */
#define PLAN_VERDICT_SET_SQL \
	"INSERT INTO plan_verdict (goal_id, year, verdict, prelim, nocomp, " \
	"staff_id, updated_at) " \
	"SELECT g.id, $3::int, $4::text, $5::boolean, $6::boolean, " \
	"$7::bigint, now() FROM plan_goal g " \
	"WHERE g.id = $1::bigint AND g.plan_year = $2::int AND g.rule = 'verdict' " \
	"ON CONFLICT (goal_id, year) DO UPDATE SET verdict = EXCLUDED.verdict, " \
	"prelim = EXCLUDED.prelim, nocomp = EXCLUDED.nocomp, " \
	"staff_id = EXCLUDED.staff_id, updated_at = now() RETURNING goal_id"
#define PLAN_VERDICT_SET_COLS(C, s)	C(s, goal_id)
DB_COLUMNS(PLAN_VERDICT_SET);

/* A goal's verdict for a year removed again ($1 goal, $2 plan, $3 year). */
#define PLAN_VERDICT_DEL_SQL \
	"DELETE FROM plan_verdict v USING plan_goal g WHERE g.id = v.goal_id " \
	"AND v.goal_id = $1::bigint AND g.plan_year = $2::int " \
	"AND v.year = $3::int"

/*
 * A goal's follow-up for a quarter: $1 the goal, of plan $2, $3 quarter,
 * $4 the status chosen, $5 the suggestion, $6 cause, $7 consequence, $8
 * action, $9 prelim, $10 the staff member.
 */
#define PLAN_FOLLOWUP_SET_SQL \
	"INSERT INTO plan_followup (goal_id, quarter, ryg, suggested, cause, " \
	"consequence, action, prelim, staff_id, updated_at) " \
	"SELECT g.id, $3::int, $4::text, $5::text, $6::text, $7::text, " \
	"$8::text, $9::boolean, $10::bigint, now() FROM plan_goal g " \
	"WHERE g.id = $1::bigint AND g.plan_year = $2::int " \
	"ON CONFLICT (goal_id, quarter) DO UPDATE SET ryg = EXCLUDED.ryg, " \
	"suggested = EXCLUDED.suggested, cause = EXCLUDED.cause, " \
	"consequence = EXCLUDED.consequence, action = EXCLUDED.action, " \
	"prelim = EXCLUDED.prelim, staff_id = EXCLUDED.staff_id, " \
	"updated_at = now() RETURNING goal_id"
#define PLAN_FOLLOWUP_SET_COLS(C, s)	C(s, goal_id)
DB_COLUMNS(PLAN_FOLLOWUP_SET);

/*
 * A plan's reporting cadence: $1 year, $2 days (14 or 21), $3 Q1 with
 * Q2.  A row only if it changed (for the audit).
 */
#define PLAN_CADENCE_SET_SQL \
	"UPDATE plan SET deadline_days = $2::int, merge_q1 = $3::boolean " \
	"WHERE year = $1::int AND (deadline_days, merge_q1) IS DISTINCT FROM " \
	"($2::int, $3::boolean) RETURNING year"
#define PLAN_CADENCE_SET_COLS(C, s)	C(s, year)
DB_COLUMNS(PLAN_CADENCE_SET);

/*
 * A new plan (/staff/plans/new): $1 the year, $2 the name, $3 the plan
 * whose reporting cadence it takes (NULL: sql/017's defaults, 21 days,
 * Q1 on its own).  No row if the year has a plan already.
 */
#define PLAN_NEW_SQL \
	"INSERT INTO plan (year, name, deadline_days, merge_q1) " \
	"SELECT $1::int, $2::text, coalesce(src.deadline_days, 21), " \
	"coalesce(src.merge_q1, false) FROM (SELECT 1) one " \
	"LEFT JOIN plan src ON src.year = $3::int " \
	"ON CONFLICT (year) DO NOTHING RETURNING year"
#define PLAN_NEW_COLS(C, s)	C(s, year)
DB_COLUMNS(PLAN_NEW);

/* Plan $2's goals copied to the new plan $1 (no verdicts, no follow-up). */
#define PLAN_NEW_GOALS_SQL \
	"INSERT INTO plan_goal (plan_year, number, name, rule, sort) " \
	"SELECT $1::int, g.number, g.name, g.rule, g.sort FROM plan_goal g " \
	"WHERE g.plan_year = $2::int"

/*
 * Plan $2's sub-goals copied to the goals of the same number in plan $1
 * (no results): a milestone's deadline moved by as many whole years; a
 * named pool kept only if it is of the new year (else NULL: every pool
 * of the year, as the form says).
 */
#define PLAN_NEW_SUBS_SQL \
	"INSERT INTO plan_subgoal (goal_id, letter, kind, description, grp, " \
	"cmp, deadline, goal_code, pool_id, sort) " \
	"SELECT ng.id, s.letter, s.kind, s.description, s.grp, s.cmp, " \
	"(s.deadline + make_interval(years => $1::int - $2::int))::date, " \
	"s.goal_code, CASE WHEN po.fin_year = $1::int THEN s.pool_id END, " \
	"s.sort FROM plan_subgoal s JOIN plan_goal og ON og.id = s.goal_id " \
	"JOIN plan_goal ng ON ng.plan_year = $1::int AND ng.number = og.number " \
	"LEFT JOIN pool po ON po.id = s.pool_id WHERE og.plan_year = $2::int"

/*
 * A goal's name $3 and rule $4 (/staff/plans/<year>/goals/<number>): $1
 * the plan, $2 the goal.  A row only if it changed (for the audit).
 */
#define PLAN_GOAL_SET_SQL \
	"UPDATE plan_goal SET name = $3::text, rule = $4::text " \
	"WHERE plan_year = $1::int AND id = $2::bigint " \
	"AND (name, rule) IS DISTINCT FROM ($3::text, $4::text) RETURNING id"
#define PLAN_GOAL_SET_COLS(C, s)	C(s, id)
DB_COLUMNS(PLAN_GOAL_SET);

/* A sub-goal's description $3 and group $4: $1 its goal, $2 the sub-goal;
 * a row only if it changed. */
#define PLAN_SUB_SET_SQL \
	"UPDATE plan_subgoal SET description = $3::text, grp = $4::int " \
	"WHERE goal_id = $1::bigint AND id = $2::bigint " \
	"AND (description, grp) IS DISTINCT FROM ($3::text, $4::int) RETURNING id"
#define PLAN_SUB_SET_COLS(C, s)	C(s, id)
DB_COLUMNS(PLAN_SUB_SET);

#endif
