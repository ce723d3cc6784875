#include "yearlockservice.h"

#include "domain/validationissue.h"
#include "storage/auditrepository.h"
#include "storage/transaction.h"
#include "storage/yearsettingsrepository.h"

YearLockService::YearLockService(const Database &database, QObject *parent) : QObject(parent), m_database(database) {}

bool YearLockService::isLocked(int year) const
{
    const std::optional<YearSettings> settings = YearSettingsRepository(m_database).forYear(year);
    return settings && settings->locked;
}

void YearLockService::lock(int year)
{
    setLocked(year, true);
}

void YearLockService::unlock(int year)
{
    setLocked(year, false);
}

void YearLockService::setLocked(int year, bool locked)
{
    YearSettingsRepository years(m_database);
    std::optional<YearSettings> settings = years.forYear(year);
    if (!settings)
        throw ValidationError(
            {{QStringLiteral("year"), tr("The year %1 has no settings in this database.").arg(year)}});
    if (settings->locked == locked)
        throw ValidationError({{QStringLiteral("year"), locked ? tr("The year %1 is already locked.").arg(year)
                                                               : tr("The year %1 is not locked.").arg(year)}});
    Transaction transaction(m_database);
    settings->locked = locked;
    years.save(*settings);
    AuditEntry entry;
    entry.action = locked ? QStringLiteral("lock") : QStringLiteral("unlock");
    entry.entity = QStringLiteral("year");
    entry.entityId = year;
    entry.field = QStringLiteral("locked");
    entry.oldValue = locked ? QStringLiteral("0") : QStringLiteral("1");
    entry.newValue = locked ? QStringLiteral("1") : QStringLiteral("0");
    AuditRepository(m_database).record(entry);
    transaction.commit();
    Q_EMIT lockChanged(year, locked);
}
