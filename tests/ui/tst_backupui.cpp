#include "backup/backupcontroller.h"
#include "dashboard/dashboardscreen.h"
#include "mainwindow.h"
#include "services/backupservice.h"
#include "services/demogenerator.h"
#include "services/seeder.h"
#include "services/services.h"
#include "services/unitservice.h"
#include "settingsdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// Backups in the window: File ▸ Back up now, the Dashboard's line about the last backup,
// the folder in Settings, File ▸ Restore from a backup.
class TestBackupUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void backUpNowFromTheFileMenu();
    void dashboardWarnsWithoutAFolder();
    void settingsChooseTheFolder();
    void restoreAsksThenSwapsIn();

private:
    static QAction *fileAction(MainWindow &window, const QString &name);
    // Clicks `button` on the next message box, as the clerk does.
    static void answerNextMessageBox(QMessageBox::StandardButton button);
    QTemporaryDir m_dir;
    std::unique_ptr<Services> m_services;
    QString m_folder;
};

void TestBackupUi::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("xhht-tests"));
    m_services = Services::open(m_dir.filePath(QStringLiteral("xhht.sqlite")), Services::Open::CreateIfMissing);
    m_services->seeder().seed();
    m_folder = m_dir.filePath(QStringLiteral("stick"));
}

void TestBackupUi::init()
{
    QDir(m_folder).removeRecursively();
    BackupService::setFolder(QString());
}

QAction *TestBackupUi::fileAction(MainWindow &window, const QString &name)
{
    const QList<QAction *> menus = window.menuBar()->actions();
    if (menus.isEmpty() || !menus.first()->menu())
        return nullptr;
    for (QAction *action : menus.first()->menu()->actions())
        if (action->objectName() == name)
            return action;
    return nullptr;
}

void TestBackupUi::answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return answerNextMessageBox(button); // not shown yet
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
}

void TestBackupUi::backUpNowFromTheFileMenu()
{
    QVERIFY(QDir().mkpath(m_folder));
    BackupService::setFolder(m_folder);
    MainWindow window(*m_services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dashboard = qobject_cast<DashboardScreen *>(window.screen(MainWindow::DashboardScreenIndex));
    QVERIFY(dashboard);
    auto *status = dashboard->findChild<QLabel *>(QStringLiteral("backupStatus"));
    QVERIFY(status);
    // Opening made the first copy (none was there).
    QTRY_COMPARE(QDir(m_folder).entryList({QStringLiteral("xhht-*.sqlite")}).size(), 1);

    QAction *backUp = fileAction(window, QStringLiteral("fileBackUpNow"));
    QVERIFY(backUp);
    QTest::qWait(1100); // a new second: a second copy, not the same name
    backUp->trigger();
    QCOMPARE(QDir(m_folder).entryList({QStringLiteral("xhht-*.sqlite")}).size(), 1); // the same day keeps one
    QVERIFY2(status->text().contains(QStringLiteral("Last backup")), qPrintable(status->text()));
    QVERIFY(!status->property("warning").toBool());
}

void TestBackupUi::dashboardWarnsWithoutAFolder()
{
    MainWindow window(*m_services);
    auto *dashboard = qobject_cast<DashboardScreen *>(window.screen(MainWindow::DashboardScreenIndex));
    QVERIFY(dashboard);
    auto *status = dashboard->findChild<QLabel *>(QStringLiteral("backupStatus"));
    QVERIFY(status);
    dashboard->reload();
    QVERIFY(status->property("warning").toBool());
    QVERIFY2(status->text().contains(QStringLiteral("No backup folder")), qPrintable(status->text()));
    BackupService::setFolder(m_folder); // chosen, but not there
    dashboard->reload();
    QVERIFY(status->property("warning").toBool());
    QVERIFY2(status->text().contains(QStringLiteral("cannot be found")), qPrintable(status->text()));
}

void TestBackupUi::settingsChooseTheFolder()
{
    SettingsDialog dialog(*m_services);
    dialog.show();
    QLineEdit *folder = dialog.backupFolderEdit();
    QVERIFY(folder->text().isEmpty());
    QTest::keyClicks(folder, m_folder);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(BackupService::folder(), QDir::cleanPath(m_folder));
}

void TestBackupUi::restoreAsksThenSwapsIn()
{
    const QString backup = m_dir.filePath(QStringLiteral("before.sqlite"));
    m_services->backups().backUp(backup);
    const qsizetype units = m_services->units().all().size();
    QVERIFY(units > 0);
    m_services->demo().addSynthetic(2, 2024, 2024, {});
    QCOMPARE(m_services->units().all().size(), units + 2);
    MainWindow window(*m_services);
    BackupController *controller = window.backups();
    QSignalSpy restored(controller, &BackupController::restored);

    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!controller->restoreFrom(backup));
    QCOMPARE(restored.size(), 0);

    answerNextMessageBox(QMessageBox::Yes);
    QTimer::singleShot(200, qApp, [] { answerNextMessageBox(QMessageBox::Ok); }); // "Restored"
    QVERIFY(controller->restoreFrom(backup));
    QCOMPARE(restored.size(), 1);
    QCOMPARE(m_services->units().all().size(), units);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("xhht.sqlite.before-restore-*")}).size(), 1);
}

QTEST_MAIN(TestBackupUi)
#include "tst_backupui.moc"
