// Submissions in process, on a copy of the benchmark database: saving one edited
// submission (one transaction with its audit entries and the fsync of
// synchronous=FULL), and loading a year's overview for the Submissions screen.
// Prints medians in ms.
#include "services/submissionservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

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
        std::fprintf(stderr, "usage: bench_submissions DATABASE YEAR\n");
        return 2;
    }
    const int year = QString::fromLocal8Bit(argv[2]).toInt();
    Database db;
    db.open(QString::fromLocal8Bit(argv[1]));
    SubmissionService service(db);

    QList<double> overviewMs;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        const SubmissionOverview overview = service.overview(year);
        overviewMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (overview.rows.isEmpty())
            return 1;
    }

    const qint64 unit = service.context(year).units.value(100).id;
    Submission s = service.load(unit, year);
    if (s.id == 0 || s.scores.isEmpty())
        return 1;
    QList<double> saveMs;
    for (int i = 0; i < 31; ++i) {
        s.documentNumber = QStringLiteral("%1/BC-BENCH").arg(i);
        s.scores.first().self = Points::fromWhole(i % 2);
        QElapsedTimer timer;
        timer.start();
        s = service.save(s);
        saveMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("overview_ms=%.1f\nsave_ms=%.2f\n", median(overviewMs), median(saveMs));
    return 0;
}
