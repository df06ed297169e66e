-- frist base schema: pools, staff accounts and their sessions.
-- Runs as the database owner; the program roles frist_portal,
-- frist_whistle and frist_staff exist already (tools/frist-ctl makes them)
-- and get only what their program needs.

REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO frist_portal, frist_whistle, frist_staff;

-- Ansøgningspuljer.  Amounts are integer øre, never floating point.
CREATE TABLE pool (
	id			bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	name			text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
	theme			text NOT NULL CHECK (length(theme) BETWEEN 1 AND 100),
	purpose			text NOT NULL DEFAULT '' CHECK (length(purpose) <= 20000),
	amount_ore		bigint NOT NULL CHECK (amount_ore >= 0),
	fin_year		integer NOT NULL CHECK (fin_year BETWEEN 2000 AND 2100),
	opens			date NOT NULL,
	closes			date NOT NULL,
	application_based	text NOT NULL DEFAULT 'ja',
	disbursement_deadline	date,
	legal_basis		text NOT NULL DEFAULT '',
	status			text NOT NULL DEFAULT 'draft'
				CHECK (status IN ('draft', 'open', 'closed', 'disbursed')),
	created			timestamptz NOT NULL DEFAULT now(),
	CHECK (closes >= opens)
);
CREATE INDEX pool_status_idx ON pool (status, closes);

CREATE TABLE staff (
	id			bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	username		text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{1,64}$'),
	name			text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
	pw_hash			text NOT NULL CHECK (pw_hash LIKE '$argon2id$%'),
	roles			text[] NOT NULL DEFAULT '{}',
	active			boolean NOT NULL DEFAULT true,
	failed_logins		integer NOT NULL DEFAULT 0,
	locked_until		timestamptz,
	last_login		timestamptz,
	created			timestamptz NOT NULL DEFAULT now()
);

-- Only the hash of the session token is stored.
CREATE TABLE staff_session (
	token_hash		text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
	staff_id		bigint NOT NULL REFERENCES staff ON DELETE CASCADE,
	created			timestamptz NOT NULL DEFAULT now(),
	expires			timestamptz NOT NULL,
	absolute_expires	timestamptz NOT NULL
);
CREATE INDEX staff_session_expires_idx ON staff_session (expires);

GRANT SELECT ON pool TO frist_portal, frist_staff;
GRANT SELECT (id, username, name, pw_hash, roles, active, failed_logins, locked_until),
	UPDATE (failed_logins, locked_until, last_login) ON staff TO frist_staff;
GRANT SELECT, INSERT, UPDATE, DELETE ON staff_session TO frist_staff;
