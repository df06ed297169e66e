-- The staff's list of obligations counts each one's reminders (outbox
-- rows keyed "remind:obl:<id>:<key>", cgi/lib/remindset.h): by this
-- index, per obligation listed, instead of a pass over every mail ever
-- queued on every view (cgi/staff/sql_oblig.h, OBLIG_LIST).
CREATE INDEX outbox_remind_obl ON outbox
	((substring(dedup FROM '^remind:obl:([0-9]+):')::bigint))
	WHERE dedup LIKE 'remind:obl:%';
