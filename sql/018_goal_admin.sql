-- Goals are set up by the admin at /staff/goals/admin (issue 9): a new
-- goal is made inactive, without versions; it is made active once it has
-- a version (/staff/goals/<code>/versions).  The form of a new goal
-- carries a one-time key like the other forms that create something.
ALTER TABLE staff_once DROP CONSTRAINT staff_once_kind_check;
ALTER TABLE staff_once ADD CONSTRAINT staff_once_kind_check
	CHECK (kind IN ('pool', 'case', 'import', 'award', 'cause',
	'goal_version', 'goal'));

GRANT INSERT (code, name, population, sort, active) ON goal TO frist_staff;
