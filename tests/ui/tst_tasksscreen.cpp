#include "services/obligationservice.h"
#include "services/services.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "support/testdatabase.h"
#include "tasks/obligationevidencedialog.h"
#include "tasks/obligationfiltermodel.h"
#include "tasks/obligationtablemodel.h"
#include "tasks/taskeditordialog.h"
#include "tasks/tasksscreen.h"
#include "widgets/evidencepanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

// The Tasks screen offscreen on the seeded plan: a status changed with real clicks,
// checked in the database, undone and redone; filters by unit, task and overdue; a
// task added through the dialog with the keyboard.
class TestTasksScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheYearsObligations();
    void statusChangeByClickIsUndoable();
    void filtersByUnitTaskAndOverdue();
    void addTaskThroughTheDialog();
    void evidenceAddedAndRemoved();
    void modelPassesTester();
    void screenshot();

private:
    void clickRow(const QString &taskCode, const QString &unitCode);
    static void chooseItem(QComboBox *combo, const QString &text);
    int auditCount() const { return AuditRepository(*m_db).count(); }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Services> m_services;
    ObligationService *m_service = nullptr; // m_services->obligations()
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<TasksScreen> m_screen;
};

void TestTasksScreen::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("xhht-tests"));
}

void TestTasksScreen::init()
{
    m_db = std::make_unique<Database>();
    TestDatabase::prepare(*m_db);
    m_services = std::make_unique<Services>(*m_db);
    m_service = &m_services->obligations();
    m_service->setToday(QDate(2024, 12, 20)); // T04 (due 10/12) overdue in 2024
    m_undo = std::make_unique<QUndoStack>();
    m_screen = std::make_unique<TasksScreen>(*m_services, m_undo.get());
    m_screen->resize(1280, 720);
    m_screen->setYear(2024);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
}

void TestTasksScreen::cleanup()
{
    m_screen.reset();
    m_undo.reset();
    m_services.reset();
    m_db.reset();
}

void TestTasksScreen::clickRow(const QString &taskCode, const QString &unitCode)
{
    QTreeView *view = m_screen->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, ObligationTableModel::UnitColumn);
        const qint64 id = index.data(ObligationTableModel::IdRole).toLongLong();
        const Obligation *o = m_screen->model()->byId(id);
        if (o->taskCode == taskCode && o->unitCode == unitCode) {
            view->scrollTo(index);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
            QCOMPARE(view->currentIndex().row(), row);
            return;
        }
    }
    QFAIL("row not found");
}

void TestTasksScreen::chooseItem(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentText() != text; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), text);
}

void TestTasksScreen::showsTheYearsObligations()
{
    QCOMPARE(m_screen->model()->rowCount(), 48); // generated on first show
    QCOMPARE(m_screen->countsLabel()->text(), QStringLiteral("48 tasks: 0 done, 7 overdue"));
    m_screen->setYear(2026);
    QCOMPARE(m_screen->model()->rowCount(), 23);
}

void TestTasksScreen::statusChangeByClickIsUndoable()
{
    clickRow(QStringLiteral("T04"), QStringLiteral("QLVHGD"));
    const qint64 id = m_screen->view()->currentIndex().data(ObligationTableModel::IdRole).toLongLong();
    const int audit = auditCount();
    auto *done = m_screen->findChild<QPushButton *>(QStringLiteral("taskDone"));
    auto *dateEdit = m_screen->findChild<QDateEdit *>(QStringLiteral("taskCompletedOn"));
    QVERIFY(done && dateEdit);
    dateEdit->setDate(QDate(2024, 12, 15));
    QTest::mouseClick(done, Qt::LeftButton);

    Obligation stored = m_service->obligation(id);
    QCOMPARE(stored.status, QStringLiteral("done"));
    QCOMPARE(stored.completedOn, QDate(2024, 12, 15));
    QCOMPARE(auditCount(), audit + 2);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_screen->countsLabel()->text(), QStringLiteral("48 tasks: 1 done, 6 overdue"));
    const QModelIndex status = m_screen->view()->currentIndex().siblingAtColumn(ObligationTableModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Done"));

    m_undo->undo();
    stored = m_service->obligation(id);
    QCOMPARE(stored.status, QStringLiteral("not_started"));
    QVERIFY(stored.completedOn.isNull());
    QCOMPARE(auditCount(), audit + 4);
    QCOMPARE(m_screen->countsLabel()->text(), QStringLiteral("48 tasks: 0 done, 7 overdue"));

    m_undo->redo();
    QCOMPARE(m_service->obligation(id).status, QStringLiteral("done"));
    QCOMPARE(m_service->obligation(id).completedOn, QDate(2024, 12, 15));

    // Another row, in progress.
    clickRow(QStringLiteral("T14"), QStringLiteral("VP"));
    const qint64 other = m_screen->view()->currentIndex().data(ObligationTableModel::IdRole).toLongLong();
    QTest::mouseClick(m_screen->findChild<QPushButton *>(QStringLiteral("taskInProgress")), Qt::LeftButton);
    QCOMPARE(m_service->obligation(other).status, QStringLiteral("in_progress"));
    QCOMPARE(m_undo->count(), 2);
}

