-- Evidence files of submissions and the files imported into the database.

CREATE TABLE submission_evidence (
    id {{id}},
    submission_id INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
    criterion_id INTEGER REFERENCES rubric_criterion(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    mime_type TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    added_utc TEXT NOT NULL,
    -- Removed evidence is kept, so that undoing the removal brings the same file back.
    removed_utc TEXT
);
CREATE INDEX submission_evidence_submission ON submission_evidence (submission_id);

CREATE TABLE imported_file (
    id {{id}},
    kind TEXT NOT NULL,
    year INTEGER,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    row_count INTEGER NOT NULL,
    content BLOB NOT NULL,
    imported_utc TEXT NOT NULL,
    actor TEXT NOT NULL
);
