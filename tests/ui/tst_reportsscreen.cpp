// The Reports screen offscreen on the demo data (2024 received and reviewed, 2025
// received but one unit and not reviewed, 2026 nothing received): the days left, the
// readiness list and where its lines lead, the written sections typed, saved, audited,
// undone and returned to the draft, unsaved text never lost silently, and the exports
// read back.
#include "mainwindow.h"
#include "reports/reminderdeadlinefield.h"
#include "reports/reportdrafts.h"
#include "reports/reportgaplist.h"
#include "reports/reportsectioneditor.h"
#include "reports/reportsscreen.h"
#include "scoring/scoringgridmodel.h"
#include "scoring/scoringscreen.h"
#include "services/annualreportservice.h"
#include "services/organisationservice.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "submissions/submissioneditordialog.h"
#include "submissions/submissionsscreen.h"
#include "submissions/submissiontablemodel.h"
#include "support/testdatabase.h"
#include "widgets/reportdocumentfields.h"
#include "widgets/signerdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

class TestReportsScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnTheYearOfToday();
    void daysLeft_data();
    void daysLeft();
    void readinessListsTheMissingUnits();
    void typedTextIsSavedAuditedAndUndoable();
    void ctrlSSavesAndCtrlZUndoesTheSave();
    void backToDraftDropsTheSavedText();
    void unsavedTextIsNotLostSilently();
    void missingUnitLeadsToItsSubmission();
    void emptyIndicatorsLeadToTheIndicators();
    void unitNotReviewedLeadsToScoring();
    void draftedSectionLeadsToItsEditor();
    void followsSubmissions();
    void exportsPdfAfterConfirmingGaps();
    void exportsOdt();
    void reminderLetterForTheMissingUnits();
    void firstExportAsksForTheSigner();
    void screenshots();

private:
    struct Window
    {
        std::unique_ptr<Services> services; // outlives the window
        std::unique_ptr<MainWindow> window;
        ReportsScreen *screen = nullptr;
    };
    Window openWindow(QDate today, int year = 0);
    static void chooseYear(ReportsScreen *screen, int year);
    // Brings the window back to the front after a message box, for keys and focus.
    static bool activate(QWidget *window);
    // Clicks the section in the list and its editor; returns the editor.
    static QPlainTextEdit *openSection(ReportsScreen *screen, ReportSection section);
    // Replaces the editor's text by typing `lines` (Return between them).
    static void typeLines(QPlainTextEdit *edit, const QStringList &lines);
    static void typeText(QWidget *widget, const QString &text);
    // Clicks `button` of the next message box (polling until one shows); `text` receives
    // its text, informative and detailed texts.
    static void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr);
    static QToolButton *toolButton(QWidget *screen, QAction *action);
    static QString pdfText(const QString &path);
    AnnualReport load(int year) const;

    std::unique_ptr<Database> m_db;
};

void TestReportsScreen::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("xhht-tests"));
}

void TestReportsScreen::init()
{
    m_db = std::make_unique<Database>();
    TestDatabase::prepare(*m_db, TestDatabase::WithDemo);
}

void TestReportsScreen::cleanup()
{
    // A message box the test expected but that never came would be answered in the next test.
    bool pending = false;
    for (QTimer *timer : qApp->findChildren<QTimer *>(QStringLiteral("answerNextMessageBox"))) {
        pending = pending || timer->isActive();
        timer->stop();
        timer->deleteLater();
    }
    m_db.reset();
    QVERIFY2(!pending, "an expected message box was never shown");
}

TestReportsScreen::Window TestReportsScreen::openWindow(QDate today, int year)
{
    Window w;
    w.services = std::make_unique<Services>(*m_db);
    w.window = std::make_unique<MainWindow>(*w.services);
    w.window->submissionService().setToday(today);
    w.window->resize(1280, 800);
    w.window->show();
    if (!QTest::qWaitForWindowActive(w.window.get()))
        qWarning("main window not active");
    // Ctrl+5, the View menu's shortcut.
    QTest::keyClick(w.window.get(), Qt::Key_5, Qt::ControlModifier);
    w.screen = qobject_cast<ReportsScreen *>(w.window->screen(MainWindow::ReportsScreenIndex));
    if (w.screen && year > 0)
        chooseYear(w.screen, year);
    return w;
}

void TestReportsScreen::chooseYear(ReportsScreen *screen, int year)
{
    QComboBox *combo = screen->yearBox();
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentText() != QString::number(year); ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), QString::number(year));
    QCOMPARE(screen->year(), year);
    QCOMPARE(screen->report().year, year);
}

bool TestReportsScreen::activate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

QPlainTextEdit *TestReportsScreen::openSection(ReportsScreen *screen, ReportSection section)
{
    if (!activate(screen->window()))
        return nullptr;
    ReportSectionEditor *sections = screen->sectionEditor();
    QListWidget *list = sections->sectionList();
    const int row = int(AnnualReportService::sections().indexOf(section));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
    if (sections->currentSection() != section)
        return nullptr;
    QPlainTextEdit *edit = sections->editor(section);
    QTest::mouseClick(edit->viewport(), Qt::LeftButton, {}, QPoint(10, 10));
    return edit->hasFocus() ? edit : nullptr;
}

