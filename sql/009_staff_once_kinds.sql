-- The award's form and the form of a new whistleblower cause carry a
-- one-time key too.  The award: a repeat of the confirmed
-- award (double click, reload) is answered as the first was, with the
-- same access code (derived from the key), instead of "already awarded"
-- without the code that was shown only in the answer the browser dropped.
ALTER TABLE staff_once DROP CONSTRAINT staff_once_kind_check;
ALTER TABLE staff_once ADD CONSTRAINT staff_once_kind_check
	CHECK (kind IN ('pool', 'case', 'import', 'award', 'cause'));
