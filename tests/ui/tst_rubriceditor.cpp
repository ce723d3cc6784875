#include "scoring/rubriccriteriamodel.h"
#include "scoring/rubriceditordialog.h"
#include "services/demogenerator.h"
#include "services/rubricservice.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "services/yearlockservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <memory>

// The rubric editor offscreen on the demo data (2024 reviewed, 2025 self-scored, later
// years without scores): copying a preset for a year, editing cells with the keyboard,
// checks as typed, refusals that leave the database as it was, locked years.
class TestRubricEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void presetYearShowsThePresetReadOnly();
    void copyThenEditAMaximumWithTheKeyboard();
    void invalidMaximumIsMarkedAndNothingIsSaved_data();
    void invalidMaximumIsMarkedAndNothingIsSaved();
    void tiersAndNameAreSaved();
    void tierOutOfOrderIsMarked();
    void editThatBreaksAStoredScoreIsRefused();
    void lockedYearOpensReadOnly_data();
    void lockedYearOpensReadOnly();
    void useThisRubricAssignsOrExplainsWhyNot();
    void cancelAsksBeforeDiscarding();
    void levelsRubricShowsKindsThresholdsAndLevels();
    void notesShowWhyAChiTieuDoesNotCount();
    void modelPassesTester();
    void screenshots();

private:
    std::unique_ptr<RubricEditorDialog> openDialog(int year);
    // Clicks "Copy for this year…" and, in the dialog it opens, copies the rubric with
    // code `sourceCode` (chosen with the keyboard).
    void copyWithChooser(RubricEditorDialog *dialog, const QString &sourceCode);
    // Edits a cell of the criteria as a clerk does: F2, select all, type, Enter.
    static void typeIntoCell(RubricEditorDialog *dialog, const QString &code, int column, const QString &text);
    static void typeIntoTier(RubricEditorDialog *dialog, int row, int column, const QString &text);
    static void chooseItem(QComboBox *combo, const QString &text);
    static bool activate(QWidget *window);
    static void typeText(QWidget *widget, const QString &text);
    // Presses `button` on the next message box; returns its text through *text.
    static void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr);
    static Criterion item(const Rubric &rubric, const QString &code);
    qint64 rubricId(const QString &code) const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Services> m_services;
};

void TestRubricEditor::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("xhht-tests"));
}

void TestRubricEditor::init()
{
    m_db = std::make_unique<Database>();
    TestDatabase::prepare(*m_db);
    m_services = std::make_unique<Services>(*m_db);
    DemoGenerator(*m_db).addDemo();
}

void TestRubricEditor::cleanup()
{
    m_services.reset();
    m_db.reset();
}

std::unique_ptr<RubricEditorDialog> TestRubricEditor::openDialog(int year)
{
    auto dialog = std::make_unique<RubricEditorDialog>(*m_services, year);
    dialog->show();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("rubric editor not active");
    return dialog;
}

void TestRubricEditor::chooseItem(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && !combo->currentText().startsWith(text); ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QVERIFY2(combo->currentText().startsWith(text), qPrintable(combo->currentText()));
}

void TestRubricEditor::answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
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

void TestRubricEditor::copyWithChooser(RubricEditorDialog *dialog, const QString &sourceCode)
{
    const qint64 source = rubricId(sourceCode);
    bool chosen = false;
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, source, &chosen] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != QLatin1String("copyRubricDialog"))
            return;
        timer->stop();
        timer->deleteLater();
        auto *combo = modal->findChild<QComboBox *>(QStringLiteral("copySource"));
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < combo->count() && combo->currentData().toLongLong() != source; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        chosen = combo->currentData().toLongLong() == source;
        auto *buttons = modal->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    timer->start();
    QVERIFY(dialog->copyButton()->isEnabled());
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    QVERIFY(chosen);
    QVERIFY(activate(dialog));
}

// The window manager activates the dialog again when a box over it closes; the
// offscreen platform does not.
bool TestRubricEditor::activate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

