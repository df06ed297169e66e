-- Service-time goals ("X % within N days", issue 9): what each goal
-- measures, and its versions.  Staff with the role admin edit them at
-- /staff/goals/edit (audited); a change of limit, target or rule is a new
-- version valid from a day, and a case is judged by the version in force
-- on the day its clock started.  The populations, units and rules are
-- code lists of cgi/lib/goaldef.h (tests/unit/check_goaldef.c holds the
-- CHECKs below against them).
CREATE TABLE goal (
	id		bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	code		text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9_.]{0,39}$'),
	name		text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
	-- Which cases, from which event to which: fixed per population.
	population	text NOT NULL CHECK (population IN ('accounts', 'status',
			'applications', 'wb_register', 'wb_ack', 'wb_feedback')),
	sort		integer NOT NULL DEFAULT 0,
	active		boolean NOT NULL DEFAULT true
);

CREATE TABLE goal_version (
	id		bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	goal_id		bigint NOT NULL REFERENCES goal,
	valid_from	date NOT NULL,
	unit		text NOT NULL CHECK (unit IN ('days', 'workdays',
			'months')),
	limit_n		integer NOT NULL CHECK (limit_n BETWEEN 0 AND 3650),
	target_permille	integer NOT NULL CHECK (target_permille BETWEEN 0
			AND 1000),
	-- gross: every day counts; net: days returned for correction do not.
	pauses		text NOT NULL CHECK (pauses IN ('gross', 'net')),
	-- decided: a case counts in the period it was decided; breach: also
	-- an open case past its limit, as a miss in the period it passed it.
	period_rule	text NOT NULL CHECK (period_rule IN ('decided',
			'breach')),
	staff_id	bigint REFERENCES staff,
	created		timestamptz NOT NULL DEFAULT now(),
	UNIQUE (goal_id, valid_from)
);

-- The goals of the results plans (000 1.5 b, "hhv." read as two goals)
-- and of the whistleblower act (7 days, 3 months; the 90 days for
-- applications is no source's: an example for the agency to set), in
-- force from long before any case, so that every case has a version.
INSERT INTO goal (code, name, population, sort) VALUES
	('grants.accounts', 'Regnskaber behandlet inden for 155 dage',
	 'accounts', 10),
	('grants.status', 'Statusrapporter behandlet inden for 155 dage',
	 'status', 20),
	('grants.applications', 'Ansøgninger afgjort inden for 90 dage',
	 'applications', 30),
	('whistle.register', 'Whistleblowerhenvendelser registreret inden for 1 arbejdsdag',
	 'wb_register', 40),
	('whistle.ack', 'Kvittering til anmelder inden for 7 dage',
	 'wb_ack', 50),
	('whistle.feedback', 'Tilbagemelding til anmelder inden for 3 måneder',
	 'wb_feedback', 60);
INSERT INTO goal_version (goal_id, valid_from, unit, limit_n,
    target_permille, pauses, period_rule)
SELECT id, DATE '2000-01-01', v.unit, v.limit_n, v.target, 'gross',
    'decided'
FROM goal JOIN (VALUES
	('grants.accounts', 'days', 155, 900),
	('grants.status', 'days', 155, 900),
	('grants.applications', 'days', 90, 900),
	('whistle.register', 'workdays', 1, 1000),
	('whistle.ack', 'days', 7, 1000),
	('whistle.feedback', 'months', 3, 1000)
) AS v (code, unit, limit_n, target) ON v.code = goal.code;

GRANT SELECT ON goal, goal_version TO frist_staff;
GRANT INSERT ON goal_version TO frist_staff;
GRANT UPDATE (name, sort, active) ON goal TO frist_staff;
