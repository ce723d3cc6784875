#pragma once

#include "phase.h"
#include "plan.h"
#include "task.h"
#include "yearsettings.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The plan's years at a glance (2024-2030 in the seeded plan): its phases with their
// reviews (sơ kết 2025, tổng kết 2030), each year's deadlines and lock, and today. A
// plain value, built once from the plan, the year settings and the tasks; the Timeline
// screen draws it and `xhht timeline` prints it.
//
// Text (toText(), stable; Vietnamese labels, names from the data, dates dd/mm/yyyy):
//
//   TIẾN ĐỘ KẾ HOẠCH 2024 - 2030
//   Giai đoạn 1: 2024 - 2025; Sơ kết giai đoạn 1: năm 2025
//   Giai đoạn 2: 2026 - 2030; Tổng kết Phong trào: năm 2030
//   Hôm nay: 27/11/2026
//
//     2024 | Giai đoạn 1 | Đơn vị gửi báo cáo: 30/11/2024 | Báo cáo gửi Sở GD&ĐT: 10/12/2024 | T04: 10/12/2024 | Đã
//     khóa 2025 | Giai đoạn 1 | ... | Sơ kết giai đoạn 1
//   > 2026 | Giai đoạn 2 | ... | Hôm nay: 27/11/2026
//
// One line per year: the year, its phase, its deadlines in date order (the unit deadline,
// the report deadline, then every task with a due date that falls in the year, by task
// code), the review held that year, "Đã khóa" for a locked year; the line of today's year
// starts with "> " and ends with today's date, every other line starts with two spaces.
// A year without settings shows "chưa có thiết lập năm". When today lies outside the
// plan's years, the header says so ("ngoài thời gian kế hoạch") and no line is marked.
//
// JSON (toJson(), stable keys): {"period_from", "period_to", "today" (ISO), "phases":
// [{"number", "name", "year_from", "year_to", "review_kind", "review_year",
// "review_name"}], "years": [{"year", "phase" (number, 0: none), "locked" (bool),
// "has_settings" (bool), "current" (bool), "review_kind", "review_name" (empty: no
// review), "deadlines": [{"kind" (unit, report, task, recognition), "task" (code, empty unless kind
// is task), "label", "date" (ISO)}]}]}.
class Timeline
{
public:
    struct Deadline
    {
        enum class Kind
        {
            Unit,        // the units' reports to the department (30/11)
            Report,      // the department's summary report to Sở GD&ĐT (10/12)
            Task,        // a task of the plan with a due date
            Recognition, // a TT24 year's recognition dossiers to Sở GD&ĐT, before 15/01 of the next year
        };
        Kind kind = Kind::Unit;
        QDate date;
        QString taskCode; // for Kind::Task
        QString label;    // Vietnamese: "Đơn vị gửi báo cáo", or the task's title

        bool operator==(const Deadline &) const = default;
    };

    struct Year
    {
        int year = 0;
        int phaseNumber = 0; // 0: the year is in no phase
        bool hasSettings = false;
        bool locked = false;
        QList<Deadline> deadlines; // in date order
        QString reviewKind;        // so_ket, tong_ket; empty: no review this year
        QString reviewName;        // from the data: "Sơ kết giai đoạn 1"
    };

    // Builds the timeline of the plan's period (phases' years when the plan has no
    // period). Yearly tasks with a due rule fall in every year; review tasks with one in
    // their phase's review year; a 29/02 rule falls on 28/02 in other years.
    // `levelsYears`: the years on a levels rubric (TT24-2023), whose units send their
    // recognition dossiers before 15 January of the next year (listed last in the year).
    static Timeline build(const Plan &plan, const QList<Phase> &phases, const QList<YearSettings> &settings,
                          const QList<Task> &tasks, QDate today, const QList<int> &levelsYears = {});

    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    QDate today() const { return m_today; }
    const QList<Phase> &phases() const { return m_phases; }
    const QList<Year> &years() const { return m_years; }
    bool isEmpty() const { return m_years.isEmpty(); }
    // The year, or nothing when it is outside the timeline.
    std::optional<Year> year(int year) const;
    const Phase *phase(int number) const;
    // Today's year when it is in the timeline, else 0.
    int currentYear() const;

    // Vietnamese labels of the deadlines and reviews, shared with the drawings.
    static QString deadlineLabel(const Deadline &deadline);
    static QString dayMonth(QDate date);    // 30/11
    static QString fullDate(QDate date);    // 30/11/2024
    static QString title(int from, int to); // TIẾN ĐỘ KẾ HOẠCH 2024 - 2030

    QString toText() const;
    QJsonObject toJson() const;

private:
    int m_firstYear = 0;
    int m_lastYear = 0;
    QDate m_today;
    QList<Phase> m_phases;
    QList<Year> m_years;
};