void TestReportsScreen::typeLines(QPlainTextEdit *edit, const QStringList &lines)
{
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(edit, Qt::Key_Return);
        typeText(edit, lines.at(i));
    }
}

// QTest::keyClicks() types Latin-1 only: Vietnamese letters go as key events with text.
void TestReportsScreen::typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void TestReportsScreen::answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    auto *timer = new QTimer(qApp);
    timer->setObjectName(QStringLiteral("answerNextMessageBox"));
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (text)
            *text = box->text() + QLatin1Char('\n') + box->informativeText() + QLatin1Char('\n') + box->detailedText();
        timer->stop();
        timer->deleteLater();
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
    timer->start();
}

QToolButton *TestReportsScreen::toolButton(QWidget *screen, QAction *action)
{
    const auto toolBars = screen->findChildren<QToolBar *>();
    for (QToolBar *bar : toolBars)
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action)))
            return button;
    return nullptr;
}

QString TestReportsScreen::pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("<pdftotext failed: %1>").arg(QString::fromLocal8Bit(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

AnnualReport TestReportsScreen::load(int year) const
{
    return ReportDrafts::load(AnnualReportService(*m_db), year);
}

void TestReportsScreen::opensOnTheYearOfToday()
{
    Window w = openWindow(QDate(2026, 11, 27));
    QVERIFY(w.screen);
    QCOMPARE(w.window->currentScreen(), int(MainWindow::ReportsScreenIndex));
    QCOMPARE(w.window->navigation()->currentRow(), int(MainWindow::ReportsScreenIndex));
    QCOMPARE(w.window->navigation()->item(MainWindow::ReportsScreenIndex)->text(), QStringLiteral("Reports"));
    QCOMPARE(w.screen->year(), 2026);
    // 2026: seven units active, nothing received yet.
    QCOMPARE(w.screen->countsLabel()->text(),
             QStringLiteral("Units expected: 7 · Received: 0 (on time 0, late 0) · Missing: 7"));
    QCOMPARE(w.screen->documentFields()->date(), QDate(2026, 11, 27));
    QCOMPARE(w.screen->documentFields()->numberBox()->text(), QStringLiteral("blank"));
    QCOMPARE(w.screen->documentFields()->authorityEdit()->text(), QStringLiteral("KT. GIÁM ĐỐC"));
    chooseYear(w.screen, 2024);
    QCOMPARE(w.screen->countsLabel()->text(),
             QStringLiteral("Units expected: %1 · Received: %1 (on time %2, late %3) · Missing: 0")
                 .arg(load(2024).expected())
                 .arg(load(2024).onTime())
                 .arg(load(2024).late()));
}

void TestReportsScreen::daysLeft_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("warning");
    QTest::newRow("nine days") << QDate(2026, 12, 1)
                               << QStringLiteral("9 days left until 10/12/2026 to send the report to the Department "
                                                 "of Education and Training")
                               << false;
    QTest::newRow("one day") << QDate(2026, 12, 9)
                             << QStringLiteral("1 day left until 10/12/2026 to send the report to the Department of "
                                               "Education and Training")
                             << false;
    QTest::newRow("today") << QDate(2026, 12, 10)
                           << QStringLiteral("Due today (10/12/2026): send the report to the Department of Education "
                                             "and Training")
                           << false;
    QTest::newRow("passed") << QDate(2026, 12, 13) << QStringLiteral("The deadline passed 3 days ago (10/12/2026)")
                            << true;
    QTest::newRow("passed yesterday") << QDate(2026, 12, 11)
                                      << QStringLiteral("The deadline passed 1 day ago (10/12/2026)") << true;
}

void TestReportsScreen::daysLeft()
{
    QFETCH(QDate, today);
    QFETCH(QString, text);
    QFETCH(bool, warning);
    Window w = openWindow(today);
    QVERIFY(w.screen);
    QCOMPARE(w.screen->year(), 2026);
    QCOMPARE(w.screen->deadlineLabel()->text(), text);
    // A deadline passed is shown on the warning's red.
    QCOMPARE(w.screen->deadlineLabel()->styleSheet().contains(QStringLiteral("#fdecea")), warning);
}

void TestReportsScreen::readinessListsTheMissingUnits()
{
    Window w = openWindow(QDate(2026, 12, 1), 2025);
    QVERIFY(w.screen);
    const QList<ReportGap> gaps = AnnualReportService::gaps(load(2025));
    QList<ReportGap> missing;
    for (const ReportGap &gap : gaps)
        if (gap.kind == ReportGap::Kind::MissingSubmission)
            missing.append(gap);
    QCOMPARE(missing.size(), 1); // the demo's last unit of 2025
    ReportGapList *list = w.screen->gapList();
    QCOMPARE(list->gaps().size(), gaps.size());
    QVERIFY(list->titleLabel()->text().contains(QStringLiteral("(%1)").arg(gaps.size())));
    QTreeWidgetItem *line = list->itemFor(ReportGap::Kind::MissingSubmission, missing.first().unitId);
    QVERIFY(line);
    // Shown by the unit's short name, as on the other screens; the tooltip says it in full.
    QString shortName;
    for (const SubmissionOverviewRow &row : load(2025).overview.rows)
        if (row.unit.id == missing.first().unitId)
            shortName = row.unit.shortName;
    QVERIFY(!shortName.isEmpty());
    QCOMPARE(line->text(0), shortName);
    QVERIFY(line->toolTip(0).startsWith(QStringLiteral("%1: no report received").arg(missing.first().unitName)));
    QCOMPARE(line->parent()->text(0), QStringLiteral("Reports not received (1)"));
    QVERIFY(list->view()->isVisible());
    QVERIFY(!list->completeLabel()->isVisible());

    // 2026: the seven units are all missing; each written section is still a draft.
    chooseYear(w.screen, 2026);
    int lines = 0;
    for (int i = 0; i < list->view()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *heading = list->view()->topLevelItem(i);
        if (heading->data(0, ReportGapList::KindRole).toInt() == int(ReportGap::Kind::MissingSubmission)) {
            QCOMPARE(heading->childCount(), 7);
            QCOMPARE(heading->text(0), QStringLiteral("Reports not received (7)"));
        }
        lines += heading->childCount();
    }
    QCOMPARE(lines, int(AnnualReportService::gaps(load(2026)).size()));
    QVERIFY(list->itemFor(ReportGap::Kind::DraftText, 0, ReportSection::Direction));
}

void TestReportsScreen::typedTextIsSavedAuditedAndUndoable()
{
    Window w = openWindow(QDate(2026, 12, 1), 2025);
    QVERIFY(w.screen);
    ReportSectionEditor *sections = w.screen->sectionEditor();
    const QString draft = load(2025).texts.value(ReportSection::Assessment);
    QPlainTextEdit *edit = openSection(w.screen, ReportSection::Assessment);
    QVERIFY(edit);
    QCOMPARE(edit->toPlainText(), draft);
    QCOMPARE(sections->stateLabel()->text(), QStringLiteral("Draft written from the data: edit it and save"));
    QVERIFY(w.screen->gapList()->itemFor(ReportGap::Kind::DraftText, 0, ReportSection::Assessment));

    const QStringList lines{QStringLiteral("1. Ưu điểm"), QStringLiteral("Các đơn vị tích cực hưởng ứng Phong trào.")};
    typeLines(edit, lines);
    const QString mine = lines.join(QLatin1Char('\n'));
    QCOMPARE(edit->toPlainText(), mine);
    QVERIFY(sections->isModified(ReportSection::Assessment));
    QVERIFY(sections->stateLabel()->text().startsWith(QStringLiteral("Changed, not saved yet")));
    QVERIFY(sections->sectionList()->currentItem()->text().endsWith(QStringLiteral(" *")));

    const int audits = AuditRepository(*m_db).count();
    QTest::mouseClick(sections->saveButton(), Qt::LeftButton);
    QCOMPARE(load(2025).saved.value(ReportSection::Assessment), mine);
    QCOMPARE(AuditRepository(*m_db).count(), audits + 1);
    const QList<AuditEntry> trail = AuditRepository(*m_db).forEntity(QStringLiteral("report_text"), 2025);
    QCOMPARE(trail.last().field, QStringLiteral("assessment"));
    QCOMPARE(trail.last().action, QStringLiteral("insert"));
    QCOMPARE(trail.last().newValue, mine);
    QVERIFY(!sections->isModified(ReportSection::Assessment));
    QCOMPARE(sections->stateLabel()->text(), QStringLiteral("Saved"));
    QVERIFY(!sections->saveButton()->isEnabled());
    QVERIFY(!w.screen->gapList()->itemFor(ReportGap::Kind::DraftText, 0, ReportSection::Assessment));
    QCOMPARE(w.window->undoStack()->count(), 1);

    // Undo: the draft again, in the database, the editor and the readiness list.
    w.window->undoStack()->undo();
    QVERIFY(!load(2025).saved.contains(ReportSection::Assessment));
    QCOMPARE(edit->toPlainText(), draft);
    QCOMPARE(sections->stateLabel()->text(), QStringLiteral("Draft written from the data: edit it and save"));
    QVERIFY(w.screen->gapList()->itemFor(ReportGap::Kind::DraftText, 0, ReportSection::Assessment));
    QCOMPARE(AuditRepository(*m_db).forEntity(QStringLiteral("report_text"), 2025).last().action,
             QStringLiteral("delete"));
    // Redo: the clerk's text again.
    w.window->undoStack()->redo();
    QCOMPARE(load(2025).saved.value(ReportSection::Assessment), mine);
    QCOMPARE(edit->toPlainText(), mine);

    // Saving the draft unchanged accepts it.
    QPlainTextEdit *opening = openSection(w.screen, ReportSection::Opening);
    QVERIFY(opening);
    QVERIFY(sections->saveButton()->isEnabled());
    QTest::mouseClick(sections->saveButton(), Qt::LeftButton);
    QCOMPARE(load(2025).saved.value(ReportSection::Opening), load(2025).texts.value(ReportSection::Opening));
    QVERIFY(load(2025).saved.contains(ReportSection::Opening));
}

void TestReportsScreen::ctrlSSavesAndCtrlZUndoesTheSave()
{
    Window w = openWindow(QDate(2026, 12, 1), 2026);
    QVERIFY(w.screen);
    QPlainTextEdit *edit = openSection(w.screen, ReportSection::Proposals);
    QVERIFY(edit);
    const QString draft = edit->toPlainText();
    typeLines(edit, {QStringLiteral("Đề nghị Sở GD&ĐT tổ chức tập huấn.")});
    QTest::keyClick(edit, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(load(2026).saved.value(ReportSection::Proposals), QStringLiteral("Đề nghị Sở GD&ĐT tổ chức tập huấn."));
    QCOMPARE(w.window->undoStack()->count(), 1);
    QVERIFY(edit->hasFocus());
    // The editor has nothing of its own to undo after a save: Ctrl+Z undoes the save.
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!load(2026).saved.contains(ReportSection::Proposals));
    QCOMPARE(edit->toPlainText(), draft);
    QCOMPARE(w.window->undoStack()->index(), 0);
    // Typing is undone in the editor first, as usual.
    QTest::keyClicks(edit, QStringLiteral("x"));
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(edit->toPlainText(), draft);
    QCOMPARE(w.window->undoStack()->index(), 0);
}

void TestReportsScreen::backToDraftDropsTheSavedText()
{
    Window w = openWindow(QDate(2026, 12, 1), 2026);
    QVERIFY(w.screen);
    ReportSectionEditor *sections = w.screen->sectionEditor();
    QPlainTextEdit *edit = openSection(w.screen, ReportSection::Direction);
    QVERIFY(edit);
    const QString draft = edit->toPlainText();
    QVERIFY(!sections->draftButton()->isEnabled()); // nothing saved, nothing changed
    typeLines(edit, {QStringLiteral("Sở ban hành Công văn số 100/SVHTTDL ngày 01/3/2026.")});
    QTest::mouseClick(sections->saveButton(), Qt::LeftButton);
    QVERIFY(load(2026).saved.contains(ReportSection::Direction));
    QVERIFY(sections->draftButton()->isEnabled());

    // Cancel (the default) keeps the text.
    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    QTest::mouseClick(sections->draftButton(), Qt::LeftButton);
    QVERIFY(question.contains(QStringLiteral("I. Direction and deployment")));
    QVERIFY(load(2026).saved.contains(ReportSection::Direction));

    answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(sections->draftButton(), Qt::LeftButton);
    QVERIFY(!load(2026).saved.contains(ReportSection::Direction));
    QCOMPARE(edit->toPlainText(), draft);
    QCOMPARE(sections->stateLabel()->text(), QStringLiteral("Draft written from the data: edit it and save"));
    QCOMPARE(AuditRepository(*m_db).forEntity(QStringLiteral("report_text"), 2026).last().action,
             QStringLiteral("delete"));
    QCOMPARE(w.window->undoStack()->count(), 2);
    // Undo brings the saved text back.
    w.window->undoStack()->undo();
    QCOMPARE(load(2026).saved.value(ReportSection::Direction),
             QStringLiteral("Sở ban hành Công văn số 100/SVHTTDL ngày 01/3/2026."));
    QCOMPARE(edit->toPlainText(), QStringLiteral("Sở ban hành Công văn số 100/SVHTTDL ngày 01/3/2026."));

    // Unsaved changes to a draft: Back to draft only drops them, nothing is written.
    QPlainTextEdit *opening = openSection(w.screen, ReportSection::Opening);
    QVERIFY(opening);
    const QString openingDraft = opening->toPlainText();
    QTest::keyClicks(opening, QStringLiteral("abc"));
    const int audits = AuditRepository(*m_db).count();
    answerNextMessageBox(QMessageBox::Discard);
    QTest::mouseClick(sections->draftButton(), Qt::LeftButton);
    QCOMPARE(opening->toPlainText(), openingDraft);
    QCOMPARE(AuditRepository(*m_db).count(), audits);
}

void TestReportsScreen::unsavedTextIsNotLostSilently()
{
    Window w = openWindow(QDate(2026, 12, 1), 2026);
    QVERIFY(w.screen);
    QPlainTextEdit *edit = openSection(w.screen, ReportSection::Orientation);
    QVERIFY(edit);
    typeLines(edit, {QStringLiteral("Năm 2027 tiếp tục.")});

    // Another year: Cancel stays on 2026 with the text.
    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    QComboBox *combo = w.screen->yearBox();
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up);
    QVERIFY(question.contains(QStringLiteral("V. Directions for next year")));
    QCOMPARE(w.screen->year(), 2026);
    QCOMPARE(combo->currentText(), QStringLiteral("2026"));
    QCOMPARE(edit->toPlainText(), QStringLiteral("Năm 2027 tiếp tục."));

    // Another screen: Cancel stays; Save saves and goes.
    QVERIFY(activate(w.window.get()));
    answerNextMessageBox(QMessageBox::Cancel);
    QTest::keyClick(w.window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(w.window->currentScreen(), int(MainWindow::ReportsScreenIndex));
    QCOMPARE(w.window->navigation()->currentRow(), int(MainWindow::ReportsScreenIndex));
    QVERIFY(activate(w.window.get()));
    answerNextMessageBox(QMessageBox::Save);
    QTest::keyClick(w.window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(w.window->currentScreen(), int(MainWindow::PlanScreenIndex));
    QCOMPARE(load(2026).saved.value(ReportSection::Orientation), QStringLiteral("Năm 2027 tiếp tục."));

    // Discard on a change of year drops the text and shows the other year.
    QVERIFY(activate(w.window.get()));
    QTest::keyClick(w.window.get(), Qt::Key_5, Qt::ControlModifier);
    edit = openSection(w.screen, ReportSection::Orientation);
    QVERIFY(edit);
    typeText(edit, QStringLiteral(" Thêm"));
    answerNextMessageBox(QMessageBox::Discard);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(w.screen->year(), 2025);
    QVERIFY(!w.screen->hasUnsavedEdits());
    QCOMPARE(load(2026).saved.value(ReportSection::Orientation), QStringLiteral("Năm 2027 tiếp tục."));
    QCOMPARE(edit->toPlainText(), load(2025).texts.value(ReportSection::Orientation));

    // Closing the window asks too; Cancel keeps it open.
    typeText(edit, QStringLiteral(" Thêm"));
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!w.window->close());
    QVERIFY(w.window->isVisible());
    QVERIFY(w.screen->hasUnsavedEdits());
}

void TestReportsScreen::missingUnitLeadsToItsSubmission()
{
    Window w = openWindow(QDate(2026, 12, 1), 2025);
    QVERIFY(w.screen);
    ReportGapList *list = w.screen->gapList();
    qint64 unitId = 0;
    for (const ReportGap &gap : list->gaps())
        if (gap.kind == ReportGap::Kind::MissingSubmission)
            unitId = gap.unitId;
    QVERIFY(unitId > 0);
    // A filter on the Submissions screen that hides the unit is cleared on the way.
    QTest::keyClick(w.window.get(), Qt::Key_3, Qt::ControlModifier);
    auto *submissions = qobject_cast<SubmissionsScreen *>(w.window->screen(MainWindow::SubmissionsScreenIndex));
    QVERIFY(submissions);
    QTest::keyClicks(submissions->filterEdit(), QStringLiteral("zzz"));
    QTest::keyClick(w.window.get(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(w.window->currentScreen(), int(MainWindow::ReportsScreenIndex));
    QTreeWidgetItem *line = list->itemFor(ReportGap::Kind::MissingSubmission, unitId);
    QVERIFY(line);
    QSignalSpy requested(w.screen, &ReportsScreen::submissionRequested);
    QTreeWidget *view = list->view();
    view->scrollToItem(line);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualItemRect(line).center());
    QCOMPARE(view->currentItem(), line);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toInt(), 2025);
    QCOMPARE(requested.first().at(1).toLongLong(), unitId);

    // The window goes to the Submissions screen of 2025, the unit's editor open.
    QCOMPARE(w.window->currentScreen(), int(MainWindow::SubmissionsScreenIndex));
    QCOMPARE(submissions->year(), 2025);
    QVERIFY(submissions->filterEdit()->text().isEmpty());
    QCOMPARE(submissions->view()->currentIndex().data(SubmissionTableModel::UnitIdRole).toLongLong(), unitId);
    QVERIFY(submissions->editor());
    QCOMPARE(submissions->editor()->original().unitId, unitId);
    submissions->editor()->reject();
    QTRY_VERIFY(!submissions->editor());
}

// "Chỉ tiêu còn trống": the editor opens on the indicators, not on the document.
void TestReportsScreen::emptyIndicatorsLeadToTheIndicators()
{
    // A report received with its figures left empty.
    SubmissionService service(*m_db);
    for (const SubmissionOverviewRow &row : service.overview(2025).rows)
        if (row.timeliness != Timeliness::Missing) {
            Submission emptied = service.load(row.unit.id, 2025);
            emptied.values.clear();
            service.save(emptied);
            break;
        }
    Window w = openWindow(QDate(2026, 12, 1), 2025);
    QVERIFY(w.screen);
    ReportGapList *list = w.screen->gapList();
    qint64 unitId = 0;
    for (const ReportGap &gap : list->gaps())
        if (gap.kind == ReportGap::Kind::EmptyIndicators && unitId == 0)
            unitId = gap.unitId;
    QVERIFY(unitId > 0);
    QTreeWidgetItem *line = list->itemFor(ReportGap::Kind::EmptyIndicators, unitId);
    QVERIFY(line);
    QTreeWidget *view = list->view();
    view->scrollToItem(line);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualItemRect(line).center());
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(w.window->currentScreen(), int(MainWindow::SubmissionsScreenIndex));
    auto *submissions = qobject_cast<SubmissionsScreen *>(w.window->screen(MainWindow::SubmissionsScreenIndex));
    QVERIFY(submissions && submissions->editor());
    QCOMPARE(submissions->editor()->original().unitId, unitId);
    QCOMPARE(submissions->editor()->currentPage(), int(SubmissionEditorDialog::IndicatorsPage));
    submissions->editor()->reject();
    QTRY_VERIFY(!submissions->editor());
}

