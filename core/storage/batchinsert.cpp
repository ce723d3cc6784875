#include "batchinsert.h"

#include "database.h"
#include "domain/isodate.h"
#include "domain/storageerror.h"
#include "sqlquery.h"

#include <algorithm>

namespace {

// Rows per INSERT statement: far under SQLite's limit of 32,766 parameters for our
// tables. A server takes more at once, under its limit of 65,535 parameters: each
// statement there costs a round trip.
constexpr qsizetype kChunk = 64;
constexpr qsizetype kServerParameters = 8192;

} // namespace

BatchInsert::Row &BatchInsert::Row::add(qint64 number)
{
    m_values.append({Value::Number, number, {}, {}});
    return *this;
}

BatchInsert::Row &BatchInsert::Row::add(const QString &text)
{
    m_values.append({Value::Text, 0, text, {}}); // SqlQuery binds it NFC, a null QString as empty text
    return *this;
}

BatchInsert::Row &BatchInsert::Row::add(QDate date)
{
    if (!date.isValid())
        return addNull();
    m_values.append({Value::Text, 0, IsoDate::format(date), {}});
    return *this;
}

BatchInsert::Row &BatchInsert::Row::addBlob(const QByteArray &bytes)
{
    m_values.append({Value::Blob, 0, {}, bytes});
    return *this;
}

BatchInsert::Row &BatchInsert::Row::addNull()
{
    m_values.append(Value());
    return *this;
}

BatchInsert::BatchInsert(const Database &database, const QString &table, const QStringList &columns,
                         const QString &returning)
    : m_database(database),
      m_head(QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QStringLiteral(", ")))),
      m_returning(returning.isEmpty() ? QString() : QStringLiteral(" RETURNING ") + returning),
      m_columns(int(columns.size())),
      m_chunk(database.isServer() ? std::max(kChunk, kServerParameters / std::max<qsizetype>(1, columns.size()))
                                  : kChunk)
{}

BatchInsert::~BatchInsert() = default;

BatchInsert::Row &BatchInsert::append()
{
    if (m_used == m_chunk)
        write(m_chunk);
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
    return sql + m_returning;
}

void BatchInsert::flush()
{
    write(m_used);
}

// Writes the first `count` rows (all of them, or a full statement's worth) in one statement.
void BatchInsert::write(qsizetype count)
{
    if (count == 0)
        return;
    m_used = 0; // a refused statement leaves nothing queued
    for (qsizetype i = 0; i < count; ++i)
        if (m_rows.at(i).m_values.size() != m_columns)
            throw StorageError(StorageError::Kind::Sql,
                               QStringLiteral("BatchInsert: a row of %1 values for %2 columns (%3)")
                                   .arg(m_rows.at(i).m_values.size())
                                   .arg(m_columns)
                                   .arg(m_head));
    const int rows = int(count);
    if (m_statements.size() < size_t(rows))
        m_statements.resize(size_t(rows));
    std::unique_ptr<SqlQuery> &q = m_statements[size_t(rows - 1)];
    if (!q)
        q = std::make_unique<SqlQuery>(m_database, statement(rows));
    for (int r = 0; r < rows; ++r) {
        for (const Row::Value &v : m_rows.at(r).m_values) {
            if (v.kind == Row::Value::Null)
                q->bindNull();
            else if (v.kind == Row::Value::Number)
                q->bind(v.number);
            else if (v.kind == Row::Value::Blob)
                q->bindBlob(v.blob);
            else
                q->bind(v.text);
        }
    }
    q->exec();
    if (m_onReturned)
        while (q->next())
            m_onReturned(*q);
}
