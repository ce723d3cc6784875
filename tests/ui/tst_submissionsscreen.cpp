#include "mainwindow.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "services/submissionvalidator.h"
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "storage/yearsettingsrepository.h"
#include "submissions/importfiledetails.h"
#include "submissions/submissioneditordialog.h"
#include "submissions/submissionfilesdialog.h"
#include "submissions/submissionfiltermodel.h"
#include "submissions/submissionsscreen.h"
#include "submissions/submissiontablemodel.h"
#include "submissions/submissionworkbooks.h"
#include "support/testdatabase.h"
#include "widgets/evidencepanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

// The Submissions screen offscreen on the demo data: counts and filters, the editor
// driven with mouse and keyboard, saving through the undo stack, undo and redo checked
// against the database.
class TestSubmissionsScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsEveryActiveUnitWithCounts();
    void filtersByStatusGroupAndText();
    void ctrl3OpensTheScreen();
    void editSavesThenUndoAndRedo();
    void recordingAMissingSubmissionAndUndoingIt();
    void evidenceComesBackWithRedo();
    void invalidInputDisablesSaveAndEscapeWritesNothing();
    void liveTotalFollowsTyping();
    void tabOrderFollowsTheForm();
    void lockedYearIsReadOnlyAndUndoIsRefused();
    void exportsAndImports();
    void tableModelPassesTester();
    void screenshots();

private:
    static constexpr int kYear = 2025;
    struct Window
    {
        std::unique_ptr<Services> services; // outlives the window
        std::unique_ptr<MainWindow> window;
        SubmissionsScreen *screen = nullptr;
    };
    Window openWindow();
    static void chooseYear(SubmissionsScreen *screen, int year);
    static void chooseItem(QComboBox *combo, const QString &text);
    static bool activate(QWidget *window);
    static QModelIndex indexOfUnit(SubmissionsScreen *screen, qint64 unitId, int column = 0);
    static SubmissionEditorDialog *openByDoubleClick(SubmissionsScreen *screen, qint64 unitId);
    static SubmissionEditorDialog *openByEnter(SubmissionsScreen *screen, qint64 unitId);
    static QLineEdit *field(SubmissionEditorDialog *editor, const QString &key);
    static void showPage(SubmissionEditorDialog *editor, int page);
    static void retype(QLineEdit *edit, const QString &text);
    // Presses `button` on the next message box that shows up; returns its text through
    // *text.
    static void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr);
    // What the Import… button does once `path` is chosen in its file dialog (not driven
    // here: Qt's own); returns the preview.
    static SubmissionFilesDialog *importFile(SubmissionsScreen *screen, const QString &path);
    SubmissionOverviewRow firstRow(Timeliness::Kind kind) const;
    Criterion firstPointsCriterion() const;
    QString expectedCounts() const;

    std::unique_ptr<Database> m_db;
};

void TestSubmissionsScreen::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("xhht-tests"));
}

void TestSubmissionsScreen::init()
{
    m_db = std::make_unique<Database>();
    TestDatabase::prepare(*m_db, TestDatabase::WithDemo);
}

void TestSubmissionsScreen::cleanup()
{
    m_db.reset();
}

TestSubmissionsScreen::Window TestSubmissionsScreen::openWindow()
{
    Window w;
    w.services = std::make_unique<Services>(*m_db);
    w.window = std::make_unique<MainWindow>(*w.services);
    w.window->show();
    if (!QTest::qWaitForWindowActive(w.window.get()))
        qWarning("main window not active");
    w.window->showScreen(MainWindow::SubmissionsScreenIndex);
    w.screen = qobject_cast<SubmissionsScreen *>(w.window->screen(MainWindow::SubmissionsScreenIndex));
    if (w.screen)
        chooseYear(w.screen, kYear);
    return w;
}

void TestSubmissionsScreen::chooseYear(SubmissionsScreen *screen, int year)
{
    auto *combo = screen->findChild<QComboBox *>(QStringLiteral("submissionYear"));
    QVERIFY(combo);
    chooseItem(combo, QString::number(year));
    QCOMPARE(combo->currentData().toInt(), year);
    QCOMPARE(screen->year(), year);
}

// With the keyboard: Home, then Down until the item is current.
void TestSubmissionsScreen::chooseItem(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentText() != text; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), text);
}

// The window manager activates the main window again when a dialog closes; the
// offscreen platform does not.
bool TestSubmissionsScreen::activate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

QModelIndex TestSubmissionsScreen::indexOfUnit(SubmissionsScreen *screen, qint64 unitId, int column)
{
    QAbstractItemModel *model = screen->view()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(SubmissionTableModel::UnitIdRole).toLongLong() == unitId)
            return model->index(r, column);
    return {};
}

SubmissionEditorDialog *TestSubmissionsScreen::openByDoubleClick(SubmissionsScreen *screen, qint64 unitId)
{
    const QModelIndex index = indexOfUnit(screen, unitId, SubmissionTableModel::StatusColumn);
    if (!index.isValid())
        return nullptr;
    QTreeView *view = screen->view();
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    SubmissionEditorDialog *editor = screen->editor();
    if (editor && !QTest::qWaitForWindowExposed(editor))
        return nullptr;
    return editor;
}

