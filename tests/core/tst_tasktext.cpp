// How a task's lead and coordinating units read (TaskText): codes, kinds of unit, and a
// unit the login may not see (a unit's login reads the plan, not the other units).
#include "domain/task.h"
#include "domain/tasktext.h"

#include <QTest>

class TestTaskText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assignees();
    void aUnitTheLoginMayNotSeeIsAnotherUnit();
};

namespace {
TaskAssignee assignee(TaskAssignee::Role role, qint64 unitId, const QString &code, const QString &kind = {})
{
    TaskAssignee a;
    a.role = role;
    a.unitId = unitId;
    a.unitCode = code;
    a.unitKind = kind;
    return a;
}
} // namespace

void TestTaskText::assignees()
{
    Task task;
    task.assignees = {assignee(TaskAssignee::Role::Lead, 1, QStringLiteral("QLVHGD")),
                      assignee(TaskAssignee::Role::Lead, 2, QStringLiteral("VP")),
                      assignee(TaskAssignee::Role::Coordinate, 3, QStringLiteral("TV"))};
    QCOMPARE(TaskText::assignees(task, TaskAssignee::Role::Lead), QStringLiteral("QLVHGD, VP"));
    QCOMPARE(TaskText::assignees(task, TaskAssignee::Role::Coordinate), QStringLiteral("TV"));
}

void TestTaskText::aUnitTheLoginMayNotSeeIsAnotherUnit()
{
    // The server hides the other units' codes from a unit's login: the lead is not blank.
    Task task;
    task.assignees = {assignee(TaskAssignee::Role::Lead, 1, QString()),
                      assignee(TaskAssignee::Role::Lead, 2, QString()),
                      assignee(TaskAssignee::Role::Coordinate, 3, QStringLiteral("TV"))};
    QCOMPARE(TaskText::assignees(task, TaskAssignee::Role::Lead), QStringLiteral("another unit"));
    QCOMPARE(TaskText::assignees(task, TaskAssignee::Role::Coordinate), QStringLiteral("TV"));
}

QTEST_GUILESS_MAIN(TestTaskText)
#include "tst_tasktext.moc"
