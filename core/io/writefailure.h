#pragma once

#include <QCoreApplication>
#include <QString>

class QFileDevice;

// Why a file could not be written, in words for the clerk: a full disk is called full
// (the system's own text is often "Unknown error" then).
class WriteFailure
{
    Q_DECLARE_TR_FUNCTIONS(WriteFailure)

public:
    static QString reason(const QFileDevice &file, const QString &path);
};
