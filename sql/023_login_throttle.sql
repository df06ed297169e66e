-- Logins are no longer locked in the database (issue 10): five wrong
-- passwords for a staff member, or codes for a grant or a draft, locked
-- it for up to an hour, for anyone, and only names that exist were ever
-- locked, which told which ones did.  The programs now slow guessing
-- down in memory, per name and client and per client (cgi/lib/login.h),
-- and write nothing on a failed login, so the counts and locks go.
-- No other column records failed logins (there was no audit of them);
-- staff.last_login, written at a good login, stays.
ALTER TABLE staff DROP COLUMN failed_logins, DROP COLUMN locked_until;
ALTER TABLE award DROP COLUMN failed_logins, DROP COLUMN locked_until;
ALTER TABLE application DROP COLUMN resume_failed, DROP COLUMN resume_locked;
