// File ▸ Connect to server… against the throwaway PostgreSQL 15 ctest starts
// ($XHHT_TEST_PG): typed in, connected, the window saying where the data is and as whom;
// a wrong database or login said in the dialog, the fields kept.
#include "backup/backupcontroller.h"
#include "connectdialog.h"
#include "domain/serveraddress.h"
#include "mainwindow.h"
#include "reports/reportsectioneditor.h"
#include "reports/reportsscreen.h"
#include "services/annualreportservice.h"
#include "services/serverservice.h"
#include "services/services.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>

class TestConnectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typedInAndConnected();
    void aWrongDatabaseIsSaidInTheDialog();
    void theWindowSaysWhereTheDataIsAndAsWhom();
    void aLeadersWindowIsReadOnly();
    void eachOfficeChangesItsOwnPart();
    void reconnectKeepsTheUnsavedText();

private:
    void fill(ConnectDialog &dialog, const QString &database, const QString &user);
    static void clickConnect(ConnectDialog &dialog);

    ServerAddress m_server;
    QString m_uri;
};

void TestConnectDialog::initTestCase()
{
    QVERIFY2(!TestDatabase::serverUri().isEmpty(), "XHHT_TEST_PG is not set: ctest starts the test server");
    QString problem;
    QVERIFY(m_server.parse(TestDatabase::serverUri(), &problem));
    m_uri = TestDatabase::newServerDatabase();
    const std::unique_ptr<Services> owner = Services::open(m_uri, Services::Open::CreateIfMissing);
    owner->server().initialise();
    const QStringList leftover = {QStringLiteral("ui_leader"), QStringLiteral("ui_clerk"),
                                  QStringLiteral("ui_council")};
    for (const ServerLogin &login : owner->server().logins())
        if (leftover.contains(login.name))
            owner->server().removeLogin(login.name);
    for (const QString &role : {QStringLiteral("leader"), QStringLiteral("clerk"), QStringLiteral("council")}) {
        try {
            owner->server().addLogin(QStringLiteral("ui_") + role, role, {}, {});
        } catch (const std::exception &) {
            // a login of a run before (logins are the server's, not one database's)
        }
    }
}

void TestConnectDialog::fill(ConnectDialog &dialog, const QString &database, const QString &user)
{
    auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("host"));
    auto *db = dialog.findChild<QLineEdit *>(QStringLiteral("database"));
    auto *login = dialog.findChild<QLineEdit *>(QStringLiteral("user"));
    QVERIFY(host && db && login);
    host->clear();
    QTest::keyClicks(host, m_server.host);
    db->clear();
    QTest::keyClicks(db, database);
    login->clear();
    QTest::keyClicks(login, user);
}

void TestConnectDialog::clickConnect(ConnectDialog &dialog)
{
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->text().contains(QLatin1String("Connect")))
            return QTest::mouseClick(button, Qt::LeftButton);
    QFAIL("no Connect button");
}

void TestConnectDialog::typedInAndConnected()
{
    ServerAddress target;
    QString problem;
    target.parse(m_uri, &problem);
    ConnectDialog dialog{QString()};
    dialog.show();
    fill(dialog, target.database, m_server.user);
    clickConnect(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const std::unique_ptr<Services> services = dialog.takeServices();
    QVERIFY(services);
    QVERIFY(services->server().isServer());
    QVERIFY(dialog.address().contains(target.database));
    QVERIFY(!dialog.address().contains(QLatin1String("password")));
}

void TestConnectDialog::aWrongDatabaseIsSaidInTheDialog()
{
    ConnectDialog dialog{QString()};
    dialog.show();
    fill(dialog, QStringLiteral("no_such_database"), m_server.user);
    clickConnect(dialog);
    QVERIFY(dialog.isVisible());
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problem"));
    QVERIFY(problem && problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("no database")), qPrintable(problem->text()));
    // The fields stay as typed, for another try.
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("database"))->text(), QStringLiteral("no_such_database"));
}

void TestConnectDialog::theWindowSaysWhereTheDataIsAndAsWhom()
{
    const std::unique_ptr<Services> services = Services::open(m_uri, Services::Open::Existing);
    MainWindow window(*services);
    auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QLatin1String("signed in as ") + m_server.user), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QLatin1String("administrator")), qPrintable(label->text()));
    QVERIFY2(window.windowTitle().contains(QLatin1String("localhost/")), qPrintable(window.windowTitle()));
    // A server's backups are the administrator's: the file backups are not offered, nor
    // asked for on the Dashboard.
    QVERIFY(!window.backups()->backUpNowAction()->isEnabled());
    QVERIFY(!window.backups()->restoreAction()->isEnabled());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *backupLine =
        window.screen(MainWindow::DashboardScreenIndex)->findChild<QLabel *>(QStringLiteral("backupStatus"));
    QVERIFY(backupLine);
    QTRY_VERIFY(!backupLine->text().isEmpty());
    QVERIFY2(backupLine->text().contains(QLatin1String("server")), qPrintable(backupLine->text()));
    QVERIFY(!backupLine->property("warning").toBool());
}

void TestConnectDialog::aLeadersWindowIsReadOnly()
{
    ServerAddress leader;
    QString problem;
    leader.parse(m_uri, &problem);
    leader.user = QStringLiteral("ui_leader");
    const std::unique_ptr<Services> services = Services::open(leader.uri(), Services::Open::Existing);
    QCOMPARE(services->server().role(), QStringLiteral("leader"));
    QVERIFY(services->isReadOnly());
    MainWindow window(*services);
    auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QVERIFY(label->text().contains(QLatin1String("read-only")));
}

