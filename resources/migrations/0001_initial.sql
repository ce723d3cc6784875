-- xhht schema, version 1. Portable SQL: {{id}} is the dialect's auto-increment key
-- (see SqlDialect). Scores and points are integers in hundredths of a point. Dates are
-- ISO YYYY-MM-DD text; times are UTC ISO-8601 text.

CREATE TABLE xhht_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE plan (
    id {{id}},
    code TEXT NOT NULL UNIQUE,
    symbol TEXT NOT NULL DEFAULT '',
    number TEXT,
    issued_on TEXT,
    issued_year INTEGER,
    title TEXT NOT NULL,
    issuer TEXT NOT NULL,
    period_from INTEGER NOT NULL,
    period_to INTEGER NOT NULL,
    basis TEXT NOT NULL DEFAULT '',
    preamble TEXT NOT NULL DEFAULT '',
    closing TEXT NOT NULL DEFAULT '',
    CHECK (period_from <= period_to)
);

CREATE TABLE plan_section (
    id {{id}},
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES plan_section(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    path TEXT NOT NULL,
    label TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    UNIQUE (plan_id, path)
);

CREATE TABLE phase (
    id {{id}},
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    name TEXT NOT NULL,
    year_from INTEGER NOT NULL,
    year_to INTEGER NOT NULL,
    review_kind TEXT NOT NULL CHECK (review_kind IN ('so_ket', 'tong_ket')),
    review_year INTEGER NOT NULL,
    review_name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    UNIQUE (plan_id, number),
    CHECK (year_from <= year_to)
);

CREATE TABLE unit (
    id {{id}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    parent_id INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
    emulation_group TEXT NOT NULL DEFAULT '',
    valid_from TEXT NOT NULL,
    valid_to TEXT,
    note TEXT NOT NULL DEFAULT '',
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX unit_validity ON unit (valid_from, valid_to);

CREATE TABLE unit_event (
    id {{id}},
    unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
    event_date TEXT NOT NULL,
    event_type TEXT NOT NULL
        CHECK (event_type IN ('created', 'renamed', 'merged_into', 'split_into', 'dissolved', 'moved')),
    related_unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL,
    old_value TEXT,
    new_value TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX unit_event_unit ON unit_event (unit_id);

CREATE TABLE task (
    id {{id}},
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    section_id INTEGER REFERENCES plan_section(id) ON DELETE SET NULL,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    recurrence TEXT NOT NULL CHECK (recurrence IN ('yearly', 'once', 'review')),
    due_month INTEGER CHECK (due_month BETWEEN 1 AND 12),
    due_day INTEGER CHECK (due_day BETWEEN 1 AND 31),
    phase_number INTEGER,
    UNIQUE (plan_id, code)
);

CREATE TABLE task_assignee (
    id {{id}},
    task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('lead', 'coordinate')),
    unit_id INTEGER REFERENCES unit(id) ON DELETE CASCADE,
    unit_kind TEXT,
    CHECK ((unit_id IS NULL AND unit_kind IS NOT NULL) OR (unit_id IS NOT NULL AND unit_kind IS NULL))
);
CREATE INDEX task_assignee_task ON task_assignee (task_id);

CREATE TABLE indicator (
    id {{id}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    unit_of_measure TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('count', 'percent', 'yesno', 'text')),
    content_area INTEGER,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE rubric (
    id {{id}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('points', 'levels')),
    basis TEXT NOT NULL DEFAULT '',
    is_preset INTEGER NOT NULL DEFAULT 0,
    based_on_id INTEGER REFERENCES rubric(id) ON DELETE SET NULL
);

CREATE TABLE rubric_criterion (
    id {{id}},
    rubric_id INTEGER NOT NULL REFERENCES rubric(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES rubric_criterion(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('group', 'points', 'passfail', 'percent')),
    max_points INTEGER,
    step INTEGER,
    threshold INTEGER,
    level INTEGER,
    position INTEGER NOT NULL,
    UNIQUE (rubric_id, code)
);

CREATE TABLE rubric_class (
    id {{id}},
    rubric_id INTEGER NOT NULL REFERENCES rubric(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    min_points INTEGER,
    level INTEGER,
    position INTEGER NOT NULL,
    UNIQUE (rubric_id, code)
);

CREATE TABLE year_setting (
    year INTEGER PRIMARY KEY,
    rubric_id INTEGER NOT NULL REFERENCES rubric(id) ON DELETE RESTRICT,
    unit_deadline TEXT NOT NULL,
    report_deadline TEXT NOT NULL,
    locked INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE org_setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE submission (
    id {{id}},
    unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
    year INTEGER NOT NULL,
    document_number TEXT NOT NULL DEFAULT '',
    document_date TEXT,
    received_date TEXT,
    status TEXT NOT NULL DEFAULT 'received'
        CHECK (status IN ('not_received', 'received', 'returned', 'verified')),
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (unit_id, year)
);
CREATE INDEX submission_year ON submission (year);

CREATE TABLE submission_value (
    submission_id INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
    indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE RESTRICT,
    value_number INTEGER,
    value_text TEXT,
    is_estimate INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (submission_id, indicator_id)
);

CREATE TABLE submission_score (
    submission_id INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES rubric_criterion(id) ON DELETE RESTRICT,
    self_score INTEGER,
    reviewed_score INTEGER,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (submission_id, criterion_id)
);

CREATE TABLE audit_log (
    id {{id}},
    at_utc TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
