#include "transaction.h"

#include "database.h"
#include "domain/storageerror.h"

#include <QSqlDatabase>
#include <QSqlError>

// Every write starts here: the file is checked first (Database::checkBeforeWriting), and
// the write lock is taken at once, so that waiting for another writer happens before any
// work, and a read made here is never outdated by the time of the write.
Transaction::Transaction(const Database &database) : m_database(database)
{
    m_database.beginWrite();
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open)
        m_database.connection().rollback();
}

void Transaction::commit()
{
    QSqlDatabase db = m_database.connection();
    if (!db.commit())
        throw Database::errorFrom(db.lastError(), QStringLiteral("COMMIT"), m_database.path());
    m_open = false;
    m_database.noteWrite();
}
