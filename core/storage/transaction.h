#pragma once

#include <QtGlobal>

class Database;

// One database transaction: rolled back unless commit() was reached.
class Transaction
{
public:
    explicit Transaction(const Database &database);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    void commit();

private:
    const Database &m_database;
    bool m_open = false;
};
