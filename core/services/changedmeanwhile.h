#pragma once

#include "domain/storageerror.h"

#include <QCoreApplication>
#include <QString>

class Database;

// The refusal of a save made from a copy read before someone else changed the same
// record (another window on the same file, another person on a shared server): a
// StorageError of kind Conflict naming who made the last change and when, from the
// audit log. Every kind of record with a version (submissions, reviewed scores, report
// sections, commendation proposals) is refused with it.
class ChangedMeanwhile
{
    Q_DECLARE_TR_FUNCTIONS(ChangedMeanwhile)

public:
    // `what` names the record as the clerk knows it ("this submission", "the reviewed
    // score 1.1 of …"). The latest audit entry of `entity` `entityId` names who and
    // when; with `field` set, only the entries of that field count.
    static StorageError error(const Database &database, const QString &what, const QString &entity, qint64 entityId,
                              const QString &field = {});
};
