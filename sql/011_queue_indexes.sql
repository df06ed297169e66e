-- The staff case queue (/staff/cases/) filters, counts and pages in SQL
-- (QUEUE_SQL, QUEUE_COUNT_SQL in cgi/staff/sql.h).
--
-- Open cases in the order of received: the default view reads its page
-- straight from the index, and the count with a kind or handler filter
-- is an index-only scan.
CREATE INDEX submission_open_idx ON submission (received, id)
	INCLUDE (kind, handler_id)
	WHERE status IN ('received', 'processing', 'returned');
-- Open cases by case number, compared byte by byte as the queue sorts.
CREATE INDEX submission_open_case_idx ON submission ((case_no COLLATE "C"))
	WHERE status IN ('received', 'processing', 'returned');
-- Decided cases of the last 400 days.
CREATE INDEX submission_decided_idx ON submission (decided)
	WHERE status IN ('approved', 'rejected');
