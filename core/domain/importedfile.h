#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// A file imported into the database, kept with its name, SHA-256 and time.
struct ImportedFile
{
    qint64 id = 0;
    QString name;
    QString sha256; // lower-case hex
    qint64 size = 0;
    QDateTime importedAt; // UTC
    QString actor;
    QString kind; // submissions
    int year = 0;
    int rows = 0;
    QByteArray content;
};
