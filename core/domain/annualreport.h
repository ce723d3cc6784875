#pragma once

#include "commendationlist.h"
#include "indicator.h"
#include "phase.h"
#include "plan.h"
#include "ranking.h"
#include "submission.h"
#include "submissionoverview.h"
#include "task.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// The parts of the summary report that the clerk writes. Each starts from a draft the
// program writes from the data (ReportDrafts) until the clerk saves a text of its own.
enum class ReportSection
{
    LegalBases,  // the căn cứ lines, one per line
    Opening,     // the paragraph before I.
    Direction,   // I. Công tác chỉ đạo, triển khai
    Assessment,  // III. Đánh giá chung
    Orientation, // V. Phương hướng, nhiệm vụ
    Proposals,   // VI. Đề xuất, kiến nghị
};

// The figures of one indicator over the units that reported it in a year.
struct IndicatorFigure
{
    Indicator indicator;
    int reporting = 0;        // units that gave a value
    int estimates = 0;        // of them, values marked "ước thực hiện đến 31/12"
    qint64 sumHundredths = 0; // counts and percentages: the sum of the values
    int yes = 0;              // yes/no: units that answered yes
    QStringList texts;        // text: "Unit: text", in unit order

    bool hasData() const { return reporting > 0; }
    // Percentages: the mean over the reporting units, in hundredths (rounded half up).
    qint64 meanHundredths() const { return reporting > 0 ? (sumHundredths * 2 + reporting) / (2 * reporting) : 0; }
};

// How many units of the year are in one class (tier or level) of the ranked list.
struct ClassFigure
{
    QString name;
    int units = 0;
};

// What the report still lacks, for the readiness list.
struct ReportGap
{
    enum class Kind
    {
        MissingSubmission, // the unit sent nothing
        EmptyIndicators,   // the unit sent a report with some indicators empty (count)
        NotReviewed,       // the unit's scores are not (completely) reviewed
        DraftText,         // a written section is still the program's draft
    };
    Kind kind = Kind::MissingSubmission;
    qint64 unitId = 0;
    QString unitName;
    int count = 0;
    ReportSection section = ReportSection::Opening;
};

// Everything the year's summary report is made from, read in one go.
struct AnnualReport
{
    int year = 0;
    QDate today;
    Plan plan;
    QList<Phase> phases;
    QList<Task> tasks;
    SubmissionOverview overview;           // every unit active in the year, with timeliness
    QList<Indicator> indicators;           // active indicators, catalogue order
    QHash<qint64, Submission> submissions; // unit id -> submission received (on time or late)
    Ranking ranking;                       // over all units of the year
    QList<IndicatorFigure> figures;        // one per indicator, catalogue order
    QList<ClassFigure> classes;            // rubric classes in order, with ranked units
    int reviewed = 0;                      // units ranked (review complete)
    int notReviewed = 0;                   // units received whose review is not complete
    CommendationList proposals;            // IV: the year's proposals, names resolved
    // Recognition under Thông tư 24/2023 on 31/12 of the year, from the decisions: units
    // recognised at each level, how many of them were recognised by a decision dated in
    // the year ("Quyết định số ... ngày ..." each), and how many must be evaluated again.
    int recognisedLevel1 = 0;
    int recognisedLevel2 = 0;
    QStringList newDecisions; // one per unit newly recognised
    int toReevaluate = 0;
    QHash<ReportSection, QString> saved; // texts the clerk saved
    // The stored version of each section that has one (0 or absent: never saved); a save
    // from this copy is refused once another raised it.
    QHash<ReportSection, int> versions;
    // Worded by reports/ (ReportDrafts::complete), which AnnualReportService::load leaves empty:
    QStringList commendations;           // IV: one line per form of the year's proposals (none: no data)
    QHash<ReportSection, QString> texts; // what is printed: saved, else drafted

    int expected() const { return int(overview.rows.size()); }
    int submitted() const { return overview.received; }
    int late() const { return overview.late; }
    int onTime() const { return overview.received - overview.late; }
    int missing() const { return overview.missing; }
    QDate reportDeadline() const { return overview.settings.reportDeadline; }
    QDate unitDeadline() const { return overview.settings.unitDeadline; }

    // True when a text still holds a bracketed note to replace ("[Nêu ...]").
    static bool hasPlaceholder(const QString &text)
    {
        static const QRegularExpression placeholder(QStringLiteral("\\[[^\\]]*\\]"));
        return placeholder.match(text).hasMatch();
    }
};
