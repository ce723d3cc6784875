#include "dashboardservice.h"

#include "obligationservice.h"
#include "rankingservice.h"
#include "storage/database.h"
#include "storage/rubricrepository.h"
#include "storage/submissionrepository.h"
#include "storage/yearsettingsrepository.h"
#include "submissionservice.h"

#include <algorithm>

DashboardService::DashboardService(const Database &database) : m_database(database) {}

int DashboardService::currentYear(const QList<int> &years, QDate today)
{
    if (years.isEmpty())
        return today.year();
    if (years.contains(today.year()))
        return today.year();
    return today.year() < years.first() ? years.first() : years.last();
}

DashboardSummary DashboardService::summary(QDate today, QDate lastOpened) const
{
    DashboardSummary s;
    s.today = today;
    QList<int> years;
    for (const YearSettings &settings : YearSettingsRepository(m_database).all())
        years.append(settings.year);
    std::sort(years.begin(), years.end());
    s.year = currentYear(years, today);

    SubmissionService submissions(m_database);
    submissions.setToday(today);
    const SubmissionOverview overview = submissions.overview(s.year);
    s.unitDeadline = overview.settings.unitDeadline;
    s.reportDeadline =
        overview.settings.reportDeadline.isValid() ? overview.settings.reportDeadline : QDate(s.year, 12, 10);
    s.daysLeft = int(today.daysTo(s.reportDeadline));
    s.expected = int(overview.rows.size());
    s.received = overview.received;
    s.late = overview.late;
    s.missing = overview.missing;

    // The year's rubric alone: the overview has read the units already.
    const std::optional<Rubric> rubric = RubricRepository(m_database).byId(overview.settings.rubricId);
    const QHash<qint64, int> reviewed = SubmissionRepository(m_database).reviewedCounts(s.year);
    for (const SubmissionOverviewRow &row : overview.rows)
        if (row.timeliness != Timeliness::Missing &&
            reviewed.value(row.unit.id) < (rubric ? rubric->itemCountFor(row.unit.kind) : 0))
            ++s.notReviewed;

    // The recognition dossiers due next: last year's until 15/01, else this year's.
    const QList<YearSettings> allSettings = YearSettingsRepository(m_database).all();
    auto onLevels = [&](int year) {
        for (const YearSettings &settings : allSettings)
            if (settings.year == year) {
                const std::optional<Rubric> r = RubricRepository(m_database).byId(settings.rubricId);
                return r && r->method == QLatin1String("levels");
            }
        return false;
    };
    for (int year : {s.year - 1, s.year}) {
        if (s.recognitionYear == 0 && today <= QDate(year + 1, 1, 15) && onLevels(year)) {
            s.recognitionYear = year;
            s.recognitionDeadline = QDate(year + 1, 1, 15);
            for (const RankedUnit &row : RankingService(m_database).rankYear(year).rows)
                s.recognitionReady += row.isRanked() && row.level > 0;
        }
    }

    ObligationService obligations(m_database);
    obligations.setToday(today);
    QList<Obligation> all;
    if (m_database.isReadOnly()) {
        all = obligations.forYear(s.year);
        s.obligationsKnown = !all.isEmpty();
    } else {
        all = obligations.forYearGenerated(s.year);
    }
    for (const Obligation &o : std::as_const(all))
        if (o.isOverdue(today))
            s.overdue.append(o);
    std::stable_sort(s.overdue.begin(), s.overdue.end(),
                     [](const Obligation &a, const Obligation &b) { return a.dueDate < b.dueDate; });

    if (lastOpened.isValid() && lastOpened < today) {
        // Passed after the last opening (exclusive) and by yesterday: overdue since then.
        const auto becameOverdue = [&](QDate due) { return due.isValid() && due >= lastOpened && due < today; };
        if (becameOverdue(s.unitDeadline) && s.missing > 0)
            s.sinceLastOpened.append(tr("The units' deadline (%1) passed: %n unit(s) sent nothing", nullptr, s.missing)
                                         .arg(s.unitDeadline.toString(QStringLiteral("dd/MM/yyyy"))));
        QHash<QString, int> tasks; // task code -> units, in due order
        QStringList order;
        for (const Obligation &o : std::as_const(s.overdue)) {
            if (!becameOverdue(o.dueDate))
                continue;
            const QString key = o.taskCode + QStringLiteral(" – ") + o.taskTitle;
            if (!tasks.contains(key))
                order.append(key);
            ++tasks[key];
        }
        for (const QString &key : std::as_const(order))
            s.sinceLastOpened.append(tr("%1: overdue for %n unit(s)", nullptr, tasks.value(key)).arg(key));
    }
    return s;
}
