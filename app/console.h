#pragma once

#include <QByteArray>
#include <QString>

// Standard output and error of the command line, in UTF-8, flushed at once.
class Console
{
public:
    static void out(const QByteArray &bytes);
    static void out(const QString &text) { out(text.toUtf8()); }
    static void err(const QString &text);
};