SubmissionEditorDialog *TestSubmissionsScreen::openByEnter(SubmissionsScreen *screen, qint64 unitId)
{
    const QModelIndex index = indexOfUnit(screen, unitId, SubmissionTableModel::UnitColumn);
    if (!index.isValid())
        return nullptr;
    QTreeView *view = screen->view();
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QTest::keyClick(view, Qt::Key_Return);
    SubmissionEditorDialog *editor = screen->editor();
    if (editor && !QTest::qWaitForWindowExposed(editor))
        return nullptr;
    return editor;
}

QLineEdit *TestSubmissionsScreen::field(SubmissionEditorDialog *editor, const QString &key)
{
    return editor->findChild<QLineEdit *>(key);
}

void TestSubmissionsScreen::showPage(SubmissionEditorDialog *editor, int page)
{
    auto *tabs = editor->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(page).center());
    QCOMPARE(tabs->currentIndex(), page);
}

void TestSubmissionsScreen::retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

void TestSubmissionsScreen::answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (text)
            *text = box->text();
        timer->stop();
        timer->deleteLater();
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
    timer->start();
}

SubmissionFilesDialog *TestSubmissionsScreen::importFile(SubmissionsScreen *screen, const QString &path)
{
    auto *action = screen->findChild<QAction *>(QStringLiteral("importSubmissions"));
    if (!action || !action->isEnabled())
        return nullptr;
    screen->workbooks()->importPaths({path});
    return screen->workbooks()->dialog();
}

SubmissionOverviewRow TestSubmissionsScreen::firstRow(Timeliness::Kind kind) const
{
    for (const SubmissionOverviewRow &row : SubmissionService(*m_db).overview(kYear).rows)
        if (row.timeliness == kind)
            return row;
    return {};
}

Criterion TestSubmissionsScreen::firstPointsCriterion() const
{
    for (const Criterion &c : SubmissionService(*m_db).context(kYear).scoredCriteria())
        if (c.kind == QLatin1String("points"))
            return c;
    return {};
}

// The counts line computed from the stored submissions, not from the overview.
QString TestSubmissionsScreen::expectedCounts() const
{
    SubmissionService service(*m_db);
    const QList<Unit> units = UnitRepository(*m_db).activeIn(kYear);
    const QHash<qint64, Submission> stored = service.loadYear(kYear);
    const QDate deadline = YearSettingsRepository(*m_db).forYear(kYear)->unitDeadline;
    int received = 0;
    int late = 0;
    int missing = 0;
    for (const Unit &unit : units) {
        const auto it = stored.constFind(unit.id);
        const Timeliness::Kind kind = Timeliness::of(it == stored.cend() ? nullptr : &*it, deadline);
        received += kind != Timeliness::Missing ? 1 : 0;
        late += kind == Timeliness::Late ? 1 : 0;
        missing += kind == Timeliness::Missing ? 1 : 0;
    }
    return QStringLiteral("Received %1 of %2 · Late %3 · Missing %4")
        .arg(received)
        .arg(units.size())
        .arg(late)
        .arg(missing);
}

void TestSubmissionsScreen::showsEveryActiveUnitWithCounts()
{
    Services services(*m_db);
    SubmissionService &service = services.submissions();
    SubmissionsScreen screen(services, nullptr);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    // 2026 has settings and is the current year of this machine's clock or not: the
    // default is the current year when it has settings, else the latest one.
    const QList<int> years = service.years();
    const int today = QDate::currentDate().year();
    QCOMPARE(screen.year(), years.contains(today) ? today : years.last());

    chooseYear(&screen, kYear);
    const QList<Unit> units = UnitRepository(*m_db).activeIn(kYear);
    QCOMPARE(units.size(), 25);
    QAbstractItemModel *model = screen.view()->model();
    QCOMPARE(model->rowCount(), int(units.size()));
    QSet<qint64> shown;
    for (int r = 0; r < model->rowCount(); ++r)
        shown.insert(model->index(r, 0).data(SubmissionTableModel::UnitIdRole).toLongLong());
    for (const Unit &unit : units)
        QVERIFY2(shown.contains(unit.id), qPrintable(unit.name));

    auto *counts = screen.findChild<QLabel *>(QStringLiteral("submissionCounts"));
    QVERIFY(counts);
    QCOMPARE(counts->text(), expectedCounts());
    // The demo: every fifth unit late (index 3, 8, 13, 18, 23); the last one (24) missing.
    QCOMPARE(counts->text(), QStringLiteral("Received 24 of 25 · Late 5 · Missing 1"));

    // A received row shows its figures as the clerk reads them.
    const SubmissionOverviewRow row = firstRow(Timeliness::OnTime);
    const Submission stored = service.load(row.unit.id, kYear);
    const auto cell = [&](int column) { return indexOfUnit(&screen, row.unit.id, column).data().toString(); };
    QCOMPARE(cell(SubmissionTableModel::UnitColumn), row.unit.name);
    QCOMPARE(cell(SubmissionTableModel::StatusColumn), QStringLiteral("Received"));
    QCOMPARE(cell(SubmissionTableModel::ReceivedColumn), stored.receivedDate.toString(QStringLiteral("dd/MM/yyyy")));
    QCOMPARE(cell(SubmissionTableModel::TimelinessColumn), QStringLiteral("On time"));
    const int indicators = int(service.context(kYear).indicators.size());
    QCOMPARE(cell(SubmissionTableModel::IndicatorsColumn),
             QStringLiteral("%1/%2").arg(stored.values.size()).arg(indicators));
    Points total;
    for (const CriterionScore &score : stored.scores)
        total += score.self.value_or(Points());
    QCOMPARE(cell(SubmissionTableModel::SelfScoreColumn), total.toString(QLatin1Char(',')));
    QCOMPARE(cell(SubmissionTableModel::DocumentNumberColumn), stored.documentNumber);
}

