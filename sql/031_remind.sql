-- The reminder scheduler (issue 11): tools/frist-remind, as the role
-- frist_remind (made by tools/frist-ctl like the mailer's).  Each day it
-- queues the reminders to grants' contact e-mails, the whistleblower
-- deadline alerts and the staff's daily digests in the outbox, where
-- frist-mailer sends them.  It may read exactly the columns it reads and
-- add outbox rows as cgi/lib/outbox.c writes them; nothing else (no
-- report content, no access hash, no case text, no password hash).
GRANT USAGE ON SCHEMA public TO frist_remind;

-- The settings (SETTINGS_SQL in cgi/lib/db.h).
GRANT SELECT (key, value) ON setting TO frist_remind;

-- The reminders: obligations not received, and their grants' addresses.
GRANT SELECT (id, award_id, kind, seq, due) ON obligation TO frist_remind;
GRANT SELECT (id, grant_no, contact_email) ON award TO frist_remind;

-- Received (an obligation named by a submission) and the digest's open
-- cases with their clocks: days, numbers and the handler only.
GRANT SELECT (id, case_no, obligation_id, award_id, external_grant,
	received, decided, handler_id) ON submission TO frist_remind;
GRANT SELECT (submission_id, started, ended) ON case_pause TO frist_remind;

-- Who gets the alerts and digests.
GRANT SELECT (id, name, email, digest, active, roles) ON staff TO frist_remind;

-- The whistleblower deadlines: a report's days and nothing else.
GRANT SELECT (id, received, registered, acknowledged, feedback, closed)
	ON whistle_report TO frist_remind;

-- The mails (outbox_add: INSERT ... ON CONFLICT (dedup) DO NOTHING, which
-- needs SELECT on dedup).
GRANT INSERT (kind, to_addr, subject, body, dedup) ON outbox TO frist_remind;
GRANT SELECT (dedup) ON outbox TO frist_remind;
GRANT USAGE ON SEQUENCE outbox_id_seq TO frist_remind;
