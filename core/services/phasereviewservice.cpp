#include "phasereviewservice.h"

#include "annualreportservice.h"
#include "domain/validationissue.h"
#include "domain/vietnamesecollator.h"
#include "recognitionservice.h"
#include "storage/obligationrepository.h"
#include "storage/planrepository.h"
#include "storage/taskrepository.h"
#include "storage/unitrepository.h"
#include "storage/yearsettingsrepository.h"
#include "unitservice.h"

#include <algorithm>

namespace {

struct TaskCount
{
    int due = 0;
    int done = 0;
};

// (year, unit) -> the unit's task obligations that year, from one read of the phase.
QHash<QPair<int, qint64>, TaskCount> taskCounts(const QList<Obligation> &obligations)
{
    QHash<QPair<int, qint64>, TaskCount> counts;
    for (const Obligation &o : obligations) {
        TaskCount &c = counts[qMakePair(o.year, o.unitId)];
        ++c.due;
        c.done += o.isDone();
    }
    return counts;
}

PhaseYearResult result(const SubmissionOverviewRow &row, const RankedUnit *ranked, const Rubric &rubric,
                       TaskCount tasks)
{
    PhaseYearResult r;
    r.unitId = row.unit.id;
    r.unitName = row.unit.name;
    r.timeliness = row.timeliness;
    r.tasksDue = tasks.due;
    r.tasksDone = tasks.done;
    if (!ranked)
        return r;
    r.timeliness = ranked->timeliness;
    r.ranked = ranked->isRanked();
    if (!r.ranked)
        return r;
    r.rank = ranked->rank;
    r.total = ranked->total;
    r.level = ranked->level;
    r.classification = ranked->classification;
    for (qsizetype i = 0; i < rubric.classes.size(); ++i)
        if (rubric.classes.at(i).name == ranked->classification) {
            r.classCode = rubric.classes.at(i).code;
            r.classPosition = int(i);
            break;
        }
    return r;
}

} // namespace

PhaseReviewService::PhaseReviewService(const Database &database) : m_database(database) {}

QDate PhaseReviewService::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QList<Phase> PhaseReviewService::phases() const
{
    QList<Phase> phases = PlanRepository(m_database).phases();
    std::sort(phases.begin(), phases.end(), [](const Phase &a, const Phase &b) { return a.number < b.number; });
    return phases;
}

