#pragma once

#include "domain/obligation.h"

#include <QPointer>
#include <QWidget>

class ObligationEvidenceDialog;
class ObligationFilterModel;
class ObligationService;
class Services;
class ObligationTableModel;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTreeView;
class QUndoStack;
class TaskEditorDialog;

// The Tasks screen: for a year, every task of the plan per unit responsible that year,
// with its due date and status; filters by unit, task and status (overdue ones in a
// warning colour); status changes (undoable through the undo stack, audited by the
// service); adding and editing tasks. The year's obligations are generated when it has
// none, and again after a task is saved.
class TasksScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksScreen)

public:
    // `undoStack` may be null: status changes then cannot be undone.
    TasksScreen(Services &services, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~TasksScreen() override;

    int year() const { return m_year; }
    void setYear(int year);
    void reload();

    QTreeView *view() const { return m_view; }
    ObligationTableModel *model() const { return m_model; }
    ObligationFilterModel *proxy() const { return m_proxy; }
    QComboBox *unitFilter() const { return m_unit; }
    QComboBox *taskFilter() const { return m_task; }
    QComboBox *statusFilter() const { return m_status; }
    QLabel *countsLabel() const { return m_counts; }
    TaskEditorDialog *taskEditor() const;

    // What the buttons do, for the selected obligation; false (after telling the clerk)
    // when the change was refused.
    bool setCurrentStatus(const QString &status);
    void addTask();
    void editCurrentTask();
    // Opens the selected task's evidence files (add, open, remove; Save stores them).
    void openEvidence();
    ObligationEvidenceDialog *evidenceDialog() const;

Q_SIGNALS:
    void statusMessage(const QString &message);
    void undoFailed(const QString &message);

private:
    QHBoxLayout *createHeader();
    QHBoxLayout *createStatusActions();
    QHBoxLayout *createFilters();
    void setUpView();
    void connectSignals();
    void fillYears();
    void setInitialColumnWidths();
    void onObligationChanged(qint64 id, int year);
    void onTasksChanged();
    void onNoteClicked();
    void openTaskEditor(qint64 taskId);
    void fillFilters();
    void updateCounts();
    void updateActions();
    qint64 currentId() const;
    void selectObligation(qint64 id);
    bool apply(const Obligation &before, const QString &status, QDate completedOn, const QString &note);

    Services &m_services;
    ObligationService &m_service; // m_services.obligations()
    QPointer<QUndoStack> m_undoStack;
    int m_year = 0;

    ObligationTableModel *m_model;
    ObligationFilterModel *m_proxy;
    QComboBox *m_yearBox;
    QLabel *m_counts;
    QComboBox *m_unit;
    QComboBox *m_task;
    QComboBox *m_status;
    QTreeView *m_view;
    QPushButton *m_notStarted;
    QPushButton *m_inProgress;
    QPushButton *m_done;
    QDateEdit *m_completedOn;
    QPushButton *m_note;
    QPushButton *m_evidence;
    QPushButton *m_addTask;
    QPushButton *m_editTask;
    QPointer<TaskEditorDialog> m_editor;
    QPointer<ObligationEvidenceDialog> m_evidenceDialog;
};
