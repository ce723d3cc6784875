#pragma once

#include <QObject>

class Database;

// "Khóa năm": a locked year's submissions, scores and rubric can no longer change.
// Locking and unlocking are explicit, audited actions.
class YearLockService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YearLockService)

public:
    explicit YearLockService(const Database &database, QObject *parent = nullptr);

    bool isLocked(int year) const;
    // Throws ValidationError when the year has no settings or is already in that state.
    void lock(int year);
    void unlock(int year);

Q_SIGNALS:
    void lockChanged(int year, bool locked);

private:
    void setLocked(int year, bool locked);

    const Database &m_database;
};
