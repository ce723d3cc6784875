#include "demogenerator.h"

#include "storage/database.h"
#include "storage/indicatorrepository.h"
#include "storage/rubricrepository.h"
#include "storage/submissionrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"
#include "storage/yearsettingsrepository.h"

#include <QRandomGenerator>

namespace {

// Figures for every indicator, in the range its kind allows.
QList<IndicatorValue> valuesFor(const QList<Indicator> &indicators, QRandomGenerator &random, bool estimate)
{
    QList<IndicatorValue> values;
    values.reserve(indicators.size());
    for (const Indicator &indicator : indicators) {
        IndicatorValue v;
        v.indicatorId = indicator.id;
        if (indicator.kind == QLatin1String("count")) {
            v.hasNumber = true;
            v.numberHundredths = qint64(random.bounded(0, 400)) * 100;
        } else if (indicator.kind == QLatin1String("percent")) {
            v.hasNumber = true;
            v.numberHundredths = qint64(random.bounded(6000, 10001)) / 50 * 50;
        } else if (indicator.kind == QLatin1String("yesno")) {
            v.hasNumber = true;
            v.numberHundredths = random.bounded(0, 10) < 8 ? 100 : 0;
        } else {
            v.text = QStringLiteral("Mô hình “Cơ quan học tập” được duy trì, nhân rộng.");
        }
        v.estimate = estimate && v.hasNumber && indicator.kind == QLatin1String("count");
        values.append(v);
    }
    return values;
}

// A score for every item, on the item's step; totals land between about 55 and 100.
QList<CriterionScore> scoresFor(const Rubric &rubric, QRandomGenerator &random, bool reviewed)
{
    QList<CriterionScore> scores;
    for (const Criterion &c : rubric.criteria) {
        if (c.kind == QLatin1String("group"))
            continue;
        CriterionScore s;
        s.criterionId = c.id;
        if (c.kind == QLatin1String("points")) {
            const qint64 max = c.maxPoints.hundredths();
            const qint64 step = c.step.hundredths() > 0 ? c.step.hundredths() : 100;
            const qint64 steps = max / step;
            const qint64 self = max - step * qint64(random.bounded(0, int(steps / 2) + 1));
            s.self = Points::fromHundredths(self);
            if (reviewed)
                s.reviewed = Points::fromHundredths(std::max<qint64>(0, self - step * random.bounded(0, 3)));
        } else if (c.kind == QLatin1String("percent")) {
            s.self = Points::fromWhole(random.bounded(85, 101));
            if (reviewed)
                s.reviewed = s.self;
        } else {
            s.self = Points::fromWhole(random.bounded(0, 10) < 9 ? 1 : 0);
            if (reviewed)
                s.reviewed = s.self;
        }
        scores.append(s);
    }
    return scores;
}

Submission submissionFor(const Unit &unit, int year, int serial, QDate received, QRandomGenerator &random)
{
    Submission s;
    s.unitId = unit.id;
    s.year = year;
    s.documentNumber = QStringLiteral("%1/BC-%2").arg(serial, 2, 10, QLatin1Char('0')).arg(unit.code);
    s.receivedDate = received;
    s.documentDate = received.addDays(-random.bounded(1, 6));
    s.status = QStringLiteral("received");
    return s;
}

} // namespace

void DemoGenerator::addDemo()
{
    QRandomGenerator random(20241210);
    const QList<Indicator> indicators = IndicatorRepository(m_database).all();
    YearSettingsRepository years(m_database);
    RubricRepository rubrics(m_database);
    UnitRepository unitRepository(m_database);
    SubmissionRepository submissions(m_database);

    Transaction transaction(m_database);
    for (const int year : {2024, 2025}) {
        const YearSettings settings = years.forYear(year).value();
        const Rubric rubric = rubrics.byId(settings.rubricId).value();
        const QList<Unit> units = unitRepository.activeIn(year);
        for (qsizetype i = 0; i < units.size(); ++i) {
            const bool missing = year == 2025 && i == units.size() - 1;
            if (missing)
                continue;
            // Every fifth unit is late: it arrives a few days after the unit deadline.
            const bool late = i % 5 == 3;
            const QDate received = late ? settings.unitDeadline.addDays(random.bounded(1, 8))
                                        : settings.unitDeadline.addDays(-random.bounded(0, 20));
            Submission s = submissionFor(units.at(i), year, int(i) + 1, received, random);
            s.status = year == 2024 ? QStringLiteral("verified") : QStringLiteral("received");
            s.values = valuesFor(indicators, random, year == 2025);
            s.scores = scoresFor(rubric, random, year == 2024);
            submissions.insert(s);
        }
    }
    transaction.commit();
}

