-- Optimistic concurrency beyond submissions (0009): a section of the annual report and a
-- commendation proposal carry a version too, raised by every save that changes them. A
-- save made from a copy read before someone else's change is refused instead of
-- silently undoing it. (A reviewed score needs no column: it is saved only while the
-- stored score is still the one the grid showed, and its submission's version guards
-- the rest.)
ALTER TABLE report_text ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE commendation_proposal ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