void TestReportsScreen::unitNotReviewedLeadsToScoring()
{
    Window w = openWindow(QDate(2026, 12, 1), 2025);
    QVERIFY(w.screen);
    ReportGapList *list = w.screen->gapList();
    qint64 unitId = 0;
    for (const ReportGap &gap : list->gaps())
        if (gap.kind == ReportGap::Kind::NotReviewed && unitId == 0)
            unitId = gap.unitId;
    QVERIFY(unitId > 0);
    QTreeWidgetItem *line = list->itemFor(ReportGap::Kind::NotReviewed, unitId);
    QVERIFY(line);
    QTreeWidget *view = list->view();
    view->scrollToItem(line);
    QSignalSpy requested(w.screen, &ReportsScreen::reviewRequested);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualItemRect(line).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualItemRect(line).center());
    QCOMPARE(requested.size(), 1);
    QCOMPARE(w.window->currentScreen(), int(MainWindow::ScoringScreenIndex));
    auto *scoring = qobject_cast<ScoringScreen *>(w.window->screen(MainWindow::ScoringScreenIndex));
    QVERIFY(scoring);
    QCOMPARE(scoring->year(), 2025);
    const QModelIndex current = scoring->view()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(ScoringGridModel::UnitIdRole).toLongLong(), unitId);
    QVERIFY(scoring->model()->isCriterionColumn(current.column()));
    QVERIFY(current.data(ScoringGridModel::ReviewedTextRole).toString().isEmpty());
}

