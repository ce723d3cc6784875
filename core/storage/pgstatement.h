#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QVariant>

class Database;
struct pg_conn;
struct pg_result;

// One statement on a PostgreSQL connection, run through libpq itself: the statement and
// its values go in one round trip (PQexecParams, the values as text, blobs as bytes) and
// the rows come back whole, read in place. Qt's QPSQL driver prepared each statement in
// a round trip of its own, sent the values formatted into an EXECUTE statement and
// copied every value of every row into a QVariant, which made reading 10,000 rows
// several times slower than on SQLite. SqlQuery uses this class on a server.
//
// `?` placeholders are numbered as PostgreSQL wants them ($1, $2, …), outside quotes and
// comments. Every failure throws StorageError, worded as Database::serverError does.
class PgStatement
{
public:
    PgStatement(const Database &database, pg_conn *connection, const QString &sql);
    ~PgStatement();
    Q_DISABLE_COPY_MOVE(PgStatement)

    // Values for the next run, in order; the first value bound after a run starts anew.
    void bindText(const QString &text);
    void bindNumber(qint64 number);
    void bindBlob(const QByteArray &bytes);
    void bindNull();

    void exec();
    bool next();
    bool isNull(int column) const;
    QString text(int column) const;
    qint64 number(int column) const;
    QByteArray blob(int column) const;
    // The value as the server sent it (text), in place: valid until the next row.
    QByteArrayView raw(int column) const;
    QVariant value(int column) const;
    qint64 lastInsertId() const;
    int rowsAffected() const;

    // "SELECT a FROM t WHERE b = ?" as "SELECT a FROM t WHERE b = $1"; the count of
    // placeholders in `count`.
    static QByteArray numberPlaceholders(const QString &sql, int *count);

private:
    struct Value
    {
        QByteArray bytes;
        bool null = true;
        bool binary = false;
    };
    void startValue();
    void throwError(pg_result *result) const;
    void deliverNotifications() const;
    const char *cell(int column) const;

    const Database &m_database;
    pg_conn *m_connection;
    QString m_sql;
    QByteArray m_statement;
    int m_parameters = 0;
    QList<Value> m_values;
    bool m_ran = false;
    pg_result *m_result = nullptr;
    int m_row = -1;
};
