// Opening a screen of the main window as the clerk does: the window is up and painted
// (on the Dashboard, where it opens), then the screen is asked for and painted. Prints
// the in-process time from the request to the end of that paint, in ms, and the part
// spent building the screen with its data. One measure per process: a screen, once
// built, is kept. tools/bench.sh runs it several times and takes the median.
#include "language.h"
#include "mainwindow.h"
#include "services/services.h"
#include "storage/database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("xhht-bench"));
    Language::install(app);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_openscreen DATABASE SCREEN\n");
        return 2;
    }
    Database db;
    db.open(QString::fromLocal8Bit(argv[1]));
    Services services(db);
    MainWindow window(services);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QCoreApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    window.showScreen(QString::fromLocal8Bit(argv[2]).toInt());
    const qint64 built = timer.nsecsElapsed();
    QCoreApplication::processEvents(); // layout requests and the like, as the event loop would
    window.repaint();                  // and the paint, now
    const qint64 painted = timer.nsecsElapsed();
    std::printf("build_ms=%.1f\nopen_ms=%.1f\n", double(built) / 1e6, double(painted) / 1e6);
    return 0;
}
