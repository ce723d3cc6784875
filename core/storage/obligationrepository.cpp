#include "obligationrepository.h"

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

int ObligationRepository::insertForUnits(int year, qint64 taskId, QDate dueDate, const QList<qint64> &unitIds,
                                         const QStringList &kinds)
{
    if (unitIds.isEmpty() && kinds.isEmpty())
        return 0;
    auto placeholders = [](qsizetype count) -> QString {
        QStringList marks;
        for (qsizetype i = 0; i < count; ++i)
            marks.append(QStringLiteral("?"));
        return marks.join(QStringLiteral(", "));
    };
    QStringList who;
    if (!unitIds.isEmpty())
        who.append(QStringLiteral("u.id IN (%1)").arg(placeholders(unitIds.size())));
    if (!kinds.isEmpty())
        who.append(QStringLiteral("u.kind IN (%1)").arg(placeholders(kinds.size())));
    // Active in the year as Unit::isActiveIn says; dates are ISO text, so they compare as text.
    SqlQuery q(m_database,
               QStringLiteral("INSERT INTO task_obligation (task_id, year, unit_id, due_date) "
                              "SELECT ?, ?, u.id, ? FROM unit u "
                              "WHERE u.valid_from <= ? AND (u.valid_to IS NULL OR u.valid_to >= ?) AND (%1) "
                              "AND NOT EXISTS (SELECT 1 FROM task_obligation o "
                              "WHERE o.year = ? AND o.task_id = ? AND o.unit_id = u.id) ORDER BY u.id")
                   .arg(who.join(QStringLiteral(" OR "))));
    q.bind(taskId).bind(year).bind(dueDate);
    q.bind(QDate(year, 12, 31)).bind(QDate(year, 1, 1));
    for (qint64 id : unitIds)
        q.bind(id);
    for (const QString &kind : kinds)
        q.bind(kind);
    q.bind(year).bind(taskId);
    q.exec();
    return q.rowsAffected();
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
