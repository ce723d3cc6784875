#include "tablecopy.h"

#include "batchinsert.h"
#include "database.h"
#include "domain/storageerror.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>
#include <QSet>
#include <QVariant>

#include <vector>

namespace {

// Tables that are not the year's data: the database's own marks, and a server's logins.
bool skipped(const QString &table)
{
    return table == QLatin1String("xhht_meta") || table == QLatin1String("server_login");
}

// The column of a table that names another row of the same table.
QString selfReference(const QStringList &columns)
{
    for (const char *name : {"parent_id", "based_on_id"})
        if (columns.contains(QLatin1String(name)))
            return QLatin1String(name);
    return {};
}

void addValue(BatchInsert::Row &row, const QVariant &value)
{
    if (value.isNull()) {
        row.addNull();
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::QByteArray:
        row.addBlob(value.toByteArray());
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        row.add(value.toLongLong());
        return;
    default:
        row.add(value.toString());
    }
}

} // namespace

TableCopy::TableCopy(const Database &source, const Database &target) : m_source(source), m_target(target) {}

QStringList TableCopy::tables(const Database &database) const
{
    // Creation order: SQLite's catalogue rowid, PostgreSQL's object ids.
    SqlQuery q(database, database.isServer()
                             ? QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                              "c.relnamespace WHERE c.relkind = 'r' AND n.nspname = "
                                              "current_schema() ORDER BY c.oid")
                             : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                              "LIKE 'sqlite_%' ORDER BY rowid"));
    q.exec();
    QStringList names;
    while (q.next())
        names.append(q.text(0));
    return names;
}

QStringList TableCopy::columns(const Database &database, const QString &table) const
{
    QStringList names;
    if (database.isServer()) {
        SqlQuery q(database, QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                            "current_schema() AND table_name = ? ORDER BY ordinal_position"));
        q.bind(table);
        q.exec();
        while (q.next())
            names.append(q.text(0));
    } else {
        SqlQuery q(database, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
        q.bind(table);
        q.exec();
        while (q.next())
            names.append(q.text(0));
    }
    return names;
}

qint64 TableCopy::count(const Database &database, const QString &table) const
{
    SqlQuery q(database, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    q.exec();
    return q.next() ? q.number(0) : 0;
}

void TableCopy::copyTable(const QString &table, const QStringList &columns) const
{
    const bool hasId = columns.contains(QLatin1String("id"));
    SqlQuery read(m_source, QStringLiteral("SELECT %1 FROM %2%3")
                                .arg(columns.join(QStringLiteral(", ")), table,
                                     hasId ? QStringLiteral(" ORDER BY id") : QString()));
    read.exec();
    std::vector<QVariantList> rows;
    while (read.next()) {
        QVariantList row;
        row.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i)
            row.append(read.value(i));
        rows.push_back(std::move(row));
    }
    // Parents before their children: rows whose parent is not in yet wait a pass.
    const QString self = selfReference(columns);
    if (!self.isEmpty() && hasId) {
        const int idColumn = int(columns.indexOf(QLatin1String("id")));
        const int parentColumn = int(columns.indexOf(self));
        std::vector<QVariantList> ordered;
        QSet<qint64> placed;
        while (!rows.empty()) {
            std::vector<QVariantList> waiting;
            for (QVariantList &row : rows) {
                const QVariant parent = row.at(parentColumn);
                if (parent.isNull() || placed.contains(parent.toLongLong())) {
                    placed.insert(row.at(idColumn).toLongLong());
                    ordered.push_back(std::move(row));
                } else {
                    waiting.push_back(std::move(row));
                }
            }
            if (waiting.size() == rows.size()) // a loop, or a parent that is not there
                throw StorageError(StorageError::Kind::Constraint,
                                   tr("The table %1 has rows whose parent is missing; nothing was copied.").arg(table));
            rows = std::move(waiting);
        }
        rows = std::move(ordered);
    }
    // Many rows per statement: on a server, a statement per row cost a round trip each.
    BatchInsert insert(m_target, table, columns);
    for (const QVariantList &row : rows) {
        BatchInsert::Row &values = insert.append();
        for (const QVariant &value : row)
            addValue(values, value);
    }
    insert.flush();
    if (hasId && m_target.isServer())
        m_target.execute(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT COALESCE(MAX(id), "
                                        "0) + 1 FROM %1), false)")
                             .arg(table));
}

QMap<QString, qint64> TableCopy::run() const
{
    if (m_source.schemaVersion() != m_target.schemaVersion())
        throw StorageError(StorageError::Kind::Sql,
                           tr("%1 and %2 are at different schema versions (%3 and %4); open both with this "
                              "program first.")
                               .arg(m_source.location(), m_target.location())
                               .arg(m_source.schemaVersion())
                               .arg(m_target.schemaVersion()));
    const QStringList targetTables = tables(m_target);
    QStringList order;
    for (const QString &table : tables(m_source)) {
        if (skipped(table))
            continue;
        if (!targetTables.contains(table))
            throw StorageError(StorageError::Kind::Sql, tr("%1 has a table %2 that %3 lacks; nothing was copied.")
                                                            .arg(m_source.location(), table, m_target.location()));
        // A new database holds only what its migrations put in (the catalogue's forms):
        // no plan, no unit, no submission.
        const bool data = table == QLatin1String("plan") || table == QLatin1String("unit") ||
                          table == QLatin1String("submission") || table == QLatin1String("audit_log");
        if (data && count(m_target, table) > 0)
            throw StorageError(StorageError::Kind::Constraint,
                               tr("%1 already holds data (table %2); copy only into a new, empty database. Nothing "
                                  "was copied.")
                                   .arg(m_target.location(), table));
        order.append(table);
    }
    Transaction transaction(m_target);
    // The migrations' own rows give way to the source's, children first.
    for (auto it = order.crbegin(); it != order.crend(); ++it)
        m_target.execute(QStringLiteral("DELETE FROM %1").arg(*it));
    QMap<QString, qint64> rows;
    for (const QString &table : order) {
        const QStringList names = columns(m_source, table);
        if (QSet<QString>(names.begin(), names.end()) != [&] {
                const QStringList theirs = columns(m_target, table);
                return QSet<QString>(theirs.begin(), theirs.end());
            }())
            throw StorageError(StorageError::Kind::Sql,
                               tr("The table %1 has other columns in %2 than in %3; nothing was copied.")
                                   .arg(table, m_source.location(), m_target.location()));
        copyTable(table, names);
        const qint64 sourceRows = count(m_source, table);
        const qint64 targetRows = count(m_target, table);
        if (sourceRows != targetRows)
            throw StorageError(StorageError::Kind::Sql,
                               tr("The table %1 has %2 rows in %3 but %4 after copying; nothing was copied.")
                                   .arg(table)
                                   .arg(sourceRows)
                                   .arg(m_source.location())
                                   .arg(targetRows));
        rows.insert(table, targetRows);
    }
    transaction.commit();
    return rows;
}
