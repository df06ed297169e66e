-- The grant's contact e-mail (issue 11): where the reminders and receipts
-- of a grant go.  It starts as the application's contact address and the
-- recipient changes it at /grants/my/contact.  Awards imported without an
-- application keep '' until someone sets one.
--
-- Only plain ASCII addresses are stored (no SMTPUTF8 is assumed of the
-- agency's relay), the same rule as VT_EMAIL in cgi/lib/valid.c: printable
-- ASCII without spaces or <>()[]\,;:", one '@', a domain with a dot and no
-- empty label, at most 254 characters.
CREATE FUNCTION email_plain(e text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
	SELECT length(e) <= 254 AND e ~ ('^[A-Za-z0-9!#$%&''*+./=?^_`{|}~-]+'
	    '@[A-Za-z0-9!#$%&''*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&''*+/=?^_`{|}~-]+)+$')
$$;

ALTER TABLE award ADD COLUMN contact_email text NOT NULL DEFAULT ''
	CONSTRAINT award_contact_email_check
	CHECK (contact_email = '' OR email_plain(contact_email));

-- Existing grants get their application's address where it is a plain one
-- (older applications were not held to ASCII).
UPDATE award w SET contact_email = a.contact_email
	FROM application a
	WHERE a.id = w.application_id AND email_plain(a.contact_email);

-- The portal reads the address and changes it, nothing else of a grant
-- (its statement is keyed by the session's own award, cgi/portal/sql.h).
GRANT SELECT (contact_email), UPDATE (contact_email) ON award TO frist_portal;

-- Every change of the address is audited by the database itself, so that
-- no path can skip it and the portal needs no privilege on audit: who
-- changed it (the recipient through the portal, or the database role),
-- from what to what.
CREATE FUNCTION award_contact_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
	INSERT INTO audit (entity, entity_id, action, detail)
	VALUES ('award', NEW.id, 'contact_email',
	    CASE session_user WHEN 'frist_portal' THEN 'recipient'
	    ELSE session_user::text END || ': ' ||
	    OLD.contact_email || ' -> ' || NEW.contact_email);
	RETURN NEW;
END;
$$;
-- A trigger's function needs no EXECUTE of the role that fires it.
REVOKE EXECUTE ON FUNCTION award_contact_audit() FROM PUBLIC;
CREATE TRIGGER award_contact_audit AFTER UPDATE OF contact_email ON award
	FOR EACH ROW WHEN (OLD.contact_email IS DISTINCT FROM NEW.contact_email)
	EXECUTE FUNCTION award_contact_audit();
