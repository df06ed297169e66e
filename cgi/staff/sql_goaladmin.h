/*
 * The statements of /staff/goals/admin (page_goals_admin.c), included
 * by sql.h: every goal, a new one and a change of name, order or state.
 */
#ifndef FRIST_STAFF_SQL_GOALADMIN_H
#define FRIST_STAFF_SQL_GOALADMIN_H

/*
 * Every goal, active or not, with its number of versions and the newest
 * version's rule (NULL while it has none), in the dashboard's order.
 */
#define GOAL_ALL_SQL \
	"SELECT g.id, g.code, g.name, g.population, g.sort, g.active, " \
	"(SELECT count(*) FROM goal_version c WHERE c.goal_id = g.id) " \
	"AS versions, v.unit, v.limit_n, v.target_permille " \
	"FROM goal g LEFT JOIN LATERAL (SELECT unit, limit_n, " \
	"target_permille FROM goal_version x WHERE x.goal_id = g.id " \
	"ORDER BY x.valid_from DESC, x.id DESC LIMIT 1) v ON true " \
	"ORDER BY g.sort, g.id"
#define GOAL_ALL_COLS(C, s) \
	C(s, id) C(s, code) C(s, name) C(s, population) C(s, sort) \
	C(s, active) C(s, versions) C(s, unit) C(s, limit_n) \
	C(s, target_permille)
DB_COLUMNS(GOAL_ALL);

/*
 * A new goal, inactive until it has a version: $1 code, $2 name,
 * $3 population, $4 sort.  No row if the code is taken.
 */
#define GOAL_NEW_SQL \
	"INSERT INTO goal (code, name, population, sort, active) " \
	"VALUES ($1, $2, $3, $4, false) ON CONFLICT (code) DO NOTHING " \
	"RETURNING id"
#define GOAL_NEW_COLS(C, s)	C(s, id)
DB_COLUMNS(GOAL_NEW);

/*
 * Goal $1 gets name $2, sort $3 and active $4 ('t' or 'f'); a goal is
 * only made active with a version, so that the dashboard can judge it.
 * No row if there is no such goal or it has no version to be active
 * with; then the goal is as it was.
 */
#define GOAL_SET_SQL \
	"UPDATE goal g SET name = $2, sort = $3, active = $4::boolean " \
	"WHERE g.id = $1 AND (NOT $4::boolean OR EXISTS (SELECT 1 FROM " \
	"goal_version v WHERE v.goal_id = g.id)) RETURNING g.id, g.code"
#define GOAL_SET_COLS(C, s)	C(s, id) C(s, code)
DB_COLUMNS(GOAL_SET);

#endif
