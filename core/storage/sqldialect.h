#pragma once

#include <QString>

// Everything that differs between SQLite and PostgreSQL lives here.
class SqlDialect
{
public:
    enum class Kind
    {
        SQLite,
        PostgreSQL
    };

    explicit SqlDialect(Kind kind) : m_kind(kind) {}
    Kind kind() const { return m_kind; }

    // Replaces the dialect placeholders of a migration ({{id}}).
    QString expand(QString sql) const;
    // The statement that returns the id of the row an INSERT just added is part of
    // the INSERT on PostgreSQL ("RETURNING id"); SQLite reports lastInsertId().
    QString returningId() const;

private:
    Kind m_kind;
};