void TestSubmissionsScreen::filtersByStatusGroupAndText()
{
    Services services(*m_db);
    SubmissionsScreen screen(services, nullptr);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    chooseYear(&screen, kYear);
    QAbstractItemModel *model = screen.view()->model();

    // The demo's missing unit is the last active unit of 2025, in database order.
    const QList<Unit> units = UnitRepository(*m_db).activeIn(kYear);
    auto *status = screen.findChild<QComboBox *>(QStringLiteral("submissionStatusFilter"));
    QVERIFY(status);
    chooseItem(status, QStringLiteral("Missing"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, SubmissionTableModel::UnitColumn).data().toString(), units.last().name);
    QCOMPARE(model->index(0, SubmissionTableModel::TimelinessColumn).data().toString(), QStringLiteral("Missing"));

    chooseItem(status, QStringLiteral("Late"));
    QCOMPARE(model->rowCount(), 5);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->index(r, SubmissionTableModel::TimelinessColumn).data().toString(), QStringLiteral("Late"));
    chooseItem(status, QStringLiteral("Verified"));
    QCOMPARE(model->rowCount(), 0); // 2025 is received, not yet verified
    chooseItem(status, QStringLiteral("All statuses"));
    QCOMPARE(model->rowCount(), 25);

    // By emulation group: exactly the active units of that group.
    auto *group = screen.findChild<QComboBox *>(QStringLiteral("submissionGroupFilter"));
    QVERIFY(group);
    QCOMPARE(group->itemText(0), QStringLiteral("All groups"));
    QVERIFY(group->count() > 2);
    group->setFocus();
    QTest::keyClick(group, Qt::Key_Down);
    const QString chosen = group->currentText();
    int inGroup = 0;
    for (const Unit &unit : units)
        inGroup += unit.group == chosen ? 1 : 0;
    QVERIFY(inGroup > 0);
    QCOMPARE(model->rowCount(), inGroup);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->index(r, 0).data(SubmissionTableModel::GroupRole).toString(), chosen);
    QTest::keyClick(group, Qt::Key_Home);
    QCOMPARE(model->rowCount(), 25);

    // Text without diacritics, after Ctrl+F.
    QTest::keyClick(&screen, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(screen.filterEdit()->hasFocus());
    QTest::keyClicks(screen.filterEdit(), QStringLiteral("tan bien"));
    QCOMPARE(model->rowCount(), 2);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(
            model->index(r, SubmissionTableModel::UnitColumn).data().toString().contains(QStringLiteral("Tân Biên")));
    const QList<QLabel *> shown = screen.findChildren<QLabel *>();
    QVERIFY(std::any_of(shown.cbegin(), shown.cend(),
                        [](const QLabel *l) { return l->text() == QStringLiteral("2 unit(s) shown"); }));
}

void TestSubmissionsScreen::ctrl3OpensTheScreen()
{
    Services services(*m_db);
    MainWindow window(services);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showScreen(MainWindow::PlanScreenIndex);
    QVERIFY(!window.screen(MainWindow::SubmissionsScreenIndex) ||
            window.currentScreen() != MainWindow::SubmissionsScreenIndex);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentScreen(), int(MainWindow::SubmissionsScreenIndex));
    QVERIFY(qobject_cast<SubmissionsScreen *>(window.screen(MainWindow::SubmissionsScreenIndex)));
    QCOMPARE(window.navigation()->count(), int(MainWindow::ScreenCount));
}

