-- Indexes for the lookups by owner that every case and file page makes,
-- the expiry purge of applicant and recipient sessions (as for staff
-- sessions, 001), and the rule the pool form already enforces.
CREATE INDEX attachment_application_idx ON attachment (application_id);
CREATE INDEX attachment_submission_idx ON attachment (submission_id);
CREATE INDEX award_pool_idx ON award (pool_id);
CREATE INDEX whistle_file_report_idx ON whistle_file (report_id);
CREATE INDEX applicant_session_expires_idx ON applicant_session (expires);
CREATE INDEX recipient_session_expires_idx ON recipient_session (expires);

-- "ja", "nej", "(ja)", "delvist" ...: free text, as the source lists
-- have it, but never empty and no longer than the form allows.
ALTER TABLE pool ADD CONSTRAINT pool_application_based_check
	CHECK (length(application_based) BETWEEN 1 AND 40);
