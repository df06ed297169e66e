-- The whistleblower channel (socialtilsynsloven § 11).
--
-- Report content, messages and files are encrypted by the programs with a
-- per-report key K (libsodium secretbox).  K is stored sealed to the
-- authority's public key (key_staff: only the staff program holds the
-- private key) and sealed with a key derived from the receipt code
-- (key_reporter).  The receipt code itself is never stored: lookup is one
-- half of its Argon2id hash.  Only the day of submission is kept.
--
-- frist_whistle has no privilege on any table here: it can only call the
-- SECURITY DEFINER functions below, which take the lookup hash and never
-- list or return another report.

CREATE TABLE whistle_cause (
	id		integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	label		text NOT NULL UNIQUE,
	sort		integer NOT NULL,
	active		boolean NOT NULL DEFAULT true
);
-- The categories the annual report names; the rest are local reference
-- data, edited by the authority (the system has 15 in all).
INSERT INTO whistle_cause (label, sort) VALUES
	('Ledelse – dårlig eller manglende', 10),
	('Socialfaglige kompetencer – dårlige eller manglende', 20),
	('Pædagogik', 30),
	('Økonomi', 40),
	('Misbrug', 50),
	('Omgangstone', 60),
	('Andet', 990);

CREATE SEQUENCE whistle_no_seq;

CREATE TABLE whistle_report (
	id		bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	case_no		text NOT NULL UNIQUE,
	lookup		bytea NOT NULL UNIQUE CHECK (length(lookup) = 32),
	received	date NOT NULL DEFAULT current_date,
	status		text NOT NULL DEFAULT 'received'
			CHECK (status IN ('received', 'treatment', 'closed')),
	-- What the reporter chose (categorical, kept for statistics).
	offer_type	text NOT NULL CHECK (offer_type IN ('plejefamilie',
			'boern_unge', 'voksen', 'kombineret')),
	relation	text NOT NULL CHECK (relation IN ('ansat', 'tidligere_ansat',
			'paaroerende', 'beboer', 'bisidder', 'nabo', 'fagperson',
			'myndighed', 'andet')),
	cause_id	integer REFERENCES whistle_cause,
	named		boolean NOT NULL,
	consent_received boolean NOT NULL DEFAULT false,
	consent_name	boolean NOT NULL DEFAULT false,
	consent_content	boolean NOT NULL DEFAULT false,
	-- Sealed keys and the encrypted report; NULL once deleted.
	key_staff	bytea,
	key_reporter	bytea,
	content		bytea,
	-- The authority's registration and triage.
	registered	date,
	reg_offer_type	text CHECK (reg_offer_type IN ('plejefamilie',
			'boern_unge', 'voksen', 'kombineret')),
	reg_cause_id	integer REFERENCES whistle_cause,
	risk		text CHECK (risk IN ('hoej', 'middel', 'lav')),
	actions		text[] NOT NULL DEFAULT '{}',
	triage		bytea,		-- encrypted: offer name, risk reason
	acknowledged	date,
	feedback	date,
	closed		date,
	closing_reason	text CHECK (closing_reason IN ('udenfor_kompetence',
			'videre_undersoegelse', 'uanmeldt_tilsyn', 'opkald',
			'andet')),
	purged		date,
	CHECK ((status = 'closed') = (closed IS NOT NULL))
);
CREATE INDEX whistle_report_status_idx ON whistle_report (status, received);

CREATE TABLE whistle_message (
	id		bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	report_id	bigint NOT NULL REFERENCES whistle_report ON DELETE CASCADE,
	day		date NOT NULL DEFAULT current_date,
	from_reporter	boolean NOT NULL,
	staff_id	bigint REFERENCES staff,
	internal	boolean NOT NULL DEFAULT false,
	body		bytea NOT NULL
);
CREATE INDEX whistle_message_report_idx ON whistle_message (report_id, id);

CREATE TABLE whistle_file (
	id		bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	report_id	bigint NOT NULL REFERENCES whistle_report ON DELETE CASCADE,
	day		date NOT NULL DEFAULT current_date,
	from_reporter	boolean NOT NULL,
	name		bytea NOT NULL,		-- encrypted file name
	data		bytea NOT NULL,		-- encrypted content
	size		integer NOT NULL
);

