#include "yearlocktoggle.h"

#include "domain/storageerror.h"
#include "domain/validationissue.h"
#include "services/yearlockservice.h"

#include <QAction>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>

YearLockToggle::YearLockToggle(YearLockService &service, const QString &refusal, QWidget *window)
    : QObject(window), m_service(service), m_window(window), m_action(new QAction(this)), m_refusal(refusal)
{
    m_action->setObjectName(QStringLiteral("lockYear"));
    m_action->setCheckable(true);
    connect(m_action, &QAction::triggered, this, &YearLockToggle::toggle);
    update();
}

void YearLockToggle::setYear(int year, bool locked)
{
    m_year = year;
    m_locked = locked;
    update();
}

void YearLockToggle::update()
{
    m_action->setChecked(m_locked);
    m_action->setText(m_locked ? tr("Un&lock year") : tr("&Lock year"));
    m_action->setIcon(QIcon(m_locked ? QStringLiteral(":/icons/unlock.svg") : QStringLiteral(":/icons/lock.svg")));
    m_action->setEnabled(m_year > 0 && m_refusal.isEmpty());
    if (!m_refusal.isEmpty())
        m_action->setToolTip(m_refusal);
    else if (m_locked)
        m_action->setToolTip(
            tr("Unlock %1 so that its submissions, scores and rubric can be changed again (recorded in the audit log)")
                .arg(m_year));
    else
        m_action->setToolTip(tr("Lock %1: its submissions, scores and rubric can no longer be changed").arg(m_year));
}

void YearLockToggle::toggle()
{
    // Clicking moved the toggle; the year's state decides what it shows.
    update();
    if (m_year <= 0 || !m_refusal.isEmpty())
        return;
    bool locked = m_locked;
    try {
        locked = m_service.isLocked(m_year);
    } catch (const StorageError &error) {
        QMessageBox::warning(m_window, tr("Year lock"), error.message());
        return;
    }
    const QString action = locked ? tr("Unlock %1").arg(m_year) : tr("Lock %1").arg(m_year);
    QMessageBox box(QMessageBox::Question, action,
                    locked ? tr("Unlock the year %1?").arg(m_year) : tr("Lock the year %1?").arg(m_year),
                    QMessageBox::Ok | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("lockConfirmation"));
    box.setInformativeText(locked ? tr("Submissions, scores and the rubric of %1 can be changed again until the year "
                                       "is locked again. Unlocking is recorded in the audit log.")
                                        .arg(m_year)
                                  : tr("Submissions, scores and the rubric of %1 can no longer be changed until the "
                                       "year is unlocked. Unlocking is recorded in the audit log.")
                                        .arg(m_year));
    box.button(QMessageBox::Ok)->setText(action);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Ok)
        return;
    try {
        if (locked)
            m_service.unlock(m_year);
        else
            m_service.lock(m_year);
    } catch (const ValidationError &error) {
        QMessageBox::warning(m_window, tr("Year lock"), error.message());
    } catch (const StorageError &error) {
        QMessageBox::warning(m_window, tr("Year lock"), error.message());
    }
}
