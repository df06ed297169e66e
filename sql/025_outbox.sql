-- The outbox (issue 11): every mail frist sends is a row here, written in
-- the same transaction as the event that causes it, so that a mail is
-- never lost and never sent for something that was rolled back.
-- tools/frist-mailer sends the rows over SMTP (README, "Mail").
--
-- dedup names the EVENT a mail is about ('remind:obl:123:d-14'), never a
-- person: a second INSERT for the same event does nothing (ON CONFLICT
-- (dedup) DO NOTHING, cgi/lib/outbox.c).  The kinds are the list in
-- cgi/lib/mailkind.h (tests/unit/check_mailmsg.c holds one against the
-- other).  last_error is short and never holds an address or content.
CREATE TABLE outbox (
	id		bigserial PRIMARY KEY,
	kind		text NOT NULL CHECK (kind IN ('test', 'remind_before',
			    'remind_due', 'remind_overdue', 'receipt',
			    'case_returned', 'case_approved', 'case_rejected',
			    'case_message', 'wb_new', 'wb_reply', 'wb_deadline',
			    'digest')),
	to_addr		text NOT NULL CHECK (length(to_addr) BETWEEN 3 AND 254),
	subject		text NOT NULL CHECK (length(subject) <= 400),
	body		text NOT NULL,
	dedup		text UNIQUE CHECK (length(dedup) <= 200),
	created_at	timestamptz NOT NULL DEFAULT now(),
	not_before	timestamptz NOT NULL DEFAULT now(),
	attempts	integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
	next_try	timestamptz NOT NULL DEFAULT now(),
	state		text NOT NULL DEFAULT 'queued' CHECK (state IN
			    ('queued', 'sending', 'sent', 'failed')),
	claimed_at	timestamptz,
	claimed_by	text,
	sent_at		timestamptz,
	last_error	text CHECK (length(last_error) <= 200),
	message_id	text
);

-- What the mailer looks for: due rows, and rows left in 'sending'.
CREATE INDEX outbox_due ON outbox (next_try) WHERE state = 'queued';
CREATE INDEX outbox_sending ON outbox (claimed_at) WHERE state = 'sending';
-- The staff's listing, newest first.
CREATE INDEX outbox_created ON outbox (created_at);

-- The mailer LISTENs on "outbox"; a notification is delivered at commit,
-- so it never wakes for a row that was rolled back.
CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_notify('outbox', '');
	RETURN NULL;
END;
$$;
CREATE TRIGGER outbox_notify AFTER INSERT ON outbox
	FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();

-- The programs write mails; staff lists them without their content.
-- SELECT (dedup) is what ON CONFLICT (dedup) needs; the whistle program
-- gets nothing here (its mails, if any, go through a SECURITY DEFINER
-- function that says nothing about the report).
GRANT INSERT (kind, to_addr, subject, body, dedup, not_before)
	ON outbox TO frist_portal, frist_staff;
GRANT SELECT (dedup) ON outbox TO frist_portal;
GRANT SELECT (id, kind, to_addr, subject, dedup, created_at, not_before,
	attempts, next_try, state, claimed_at, sent_at, last_error, message_id)
	ON outbox TO frist_staff;
GRANT USAGE ON SEQUENCE outbox_id_seq TO frist_portal, frist_staff;

-- The mailer (its role is made by tools/frist-ctl like the programs').
GRANT USAGE ON SCHEMA public TO frist_mailer;
GRANT SELECT ON outbox TO frist_mailer;
GRANT UPDATE (state, attempts, next_try, claimed_at, claimed_by, sent_at,
	last_error, message_id) ON outbox TO frist_mailer;
