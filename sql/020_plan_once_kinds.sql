-- The results plan's forms (sql/017) carry a one-time key: a result or
-- verdict entered (plan_result) and a quarterly follow-up (plan_followup).
-- After sql/018, which set the list of kinds last.
ALTER TABLE staff_once DROP CONSTRAINT staff_once_kind_check;
ALTER TABLE staff_once ADD CONSTRAINT staff_once_kind_check
	CHECK (kind IN ('pool', 'case', 'import', 'award', 'cause',
	'goal_version', 'goal', 'plan_result', 'plan_followup'));
