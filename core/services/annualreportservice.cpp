#include "annualreportservice.h"

#include "changedmeanwhile.h"
#include "changehub.h"
#include "commendationservice.h"
#include "domain/reminderletter.h"
#include "rankingservice.h"
#include "recognitionservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/planrepository.h"
#include "storage/reporttextrepository.h"
#include "storage/taskrepository.h"
#include "storage/transaction.h"
#include "submissionservice.h"

AnnualReportService::AnnualReportService(const Database &database, ChangeHub *changes)
    : m_database(database), m_changes(changes)
{}

QDate AnnualReportService::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

AnnualReport AnnualReportService::load(int year) const
{
    AnnualReport report;
    report.year = year;
    report.today = today();
    PlanRepository plans(m_database);
    report.plan = plans.plan().value_or(Plan{});
    report.phases = plans.phases();
    report.tasks = TaskRepository(m_database).all();

    SubmissionService submissions(m_database);
    submissions.setToday(report.today);
    report.overview = submissions.overview(year);
    report.indicators = submissions.context(year).indicators;
    const QHash<qint64, Submission> all = submissions.loadYear(year);
    for (const SubmissionOverviewRow &row : std::as_const(report.overview.rows))
        if (row.timeliness != Timeliness::Missing)
            if (const auto it = all.constFind(row.unit.id); it != all.cend())
                report.submissions.insert(row.unit.id, *it);
    report.ranking = RankingService(m_database).rankYear(year);
    computeFigures(report);
    report.proposals = CommendationService(m_database).listForYear(year);
    for (const RecognitionRow &row : RecognitionService(m_database).statuses(QDate(year, 12, 31))) {
        const std::optional<RecognitionDecision> &d = row.status.current;
        if (!d)
            continue;
        (d->level == 2 ? report.recognisedLevel2 : report.recognisedLevel1) += 1;
        report.toReevaluate += row.status.mustReevaluate;
        const QString decision =
            QStringLiteral("Quyết định số %1 ngày %2").arg(d->number, d->date.toString(QStringLiteral("dd/MM/yyyy")));
        if (d->date.year() == year) // one per unit recognised by a decision of the year
            report.newDecisions.append(decision);
    }

    const QHash<QString, ReportTextRepository::Text> saved = ReportTextRepository(m_database).forYear(year);
    for (ReportSection section : sections()) {
        const ReportTextRepository::Text text = saved.value(sectionKey(section));
        if (!text.body.isEmpty())
            report.saved.insert(section, text.body);
        if (text.version != 0)
            report.versions.insert(section, text.version);
    }
    return report;
}

void AnnualReportService::computeFigures(AnnualReport &report)
{
    report.figures.clear();
    QHash<qint64, qsizetype> index;
    for (const Indicator &indicator : std::as_const(report.indicators)) {
        index.insert(indicator.id, report.figures.size());
        report.figures.append({indicator, 0, 0, 0, 0, {}});
    }
    for (const SubmissionOverviewRow &row : std::as_const(report.overview.rows)) {
        const auto submission = report.submissions.constFind(row.unit.id);
        if (submission == report.submissions.cend())
            continue;
        for (const IndicatorValue &value : submission->values) {
            const auto at = index.constFind(value.indicatorId);
            if (at == index.cend() || value.isEmpty())
                continue;
            IndicatorFigure &f = report.figures[*at];
            ++f.reporting;
            f.estimates += value.estimate;
            if (value.hasNumber) {
                f.sumHundredths += value.numberHundredths;
                f.yes += value.numberHundredths != 0;
            } else {
                f.texts.append(row.unit.name + QStringLiteral(": ") + value.text.simplified());
            }
        }
    }

    report.classes.clear();
    for (const RubricClass &k : std::as_const(report.ranking.rubric.classes))
        report.classes.append({k.name, 0});
    report.reviewed = 0;
    report.notReviewed = 0;
    for (const RankedUnit &row : std::as_const(report.ranking.rows)) {
        if (!row.isRanked()) {
            report.notReviewed += row.timeliness != Timeliness::Missing;
            continue;
        }
        ++report.reviewed;
        auto it = std::find_if(report.classes.begin(), report.classes.end(),
                               [&row](const ClassFigure &c) { return c.name == row.classification; });
        if (it == report.classes.end())
            report.classes.append({row.classification, 1});
        else
            ++it->units;
    }
}

void AnnualReportService::saveText(const AnnualReport &report, ReportSection section, const QString &text)
{
    const QString normalised = text.normalized(QString::NormalizationForm_C).trimmed();
    const QString old = report.saved.value(section);
    const QString &stored = normalised;
    if (stored == old)
        return;
    Transaction transaction(m_database);
    ReportTextRepository texts(m_database);
    if (!texts.save(report.year, sectionKey(section), stored, AuditRepository::currentActor(),
                    report.versions.value(section)))
        throw ChangedMeanwhile::error(m_database,
                                      tr("“%1” of the %2 report").arg(sectionTitle(section)).arg(report.year),
                                      QStringLiteral("report_text"), report.year, sectionKey(section));
    AuditEntry entry;
    entry.action = stored.isEmpty() ? QStringLiteral("delete")
                   : old.isEmpty()  ? QStringLiteral("insert")
                                    : QStringLiteral("update");
    entry.entity = QStringLiteral("report_text");
    entry.entityId = report.year;
    entry.field = sectionKey(section);
    entry.oldValue = old;
    entry.newValue = stored;
    AuditRepository(m_database).record(entry);
    transaction.commit();
    if (m_changes)
        m_changes->announce(DataChange::Kind::ReportTexts, report.year);
}