void TestTasksScreen::filtersByUnitTaskAndOverdue()
{
    chooseItem(m_screen->statusFilter(), QStringLiteral("Overdue"));
    QCOMPARE(m_screen->proxy()->rowCount(), 7);
    for (int row = 0; row < 7; ++row)
        QCOMPARE(m_screen->proxy()->index(row, ObligationTableModel::TaskColumn).data().toString(),
                 QStringLiteral("T04"));
    QCOMPARE(m_screen->proxy()->index(0, ObligationTableModel::StatusColumn).data(Qt::BackgroundRole).isValid(), true);
    chooseItem(m_screen->statusFilter(), QStringLiteral("All statuses"));
    chooseItem(m_screen->unitFilter(), QStringLiteral("Văn phòng Sở"));
    QCOMPARE(m_screen->proxy()->rowCount(), 4); // T01, T03, T04, T14
    chooseItem(m_screen->unitFilter(), QStringLiteral("All units"));
    QComboBox *tasks = m_screen->taskFilter();
    QVERIFY(tasks->count() > 1);
    chooseItem(tasks, tasks->itemText(tasks->findData(m_screen->model()->obligations().first().taskId)));
    QCOMPARE(m_screen->proxy()->rowCount(), 7); // T01: the department's 7 offices and units
    // Units in Vietnamese order within the unit filter.
    QComboBox *units = m_screen->unitFilter();
    QVERIFY(units->findText(QStringLiteral("Bảo tàng tỉnh Tây Ninh")) <
            units->findText(QStringLiteral("Thư viện tỉnh Tây Ninh")));
}

void TestTasksScreen::evidenceAddedAndRemoved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bien-ban-hop.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Biên bản họp triển khai");
    file.close();

    clickRow(QStringLiteral("T04"), QStringLiteral("QLVHGD"));
    const qint64 id = m_screen->view()->currentIndex().data(ObligationTableModel::IdRole).toLongLong();
    auto *button = m_screen->findChild<QPushButton *>(QStringLiteral("taskEvidence"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    ObligationEvidenceDialog *dialog = m_screen->evidenceDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->panel()->addFiles({path}).isEmpty());
    // Cancel stores nothing.
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_screen->evidenceDialog());
    QCOMPARE(m_service->evidence(id).size(), 0);

    QTest::mouseClick(button, Qt::LeftButton);
    dialog = m_screen->evidenceDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->panel()->addFiles({path}).isEmpty());
    const int audit = auditCount();
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!m_screen->evidenceDialog());
    QCOMPARE(m_service->evidence(id).size(), 1);
    QCOMPARE(m_service->evidence(id).first().name, QStringLiteral("bien-ban-hop.txt"));
    QCOMPARE(m_service->evidenceContent(m_service->evidence(id).first().id), QByteArray("Biên bản họp triển khai"));
    QCOMPARE(auditCount(), audit + 1);

    // Removed with a click on the file and on Remove, then saved.
    QTest::mouseClick(button, Qt::LeftButton);
    dialog = m_screen->evidenceDialog();
    QVERIFY(dialog);
    QTreeWidget *list = dialog->panel()->list();
    QCOMPARE(list->topLevelItemCount(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->topLevelItem(0)).center());
    QPushButton *remove = nullptr;
    for (QPushButton *candidate : dialog->panel()->findChildren<QPushButton *>())
        if (candidate->text().contains(QLatin1String("Remove")))
            remove = candidate;
    QVERIFY(remove && remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), 0);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!m_screen->evidenceDialog());
    QCOMPARE(m_service->evidence(id).size(), 0);
    QCOMPARE(auditCount(), audit + 2);
}

