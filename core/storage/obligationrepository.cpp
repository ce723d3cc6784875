#include "obligationrepository.h"

#include "batchinsert.h"
#include "sqlquery.h"

namespace {

const QString kJoined = QStringLiteral(
    "SELECT o.id, o.task_id, o.year, o.unit_id, o.due_date, o.status, o.completed_on, o.note, t.code, t.title, "
    "u.code, u.name FROM task_obligation o JOIN task t ON t.id = o.task_id JOIN unit u ON u.id = o.unit_id ");

Obligation stored(const SqlQuery &q)
{
    Obligation o;
    o.id = q.number(0);
    o.taskId = q.number(1);
    o.year = int(q.number(2));
    o.unitId = q.number(3);
    o.dueDate = q.date(4);
    o.status = q.text(5);
    o.completedOn = q.date(6);
    o.note = q.text(7);
    return o;
}

Obligation joined(const SqlQuery &q)
{
    Obligation o = stored(q);
    o.taskCode = q.text(8);
    o.taskTitle = q.text(9);
    o.unitCode = q.text(10);
    o.unitName = q.text(11);
    return o;
}

} // namespace

QList<Obligation> ObligationRepository::forYear(int year) const
{
    SqlQuery q(m_database, kJoined + QStringLiteral("WHERE o.year = ? ORDER BY t.code, o.unit_id"));
    q.bind(year);
    q.exec();
    QList<Obligation> result;
    while (q.next())
        result.append(joined(q));
    return result;
}

QList<Obligation> ObligationRepository::storedForYears(int yearFrom, int yearTo) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT id, task_id, year, unit_id, due_date, status, completed_on, note "
                                          "FROM task_obligation WHERE year BETWEEN ? AND ?"));
    q.bind(yearFrom).bind(yearTo);
    q.exec();
    QList<Obligation> result;
    while (q.next())
        result.append(stored(q));
    return result;
}

std::optional<Obligation> ObligationRepository::byId(qint64 id) const
{
    SqlQuery q(m_database, kJoined + QStringLiteral("WHERE o.id = ?"));
    q.bind(id);
    q.exec();
    if (!q.next())
        return std::nullopt;
    return joined(q);
}

int ObligationRepository::countForYear(int year) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT COUNT(*) FROM task_obligation WHERE year = ?"));
    q.bind(year);
    q.exec();
    return q.next() ? int(q.number(0)) : 0;
}

void ObligationRepository::insertAll(const QList<New> &obligations)
{
    if (obligations.isEmpty())
        return;
    BatchInsert batch(
        m_database, QStringLiteral("task_obligation"),
        {QStringLiteral("task_id"), QStringLiteral("year"), QStringLiteral("unit_id"), QStringLiteral("due_date")});
    batch.insert(obligations, [](BatchInsert::Row &row, const New &o) {
        row.add(o.taskId).add(o.year).add(o.unitId).add(o.dueDate);
    });
}

void ObligationRepository::updateDueDate(qint64 id, QDate dueDate)
{
    SqlQuery q(m_database, QStringLiteral("UPDATE task_obligation SET due_date = ? WHERE id = ?"));
    q.bind(dueDate).bind(id);
    q.exec();
}

void ObligationRepository::updateProgress(const Obligation &obligation)
{
    SqlQuery q(m_database,
               QStringLiteral("UPDATE task_obligation SET status = ?, completed_on = ?, note = ? WHERE id = ?"));
    q.bind(obligation.status).bind(obligation.completedOn).bind(obligation.note).bind(obligation.id);
    q.exec();
}

void ObligationRepository::remove(qint64 id)
{
    SqlQuery q(m_database, QStringLiteral("DELETE FROM task_obligation WHERE id = ?"));
    q.bind(id);
    q.exec();
}
