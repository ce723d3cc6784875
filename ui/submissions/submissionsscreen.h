#pragma once

#include "domain/evidence.h"
#include "domain/submission.h"
#include "domain/submissionoverview.h"
#include "domain/yearcontext.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class EvidenceOpener;
class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QToolBar;
class QTreeView;
class QUndoStack;
class SubmissionEditorDialog;
class SubmissionFilterModel;
class SubmissionWorkbooks;
class Services;
class SubmissionService;
class SubmissionTableModel;

// The Submissions screen: for a year, every active unit with what it sent (status, date
// received, on time or late, indicators filled, self-score), the counts at the top,
// filters by status, group and text; the editor of one unit's submission, import of a
// filled-in template, export of the table and of an empty template. Saves go through
// the undo stack; imports do not (they clear it).
class SubmissionsScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionsScreen)

public:
    // `undoStack` may be null: saves then cannot be undone.
    SubmissionsScreen(Services &services, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~SubmissionsScreen() override;

    int year() const { return m_year; }
    void setYear(int year);
    void reload();

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *countsLabel() const { return m_counts; }
    SubmissionTableModel *model() const { return m_model; }
    SubmissionFilterModel *proxy() const { return m_proxy; }
    // The editor being shown, if any.
    SubmissionEditorDialog *editor() const;
    // The units' own workbooks, written for the year; and every import of files, chosen
    // with Import… or dropped on the screen, with its preview (workbooks()->dialog()).
    SubmissionWorkbooks *workbooks() const { return m_workbooks; }

    // What the toolbar's buttons do once a file is chosen; false (after telling the
    // clerk) when it failed.
    // Opens the unit's editor, on `page` (a SubmissionEditorDialog::Page).
    void editUnit(qint64 unitId, int page = 0);
    bool exportTo(const QString &path);
    bool writeTemplateTo(const QString &path);
    // Makes the unit's row current, clearing the filters that hide it.
    void showUnit(qint64 unitId);

Q_SIGNALS:
    void statusMessage(const QString &message);
    void undoFailed(const QString &message);

private:
    QHBoxLayout *createHeader();
    QToolBar *createToolBar();
    QHBoxLayout *createFilters();
    void setUpView();
    void connectSignals();
    void createActions();
    void onEditClicked();
    void onSaveRequested(const Submission &edited);
    void resolveConflict(SubmissionEditorDialog *editor, const QString &reason, const Submission &edited);
    void onImportClicked();
    void onExportClicked();
    void onTemplateClicked();
    void onSubmissionSaved(qint64 unitId, int year);
    void onYearChanged(int year);
    void onEvidenceOpenRequested(const Evidence &evidence);
    void fillYears();
    void fillGroups();
    void updateCounts();
    void updateOwnUnitHeader();
    void updateActions();
    void setInitialColumnWidths();
    const YearContext &context();
    QString readOnlyReason() const;
    QString askSaveFileName(const QString &title, const QString &suggestedName);
    qint64 currentUnitId() const;
    void selectUnit(qint64 unitId);

    Services &m_services;
    SubmissionService &m_service; // m_services.submissions()
    QPointer<QUndoStack> m_undoStack;
    int m_year = 0;
    SubmissionOverview m_overview;
    std::optional<YearContext> m_context;
    std::unique_ptr<EvidenceOpener> m_evidenceOpener;

    SubmissionTableModel *m_model;
    SubmissionFilterModel *m_proxy;
    QComboBox *m_yearBox;
    QLabel *m_counts;
    QLabel *m_lock;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QComboBox *m_group;
    QTreeView *m_view;
    QLabel *m_shown;
    SubmissionWorkbooks *m_workbooks;
    // A unit's login: its own submission, one row a year (no filters, its deadline and
    // whether the year is open at the top).
    bool m_ownUnit = false;
    QWidget *m_filters = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_templateAction = nullptr;
    QPointer<SubmissionEditorDialog> m_editor;
};
