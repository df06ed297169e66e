-- The triage's planned actions (whistle_report.actions) were the one
-- code list the schema did not hold: every element must be one of
-- wbcodes.h's WB_ACTIONS (tests/unit/check_wbcodes.c compares the two).
ALTER TABLE whistle_report ADD CONSTRAINT whistle_report_actions_check
	CHECK (actions <@ ARRAY['naeste_tilsyn', 'redegoerelse',
	'uanmeldt_besoeg', 'opkald', 'henvisning_stps', 'henvisning_at',
	'henvisning_anden']::text[]);
