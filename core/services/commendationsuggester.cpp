#include "commendationsuggester.h"

#include "domain/phasereview.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace {

const PhaseYearFigures *figuresOf(const PhaseReview &review, int year)
{
    for (const PhaseYearFigures &figures : review.perYear)
        if (figures.year == year)
            return &figures;
    return nullptr;
}

int classIndex(const QList<RubricClass> &classes, const QString &code)
{
    for (qsizetype i = 0; i < classes.size(); ++i)
        if (classes.at(i).code == code)
            return int(i);
    return -1;
}

QString yearList(const QList<int> &years)
{
    QStringList parts;
    for (int year : years)
        parts.append(QString::number(year));
    return parts.join(QStringLiteral(", "));
}

bool consecutive(const QList<int> &years)
{
    for (qsizetype i = 1; i < years.size(); ++i)
        if (years.at(i) != years.at(i - 1) + 1)
            return false;
    return true;
}

} // namespace

QString CommendationSuggester::classEveryYear(const PhaseReview &review, const PhaseUnitRow &row,
                                              const QString &classCode)
{
    if (review.years.isEmpty() || classCode.isEmpty())
        return {};
    QString className;
    bool best = true;
    bool levels = true;
    for (int year : review.years) {
        const QList<PhaseYearResult> results = row.years.value(year);
        const PhaseYearFigures *figures = figuresOf(review, year);
        if (results.isEmpty() || !figures)
            return {};
        const int wanted = classIndex(figures->rubricClasses, classCode);
        if (wanted < 0)
            return {}; // the year's rubric has no such class
        for (const PhaseYearResult &result : results) {
            if (!result.ranked)
                return {};
            const int reached = classIndex(figures->rubricClasses, result.classCode);
            if (reached < 0 || reached > wanted)
                return {};
        }
        className = figures->rubricClasses.at(wanted).name;
        best = best && wanted == 0;
        levels = levels && figures->byLevels;
    }
    QString reason = (levels ? QStringLiteral("Đạt ") : QStringLiteral("Xếp loại ")) + className;
    if (!best)
        reason += QStringLiteral(" trở lên");
    if (review.years.size() == 1)
        return reason + QStringLiteral(" năm %1").arg(review.years.constFirst());
    return reason + QStringLiteral(" %1 năm%2 (%3)")
                        .arg(review.years.size())
                        .arg(consecutive(review.years) ? QStringLiteral(" liền") : QString())
                        .arg(yearList(review.years));
}

QString CommendationSuggester::topN(const PhaseReview &review, const PhaseUnitRow &row, int topN, bool everyYear)
{
    if (review.years.isEmpty() || topN < 1)
        return {};
    const QList<int> years = everyYear ? review.years : QList<int>{review.years.constLast()};
    QStringList parts;
    for (int year : years) {
        const QList<PhaseYearResult> results = row.years.value(year);
        if (results.isEmpty())
            return {};
        QList<int> ranks;
        for (const PhaseYearResult &result : results) {
            if (!result.ranked || result.rank < 1 || result.rank > topN)
                return {};
            ranks.append(result.rank);
        }
        std::sort(ranks.begin(), ranks.end());
        QStringList rankTexts;
        for (int rank : std::as_const(ranks))
            rankTexts.append(QString::number(rank));
        const PhaseYearFigures *figures = figuresOf(review, year);
        const QString of = figures && figures->reviewed > 0 ? QStringLiteral("/%1").arg(figures->reviewed) : QString();
        parts.append(rankTexts.join(QStringLiteral(" và ")) + of + QStringLiteral(" năm %1").arg(year));
    }
    return QStringLiteral("Xếp hạng ") + parts.join(QStringLiteral(", "));
}

QList<CommendationSuggestion> CommendationSuggester::suggest(const PhaseReview &review,
                                                             const QList<SuggestionRule> &rules,
                                                             const QList<CommendationProposal> &existing)
{
    QSet<std::pair<qint64, qint64>> proposed; // unit, form: collectives already proposed in the phase
    for (const CommendationProposal &p : existing)
        if (p.phaseNumber == review.phase.number && p.individualId == 0)
            proposed.insert({p.unitId, p.formId});

    QList<CommendationSuggestion> result;
    QSet<std::pair<qint64, qint64>> suggested;
    for (const SuggestionRule &rule : rules) {
        if (!rule.enabled)
            continue;
        for (const PhaseUnitRow &row : review.rows) {
            if (row.ended)
                continue;
            QString reason;
            if (rule.kind == QLatin1String("class_every_year"))
                reason = classEveryYear(review, row, rule.classCode);
            else if (rule.kind == QLatin1String("top_n"))
                reason = topN(review, row, rule.topN, rule.everyYear);
            const std::pair<qint64, qint64> key{row.unit.id, rule.formId};
            if (reason.isEmpty() || suggested.contains(key))
                continue;
            suggested.insert(key);
            CommendationSuggestion s;
            s.unitId = row.unit.id;
            s.unitName = row.unit.name;
            s.formId = rule.formId;
            s.ruleKey = QStringLiteral("rule:%1").arg(rule.id);
            s.reason = reason;
            s.alreadyProposed = proposed.contains(key);
            result.append(s);
        }
    }
    return result;
}
