#pragma once

#include <QObject>

class QAction;
class QWidget;
class YearLockService;

// The "Lock year" / "Unlock year" toggle: a checkable action that shows the year's
// state and, when triggered, asks for confirmation (saying what locking means) before
// locking or unlocking through YearLockService, which records it in the audit log and
// signals lockChanged. Disabled, with the reason, on a database opened read-only.
class YearLockToggle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YearLockToggle)

public:
    // `window` parents the confirmation and any error message.
    // `refusal`: why this login or database may not lock a year, empty when it may.
    YearLockToggle(YearLockService &service, const QString &refusal, QWidget *window);

    QAction *action() const { return m_action; }
    // The year the action is about, and its state as last read.
    void setYear(int year, bool locked);
    // Asks, then locks or unlocks the year.
    void toggle();

private:
    void update();

    YearLockService &m_service;
    QWidget *m_window;
    QAction *m_action;
    QString m_refusal;
    int m_year = 0;
    bool m_locked = false;
};
