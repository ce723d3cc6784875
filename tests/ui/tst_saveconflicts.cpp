#include "domain/annualreport.h"
#include "mainwindow.h"
#include "reports/reportsectioneditor.h"
#include "reports/reportsscreen.h"
#include "scoring/scoringgridmodel.h"
#include "scoring/scoringscreen.h"
#include "services/annualreportservice.h"
#include "services/demogenerator.h"
#include "services/seeder.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

// Two windows on one SQLite file (two connections, two bundles of services, as two
// copies of the program): a save from a copy read before the other window's change is
// refused with the conflict dialog, whose three answers are clicked.
class TestSaveConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void reportSectionKeepEditingThenSaveOver();
    void reportSectionReloadTheirs();
    void reviewedScoreTypedIntoAStaleCell();

private:
    struct Window
    {
        std::unique_ptr<Database> database;
        std::unique_ptr<Services> services; // outlives the window
        std::unique_ptr<MainWindow> window;
    };
    std::unique_ptr<Window> openWindow(int screenKey);
    ReportsScreen *reports(Window &w);
    QPlainTextEdit *openSection(ReportsScreen *screen, ReportSection section);
    static void typeText(QWidget *widget, const QString &text);
    // Clicks the cell, opens its editor with F2, types `text` and Enter; false when no
    // editor opened.
    static bool typeInto(QTableView *view, const QModelIndex &index, const QString &text);
    // Clicks the button named `buttonText` of the next message box; `text` receives its
    // text, informative and detailed texts.
    static void clickInNextMessageBox(const QString &buttonText, QString *text = nullptr);
    QString savedText(ReportSection section) const;
    QString lastActor() const;

    QTemporaryDir m_dir;
    QString m_path;
};

void TestSaveConflicts::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("xhht-tests"));
    QVERIFY(m_dir.isValid());
}

void TestSaveConflicts::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    Database database;
    database.open(m_path);
    Seeder(database).seed();
    DemoGenerator(database).addDemo();
}

void TestSaveConflicts::cleanup()
{
    bool pending = false;
    for (QTimer *timer : qApp->findChildren<QTimer *>(QStringLiteral("clickInNextMessageBox"))) {
        pending = pending || timer->isActive();
        timer->stop();
        timer->deleteLater();
    }
    QVERIFY2(!pending, "an expected message box was never shown");
}

std::unique_ptr<TestSaveConflicts::Window> TestSaveConflicts::openWindow(int screenKey)
{
    auto w = std::make_unique<Window>();
    w->database = std::make_unique<Database>();
    w->database->open(m_path, Database::OpenMode::ExistingOnly);
    w->services = std::make_unique<Services>(*w->database);
    w->window = std::make_unique<MainWindow>(*w->services);
    w->window->submissionService().setToday(QDate(2025, 12, 1));
    w->window->resize(1280, 800);
    w->window->show();
    if (!QTest::qWaitForWindowActive(w->window.get()))
        qWarning("main window not active");
    QTest::keyClick(w->window.get(), Qt::Key(screenKey), Qt::ControlModifier);
    return w;
}

ReportsScreen *TestSaveConflicts::reports(Window &w)
{
    auto *screen = qobject_cast<ReportsScreen *>(w.window->screen(MainWindow::ReportsScreenIndex));
    if (!screen)
        return nullptr;
    QComboBox *combo = screen->yearBox();
    for (int i = 0; i < combo->count(); ++i)
        if (combo->itemText(i) == QStringLiteral("2025"))
            combo->setCurrentIndex(i);
    return screen->year() == 2025 ? screen : nullptr;
}

QPlainTextEdit *TestSaveConflicts::openSection(ReportsScreen *screen, ReportSection section)
{
    screen->window()->activateWindow();
    if (!QTest::qWaitForWindowActive(screen->window()))
        return nullptr;
    ReportSectionEditor *sections = screen->sectionEditor();
    QListWidget *list = sections->sectionList();
    const int row = int(AnnualReportService::sections().indexOf(section));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
    if (sections->currentSection() != section)
        return nullptr;
    QPlainTextEdit *edit = sections->editor(section);
    QTest::mouseClick(edit->viewport(), Qt::LeftButton, {}, QPoint(10, 10));
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    return edit->hasFocus() ? edit : nullptr;
}

// QTest::keyClicks() types Latin-1 only: Vietnamese letters go as key events with text.
void TestSaveConflicts::typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