void TestSubmissionsScreen::editSavesThenUndoAndRedo()
{
    Window w = openWindow();
    QVERIFY(w.screen);
    QUndoStack *stack = w.window->undoStack();
    SubmissionService service(*m_db);
    const SubmissionOverviewRow row = firstRow(Timeliness::OnTime);
    QVERIFY(row.unit.id > 0);
    const Criterion criterion = firstPointsCriterion();
    QVERIFY(criterion.id > 0);
    const Submission before = service.load(row.unit.id, kYear);
    QVERIFY(before.score(criterion.id) && before.score(criterion.id)->self);
    const Points oldScore = *before.score(criterion.id)->self;
    const Points newScore =
        oldScore == Points::fromHundredths(650) ? Points::fromHundredths(550) : Points::fromHundredths(650);
    const QString newNumber = QStringLiteral("99/BC-KIEMTRA");
    QVERIFY(before.documentNumber != newNumber);

    SubmissionEditorDialog *editor = openByDoubleClick(w.screen, row.unit.id);
    QVERIFY(editor);
    QLineEdit *number = field(editor, QStringLiteral("document_number"));
    QVERIFY(number);
    QCOMPARE(number->text(), before.documentNumber);
    retype(number, newNumber);
    showPage(editor, 2);
    QLineEdit *score = field(editor, QStringLiteral("self:") + criterion.code);
    QVERIFY(score);
    QCOMPARE(score->text(), SubmissionValidator::formatScore(criterion, oldScore));
    retype(score, newScore.toString(QLatin1Char(',')));
    QVERIFY(editor->isInputValid());

    QSignalSpy resets(w.screen->model(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(w.screen->model(), &QAbstractItemModel::dataChanged);
    QTest::keyClick(score, Qt::Key_Return); // Enter saves
    QTRY_VERIFY(!w.screen->editor());

    Submission stored = SubmissionService(*m_db).load(row.unit.id, kYear);
    QCOMPARE(stored.documentNumber, newNumber);
    QCOMPARE(*stored.score(criterion.id)->self, newScore);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Edit submission of %1").arg(row.unit.name));
    // The row is updated in place, not by a reset.
    QCOMPARE(resets.count(), 0);
    QVERIFY(!changes.isEmpty());
    QCOMPARE(indexOfUnit(w.screen, row.unit.id, SubmissionTableModel::DocumentNumberColumn).data().toString(),
             newNumber);

    // The audit has the two changed fields, with their old and new values.
    const QList<AuditEntry> history = service.history(stored.id);
    const auto hasEntry = [&history](const QString &field, const QString &oldValue, const QString &newValue) {
        return std::any_of(history.cbegin(), history.cend(), [&](const AuditEntry &e) {
            return e.field == field && e.oldValue == oldValue && e.newValue == newValue;
        });
    };
    QVERIFY(hasEntry(QStringLiteral("document_number"), before.documentNumber, newNumber));
    QVERIFY(hasEntry(QStringLiteral("self:") + criterion.code, SubmissionValidator::formatScore(criterion, oldScore),
                     SubmissionValidator::formatScore(criterion, newScore)));
    const qsizetype entriesAfterSave = history.size();

    // Ctrl+Z on the main window: the database is back to what it was.
    QVERIFY(activate(w.window.get()));
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    stored = SubmissionService(*m_db).load(row.unit.id, kYear);
    QCOMPARE(stored.documentNumber, before.documentNumber);
    QCOMPARE(*stored.score(criterion.id)->self, oldScore);
    QVERIFY(!SubmissionService::differs(before, stored));
    QCOMPARE(stack->index(), 0);
    QCOMPARE(indexOfUnit(w.screen, row.unit.id, SubmissionTableModel::DocumentNumberColumn).data().toString(),
             before.documentNumber);
    QCOMPARE(service.history(stored.id).size(), entriesAfterSave + 2); // the undo is audited too

    // Ctrl+Shift+Z redoes; so does Ctrl+Y.
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    stored = SubmissionService(*m_db).load(row.unit.id, kYear);
    QCOMPARE(stored.documentNumber, newNumber);
    QCOMPARE(*stored.score(criterion.id)->self, newScore);
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(SubmissionService(*m_db).load(row.unit.id, kYear).documentNumber, before.documentNumber);
    QTest::keyClick(w.window.get(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(SubmissionService(*m_db).load(row.unit.id, kYear).documentNumber, newNumber);
    QCOMPARE(stack->index(), 1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(w.screen->countsLabel()->text(), expectedCounts());
}

void TestSubmissionsScreen::recordingAMissingSubmissionAndUndoingIt()
{
    Window w = openWindow();
    QVERIFY(w.screen);
    const SubmissionOverviewRow missing = firstRow(Timeliness::Missing);
    QVERIFY(missing.unit.id > 0);
    QCOMPARE(missing.submissionId, 0);
    QCOMPARE(w.screen->countsLabel()->text(), QStringLiteral("Received 24 of 25 · Late 5 · Missing 1"));

    SubmissionEditorDialog *editor = openByEnter(w.screen, missing.unit.id);
    QVERIFY(editor);
    auto *status = editor->findChild<QComboBox *>(QStringLiteral("status"));
    QVERIFY(status);
    QCOMPARE(status->currentData().toString(), QStringLiteral("not_received"));
    QTest::keyClicks(field(editor, QStringLiteral("document_number")), QStringLiteral("12/BC-UBND"));
    QTest::keyClicks(field(editor, QStringLiteral("document_date")), QStringLiteral("20/11/2025"));
    QLineEdit *received = field(editor, QStringLiteral("received_date"));
    QTest::keyClicks(received, QStringLiteral("03/12/2025"));
    // Typing the date received sets the status, and says it came in late.
    QCOMPARE(status->currentData().toString(), QStringLiteral("received"));
    auto *hint = editor->findChild<QLabel *>(QStringLiteral("timelinessHint"));
    QVERIFY(hint);
    QCOMPARE(hint->text(), QStringLiteral("Late: 3 day(s) after the deadline 30/11/2025"));
    QTest::keyClick(received, Qt::Key_Enter);
    QTRY_VERIFY(!w.screen->editor());

    const Submission stored = SubmissionService(*m_db).load(missing.unit.id, kYear);
    QVERIFY(stored.id > 0);
    QCOMPARE(stored.status, QStringLiteral("received"));
    QCOMPARE(stored.receivedDate, QDate(2025, 12, 3));
    QCOMPARE(stored.documentDate, QDate(2025, 11, 20));
    QCOMPARE(w.screen->countsLabel()->text(), QStringLiteral("Received 25 of 25 · Late 6 · Missing 0"));
    QCOMPARE(indexOfUnit(w.screen, missing.unit.id, SubmissionTableModel::TimelinessColumn).data().toString(),
             QStringLiteral("Late"));

    // Undo: nothing received again.
    w.window->undoStack()->undo();
    const Submission undone = SubmissionService(*m_db).load(missing.unit.id, kYear);
    QCOMPARE(undone.status, QStringLiteral("not_received"));
    QVERIFY(undone.documentNumber.isEmpty());
    QVERIFY(!undone.receivedDate.isValid());
    QCOMPARE(w.screen->countsLabel()->text(), QStringLiteral("Received 24 of 25 · Late 5 · Missing 1"));
    w.window->undoStack()->redo();
    QCOMPARE(SubmissionService(*m_db).load(missing.unit.id, kYear).documentNumber, QStringLiteral("12/BC-UBND"));
    QCOMPARE(w.screen->countsLabel()->text(), QStringLiteral("Received 25 of 25 · Late 6 · Missing 0"));
}

void TestSubmissionsScreen::evidenceComesBackWithRedo()
{
    Window w = openWindow();
    QVERIFY(w.screen);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("biên bản.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Minh chứng");
    file.close();

    const SubmissionOverviewRow row = firstRow(Timeliness::OnTime);
    SubmissionEditorDialog *editor = openByDoubleClick(w.screen, row.unit.id);
    QVERIFY(editor);
    QVERIFY(editor->evidencePanel()->addFiles({path}).isEmpty());
    QCOMPARE(editor->evidencePanel()->list()->topLevelItemCount(), 1);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!w.screen->editor());

    const Submission saved = SubmissionService(*m_db).load(row.unit.id, kYear);
    QCOMPARE(saved.evidence.size(), 1);
    QCOMPARE(saved.evidence.first().name, QStringLiteral("biên bản.txt"));
    QCOMPARE(SubmissionService(*m_db).evidenceContent(saved.evidence.first().id), QByteArray("Minh chứng"));
    w.window->undoStack()->undo();
    QVERIFY(SubmissionService(*m_db).load(row.unit.id, kYear).evidence.isEmpty());
    w.window->undoStack()->redo();
    const Submission redone = SubmissionService(*m_db).load(row.unit.id, kYear);
    QCOMPARE(redone.evidence.size(), 1);
    QCOMPARE(redone.evidence.first().id, saved.evidence.first().id); // the same file, not a copy
}

void TestSubmissionsScreen::invalidInputDisablesSaveAndEscapeWritesNothing()
{
    Window w = openWindow();
    QVERIFY(w.screen);
    SubmissionService service(*m_db);
    const SubmissionOverviewRow row = firstRow(Timeliness::OnTime);
    const Criterion criterion = firstPointsCriterion();
    QCOMPARE(criterion.maxPoints, Points::fromWhole(10));
    const Submission before = service.load(row.unit.id, kYear);
    const qsizetype historyBefore = service.history(before.id).size();

    SubmissionEditorDialog *editor = openByDoubleClick(w.screen, row.unit.id);
    QVERIFY(editor);
    QVERIFY(editor->saveButton()->isEnabled());
    showPage(editor, 2);
    const QString key = QStringLiteral("self:") + criterion.code;
    QLineEdit *score = field(editor, key);
    QVERIFY(score);
    const QString errorName = key + QStringLiteral(".error");
    auto *message = editor->findChild<QLabel *>(errorName);
    QVERIFY(message);
    QVERIFY(!message->isVisible());

    for (const QString &wrong : {QStringLiteral("abc"), QStringLiteral("11"), QStringLiteral("7,3")}) {
        retype(score, wrong);
        QVERIFY2(!editor->fieldError(key).isEmpty(), qPrintable(wrong));
        QVERIFY(score->property("invalid").toBool());
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), editor->fieldError(key));
        QVERIFY(!editor->saveButton()->isEnabled());
        QTest::keyClick(score, Qt::Key_Return); // refused: still open
        QVERIFY(w.screen->editor());
    }
    retype(score, QStringLiteral("10"));
    QVERIFY(editor->fieldError(key).isEmpty());
    QVERIFY(!score->property("invalid").toBool());
    QVERIFY(editor->saveButton()->isEnabled());

    // A date that does not exist and one in the future.
    showPage(editor, 0);
    QLineEdit *documentDate = field(editor, QStringLiteral("document_date"));
    retype(documentDate, QStringLiteral("31/02/2025"));
    QVERIFY(!editor->fieldError(QStringLiteral("document_date")).isEmpty());
    QVERIFY(!editor->saveButton()->isEnabled());
    retype(documentDate, SubmissionValidator::formatDate(before.documentDate));
    QVERIFY(editor->saveButton()->isEnabled());
    QLineEdit *received = field(editor, QStringLiteral("received_date"));
    retype(received, SubmissionValidator::formatDate(QDate::currentDate().addDays(30)));
    QVERIFY(!editor->fieldError(QStringLiteral("received_date")).isEmpty());
    QVERIFY(!editor->saveButton()->isEnabled());

    // Esc asks before throwing the edits away; nothing is written.
    QString question;
    answerNextMessageBox(QMessageBox::Discard, &question);
    QTest::keyClick(received, Qt::Key_Escape);
    QTRY_VERIFY(!w.screen->editor());
    QVERIFY(!question.isEmpty());
    const Submission after = SubmissionService(*m_db).load(row.unit.id, kYear);
    QVERIFY(!SubmissionService::differs(before, after));
    QCOMPARE(service.history(before.id).size(), historyBefore);
    QCOMPARE(w.window->undoStack()->count(), 0);
}

void TestSubmissionsScreen::liveTotalFollowsTyping()
{
    Services services(*m_db);
    SubmissionService &service = services.submissions();
    SubmissionsScreen screen(services, nullptr);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    chooseYear(&screen, kYear);
    const SubmissionOverviewRow row = firstRow(Timeliness::OnTime);
    const Submission before = service.load(row.unit.id, kYear);
    const QList<Criterion> criteria = service.context(kYear).scoredCriteria();
    Points total;
    Points max;
    for (const Criterion &c : criteria) {
        max += c.maxPoints;
        if (const CriterionScore *s = before.score(c.id); s && s->self)
            total += *s->self;
    }
    QCOMPARE(max, Points::fromWhole(100));

    SubmissionEditorDialog *editor = openByDoubleClick(&screen, row.unit.id);
    QVERIFY(editor);
    showPage(editor, 2);
    auto *label = editor->findChild<QLabel *>(QStringLiteral("selfTotal"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Total: %1 of 100").arg(total.toString()));

    const Criterion first = criteria.first();
    const Points old = *before.score(first.id)->self;
    QLineEdit *score = field(editor, QStringLiteral("self:") + first.code);
    retype(score, QString());
    QCOMPARE(label->text(), QStringLiteral("Total: %1 of 100")
                                .arg(Points::fromHundredths(total.hundredths() - old.hundredths()).toString()));
    QTest::keyClicks(score, QStringLiteral("2,5"));
    const Points typed = Points::fromHundredths(total.hundredths() - old.hundredths() + 250);
    QCOMPARE(label->text(), QStringLiteral("Total: %1 of 100").arg(typed.toString()));
    QTest::keyClicks(score, QStringLiteral("x"));
    QCOMPARE(label->text(), QStringLiteral("Total: %1 of 100 (without the scores that are not valid)")
                                .arg(Points::fromHundredths(total.hundredths() - old.hundredths()).toString()));
    answerNextMessageBox(QMessageBox::Discard);
    editor->reject();
    QTRY_VERIFY(!screen.editor());
}

void TestSubmissionsScreen::tabOrderFollowsTheForm()
{
    Services services(*m_db);
    SubmissionService &service = services.submissions();
    SubmissionsScreen screen(services, nullptr);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    chooseYear(&screen, kYear);
    SubmissionEditorDialog *editor = openByEnter(&screen, firstRow(Timeliness::OnTime).unit.id);
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowActive(editor));
    QCOMPARE(QApplication::focusWidget(), field(editor, QStringLiteral("document_number")));
    for (const QString &next : {QStringLiteral("document_date"), QStringLiteral("received_date"),
                                QStringLiteral("status"), QStringLiteral("note")}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), next);
    }
    // On the indicators page: each value, then its estimate box.
    showPage(editor, 1);
    const QList<Indicator> indicators = service.context(kYear).indicators;
    QLineEdit *first = field(editor, QStringLiteral("ind:") + indicators.at(0).code);
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("est:") + indicators.at(0).code);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("ind:") + indicators.at(1).code);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // nothing changed: closes without asking
    QTRY_VERIFY(!screen.editor());
}

