-- One e-mail address rule for the database.  It is the mailer's
-- mailmsg_addr_ok() (cgi/lib/mailmsg.h), which the forms' VT_EMAIL
-- (cgi/lib/valid.c) calls too, said as a regex, so that the database
-- stores no address frist could not send to.  tests/data/addrs.txt holds
-- the three to each other (tests/unit/check_valid.c for the C side,
-- tests/integration/t_profile.sh for this function): change them together.
--
-- sql/027 gave staff.email a CHECK regex of its own and sql/028 made
-- email_plain() for award.contact_email; both differed from the mailer's
-- rule.  Now both columns use this one function.
--
-- The rule, in ASCII only (no SMTPUTF8 is assumed of the agency's relay;
-- a domain with æ, ø or å is written as punycode, xn--...):
--   at most 254 characters in all, at most 64 before the '@';
--   the local part a dot-atom: RFC 5322 atext, dots only between them;
--   one '@';
--   the domain two or more labels of letters, digits and inner hyphens,
--   each 1..63 long, the last not all digits (no address literals).
-- (The domain's own limit, 253, follows from the others.)
CREATE OR REPLACE FUNCTION email_plain(e text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
	SELECT e ~ ('^(?=.{1,254}$)(?=[^@]{1,64}@)'
	    '[A-Za-z0-9!#$%&''*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&''*+/=?^_`{|}~-]+)*'
	    '@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+'
	    '(?![0-9]+$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$')
$$;

-- An address stored under the older rules that the mailer refuses is of
-- no use (nothing can be sent to it) and would make any later UPDATE of
-- its row fail the CHECK: it becomes '' (no address), and the change is
-- audited (award.contact_email by its own trigger, sql/028).
UPDATE award SET contact_email = ''
	WHERE contact_email <> '' AND NOT email_plain(contact_email);

ALTER TABLE staff DROP CONSTRAINT staff_email_check;
INSERT INTO audit (entity, entity_id, action, detail)
	SELECT 'staff', id, 'profile',
	    'e-mail ' || email || ' -> (ingen): ikke en adresse, der kan sendes til (sql/029)'
	FROM staff WHERE email <> '' AND NOT email_plain(email);
UPDATE staff SET email = '' WHERE email <> '' AND NOT email_plain(email);
ALTER TABLE staff ADD CONSTRAINT staff_email_check
	CHECK (email = '' OR email_plain(email));
