-- Grants: applications, awards (tilsagn), reporting obligations, status
-- reports and accounts, their processing, and the settings the rules use.
-- Amounts are integer øre.  Dates that goals are measured on are stored
-- as data: received, each pause, decided.

CREATE TABLE setting (
	key	text PRIMARY KEY,
	value	text NOT NULL,
	label	text NOT NULL
);
INSERT INTO setting (key, value, label) VALUES
	('grants.auditor_threshold_ore', '50000000', 'Revisorerklæring kræves fra tilskudsbeløb (kr.)'),
	('grants.deviation_permille', '100', 'Afvigelse der kræver forklaring (promille af budgetlinjen)'),
	('grants.clock_limit_days', '155', 'Frist for behandling af statusrapporter og regnskaber (dage)'),
	('grants.clock_pauses', '0', 'Tilbagesendelse til rettelse stopper uret (1 = ja, 0 = nej)'),
	('grants.risk_days', '30', 'Puljer er i risiko så mange dage før udmøntningsfristen');

CREATE SEQUENCE application_no_seq;
CREATE SEQUENCE award_no_seq;
CREATE SEQUENCE submission_no_seq;

CREATE TABLE application (
	id		bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	pool_id		bigint NOT NULL REFERENCES pool,
	draft_no	text NOT NULL UNIQUE CHECK (draft_no ~ '^[0-9]{8}$'),
	resume_hash	text NOT NULL CHECK (resume_hash LIKE '$argon2id$%'),
	resume_failed	integer NOT NULL DEFAULT 0,
	resume_locked	timestamptz,
	case_no		text UNIQUE,
	status		text NOT NULL DEFAULT 'draft'
			CHECK (status IN ('draft', 'submitted', 'awarded', 'rejected')),
	org_name	text NOT NULL DEFAULT '',
	cvr		text NOT NULL DEFAULT '',
	contact_name	text NOT NULL DEFAULT '',
	contact_email	text NOT NULL DEFAULT '',
	contact_phone	text NOT NULL DEFAULT '',
	title		text NOT NULL DEFAULT '',
	description	text NOT NULL DEFAULT '',
	period_start	date,
	period_end	date,
	requested_ore	bigint CHECK (requested_ore >= 0),
	created		timestamptz NOT NULL DEFAULT now(),
	updated		timestamptz NOT NULL DEFAULT now(),
	submitted	date,
	decided		date,
	decided_by	bigint REFERENCES staff,
	reject_reason	text,
	CHECK (status = 'draft' OR case_no IS NOT NULL)
);
CREATE INDEX application_pool_idx ON application (pool_id, status);

CREATE TABLE application_budget (
	application_id	bigint NOT NULL REFERENCES application ON DELETE CASCADE,
	lineno		integer NOT NULL CHECK (lineno BETWEEN 1 AND 50),
	text		text NOT NULL CHECK (length(text) BETWEEN 1 AND 300),
	amount_ore	bigint NOT NULL CHECK (amount_ore >= 0),
	PRIMARY KEY (application_id, lineno)
);

CREATE TABLE award (
	id		bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	grant_no	text NOT NULL UNIQUE CHECK (grant_no ~ '^[A-Z]{2}-[0-9]{4}-[0-9]{4,6}$'),
	application_id	bigint UNIQUE REFERENCES application,
	pool_id		bigint NOT NULL REFERENCES pool,
	org_name	text NOT NULL,
	title		text NOT NULL,
	amount_ore	bigint NOT NULL CHECK (amount_ore > 0),
	conditions	text NOT NULL DEFAULT '',
	period_start	date NOT NULL,
	period_end	date NOT NULL CHECK (period_end >= period_start),
	accounting	boolean NOT NULL,
	auditor		boolean NOT NULL,
	access_hash	text NOT NULL CHECK (access_hash LIKE '$argon2id$%'),
	failed_logins	integer NOT NULL DEFAULT 0,
	locked_until	timestamptz,
	created		timestamptz NOT NULL DEFAULT now(),
	created_by	bigint REFERENCES staff
);

CREATE TABLE award_budget (
	award_id	bigint NOT NULL REFERENCES award ON DELETE CASCADE,
	lineno		integer NOT NULL CHECK (lineno BETWEEN 1 AND 50),
	text		text NOT NULL,
	amount_ore	bigint NOT NULL CHECK (amount_ore >= 0),
	PRIMARY KEY (award_id, lineno)
);

CREATE TABLE obligation (
	id		bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	award_id	bigint NOT NULL REFERENCES award ON DELETE CASCADE,
	kind		text NOT NULL CHECK (kind IN ('status', 'accounts')),
	seq		integer NOT NULL,
	due		date NOT NULL,
	UNIQUE (award_id, kind, seq)
);

-- One row per status report or account; a resubmission after a return
-- updates the row (version + 1), so its clock keeps its received day.
CREATE TABLE submission (
	id		bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	case_no		text NOT NULL UNIQUE,
	kind		text NOT NULL CHECK (kind IN ('status', 'accounts')),
	obligation_id	bigint UNIQUE REFERENCES obligation,
	award_id	bigint REFERENCES award,
	external_grant	text,		-- imported cases from before frist
	status		text NOT NULL DEFAULT 'received'
			CHECK (status IN ('received', 'processing', 'returned', 'approved', 'rejected')),
	received	date NOT NULL,
	decided		date CHECK (decided >= received),
	handler_id	bigint REFERENCES staff,
	version		integer NOT NULL DEFAULT 1,
	source		text NOT NULL CHECK (source IN ('form', 'xml', 'import')),
	progress	text NOT NULL DEFAULT '',
	milestones	text NOT NULL DEFAULT '',
	deviations	text NOT NULL DEFAULT '',
	repayment_ore	bigint CHECK (repayment_ore > 0),
	updated		timestamptz NOT NULL DEFAULT now(),
	CHECK (award_id IS NOT NULL OR external_grant IS NOT NULL),
	CHECK ((status IN ('approved', 'rejected')) = (decided IS NOT NULL))
);
CREATE INDEX submission_queue_idx ON submission (status, received);