// QTest::keyClicks() types Latin-1 only: Vietnamese letters go as key events with text.
void TestRubricEditor::typeText(QWidget *widget, const QString &text)
{
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; })) {
        QTest::keyClicks(widget, text);
        return;
    }
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void TestRubricEditor::typeIntoCell(RubricEditorDialog *dialog, const QString &code, int column, const QString &text)
{
    QTreeView *view = dialog->criteriaView();
    const QModelIndex index = dialog->criteriaModel()->indexOf(code, column);
    QVERIFY(index.isValid());
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY2(editor, "no editor opened with F2");
    QCOMPARE(editor->text(), index.data(Qt::EditRole).toString());
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    typeText(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!view->indexWidget(index)); // committed and closed
    QCOMPARE(QApplication::focusWidget(), view);
}

void TestRubricEditor::typeIntoTier(RubricEditorDialog *dialog, int row, int column, const QString &text)
{
    QTableWidget *table = dialog->tiersTable();
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY2(editor, "no editor opened with F2");
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    typeText(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!table->indexWidget(table->model()->index(row, column)));
}

Criterion TestRubricEditor::item(const Rubric &rubric, const QString &code)
{
    for (const Criterion &c : rubric.criteria)
        if (c.code == code)
            return c;
    return {};
}

qint64 TestRubricEditor::rubricId(const QString &code) const
{
    for (const Rubric &r : RubricService(*m_db).all())
        if (r.code == code)
            return r.id;
    return 0;
}

void TestRubricEditor::presetYearShowsThePresetReadOnly()
{
    auto dialog = openDialog(2026);
    QCOMPARE(dialog->yearRubric().code, QStringLiteral("TT22-2020"));
    QVERIFY(dialog->isReadOnly());
    QVERIFY(!dialog->saveButton()->isVisible());
    QVERIFY(dialog->copyButton()->isEnabled());
    QVERIFY(!dialog->useButton()->isEnabled()); // the year's rubric is the one shown
    auto *banner = dialog->findChild<QLabel *>(QStringLiteral("rubricBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QLatin1String("preset")));
    const QString details = dialog->findChild<QLabel *>(QStringLiteral("rubricDetails"))->text();
    QVERIFY2(details.contains(QStringLiteral("Thông tư số 22/2020/TT-BGDĐT")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Used by 2024–2030.")), qPrintable(details));
    RubricCriteriaModel *model = dialog->criteriaModel();
    QCOMPARE(model->rowCount(), 3); // the groups
    QCOMPARE(model->rowCount(model->index(0, 0)), 3);
    QCOMPARE(model->indexOf(QStringLiteral("1"), RubricCriteriaModel::MaxColumn).data().toString(),
             QStringLiteral("30"));
    QCOMPARE(model->indexOf(QStringLiteral("1.1"), RubricCriteriaModel::StepColumn).data().toString(),
             QStringLiteral("0,5"));
    QVERIFY(!(model->indexOf(QStringLiteral("1.1"), RubricCriteriaModel::MaxColumn).flags() & Qt::ItemIsEditable));
    QCOMPARE(dialog->tiersTable()->rowCount(), 4);
    QCOMPARE(dialog->tiersTable()->item(0, 1)->text(), QStringLiteral("85"));
    QVERIFY(!(dialog->tiersTable()->item(0, 1)->flags() & Qt::ItemIsEditable));
}

void TestRubricEditor::copyThenEditAMaximumWithTheKeyboard()
{
    auto dialog = openDialog(2026);
    QSignalSpy changed(dialog.get(), &RubricEditorDialog::rubricChanged);
    copyWithChooser(dialog.get(), QStringLiteral("TT22-2020"));
    QCOMPARE(changed.count(), 1);
    const Rubric copy = RubricService(*m_db).forYear(2026);
    QCOMPARE(copy.code, QStringLiteral("TT22-2020-2026"));
    QVERIFY(!copy.isPreset);
    QCOMPARE(dialog->yearRubric().id, copy.id);
    QVERIFY(!dialog->isReadOnly());
    QVERIFY(dialog->saveButton()->isVisible());
    QVERIFY(dialog->saveButton()->isEnabled());
    QVERIFY(!dialog->copyButton()->isEnabled()); // the year has its own copy now
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("rubricBanner"))->isVisible());

    RubricCriteriaModel *model = dialog->criteriaModel();
    typeIntoCell(dialog.get(), QStringLiteral("1.1"), RubricCriteriaModel::MaxColumn, QStringLiteral("12"));
    QCOMPARE(model->indexOf(QStringLiteral("1.1"), RubricCriteriaModel::MaxColumn).data().toString(),
             QStringLiteral("12"));
    // The group's maximum follows as typed, and the total too.
    QCOMPARE(model->indexOf(QStringLiteral("1"), RubricCriteriaModel::MaxColumn).data().toString(),
             QStringLiteral("32"));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("rubricTotal"))->text(),
             QStringLiteral("Total of the maxima: 102 points."));
    QVERIFY(dialog->isModified());
    QVERIFY(dialog->isInputValid());
    // Nothing is stored before Save.
    QCOMPARE(item(RubricService(*m_db).forYear(2026), QStringLiteral("1.1")).maxPoints, Points::fromWhole(10));

    // Enter on the tree (no cell being edited) presses Save.
    QTest::keyClick(dialog->criteriaView(), Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(changed.count(), 2);
    const Rubric stored = RubricService(*m_db).forYear(2026);
    QCOMPARE(stored.id, copy.id);
    QCOMPARE(item(stored, QStringLiteral("1.1")).maxPoints, Points::fromWhole(12));
    QCOMPARE(item(stored, QStringLiteral("1")).maxPoints, Points::fromWhole(32));
    QCOMPARE(item(stored, QStringLiteral("1.2")).maxPoints, Points::fromWhole(10));
    // Other years keep the preset.
    QCOMPARE(item(RubricService(*m_db).forYear(2027), QStringLiteral("1.1")).maxPoints, Points::fromWhole(10));
}

void TestRubricEditor::invalidMaximumIsMarkedAndNothingIsSaved_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("problem");
    QTest::newRow("off the step") << QStringLiteral("10,25")
                                  << QStringLiteral("Item 1.1: the maximum 10,25 is not a multiple of the step 0,5.");
    QTest::newRow("not a number") << QStringLiteral("abc")
                                  << QStringLiteral(
                                         "Item 1.1: “abc” is not a number of points; type for example 10 or 7,5.");
    QTest::newRow("three decimals") << QStringLiteral("10,125")
                                    << QStringLiteral(
                                           "Item 1.1: “10,125” is not a number of points; type for example 10 or 7,5.");
    QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("Item 1.1: the maximum must be more than 0.");
}