// Phòng QLVH&GĐ (the clerk) compiles, Văn phòng Sở (the council) evaluates: each login's
// window offers its own part of the work and says why the rest is off.
void TestConnectDialog::eachOfficeChangesItsOwnPart()
{
    struct Expected
    {
        QString role;
        bool units, tasks, lock, proposals;
    };
    for (const Expected &e : {Expected{QStringLiteral("clerk"), true, true, false, false},
                              Expected{QStringLiteral("council"), false, false, true, true}}) {
        ServerAddress address;
        QString problem;
        address.parse(m_uri, &problem);
        address.user = QStringLiteral("ui_") + e.role;
        const std::unique_ptr<Services> services = Services::open(address.uri(), Services::Open::Existing);
        QCOMPARE(services->server().role(), e.role);
        QVERIFY(!services->isReadOnly());
        MainWindow window(*services);
        window.show();
        const QString other =
            e.role == QLatin1String("clerk") ? QStringLiteral("council's work") : QStringLiteral("clerk's work");
        window.showScreen(MainWindow::UnitsScreenIndex);
        auto *newUnit = window.screen(MainWindow::UnitsScreenIndex)->findChild<QAction *>(QStringLiteral("newUnit"));
        QVERIFY(newUnit);
        QCOMPARE(newUnit->isEnabled(), e.units);
        QCOMPARE(newUnit->toolTip().contains(other), !e.units);
        window.showScreen(MainWindow::TasksScreenIndex);
        auto *addTask =
            window.screen(MainWindow::TasksScreenIndex)->findChild<QPushButton *>(QStringLiteral("addTask"));
        QVERIFY(addTask);
        QCOMPARE(addTask->isEnabled(), e.tasks);
        window.showScreen(MainWindow::ScoringScreenIndex);
        auto *lock = window.screen(MainWindow::ScoringScreenIndex)->findChild<QAction *>(QStringLiteral("lockYear"));
        QVERIFY(lock);
        QCOMPARE(lock->isEnabled(), e.lock);
        QCOMPARE(lock->toolTip().contains(other), !e.lock);
        window.showScreen(MainWindow::ReviewsScreenIndex);
        auto *proposal =
            window.screen(MainWindow::ReviewsScreenIndex)->findChild<QPushButton *>(QStringLiteral("newProposal"));
        QVERIFY(proposal);
        QCOMPARE(proposal->toolTip().contains(other), !e.proposals);
        if (!e.proposals)
            QVERIFY(!proposal->isEnabled());
    }
}

// The server ends the window's session (a restart): the save says the connection was
// lost and names Reconnect; Ctrl+Shift+R connects again with the same login, and the
// report text typed before is still there, and saves.
void TestConnectDialog::reconnectKeepsTheUnsavedText()
{
    const std::unique_ptr<Services> services = Services::open(m_uri, Services::Open::Existing);
    MainWindow window(*services);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.reconnectAction()->isVisible());
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    auto *screen = qobject_cast<ReportsScreen *>(window.screen(MainWindow::ReportsScreenIndex));
    QVERIFY(screen);
    ReportSectionEditor *sections = screen->sectionEditor();
    QListWidget *list = sections->sectionList();
    const int row = int(AnnualReportService::sections().indexOf(ReportSection::Opening));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
    QPlainTextEdit *edit = sections->editor(ReportSection::Opening);
    QTest::mouseClick(edit->viewport(), Qt::LeftButton, {}, QPoint(10, 10));
    QVERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, QStringLiteral("Typed before the restart"));

    Database admin;
    admin.open(m_uri, Database::OpenMode::ExistingOnly);
    QSqlQuery end(admin.connection());
    QVERIFY(end.exec(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = "
                                    "current_database() AND pid <> pg_backend_pid()")));
    QVERIFY(end.next() && end.value(0).toInt() >= 1);
    // Noticed before anything is saved: the status bar says so, with the way back.
    auto *lost = window.findChild<QWidget *>(QStringLiteral("connectionLost"));
    QVERIFY(lost);
    QTRY_VERIFY_WITH_TIMEOUT(lost->isVisible(), 5000);
    QVERIFY2(lost->toolTip().contains(QLatin1String("unsaved edits stay")), qPrintable(lost->toolTip()));
    auto *again = lost->findChild<QPushButton *>(QStringLiteral("connectionLostReconnect"));
    QVERIFY(again && again->isVisible());

    QTest::mouseClick(sections->saveButton(), Qt::LeftButton);
    auto *message = screen->findChild<QLabel *>(QStringLiteral("reportMessage"));
    QVERIFY(message);
    QVERIFY2(message->text().contains(QLatin1String("Reconnect to the server")), qPrintable(message->text()));
    QCOMPARE(edit->toPlainText(), QStringLiteral("Typed before the restart"));

    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QLatin1String("Connected again")),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(edit->toPlainText(), QStringLiteral("Typed before the restart"));
    QVERIFY(!lost->isVisible());
    QVERIFY(sections->isModified(ReportSection::Opening));
    QTest::mouseClick(sections->saveButton(), Qt::LeftButton);
    QCOMPARE(services->annualReports().load(screen->year()).saved.value(ReportSection::Opening),
             QStringLiteral("Typed before the restart"));
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
