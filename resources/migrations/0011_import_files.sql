-- The units whose submissions an imported file changed, so that each unit's submission
-- history lists the files it sent; a file is found again by its SHA-256.

CREATE TABLE imported_file_unit (
    imported_file_id INTEGER NOT NULL REFERENCES imported_file(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    PRIMARY KEY (imported_file_id, unit_id)
);
CREATE INDEX imported_file_unit_unit ON imported_file_unit (unit_id, year);
CREATE INDEX imported_file_sha256 ON imported_file (sha256);
