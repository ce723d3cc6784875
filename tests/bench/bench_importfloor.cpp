// What SQLite alone needs to store an import's rows, for comparison with the import:
// the rows that `xhht import submissions` wrote (submissions, values, scores, audit
// entries, the kept file and its units) copied with INSERT ... SELECT from the imported database
// into a fresh copy of the base, with the program's own pragmas (foreign keys, WAL,
// synchronous=FULL), in one transaction with its commit. No file is read, no value is
// bound or checked. Prints the median in ms.
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_importfloor BASE IMPORTED YEAR\n");
        return 2;
    }
    const QString base = QString::fromLocal8Bit(argv[1]);
    const QString imported = QString::fromLocal8Bit(argv[2]);
    const int year = QString::fromLocal8Bit(argv[3]).toInt();
    QTemporaryDir dir;
    QList<double> times;
    QList<double> closedTimes; // with the close after, as a process ends: SQLite checkpoints the WAL
    qint64 rows = 0;
    for (int run = 0; run < 7; ++run) {
        const QString path = dir.filePath(QStringLiteral("floor-%1.sqlite").arg(run));
        if (!QFile::copy(base, path))
            return 1;
        QElapsedTimer timer;
        {
            Database db;
            db.open(path);
            SqlQuery attach(db, QStringLiteral("ATTACH DATABASE ? AS imported"));
            attach.bind(imported);
            attach.exec();
            const QStringList copies = {
                QStringLiteral("INSERT INTO submission SELECT * FROM imported.submission WHERE year = ?"),
                QStringLiteral("INSERT INTO submission_value SELECT v.* FROM imported.submission_value v "
                               "JOIN imported.submission s ON s.id = v.submission_id WHERE s.year = ?"),
                QStringLiteral("INSERT INTO submission_score SELECT c.* FROM imported.submission_score c "
                               "JOIN imported.submission s ON s.id = c.submission_id WHERE s.year = ?"),
                QStringLiteral("INSERT INTO audit_log SELECT * FROM imported.audit_log "
                               "WHERE id > (SELECT MAX(id) FROM main.audit_log) AND ? > 0"),
                QStringLiteral("INSERT INTO imported_file SELECT * FROM imported.imported_file "
                               "WHERE id > (SELECT COALESCE(MAX(id), 0) FROM main.imported_file) AND ? > 0"),
                QStringLiteral(
                    "INSERT INTO imported_file_unit SELECT * FROM imported.imported_file_unit WHERE year = ?")};
            timer.start();
            rows = 0;
            {
                Transaction transaction(db);
                for (const QString &sql : copies) {
                    SqlQuery copy(db, sql);
                    copy.bind(year);
                    copy.exec();
                    rows += copy.rowsAffected();
                }
                transaction.commit();
            }
            times.append(double(timer.nsecsElapsed()) / 1e6);
        } // the database closes here
        closedTimes.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::sort(closedTimes.begin(), closedTimes.end());
    std::printf("floor_ms=%.0f\nfloor_closed_ms=%.0f\nfloor_rows=%lld\n", times.at(times.size() / 2),
                closedTimes.at(closedTimes.size() / 2), static_cast<long long>(rows));
    return rows > 0 ? 0 : 1;
}
