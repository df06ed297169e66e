-- A new year's results plan made from the staff pages (issue 9,
-- /staff/plans/new): administrators insert the plan and copies of an
-- earlier plan's goals and sub-goals.  The form carries a one-time key
-- of its own kind.  After sql/020, which set the list of kinds last.
-- They also correct a goal's name and rule and its sub-goals'
-- descriptions and groups (/staff/plans/<year>/goals/<number>).
ALTER TABLE staff_once DROP CONSTRAINT staff_once_kind_check;
ALTER TABLE staff_once ADD CONSTRAINT staff_once_kind_check
	CHECK (kind IN ('pool', 'case', 'import', 'award', 'cause',
	'goal_version', 'goal', 'plan_result', 'plan_followup', 'plan_new'));

GRANT INSERT (year, name, deadline_days, merge_q1) ON plan TO frist_staff;
GRANT INSERT (plan_year, number, name, rule, sort) ON plan_goal
    TO frist_staff;
GRANT INSERT (goal_id, letter, kind, description, grp, cmp, deadline,
    goal_code, pool_id, sort) ON plan_subgoal TO frist_staff;
GRANT UPDATE (name, rule) ON plan_goal TO frist_staff;
GRANT UPDATE (description, grp) ON plan_subgoal TO frist_staff;