bool TestSaveConflicts::typeInto(QTableView *view, const QModelIndex &index, const QString &text)
{
    view->window()->activateWindow();
    if (!QTest::qWaitForWindowActive(view->window()))
        return false;
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    if (view->currentIndex() != index)
        return false;
    QTest::keyClick(view, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    if (!editor || editor == view)
        return false;
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    return true;
}

void TestSaveConflicts::clickInNextMessageBox(const QString &buttonText, QString *text)
{
    auto *timer = new QTimer(qApp);
    timer->setObjectName(QStringLiteral("clickInNextMessageBox"));
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, buttonText, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (text)
            *text = box->windowTitle() + QLatin1Char('\n') + box->text() + QLatin1Char('\n') + box->informativeText() +
                    QLatin1Char('\n') + box->detailedText();
        timer->stop();
        timer->deleteLater();
        for (QAbstractButton *button : box->buttons())
            if (button->text() == buttonText) {
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        box->close(); // no such button: the test's QCOMPAREs on the answer fail
    });
    timer->start();
}

QString TestSaveConflicts::savedText(ReportSection section) const
{
    Database database;
    database.open(m_path, Database::OpenMode::ExistingOnly);
    return AnnualReportService(database).load(2025).saved.value(section);
}

QString TestSaveConflicts::lastActor() const
{
    Database database;
    database.open(m_path, Database::OpenMode::ExistingOnly);
    const QList<AuditEntry> trail = AuditRepository(database).forEntity(QStringLiteral("report_text"), 2025);
    return trail.isEmpty() ? QString() : trail.last().actor;
}

void TestSaveConflicts::reportSectionKeepEditingThenSaveOver()
{
    std::unique_ptr<Window> first = openWindow(Qt::Key_5);
    std::unique_ptr<Window> second = openWindow(Qt::Key_5);
    ReportsScreen *mine = reports(*first);
    ReportsScreen *theirs = reports(*second);
    QVERIFY(mine && theirs);

    // The first window's clerk starts typing; the second saves the same section first.
    QPlainTextEdit *myEdit = openSection(mine, ReportSection::Opening);
    QVERIFY(myEdit);
    typeText(myEdit, QStringLiteral("Văn bản của tôi"));
    QPlainTextEdit *theirEdit = openSection(theirs, ReportSection::Opening);
    QVERIFY(theirEdit);
    typeText(theirEdit, QStringLiteral("Văn bản của họ"));
    QTest::mouseClick(theirs->sectionEditor()->saveButton(), Qt::LeftButton);
    QCOMPARE(savedText(ReportSection::Opening), QStringLiteral("Văn bản của họ"));

    // Keep editing: nothing written, the typed text still in the editor, unsaved.
    first->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(first->window.get()));
    QString shown;
    clickInNextMessageBox(QStringLiteral("Keep editing"), &shown);
    QTest::mouseClick(mine->sectionEditor()->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY2(shown.startsWith(QStringLiteral("Changed by someone else")), qPrintable(shown));
    QVERIFY2(shown.contains(lastActor()), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("theirs Văn bản của họ → yours Văn bản của tôi")), qPrintable(shown));
    QCOMPARE(savedText(ReportSection::Opening), QStringLiteral("Văn bản của họ"));
    QCOMPARE(myEdit->toPlainText(), QStringLiteral("Văn bản của tôi"));
    QVERIFY(mine->sectionEditor()->isModified(ReportSection::Opening));
    QCOMPARE(first->window->undoStack()->count(), 0);

    // Asked again, "Save mine over theirs" writes it, as one undoable step.
    clickInNextMessageBox(QStringLiteral("Save mine over theirs"));
    QTest::mouseClick(mine->sectionEditor()->saveButton(), Qt::LeftButton);
    QCOMPARE(savedText(ReportSection::Opening), QStringLiteral("Văn bản của tôi"));
    QVERIFY(!mine->sectionEditor()->isModified(ReportSection::Opening));
    QCOMPARE(first->window->undoStack()->count(), 1);
    // Its undo brings their text back, not the draft.
    first->window->undoStack()->undo();
    QCOMPARE(savedText(ReportSection::Opening), QStringLiteral("Văn bản của họ"));
}

