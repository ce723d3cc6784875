#include "reporttextrepository.h"

#include "sqlquery.h"

#include <QDateTime>

QHash<QString, ReportTextRepository::Text> ReportTextRepository::forYear(int year) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT section, body, version FROM report_text WHERE year = ?"));
    q.bind(year);
    q.exec();
    QHash<QString, Text> texts;
    while (q.next())
        texts.insert(q.text(0), {q.text(1), int(q.number(2))});
    return texts;
}

bool ReportTextRepository::save(int year, const QString &section, const QString &text, const QString &actor,
                                int expected)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    // One statement checks and writes, so two saves from the same version cannot both win.
    SqlQuery update(m_database, QStringLiteral("UPDATE report_text SET body = ?, updated_utc = ?, actor = ?, "
                                               "version = version + 1 WHERE year = ? AND section = ? AND version = ?"));
    update.bind(text).bind(now).bind(actor).bind(year).bind(section).bind(expected);
    update.exec();
    if (update.rowsAffected() == 1)
        return true;
    if (expected != 0)
        return false;
    SqlQuery exists(m_database, QStringLiteral("SELECT COUNT(*) FROM report_text WHERE year = ? AND section = ?"));
    exists.bind(year).bind(section);
    exists.exec();
    if (exists.next() && exists.number(0) > 0)
        return false;
    SqlQuery insert(m_database, QStringLiteral("INSERT INTO report_text (year, section, body, updated_utc, actor, "
                                               "version) VALUES (?, ?, ?, ?, ?, 1)"));
    insert.bind(year).bind(section).bind(text).bind(now).bind(actor);
    insert.exec();
    return true;
}
