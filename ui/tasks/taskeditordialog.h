#pragma once

#include "domain/phase.h"
#include "domain/plansection.h"
#include "domain/task.h"
#include "domain/unit.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QSpinBox;

// Adds or edits a task of the plan: code, text, plan section, who carries it out (units
// or kinds of unit), recurrence (yearly, once, at a phase's review) and due day/month.
// Works on a copy; the caller saves task() through ObligationService::saveTask.
class TaskEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskEditorDialog)

public:
    TaskEditorDialog(const Task &task, const QList<PlanSection> &sections, const QList<Phase> &phases,
                     const QList<Unit> &units, QWidget *parent = nullptr);

    Task task() const;
    // Shows a refusal from the service under the fields.
    void showError(const QString &message);

    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *recurrenceBox() const { return m_recurrence; }
    QListWidget *assigneeList() const { return m_assignees; }
    QComboBox *roleBox() const { return m_role; }
    QCheckBox *dueCheck() const { return m_hasDue; }
    QSpinBox *dueDayBox() const { return m_dueDay; }
    QSpinBox *dueMonthBox() const { return m_dueMonth; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void fillFields(const Task &task, const QList<PlanSection> &sections, const QList<Phase> &phases);
    void fillAssignees(const Task &task, const QList<Unit> &units);
    void createLayout();
    void connectSignals();
    void validate();
    void showRole(QListWidgetItem *item);
    void updateRoleBox();

    Task m_task;
    QLineEdit *m_code;
    QLineEdit *m_title;
    QPlainTextEdit *m_detail;
    QComboBox *m_section;
    QComboBox *m_recurrence;
    QComboBox *m_phase;
    QCheckBox *m_hasDue;
    QSpinBox *m_dueDay;
    QSpinBox *m_dueMonth;
    QListWidget *m_assignees;
    QComboBox *m_role;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
