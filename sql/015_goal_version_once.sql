-- The form of a new goal version (/staff/goals/<code>/versions) carries
-- a one-time key: a repeat of its POST (reload, double click) makes no
-- second version.
ALTER TABLE staff_once DROP CONSTRAINT staff_once_kind_check;
ALTER TABLE staff_once ADD CONSTRAINT staff_once_kind_check
	CHECK (kind IN ('pool', 'case', 'import', 'award', 'cause',
	'goal_version'));