void TestReportsScreen::draftedSectionLeadsToItsEditor()
{
    Window w = openWindow(QDate(2026, 12, 1), 2026);
    QVERIFY(w.screen);
    ReportGapList *list = w.screen->gapList();
    QTreeWidgetItem *line = list->itemFor(ReportGap::Kind::DraftText, 0, ReportSection::Direction);
    QVERIFY(line);
    QCOMPARE(line->text(0), QStringLiteral("I. Direction and deployment"));
    QVERIFY(line->toolTip(0).startsWith(
        QStringLiteral("I. Direction and deployment: still the program's draft or holds a [note] to replace")));
    QTreeWidget *view = list->view();
    view->scrollToItem(line);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualItemRect(line).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualItemRect(line).center());
    ReportSectionEditor *sections = w.screen->sectionEditor();
    QCOMPARE(sections->currentSection(), ReportSection::Direction);
    QPlainTextEdit *edit = sections->editor(ReportSection::Direction);
    QVERIFY(edit->hasFocus());
    // The draft's bracketed note is selected, ready to be typed over.
    const QString selected = edit->textCursor().selectedText();
    QVERIFY2(selected.startsWith(QLatin1Char('[')) && selected.endsWith(QLatin1Char(']')), qPrintable(selected));
    QCOMPARE(w.window->currentScreen(), int(MainWindow::ReportsScreenIndex));
}

