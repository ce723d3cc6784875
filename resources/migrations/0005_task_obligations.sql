-- Tasks per year: each task of the plan becomes, for each year and each unit responsible
-- that year, an obligation with its due date (from the task's rule, none when the task
-- has no fixed date) and a status. Obligations are generated from the tasks and the
-- units' validity; "quá hạn" (overdue) is derived (due date passed, not done), never
-- stored.

CREATE TABLE task_obligation (
    id {{id}},
    task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
    due_date TEXT,
    status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'done')),
    completed_on TEXT,
    note TEXT NOT NULL DEFAULT '',
    -- One per task, year and unit; year first, so this is also the index by year.
    UNIQUE (year, task_id, unit_id),
    CHECK (status = 'done' OR completed_on IS NULL)
);
-- No other index: generation writes tens of thousands of rows at once, and units and
-- tasks (whose deletion cascades here) are seldom deleted.
