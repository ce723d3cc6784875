#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// A file attached to a submission as evidence, stored in the database. It may be tied to
// one rubric criterion. `content` is only carried when a file is being added.
struct Evidence
{
    qint64 id = 0;
    qint64 criterionId = 0; // 0: the submission as a whole
    QString name;
    QString mimeType;
    qint64 size = 0;
    QString sha256;    // lower-case hex
    QDateTime addedAt; // UTC
    QByteArray content;

    bool sameFileAs(const Evidence &other) const
    {
        return id == other.id && criterionId == other.criterionId && name == other.name;
    }
};