void TestSubmissionsScreen::lockedYearIsReadOnlyAndUndoIsRefused()
{
    Window w = openWindow();
    QVERIFY(w.screen);
    const SubmissionOverviewRow row = firstRow(Timeliness::OnTime);
    SubmissionEditorDialog *editor = openByDoubleClick(w.screen, row.unit.id);
    QVERIFY(editor);
    retype(field(editor, QStringLiteral("note")), QStringLiteral("Da goi dien nhac"));
    QTest::keyClick(field(editor, QStringLiteral("note")), Qt::Key_Return);
    QTRY_VERIFY(!w.screen->editor());
    QCOMPARE(w.window->undoStack()->count(), 1);

    YearSettings settings = *YearSettingsRepository(*m_db).forYear(kYear);
    settings.locked = true;
    YearSettingsRepository(*m_db).save(settings);
    w.screen->reload();
    auto *lock = w.screen->findChild<QLabel *>(QStringLiteral("submissionLock"));
    QVERIFY(lock && lock->isVisible());
    auto *import = w.screen->findChild<QAction *>(QStringLiteral("importSubmissions"));
    QVERIFY(import && !import->isEnabled());
    QVERIFY(import->toolTip().contains(QStringLiteral("locked")));

    // The editor opens to look, not to change.
    editor = openByDoubleClick(w.screen, row.unit.id);
    QVERIFY(editor);
    QVERIFY(editor->isReadOnly());
    QVERIFY(!editor->saveButton()->isVisible());
    QVERIFY(field(editor, QStringLiteral("document_number"))->isReadOnly());
    auto *banner = editor->findChild<QLabel *>(QStringLiteral("editorBanner"));
    QVERIFY(banner && banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("The year 2025 is locked: its submissions cannot be changed."));
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!w.screen->editor());

    // Undo is refused by the service: the clerk is told, the step leaves the stack.
    QSignalSpy failed(w.screen, &SubmissionsScreen::undoFailed);
    QVERIFY(activate(w.window.get()));
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("locked")));
    QCOMPARE(w.window->undoStack()->count(), 0);
    QCOMPARE(SubmissionService(*m_db).load(row.unit.id, kYear).note, QStringLiteral("Da goi dien nhac"));
    QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
    QApplication::activeModalWidget()->close();
}

