-- The whistleblower mails (issue 11): a new report and a reporter's reply
-- each queue one mail to every active staff member with the whistleblower
-- role and an address.  The whistle program's role may not see staff
-- addresses or the outbox, so a trigger does it as the owner of this
-- function (the admin role that runs the migrations), with search_path
-- fixed.  The mail names nothing of the report: no content, no offer, no
-- case number; only that something arrived and where to log in.  It
-- goes with the next full hour's batch, dated to the hour (below).
--
-- The text is here and only here (the whistle program has no part in it);
-- the link is the configured base_url, which frist-ctl keeps in the
-- database setting frist.base_url (ALTER DATABASE, write_configs).
-- Keys: 'wb_new:<report>:<staff>', 'wb_reply:<message>:<staff>'.
CREATE FUNCTION wb_mail_queue() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
	base	text := coalesce(current_setting('frist.base_url', true), '');
	k	text;
	subj	text;
	txt	text;
BEGIN
	IF TG_TABLE_NAME = 'whistle_message' THEN
		IF NOT NEW.from_reporter THEN
			RETURN NULL;
		END IF;
		k := 'wb_reply';
		subj := 'Nyt svar i whistleblowerordningen';
		txt := E'Der er kommet et nyt svar fra en indberetter i whistleblowerordningen.\n\n' ||
		    'Log ind og se det her: ' || base || E'/staff/whistle/\n\n';
	ELSE
		k := 'wb_new';
		subj := 'Ny indberetning i whistleblowerordningen';
		txt := E'Der er kommet en ny indberetning i whistleblowerordningen.\n\n' ||
		    'Log ind og se den her: ' || base || E'/staff/whistle/\n\n';
	END IF;
	txt := txt || E'Mailen siger med vilje ikke mere, af hensyn til indberetteren.\n\n' ||
	    E'-- \nDenne mail er sendt automatisk. Du kan ikke svare på den.\n';
	-- Not even the outbox may say when someone reported (the report
	-- keeps its day only): the row is dated to the hour and waits for
	-- the next full hour, with every other report of that hour.
	INSERT INTO outbox (kind, to_addr, subject, body, dedup, created_at,
	    not_before, next_try)
	SELECT k, s.email, subj, txt, k || ':' || NEW.id || ':' || s.id,
	    date_trunc('hour', now()), date_trunc('hour', now()) + interval '1 hour',
	    date_trunc('hour', now()) + interval '1 hour'
	FROM staff s
	WHERE s.active AND 'whistleblower' = ANY (s.roles) AND s.email <> ''
	ON CONFLICT (dedup) DO NOTHING;
	RETURN NULL;
END;
$$;
REVOKE ALL ON FUNCTION wb_mail_queue() FROM PUBLIC;

CREATE TRIGGER whistle_report_mail AFTER INSERT ON whistle_report
	FOR EACH ROW EXECUTE FUNCTION wb_mail_queue();
CREATE TRIGGER whistle_message_mail AFTER INSERT ON whistle_message
	FOR EACH ROW EXECUTE FUNCTION wb_mail_queue();
