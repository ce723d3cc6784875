-- A submission's indicator values and scores stored together, in the order of their
-- primary key: reading one submission's rows (and counting or summing them for the
-- year's overview) is one range of one B-tree, and an insert writes one B-tree, not a
-- table and its key index.

CREATE TABLE submission_value_clustered (
    submission_id INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
    indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE RESTRICT,
    value_number INTEGER,
    value_text TEXT,
    is_estimate INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (submission_id, indicator_id)
) {{clustered}};
INSERT INTO submission_value_clustered (submission_id, indicator_id, value_number, value_text, is_estimate)
    SELECT submission_id, indicator_id, value_number, value_text, is_estimate FROM submission_value;
DROP TABLE submission_value;
ALTER TABLE submission_value_clustered RENAME TO submission_value;

CREATE TABLE submission_score_clustered (
    submission_id INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES rubric_criterion(id) ON DELETE RESTRICT,
    self_score INTEGER,
    reviewed_score INTEGER,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (submission_id, criterion_id)
) {{clustered}};
INSERT INTO submission_score_clustered (submission_id, criterion_id, self_score, reviewed_score, note)
    SELECT submission_id, criterion_id, self_score, reviewed_score, note FROM submission_score;
DROP TABLE submission_score;
ALTER TABLE submission_score_clustered RENAME TO submission_score;
