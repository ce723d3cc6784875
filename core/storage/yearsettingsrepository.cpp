#include "yearsettingsrepository.h"

#include "sqlquery.h"

namespace {
const QString kSelect =
    QStringLiteral("SELECT year, rubric_id, unit_deadline, report_deadline, locked FROM year_setting ");

YearSettings settingsFrom(const SqlQuery &q)
{
    YearSettings s;
    s.year = int(q.number(0));
    s.rubricId = q.number(1);
    s.unitDeadline = q.date(2);
    s.reportDeadline = q.date(3);
    s.locked = q.number(4) != 0;
    return s;
}
} // namespace

std::optional<YearSettings> YearSettingsRepository::forYear(int year) const
{
    SqlQuery q(m_database, kSelect + QStringLiteral("WHERE year = ?"));
    q.bind(year);
    q.exec();
    if (!q.next())
        return std::nullopt;
    return settingsFrom(q);
}

QList<YearSettings> YearSettingsRepository::all() const
{
    SqlQuery q(m_database, kSelect + QStringLiteral("ORDER BY year"));
    q.exec();
    QList<YearSettings> result;
    while (q.next())
        result.append(settingsFrom(q));
    return result;
}

void YearSettingsRepository::save(const YearSettings &s)
{
    // UPDATE then INSERT: portable across SQLite and PostgreSQL without an upsert clause.
    SqlQuery u(m_database, QStringLiteral("UPDATE year_setting SET rubric_id = ?, unit_deadline = ?, "
                                          "report_deadline = ?, locked = ? WHERE year = ?"));
    u.bind(s.rubricId).bind(s.unitDeadline).bind(s.reportDeadline).bind(s.locked).bind(s.year);
    u.exec();
    if (u.rowsAffected() > 0)
        return;
    SqlQuery i(m_database, QStringLiteral("INSERT INTO year_setting (year, rubric_id, unit_deadline, report_deadline, "
                                          "locked) VALUES (?, ?, ?, ?, ?)"));
    i.bind(s.year).bind(s.rubricId).bind(s.unitDeadline).bind(s.reportDeadline).bind(s.locked);
    i.exec();
}
