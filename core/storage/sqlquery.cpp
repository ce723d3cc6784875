#include "sqlquery.h"

#include "database.h"
#include "domain/isodate.h"
#include "domain/storageerror.h"
#include "pgstatement.h"

#include <QDate>

#include <sqlite3.h>
#include <utility>

SqlQuery::SqlQuery(const Database &database, const QString &sql)
    : m_database(database), m_sqlite(database.sqliteHandle()), m_sql(sql)
{
    if (!m_sqlite) {
        m_query = std::make_unique<PgStatement>(database, database.serverHandle(), sql);
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    const char *tail = nullptr;
    const int code = sqlite3_prepare_v2(m_sqlite, utf8.constData(), int(utf8.size()), &m_statement, &tail);
    if (code != SQLITE_OK)
        throw Database::errorFrom(m_sqlite, code);
    if (!m_statement) // only a comment or spaces
        throw StorageError(StorageError::Kind::Sql, Database::tr("Database error: %1").arg(sql));
    if (tail && !QByteArrayView(tail).trimmed().isEmpty()) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        throw StorageError(StorageError::Kind::Sql,
                           Database::tr("Database error: %1").arg(QStringLiteral("one statement at a time: ") + sql));
    }
    m_parameters = sqlite3_bind_parameter_count(m_statement);
}

SqlQuery::~SqlQuery()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

void SqlQuery::check(int code) const
{
    if (code != SQLITE_OK)
        throw Database::errorFrom(m_sqlite, code);
}

// The index of the next value; the first value after a run starts the next run's values.
int SqlQuery::nextIndex()
{
    if (m_ran) {
        sqlite3_reset(m_statement);
        m_ran = false;
        m_firstRow = false;
        m_done = false;
    }
    return ++m_bound;
}

SqlQuery &SqlQuery::bind(const QString &text)
{
    // A null QString is stored as empty text; bindNull() is there for SQL NULL.
    const QString value = text.isNull() ? QStringLiteral("") : text.normalized(QString::NormalizationForm_C);
    if (m_query) {
        m_query->bindText(value);
        return *this;
    }
    if (value.isEmpty()) { // most notes and many texts of an import: nothing to convert or copy
        check(sqlite3_bind_text(m_statement, nextIndex(), "", 0, SQLITE_STATIC));
        return *this;
    }
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text(m_statement, nextIndex(), utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

SqlQuery &SqlQuery::bind(QDate date)
{
    if (!date.isValid())
        return bindNull();
    return bind(IsoDate::format(date));
}

SqlQuery &SqlQuery::bind(qint64 number)
{
    if (m_query) {
        m_query->bindNumber(number);
        return *this;
    }
    check(sqlite3_bind_int64(m_statement, nextIndex(), number));
    return *this;
}

SqlQuery &SqlQuery::bindBlob(const QByteArray &bytes)
{
    if (m_query) {
        m_query->bindBlob(bytes); // NULL only through bindNull()
        return *this;
    }
    // A non-null pointer even for no bytes: a null one would bind NULL.
    check(sqlite3_bind_blob64(m_statement, nextIndex(), bytes.isEmpty() ? "" : bytes.constData(),
                              sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT));
    return *this;
}

SqlQuery &SqlQuery::bindNull()
{
    if (m_query) {
        m_query->bindNull();
        return *this;
    }
    check(sqlite3_bind_null(m_statement, nextIndex()));
    return *this;
}

void SqlQuery::exec()
{
    if (m_query) {
        m_query->exec();
        return;
    }
    const int bound = std::exchange(m_bound, 0); // the next value bound starts a new run either way
    if (bound != 0 && bound != m_parameters)
        throw StorageError(
            StorageError::Kind::Sql,
            Database::tr("Database error: %1")
                .arg(QStringLiteral("%1 values for %2 parameters: ").arg(m_bound).arg(m_parameters) + m_sql));
    // A write outside a transaction: the file is checked first, as Transaction does.
    const bool autocommitWrite = !sqlite3_stmt_readonly(m_statement) && sqlite3_get_autocommit(m_sqlite);
    if (autocommitWrite)
        m_database.checkBeforeWriting();
    if (m_ran)
        sqlite3_reset(m_statement); // run again with the same values
    m_ran = true;
    const int code = sqlite3_step(m_statement);
    m_firstRow = code == SQLITE_ROW;
    m_done = !m_firstRow;
    if (code != SQLITE_ROW && code != SQLITE_DONE) {
        const StorageError error = Database::errorFrom(m_sqlite, code);
        sqlite3_reset(m_statement);
        throw error;
    }
    m_lastInsertId = sqlite3_last_insert_rowid(m_sqlite);
    m_changes = sqlite3_changes(m_sqlite);
    if (autocommitWrite && m_changes > 0)
        m_database.noteWrite();
}

bool SqlQuery::next()
{
    if (m_query)
        return m_query->next();
    if (m_firstRow) {
        m_firstRow = false;
        return true;
    }
    if (!m_ran || m_done)
        return false;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    m_done = true;
    if (code != SQLITE_DONE) {
        const StorageError error = Database::errorFrom(m_sqlite, code);
        sqlite3_reset(m_statement);
        throw error;
    }
    return false;
}

QVariant SqlQuery::value(int column) const
{
    if (m_query)
        return m_query->value(column);
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    case SQLITE_BLOB:
        return QVariant(blob(column));
    default:
        return QVariant();
    }
}

QString SqlQuery::text(int column) const
{
    if (m_query)
        return m_query->text(column);
    // Asked for first: sqlite3_column_bytes may convert the value, never the other way.
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!utf8)
        return QString();
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column));
}

qint64 SqlQuery::number(int column) const
{
    if (m_query)
        return m_query->number(column);
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqlQuery::utf8(int column) const
{
    if (m_query)
        return m_query->raw(column);
    // Asked for first: sqlite3_column_bytes may convert the value, never the other way.
    const auto *value = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!value)
        return QByteArrayView();
    return QByteArrayView(value, sqlite3_column_bytes(m_statement, column));
}

QString SqlQuery::recurringText(int column) const
{
    const QByteArrayView value = utf8(column);
    if (value.isNull())
        return QString();
    if (m_recurring.size() <= column)
        m_recurring.resize(column + 1);
    QString &last = m_recurring[column];
    if (last.isNull() || !QAnyStringView::equal(QUtf8StringView(value), last))
        last = m_query ? m_query->text(column) : QString::fromUtf8(value);
    return last;
}

QDate SqlQuery::date(int column) const
{
    // Parsed from the stored bytes: no string is made for each of 10,000 rows' dates.
    return IsoDate::parse(utf8(column));
}

QByteArray SqlQuery::blob(int column) const
{
    if (m_query)
        return m_query->blob(column);
    const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    if (!bytes)
        return QByteArray();
    return QByteArray(bytes, sqlite3_column_bytes(m_statement, column));
}

bool SqlQuery::isNull(int column) const
{
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqlQuery::lastInsertId() const
{
    return m_query ? m_query->lastInsertId() : m_lastInsertId;
}

int SqlQuery::rowsAffected() const
{
    return m_query ? m_query->rowsAffected() : m_changes;
}
