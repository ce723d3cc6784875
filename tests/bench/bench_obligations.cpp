// Generating the plan's task obligations for many units over the plan's seven years, in
// process: a fresh generation (nothing stored yet), a regeneration (everything already
// there), reading one year for display, and a fresh generation of one year. Prints
// medians in ms.
//
// usage: bench_obligations [UNITS]   (default 10000 synthetic commune-level units, each
// owing one yearly task, on top of the seeded plan)
#include "domain/unit.h"
#include "services/obligationservice.h"
#include "services/seeder.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"

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
    const int units = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    Database db;
    db.openInMemory();
    Seeder(db).seed();
    {
        Transaction transaction(db);
        UnitRepository repository(db);
        for (int i = 0; i < units; ++i) {
            Unit u;
            u.code = QStringLiteral("BENCH-%1").arg(i, 5, 10, QLatin1Char('0'));
            u.name = QStringLiteral("Xã Bình Thạnh %1").arg(i);
            u.kind = QStringLiteral("commune");
            // A few come late or go early, as units do.
            u.validFrom = i % 10 == 0 ? QDate(2025, 7, 1) : QDate(2024, 1, 1);
            if (i % 17 == 0)
                u.validTo = QDate(2027, 12, 31);
            repository.insert(u);
        }
        transaction.commit();
    }
    ObligationService service(db);
    Task communes;
    communes.code = QStringLiteral("TB1");
    communes.title = QStringLiteral("Báo cáo kết quả xây dựng xã hội học tập của cấp xã");
    communes.recurrence = QStringLiteral("yearly");
    communes.dueMonth = 11;
    communes.dueDay = 30;
    TaskAssignee kind;
    kind.unitKind = QStringLiteral("commune");
    communes.assignees = {kind};
    service.saveTask(communes);

    QList<double> freshMs;
    QList<double> againMs;
    QList<double> readMs;
    int obligations = 0;
    for (int i = 0; i < 7; ++i) {
        db.execute(QStringLiteral("DELETE FROM task_obligation"));
        QElapsedTimer timer;
        timer.start();
        const ObligationService::Generated fresh = service.generate(2024, 2030);
        freshMs.append(double(timer.nsecsElapsed()) / 1e6);
        obligations = fresh.added;
        timer.restart();
        service.generate(2024, 2030);
        againMs.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        const QList<Obligation> year = service.forYear(2026);
        readMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    // One year, as the Tasks screen and `xhht tasks` generate it on first use.
    QList<double> oneYearMs;
    for (int i = 0; i < 7; ++i) {
        db.execute(QStringLiteral("DELETE FROM task_obligation"));
        QElapsedTimer timer;
        timer.start();
        service.generate(2026);
        oneYearMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("units=%d\nyears=7\nobligations=%d\ngenerate_fresh_ms=%.1f\ngenerate_again_ms=%.1f\n"
                "for_year_ms=%.1f\ngenerate_one_year_ms=%.1f\n",
                units, obligations, median(freshMs), median(againMs), median(readMs), median(oneYearMs));
    return 0;
}