CREATE TABLE account_line (
	submission_id	bigint NOT NULL REFERENCES submission ON DELETE CASCADE,
	lineno		integer NOT NULL CHECK (lineno BETWEEN 1 AND 200),
	text		text NOT NULL,
	budget_ore	bigint NOT NULL CHECK (budget_ore >= 0),
	actual_ore	bigint NOT NULL CHECK (actual_ore >= 0),
	explanation	text NOT NULL DEFAULT '',
	PRIMARY KEY (submission_id, lineno)
);

-- Returned for correction: from the day returned to the day resubmitted.
CREATE TABLE case_pause (
	submission_id	bigint NOT NULL REFERENCES submission ON DELETE CASCADE,
	started		date NOT NULL,
	ended		date CHECK (ended >= started),
	PRIMARY KEY (submission_id, started)
);

-- The audit trail of a case: who did what, when.  Append-only for the
-- program roles (no UPDATE or DELETE is granted).
CREATE TABLE case_event (
	id		bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	submission_id	bigint NOT NULL REFERENCES submission ON DELETE CASCADE,
	at		timestamptz NOT NULL DEFAULT now(),
	staff_id	bigint REFERENCES staff,
	by_recipient	boolean NOT NULL DEFAULT false,
	kind		text NOT NULL CHECK (kind IN ('received', 'resubmitted',
			'taken', 'returned', 'approved', 'rejected', 'repayment',
			'message', 'note', 'imported')),
	message		text NOT NULL DEFAULT '',
	amount_ore	bigint
);
CREATE INDEX case_event_sub_idx ON case_event (submission_id, at);

CREATE TABLE attachment (
	id		bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	application_id	bigint REFERENCES application ON DELETE CASCADE,
	submission_id	bigint REFERENCES submission ON DELETE CASCADE,
	purpose		text NOT NULL DEFAULT 'bilag' CHECK (purpose IN ('bilag', 'revisor')),
	filename	text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
	ctype		text NOT NULL,
	size		integer NOT NULL CHECK (size >= 0),
	data		bytea NOT NULL,
	created		timestamptz NOT NULL DEFAULT now(),
	CHECK (num_nonnulls(application_id, submission_id) = 1)
);

-- Staff actions outside a case (pools, decisions, imports).  Append-only.
CREATE TABLE audit (
	id		bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	at		timestamptz NOT NULL DEFAULT now(),
	staff_id	bigint REFERENCES staff,
	entity		text NOT NULL,
	entity_id	bigint,
	action		text NOT NULL,
	detail		text NOT NULL DEFAULT ''
);

-- Sessions of applicants (a draft) and recipients (a grant); token hashes only.
CREATE TABLE applicant_session (
	token_hash	text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
	application_id	bigint NOT NULL REFERENCES application ON DELETE CASCADE,
	expires		timestamptz NOT NULL,
	absolute_expires timestamptz NOT NULL
);
CREATE TABLE recipient_session (
	token_hash	text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
	award_id	bigint NOT NULL REFERENCES award ON DELETE CASCADE,
	expires		timestamptz NOT NULL,
	absolute_expires timestamptz NOT NULL
);

-- The public portal: applicants and recipients.
GRANT SELECT ON setting TO frist_portal, frist_staff;
GRANT SELECT, INSERT, UPDATE ON application TO frist_portal;
GRANT SELECT, INSERT, DELETE ON application_budget TO frist_portal;
GRANT SELECT, INSERT, DELETE ON attachment TO frist_portal;
GRANT SELECT (id, grant_no, pool_id, org_name, title, amount_ore, conditions,
	period_start, period_end, accounting, auditor, access_hash,
	failed_logins, locked_until),
	UPDATE (failed_logins, locked_until) ON award TO frist_portal;
GRANT SELECT ON award_budget, obligation TO frist_portal;
GRANT SELECT, INSERT, UPDATE ON submission TO frist_portal;
GRANT SELECT, INSERT, DELETE ON account_line TO frist_portal;
GRANT SELECT, UPDATE (ended) ON case_pause TO frist_portal;
GRANT SELECT, INSERT ON case_event TO frist_portal;
GRANT SELECT, INSERT, UPDATE, DELETE ON applicant_session, recipient_session TO frist_portal;
GRANT USAGE ON SEQUENCE application_no_seq, submission_no_seq TO frist_portal;

-- Staff: pools, decisions, processing, import.
GRANT INSERT, UPDATE ON pool TO frist_staff;
GRANT SELECT, UPDATE (status, decided, decided_by, reject_reason) ON application TO frist_staff;
GRANT SELECT ON application_budget TO frist_staff;
GRANT SELECT, INSERT ON award, award_budget, obligation TO frist_staff;
GRANT SELECT, INSERT, UPDATE ON submission TO frist_staff;
GRANT SELECT, INSERT ON account_line TO frist_staff;
GRANT SELECT, INSERT, UPDATE ON case_pause TO frist_staff;
GRANT SELECT, INSERT ON case_event, audit TO frist_staff;
GRANT SELECT ON attachment TO frist_staff;
GRANT UPDATE (value) ON setting TO frist_staff;
GRANT USAGE ON SEQUENCE award_no_seq, submission_no_seq TO frist_staff;
