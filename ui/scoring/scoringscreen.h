#pragma once

#include "domain/evidence.h"
#include "reviewwriter.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class EvidenceOpener;
class QAction;
class ChartsPanel;
class QComboBox;
class QInputDialog;
class QLabel;
class QMenu;
class QTabWidget;
class QTableView;
class QUndoStack;
class TableSearch;
class RankingPanel;
class ScoreDelegate;
class ScoringGridModel;
class SubmissionService;
class Services;
class YearLockService;
class YearLockToggle;
struct Criterion;

// The Scoring screen: the year's review grid (units by rubric items, self-score and
// reviewed score in each cell, the row's total and classification as the ranking works
// them out) with fast keyboard entry of reviewed scores and notes, and the ranked list
// beside it. Every edit is one save through SubmissionService and one step on the undo
// stack. Locking the year (YearLockService) is asked for here; a locked year, or a
// database opened read-only, leaves everything read-only.
class ScoringScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoringScreen)

public:
    enum Tab
    {
        GridTab,
        RankingTab
    };

    // `undoStack` may be null: edits then cannot be undone.
    ScoringScreen(Services &services, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ScoringScreen() override;

    int year() const { return m_year; }
    void setYear(int year);
    void reload();
    bool isLocked() const { return m_locked; }
    // Why nothing can be changed (read-only database, locked year); empty when editing works.
    QString readOnlyReason() const;

    QTableView *view() const { return m_view; }
    TableSearch *search() const { return m_search; }
    ScoringGridModel *model() const { return m_model; }
    RankingPanel *rankingPanel() const { return m_ranking; }
    QTabWidget *tabs() const { return m_tabs; }
    // The last refusal (a value that is not a score, a save the service refused);
    // hidden after a successful edit.
    QLabel *messageLabel() const { return m_message; }
    QAction *lockAction() const;
    QAction *noteAction() const { return m_noteAction; }
    QAction *evidenceAction() const { return m_evidenceAction; }
    // The note editor being shown, if any.
    QInputDialog *noteDialog() const;

    // What the grid's editor, the Note… dialog and Delete do: load the stored
    // submission, change one item, save, push the step on the undo stack. False (after
    // telling the clerk) when the value or the save was refused; nothing is written then.
    bool setReviewedScore(qint64 unitId, qint64 criterionId, const QString &text);
    bool setNote(qint64 unitId, qint64 criterionId, const QString &note);
    // The evidence files of a unit's submission tied to one rubric item.
    QList<Evidence> evidenceFor(qint64 unitId, qint64 criterionId) const;

    // Shows the grid with the unit's row current: its first item not yet reviewed, else
    // its first item (the Reports screen's readiness list leads here).
    void selectUnit(qint64 unitId);

    // Asks, then locks or unlocks the year shown (the toolbar's toggle).
    void toggleLock();
    // Opens the year's rubric in the rubric editor.
    void editRubric();
    // Opens the note editor of the current cell.
    void editNote();
    // Lists the current cell's evidence files in a menu; choosing one opens it.
    void showEvidenceMenu();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void undoFailed(const QString &message);

private:
    QWidget *createGridTab();
    void createActions();
    void fillYears();
    void updateCounts();
    void updateLockState();
    void updateActions();
    void setColumnWidths();
    void showProblem(const QString &message);
    void clearProblem();
    // Shows what the writer did; false when it wrote nothing.
    bool report(const ReviewWriter::Result &result);
    const Criterion *criterionById(qint64 criterionId) const;
    void onScoreEntered(const QModelIndex &index, const QString &text);
    void onInputRefused(const QString &criterionCode, const QString &text, const QString &problem);
    void onEditorClosed(int hint);
    void onActivated(const QModelIndex &index);
    void onContextMenu(const QPoint &position);
    void onSubmissionSaved(qint64 unitId, int year);
    void onYearChanged(int year);
    void onLockChanged(int year, bool locked);
    void moveDown();
    void fillEvidenceMenu(QMenu *menu, qint64 unitId, qint64 criterionId);
    // The unit and rubric item of the current cell; false when it is not a score cell.
    bool currentCell(qint64 *unitId, qint64 *criterionId) const;
    void selectCell(qint64 unitId, qint64 criterionId);

    Services &m_services;
    SubmissionService &m_service; // m_services.submissions()
    YearLockService &m_yearLock;
    std::unique_ptr<EvidenceOpener> m_evidenceOpener;
    std::unique_ptr<ReviewWriter> m_writer;
    YearLockToggle *m_lockToggle;
    int m_year = 0;
    bool m_locked = false;
    bool m_lastEditFailed = false;

    ScoringGridModel *m_model;
    ScoreDelegate *m_delegate;
    QComboBox *m_yearBox;
    QLabel *m_counts;
    QLabel *m_lock;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QTableView *m_view = nullptr;
    TableSearch *m_search = nullptr;
    RankingPanel *m_ranking;
    ChartsPanel *m_charts;
    QAction *m_noteAction = nullptr;
    QAction *m_evidenceAction = nullptr;
    QAction *m_clearAction = nullptr;
    QPointer<QInputDialog> m_noteDialog;
};
