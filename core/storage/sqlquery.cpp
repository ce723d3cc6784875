#include "sqlquery.h"

#include "database.h"
#include "domain/isodate.h"
#include "storageerror.h"

#include <QDate>
#include <QSqlError>

SqlQuery::SqlQuery(const Database &database, const QString &sql) : m_query(database.connection()), m_sql(sql)
{
    m_query.setForwardOnly(true); // rows are read once, in order: no cache of the whole result
    if (!m_query.prepare(sql))
        throw database.errorFrom(m_query.lastError(), sql);
}

SqlQuery &SqlQuery::bind(const QString &text)
{
    // A null QString is stored as empty text; bindNull() is there for SQL NULL.
    m_query.addBindValue(text.isNull() ? QStringLiteral("") : text.normalized(QString::NormalizationForm_C));
    return *this;
}

SqlQuery &SqlQuery::bind(QDate date)
{
    if (date.isValid())
        m_query.addBindValue(IsoDate::format(date));
    else
        m_query.addBindValue(QVariant(QMetaType::fromType<QString>()));
    return *this;
}

SqlQuery &SqlQuery::bind(qint64 number)
{
    m_query.addBindValue(number);
    return *this;
}

SqlQuery &SqlQuery::bindBlob(const QByteArray &bytes)
{
    m_query.addBindValue(bytes.isNull() ? QByteArray("") : bytes); // NULL only through bindNull()
    return *this;
}

SqlQuery &SqlQuery::bindNull()
{
    m_query.addBindValue(QVariant(QMetaType::fromType<qint64>()));
    return *this;
}

void SqlQuery::exec()
{
    if (!m_query.exec())
        throw Database::errorFrom(m_query.lastError(), m_sql);
}

QDate SqlQuery::date(int column) const
{
    const QVariant v = m_query.value(column);
    return v.isNull() ? QDate() : IsoDate::parse(v.toString());
}

qint64 SqlQuery::lastInsertId() const
{
    return m_query.lastInsertId().toLongLong();
}
