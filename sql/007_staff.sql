-- Staff actions that are safe to repeat.  A form whose POST creates
-- something (a pool, a case action, an import) carries a one-time key;
-- its hash is claimed here in the same transaction as what it created,
-- so a reload, a double click or "back and send again" finds the first
-- result instead of making a second one.  Only hashes of the keys are
-- kept, and only the staff program sees them.
CREATE TABLE staff_once (
	once_hash	text PRIMARY KEY CHECK (once_hash ~ '^[0-9a-f]{64}$'),
	kind		text NOT NULL CHECK (kind IN ('pool', 'case', 'import')),
	ref		bigint,		-- the pool, submission or import_batch
	staff_id	bigint REFERENCES staff,
	created		timestamptz NOT NULL DEFAULT now()
);

-- Each CSV import, with a digest of the file: the same file is never
-- imported twice, whatever form it came from.
CREATE TABLE import_batch (
	id		bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	file_hash	text NOT NULL UNIQUE CHECK (file_hash ~ '^[0-9a-f]{64}$'),
	filename	text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
	cases		integer NOT NULL CHECK (cases >= 0),
	staff_id	bigint REFERENCES staff,
	at		timestamptz NOT NULL DEFAULT now()
);

GRANT SELECT, INSERT, UPDATE (ref) ON staff_once TO frist_staff;
GRANT SELECT, INSERT ON import_batch TO frist_staff;
