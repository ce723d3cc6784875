-- The recognition dossiers sent (Thông tư 24/2023, domain.md §1.3): a unit that reaches a
-- level sends its dossier for the year before 15 January of the following year; the
-- clerk records the day it went. A unit and year has at most one such date.
CREATE TABLE recognition_dossier (
    id {{id}},
    unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
    year INTEGER NOT NULL,
    sent_on TEXT NOT NULL,
    UNIQUE (unit_id, year)
);
