-- An application sent at once (issue 10): its applicant never sees a
-- draft code, so none is made and none is hashed (Argon2id took about
-- 0.6 s and 64 MiB of every such POST, inside its transaction, for a
-- code nobody could use).  NULL means "never resumable"; the resume
-- login finds no row for it and answers as for an unknown number.
ALTER TABLE application ALTER COLUMN resume_hash DROP NOT NULL;
