#pragma once

#include <QString>

// Server passwords the clerk asked to remember, kept in the desktop's keyring (Secret
// Service, KWallet, the Windows credential store) through QtKeychain: never in the
// program's settings. Each call waits for the keyring, a moment at most. Without a
// keyring, read() finds nothing and write() returns false with the reason.
class PasswordStore
{
public:
    // The key is the server address without the password (ServerAddress::display()).
    static QString read(const QString &key);
    static bool write(const QString &key, const QString &password, QString *error);
    static void remove(const QString &key);
};
