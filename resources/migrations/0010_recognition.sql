-- Thông tư 24/2023 recognition (domain.md §1.3, issue 21).
--
-- A rubric item may apply only to some kinds of unit (applies_to: comma-separated unit
-- kinds, empty for every unit): the preset's chỉ tiêu for schools, universities and
-- vocational schools (TC3 CT4-CT6) are "không áp dụng" for the department's units. Items
-- and groups carry a note, where the seed says what still has to be checked against the
-- circular ("cần đối chiếu văn bản gốc") and the clerk completes it.
ALTER TABLE rubric_criterion ADD COLUMN applies_to TEXT NOT NULL DEFAULT '';
ALTER TABLE rubric_criterion ADD COLUMN note TEXT NOT NULL DEFAULT '';

-- The preset as a database made before this migration holds it: its Mức 2 items move
-- down to make room for CT4-CT6 after TC3.CT3, as a new database seeds them.
UPDATE rubric_criterion SET position = position + 3
    WHERE code IN ('TC3.CT1.M2', 'TC3.CT3.M2')
      AND rubric_id IN (SELECT id FROM rubric WHERE code = 'TT24-2023' AND is_preset = 1);
INSERT INTO rubric_criterion (rubric_id, parent_id, code, title, kind, level, position, applies_to, note)
    SELECT g.rubric_id, g.id, 'TC3.CT4',
           'Cơ sở giáo dục mầm non, phổ thông, giáo dục thường xuyên đạt mức độ chuyển đổi số theo QĐ 4740/QĐ-BGDĐT',
           'passfail', 1, c.position + 1, 'school',
           'Chỉ áp dụng cho cơ sở giáo dục; nội dung tóm tắt, cần đối chiếu văn bản gốc (Mức độ 2 ghi QĐ 4725/QĐ-BGDĐT, số hiệu chưa thống nhất).'
    FROM rubric_criterion g
    JOIN rubric_criterion c ON c.rubric_id = g.rubric_id AND c.code = 'TC3.CT3'
    WHERE g.code = 'TC3' AND g.rubric_id IN (SELECT id FROM rubric WHERE code = 'TT24-2023' AND is_preset = 1)
      AND NOT EXISTS (SELECT 1 FROM rubric_criterion x WHERE x.rubric_id = g.rubric_id AND x.code = 'TC3.CT4');
INSERT INTO rubric_criterion (rubric_id, parent_id, code, title, kind, level, position, applies_to, note)
    SELECT g.rubric_id, g.id, 'TC3.CT5', 'Cơ sở giáo dục đại học đạt mức độ chuyển đổi số theo quy định',
           'passfail', 1, c.position + 2, 'university',
           'Chỉ áp dụng cho cơ sở giáo dục đại học; nội dung tóm tắt, cần đối chiếu văn bản gốc.'
    FROM rubric_criterion g
    JOIN rubric_criterion c ON c.rubric_id = g.rubric_id AND c.code = 'TC3.CT3'
    WHERE g.code = 'TC3' AND g.rubric_id IN (SELECT id FROM rubric WHERE code = 'TT24-2023' AND is_preset = 1)
      AND NOT EXISTS (SELECT 1 FROM rubric_criterion x WHERE x.rubric_id = g.rubric_id AND x.code = 'TC3.CT5');
INSERT INTO rubric_criterion (rubric_id, parent_id, code, title, kind, level, position, applies_to, note)
    SELECT g.rubric_id, g.id, 'TC3.CT6', 'Cơ sở giáo dục nghề nghiệp được kiểm định chất lượng',
           'passfail', 1, c.position + 3, 'vocational',
           'Chỉ áp dụng cho cơ sở giáo dục nghề nghiệp; nội dung tóm tắt, cần đối chiếu văn bản gốc.'
    FROM rubric_criterion g
    JOIN rubric_criterion c ON c.rubric_id = g.rubric_id AND c.code = 'TC3.CT3'
    WHERE g.code = 'TC3' AND g.rubric_id IN (SELECT id FROM rubric WHERE code = 'TT24-2023' AND is_preset = 1)
      AND NOT EXISTS (SELECT 1 FROM rubric_criterion x WHERE x.rubric_id = g.rubric_id AND x.code = 'TC3.CT6');
UPDATE rubric_criterion
    SET note = 'Các chỉ tiêu tiếp theo của Tiêu chí 2 chưa có nguyên văn: cần đối chiếu văn bản gốc (Thông tư 24/2023/TT-BGDĐT) và bổ sung.'
    WHERE code = 'TC2' AND rubric_id IN (SELECT id FROM rubric WHERE code = 'TT24-2023' AND is_preset = 1);

-- The decisions of the provincial People's Committee recognising a unit for a year
-- (level 1 or 2) or refusing it (level 0). A recognition is kept until 31/12 of the
-- third year after the year recognised. A merged or split unit starts unrecognised
-- unless the clerk carries a former unit's decision over (carried_from_id, with a note).
CREATE TABLE recognition_decision (
    id {{id}},
    unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
    year INTEGER NOT NULL,
    level INTEGER NOT NULL CHECK (level IN (0, 1, 2)),
    decision_number TEXT NOT NULL,
    decision_date TEXT NOT NULL,
    signer TEXT NOT NULL DEFAULT '',
    carried_from_id INTEGER REFERENCES recognition_decision(id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (unit_id, year)
);
CREATE INDEX recognition_decision_unit ON recognition_decision (unit_id);