void TestSubmissionsScreen::exportsAndImports()
{
    Window w = openWindow();
    QVERIFY(w.screen);
    QTemporaryDir dir;
    const QString exported = dir.filePath(QStringLiteral("nop-bao-cao.csv"));
    QVERIFY(w.screen->exportTo(exported));
    QFile exportFile(exported);
    QVERIFY(exportFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(exportFile.readAll());
    for (const Unit &unit : UnitRepository(*m_db).activeIn(kYear))
        QVERIFY2(text.contains(unit.name), qPrintable(unit.name));
    QVERIFY(w.screen->writeTemplateTo(dir.filePath(QStringLiteral("mau.xlsx"))));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("mau.xlsx"))).size() > 0);

    // An edit on the undo stack, then an import: the import clears the stack.
    const SubmissionOverviewRow row = firstRow(Timeliness::OnTime);
    SubmissionEditorDialog *editor = openByDoubleClick(w.screen, row.unit.id);
    QVERIFY(editor);
    retype(field(editor, QStringLiteral("note")), QStringLiteral("ghi chu"));
    QTest::keyClick(field(editor, QStringLiteral("note")), Qt::Key_Return);
    QTRY_VERIFY(!w.screen->editor());
    QCOMPARE(w.window->undoStack()->count(), 1);

    const SubmissionOverviewRow missing = firstRow(Timeliness::Missing);
    const QString bad = dir.filePath(QStringLiteral("sai.csv"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    // Two problems in row 2, one in row 3, under the headers the template writes.
    badFile.write(QStringLiteral("Năm [year],Mã đơn vị [unit_code],Số văn bản [document_number],"
                                 "Ngày văn bản [document_date],Ngày nhận [received_date]\n"
                                 "2025,%1,5/BC,31/02/2025,32/13/2025\n2025,%2,6/BC,20/11/2025,99/99/2025\n")
                      .arg(missing.unit.code, row.unit.code)
                      .toUtf8());
    badFile.close();
    // One file goes through the same preview as many: one line, refused, its problems below.
    SubmissionFilesDialog *preview = importFile(w.screen, bad);
    QVERIFY(preview);
    QVERIFY(!preview->importButton()->isEnabled());
    QCOMPARE(preview->fileList()->topLevelItemCount(), 1);
    QCOMPARE(preview->fileList()->topLevelItem(0)->text(SubmissionFilesDialog::FileColumn), QStringLiteral("sai.csv"));
    QCOMPARE(preview->fileList()->topLevelItem(0)->text(SubmissionFilesDialog::OutcomeColumn),
             QStringLiteral("refused"));
    QTreeWidget *issues = preview->details()->list();
    QVERIFY(issues);
    QCOMPARE(issues->topLevelItemCount(), 3);
    // Each problem where the clerk finds it: the row, the column's letter and header, the unit.
    QCOMPARE(issues->topLevelItem(0)->text(0), QStringLiteral("2"));
    QCOMPARE(issues->topLevelItem(0)->text(1), QStringLiteral("D · Ngày văn bản"));
    QCOMPARE(issues->topLevelItem(0)->text(2), missing.unit.name);
    QCOMPARE(issues->topLevelItem(1)->text(1), QStringLiteral("E · Ngày nhận"));
    QVERIFY(issues->topLevelItem(1)->toolTip(1).contains(QStringLiteral("[received_date]")));
    QCOMPARE(issues->topLevelItem(2)->text(0), QStringLiteral("3"));
    QCOMPARE(issues->topLevelItem(2)->text(2), row.unit.name);
    // A click on a problem selects every problem of its row.
    QVERIFY(QTest::qWaitForWindowExposed(preview));
    QTest::mouseClick(issues->viewport(), Qt::LeftButton, {}, issues->visualItemRect(issues->topLevelItem(1)).center());
    QCOMPARE(issues->selectedItems().size(), 2);
    QVERIFY(issues->topLevelItem(0)->isSelected());
    QVERIFY(!issues->topLevelItem(2)->isSelected());
    QVERIFY2(preview->details()->summary()->text().startsWith(QStringLiteral("Row 2 (") + missing.unit.name),
             qPrintable(preview->details()->summary()->text()));
    QTest::mouseClick(issues->viewport(), Qt::LeftButton, {}, issues->visualItemRect(issues->topLevelItem(2)).center());
    QCOMPARE(issues->selectedItems(), QList<QTreeWidgetItem *>{issues->topLevelItem(2)});
    QTest::keyClick(preview, Qt::Key_Escape);
    QTRY_VERIFY(!w.screen->workbooks()->dialog());
    QCOMPARE(SubmissionService(*m_db).load(missing.unit.id, kYear).id, 0);

    const QString good = dir.filePath(QStringLiteral("dung.csv"));
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(QStringLiteral("year,unit_code,document_number,document_date,received_date\n"
                                  "2025,%1,5/BC,20/11/2025,25/11/2025\n")
                       .arg(missing.unit.code)
                       .toUtf8());
    goodFile.close();
    preview = importFile(w.screen, good);
    QVERIFY(preview);
    QCOMPARE(preview->fileList()->topLevelItem(0)->text(SubmissionFilesDialog::OutcomeColumn),
             QStringLiteral("accepted"));
    // Below, the file's changes: the unit, new.
    QTreeWidget *changes = preview->details()->list();
    QCOMPARE(changes->topLevelItemCount(), 1);
    QCOMPARE(changes->topLevelItem(0)->text(0), missing.unit.name);
    QCOMPARE(changes->topLevelItem(0)->text(1), QStringLiteral("new"));
    QVERIFY(preview->details()->summary()->text().startsWith(QStringLiteral("Rows read: 1 · new: 1")));
    QVERIFY(preview->importButton()->isEnabled());
    QSignalSpy status(w.screen, &SubmissionsScreen::statusMessage);
    QTest::mouseClick(preview->importButton(), Qt::LeftButton);
    QTRY_VERIFY(!w.screen->workbooks()->dialog());
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.first().first().toString(), QStringLiteral("Imported dung.csv: 1 new, 0 changed"));
    QCOMPARE(SubmissionService(*m_db).load(missing.unit.id, kYear).documentNumber, QStringLiteral("5/BC"));
    QCOMPARE(w.screen->countsLabel()->text(), QStringLiteral("Received 25 of 25 · Late 5 · Missing 0"));
    QCOMPARE(w.window->undoStack()->count(), 0);
}

