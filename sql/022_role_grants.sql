-- The program roles get what their statements do and no more (issue 10).
--
-- The public portal could UPDATE every column of application and
-- submission, so a flaw in it could mark a case approved.  It now has
-- column grants for exactly the columns its statements write
-- (cgi/portal/sql.h), and a trigger pins the state changes that a column
-- list cannot: an application only from draft to submitted, a case only
-- from returned back to received.  Staff may update only the columns its
-- case decisions set.  tests/integration/t_roles.sh holds the whole list
-- of what each role may do and tries everything else.

-- --- the portal ---------------------------------------------------------

REVOKE INSERT, UPDATE ON application FROM frist_portal;
GRANT INSERT (pool_id, draft_no, resume_hash) ON application TO frist_portal;
GRANT UPDATE (org_name, cvr, contact_name, contact_email, contact_phone,
	title, description, period_start, period_end, requested_ore, updated,
	status, submitted, case_no)
	ON application TO frist_portal;

REVOKE INSERT, UPDATE ON submission FROM frist_portal;
GRANT INSERT (case_no, kind, obligation_id, award_id, received, source,
	progress, milestones, deviations) ON submission TO frist_portal;
GRANT UPDATE (status, version, source, progress, milestones, deviations,
	updated) ON submission TO frist_portal;

-- Files are added, never deleted, by applicants and recipients.
REVOKE INSERT, DELETE ON attachment FROM frist_portal;
GRANT INSERT (application_id, submission_id, purpose, filename, ctype, size,
	data) ON attachment TO frist_portal;

REVOKE INSERT ON case_event FROM frist_portal;
GRANT INSERT (submission_id, kind, message, by_recipient) ON case_event
	TO frist_portal;

REVOKE UPDATE ON applicant_session, recipient_session FROM frist_portal;
GRANT UPDATE (expires) ON applicant_session, recipient_session TO frist_portal;

-- What the portal may do to an application or a case, whatever it asks:
-- errors are 42501, as for a missing grant.
CREATE FUNCTION portal_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF current_user <> 'frist_portal' THEN
		RETURN NEW;
	END IF;
	IF TG_TABLE_NAME = 'application' THEN
		IF TG_OP = 'INSERT' THEN
			IF NEW.status = 'draft' THEN
				RETURN NEW;
			END IF;
		ELSIF OLD.status = 'draft' AND NEW.status = 'draft' THEN
			RETURN NEW;
		ELSIF OLD.status = 'draft' AND NEW.status = 'submitted' AND
		    NEW.case_no IS NOT NULL AND NEW.submitted = current_date THEN
			RETURN NEW;
		END IF;
		-- A sent application does not change (login throttles are in
		-- the programs' memory: sql/023_login_throttle.sql).
	ELSIF TG_TABLE_NAME = 'submission' THEN
		IF TG_OP = 'INSERT' THEN
			IF NEW.status = 'received' AND NEW.received = current_date AND
			    NEW.decided IS NULL AND NEW.handler_id IS NULL AND
			    NEW.award_id = (SELECT o.award_id FROM obligation o
			    WHERE o.id = NEW.obligation_id) THEN
				RETURN NEW;
			END IF;
		ELSIF OLD.status = 'returned' AND NEW.status = 'received' AND
		    NEW.version = OLD.version + 1 THEN
			RETURN NEW;
		END IF;
	END IF;
	RAISE EXCEPTION 'the portal may not make this change to %', TG_TABLE_NAME
	    USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER application_portal_guard BEFORE INSERT OR UPDATE ON application
	FOR EACH ROW EXECUTE FUNCTION portal_guard();
CREATE TRIGGER submission_portal_guard BEFORE INSERT OR UPDATE ON submission
	FOR EACH ROW EXECUTE FUNCTION portal_guard();

-- --- staff --------------------------------------------------------------

-- Taking, returning and deciding a case, and a repayment demand.
REVOKE UPDATE ON submission FROM frist_staff;
GRANT UPDATE (status, handler_id, decided, repayment_ore, updated)
	ON submission TO frist_staff;

-- A session's row is only ever moved on (SESSION_TOUCH).
REVOKE UPDATE ON staff_session FROM frist_staff;
GRANT UPDATE (expires) ON staff_session TO frist_staff;