QList<ReportSection> AnnualReportService::sections()
{
    return {ReportSection::LegalBases, ReportSection::Opening,     ReportSection::Direction,
            ReportSection::Assessment, ReportSection::Orientation, ReportSection::Proposals};
}

QString AnnualReportService::sectionKey(ReportSection section)
{
    switch (section) {
    case ReportSection::LegalBases:
        return QStringLiteral("legal_bases");
    case ReportSection::Opening:
        return QStringLiteral("opening");
    case ReportSection::Direction:
        return QStringLiteral("direction");
    case ReportSection::Assessment:
        return QStringLiteral("assessment");
    case ReportSection::Orientation:
        return QStringLiteral("orientation");
    case ReportSection::Proposals:
        return QStringLiteral("proposals");
    }
    return {};
}

QString AnnualReportService::sectionTitle(ReportSection section)
{
    switch (section) {
    case ReportSection::LegalBases:
        return tr("Legal bases");
    case ReportSection::Opening:
        return tr("Opening");
    case ReportSection::Direction:
        return tr("I. Direction and deployment");
    case ReportSection::Assessment:
        return tr("III. General assessment");
    case ReportSection::Orientation:
        return tr("V. Directions for next year");
    case ReportSection::Proposals:
        return tr("VI. Proposals");
    }
    return {};
}

QList<ReportGap> AnnualReportService::gaps(const AnnualReport &report)
{
    QList<ReportGap> gaps;
    const int indicatorCount = int(report.indicators.size());
    for (const SubmissionOverviewRow &row : std::as_const(report.overview.rows)) {
        if (row.isCovered())
            continue; // its predecessors' reports stand for it this year
        if (row.timeliness == Timeliness::Missing) {
            gaps.append({ReportGap::Kind::MissingSubmission, row.unit.id, row.unit.name, 0, {}});
            continue;
        }
        const auto submission = report.submissions.constFind(row.unit.id);
        int filled = 0;
        if (submission != report.submissions.cend())
            for (const IndicatorValue &v : submission->values)
                filled += !v.isEmpty();
        if (filled < indicatorCount)
            gaps.append({ReportGap::Kind::EmptyIndicators, row.unit.id, row.unit.name, indicatorCount - filled, {}});
    }
    for (const RankedUnit &row : std::as_const(report.ranking.rows))
        if (!row.isRanked() && row.timeliness != Timeliness::Missing)
            gaps.append({ReportGap::Kind::NotReviewed, row.unit.id, row.unit.name, row.items - row.reviewedItems, {}});
    for (ReportSection section : sections()) {
        if (!report.saved.contains(section) || AnnualReport::hasPlaceholder(report.saved.value(section)))
            gaps.append({ReportGap::Kind::DraftText, 0, {}, 0, section});
    }
    return gaps;
}

QString AnnualReportService::describe(const ReportGap &gap)
{
    switch (gap.kind) {
    case ReportGap::Kind::MissingSubmission:
        return tr("%1: no report received").arg(gap.unitName);
    case ReportGap::Kind::EmptyIndicators:
        return tr("%1: %n indicator(s) empty", nullptr, gap.count).arg(gap.unitName);
    case ReportGap::Kind::NotReviewed:
        return tr("%1: scores not reviewed (%n item(s) left)", nullptr, gap.count).arg(gap.unitName);
    case ReportGap::Kind::DraftText:
        return tr("%1: still the program's draft or holds a [note] to replace").arg(sectionTitle(gap.section));
    }
    return {};
}

int AnnualReportService::daysLeft(const AnnualReport &report)
{
    const QDate deadline = report.reportDeadline().isValid() ? report.reportDeadline() : QDate(report.year, 12, 10);
    return int(report.today.daysTo(deadline));
}

ReminderLetter AnnualReportService::reminder(const AnnualReport &report, QDate date, QDate deadline)
{
    ReminderLetter letter;
    letter.year = report.year;
    letter.unitDeadline = report.unitDeadline();
    letter.reportDeadline = report.reportDeadline().isValid() ? report.reportDeadline() : QDate(report.year, 12, 10);
    letter.newDeadline = deadline.isValid() ? deadline : defaultReminderDeadline(report, date);
    for (const SubmissionOverviewRow &row : std::as_const(report.overview.rows))
        if (row.isMissing()) // a unit covered by its predecessors' reports gets no reminder
            letter.missingUnits.append(row.unit.name);
    return letter;
}

QDate AnnualReportService::defaultReminderDeadline(const AnnualReport &report, QDate date)
{
    const QDate reportDeadline =
        report.reportDeadline().isValid() ? report.reportDeadline() : QDate(report.year, 12, 10);
    const QDate before = addWorkingDays(reportDeadline, -3);
    if (!date.isValid() || before > date)
        return before;
    return addWorkingDays(date, 3);
}

QDate AnnualReportService::addWorkingDays(QDate date, int days)
{
    const int step = days < 0 ? -1 : 1;
    for (int left = qAbs(days); left > 0 && date.isValid();) {
        date = date.addDays(step);
        if (date.dayOfWeek() < Qt::Saturday)
            --left;
    }
    return date;
}
