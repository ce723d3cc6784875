#include "commands/changeunitscommand.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "services/unitservice.h"
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "support/testdatabase.h"
#include "units/unitfiltermodel.h"
#include "units/unitlineagedialog.h"
#include "units/unitlineagepanel.h"
#include "units/unitmodel.h"
#include "units/unitsscreen.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

// The Units screen offscreen: a merge done with clicks and keys through its dialog,
// checked live, applied, shown in the history, then undone and redone.
class TestUnitsScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mergeThroughTheScreenThenUndo();
    void actionsFollowTheSelection();
    void renameDialogChecksAsTheClerkTypes();
    void usesTheWindowsUndoStack();
    void everyDialogOpensFromItsShortcut_data();
    void everyDialogOpensFromItsShortcut();
    void datesAreTypedAsWritten_data();
    void datesAreTypedAsWritten();
    void mergeSaysWhatItWillDo();

private:
    QModelIndex indexOf(UnitsScreen &screen, const QString &code) const;
    void clickRow(UnitsScreen &screen, const QString &code, Qt::KeyboardModifiers modifiers = {}) const;
    static void grabIfAsked(QWidget *widget, const QString &name);
    // Types text with keys, Vietnamese letters included (QTest::keyClicks takes ASCII only).
    static void type(QWidget *widget, const QString &text);
    // Types a date section by section, as after Tab into the field.
    static void typeDate(QDateEdit *edit, const QString &day, const QString &month, const QString &year);
    // Clicks the button named `button` of the next consequences box; its text in `text`.
    static void answerConsequences(const QString &button, QString *text = nullptr);

    Database *m_db = nullptr;
};

void TestUnitsScreen::init()
{
    m_db = new Database;
    TestDatabase::prepare(*m_db);
}

void TestUnitsScreen::cleanup()
{
    delete m_db;
}