-- Failed receipt-code attempts per minute, for everyone together: no
-- client is ever identified, so the limit is global.
CREATE TABLE whistle_attempt (
	minute		timestamptz PRIMARY KEY,
	failures	integer NOT NULL
);

-- Every staff view, change and export.  Append-only, for everyone.
CREATE TABLE whistle_audit (
	id		bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	at		timestamptz NOT NULL DEFAULT now(),
	staff_id	bigint REFERENCES staff,
	report_id	bigint,
	action		text NOT NULL,
	detail		text NOT NULL DEFAULT ''
);
CREATE FUNCTION whistle_audit_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'whistle_audit is append-only';
END;
$$;
CREATE TRIGGER whistle_audit_frozen BEFORE UPDATE OR DELETE OR TRUNCATE
	ON whistle_audit FOR EACH STATEMENT EXECUTE FUNCTION whistle_audit_frozen();

INSERT INTO setting (key, value, label) VALUES
	('whistle.retention_days', '730', 'Indhold af lukkede whistleblowersager slettes efter (dage)'),
	('whistle.max_failures_per_minute', '60', 'Forkerte kvitteringskoder pr. minut (alle tilsammen) før pause');

-- The public program's whole interface.  All SECURITY DEFINER with a
-- fixed search_path; none lists reports or returns another report.

CREATE FUNCTION whistle_submit(p_lookup bytea, p_offer_type text,
    p_relation text, p_cause integer, p_named boolean, p_c_received boolean,
    p_c_name boolean, p_c_content boolean, p_key_staff bytea,
    p_key_reporter bytea, p_content bytea)
RETURNS bigint LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
	INSERT INTO whistle_report (case_no, lookup, offer_type, relation,
	    cause_id, named, consent_received, consent_name, consent_content,
	    key_staff, key_reporter, content)
	VALUES ('WB-' || to_char(current_date, 'YYYY') || '-' ||
	    lpad(nextval('whistle_no_seq')::text, 5, '0'), p_lookup,
	    p_offer_type, p_relation, p_cause, p_named, p_c_received, p_c_name,
	    p_c_content, p_key_staff, p_key_reporter, p_content)
	RETURNING id;
$$;

-- Files of a report being submitted or of a mailbox reply.
CREATE FUNCTION whistle_add_file(p_lookup bytea, p_name bytea, p_data bytea,
    p_size integer)
RETURNS boolean LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
	INSERT INTO whistle_file (report_id, from_reporter, name, data, size)
	SELECT id, true, p_name, p_data, p_size FROM whistle_report
	WHERE lookup = p_lookup AND purged IS NULL
	RETURNING true;
$$;

CREATE FUNCTION whistle_reply(p_lookup bytea, p_body bytea)
RETURNS boolean LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
	INSERT INTO whistle_message (report_id, from_reporter, body)
	SELECT id, true, p_body FROM whistle_report
	WHERE lookup = p_lookup AND purged IS NULL AND status <> 'closed'
	RETURNING true;
$$;

-- The reporter's view: the report's own status, its reporter key, and
-- the messages and files that are not internal.
CREATE FUNCTION whistle_mailbox(p_lookup bytea)
RETURNS TABLE (kind text, status text, day date, from_reporter boolean,
    item bytea, item2 bytea, size integer, fid bigint)
LANGUAGE sql SECURITY DEFINER SET search_path = public STABLE AS $$
	SELECT 'report', r.status, coalesce(r.closed, r.received), NULL::boolean,
	    r.key_reporter, r.content, NULL::integer, NULL::bigint
	FROM whistle_report r WHERE r.lookup = p_lookup AND r.purged IS NULL
	UNION ALL
	(SELECT 'message', NULL, m.day, m.from_reporter, m.body, NULL, NULL, m.id
	FROM whistle_message m JOIN whistle_report r ON r.id = m.report_id
	WHERE r.lookup = p_lookup AND r.purged IS NULL AND NOT m.internal
	ORDER BY m.id)
	UNION ALL
	(SELECT 'file', NULL, f.day, f.from_reporter, f.name, NULL, f.size, f.id
	FROM whistle_file f JOIN whistle_report r ON r.id = f.report_id
	WHERE r.lookup = p_lookup AND r.purged IS NULL ORDER BY f.id);
