-- The written parts of the annual summary report, per year and section (the opening,
-- the legal bases, I. chỉ đạo, III. đánh giá chung, V. phương hướng, VI. kiến nghị).
-- A section with no row is printed from the draft the program writes from the data.

CREATE TABLE report_text (
    year INTEGER NOT NULL,
    section TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_utc TEXT NOT NULL,
    actor TEXT NOT NULL,
    PRIMARY KEY (year, section)
);