void TestUnitsScreen::grabIfAsked(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("XHHT_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestUnitsScreen::type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

void TestUnitsScreen::typeDate(QDateEdit *edit, const QString &day, const QString &month, const QString &year)
{
    edit->setFocus(Qt::TabFocusReason);
    edit->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(edit, day);
    edit->setSelectedSection(QDateTimeEdit::MonthSection);
    QTest::keyClicks(edit, month);
    edit->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClicks(edit, year);
    QTest::keyClick(edit, Qt::Key_Tab);
}

QModelIndex TestUnitsScreen::indexOf(UnitsScreen &screen, const QString &code) const
{
    const qint64 id = UnitRepository(*m_db).byCode(code).value().id;
    QAbstractItemModel *model = screen.view()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(UnitModel::UnitIdRole).toLongLong() == id)
            return model->index(r, UnitModel::NameColumn);
    return {};
}

void TestUnitsScreen::clickRow(UnitsScreen &screen, const QString &code, Qt::KeyboardModifiers modifiers) const
{
    const QModelIndex index = indexOf(screen, code);
    QVERIFY(index.isValid());
    screen.view()->scrollTo(index);
    QTest::mouseClick(screen.view()->viewport(), Qt::LeftButton, modifiers, screen.view()->visualRect(index).center());
}

void TestUnitsScreen::mergeThroughTheScreenThenUndo()
{
    Services services(*m_db);
    UnitsScreen screen(services);
    screen.resize(1100, 720);
    screen.show();
    screen.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&screen));
    const QList<Unit> unitsBefore = UnitRepository(*m_db).all();
    const qsizetype eventsBefore = UnitRepository(*m_db).events().size();

    clickRow(screen, QStringLiteral("TTVH"));
    clickRow(screen, QStringLiteral("TTHL"), Qt::ControlModifier);
    QCOMPARE(screen.selectedUnitIds().size(), 2);
    QVERIFY(screen.lineageAction(UnitLineageDialog::Mode::Merge)->isEnabled());
    QVERIFY(!screen.lineageAction(UnitLineageDialog::Mode::Rename)->isEnabled());

    QTest::keyClick(screen.view(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = screen.findChild<UnitLineageDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    int checked = 0;
    for (int i = 0; i < dialog->sourceList()->count(); ++i)
        checked += dialog->sourceList()->item(i)->checkState() == Qt::Checked;
    QCOMPARE(checked, 2);
    QCOMPARE(dialog->targetCombo()->currentData().toLongLong(), qint64(0)); // a new unit

    // The effective date, typed.
    typeDate(dialog->dateEdit(), QStringLiteral("01"), QStringLiteral("01"), QStringLiteral("2026"));
    QCOMPARE(dialog->dateEdit()->date(), QDate(2026, 1, 1));

    // A name already taken is refused as it is typed.
    QTest::mouseClick(dialog->codeEdit(), Qt::LeftButton);
    type(dialog->codeEdit(), QStringLiteral("TTVHTT"));
    QTest::mouseClick(dialog->nameEdit(), Qt::LeftButton);
    type(dialog->nameEdit(), QStringLiteral("Bảo tàng tỉnh Tây Ninh"));
    QVERIFY2(dialog->messageLabel()->text().contains(QStringLiteral("already named")),
             qPrintable(dialog->messageLabel()->text()));
    QVERIFY(!dialog->okButton()->isEnabled());
    grabIfAsked(dialog, QStringLiteral("merge-refused"));

    QTest::keyClick(dialog->nameEdit(), Qt::Key_A, Qt::ControlModifier);
    type(dialog->nameEdit(), QStringLiteral("Trung tâm Văn hóa - Thể thao tỉnh Tây Ninh"));
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->messageLabel()->text()));
    grabIfAsked(dialog, QStringLiteral("merge"));
    answerConsequences(QStringLiteral("applyLineage"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!screen.findChild<UnitLineageDialog *>() || !dialog->isVisible());

    const Unit target = UnitRepository(*m_db).byCode(QStringLiteral("TTVHTT")).value();
    QCOMPARE(target.validFrom, QDate(2026, 1, 1));
    QCOMPARE(UnitRepository(*m_db).byCode(QStringLiteral("TTVH"))->validTo, QDate(2025, 12, 31));
    QCOMPARE(UnitRepository(*m_db).byCode(QStringLiteral("TTHL"))->validTo, QDate(2025, 12, 31));
    QCOMPARE(screen.undoStack()->count(), 1);
    QCOMPARE(screen.undoStack()->undoText(), QStringLiteral("Merge 2 unit(s) into TTVHTT"));
    QCOMPARE(screen.selectedUnitIds(), QList<qint64>{target.id});
    QCOMPARE(screen.historyPanel()->topLevelItemCount(), 3); // created, and the two merged into it
    grabIfAsked(&screen, QStringLiteral("units-screen"));

    // Undo with the keyboard: everything as it was.
    screen.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&screen));
    clickRow(screen, QStringLiteral("TTVHTT"));
    QTest::keyClick(screen.view(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!UnitRepository(*m_db).byCode(QStringLiteral("TTVHTT")).has_value());
    const QList<Unit> unitsAfterUndo = UnitRepository(*m_db).all();
    QCOMPARE(unitsAfterUndo.size(), unitsBefore.size());
    for (qsizetype i = 0; i < unitsBefore.size(); ++i)
        QVERIFY(UnitService::sameUnit(unitsAfterUndo.at(i), unitsBefore.at(i)));
    QCOMPARE(UnitRepository(*m_db).events().size(), eventsBefore);
    QVERIFY(indexOf(screen, QStringLiteral("TTVH")).data(UnitModel::ValidToRole).toDate().isNull());

    // Redo: the same unit with the same id.
    screen.undoStack()->redo();
    QCOMPARE(UnitRepository(*m_db).byCode(QStringLiteral("TTVHTT"))->id, target.id);
    QVERIFY(indexOf(screen, QStringLiteral("TTVHTT")).isValid());
}

void TestUnitsScreen::actionsFollowTheSelection()
{
    Services services(*m_db);
    UnitsScreen screen(services);
    screen.resize(900, 600);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    using Mode = UnitLineageDialog::Mode;
    QVERIFY(screen.lineageAction(Mode::Create)->isEnabled());
    for (Mode mode : {Mode::Rename, Mode::Merge, Mode::Split, Mode::Dissolve, Mode::Move})
        QVERIFY(!screen.lineageAction(mode)->isEnabled());
    clickRow(screen, QStringLiteral("BT"));
    for (Mode mode : {Mode::Rename, Mode::Merge, Mode::Split, Mode::Dissolve, Mode::Move})
        QVERIFY(screen.lineageAction(mode)->isEnabled());
    QCOMPARE(screen.historyPanel()->topLevelItemCount(), 1); // created
    QCOMPARE(screen.toolBar()->actions().size(), 6 + 1 + 2); // six operations, undo, redo
}

