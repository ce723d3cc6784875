#include "transaction.h"

#include "database.h"
#include "domain/storageerror.h"

#include <QSqlDatabase>
#include <QSqlError>

Transaction::Transaction(const Database &database) : m_database(database)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        throw Database::errorFrom(db.lastError(), QStringLiteral("BEGIN"));
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
        throw Database::errorFrom(db.lastError(), QStringLiteral("COMMIT"));
    m_open = false;
}