void TestSubmissionsScreen::tableModelPassesTester()
{
    SubmissionService service(*m_db);
    SubmissionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SubmissionFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    SubmissionOverview overview = service.overview(kYear);
    model.setOverview(overview);
    QCOMPARE(model.rowCount(), 25);
    QCOMPARE(model.columnCount(), int(SubmissionTableModel::ColumnCount));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    SubmissionOverviewRow edited = overview.rows.at(3);
    edited.documentNumber = QStringLiteral("1/BC");
    QVERIFY(model.updateRow(edited));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 3);
    QCOMPARE(model.index(3, SubmissionTableModel::DocumentNumberColumn).data().toString(), QStringLiteral("1/BC"));
    SubmissionOverviewRow stranger;
    stranger.unit.id = -5;
    QVERIFY(!model.updateRow(stranger));

    // Vietnamese order of names, and document numbers by value ("2/..." before "10/...").
    proxy.sort(SubmissionTableModel::UnitColumn);
    for (int r = 1; r < proxy.rowCount(); ++r)
        QVERIFY(VietnameseCollator().compare(proxy.index(r - 1, 0).data().toString(),
                                             proxy.index(r, 0).data().toString()) <= 0);
    proxy.sort(SubmissionTableModel::DocumentNumberColumn);
    proxy.setStatusFilter(SubmissionFilterModel::LateOnly);
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setStatusFilter(SubmissionFilterModel::AllStatuses);
    model.setOverview(service.overview(2024));
    QCOMPARE(model.year(), 2024);
    proxy.setStatusFilter(SubmissionFilterModel::VerifiedOnly);
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

