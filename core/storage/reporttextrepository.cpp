#include "reporttextrepository.h"

#include "sqlquery.h"

#include <QDateTime>

QHash<QString, QString> ReportTextRepository::forYear(int year) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT section, body FROM report_text WHERE year = ?"));
    q.bind(year);
    q.exec();
    QHash<QString, QString> texts;
    while (q.next())
        texts.insert(q.text(0), q.text(1));
    return texts;
}

void ReportTextRepository::save(int year, const QString &section, const QString &text, const QString &actor)
{
    remove(year, section);
    SqlQuery q(m_database, QStringLiteral("INSERT INTO report_text (year, section, body, updated_utc, actor) "
                                          "VALUES (?, ?, ?, ?, ?)"));
    q.bind(year).bind(section).bind(text);
    q.bind(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)).bind(actor);
    q.exec();
}

void ReportTextRepository::remove(int year, const QString &section)
{
    SqlQuery q(m_database, QStringLiteral("DELETE FROM report_text WHERE year = ? AND section = ?"));
    q.bind(year).bind(section);
    q.exec();
}
