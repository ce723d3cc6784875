#include "taskrepository.h"

#include "sqlquery.h"

#include <QHash>

QList<Task> TaskRepository::all() const
{
    SqlQuery q(m_database, QStringLiteral("SELECT t.id, t.section_id, s.path, t.code, t.title, t.detail, t.recurrence, "
                                          "t.due_month, t.due_day, t.phase_number FROM task t "
                                          "LEFT JOIN plan_section s ON s.id = t.section_id ORDER BY t.code"));
    q.exec();
    QList<Task> tasks;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Task t;
        t.id = q.number(0);
        t.sectionId = q.number(1);
        t.sectionPath = q.text(2);
        t.code = q.text(3);
        t.title = q.text(4);
        t.detail = q.text(5);
        t.recurrence = q.text(6);
        t.dueMonth = int(q.number(7));
        t.dueDay = int(q.number(8));
        t.phaseNumber = int(q.number(9));
        index.insert(t.id, tasks.size());
        tasks.append(t);
    }
    SqlQuery a(m_database, QStringLiteral("SELECT a.task_id, a.role, a.unit_id, a.unit_kind, u.code "
                                          "FROM task_assignee a LEFT JOIN unit u ON u.id = a.unit_id ORDER BY a.id"));
    a.exec();
    while (a.next()) {
        const auto it = index.constFind(a.number(0));
        if (it == index.constEnd())
            continue;
        TaskAssignee assignee;
        assignee.role = a.text(1) == QLatin1String("lead") ? TaskAssignee::Role::Lead : TaskAssignee::Role::Coordinate;
        assignee.unitId = a.number(2);
        assignee.unitKind = a.text(3);
        assignee.unitCode = a.text(4);
        tasks[*it].assignees.append(assignee);
    }
    return tasks;
}

qint64 TaskRepository::insert(qint64 planId, const Task &task)
{
    SqlQuery q(m_database, QStringLiteral("INSERT INTO task (plan_id, section_id, code, title, detail, recurrence, "
                                          "due_month, due_day, phase_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(planId).bindId(task.sectionId).bind(task.code).bind(task.title).bind(task.detail).bind(task.recurrence);
    q.bindOptional(task.dueMonth, task.hasDueDate()).bindOptional(task.dueDay, task.hasDueDate());
    q.bindOptional(task.phaseNumber, task.phaseNumber > 0);
    q.exec();
    const qint64 id = q.lastInsertId();
    insertAssignees(m_database, id, task.assignees);
    return id;
}

void TaskRepository::update(const Task &task)
{
    SqlQuery q(m_database, QStringLiteral("UPDATE task SET section_id = ?, code = ?, title = ?, detail = ?, "
                                          "recurrence = ?, due_month = ?, due_day = ?, phase_number = ? WHERE id = ?"));
    q.bindId(task.sectionId).bind(task.code).bind(task.title).bind(task.detail).bind(task.recurrence);
    q.bindOptional(task.dueMonth, task.hasDueDate()).bindOptional(task.dueDay, task.hasDueDate());
    q.bindOptional(task.phaseNumber, task.phaseNumber > 0);
    q.bind(task.id);
    q.exec();
    SqlQuery d(m_database, QStringLiteral("DELETE FROM task_assignee WHERE task_id = ?"));
    d.bind(task.id);
    d.exec();
    insertAssignees(m_database, task.id, task.assignees);
}

void TaskRepository::insertAssignees(const Database &database, qint64 taskId, const QList<TaskAssignee> &assignees)
{
    SqlQuery a(database,
               QStringLiteral("INSERT INTO task_assignee (task_id, role, unit_id, unit_kind) VALUES (?, ?, ?, ?)"));
    const qint64 id = taskId;
    for (const TaskAssignee &assignee : assignees) {
        a.bind(id).bind(assignee.role == TaskAssignee::Role::Lead ? QStringLiteral("lead")
                                                                  : QStringLiteral("coordinate"));
        a.bindId(assignee.unitId);
        if (assignee.unitId > 0)
            a.bindNull();
        else
            a.bind(assignee.unitKind);
        a.exec();
    }
}
