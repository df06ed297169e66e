-- The whistleblower channel in a browser: answers that are safe to
-- repeat (reload, double click), closing that counts only what was
-- written to the reporter, and the closing reason in the mailbox.

-- One-time form keys (app_once_new) of the channel's forms that create
-- something on a report: a mailbox reply; on the staff side a message, a
-- note, a registration, a closing.  Only a hash of the key is kept, with
-- the report it was used on.  A repeat of the same POST finds it and
-- changes nothing.  (The report form needs none: its receipt code is
-- derived from its key and content, so a repeat finds the report by the
-- code's lookup hash; see whistle_submit.)
CREATE TABLE whistle_once (
	key_hash	text PRIMARY KEY CHECK (key_hash ~ '^[0-9a-f]{64}$'),
	report_id	bigint NOT NULL REFERENCES whistle_report ON DELETE CASCADE
);
GRANT SELECT, INSERT ON whistle_once TO frist_staff;

-- A new report, or false if the report with this lookup hash exists
-- already: a repeat of the same POST gives the same receipt code and so
-- the same lookup, and the program then stores no files either.
DROP FUNCTION whistle_submit(bytea, text, text, integer, boolean, boolean,
    boolean, boolean, bytea, bytea, bytea);
CREATE FUNCTION whistle_submit(p_lookup bytea, p_offer_type text,
    p_relation text, p_cause integer, p_named boolean, p_c_received boolean,
    p_c_name boolean, p_c_content boolean, p_key_staff bytea,
    p_key_reporter bytea, p_content bytea)
RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
AS $$
BEGIN
	-- The common repeat (a reload) takes no case number.
	PERFORM 1 FROM whistle_report WHERE lookup = p_lookup;
	IF FOUND THEN
		RETURN false;
	END IF;
	-- Two at once (a double click): the second waits for the first.
	INSERT INTO whistle_report (case_no, lookup, offer_type, relation,
	    cause_id, named, consent_received, consent_name, consent_content,
	    key_staff, key_reporter, content)
	VALUES ('WB-' || to_char(current_date, 'YYYY') || '-' ||
	    lpad(nextval('whistle_no_seq')::text, 5, '0'), p_lookup,
	    p_offer_type, p_relation, p_cause, p_named, p_c_received, p_c_name,
	    p_c_content, p_key_staff, p_key_reporter, p_content)
	ON CONFLICT (lookup) DO NOTHING;
	RETURN FOUND;
END;
$$;

-- Files only for a report still open.
CREATE OR REPLACE FUNCTION whistle_add_file(p_lookup bytea, p_name bytea,
    p_data bytea, p_size integer)
RETURNS boolean LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
	INSERT INTO whistle_file (report_id, from_reporter, name, data, size)
	SELECT id, true, p_name, p_data, p_size FROM whistle_report
	WHERE lookup = p_lookup AND purged IS NULL AND status <> 'closed'
	RETURNING true;
$$;

-- A mailbox reply under a one-time key: 'sent' (the program then stores
-- the reply's files), 'repeat' (this key was used: nothing changes),
-- 'closed' (no more replies) or 'unknown'.  p_body is NULL for a reply
-- of files only.
DROP FUNCTION whistle_reply(bytea, bytea);
CREATE FUNCTION whistle_reply_once(p_lookup bytea, p_key_hash text,
    p_body bytea)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
	v_id		bigint;
	v_status	text;
BEGIN
	-- Replies to one report one at a time, so a double click waits.
	SELECT id, status INTO v_id, v_status FROM whistle_report
	WHERE lookup = p_lookup AND purged IS NULL FOR UPDATE;
	IF NOT FOUND THEN
		RETURN 'unknown';
	END IF;
	PERFORM 1 FROM whistle_once WHERE key_hash = p_key_hash;
	IF FOUND THEN
		RETURN 'repeat';
	END IF;
	IF v_status = 'closed' THEN
		RETURN 'closed';
	END IF;
	INSERT INTO whistle_once (key_hash, report_id) VALUES (p_key_hash, v_id);
	IF p_body IS NOT NULL THEN
		INSERT INTO whistle_message (report_id, from_reporter, body)
		VALUES (v_id, true, p_body);
	END IF;
	RETURN 'sent';
END;
$$;

-- The reporter's view, now with the closing reason (a code; the program
-- explains it in plain Danish).
DROP FUNCTION whistle_mailbox(bytea);
CREATE FUNCTION whistle_mailbox(p_lookup bytea)
RETURNS TABLE (kind text, status text, day date, from_reporter boolean,
    item bytea, item2 bytea, size integer, fid bigint, reason text)
LANGUAGE sql SECURITY DEFINER SET search_path = public STABLE AS $$
	SELECT 'report', r.status, coalesce(r.closed, r.received), NULL::boolean,
	    r.key_reporter, r.content, NULL::integer, NULL::bigint,
	    r.closing_reason
	FROM whistle_report r WHERE r.lookup = p_lookup AND r.purged IS NULL
	UNION ALL
	(SELECT 'message', NULL, m.day, m.from_reporter, m.body, NULL, NULL, m.id,
	    NULL
	FROM whistle_message m JOIN whistle_report r ON r.id = m.report_id
	WHERE r.lookup = p_lookup AND r.purged IS NULL AND NOT m.internal
	ORDER BY m.id)
	UNION ALL
	(SELECT 'file', NULL, f.day, f.from_reporter, f.name, NULL, f.size, f.id,
	    NULL
	FROM whistle_file f JOIN whistle_report r ON r.id = f.report_id
	WHERE r.lookup = p_lookup AND r.purged IS NULL ORDER BY f.id);
$$;

-- Retention also forgets the one-time keys of a purged report.
CREATE OR REPLACE FUNCTION whistle_purge() RETURNS integer LANGUAGE sql
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
	), o AS (
		DELETE FROM whistle_once WHERE report_id IN (SELECT id FROM old)
	)
	SELECT count(*)::integer FROM old;
$$;

REVOKE ALL ON FUNCTION whistle_submit, whistle_reply_once, whistle_mailbox
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION whistle_submit, whistle_reply_once, whistle_mailbox
    TO frist_whistle;
