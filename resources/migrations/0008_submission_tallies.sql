-- What the Submissions screen shows of each submission without reading its rows: how
-- many indicator values it has, and the sum (hundredths) and count of its self-scores.
-- SubmissionRepository keeps them in the transaction that changes the rows: a new
-- submission gets the tally of the rows inserted with it, a changed one is counted
-- again from its rows.
ALTER TABLE submission ADD COLUMN values_filled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE submission ADD COLUMN self_total INTEGER NOT NULL DEFAULT 0;
ALTER TABLE submission ADD COLUMN self_count INTEGER NOT NULL DEFAULT 0;
UPDATE submission SET
    values_filled = (SELECT COUNT(*) FROM submission_value v WHERE v.submission_id = submission.id),
    self_total = COALESCE((SELECT SUM(c.self_score) FROM submission_score c WHERE c.submission_id = submission.id), 0),
    self_count = (SELECT COUNT(c.self_score) FROM submission_score c WHERE c.submission_id = submission.id);
