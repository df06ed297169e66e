-- The cause list is reference data the authority edits itself
-- (/staff/whistle/causes); causes are never deleted, only deactivated,
-- so old reports keep theirs.
GRANT INSERT, UPDATE (label, sort, active) ON whistle_cause TO frist_staff;