void TestRubricEditor::invalidMaximumIsMarkedAndNothingIsSaved()
{
    QFETCH(QString, typed);
    QFETCH(QString, problem);
    auto dialog = openDialog(2026);
    copyWithChooser(dialog.get(), QStringLiteral("TT22-2020"));
    const Rubric before = RubricService(*m_db).forYear(2026);
    const int audit = AuditRepository(*m_db).count();

    typeIntoCell(dialog.get(), QStringLiteral("1.1"), RubricCriteriaModel::MaxColumn, typed);
    const QModelIndex cell = dialog->criteriaModel()->indexOf(QStringLiteral("1.1"), RubricCriteriaModel::MaxColumn);
    QCOMPARE(cell.data().toString(), typed); // shown as typed
    QCOMPARE(cell.data(RubricCriteriaModel::ProblemRole).toString(), problem);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), problem);
    QCOMPARE(cell.data(Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
    // Only that cell is marked.
    QVERIFY(dialog->criteriaModel()
                ->indexOf(QStringLiteral("1.2"), RubricCriteriaModel::MaxColumn)
                .data(RubricCriteriaModel::ProblemRole)
                .toString()
                .isEmpty());
    QVERIFY(dialog->criteriaModel()
                ->indexOf(QStringLiteral("1.1"), RubricCriteriaModel::TitleColumn)
                .data(RubricCriteriaModel::ProblemRole)
                .toString()
                .isEmpty());
    QCOMPARE(dialog->problems(), QStringList{problem});
    auto *problems = dialog->findChild<QLabel *>(QStringLiteral("rubricProblems"));
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->text(), problem);
    QVERIFY(!dialog->isInputValid());
    QVERIFY(!dialog->saveButton()->isEnabled());

    // Enter does nothing; Save called anyway is refused with the problem.
    QTest::keyClick(dialog->criteriaView(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QString message;
    answerNextMessageBox(QMessageBox::Ok, &message);
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY2(message.contains(problem), qPrintable(message));
    QVERIFY(activate(dialog.get()));
    QCOMPARE(AuditRepository(*m_db).count(), audit);
    const Rubric after = RubricService(*m_db).forYear(2026);
    QCOMPARE(item(after, QStringLiteral("1.1")).maxPoints, Points::fromWhole(10));
    QCOMPARE(item(after, QStringLiteral("1")).maxPoints, Points::fromWhole(30));

    // Typing a good value again clears the mark.
    typeIntoCell(dialog.get(), QStringLiteral("1.1"), RubricCriteriaModel::MaxColumn, QStringLiteral("9,5"));
    QVERIFY(cell.data(RubricCriteriaModel::ProblemRole).toString().isEmpty());
    QVERIFY(!cell.data(Qt::ForegroundRole).isValid());
    QVERIFY(dialog->saveButton()->isEnabled());
    QVERIFY(!problems->isVisible());
    QCOMPARE(before.id, after.id);
    answerNextMessageBox(QMessageBox::Discard);
    dialog->reject();
    QTRY_VERIFY(!dialog->isVisible());
}

void TestRubricEditor::tiersAndNameAreSaved()
{
    auto dialog = openDialog(2027);
    copyWithChooser(dialog.get(), QStringLiteral("TT22-2020"));
    typeIntoTier(dialog.get(), 0, 1, QStringLiteral("90"));
    typeIntoTier(dialog.get(), 1, 0, QStringLiteral("Khá (đạt)"));
    typeIntoCell(dialog.get(), QStringLiteral("2.2"), RubricCriteriaModel::TitleColumn,
                 QStringLiteral("Tuân thủ kỷ luật lao động"));
    typeIntoCell(dialog.get(), QStringLiteral("2.2"), RubricCriteriaModel::StepColumn, QStringLiteral("0,25"));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("rubricName"));
    name->setFocus();
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    typeText(name, QStringLiteral("Bộ tiêu chí 2027"));
    QVERIFY(dialog->isInputValid());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    const Rubric stored = RubricService(*m_db).forYear(2027);
    QCOMPARE(stored.name, QStringLiteral("Bộ tiêu chí 2027"));
    QCOMPARE(stored.classes.at(0).minPoints, Points::fromWhole(90));
    QCOMPARE(stored.classes.at(1).name, QStringLiteral("Khá (đạt)"));
    QCOMPARE(stored.classes.at(1).minPoints, Points::fromWhole(70));
    QCOMPARE(item(stored, QStringLiteral("2.2")).title, QStringLiteral("Tuân thủ kỷ luật lao động"));
    QCOMPARE(item(stored, QStringLiteral("2.2")).step, Points::fromHundredths(25));
    QCOMPARE(item(stored, QStringLiteral("2.2")).maxPoints, Points::fromWhole(5));
}

void TestRubricEditor::tierOutOfOrderIsMarked()
{
    auto dialog = openDialog(2026);
    copyWithChooser(dialog.get(), QStringLiteral("TT22-2020"));
    typeIntoTier(dialog.get(), 1, 1, QStringLiteral("85")); // Khá as high as Tốt
    QTableWidgetItem *cell = dialog->tiersTable()->item(1, 1);
    QCOMPARE(cell->text(), QStringLiteral("85"));
    QCOMPARE(cell->toolTip(), QStringLiteral("The tier “Khá” must need fewer points than “Tốt”."));
    QCOMPARE(cell->foreground().color(), QColor(0xc6, 0x28, 0x28));
    QVERIFY(dialog->tiersTable()->item(0, 1)->toolTip().isEmpty());
    QVERIFY(!dialog->saveButton()->isEnabled());
    typeIntoTier(dialog.get(), 1, 1, QStringLiteral("7O")); // a letter O
    QCOMPARE(cell->toolTip(), QStringLiteral("Tier “Khá”: “7O” is not a number of points; type for example 85."));
    typeIntoTier(dialog.get(), 1, 1, QStringLiteral("75"));
    QVERIFY(cell->toolTip().isEmpty());
    QVERIFY(dialog->saveButton()->isEnabled());
}

void TestRubricEditor::editThatBreaksAStoredScoreIsRefused()
{
    // The units whose 2025 self-score on 3.1 is above 20.
    SubmissionService submissions(*m_db);
    const YearContext context = submissions.context(2025);
    const Criterion presetItem = item(context.rubric, QStringLiteral("3.1"));
    QStringList above;
    for (const Submission &s : submissions.loadYear(2025))
        if (const CriterionScore *score = s.score(presetItem.id); score && score->self > Points::fromWhole(20))
            above.append(context.unit(s.unitId)->name);
    QVERIFY(!above.isEmpty());

    auto dialog = openDialog(2025);
    copyWithChooser(dialog.get(), QStringLiteral("TT22-2020")); // the year's own rubric: its scores move along
    const Rubric copy = RubricService(*m_db).forYear(2025);
    QCOMPARE(copy.code, QStringLiteral("TT22-2020-2025"));
    const int audit = AuditRepository(*m_db).count();
    typeIntoCell(dialog.get(), QStringLiteral("3.1"), RubricCriteriaModel::MaxColumn, QStringLiteral("20"));
    QVERIFY(dialog->isInputValid()); // nothing wrong with the rubric itself
    QString message;
    answerNextMessageBox(QMessageBox::Ok, &message);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY(dialog->isVisible());
    QVERIFY2(message.startsWith(QLatin1String("The rubric was not saved; nothing was changed.")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Item 3.1: ")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("would no longer fit")), qPrintable(message));
    bool namesAUnit = false;
    for (const QString &unit : std::as_const(above))
        namesAUnit = namesAUnit || message.contains(unit);
    QVERIFY2(namesAUnit, qPrintable(message));
    // The cell shows why, and nothing changed.
    const QString problem = dialog->criteriaModel()
                                ->indexOf(QStringLiteral("3.1"), RubricCriteriaModel::MaxColumn)
                                .data(RubricCriteriaModel::ProblemRole)
                                .toString();
    QVERIFY2(problem.contains(QLatin1String("would no longer fit")), qPrintable(problem));
    QCOMPARE(AuditRepository(*m_db).count(), audit);
    const Rubric stored = RubricService(*m_db).forYear(2025);
    QCOMPARE(item(stored, QStringLiteral("3.1")).maxPoints, Points::fromWhole(25));
    QCOMPARE(item(stored, QStringLiteral("3")).maxPoints, Points::fromWhole(40));
    answerNextMessageBox(QMessageBox::Discard);
    dialog->reject();
    QTRY_VERIFY(!dialog->isVisible());
}

void TestRubricEditor::lockedYearOpensReadOnly_data()
{
    QTest::addColumn<bool>("ownCopy");
    QTest::newRow("preset") << false;
    QTest::newRow("own copy") << true;
}

void TestRubricEditor::lockedYearOpensReadOnly()
{
    QFETCH(bool, ownCopy);
    if (ownCopy)
        RubricService(*m_db).copyForYear(2026, rubricId(QStringLiteral("TT22-2020")));
    YearLockService(*m_db).lock(2026);
    auto dialog = openDialog(2026);
    QVERIFY(dialog->isReadOnly());
    auto *banner = dialog->findChild<QLabel *>(QStringLiteral("rubricBanner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(),
             QStringLiteral("2026 is locked: its rubric can no longer change. Unlock the year to edit it."));
    QVERIFY(!dialog->saveButton()->isVisible());
    QCOMPARE(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(),
             QStringLiteral("Close"));
    QVERIFY(!dialog->copyButton()->isEnabled());
    QVERIFY(!dialog->useButton()->isEnabled());
    QVERIFY(!dialog->rubricCombo()->isEnabled());
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("rubricName"))->isReadOnly());
    RubricCriteriaModel *model = dialog->criteriaModel();
    for (int column = 0; column < RubricCriteriaModel::ColumnCount; ++column)
        QVERIFY(!(model->indexOf(QStringLiteral("1.1"), column).flags() & Qt::ItemIsEditable));
    for (int row = 0; row < dialog->tiersTable()->rowCount(); ++row)
        for (int column = 0; column < 2; ++column)
            QVERIFY(!(dialog->tiersTable()->item(row, column)->flags() & Qt::ItemIsEditable));
    // Typing into a cell opens no editor.
    QTreeView *view = dialog->criteriaView();
    const QModelIndex max = model->indexOf(QStringLiteral("1.1"), RubricCriteriaModel::MaxColumn);
    view->setFocus();
    view->setCurrentIndex(max);
    QTest::keyClick(view, Qt::Key_F2);
    QTest::keyClicks(view, QStringLiteral("12"));
    QVERIFY(!view->indexWidget(max));
    QCOMPARE(max.data().toString(), QStringLiteral("10"));
    // Esc closes without asking.
    QTest::keyClick(view, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
}

void TestRubricEditor::useThisRubricAssignsOrExplainsWhyNot()
{
    {
        auto dialog = openDialog(2026);
        QSignalSpy changed(dialog.get(), &RubricEditorDialog::rubricChanged);
        chooseItem(dialog->rubricCombo(), QStringLiteral("Thông tư 24/2023"));
        QVERIFY(dialog->isReadOnly()); // another year's preset, only shown
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("rubricBanner"))
                    ->text()
                    .contains(QLatin1String("is not the rubric of 2026")));
        QVERIFY(dialog->useButton()->isEnabled());
        QTest::mouseClick(dialog->useButton(), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(RubricService(*m_db).forYear(2026).code, QStringLiteral("TT24-2023"));
        QCOMPARE(dialog->yearRubric().code, QStringLiteral("TT24-2023"));
        QVERIFY(!dialog->useButton()->isEnabled());
        QVERIFY(dialog->rubricCombo()->currentText().endsWith(QLatin1String("the rubric of 2026")));
    }
    {
        // 2025 has scores against its rubric: it cannot switch.
        auto dialog = openDialog(2025);
        QSignalSpy changed(dialog.get(), &RubricEditorDialog::rubricChanged);
        chooseItem(dialog->rubricCombo(), QStringLiteral("Thông tư 24/2023"));
        QString message;
        answerNextMessageBox(QMessageBox::Ok, &message);
        QTest::mouseClick(dialog->useButton(), Qt::LeftButton);
        QTRY_VERIFY(!message.isEmpty());
        QVERIFY2(message.startsWith(QLatin1String("2025 already has ")), qPrintable(message));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(RubricService(*m_db).forYear(2025).code, QStringLiteral("TT22-2020"));
    }
}

void TestRubricEditor::cancelAsksBeforeDiscarding()
{
    auto dialog = openDialog(2026);
    copyWithChooser(dialog.get(), QStringLiteral("TT22-2020"));
    typeIntoCell(dialog.get(), QStringLiteral("1.2"), RubricCriteriaModel::TitleColumn, QStringLiteral("Quy định mới"));
    QVERIFY(dialog->isModified());
    // Esc in a cell being edited only leaves the cell.
    QTreeView *view = dialog->criteriaView();
    QTest::keyClick(view, Qt::Key_F2);
    QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    QCOMPARE(QApplication::focusWidget(), view);
    // Esc on the tree asks; Cancel keeps the edits.
    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(question, QStringLiteral("The changes to the rubric have not been saved."));
    QVERIFY(dialog->isVisible());
    QVERIFY(activate(dialog.get()));
    QVERIFY(dialog->isModified());
    answerNextMessageBox(QMessageBox::Discard);
    QTest::keyClick(view, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(item(RubricService(*m_db).forYear(2026), QStringLiteral("1.2")).title,
             QStringLiteral("Đơn vị có quy định cụ thể nhằm động viên thành viên học tập"));
}

// The TT24 preset: the chỉ tiêu for schools and universities say "không áp dụng" (greyed)
// in the note column, TC2 says what is still to be checked against the circular; a click
// on a row shows its note in full under the list. A TT22 year has no note column.
void TestRubricEditor::notesShowWhyAChiTieuDoesNotCount()
{
    RubricService rubrics(*m_db);
    rubrics.assign(2027, rubricId(QStringLiteral("TT24-2023")));
    auto dialog = openDialog(2027);
    QTreeView *view = dialog->criteriaView();
    QVERIFY(!view->isColumnHidden(RubricCriteriaModel::NoteColumn));
    RubricCriteriaModel *model = dialog->criteriaModel();
    const QModelIndex school = model->indexOf(QStringLiteral("TC3.CT4"), RubricCriteriaModel::NoteColumn);
    QVERIFY(school.isValid());
    QVERIFY2(school.data().toString().startsWith(
                 QStringLiteral("Không áp dụng: applies only to schools, none of the department's units.")),
             qPrintable(school.data().toString()));
    QVERIFY(model->appliesToNoUnit(school));
    QVERIFY(school.siblingAtColumn(RubricCriteriaModel::TitleColumn).data(Qt::ForegroundRole).isValid());
    const QModelIndex own = model->indexOf(QStringLiteral("TC1.CT1"), RubricCriteriaModel::NoteColumn);
    QVERIFY(!model->appliesToNoUnit(own));
    QVERIFY(!own.siblingAtColumn(RubricCriteriaModel::TitleColumn).data(Qt::ForegroundRole).isValid());
    const QModelIndex tc2 = model->indexOf(QStringLiteral("TC2"), RubricCriteriaModel::NoteColumn);
    QVERIFY(tc2.data().toString().contains(QStringLiteral("cần đối chiếu văn bản gốc")));
    QVERIFY(!(tc2.flags() & Qt::ItemIsEditable));

    const QModelIndex title = school.siblingAtColumn(RubricCriteriaModel::TitleColumn);
    view->scrollTo(title);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(title).center());
    QVERIFY(dialog->noteLabel()->isVisible());
    QVERIFY2(dialog->noteLabel()->text().startsWith(QStringLiteral("TC3.CT4: Không áp dụng")),
             qPrintable(dialog->noteLabel()->text()));
    const QModelIndex plain = own.siblingAtColumn(RubricCriteriaModel::TitleColumn);
    view->scrollTo(plain);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(plain).center());
    QVERIFY(!dialog->noteLabel()->isVisible());
    dialog->reject();

    auto points = openDialog(2024);
    QVERIFY(points->criteriaView()->isColumnHidden(RubricCriteriaModel::NoteColumn));
}

void TestRubricEditor::levelsRubricShowsKindsThresholdsAndLevels()
{
    RubricService rubrics(*m_db);
    rubrics.assign(2027, rubricId(QStringLiteral("TT24-2023")));
    auto dialog = openDialog(2027);
    copyWithChooser(dialog.get(), QStringLiteral("TT24-2023"));
    QTreeView *view = dialog->criteriaView();
    QVERIFY(view->isColumnHidden(RubricCriteriaModel::MaxColumn));
    QVERIFY(view->isColumnHidden(RubricCriteriaModel::StepColumn));
    QVERIFY(!view->isColumnHidden(RubricCriteriaModel::ThresholdColumn));
    QVERIFY(!view->isColumnHidden(RubricCriteriaModel::LevelColumn));
    RubricCriteriaModel *model = dialog->criteriaModel();
    QCOMPARE(model->indexOf(QStringLiteral("TC2.CT1"), RubricCriteriaModel::KindColumn).data().toString(),
             QStringLiteral("Percentage"));
    QCOMPARE(model->indexOf(QStringLiteral("TC1.CT1"), RubricCriteriaModel::KindColumn).data().toString(),
             QStringLiteral("Pass/fail"));
    QVERIFY(!(model->indexOf(QStringLiteral("TC1.CT1"), RubricCriteriaModel::ThresholdColumn).flags() &
              Qt::ItemIsEditable));
    QCOMPARE(dialog->tiersTable()->horizontalHeaderItem(0)->text(), QStringLiteral("Level"));

    typeIntoCell(dialog.get(), QStringLiteral("TC2.CT1"), RubricCriteriaModel::ThresholdColumn, QStringLiteral("120"));
    QCOMPARE(model->indexOf(QStringLiteral("TC2.CT1"), RubricCriteriaModel::ThresholdColumn)
                 .data(RubricCriteriaModel::ProblemRole)
                 .toString(),
             QStringLiteral("Item TC2.CT1: the threshold must be a percentage from 0 to 100."));
    typeIntoCell(dialog.get(), QStringLiteral("TC1.CT5"), RubricCriteriaModel::LevelColumn, QStringLiteral("3"));
    QCOMPARE(model->indexOf(QStringLiteral("TC1.CT5"), RubricCriteriaModel::LevelColumn)
                 .data(RubricCriteriaModel::ProblemRole)
                 .toString(),
             QStringLiteral("Item TC1.CT5: the level is 1 or 2, not “3”."));
    QVERIFY(!dialog->saveButton()->isEnabled());
    typeIntoCell(dialog.get(), QStringLiteral("TC2.CT1"), RubricCriteriaModel::ThresholdColumn, QStringLiteral("85%"));
    typeIntoCell(dialog.get(), QStringLiteral("TC1.CT5"), RubricCriteriaModel::LevelColumn, QStringLiteral("2"));
    QVERIFY(dialog->saveButton()->isEnabled());
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    const Rubric stored = rubrics.forYear(2027);
    QCOMPARE(item(stored, QStringLiteral("TC2.CT1")).threshold, Points::fromWhole(85));
    QCOMPARE(item(stored, QStringLiteral("TC1.CT5")).level, 2);
}

void TestRubricEditor::modelPassesTester()
{
    RubricService rubrics(*m_db);
    for (const Rubric &rubric : rubrics.all()) {
        RubricCriteriaModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCriteria(rubric.criteria, rubric.method == QLatin1String("levels"), true);
        QCOMPARE(model.rowCount(), 3);
        int items = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            items += model.rowCount(model.index(row, 0));
        QCOMPARE(items, rubric.itemCount());
        const QString code = rubric.criteria.at(1).code;
        const int column = rubric.method == QLatin1String("levels") ? int(RubricCriteriaModel::LevelColumn)
                                                                    : int(RubricCriteriaModel::MaxColumn);
        QVERIFY(model.setData(model.indexOf(code, column), QStringLiteral("x")));
        QCOMPARE(model.problems().size(), 1);
        QVERIFY(model.isModified());
        QVERIFY(model.setData(model.indexOf(code, column), QStringLiteral("1")));
        QVERIFY(model.problems().isEmpty());
        model.setIssues({{QStringLiteral("criterion:") + code, QStringLiteral("a problem")},
                         {QStringLiteral("class:TOT"), QStringLiteral("not for the model")}});
        QCOMPARE(model.problems(), QStringList{QStringLiteral("a problem")});
        QCOMPARE(model.indexOf(code, column).data(RubricCriteriaModel::ProblemRole).toString(),
                 QStringLiteral("a problem"));
        QVERIFY(!model.setData(model.indexOf(code, RubricCriteriaModel::CodeColumn), QStringLiteral("9")));
        model.setCriteria(rubric.criteria, rubric.method == QLatin1String("levels"), false);
        QVERIFY(!model.isModified());
        QVERIFY(!model.setData(model.indexOf(code, RubricCriteriaModel::TitleColumn), QStringLiteral("t")));
    }
}

void TestRubricEditor::screenshots()
{
    const QString dir = qEnvironmentVariable("XHHT_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set XHHT_SCREENSHOTS=DIR to save screenshots");
    const QSize size(1000, 720);
    {
        auto dialog = openDialog(2026);
        dialog->resize(size);
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/rubric-preset.png")));
        copyWithChooser(dialog.get(), QStringLiteral("TT22-2020"));
        typeIntoCell(dialog.get(), QStringLiteral("1.1"), RubricCriteriaModel::MaxColumn, QStringLiteral("12"));
        typeIntoCell(dialog.get(), QStringLiteral("2.2"), RubricCriteriaModel::MaxColumn, QStringLiteral("5,25"));
        typeIntoTier(dialog.get(), 2, 1, QStringLiteral("abc"));
        // The current cell elsewhere, so that the marked ones show in red.
        dialog->tiersTable()->setCurrentCell(0, 0);
        dialog->criteriaView()->setCurrentIndex(
            dialog->criteriaModel()->indexOf(QStringLiteral("1.3"), RubricCriteriaModel::TitleColumn));
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/rubric-editing.png")));
        answerNextMessageBox(QMessageBox::Discard);
        dialog->reject();
    }
    {
        RubricService(*m_db).assign(2028, rubricId(QStringLiteral("TT24-2023")));
        auto dialog = openDialog(2028);
        dialog->resize(size);
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/rubric-levels.png")));
    }
    {
        YearLockService(*m_db).lock(2024);
        auto dialog = openDialog(2024);
        dialog->resize(size);
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/rubric-locked.png")));
    }
}

QTEST_MAIN(TestRubricEditor)
#include "tst_rubriceditor.moc"
