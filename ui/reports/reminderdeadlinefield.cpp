#include "reminderdeadlinefield.h"

#include "widgets/datefield.h"

#include <QDateEdit>
#include <QFormLayout>

ReminderDeadlineField::ReminderDeadlineField(QWidget *parent)
    : QGroupBox(tr("Reminder letter"), parent), m_date(new DateField(this))
{
    setObjectName(QStringLiteral("reminderDeadlineField"));
    m_date->setObjectName(QStringLiteral("reminderDeadline"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setToolTip(tr("The date by which the units that sent nothing must send their report; by default three "
                          "working days before the report deadline"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Send &by:"), m_date);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_setting)
            m_chosen = true;
    });
}

void ReminderDeadlineField::setDefault(QDate defaultDate, QDate letterDate)
{
    m_setting = true;
    const QDate chosen = m_date->date();
    if (letterDate.isValid())
        m_date->setMinimumDate(letterDate.addDays(1));
    if (!m_chosen || chosen <= letterDate)
        m_date->setDate(defaultDate);
    m_chosen = m_chosen && chosen > letterDate;
    m_setting = false;
}

QDate ReminderDeadlineField::date() const
{
    return m_date->date();
}
