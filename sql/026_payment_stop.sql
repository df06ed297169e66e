-- Reminders and the payment stop (issue 11).  The settings of the
-- reminder schedule (cgi/lib/remind.h) and of /staff/obligations/, and a
-- payment stop on a grant: staff set it (typically when the accounts are
-- overdue) and clear it, each with a reason and an audit row; the columns
-- hold the last change.  The recipient sees the flag, the day and the
-- reason (the form says so), not who set it.
INSERT INTO setting (key, value, label) VALUES
	('grants.remind_before_days_1', '14', 'Første påmindelse om en frist: dage før (0 = ingen)'),
	('grants.remind_before_days_2', '3', 'Anden påmindelse om en frist: dage før (0 = ingen)'),
	('grants.remind_overdue_every_days', '7', 'Påmindelse efter overskredet frist: hver (dage)'),
	('grants.remind_overdue_max', '4', 'Højst antal påmindelser efter overskredet frist'),
	('grants.remind_working_days', '0', 'Påmindelser kun på arbejdsdage (1 = ja, 0 = nej)'),
	('grants.obligations_soon_days', '14', 'Oversigten over frister viser så mange dage frem'),
	('grants.payment_stop_days', '30', 'Betalingsstop foreslås, når regnskabet er så mange dage forsinket');

ALTER TABLE award
	ADD COLUMN payment_stop boolean NOT NULL DEFAULT false,
	ADD COLUMN payment_stop_at timestamptz,
	ADD COLUMN payment_stop_by bigint REFERENCES staff,
	ADD COLUMN payment_stop_reason text NOT NULL DEFAULT ''
	    CHECK (length(payment_stop_reason) <= 2000),
	ADD CHECK (NOT payment_stop OR (payment_stop_at IS NOT NULL AND
	    payment_stop_reason <> ''));

-- The form that sets or clears it carries a one-time key.  After
-- sql/021, which set the list of kinds last.
ALTER TABLE staff_once DROP CONSTRAINT staff_once_kind_check;
ALTER TABLE staff_once ADD CONSTRAINT staff_once_kind_check
	CHECK (kind IN ('pool', 'case', 'import', 'award', 'cause',
	'goal_version', 'goal', 'plan_result', 'plan_followup', 'plan_new',
	'payment_stop'));

GRANT UPDATE (payment_stop, payment_stop_at, payment_stop_by,
    payment_stop_reason) ON award TO frist_staff;
GRANT SELECT (payment_stop, payment_stop_at, payment_stop_reason)
    ON award TO frist_portal;
