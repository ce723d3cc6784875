#include "commands/serviceundocommand.h"
#include "mainwindow.h"
#include "recognition/recognitionscreen.h"
#include "recognition/recognitionstatusmodel.h"
#include "reports/recognitiondossierpanel.h"
#include "reports/reportsscreen.h"
#include "services/recognitionservice.h"
#include "services/rubricservice.h"
#include "services/seeder.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "support/testdatabase.h"
#include "widgets/datefield.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

// The "Công nhận ĐVHT" screen (issue 21): a decision typed in and added, listed with the
// date its recognition is kept until; undone and redone from the window's Edit keys;
// changed and refused with a message when a field is wrong; a read-only database allows
// no change. The Reports screen of a TT24 year counts the dossiers due on 15 January
// (ready, sent, missing) and records the day one was sent, undoably.
class TestRecognitionScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void decisionTypedUndoneAndRedone();
    void wrongFieldRefused();
    void decisionChanged();
    void readOnlyDatabaseAllowsNoChange();
    void reportsCountDossiers();
    void statusModelIsSound();

private:
    struct Window
    {
        std::unique_ptr<Services> services;
        std::unique_ptr<MainWindow> window;
        RecognitionScreen *screen = nullptr;
    };
    Window openWindow();
    qint64 unitId(const QString &code) const { return UnitRepository(*m_db).byCode(code)->id; }
    static void clickUnit(RecognitionScreen *screen, qint64 unitId);
    static void typeDecision(RecognitionScreen *screen, int year, const QString &number, const QString &date,
                             const QString &signer);
    // Types `text` key by key; letters outside ASCII (Đ, ễ) as the key events an input
    // method sends.
    static void typeText(QWidget *widget, const QString &text);
    static QString statusText(RecognitionScreen *screen, qint64 unitId, int column);
    void scoreUnit(const QString &code);

    std::unique_ptr<Database> m_db;
};

void TestRecognitionScreen::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("xhht-tests"));
}

void TestRecognitionScreen::init()
{
    m_db = std::make_unique<Database>();
    TestDatabase::prepare(*m_db);
}

void TestRecognitionScreen::cleanup()
{
    m_db.reset();
}

TestRecognitionScreen::Window TestRecognitionScreen::openWindow()
{
    Window w;
    w.services = std::make_unique<Services>(*m_db);
    w.services->recognition().setToday(QDate(2027, 3, 1));
    w.window = std::make_unique<MainWindow>(*w.services);
    w.window->resize(1280, 760);
    w.window->show();
    if (!QTest::qWaitForWindowActive(w.window.get()))
        qWarning("main window not active");
    // The navigation's entry, clicked.
    QListWidget *nav = w.window->navigation();
    QListWidgetItem *item = nav->item(MainWindow::RecognitionScreenIndex);
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(item).center());
    w.screen = qobject_cast<RecognitionScreen *>(w.window->screen(MainWindow::RecognitionScreenIndex));
    return w;
}

