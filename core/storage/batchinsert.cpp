#include "batchinsert.h"

#include "database.h"
#include "domain/isodate.h"
#include "sqlquery.h"
#include "storageerror.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace {

constexpr qsizetype kPortableChunk = 64;

// The connection's sqlite3 handle when it is SQLite, else null.
sqlite3 *sqliteHandle(const Database &database)
{
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

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
    if (m_sqlite)
        sqlite3_finalize(m_sqlite);
}

BatchInsert::Row &BatchInsert::nextRow()
{
    if (m_used == m_rows.size())
        m_rows.emplaceBack();
    Row &row = m_rows[m_used++];
    row.m_values.clear();
    return row;
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
        if (sqlite3 *db = sqliteHandle(m_database)) {
            QString sql = m_head + QStringLiteral("(?");
            for (int c = 1; c < m_columns; ++c)
                sql += QStringLiteral(", ?");
            sql += QLatin1Char(')');
            const QByteArray utf8 = sql.toUtf8();
            if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_sqlite, nullptr) != SQLITE_OK)
                throw StorageError(StorageError::Kind::Sql, QString::fromUtf8(sqlite3_errmsg(db)) +
                                                                QStringLiteral(" (") + sql + QLatin1Char(')'));
        }
    }
    if (m_sqlite)
        flushSqlite();
    else
        flushPortable();
    m_used = 0;
}

void BatchInsert::flushSqlite()
{
    for (qsizetype r = 0; r < m_used; ++r) {
        const QList<Row::Value> &values = m_rows.at(r).m_values;
        for (int c = 0; c < m_columns; ++c) {
            const Row::Value &v = values.at(c);
            switch (v.kind) {
            case Row::Value::Null:
                sqlite3_bind_null(m_sqlite, c + 1);
                break;
            case Row::Value::Number:
                sqlite3_bind_int64(m_sqlite, c + 1, v.number);
                break;
            case Row::Value::Text:
                sqlite3_bind_text16(m_sqlite, c + 1, v.text.utf16(), int(v.text.size() * 2), SQLITE_STATIC);
                break;
            }
        }
        const int rc = sqlite3_step(m_sqlite);
        sqlite3_reset(m_sqlite);
        if (rc != SQLITE_DONE) {
            sqlite3 *db = sqlite3_db_handle(m_sqlite);
            const bool constraint = (rc & 0xff) == SQLITE_CONSTRAINT;
            throw StorageError(
                constraint ? StorageError::Kind::Constraint : StorageError::Kind::Sql,
                Database::tr("The database refused the change: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
        }
    }
    m_lastId = sqlite3_last_insert_rowid(sqlite3_db_handle(m_sqlite));
    sqlite3_clear_bindings(m_sqlite);
}

void BatchInsert::flushPortable()
{
    for (qsizetype first = 0; first < m_used; first += kPortableChunk) {
        const int rows = int(std::min(kPortableChunk, m_used - first));
        if (m_portable.size() < rows)
            m_portable.resize(rows);
        std::shared_ptr<SqlQuery> &q = m_portable[rows - 1];
        if (!q) {
            QString row = QStringLiteral("(?");
            for (int c = 1; c < m_columns; ++c)
                row += QStringLiteral(", ?");
            row += QLatin1Char(')');
            QString sql = m_head;
            for (int r = 0; r < rows; ++r)
                sql += (r > 0 ? QStringLiteral(", ") : QString()) + row;
            q = std::make_shared<SqlQuery>(m_database, sql);
        }
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
