#pragma once

#include "officialdocument.h"

#include <QStringList>

struct OrganisationSettings;
struct PhaseReview;
struct PhaseYearResult;
struct PhaseUnitRow;

// The report of a phase review (báo cáo sơ kết giai đoạn 1, tổng kết giai đoạn 2) in the
// format of the annual summary report: the căn cứ, I. kết quả thực hiện (submissions,
// tasks and the plan's contents year by year with the phase's total, the classes per
// year), II. đánh giá chung (drafted from the data, with [Nêu …] notes for the clerk),
// III. khen thưởng, IV. phương hướng giai đoạn tiếp theo, the signature and "Nơi nhận";
// Phụ lục I (landscape) each unit's result per year, former units under the unit they
// became, and Phụ lục II the figures per year and for the phase.
class PhaseReviewDocument
{
public:
    // `number` 0 leaves the document number blank; `commendationLines` are section III's
    // proposals, one per line ("Tập thể Thư viện tỉnh: Giấy khen của Giám đốc Sở").
    static OfficialDocument build(const PhaseReview &review, const OrganisationSettings &organisation, QDate date,
                                  int number = 0, const QStringList &commendationLines = {});

    // The trích yếu: "Sơ kết giai đoạn 1 (2024 - 2025) thực hiện Phong trào thi đua “…”".
    static QString summary(const PhaseReview &review);
    // The draft of section II from the data.
    static QString assessment(const PhaseReview &review);
    // Phụ lục I's cells: the unit with its former units, a year's result, timeliness, tasks.
    static QString unitCell(const PhaseUnitRow &row);
    static QString resultCell(const QList<PhaseYearResult> &results);
    static QString timelinessCell(const QList<PhaseYearResult> &results);
    static QString tasksCell(const QList<PhaseYearResult> &results);
};