void TestUnitsScreen::renameDialogChecksAsTheClerkTypes()
{
    Services services(*m_db);
    UnitsScreen screen(services);
    screen.resize(900, 600);
    screen.show();
    screen.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&screen));
    clickRow(screen, QStringLiteral("BT"));
    QTest::keyClick(screen.view(), Qt::Key_F2);
    auto *dialog = screen.findChild<UnitLineageDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled()); // the same name
    typeDate(dialog->dateEdit(), QStringLiteral("01"), QStringLiteral("01"), QStringLiteral("2031"));
    QTest::keyClick(dialog->nameEdit(), Qt::Key_A, Qt::ControlModifier);
    type(dialog->nameEdit(), QStringLiteral("Bảo tàng tỉnh"));
    QVERIFY2(dialog->messageLabel()->text().contains(QStringLiteral("outside the plan period")),
             qPrintable(dialog->messageLabel()->text()));
    typeDate(dialog->dateEdit(), QStringLiteral("01"), QStringLiteral("03"), QStringLiteral("2026"));
    QVERIFY(dialog->okButton()->isEnabled());
    grabIfAsked(dialog, QStringLiteral("rename"));
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    QCOMPARE(UnitRepository(*m_db).byCode(QStringLiteral("BT"))->name, QStringLiteral("Bảo tàng tỉnh"));
    QCOMPARE(screen.historyPanel()->topLevelItemCount(), 2);
    screen.undoStack()->undo();
    QCOMPARE(UnitRepository(*m_db).byCode(QStringLiteral("BT"))->name, QStringLiteral("Bảo tàng tỉnh Tây Ninh"));
}

void TestUnitsScreen::usesTheWindowsUndoStack()
{
    QUndoStack stack;
    Services services(*m_db);
    UnitsScreen screen(services, &stack);
    QCOMPARE(screen.undoStack(), &stack);
    QCOMPARE(screen.toolBar()->actions().size(), 6); // the window has Undo and Redo
}

void TestUnitsScreen::everyDialogOpensFromItsShortcut_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QKeySequence>("keys");
    using Mode = UnitLineageDialog::Mode;
    QTest::newRow("new") << int(Mode::Create) << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    QTest::newRow("rename") << int(Mode::Rename) << QKeySequence(Qt::Key_F2);
    QTest::newRow("merge") << int(Mode::Merge) << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    QTest::newRow("split") << int(Mode::Split) << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    QTest::newRow("dissolve") << int(Mode::Dissolve) << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    QTest::newRow("move") << int(Mode::Move) << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G);
}

void TestUnitsScreen::everyDialogOpensFromItsShortcut()
{
    QFETCH(int, mode);
    QFETCH(QKeySequence, keys);
    Services services(*m_db);
    UnitsScreen screen(services);
    screen.resize(900, 600);
    screen.show();
    screen.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&screen));
    clickRow(screen, QStringLiteral("BT"));
    QCOMPARE(screen.lineageAction(UnitLineageDialog::Mode(mode))->shortcut(), keys);
    QTest::keySequence(screen.view(), keys);
    auto *dialog = screen.findChild<UnitLineageDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    grabIfAsked(dialog, QStringLiteral("dialog-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
    // Nothing filled in yet: refused with a message, or (dissolve) ready.
    QCOMPARE(dialog->okButton()->isEnabled(), dialog->messageLabel()->text().isEmpty());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QCOMPARE(screen.undoStack()->count(), 0);
}

// "01/07/2026" typed into the date, as a clerk types it, not section by section: after
// Tab, after a click on the day, after a click on the year.
void TestUnitsScreen::datesAreTypedAsWritten_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("tab") << QStringLiteral("tab") << QStringLiteral("01/07/2026") << QDate(2026, 7, 1);
    QTest::newRow("click on the day") << QStringLiteral("day") << QStringLiteral("15/08/2027") << QDate(2027, 8, 15);
    QTest::newRow("click on the year") << QStringLiteral("year") << QStringLiteral("01/07/2026") << QDate(2026, 7, 1);
    QTest::newRow("without leading zeros") << QStringLiteral("tab") << QStringLiteral("1/7/2026") << QDate(2026, 7, 1);
}