void TestSaveConflicts::reportSectionReloadTheirs()
{
    std::unique_ptr<Window> first = openWindow(Qt::Key_5);
    std::unique_ptr<Window> second = openWindow(Qt::Key_5);
    ReportsScreen *mine = reports(*first);
    ReportsScreen *theirs = reports(*second);
    QVERIFY(mine && theirs);
    QPlainTextEdit *myEdit = openSection(mine, ReportSection::Assessment);
    QVERIFY(myEdit);
    typeText(myEdit, QStringLiteral("Đánh giá của tôi"));
    QPlainTextEdit *theirEdit = openSection(theirs, ReportSection::Assessment);
    QVERIFY(theirEdit);
    typeText(theirEdit, QStringLiteral("Đánh giá của họ"));
    QTest::mouseClick(theirs->sectionEditor()->saveButton(), Qt::LeftButton);

    first->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(first->window.get()));
    QString shown;
    clickInNextMessageBox(QStringLiteral("Reload their version"), &shown);
    QTest::mouseClick(mine->sectionEditor()->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!shown.isEmpty());
    QCOMPARE(savedText(ReportSection::Assessment), QStringLiteral("Đánh giá của họ"));
    QCOMPARE(myEdit->toPlainText(), QStringLiteral("Đánh giá của họ"));
    QVERIFY(!mine->sectionEditor()->isModified(ReportSection::Assessment));
    // Now current, the next edit saves without a question.
    QTest::mouseClick(myEdit->viewport(), Qt::LeftButton, {}, QPoint(10, 10));
    QTest::keyClick(myEdit, Qt::Key_End, Qt::ControlModifier);
    typeText(myEdit, QStringLiteral(" Thêm."));
    QTest::mouseClick(mine->sectionEditor()->saveButton(), Qt::LeftButton);
    QCOMPARE(savedText(ReportSection::Assessment), QStringLiteral("Đánh giá của họ Thêm."));
}

void TestSaveConflicts::reviewedScoreTypedIntoAStaleCell()
{
    std::unique_ptr<Window> first = openWindow(Qt::Key_4);
    auto *screen = qobject_cast<ScoringScreen *>(first->window->screen(MainWindow::ScoringScreenIndex));
    QVERIFY(screen);
    QComboBox *year = screen->findChild<QComboBox *>(QStringLiteral("scoringYear"));
    QVERIFY(year);
    year->setCurrentIndex(year->findText(QStringLiteral("2025")));
    auto *view = screen->findChild<QTableView *>(QStringLiteral("scoringView"));
    QVERIFY(view);
    auto *model = qobject_cast<ScoringGridModel *>(view->model());
    QVERIFY(model);
    QVERIFY(model->rowCount() > 0);
    int row = 0;
    while (row < model->rowCount() && !model->isReceived(row))
        ++row;
    QVERIFY(row < model->rowCount());
    const int column = ScoringGridModel::FirstCriterionColumn;
    const Criterion *criterion = model->criterionAt(column);
    QVERIFY(criterion);
    const qint64 unitId = model->unitAt(row).id;
    const QString shownBefore = model->index(row, column).data(ScoringGridModel::ReviewedTextRole).toString();

    // Another window (its own connection) saves the same cell; this grid is not told.
    Database other;
    other.open(m_path, Database::OpenMode::ExistingOnly);
    SubmissionService theirs(other);
    Submission s = theirs.load(unitId, 2025);
    const CriterionScore seen = *s.score(criterion->id);
    for (CriterionScore &c : s.scores)
        if (c.criterionId == criterion->id)
            c.reviewed = Points::fromWhole(0);
    theirs.saveReview(s, criterion->id, seen);
    QCOMPARE(model->index(row, column).data(ScoringGridModel::ReviewedTextRole).toString(), shownBefore);

    // Typed into the stale cell: the dialog; keep editing leaves their value stored.
    QString shown;
    clickInNextMessageBox(QStringLiteral("Keep editing"), &shown);
    QVERIFY(typeInto(view, model->index(row, column), QStringLiteral("1")));
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(QStringLiteral("%1 (reviewed): theirs 0 → yours 1").arg(criterion->code)),
             qPrintable(shown));
    QCOMPARE(theirs.load(unitId, 2025).score(criterion->id)->reviewed, std::optional<Points>(Points::fromWhole(0)));
    auto *message = screen->findChild<QLabel *>(QStringLiteral("scoringMessage"));
    QVERIFY(message);
    QVERIFY2(message->text().contains(QStringLiteral("Not saved")), qPrintable(message->text()));

    // Again, saving over theirs.
    clickInNextMessageBox(QStringLiteral("Save mine over theirs"));
    QVERIFY(typeInto(view, model->index(row, column), QStringLiteral("1")));
    QTRY_COMPARE(theirs.load(unitId, 2025).score(criterion->id)->reviewed, std::optional<Points>(Points::fromWhole(1)));
    QCOMPARE(model->index(row, column).data(ScoringGridModel::ReviewedTextRole).toString(), QStringLiteral("1"));
}

QTEST_MAIN(TestSaveConflicts)
#include "tst_saveconflicts.moc"