void TestReportsScreen::followsSubmissions()
{
    Window w = openWindow(QDate(2026, 12, 1), 2026);
    QVERIFY(w.screen);
    ReportGapList *list = w.screen->gapList();
    const qint64 unitId = list->gaps().first().unitId;
    QVERIFY(list->itemFor(ReportGap::Kind::MissingSubmission, unitId));
    // A submission received (as the Submissions screen would save it): the screen follows.
    SubmissionService &service = w.window->submissionService();
    Submission submission = service.load(unitId, 2026);
    submission.status = QStringLiteral("received");
    submission.receivedDate = QDate(2026, 11, 20);
    submission.documentNumber = QStringLiteral("12/BC-TEST");
    submission.documentDate = QDate(2026, 11, 18);
    service.save(submission);
    QVERIFY(!list->itemFor(ReportGap::Kind::MissingSubmission, unitId));
    QCOMPARE(w.screen->countsLabel()->text(),
             QStringLiteral("Units expected: 7 · Received: 1 (on time 1, late 0) · Missing: 6"));
}

void TestReportsScreen::exportsPdfAfterConfirmingGaps()
{
    Window w = openWindow(QDate(2026, 12, 1), 2025);
    QVERIFY(w.screen);
    QTemporaryDir dir;
    QString suggested;
    w.screen->setSaveFileNameProvider(
        [&dir, &suggested](QWidget *, const QString &, const QString &suggestedPath, const QString &) {
            suggested = suggestedPath;
            return dir.filePath(QStringLiteral("bao-cao")); // the suffix is added
        });
    ReportDocumentFields *fields = w.screen->documentFields();
    fields->numberBox()->setFocus();
    QTest::keyClick(fields->numberBox(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(fields->numberBox(), QStringLiteral("7"));
    QCOMPARE(fields->number(), 7);
    fields->nameEdit()->setFocus();
    QTest::keyClick(fields->nameEdit(), Qt::Key_A, Qt::ControlModifier);
    typeText(fields->nameEdit(), QStringLiteral("Trần Thị Kiểm Thử"));

    QToolButton *pdf = toolButton(w.screen, w.screen->pdfAction());
    QVERIFY(pdf);
    QVERIFY(pdf->isEnabled());
    // Gaps remain: the question lists them; Cancel (the default) makes nothing.
    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    QTest::mouseClick(pdf, Qt::LeftButton);
    QVERIFY2(question.contains(QStringLiteral("gaps left: %1").arg(w.screen->gapList()->gaps().size())),
             qPrintable(question));
    for (const ReportGap &gap : w.screen->gapList()->gaps())
        QVERIFY2(question.contains(AnnualReportService::describe(gap)), qPrintable(AnnualReportService::describe(gap)));
    QVERIFY(suggested.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("bao-cao.pdf"))));

    answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(pdf, Qt::LeftButton);
    QVERIFY(suggested.endsWith(QStringLiteral("bao-cao-xhht-2025.pdf")));
    const QString path = dir.filePath(QStringLiteral("bao-cao.pdf"));
    QVERIFY(QFile::exists(path));
    const QString text = pdfText(path);
    for (const QString &expected : {QStringLiteral("BÁO CÁO"), QStringLiteral("năm 2025"), QStringLiteral("Số: 07/BC-"),
                                    QStringLiteral("Trần Thị Kiểm Thử"), QStringLiteral("ngày 01 tháng 12 năm 2026")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in ") + text.left(600)));
    // For this export only: the settings keep their signer.
    QVERIFY(!fields->organisation().signerName.isEmpty());
}

void TestReportsScreen::exportsOdt()
{
    Window w = openWindow(QDate(2026, 12, 1), 2024);
    QVERIFY(w.screen);
    w.services->organisation().saveSigner(QStringLiteral("KT. GIÁM ĐỐC"), QStringLiteral("PHÓ GIÁM ĐỐC"),
                                          QStringLiteral("Trần Văn Ký"));
    QTemporaryDir dir;
    w.screen->setSaveFileNameProvider([&dir](QWidget *, const QString &, const QString &, const QString &) {
        return dir.filePath(QStringLiteral("bao-cao-2024.odt"));
    });
    QVERIFY(toolButton(w.screen, w.screen->odtAction()));
    // Alt+O, the action's mnemonic, from anywhere on the screen.
    answerNextMessageBox(QMessageBox::Yes);
    QTest::keyClick(w.screen->gapList()->view(), Qt::Key_O, Qt::AltModifier);
    QFile odt(dir.filePath(QStringLiteral("bao-cao-2024.odt")));
    QVERIFY(odt.open(QIODevice::ReadOnly));
    const QByteArray bytes = odt.readAll();
    QVERIFY(bytes.startsWith("PK")); // a zip archive
    QVERIFY(bytes.contains("application/vnd.oasis.opendocument.text"));
}

void TestReportsScreen::reminderLetterForTheMissingUnits()
{
    Window w = openWindow(QDate(2026, 12, 1), 2024);
    QVERIFY(w.screen);
    // 2024: everyone sent their report.
    QCOMPARE(load(2024).missing(), 0);
    QVERIFY(!w.screen->reminderAction()->isEnabled());
    QCOMPARE(w.screen->reminderAction()->toolTip(),
             QStringLiteral("Every unit has sent its report: there is nobody to remind"));

    chooseYear(w.screen, 2026);
    QVERIFY(w.screen->reminderAction()->isEnabled());
    w.services->organisation().saveSigner(QStringLiteral("KT. GIÁM ĐỐC"), QStringLiteral("PHÓ GIÁM ĐỐC"),
                                          QStringLiteral("Trần Văn Ký"));
    QCOMPARE(w.screen->documentFields()->nameEdit()->text(), QStringLiteral("Trần Văn Ký")); // the fields follow
    // The date asked for: three working days before Thursday 10/12/2026; the clerk types
    // another day into it.
    QDateEdit *deadline = w.screen->reminderDeadline()->dateEdit();
    QCOMPARE(deadline->date(), QDate(2026, 12, 7));
    deadline->setFocus();
    deadline->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(deadline, QStringLiteral("04"));
    QCOMPARE(deadline->date(), QDate(2026, 12, 4));
    QTemporaryDir dir;
    w.screen->setSaveFileNameProvider([&dir](QWidget *, const QString &, const QString &, const QString &) {
        return dir.filePath(QStringLiteral("don-doc.pdf"));
    });
    auto *pdf = w.screen->reminderAction()->menu()->findChild<QAction *>(QStringLiteral("exportReminderPdf"));
    QVERIFY(pdf);
    pdf->trigger(); // no question: the letter is for the units that sent nothing
    const QString path = dir.filePath(QStringLiteral("don-doc.pdf"));
    QVERIFY(QFile::exists(path));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("đôn đốc")), qPrintable(text.left(600)));
    int missing = 0;
    for (const ReportGap &gap : AnnualReportService::gaps(load(2026)))
        if (gap.kind == ReportGap::Kind::MissingSubmission) {
            QVERIFY2(text.contains(gap.unitName.left(20)), qPrintable(gap.unitName));
            ++missing;
        }
    QVERIFY(missing > 0);
    QVERIFY2(text.contains(QStringLiteral("chậm nhất ngày 04/12/2026")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Trần Văn Ký")));
    QVERIFY(!text.contains(QStringLiteral("Chưa gửi báo cáo")));
}

void TestReportsScreen::firstExportAsksForTheSigner()
{
    Window w = openWindow(QDate(2026, 12, 1), 2026);
    QVERIFY(w.screen);
    QVERIFY(w.services->organisation().settings().signerName.isEmpty());
    QVERIFY(w.screen->documentFields()->nameEdit()->text().isEmpty());
    QTemporaryDir dir;
    int asked = 0;
    w.screen->setSaveFileNameProvider([&dir, &asked](QWidget *, const QString &, const QString &, const QString &) {
        ++asked;
        return dir.filePath(QStringLiteral("don-doc.pdf"));
    });
    auto *pdf = w.screen->reminderAction()->menu()->findChild<QAction *>(QStringLiteral("exportReminderPdf"));
    QVERIFY(pdf);

    // Cancel: no file, nothing saved.
    bool seen = false;
    QTimer::singleShot(0, this, [&seen] {
        auto *dialog = qobject_cast<SignerDialog *>(QApplication::activeModalWidget());
        seen = dialog != nullptr;
        if (dialog)
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    });
    pdf->trigger();
    QVERIFY(seen);
    QCOMPARE(asked, 0);
    QVERIFY(w.services->organisation().settings().signerName.isEmpty());

    // The name typed (the OK button waits for it), saved, then the letter carries it.
    const int audited = AuditRepository(*m_db).count();
    bool okWaited = false;
    QTimer::singleShot(0, this, [&okWaited] {
        auto *dialog = qobject_cast<SignerDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        okWaited = !ok->isEnabled();
        typeText(dialog->nameEdit(), QStringLiteral("Phạm Thị Ngọc Hương"));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    pdf->trigger();
    QVERIFY(okWaited);
    QCOMPARE(asked, 1);
    QCOMPARE(w.services->organisation().settings().signerName, QStringLiteral("Phạm Thị Ngọc Hương"));
    QCOMPARE(w.services->organisation().settings().signerAuthority, QStringLiteral("KT. GIÁM ĐỐC"));
    QCOMPARE(AuditRepository(*m_db).count(), audited + 1);
    QCOMPARE(w.screen->documentFields()->nameEdit()->text(), QStringLiteral("Phạm Thị Ngọc Hương"));
    const QString text = pdfText(dir.filePath(QStringLiteral("don-doc.pdf")));
    QVERIFY2(text.contains(QStringLiteral("PHÓ GIÁM ĐỐC Phạm Thị Ngọc Hương")), qPrintable(text.right(400)));

    // Asked once: the next export goes straight to the file name.
    pdf->trigger();
    QCOMPARE(asked, 2);
}

void TestReportsScreen::screenshots()
{
    const QString dir = qEnvironmentVariable("XHHT_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set XHHT_SCREENSHOTS=DIR to save screenshots");
    // 2024 complete: every section saved without a note.
    AnnualReportService service(*m_db);
    for (const ReportSection section : AnnualReportService::sections())
        service.saveText(ReportDrafts::load(service, 2024), section, QStringLiteral("Văn bản đã soạn của mục này."));
    Window w = openWindow(QDate(2026, 12, 1), 2025);
    QVERIFY(w.screen);
    w.window->resize(1366, 740);
    QPlainTextEdit *edit = openSection(w.screen, ReportSection::Assessment);
    QVERIFY(edit);
    typeText(edit, QStringLiteral("Thêm "));
    QTest::qWait(100);
    QVERIFY(w.window->grab().save(dir + QStringLiteral("/reports-2025.png")));
    w.services->organisation().saveSigner(QStringLiteral("KT. GIÁM ĐỐC"), QStringLiteral("PHÓ GIÁM ĐỐC"),
                                          QStringLiteral("Trần Văn Ký"));
    // The question before a report with gaps.
    QString question;
    QTimer::singleShot(300, this, [&dir] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            box->grab().save(dir + QStringLiteral("/reports-gaps-question.png"));
            box->reject();
        }
    });
    answerNextMessageBox(QMessageBox::Discard);
    w.screen->previewAction()->trigger();
    QVERIFY(activate(w.window.get()));
    chooseYear(w.screen, 2024);
    QTest::qWait(100);
    QVERIFY(w.window->grab().save(dir + QStringLiteral("/reports-2024-complete.png")));
    chooseYear(w.screen, 2026);
    w.window->resize(1100, 720);
    QTest::qWait(100);
    QVERIFY(w.window->grab().save(dir + QStringLiteral("/reports-2026-small.png")));
}

QTEST_MAIN(TestReportsScreen)
#include "tst_reportsscreen.moc"
