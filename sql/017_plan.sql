-- The results plan (resultatplan, issue 9; ../shared/domain.md §2):
-- a plan per year, its goals (mål) with sub-goals (delmål), the
-- targets and results per sub-goal and year with their marks, the
-- verdicts of goals decided as a whole, and the quarterly follow-up.
-- The rules are in cgi/lib/plan.c; the code lists of the CHECKs below
-- are plan.h's, and tests/unit/check_plan_sql.c holds them together.
--
-- Units as plan.h has them, so that no verdict depends on a float:
-- shares and budget limits in per cent are per mille (90 pct. = 900),
-- amounts øre, sick leave hundredths of a day per FTE.

CREATE TABLE plan (
	year		integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
	name		text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
	-- Each quarter's report is due this many days after it (plan_cadence).
	deadline_days	integer NOT NULL DEFAULT 21
			CHECK (deadline_days = 14 OR deadline_days = 21),
	-- No Q1 report: Q1 is reported with Q2.
	merge_q1	boolean NOT NULL DEFAULT false
);

CREATE TABLE plan_goal (
	id		bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	plan_year	integer NOT NULL REFERENCES plan ON DELETE CASCADE,
	number		text NOT NULL CHECK (number ~ '^[0-9]{1,2}\.[0-9]{1,2}$'),
	name		text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
	-- all: every sub-goal; groups: one of each group (plan_subgoal.grp);
	-- verdict: the goal's own verdict (plan_verdict) decides.
	rule		text NOT NULL DEFAULT 'all'
			CHECK (rule IN ('all', 'groups', 'verdict')),
	sort		integer NOT NULL DEFAULT 0,
	UNIQUE (plan_year, number)
);

CREATE TABLE plan_subgoal (
	id		bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	goal_id		bigint NOT NULL REFERENCES plan_goal ON DELETE CASCADE,
	letter		text NOT NULL CHECK (letter ~ '^[A-Za-z][0-9]?$'),
	kind		text NOT NULL CHECK (kind IN ('service', 'disbursement',
			'count', 'survey', 'budget', 'sick_leave', 'milestone',
			'manual', 'external')),
	description	text NOT NULL DEFAULT ''
			CHECK (length(description) <= 2000),
	-- Under rule groups: 1.. a group of which one must hold, 0 alone.
	grp		integer NOT NULL DEFAULT 0 CHECK (grp BETWEEN 0 AND 9),
	-- count: at least (ge), at most (le) the target, or more than the
	-- year before (growth).
	cmp		text NOT NULL DEFAULT 'ge'
			CHECK (cmp IN ('ge', 'le', 'growth')),
	-- milestone: the day it must be done by (NULL: "rettidigt").
	deadline	date,
	-- service: judged from this service-time goal for the year.
	goal_code	text REFERENCES goal (code),
	-- disbursement: this pool, or (NULL) every pool of the fiscal year.
	pool_id		bigint REFERENCES pool,
	sort		integer NOT NULL DEFAULT 0,
	UNIQUE (goal_id, letter),
	CHECK (kind <> 'service' OR goal_code IS NOT NULL)
);

-- A sub-goal's target and result for one year (the columns of the
-- plan's tables).  target/result by kind: count and survey as written
-- (survey in per mille); budget the limit and the deviation, both in
-- the row's unit, or the budgeted and realised amounts; sick leave
-- the state average and the days, extra the change in per mille;
-- growth: extra the year before's count.  manual, external: the verdict.
CREATE TABLE plan_result (
	subgoal_id	bigint NOT NULL REFERENCES plan_subgoal ON DELETE CASCADE,
	year		integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
	target		bigint,
	result		bigint,
	extra		bigint,
	-- budget: the limit and deviation in per mille (pm) or øre (ore);
	-- the seeds' limits are mio. kr. in 2022 and per cent from 2023.
	unit		text NOT NULL DEFAULT 'pm' CHECK (unit IN ('pm', 'ore')),
	budget_ore	bigint,
	actual_ore	bigint,
	done		date,		-- milestone: the day it was done
	verdict		text CHECK (verdict IN ('met', 'not_met')),
	prelim		boolean NOT NULL DEFAULT false,	-- foreløbigt
	nocomp		boolean NOT NULL DEFAULT false,	-- ikke sammenligneligt
	note		text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
	staff_id	bigint REFERENCES staff,	-- NULL: seeded
	updated_at	timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (subgoal_id, year)
);

-- The verdict of a goal under rule verdict, per year (a konkret
-- vurdering, a steering group's decision).
CREATE TABLE plan_verdict (
	goal_id		bigint NOT NULL REFERENCES plan_goal ON DELETE CASCADE,
	year		integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
	verdict		text NOT NULL CHECK (verdict IN ('met', 'not_met')),
	prelim		boolean NOT NULL DEFAULT false,
	nocomp		boolean NOT NULL DEFAULT false,
	staff_id	bigint REFERENCES staff,
	updated_at	timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (goal_id, year)
);

-- The quarterly follow-up of a goal in its plan's year: the status
-- chosen (the suggestion is plan_suggest's, kept beside it as it was
-- when saved), and cause, consequence and action when not green.
CREATE TABLE plan_followup (
	goal_id		bigint NOT NULL REFERENCES plan_goal ON DELETE CASCADE,
	quarter		integer NOT NULL CHECK (quarter BETWEEN 1 AND 4),
	ryg		text NOT NULL CHECK (ryg IN ('green', 'yellow', 'red')),
	suggested	text NOT NULL DEFAULT 'none'
			CHECK (suggested IN ('none', 'green', 'yellow', 'red')),
	cause		text NOT NULL DEFAULT '' CHECK (length(cause) <= 4000),
	consequence	text NOT NULL DEFAULT ''
			CHECK (length(consequence) <= 4000),
	action		text NOT NULL DEFAULT '' CHECK (length(action) <= 4000),
	prelim		boolean NOT NULL DEFAULT false,
	staff_id	bigint REFERENCES staff,
	updated_at	timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (goal_id, quarter)
);

CREATE INDEX plan_goal_year ON plan_goal (plan_year, sort);
CREATE INDEX plan_subgoal_goal ON plan_subgoal (goal_id, sort);

-- The results and follow-up forms' one-time keys: sql/020 (after 018,
-- which sets the list of kinds again).

GRANT SELECT ON plan, plan_goal, plan_subgoal, plan_result, plan_verdict,
    plan_followup TO frist_staff;
GRANT INSERT, UPDATE ON plan_result, plan_verdict, plan_followup
    TO frist_staff;
-- Administrators set the reporting deadline and the Q1/Q2 merge.
GRANT UPDATE (deadline_days, merge_q1) ON plan TO frist_staff;