PhaseReview PhaseReviewService::load(int phaseNumber) const
{
    PlanRepository plans(m_database);
    PhaseReview review;
    review.phases = phases();
    const auto phase = std::find_if(review.phases.cbegin(), review.phases.cend(),
                                    [phaseNumber](const Phase &p) { return p.number == phaseNumber; });
    if (phase == review.phases.cend())
        throw ValidationError({{QStringLiteral("phase"), tr("The plan has no phase %1.").arg(phaseNumber)}});
    review.phase = *phase;
    review.plan = plans.plan().value_or(Plan{});
    review.tasks = TaskRepository(m_database).all();
    review.asOf = std::min(QDate(review.phase.yearTo, 12, 31), today());
    review.rolledUp = m_rollUp;

    for (const YearSettings &settings : YearSettingsRepository(m_database).all())
        if (review.phase.contains(settings.year) && settings.year <= review.asOf.year())
            review.years.append(settings.year);
    std::sort(review.years.begin(), review.years.end());

    const QHash<QPair<int, qint64>, TaskCount> tasks =
        taskCounts(ObligationRepository(m_database).storedForYears(review.phase.yearFrom, review.phase.yearTo));
    const QHash<qint64, QList<qint64>> successors = UnitService(m_database).rollUpMap(review.asOf);
    QHash<qint64, Unit> units;
    for (const Unit &unit : UnitRepository(m_database).all())
        units.insert(unit.id, unit);

    QHash<qint64, PhaseUnitRow> rows; // by the row's unit id
    for (const Unit &unit : std::as_const(units))
        if (unit.isActiveOn(review.asOf))
            rows[unit.id].unit = unit;

    AnnualReportService annual(m_database);
    annual.setToday(today());
    for (int year : std::as_const(review.years)) {
        const AnnualReport report = annual.load(year);
        QHash<qint64, const RankedUnit *> ranked;
        for (const RankedUnit &r : report.ranking.rows)
            ranked.insert(r.unit.id, &r);

        PhaseYearFigures figures;
        figures.year = year;
        figures.expected = report.expected();
        figures.received = report.submitted();
        figures.late = report.late();
        figures.reviewed = report.reviewed;
        figures.figures = report.figures;
        figures.classes = report.classes;
        figures.rubricClasses = report.ranking.rubric.classes;
        figures.rubricName = report.ranking.rubric.name;
        figures.byLevels = report.ranking.byLevels;

        for (const SubmissionOverviewRow &row : report.overview.rows) {
            const TaskCount count = tasks.value(qMakePair(year, row.unit.id));
            const PhaseYearResult yearResult =
                result(row, ranked.value(row.unit.id, nullptr), report.ranking.rubric, count);
            QList<qint64> targets = m_rollUp ? successors.value(row.unit.id) : QList<qint64>();
            if (targets.isEmpty()) { // ended without a successor, or not rolled up: a row of its own
                PhaseUnitRow &own = rows[row.unit.id];
                if (own.unit.id == 0) {
                    own.unit = units.value(row.unit.id, row.unit);
                    own.ended = !own.unit.isActiveOn(review.asOf);
                }
                targets.append(row.unit.id);
            }
            for (qint64 target : std::as_const(targets)) {
                PhaseUnitRow &r = rows[target];
                if (r.unit.id == 0)
                    r.unit = units.value(target);
                r.years[year].append(yearResult);
                if (target != row.unit.id && !r.predecessors.contains(row.unit.id))
                    r.predecessors.append(row.unit.id);
            }
        }
        for (auto t = tasks.cbegin(); t != tasks.cend(); ++t)
            if (t.key().first == year) {
                figures.tasksDue += t->due;
                figures.tasksDone += t->done;
            }
        review.perYear.append(figures);
    }
    review.totals = sumFigures(review.perYear);

    QList<PhaseUnitRow> list = rows.values();
    QStringList names;
    names.reserve(list.size());
    for (const PhaseUnitRow &row : std::as_const(list))
        names.append(row.unit.name);
    review.rows.reserve(list.size());
    for (qsizetype i : VietnameseCollator().order(names))
        review.rows.append(list.at(i));
    recognition(review);
    return review;
}

QList<IndicatorFigure> PhaseReviewService::sumFigures(const QList<PhaseYearFigures> &years)
{
    QList<IndicatorFigure> totals;
    QHash<qint64, qsizetype> index;
    for (const PhaseYearFigures &year : years)
        for (const IndicatorFigure &f : year.figures) {
            auto at = index.constFind(f.indicator.id);
            if (at == index.cend()) {
                at = index.insert(f.indicator.id, totals.size());
                totals.append({f.indicator, 0, 0, 0, 0, {}});
            }
            IndicatorFigure &total = totals[*at];
            total.reporting += f.reporting;
            total.estimates += f.estimates;
            total.sumHundredths += f.sumHundredths;
            total.yes += f.yes;
            for (const QString &text : f.texts)
                total.texts.append(QStringLiteral("Năm %1, %2").arg(year.year).arg(text));
        }
    return totals;
}

void PhaseReviewService::recognition(PhaseReview &review) const
{
    RecognitionService recognitions(m_database);
    for (const RecognitionRow &row : recognitions.statuses(review.asOf))
        if (row.status.current)
            (row.status.current->level == 2 ? review.recognisedLevel2 : review.recognisedLevel1) += 1;
    for (const RecognitionDecision &d : recognitions.decisions())
        if (d.level > 0 && d.carriedFromId == 0 && d.date <= review.asOf && review.phase.contains(d.date.year()))
            review.phaseDecisions.append(QStringLiteral("Quyết định số %1 ngày %2")
                                             .arg(d.number, d.date.toString(QStringLiteral("dd/MM/yyyy"))));
}
