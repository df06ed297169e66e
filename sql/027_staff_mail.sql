-- Staff e-mail (issue 11): the address the alerts and the daily digest
-- go to, and whether the staff member wants the digest.  '' means no
-- address: nothing is sent.  The CHECK is the database's own guard for
-- a plain ASCII address (the form validates first, with VT_EMAIL, and
-- says what is wrong); a non-ASCII domain must be given as punycode.
ALTER TABLE staff
	ADD COLUMN email text NOT NULL DEFAULT ''
		CHECK (email = '' OR (length(email) <= 254 AND
		    email ~ '^[!#-''*+/-9=?A-Z^-~.-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$')),
	ADD COLUMN digest boolean NOT NULL DEFAULT true;

-- The profile page reads and writes only these two of its own row (the
-- program's WHERE id = the session's staff member).
GRANT SELECT (email, digest), UPDATE (email, digest) ON staff TO frist_staff;

-- Whether the daily digest goes out on working days only (cgi/lib/alerts.h;
-- settings.h has the same default and label).
INSERT INTO setting (key, value, label) VALUES
	('mail.digest_workdays', '1', 'Daglig oversigt kun på arbejdsdage (1 = ja, 0 = nej)');
