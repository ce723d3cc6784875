// Opens the main window on a database (on the Dashboard, or on the screen given by its
// MainWindow::Screen number) and prints the wall-clock time (ms since the
// epoch) of its first paint, then quits. tools/bench.sh subtracts the launch time, so
// the figure covers the whole process: loading, opening the database, building and
// painting the window.
#include "language.h"
#include "mainwindow.h"
#include "services/services.h"
#include "storage/database.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace {
class FirstPaint final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // After this paint completes, report and quit.
            QTimer::singleShot(0, qApp, [] {
                std::printf("first_paint_epoch_ms=%lld\n", QDateTime::currentMSecsSinceEpoch());
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("xhht-bench"));
    Language::install(app);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_firstpaint DATABASE [SCREEN]\n");
        return 2;
    }
    Database db;
    db.open(QString::fromLocal8Bit(argv[1]));
    QElapsedTimer building;
    building.start();
    Services services(db);
    MainWindow window(services);
    // The window opens on the Dashboard; another screen is shown before the first paint.
    if (argc > 2)
        window.showScreen(QString::fromLocal8Bit(argv[2]).toInt());
    // In process: the window and its screen built with their data, before painting.
    std::printf("build_ms=%lld\n", building.elapsed());
    FirstPaint filter;
    window.installEventFilter(&filter);
    window.show();
    return app.exec();
}
