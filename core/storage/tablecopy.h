#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

class Database;

// Copies a whole xhht database into another, between SQLite and PostgreSQL in either
// direction: every table in the order the migrations made them (so a table's parents
// come first), the rows of a table that refers to itself (parent_id, based_on_id)
// parents first, in one transaction on the target, with the rows of every table counted
// on both sides before the commit. The target must be at the same schema version and
// hold no data. Throws StorageError; on any failure the target is unchanged.
class TableCopy
{
    Q_DECLARE_TR_FUNCTIONS(TableCopy)

public:
    TableCopy(const Database &source, const Database &target);
    QMap<QString, qint64> run() const;

private:
    QStringList tables(const Database &database) const;
    QStringList columns(const Database &database, const QString &table) const;
    qint64 count(const Database &database, const QString &table) const;
    void copyTable(const QString &table, const QStringList &columns) const;

    const Database &m_source;
    const Database &m_target;
};
