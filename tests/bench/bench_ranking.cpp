// Ranking a year of the benchmark database in process: the ranking alone (inputs
// already in memory) and the whole rankYear() with its reading. Prints medians in ms.
#include "services/rankingservice.h"
#include "services/submissionservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_ranking DATABASE YEAR\n");
        return 2;
    }
    const int year = QString::fromLocal8Bit(argv[2]).toInt();
    Database db;
    db.open(QString::fromLocal8Bit(argv[1]));
    RankingService service(db);
    const Rubric rubric = SubmissionService(db).context(year).rubric;
    const QList<RankingInput> inputs = service.inputs(year);
    const QList<TieRule> rules = RankingService::defaultRules(rubric);

    QList<double> rankMs;
    QList<double> yearMs;
    int ranked = 0;
    for (int i = 0; i < 9; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Ranking ranking = RankingService::rank(rubric, inputs, rules);
        rankMs.append(double(timer.nsecsElapsed()) / 1e6);
        ranked = int(std::count_if(ranking.rows.cbegin(), ranking.rows.cend(),
                                   [](const RankedUnit &r) { return r.isRanked(); }));
        timer.restart();
        const Ranking whole = service.rankYear(year);
        yearMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("units=%lld\nranked=%d\ncriteria=%d\nrank_ms=%.1f\nrank_year_ms=%.1f\n", qlonglong(inputs.size()),
                ranked, rubric.itemCount(), median(rankMs), median(yearMs));
    return 0;
}