void TestRecognitionScreen::clickUnit(RecognitionScreen *screen, qint64 unitId)
{
    const int row = screen->statusModel()->rowOf(unitId);
    QVERIFY(row >= 0);
    QTableView *view = screen->statusView();
    const QModelIndex index = screen->statusModel()->index(row, RecognitionStatusModel::UnitColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(screen->currentUnitId(), unitId);
}

void TestRecognitionScreen::typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void TestRecognitionScreen::typeDecision(RecognitionScreen *screen, int year, const QString &number,
                                         const QString &date, const QString &signer)
{
    QSpinBox *yearField = screen->yearField();
    yearField->setFocus(Qt::TabFocusReason);
    QTest::keyClick(yearField, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(yearField, QString::number(year));
    QLineEdit *numberField = screen->numberField();
    numberField->setFocus(Qt::TabFocusReason);
    numberField->selectAll();
    typeText(numberField, number);
    DateField *dateField = screen->dateField();
    dateField->setFocus(Qt::TabFocusReason);
    dateField->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(dateField, date);
    QLineEdit *signerField = screen->signerField();
    signerField->setFocus(Qt::TabFocusReason);
    signerField->selectAll();
    typeText(signerField, signer);
}

QString TestRecognitionScreen::statusText(RecognitionScreen *screen, qint64 unitId, int column)
{
    const int row = screen->statusModel()->rowOf(unitId);
    return row < 0 ? QStringLiteral("(no row)") : screen->statusModel()->index(row, column).data().toString();
}

// Thư viện tỉnh: a Mức 1 decision on 2026 typed in and added; listed, kept until
// 31/12/2029, Mức 2 from a year after the decision; Ctrl+Z takes it away, Ctrl+Y brings
// it back.
void TestRecognitionScreen::decisionTypedUndoneAndRedone()
{
    Window w = openWindow();
    RecognitionScreen *screen = w.screen;
    QVERIFY(screen);
    QVERIFY(screen->isVisible());
    const qint64 tv = unitId(QStringLiteral("TV"));
    clickUnit(screen, tv);
    QCOMPARE(screen->decisionTable()->rowCount(), 0);
    QCOMPARE(statusText(screen, tv, RecognitionStatusModel::LevelColumn), QStringLiteral("Not recognised"));
    typeDecision(screen, 2026, QStringLiteral("215/QĐ-UBND"), QStringLiteral("20/02/2027"),
                 QStringLiteral("Nguyễn Văn A"));
    QCOMPARE(screen->dateField()->date(), QDate(2027, 2, 20));
    QCOMPARE(screen->levelField()->currentText(), QStringLiteral("Mức độ 1"));
    QTest::mouseClick(screen->addButton(), Qt::LeftButton);
    QVERIFY2(!screen->messageLabel()->isVisible(), qPrintable(screen->messageLabel()->text()));

    QCOMPARE(screen->decisionTable()->rowCount(), 1);
    QCOMPARE(screen->decisionTable()->item(0, 2)->text(), QStringLiteral("215/QĐ-UBND"));
    QCOMPARE(screen->decisionTable()->item(0, 3)->text(), QStringLiteral("20/02/2027"));
    QCOMPARE(statusText(screen, tv, RecognitionStatusModel::LevelColumn), QStringLiteral("Mức độ 1 (year 2026)"));
    QCOMPARE(statusText(screen, tv, RecognitionStatusModel::KeptUntilColumn), QStringLiteral("31/12/2029"));
    QCOMPARE(statusText(screen, tv, RecognitionStatusModel::Level2Column), QStringLiteral("20/02/2028"));
    QCOMPARE(w.services->recognition().decisions(tv).size(), 1);
    QCOMPARE(w.window->undoStack()->count(), 1);

    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(w.services->recognition().decisions(tv).isEmpty());
    QTRY_COMPARE(screen->decisionTable()->rowCount(), 0);
    QTRY_COMPARE(statusText(screen, tv, RecognitionStatusModel::LevelColumn), QStringLiteral("Not recognised"));
    QCOMPARE(statusText(screen, tv, RecognitionStatusModel::KeptUntilColumn), QString());

    QTest::keyClick(w.window.get(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(w.services->recognition().decisions(tv).size(), 1);
    QTRY_COMPARE(screen->decisionTable()->rowCount(), 1);
    QTRY_COMPARE(statusText(screen, tv, RecognitionStatusModel::KeptUntilColumn), QStringLiteral("31/12/2029"));
    QCOMPARE(screen->decisionTable()->item(0, 2)->text(), QStringLiteral("215/QĐ-UBND"));
}

// No number: the message names it, nothing is stored or pushed; a date before the year
// ends is refused the same way.
void TestRecognitionScreen::wrongFieldRefused()
{
    Window w = openWindow();
    RecognitionScreen *screen = w.screen;
    QVERIFY(screen);
    const qint64 bt = unitId(QStringLiteral("BT"));
    clickUnit(screen, bt);
    typeDecision(screen, 2026, QString(), QStringLiteral("20/02/2027"), QStringLiteral("Nguyễn Văn A"));
    QTest::mouseClick(screen->addButton(), Qt::LeftButton);
    QVERIFY(screen->messageLabel()->isVisible());
    QCOMPARE(screen->messageLabel()->text(), QStringLiteral("A decision needs its number."));
    typeDecision(screen, 2026, QStringLiteral("9/QĐ-UBND"), QStringLiteral("20/12/2026"), QString());
    QTest::mouseClick(screen->addButton(), Qt::LeftButton);
    QVERIFY(screen->messageLabel()->text().contains(QStringLiteral("after it ends")));
    QVERIFY(w.services->recognition().decisions(bt).isEmpty());
    QCOMPARE(w.window->undoStack()->count(), 0);
    QCOMPARE(screen->decisionTable()->rowCount(), 0);
}

// A decision chosen in the list fills the form; Mức độ 2 chosen with the keyboard and
// saved shows in the list; undone, Mức độ 1 again. Removed with the button, then undone.
void TestRecognitionScreen::decisionChanged()
{
    Window w = openWindow();
    RecognitionScreen *screen = w.screen;
    QVERIFY(screen);
    const qint64 tv = unitId(QStringLiteral("TV"));
    clickUnit(screen, tv);
    typeDecision(screen, 2025, QStringLiteral("12/QĐ-UBND"), QStringLiteral("10/02/2026"), QStringLiteral("B"));
    QTest::mouseClick(screen->addButton(), Qt::LeftButton);
    QCOMPARE(screen->decisionTable()->rowCount(), 1);

    QTableWidget *table = screen->decisionTable();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(0, 0)).center());
    QCOMPARE(screen->numberField()->text(), QStringLiteral("12/QĐ-UBND"));
    QVERIFY(screen->saveButton()->isEnabled());
    screen->levelField()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(screen->levelField(), Qt::Key_Down);
    QCOMPARE(screen->levelField()->currentText(), QStringLiteral("Mức độ 2"));
    QTest::mouseClick(screen->saveButton(), Qt::LeftButton);
    QCOMPARE(statusText(screen, tv, RecognitionStatusModel::LevelColumn), QStringLiteral("Mức độ 2 (year 2025)"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Mức độ 2"));
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(statusText(screen, tv, RecognitionStatusModel::LevelColumn), QStringLiteral("Mức độ 1 (year 2025)"));

    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(0, 0)).center());
    QVERIFY(screen->removeButton()->isEnabled());
    QTest::mouseClick(screen->removeButton(), Qt::LeftButton);
    QVERIFY(w.services->recognition().decisions(tv).isEmpty());
    QCOMPARE(table->rowCount(), 0);
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.services->recognition().decisions(tv).size(), 1);
    QTRY_COMPARE(table->rowCount(), 1);
}

void TestRecognitionScreen::readOnlyDatabaseAllowsNoChange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    {
        Database db;
        db.open(path);
        Seeder(db).seed();
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    {
        Database db;
        db.open(path);
        QVERIFY(db.isReadOnly());
        Services services(db);
        services.recognition().setToday(QDate(2027, 3, 1));
        QUndoStack undo;
        RecognitionScreen screen(services, &undo);
        screen.resize(1100, 650);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        QVERIFY(screen.statusModel()->rowCount() > 0);
        QVERIFY(screen.currentUnitId() > 0);
        for (QWidget *field :
             std::initializer_list<QWidget *>{screen.yearField(), screen.levelField(), screen.numberField(),
                                              screen.dateField(), screen.signerField()})
            QVERIFY2(!field->isEnabled(), qPrintable(field->objectName()));
        for (QPushButton *button : {screen.newButton(), screen.addButton(), screen.saveButton(), screen.removeButton()})
            QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
        QVERIFY(screen.findChild<QLabel *>(QStringLiteral("recognitionReadOnly")));
        screen.numberField()->setText(QStringLiteral("1/QĐ-UBND"));
        QVERIFY(!screen.addDecision());
        QVERIFY(services.recognition().decisions().isEmpty());
        QCOMPARE(undo.count(), 0);
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void TestRecognitionScreen::scoreUnit(const QString &code)
{
    SubmissionService submissions(*m_db);
    submissions.setToday(QDate(2026, 12, 7));
    Submission s = submissions.load(unitId(code), 2026);
    s.status = QStringLiteral("received");
    s.receivedDate = QDate(2026, 11, 20);
    s.scores.clear();
    for (const Criterion &c : submissions.context(2026).scoredCriteria()) {
        CriterionScore score;
        score.criterionId = c.id;
        const bool percent = c.kind == QLatin1String("percent");
        score.self =
            *Points::parse(c.level == 1 ? (percent ? QStringLiteral("93") : QStringLiteral("1")) : QStringLiteral("0"));
        s.scores.append(score);
    }
    submissions.save(s);
}

// 2026 on TT24: Thư viện tỉnh scored to Mức 1 is ready, the others missing; its sent date
// typed and recorded makes it sent; Ctrl+Z makes it ready again. 2025 (TT22) has no panel.
void TestRecognitionScreen::reportsCountDossiers()
{
    RubricService rubrics(*m_db);
    for (const Rubric &r : rubrics.all())
        if (r.code == QLatin1String("TT24-2023"))
            rubrics.assign(2026, r.id);
    scoreUnit(QStringLiteral("TV"));
    Services services(*m_db);
    services.recognition().setToday(QDate(2027, 1, 20));
    MainWindow window(services);
    window.submissionService().setToday(QDate(2027, 1, 20));
    window.resize(1280, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    auto *reports = qobject_cast<ReportsScreen *>(window.screen(MainWindow::ReportsScreenIndex));
    QVERIFY(reports);
    QComboBox *years = reports->yearBox();
    years->setFocus();
    QTest::keyClick(years, Qt::Key_Home);
    for (int i = 0; i < years->count() && years->currentText() != QLatin1String("2026"); ++i)
        QTest::keyClick(years, Qt::Key_Down);
    QCOMPARE(reports->year(), 2026);
    RecognitionDossierPanel *panel = reports->dossierPanel();
    // The dossiers are the second tab of the lists, named with the missing ones.
    auto *lists = reports->findChild<QTabWidget *>(QStringLiteral("reportLists"));
    QVERIFY(lists);
    QCOMPARE(lists->count(), 2);
    const int tab = lists->indexOf(panel);
    QVERIFY(tab > 0);
    QVERIFY(!panel->isVisible());
    QTest::mouseClick(lists->tabBar(), Qt::LeftButton, {}, lists->tabBar()->tabRect(tab).center());
    QVERIFY(panel->isVisible());
    const qsizetype units = services.recognition().unitsOf(2026).size();
    QVERIFY(units > 1);
    QCOMPARE(panel->countsLabel()->text(),
             QStringLiteral("Ready: 1 · Sent: 0 · Missing: %1 · Reaching no level: 0").arg(units - 1));
    QVERIFY(panel->title().contains(QStringLiteral("15/01/2027")));
    QCOMPARE(lists->tabText(tab), QStringLiteral("Dossiers (%1 missing)").arg(units - 1));

    QTreeWidget *view = panel->view();
    QTreeWidgetItem *ready = view->topLevelItem(0);
    QCOMPARE(ready->text(0), QStringLiteral("Ready to send (1)"));
    QCOMPARE(ready->childCount(), 1);
    QTreeWidgetItem *line = ready->child(0);
    QCOMPARE(line->text(0), QStringLiteral("Thư viện tỉnh Tây Ninh"));
    QCOMPARE(line->text(1), QStringLiteral("Mức độ 1"));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualItemRect(line).center());
    QVERIFY(panel->recordButton()->isEnabled());
    DateField *sentOn = panel->sentField();
    sentOn->setFocus(Qt::TabFocusReason);
    sentOn->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(sentOn, QStringLiteral("12/01/2027"));
    QTest::mouseClick(panel->recordButton(), Qt::LeftButton);
    QVERIFY2(!panel->messageLabel()->isVisible(), qPrintable(panel->messageLabel()->text()));
    QCOMPARE(services.recognition().dossierSent(unitId(QStringLiteral("TV")), 2026), QDate(2027, 1, 12));
    QCOMPARE(panel->countsLabel()->text(),
             QStringLiteral("Ready: 0 · Sent: 1 · Missing: %1 · Reaching no level: 0").arg(units - 1));
    QCOMPARE(view->topLevelItem(1)->child(0)->text(1), QStringLiteral("sent on 12/01/2027"));

    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(services.recognition().dossierSent(unitId(QStringLiteral("TV")), 2026), QDate());
    QTRY_COMPARE(panel->countsLabel()->text(),
                 QStringLiteral("Ready: 1 · Sent: 0 · Missing: %1 · Reaching no level: 0").arg(units - 1));

    years->setFocus();
    QTest::keyClick(years, Qt::Key_Home);
    for (int i = 0; i < years->count() && years->currentText() != QLatin1String("2025"); ++i)
        QTest::keyClick(years, Qt::Key_Down);
    QCOMPARE(reports->year(), 2025);
    QVERIFY(!panel->isVisible());
}

void TestRecognitionScreen::statusModelIsSound()
{
    RecognitionService service(*m_db);
    service.setToday(QDate(2027, 3, 1));
    RecognitionDecision d;
    d.unitId = unitId(QStringLiteral("TV"));
    d.year = 2024;
    d.level = 1;
    d.number = QStringLiteral("5/QĐ-UBND");
    d.date = QDate(2025, 2, 1);
    service.save(d);
    RecognitionStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(service.statuses(service.today()));
    QVERIFY(model.rowCount() > 0);
    const int row = model.rowOf(d.unitId);
    QVERIFY(row >= 0);
    // 2024 is kept until 31/12/2027: it must be evaluated again in 2027.
    QCOMPARE(model.index(row, RecognitionStatusModel::ReevaluateColumn).data().toString(),
             QStringLiteral("Yes, this year"));
    QCOMPARE(model.index(row, RecognitionStatusModel::Level2Column).data().toString(),
             QStringLiteral("01/02/2026 (now)"));
}

QTEST_MAIN(TestRecognitionScreen)
#include "tst_recognitionscreen.moc"
