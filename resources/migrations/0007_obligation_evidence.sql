-- Evidence files of task obligations (minutes, photos, a report sent): the same columns
-- as submission_evidence, owned by an obligation. criterion_id stays empty: an
-- obligation has no rubric. Removed files are kept so that undo can bring them back.

CREATE TABLE obligation_evidence (
    id {{id}},
    obligation_id INTEGER NOT NULL REFERENCES task_obligation(id) ON DELETE CASCADE,
    criterion_id INTEGER,
    name TEXT NOT NULL,
    mime_type TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    added_utc TEXT NOT NULL,
    removed_utc TEXT
);
CREATE INDEX obligation_evidence_obligation ON obligation_evidence (obligation_id);
