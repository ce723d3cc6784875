#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class Database;
class SqlQuery;

// Inserts many rows into one table, fast: for imports of thousands of submissions.
// Rows go in multi-row INSERT statements (64 rows on SQLite, more on a server), which
// cost far less per row than a statement each, through SqlQuery and its conventions (text NFC-normalised, a
// null QString as empty text, dates as ISO text). Throws StorageError.
//
// On a server, a table without binary columns gets its rows as one array per column
// (INSERT ... SELECT * FROM unnest($1::integer[], $2::text[], ...)): a statement of
// thousands of rows is then a few values for the server to parse and bind, not
// thousands (which cost it as much as a tenth of storing them).
//
// With `returning` (such as "id, unit_id"), each inserted row's values of those columns
// are handed to the callback given to onReturned(), as a SqlQuery positioned on them.
class BatchInsert
{
public:
    BatchInsert(const Database &database, const QString &table, const QStringList &columns,
                const QString &returning = {});
    ~BatchInsert();
    Q_DISABLE_COPY_MOVE(BatchInsert)

    // One row's values, in column order.
    class Row
    {
    public:
        Row &add(qint64 number);
        Row &add(int number) { return add(qint64(number)); }
        Row &add(bool value) { return add(qint64(value ? 1 : 0)); }
        Row &add(const QString &text);
        Row &add(const char *) = delete;
        Row &add(QDate date);
        Row &addBlob(const QByteArray &bytes);
        Row &addNull();
        Row &addOptional(qint64 number, bool present) { return present ? add(number) : addNull(); }
        Row &addId(qint64 id) { return id > 0 ? add(id) : addNull(); } // 0 as NULL

    private:
        friend class BatchInsert;
        struct Value
        {
            enum Kind : quint8
            {
                Null,
                Number,
                Text,
                Blob
            } kind = Null;
            qint64 number = 0;
            QString text;
            QByteArray blob;
        };
        QList<Value> m_values;
    };

    // bind(row, item) adds exactly one value per column for each item.
    template <typename Item, typename Bind> void insert(const QList<Item> &items, Bind bind)
    {
        for (const Item &item : items)
            bind(append(), item);
        flush();
    }

    // A row to fill, one value per column. Every 64 rows (more on a server) are written
    // as they fill up;
    // flush() writes the rest. Rows that refer to another table's new rows are therefore
    // appended once those were flushed.
    Row &append();
    void flush();

    void onReturned(std::function<void(const SqlQuery &)> callback) { m_onReturned = std::move(callback); }

private:
    void write(qsizetype count);
    QString statement(int rows) const;
    // The column types of the table on a server, when every one can go in an array (else empty).
    static QStringList arrayTypes(const Database &database, const QString &table, const QStringList &columns);
    void writeArrays(qsizetype count);

    const Database &m_database;
    QString m_head;      // "INSERT INTO t (a, b) VALUES "
    QString m_returning; // " RETURNING a, b", or empty
    std::function<void(const SqlQuery &)> m_onReturned;
    int m_columns;
    qsizetype m_chunk; // rows per statement
    QList<Row> m_rows;
    qsizetype m_used = 0;
    std::vector<std::unique_ptr<SqlQuery>> m_statements; // by row count - 1, prepared once
    QStringList m_arrayTypes;                            // on a server: each column's type, for unnest
    std::unique_ptr<SqlQuery> m_arrayStatement;
};