void TestUnitsScreen::datesAreTypedAsWritten()
{
    QFETCH(QString, how);
    QFETCH(QString, typed);
    QFETCH(QDate, expected);
    Services services(*m_db);
    UnitsScreen screen(services);
    screen.resize(900, 600);
    screen.show();
    screen.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&screen));
    clickRow(screen, QStringLiteral("BT"));
    QTest::keyClick(screen.view(), Qt::Key_F2); // rename: a name and a date
    auto *dialog = screen.findChild<UnitLineageDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    QDateEdit *date = dialog->dateEdit();
    if (how == QLatin1String("tab")) {
        date->setFocus(Qt::TabFocusReason); // as the Tab key gives it
    } else {
        const int x = how == QLatin1String("day")
                          ? date->fontMetrics().horizontalAdvance(QStringLiteral("0")) + 4
                          : date->fontMetrics().horizontalAdvance(QStringLiteral("00/00/20")) + 4;
        QTest::mouseClick(date, Qt::LeftButton, {}, QPoint(x, date->height() / 2));
    }
    QVERIFY(date->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), typed);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(date->date(), expected);
    QTest::keyClick(dialog, Qt::Key_Escape);
}

void TestUnitsScreen::answerConsequences(const QString &button, QString *text)
{
    QTimer::singleShot(0, qApp, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("lineageConsequences"))
            return;
        if (text)
            *text = box->informativeText();
        grabIfAsked(box, QStringLiteral("lineage-consequences"));
        if (auto *clicked = box->findChild<QPushButton *>(button))
            QTest::mouseClick(clicked, Qt::LeftButton);
    });
}

// Before two units merge on 01/07/2026, the dialog says what happens in 2026: the report
// one of them sent stays with it, the new unit must report for 2026 too, and from 2027
// only the new unit reports. "Go back" applies nothing; "Apply the change" applies it.
void TestUnitsScreen::mergeSaysWhatItWillDo()
{
    Services services(*m_db);
    const Unit centre = UnitRepository(*m_db).byCode(QStringLiteral("TTVH")).value();
    Submission report = services.submissions().load(centre.id, 2026);
    report.unitId = centre.id;
    report.year = 2026;
    report.status = QStringLiteral("received");
    report.documentNumber = QStringLiteral("12/BC-TTVH");
    report.documentDate = QDate(2026, 5, 18);
    report.receivedDate = QDate(2026, 5, 20);
    services.submissions().save(report);

    UnitsScreen screen(services);
    screen.resize(1100, 720);
    screen.show();
    screen.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&screen));
    clickRow(screen, QStringLiteral("TTVH"));
    clickRow(screen, QStringLiteral("TTHL"), Qt::ControlModifier);
    QTest::keyClick(screen.view(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = screen.findChild<UnitLineageDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    typeDate(dialog->dateEdit(), QStringLiteral("01"), QStringLiteral("07"), QStringLiteral("2026"));
    QTest::mouseClick(dialog->codeEdit(), Qt::LeftButton);
    type(dialog->codeEdit(), QStringLiteral("TTVHTT"));
    QTest::mouseClick(dialog->nameEdit(), Qt::LeftButton);
    type(dialog->nameEdit(), QStringLiteral("Trung tâm Văn hóa - Thể thao tỉnh Tây Ninh"));
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->messageLabel()->text()));

    QString said;
    answerConsequences(QStringLiteral("backToLineage"), &said);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY2(said.contains(QStringLiteral("2026: the report of %1 (received 20/05/2026) stays with %1, the former unit")
                               .arg(centre.name)),
             qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("Trung tâm Văn hóa - Thể thao tỉnh Tây Ninh starts on 01/07/2026; for 2026 "
                                          "it is covered by the reports of the units it replaces")),
             qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("From 2027: Trung tâm Văn hóa - Thể thao tỉnh Tây Ninh reports instead of")),
             qPrintable(said));
    // Gone back: nothing applied, the dialog still open.
    QVERIFY(dialog->isVisible());
    QCOMPARE(screen.undoStack()->count(), 0);
    QVERIFY(!UnitRepository(*m_db).byCode(QStringLiteral("TTVH"))->validTo.isValid());

    answerConsequences(QStringLiteral("applyLineage"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_COMPARE(screen.undoStack()->count(), 1);
    QCOMPARE(UnitRepository(*m_db).byCode(QStringLiteral("TTVH"))->validTo, QDate(2026, 6, 30));
    // The report stays with the unit as it was in its year.
    QCOMPARE(services.submissions().load(centre.id, 2026).documentNumber, QStringLiteral("12/BC-TTVH"));
}

QTEST_MAIN(TestUnitsScreen)
#include "tst_unitsscreen.moc"
