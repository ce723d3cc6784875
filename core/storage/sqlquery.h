#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

class Database;
class PgStatement;
class QDate;
struct sqlite3;
struct sqlite3_stmt;

// A prepared statement with bound values. Strings are bound NFC-normalised, dates as
// ISO text (null dates as NULL). Every failure throws StorageError.
//
// On SQLite the statement is SQLite's own, run on the connection's handle: Qt's driver
// copies every value of every row into a QVariant first, which cost more than SQLite's
// own work when a screen reads 10,000 rows. On a PostgreSQL server it is run through
// libpq itself, for the same reason (PgStatement).
class SqlQuery
{
public:
    SqlQuery(const Database &database, const QString &sql);
    ~SqlQuery();
    Q_DISABLE_COPY_MOVE(SqlQuery)

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

    // Runs the statement with the values bound since the last run (or, with none bound,
    // the same values again).
    void exec();
    bool next();
    QVariant value(int column) const;
    QString text(int column) const; // NULL as a null QString
    // The same for a column whose values recur from row to row (a kind, a group, a
    // status): a value equal to the one this column had last shares its string, so that
    // 10,000 rows do not make 10,000 copies of "received".
    QString recurringText(int column) const;
    qint64 number(int column) const;
    QDate date(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    qint64 lastInsertId() const;
    int rowsAffected() const;

private:
    QByteArrayView utf8(int column) const; // the value's bytes in place; null for NULL
    int nextIndex();
    void check(int code) const;

    std::unique_ptr<PgStatement> m_query; // on a PostgreSQL server
    const Database &m_database;
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_parameters = 0;
    int m_bound = 0;           // values bound for the next run
    bool m_ran = false;        // stepped since the last reset
    bool m_firstRow = false;   // exec() stopped on a row that next() has not handed out yet
    bool m_done = false;       // no more rows
    qint64 m_lastInsertId = 0; // as of the last run
    int m_changes = 0;         // rows the last run changed
    QString m_sql;

    mutable QList<QString> m_recurring; // by column: the last value recurringText() gave
};