void DemoGenerator::addSynthetic(int unitCount, int yearFrom, int yearTo, const std::function<void(int, int)> &progress)
{
    QRandomGenerator random(quint32(unitCount) * 7919u + quint32(yearFrom));
    const QList<Indicator> indicators = IndicatorRepository(m_database).all();
    UnitRepository unitRepository(m_database);
    SubmissionRepository submissions(m_database);
    YearSettingsRepository years(m_database);
    RubricRepository rubrics(m_database);

    static const QStringList kPlaces = {
        QStringLiteral("An"),    QStringLiteral("Ân"),    QStringLiteral("Bình"),  QStringLiteral("Bến"),
        QStringLiteral("Cầu"),   QStringLiteral("Châu"),  QStringLiteral("Dương"), QStringLiteral("Đông"),
        QStringLiteral("Hòa"),   QStringLiteral("Long"),  QStringLiteral("Phước"), QStringLiteral("Tân"),
        QStringLiteral("Thạnh"), QStringLiteral("Trảng"), QStringLiteral("Ninh"),  QStringLiteral("Lộc")};
    static const QStringList kGroups = {QStringLiteral("Khối xã, phường 1"), QStringLiteral("Khối xã, phường 2"),
                                        QStringLiteral("Khối xã, phường 3"), QStringLiteral("Khối xã, phường 4")};

    const int total = unitCount * (yearTo - yearFrom + 2);
    int done = 0;
    Transaction transaction(m_database);
    const int firstSerial = unitRepository.count() + 1;
    QList<Unit> created;
    created.reserve(unitCount);
    for (int i = 0; i < unitCount; ++i) {
        Unit u;
        const int serial = firstSerial + i;
        u.code = QStringLiteral("DEMO-%1").arg(serial, 5, 10, QLatin1Char('0'));
        const QString prefix = i % 7 == 0 ? QStringLiteral("Phường") : QStringLiteral("Xã");
        u.name = QStringLiteral("%1 %2 %3 %4")
                     .arg(prefix, kPlaces.at(i % kPlaces.size()), kPlaces.at((i / kPlaces.size()) % kPlaces.size()))
                     .arg(serial);
        u.shortName = u.name;
        u.kind = QStringLiteral("commune");
        u.group = kGroups.at(i % kGroups.size());
        u.validFrom = QDate(yearFrom, 1, 1);
        u.id = unitRepository.insert(u);
        created.append(u);
        if (progress && ++done % 1000 == 0)
            progress(done, total);
    }
    for (int year = yearFrom; year <= yearTo; ++year) {
        const std::optional<YearSettings> settings = years.forYear(year);
        if (!settings)
            continue;
        const Rubric rubric = rubrics.byId(settings->rubricId).value();
        QList<Submission> block; // many rows per statement
        for (int i = 0; i < created.size(); ++i) {
            const QDate received = settings->unitDeadline.addDays(random.bounded(-25, 6));
            Submission s = submissionFor(created.at(i), year, i + 1, received, random);
            s.values = valuesFor(indicators, random, false);
            s.scores = scoresFor(rubric, random, true);
            block.append(std::move(s));
            if (block.size() == 256 || i == created.size() - 1) {
                submissions.insertAll(block);
                block.clear();
            }
            if (progress && ++done % 1000 == 0)
                progress(done, total);
        }
    }
    transaction.commit();
    if (progress)
        progress(total, total);
}
