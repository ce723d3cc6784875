#pragma once

#include <QString>
#include <QStringList>

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

    // Replaces the dialect placeholders of a migration: {{id}} (an auto-increment key)
    // and {{clustered}} (after a CREATE TABLE: stored in primary key order).
    QString expand(QString sql) const;
    // A script's statements, for the migrations and the server's rights: ';' at the end
    // of a line ends one; comment lines ("--") go.
    static QStringList statements(const QString &script);

private:
    Kind m_kind;
};
