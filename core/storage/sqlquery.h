#pragma once

#include <QSqlQuery>
#include <QVariant>

class Database;
class QDate;

// A prepared statement with bound values. Strings are bound NFC-normalised, dates as
// ISO text (null dates as NULL). Every failure throws StorageError.
class SqlQuery
{
public:
    SqlQuery(const Database &database, const QString &sql);

    SqlQuery &bind(const QString &text); // a null QString binds as empty text
    SqlQuery &bind(const char *text) = delete;
    SqlQuery &bind(QDate date);
    SqlQuery &bind(qint64 number);
    SqlQuery &bind(int number) { return bind(qint64(number)); }
    SqlQuery &bind(bool value) { return bind(qint64(value ? 1 : 0)); }
    SqlQuery &bindBlob(const QByteArray &bytes);
    SqlQuery &bindNull();
    SqlQuery &bindOptional(qint64 number, bool present) { return present ? bind(number) : bindNull(); }
    // Binds 0 as NULL: for optional foreign keys.
    SqlQuery &bindId(qint64 id) { return id > 0 ? bind(id) : bindNull(); }

    void exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 number(int column) const { return m_query.value(column).toLongLong(); }
    QDate date(int column) const;
    QByteArray blob(int column) const { return m_query.value(column).toByteArray(); }
    bool isNull(int column) const { return m_query.value(column).isNull(); }
    qint64 lastInsertId() const;
    int rowsAffected() const { return m_query.numRowsAffected(); }

private:
    QSqlQuery m_query;
    QString m_sql;
};
