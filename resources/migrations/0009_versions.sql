-- Optimistic concurrency: a submission carries a version, raised by every save that
-- changes it. A save made from a copy read before someone else's change (another
-- window on the same file, another person on a shared server) finds another version
-- and is refused instead of silently undoing that change.
ALTER TABLE submission ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