// Not a check: with XHHT_SCREENSHOTS=DIR, saves pictures of the screen and the editor.
void TestSubmissionsScreen::screenshots()
{
    const QString dir = qEnvironmentVariable("XHHT_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set XHHT_SCREENSHOTS=DIR to save screenshots");
    Window w = openWindow();
    QVERIFY(w.screen);
    w.window->resize(1280, 800);
    QTest::qWait(50);
    QVERIFY(w.window->grab().save(dir + QStringLiteral("/submissions-screen.png")));
    const SubmissionOverviewRow row = firstRow(Timeliness::Late);
    // Some history and evidence to show.
    QTemporaryDir files;
    const QString evidence = files.filePath(QStringLiteral("Biên bản kiểm tra.pdf"));
    QFile evidenceFile(evidence);
    QVERIFY(evidenceFile.open(QIODevice::WriteOnly));
    evidenceFile.write(QByteArray(48000, 'x'));
    evidenceFile.close();
    SubmissionEditorDialog *editor = openByDoubleClick(w.screen, row.unit.id);
    QVERIFY(editor);
    QVERIFY(editor->evidencePanel()->addFiles({evidence}).isEmpty());
    retype(field(editor, QStringLiteral("document_number")), QStringLiteral("31/BC-UBND"));
    QTest::keyClick(field(editor, QStringLiteral("document_number")), Qt::Key_Return);
    QTRY_VERIFY(!w.screen->editor());
    editor = openByDoubleClick(w.screen, row.unit.id);
    QVERIFY(editor);
    const QStringList pages = {QStringLiteral("document"), QStringLiteral("indicators"), QStringLiteral("selfscore"),
                               QStringLiteral("evidence"), QStringLiteral("history")};
    retype(field(editor, QStringLiteral("document_date")), QStringLiteral("31/02/2025"));
    for (int page = 0; page < pages.size(); ++page) {
        showPage(editor, page);
        if (page == 2)
            retype(field(editor, QStringLiteral("self:") + firstPointsCriterion().code), QStringLiteral("12"));
        QTest::qWait(20);
        QVERIFY(editor->grab().save(dir + QStringLiteral("/editor-%1.png").arg(pages.at(page))));
    }
    answerNextMessageBox(QMessageBox::Discard);
    editor->reject();
    QTRY_VERIFY(!w.screen->editor());
    const QString bad = files.filePath(QStringLiteral("sai.csv"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write(QByteArrayLiteral("year,unit_code,received_date\n2025,NOPE,32/13/2025\n2025,,\n"));
    badFile.close();
    w.screen->workbooks()->importPaths({bad});
    QVERIFY(w.screen->workbooks()->dialog());
    QVERIFY(QTest::qWaitForWindowExposed(w.screen->workbooks()->dialog()));
    QVERIFY(w.screen->workbooks()->dialog()->grab().save(dir + QStringLiteral("/import-errors.png")));
    w.screen->workbooks()->dialog()->reject();
}

QTEST_MAIN(TestSubmissionsScreen)
#include "tst_submissionsscreen.moc"
