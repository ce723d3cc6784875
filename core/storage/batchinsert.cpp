#include "batchinsert.h"

#include "database.h"
#include "domain/isodate.h"
#include "sqlquery.h"
#include "storageerror.h"

#include <sqlite3.h>

namespace {

// Rows per INSERT statement: far under SQLite's limit of 32,766 parameters for our tables.
constexpr qsizetype kChunk = 64;

} // namespace

BatchInsert::Row &BatchInsert::Row::add(qint64 number)
{
    m_values.append({Value::Number, number, {}});
    return *this;
}

BatchInsert::Row &BatchInsert::Row::add(const QString &text)
{
    m_values.append(
        {Value::Text, 0, text.isNull() ? QStringLiteral("") : text.normalized(QString::NormalizationForm_C)});
    return *this;
}

BatchInsert::Row &BatchInsert::Row::add(QDate date)
{
    if (!date.isValid())
        return addNull();
    m_values.append({Value::Text, 0, IsoDate::format(date)});
    return *this;
}

BatchInsert::Row &BatchInsert::Row::addNull()
{
    m_values.append(Value());
    return *this;
}

BatchInsert::BatchInsert(const Database &database, const QString &table, const QStringList &columns)
    : m_database(database),
      m_head(QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QStringLiteral(", ")))),
      m_columns(int(columns.size()))
{}

BatchInsert::~BatchInsert()
{
    for (sqlite3_stmt *statement : std::as_const(m_sqliteStatements))
        sqlite3_finalize(statement);
}

BatchInsert::Row &BatchInsert::nextRow()
{
    if (m_used == m_rows.size())
        m_rows.emplaceBack();
    Row &row = m_rows[m_used++];
    row.m_values.clear();
    return row;
}

QString BatchInsert::statement(int rows) const
{
    QString row = QStringLiteral("(?");
    for (int c = 1; c < m_columns; ++c)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');
    QString sql = m_head;
    for (int r = 0; r < rows; ++r)
        sql += (r > 0 ? QStringLiteral(", ") : QString()) + row;
    return sql;
}

void BatchInsert::flush()
{
    for (qsizetype i = 0; i < m_used; ++i)
        if (m_rows.at(i).m_values.size() != m_columns)
            throw StorageError(StorageError::Kind::Sql,
                               QStringLiteral("BatchInsert: a row of %1 values for %2 columns (%3)")
                                   .arg(m_rows.at(i).m_values.size())
                                   .arg(m_columns)
                                   .arg(m_head));
    if (!m_sqliteChecked) {
        m_sqliteChecked = true;
        m_sqlite = m_database.sqliteHandle();
    }
    if (m_sqlite)
        flushSqlite(m_sqlite);
    else
        flushPortable();
    m_used = 0;
}

void BatchInsert::flushSqlite(sqlite3 *db)
{
    for (qsizetype first = 0; first < m_used; first += kChunk) {
        const int rows = int(std::min(kChunk, m_used - first));
        if (m_sqliteStatements.size() < rows)
            m_sqliteStatements.resize(rows, nullptr);
        sqlite3_stmt *&statement = m_sqliteStatements[rows - 1];
        if (!statement) {
            const QByteArray sql = this->statement(rows).toUtf8();
            if (sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                                   nullptr) != SQLITE_OK)
                throw StorageError(StorageError::Kind::Sql, QString::fromUtf8(sqlite3_errmsg(db)) +
                                                                QStringLiteral(" (") + m_head + QLatin1Char(')'));
        }
        // Texts go in as UTF-8, SQLite's own encoding: bound as UTF-16 it converts each one.
        m_utf8.clear();
        int index = 1;
        for (int r = 0; r < rows; ++r) {
            for (const Row::Value &v : m_rows.at(first + r).m_values) {
                switch (v.kind) {
                case Row::Value::Null:
                    sqlite3_bind_null(statement, index);
                    break;
                case Row::Value::Number:
                    sqlite3_bind_int64(statement, index, v.number);
                    break;
                case Row::Value::Text:
                    if (v.text.isEmpty()) {
                        sqlite3_bind_text(statement, index, "", 0, SQLITE_STATIC);
                    } else {
                        const QByteArray &utf8 = m_utf8.emplaceBack(v.text.toUtf8());
                        sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
                    }
                    break;
                }
                ++index;
            }
        }
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement); // nothing keeps pointing into m_utf8
        if (rc != SQLITE_DONE) {
            const bool constraint = (rc & 0xff) == SQLITE_CONSTRAINT;
            throw StorageError(
                constraint ? StorageError::Kind::Constraint : StorageError::Kind::Sql,
                Database::tr("The database refused the change: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
        }
        m_lastId = sqlite3_last_insert_rowid(db);
    }
    m_utf8.clear();
}

void BatchInsert::flushPortable()
{
    for (qsizetype first = 0; first < m_used; first += kChunk) {
        const int rows = int(std::min(kChunk, m_used - first));
        if (m_portable.size() < rows)
            m_portable.resize(rows);
        std::shared_ptr<SqlQuery> &q = m_portable[rows - 1];
        if (!q)
            q = std::make_shared<SqlQuery>(m_database, statement(rows));
        for (int r = 0; r < rows; ++r) {
            for (const Row::Value &v : m_rows.at(first + r).m_values) {
                if (v.kind == Row::Value::Null)
                    q->bindNull();
                else if (v.kind == Row::Value::Number)
                    q->bind(v.number);
                else
                    q->bind(v.text);
            }
        }
        q->exec();
        m_lastId = q->lastInsertId();
    }
}