$$;

CREATE FUNCTION whistle_file_get(p_lookup bytea, p_id bigint)
RETURNS TABLE (name bytea, data bytea)
LANGUAGE sql SECURITY DEFINER SET search_path = public STABLE AS $$
	SELECT f.name, f.data FROM whistle_file f
	JOIN whistle_report r ON r.id = f.report_id
	WHERE r.lookup = p_lookup AND f.id = p_id AND r.purged IS NULL;
$$;

-- Counts a failed code and says whether this minute's limit is reached.
CREATE FUNCTION whistle_failed() RETURNS void LANGUAGE sql SECURITY DEFINER
SET search_path = public AS $$
	INSERT INTO whistle_attempt (minute, failures)
	VALUES (date_trunc('minute', now()), 1)
	ON CONFLICT (minute) DO UPDATE SET failures = whistle_attempt.failures + 1;
	DELETE FROM whistle_attempt WHERE minute < now() - interval '1 hour';
$$;

CREATE FUNCTION whistle_throttled() RETURNS boolean LANGUAGE sql
SECURITY DEFINER SET search_path = public STABLE AS $$
	SELECT coalesce((SELECT failures FROM whistle_attempt
	    WHERE minute = date_trunc('minute', now())), 0) >=
	    (SELECT value::integer FROM setting
	    WHERE key = 'whistle.max_failures_per_minute');
$$;

-- Retention: the content of reports closed longer ago than the setting is
-- deleted and their keys destroyed; the categorical counts remain.
CREATE FUNCTION whistle_purge() RETURNS integer LANGUAGE sql
SECURITY DEFINER SET search_path = public AS $$
	WITH old AS (
		UPDATE whistle_report SET key_staff = NULL, key_reporter = NULL,
		    content = NULL, triage = NULL, purged = current_date
		WHERE status = 'closed' AND purged IS NULL AND closed <
		    current_date - (SELECT value::integer FROM setting
		    WHERE key = 'whistle.retention_days')
		RETURNING id
	), m AS (
		DELETE FROM whistle_message WHERE report_id IN (SELECT id FROM old)
	), f AS (
		DELETE FROM whistle_file WHERE report_id IN (SELECT id FROM old)
	)
	SELECT count(*)::integer FROM old;
$$;

REVOKE ALL ON FUNCTION whistle_submit, whistle_add_file, whistle_reply,
    whistle_mailbox, whistle_file_get, whistle_failed, whistle_throttled,
    whistle_purge FROM PUBLIC;
GRANT EXECUTE ON FUNCTION whistle_submit, whistle_add_file, whistle_reply,
    whistle_mailbox, whistle_file_get, whistle_failed, whistle_throttled
    TO frist_whistle;
GRANT SELECT ON whistle_cause TO frist_whistle;

-- Staff with the whistleblower role (checked by the program) see reports.
GRANT SELECT ON whistle_cause TO frist_staff;
GRANT SELECT, UPDATE (status, registered, reg_offer_type, reg_cause_id, risk,
    actions, triage, acknowledged, feedback, closed, closing_reason)
    ON whistle_report TO frist_staff;
GRANT SELECT, INSERT ON whistle_message, whistle_file TO frist_staff;
GRANT SELECT, INSERT ON whistle_audit TO frist_staff;
GRANT EXECUTE ON FUNCTION whistle_purge TO frist_staff;

-- The public form caches the cause list per worker (see page_form.c).
CREATE FUNCTION whistle_cause_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_notify('whistle_cause_changed', '');
	RETURN NULL;
END;
$$;
CREATE TRIGGER whistle_cause_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON whistle_cause
	FOR EACH STATEMENT EXECUTE FUNCTION whistle_cause_changed();
