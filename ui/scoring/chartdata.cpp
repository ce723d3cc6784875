#include "chartdata.h"

#include "services/rankingservice.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "services/unitservice.h"

#include <algorithm>

namespace {
double value(Points points)
{
    return double(points.hundredths()) / 100.0;
}
} // namespace

QList<std::pair<QString, double>> ChartData::yearTotals(const Services &services, int year)
{
    QList<std::pair<QString, double>> totals;
    const Ranking ranking = services.ranking().rankYear(year);
    for (const RankedUnit &row : ranking.rows)
        if (row.total)
            totals.append({row.unit.name, value(*row.total)});
    // Ranked rows come by rank already; shared ranks and tie rules keep their order.
    std::stable_sort(totals.begin(), totals.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return totals;
}

QList<std::pair<int, std::optional<double>>> ChartData::unitHistory(const Services &services, qint64 unitId,
                                                                    QString *unitName)
{
    QList<std::pair<int, std::optional<double>>> history;
    if (unitName)
        *unitName = services.units().byId(unitId).value_or(Unit()).name;
    const RankingService &ranking = services.ranking();
    for (int year : services.submissions().years()) {
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
