#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

// A storage failure, with a message meant for the clerk (translated, one line).
class StorageError : public std::exception
{
public:
    enum class Kind
    {
        NotADatabase,
        Damaged,
        TooNew,
        ForeignDatabase,
        ReadOnly,
        CannotOpen,
        CannotBackUp,
        Constraint,
        Sql,
        DiskFull,     // the disk (or the folder's volume) has no room left
        DiskError,    // the operating system could not read or write the file
        Busy,         // another program or person held the write lock for too long
        Missing,      // no file at the path, and the command does not create one
        Conflict,     // another program or person changed the same rows meanwhile
        AccessDenied, // the server refused the login, or this login may not do that
        Disconnected, // the server cannot be reached, or the connection was lost
    };

    StorageError(Kind kind, QString message) : m_kind(kind), m_message(std::move(message)), m_utf8(m_message.toUtf8())
    {}

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QByteArray m_utf8;
};
