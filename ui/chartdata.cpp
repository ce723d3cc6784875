#include "chartdata.h"

#include "services/rankingservice.h"
#include "services/submissionservice.h"
#include "storage/unitrepository.h"

#include <algorithm>

namespace {
double value(Points points)
{
    return double(points.hundredths()) / 100.0;
}
} // namespace

QList<std::pair<QString, double>> ChartData::yearTotals(const Database &database, int year)
{
    QList<std::pair<QString, double>> totals;
    const Ranking ranking = RankingService(database).rankYear(year);
    for (const RankedUnit &row : ranking.rows)
        if (row.total)
            totals.append({row.unit.name, value(*row.total)});
    // Ranked rows come by rank already; shared ranks and tie rules keep their order.
    std::stable_sort(totals.begin(), totals.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return totals;
}

QList<std::pair<int, std::optional<double>>> ChartData::unitHistory(const Database &database, qint64 unitId,
                                                                    QString *unitName)
{
    QList<std::pair<int, std::optional<double>>> history;
    if (unitName)
        *unitName = UnitRepository(database).byId(unitId).value_or(Unit()).name;
    const RankingService ranking(database);
    for (int year : SubmissionService(database).years()) {
        std::optional<double> total;
        for (const RankedUnit &row : ranking.rankYear(year).rows) {
            if (row.unit.id != unitId)
                continue;
            if (row.total)
                total = value(*row.total);
            if (unitName)
                *unitName = row.unit.name;
            break;
        }
        history.append({year, total});
    }
    return history;
}
