#include "changedmeanwhile.h"

#include "storage/auditrepository.h"

#include <algorithm>

StorageError ChangedMeanwhile::error(const Database &database, const QString &what, const QString &entity,
                                     qint64 entityId, const QString &field)
{
    const QList<AuditEntry> history = AuditRepository(database).forEntity(entity, entityId);
    const auto last = std::find_if(history.crbegin(), history.crend(),
                                   [&field](const AuditEntry &e) { return field.isEmpty() || e.field == field; });
    const bool known = last != history.crend();
    const QString who = known ? last->actor : tr("someone else");
    const QString when = known ? last->at.toLocalTime().toString(QStringLiteral("HH:mm dd/MM/yyyy")) : tr("meanwhile");
    return StorageError(StorageError::Kind::Conflict,
                        tr("%1 changed %2 at %3, after you opened it; your changes were not saved so as not to undo "
                           "theirs. Reload it to see their version, or save yours over it.")
                            .arg(who, what, when));
}
