-- Commendations (domain.md §4): the catalogue of commendation forms and emulation titles,
-- the individuals who can be proposed, the clerk's suggestion rules and the proposals.
-- Subjects and occasions of a form are comma-separated codes
-- (subjects: tap_the, ca_nhan, ho_gia_dinh; occasions: so_ket, tong_ket, hang_nam, dot_xuat).

CREATE TABLE commendation_form (
    id {{id}},
    kind TEXT NOT NULL DEFAULT 'form' CHECK (kind IN ('form', 'title')),
    name TEXT NOT NULL UNIQUE,
    level TEXT NOT NULL CHECK (level IN ('so', 'tinh', 'bo', 'nha_nuoc')),
    subjects TEXT NOT NULL DEFAULT '',
    occasions TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE individual (
    id {{id}},
    full_name TEXT NOT NULL,
    position TEXT NOT NULL DEFAULT '',
    unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX individual_unit ON individual (unit_id);

CREATE TABLE suggestion_rule (
    id {{id}},
    kind TEXT NOT NULL CHECK (kind IN ('class_every_year', 'top_n')),
    class_code TEXT NOT NULL DEFAULT '',
    top_n INTEGER NOT NULL DEFAULT 0,
    every_year INTEGER NOT NULL DEFAULT 0,
    form_id INTEGER NOT NULL REFERENCES commendation_form(id) ON DELETE RESTRICT,
    enabled INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL DEFAULT 0,
    CHECK ((kind = 'class_every_year' AND class_code <> '') OR (kind = 'top_n' AND top_n > 0))
);

-- A proposal of a phase review (phase_number > 0, year the review's year) or of a year
-- (phase_number 0). A collective is a unit (individual_id NULL); an individual keeps the
-- unit they belonged to.
CREATE TABLE commendation_proposal (
    id {{id}},
    phase_number INTEGER NOT NULL DEFAULT 0 CHECK (phase_number >= 0),
    year INTEGER NOT NULL,
    form_id INTEGER NOT NULL REFERENCES commendation_form(id) ON DELETE RESTRICT,
    subject TEXT NOT NULL DEFAULT 'tap_the' CHECK (subject IN ('tap_the', 'ca_nhan')),
    unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
    individual_id INTEGER REFERENCES individual(id) ON DELETE RESTRICT,
    reason TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'de_xuat'
        CHECK (status IN ('de_xuat', 'da_trinh', 'duoc_khen', 'khong_duoc_khen')),
    decision_number TEXT NOT NULL DEFAULT '',
    decision_date TEXT,
    rule_key TEXT NOT NULL DEFAULT '',
    CHECK ((subject = 'tap_the' AND individual_id IS NULL) OR (subject = 'ca_nhan' AND individual_id IS NOT NULL))
);
-- No duplicates: one proposal per phase or year, form and collective (or individual).
CREATE UNIQUE INDEX commendation_proposal_collective
    ON commendation_proposal (phase_number, year, form_id, unit_id) WHERE individual_id IS NULL;
CREATE UNIQUE INDEX commendation_proposal_individual
    ON commendation_proposal (phase_number, year, form_id, individual_id) WHERE individual_id IS NOT NULL;
CREATE INDEX commendation_proposal_year ON commendation_proposal (year);

-- The catalogue of domain.md §4: commendation forms, then emulation titles.
INSERT INTO commendation_form (kind, name, level, subjects, occasions, position) VALUES
    ('form', 'Giấy khen của Giám đốc Sở', 'so', 'tap_the,ca_nhan', 'so_ket,tong_ket,hang_nam', 1),
    ('form', 'Bằng khen của Chủ tịch UBND tỉnh', 'tinh', 'tap_the,ca_nhan', 'so_ket,tong_ket,dot_xuat', 2),
    ('form', 'Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo', 'bo', 'tap_the,ca_nhan', 'tong_ket', 3),
    ('form', 'Bằng khen của Thủ tướng Chính phủ', 'nha_nuoc', 'tap_the,ca_nhan', 'tong_ket', 4),
    ('title', 'Tập thể lao động tiên tiến', 'so', 'tap_the', 'hang_nam', 5),
    ('title', 'Tập thể lao động xuất sắc', 'tinh', 'tap_the', 'hang_nam', 6),
    ('title', 'Lao động tiên tiến', 'so', 'ca_nhan', 'hang_nam', 7),
    ('title', 'Chiến sĩ thi đua cơ sở', 'so', 'ca_nhan', 'hang_nam', 8);

-- The default suggestion rules: "Tốt" (TT22-2020 tier TOT) in every year of the phase
-- for the Giám đốc Sở's Giấy khen; among the top 3 in the phase's last year for the
-- Chủ tịch UBND tỉnh's Bằng khen.
INSERT INTO suggestion_rule (kind, class_code, top_n, every_year, form_id, enabled, position)
    SELECT 'class_every_year', 'TOT', 0, 0, id, 1, 1 FROM commendation_form WHERE name = 'Giấy khen của Giám đốc Sở';
INSERT INTO suggestion_rule (kind, class_code, top_n, every_year, form_id, enabled, position)
    SELECT 'top_n', '', 3, 0, id, 1, 2 FROM commendation_form WHERE name = 'Bằng khen của Chủ tịch UBND tỉnh';
