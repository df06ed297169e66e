-- The public grant portal: the versions of a case, and one-time form keys.
--
-- A status report or an account that is returned for correction and sent
-- again keeps its row in submission (so its clock keeps its received day),
-- but each version that was sent is kept here as it was: its content, its
-- account lines and which files belonged to it.  Versions are immutable.

CREATE TABLE submission_version (
	submission_id	bigint NOT NULL REFERENCES submission,
	version		integer NOT NULL CHECK (version >= 1),
	submitted	timestamptz NOT NULL DEFAULT now(),
	source		text NOT NULL CHECK (source IN ('form', 'xml', 'import')),
	progress	text NOT NULL DEFAULT '',
	milestones	text NOT NULL DEFAULT '',
	deviations	text NOT NULL DEFAULT '',
	PRIMARY KEY (submission_id, version)
);

CREATE TABLE submission_version_line (
	submission_id	bigint NOT NULL,
	version		integer NOT NULL,
	lineno		integer NOT NULL CHECK (lineno BETWEEN 1 AND 200),
	text		text NOT NULL,
	budget_ore	bigint NOT NULL CHECK (budget_ore >= 0),
	actual_ore	bigint NOT NULL CHECK (actual_ore >= 0),
	explanation	text NOT NULL DEFAULT '',
	PRIMARY KEY (submission_id, version, lineno),
	FOREIGN KEY (submission_id, version) REFERENCES submission_version
);

-- A file that belonged to a version can no longer be deleted.
CREATE TABLE submission_version_file (
	submission_id	bigint NOT NULL,
	version		integer NOT NULL,
	attachment_id	bigint NOT NULL REFERENCES attachment,
	PRIMARY KEY (submission_id, version, attachment_id),
	FOREIGN KEY (submission_id, version) REFERENCES submission_version
);

CREATE FUNCTION submission_version_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION '% is append-only: a version that was sent stays as it was', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER submission_version_frozen BEFORE UPDATE OR DELETE OR TRUNCATE
	ON submission_version FOR EACH STATEMENT
	EXECUTE FUNCTION submission_version_frozen();
CREATE TRIGGER submission_version_frozen BEFORE UPDATE OR DELETE OR TRUNCATE
	ON submission_version_line FOR EACH STATEMENT
	EXECUTE FUNCTION submission_version_frozen();
CREATE TRIGGER submission_version_frozen BEFORE UPDATE OR DELETE OR TRUNCATE
	ON submission_version_file FOR EACH STATEMENT
	EXECUTE FUNCTION submission_version_frozen();

-- When the current version of a submission was sent, from its trail.
CREATE FUNCTION submission_sent(p_sid bigint) RETURNS timestamptz
LANGUAGE sql STABLE AS $$
	SELECT coalesce((SELECT max(e.at) FROM case_event e
	    WHERE e.submission_id = s.id AND e.kind IN ('received', 'resubmitted')),
	    s.received::timestamptz)
	FROM submission s WHERE s.id = p_sid;
$$;

-- Records the submission as it stands now as its current version: the
-- content, the account lines, and the given files (only files of this
-- submission are taken), sent at p_at.  Runs with the caller's rights.
CREATE FUNCTION submission_snapshot(p_sid bigint, p_files bigint[],
    p_at timestamptz DEFAULT now())
RETURNS integer LANGUAGE sql AS $$
	INSERT INTO submission_version (submission_id, version, submitted,
	    source, progress, milestones, deviations)
	SELECT id, version, p_at, source, progress, milestones, deviations
	FROM submission WHERE id = p_sid;
	INSERT INTO submission_version_line (submission_id, version, lineno,
	    text, budget_ore, actual_ore, explanation)
	SELECT l.submission_id, s.version, l.lineno, l.text, l.budget_ore,
	    l.actual_ore, l.explanation
	FROM account_line l JOIN submission s ON s.id = l.submission_id
	WHERE s.id = p_sid;
	INSERT INTO submission_version_file (submission_id, version, attachment_id)
	SELECT s.id, s.version, a.id
	FROM submission s JOIN attachment a ON a.submission_id = s.id
	WHERE s.id = p_sid AND a.id = ANY (p_files);
	SELECT version FROM submission WHERE id = p_sid;
$$;

-- What was sent before this migration: its last version, with every file.
INSERT INTO submission_version (submission_id, version, submitted, source,
    progress, milestones, deviations)
SELECT id, version, submission_sent(id), source, progress, milestones,
    deviations
FROM submission WHERE source <> 'import';
INSERT INTO submission_version_line
SELECT l.submission_id, s.version, l.lineno, l.text, l.budget_ore,
    l.actual_ore, l.explanation
FROM account_line l JOIN submission s ON s.id = l.submission_id
WHERE s.source <> 'import';
INSERT INTO submission_version_file
SELECT s.id, s.version, a.id
FROM attachment a JOIN submission s ON s.id = a.submission_id
WHERE s.source <> 'import';

-- One-time form keys (app_once_new): the hash of the key of a form whose
-- POST created something, and what it created, so that a repeat of the
-- same POST gets the first result instead of a second record.
CREATE TABLE portal_once (
	hash		text PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
	application_id	bigint REFERENCES application ON DELETE CASCADE,
	submission_id	bigint REFERENCES submission ON DELETE CASCADE,
	created		timestamptz NOT NULL DEFAULT now()
);

GRANT SELECT, INSERT ON submission_version, submission_version_line,
	submission_version_file TO frist_portal;
GRANT SELECT ON submission_version, submission_version_line,
	submission_version_file TO frist_staff;
REVOKE EXECUTE ON FUNCTION submission_snapshot(bigint, bigint[], timestamptz),
	submission_sent(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION submission_snapshot(bigint, bigint[], timestamptz),
	submission_sent(bigint) TO frist_portal;
GRANT SELECT, INSERT, UPDATE (application_id, submission_id) ON portal_once
	TO frist_portal;
