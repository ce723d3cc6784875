#include "batchinsert.h"

#include "database.h"
#include "domain/isodate.h"
#include "domain/storageerror.h"
#include "sqlquery.h"

#include <QHash>

#include <algorithm>

namespace {

// Rows per INSERT statement: far under SQLite's limit of 32,766 parameters for our
// tables. A server takes more at once, under its limit of 65,535 parameters: each
// statement there costs a round trip.
constexpr qsizetype kChunk = 64;
constexpr qsizetype kServerParameters = 8192;
// Rows per statement as arrays: one value per column whatever the rows.
constexpr qsizetype kArrayRows = 8192;

// An element of a PostgreSQL array literal: text in double quotes, its quotes and
// backslashes escaped (so "NULL", "" and "{,}" stay text). SqlQuery binds the whole
// literal NFC, which is each element NFC: the quotes and commas between them compose
// with nothing.
void appendElement(QString &literal, const QString &text)
{
    literal += QLatin1Char('"');
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            literal += QLatin1Char('\\');
        literal += c;
    }
    literal += QLatin1Char('"');
}

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
{
    if (!database.isServer())
        return;
    m_arrayTypes = arrayTypes(database, table, columns);
    if (m_arrayTypes.isEmpty())
        return;
    m_chunk = kArrayRows;
    QStringList arrays;
    for (const QString &type : std::as_const(m_arrayTypes))
        arrays.append(QStringLiteral("?::%1[]").arg(type));
    m_arrayStatement = std::make_unique<SqlQuery>(
        database, QStringLiteral("INSERT INTO %1 (%2) SELECT * FROM unnest(%3)")
                          .arg(table, columns.join(QStringLiteral(", ")), arrays.join(QStringLiteral(", "))) +
                      m_returning);
}

QStringList BatchInsert::arrayTypes(const Database &database, const QString &table, const QStringList &columns)
{
    // Plain types only: binary columns (files) keep their rows of values.
    static const QStringList plain = {QStringLiteral("integer"), QStringLiteral("bigint"), QStringLiteral("smallint"),
                                      QStringLiteral("text"), QStringLiteral("boolean")};
    const QHash<QString, QString> typeOf = database.columnTypes(table);
    QStringList types;
    for (const QString &column : columns) {
        const QString type = typeOf.value(column);
        if (!plain.contains(type))
            return {};
        types.append(type);
    }
    return types;
}

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
    if (m_arrayStatement) {
        writeArrays(count);
        return;
    }
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

// The first `count` rows in one statement, as one array per column (on a server).
void BatchInsert::writeArrays(qsizetype count)
{
    for (int c = 0; c < m_columns; ++c) {
        QString literal;
        literal.reserve(count * 8);
        literal += QLatin1Char('{');
        for (qsizetype r = 0; r < count; ++r) {
            if (r > 0)
                literal += QLatin1Char(',');
            const Row::Value &v = m_rows.at(r).m_values.at(c);
            if (v.kind == Row::Value::Null)
                literal += QLatin1String("NULL");
            else if (v.kind == Row::Value::Number)
                literal += QString::number(v.number);
            else if (v.kind == Row::Value::Text)
                appendElement(literal, v.text);
            else
                throw StorageError(
                    StorageError::Kind::Sql,
                    QStringLiteral("BatchInsert: bytes for a column of type %1 (%2)").arg(m_arrayTypes.at(c), m_head));
        }
        literal += QLatin1Char('}');
        m_arrayStatement->bind(literal);
    }
    m_arrayStatement->exec();
    if (m_onReturned)
        while (m_arrayStatement->next())
            m_onReturned(*m_arrayStatement);
}
