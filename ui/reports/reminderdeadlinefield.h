#pragma once

#include <QDate>
#include <QGroupBox>

class QDateEdit;

// The date the reminder letter asks the late units to send their report by. It follows
// the program's default (three working days before the report deadline) until the clerk
// sets another date, which then stays until the year changes. Never on or before the
// letter's date.
class ReminderDeadlineField final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderDeadlineField)

public:
    explicit ReminderDeadlineField(QWidget *parent = nullptr);

    // The default and the letter's date; the shown date follows the default unless the
    // clerk has chosen one (kept when still after the letter's date).
    void setDefault(QDate defaultDate, QDate letterDate);
    // Forgets the clerk's date: the next setDefault shows the default again.
    void reset() { m_chosen = false; }
    QDate date() const;
    bool isChosen() const { return m_chosen; }
    QDateEdit *dateEdit() const { return m_date; }

private:
    QDateEdit *m_date;
    bool m_chosen = false;
    bool m_setting = false;
};