void TestTasksScreen::addTaskThroughTheDialog()
{
    QTest::mouseClick(m_screen->findChild<QPushButton *>(QStringLiteral("addTask")), Qt::LeftButton);
    TaskEditorDialog *dialog = m_screen->taskEditor();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->codeEdit()->text(), QStringLiteral("T15"));
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no text, nobody assigned
    dialog->titleEdit()->setFocus();
    QTest::keyClicks(dialog->titleEdit(),
                     QStringLiteral("Bao cao mo hinh Gia dinh hoc tap")); // keyClicks types ASCII only
    QListWidget *who = dialog->assigneeList();
    QListWidgetItem *item = who->findItems(QStringLiteral("Thư viện tỉnh Tây Ninh"), Qt::MatchExactly).value(0);
    QVERIFY(item);
    who->scrollToItem(item);
    const QRect rect = who->visualItemRect(item);
    // The check box sits at the start of the row.
    QTest::mouseClick(who->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + rect.height() / 2, rect.center().y()));
    QCOMPARE(item->checkState(), Qt::Checked);
    QCOMPARE(item->text(), QStringLiteral("Thư viện tỉnh Tây Ninh (leads)"));
    // The library takes part rather than leads: chosen with the keyboard.
    who->setCurrentItem(item);
    QVERIFY(dialog->roleBox()->isEnabled());
    dialog->roleBox()->setFocus();
    QTest::keyClick(dialog->roleBox(), Qt::Key_Down);
    QCOMPARE(item->text(), QStringLiteral("Thư viện tỉnh Tây Ninh (coordinates)"));
    QTest::mouseClick(dialog->dueCheck(), Qt::LeftButton, {}, QPoint(4, dialog->dueCheck()->height() / 2));
    QVERIFY(dialog->dueCheck()->isChecked());
    for (QSpinBox *box : {dialog->dueDayBox(), dialog->dueMonthBox()}) {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(box, box == dialog->dueDayBox() ? QStringLiteral("15") : QStringLiteral("11"));
    }
    QCOMPARE(dialog->task().dueDay, 15);
    QCOMPARE(dialog->task().dueMonth, 11);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_screen->taskEditor());
    bool found = false;
    for (const Obligation &o : m_service->forYear(2024))
        if (o.taskCode == QLatin1String("T15")) {
            found = true;
            QCOMPARE(o.unitCode, QStringLiteral("TV"));
            QCOMPARE(o.dueDate, QDate(2024, 11, 15));
        }
    QVERIFY(found);
    QCOMPARE(m_screen->model()->rowCount(), 49);
    for (const Task &task : m_service->tasks())
        if (task.code == QLatin1String("T15")) {
            QCOMPARE(task.assignees.size(), 1);
            QCOMPARE(task.assignees.first().role, TaskAssignee::Role::Coordinate);
        }
}

void TestTasksScreen::modelPassesTester()
{
    ObligationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setObligations(m_service->forYear(2024), QDate(2024, 12, 20));
    ObligationFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setStatus(QStringLiteral("overdue"));
    proxy.sort(ObligationTableModel::UnitColumn);
    QCOMPARE(proxy.rowCount(), 7);
    Obligation changed = model.obligations().first();
    changed.status = QStringLiteral("in_progress");
    model.updateObligation(changed);
}

void TestTasksScreen::screenshot()
{
    const QString dir = qEnvironmentVariable("XHHT_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set XHHT_SCREENSHOTS=DIR to save screenshots");
    clickRow(QStringLiteral("T04"), QStringLiteral("VP"));
    QVERIFY(m_screen->grab().save(dir + QStringLiteral("/tasks-2024.png")));
    QTest::mouseClick(m_screen->findChild<QPushButton *>(QStringLiteral("editTask")), Qt::LeftButton);
    QVERIFY(m_screen->taskEditor());
    QVERIFY(QTest::qWaitForWindowExposed(m_screen->taskEditor()));
    QVERIFY(m_screen->taskEditor()->grab().save(dir + QStringLiteral("/task-editor.png")));
    m_screen->taskEditor()->reject();
}

QTEST_MAIN(TestTasksScreen)
#include "tst_tasksscreen.moc"
