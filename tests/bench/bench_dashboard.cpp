// Opening the Dashboard's summary on the benchmark database (10,000 units, 2024-2030),
// in process, after the seven years' task obligations exist: the first screen's cost.
// Prints the median in ms.
#include "services/dashboardservice.h"
#include "services/obligationservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_dashboard DATABASE (a copy: obligations are generated in it)\n");
        return 2;
    }
    Database db;
    db.open(QString::fromLocal8Bit(argv[1]));
    ObligationService(db).generate(2024, 2030);
    const QDate today(2026, 12, 2);
    QList<double> times;
    int expected = 0;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        const DashboardSummary summary = DashboardService(db).summary(today, QDate(2026, 11, 25));
        times.append(double(timer.nsecsElapsed()) / 1e6);
        expected = summary.expected;
    }
    std::sort(times.begin(), times.end());
    std::printf("dashboard_units=%d\ndashboard_ms=%.1f\n", expected, times.at(times.size() / 2));
    return 0;
}
