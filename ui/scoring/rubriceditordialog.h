#pragma once

#include "domain/rubric.h"
#include "domain/validationissue.h"

#include <QDialog>

class RubricService;
class Services;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeView;
class RubricCriteriaModel;

// The rubric of one year ("Đơn vị học tập"): which rubric it is, its basis, whether it
// is a preset, which years use it; its criteria and tiers (or levels), editable on the
// year's own copy. "Copy for this year…" makes an editable copy (of a preset, or of a
// rubric other years share) the year's; "Use this rubric" makes the rubric chosen in the
// combo the year's. Edits are checked as they are typed (the cell turns red with its
// problem) and saved in one RubricService::update() by Save (Enter); a refused save
// (a stored score would no longer fit) names the units and changes nothing. Cancel
// (Esc) asks before discarding edits. A locked year, or a database opened read-only,
// shows everything read-only with the reason at the top.
class RubricEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RubricEditorDialog)

public:
    RubricEditorDialog(Services &services, int year, QWidget *parent = nullptr);

    int year() const { return m_year; }
    // The rubric shown (the year's, unless another is chosen in the combo) as edited;
    // meaningful while isInputValid().
    Rubric editedRubric() const;
    // The year's rubric as stored.
    const Rubric &yearRubric() const { return m_yearRubric; }
    bool isReadOnly() const { return !m_editable; }
    bool isModified() const;
    bool isInputValid() const;
    // Every problem shown, one message each.
    QStringList problems() const;

    QPushButton *saveButton() const;
    QPushButton *copyButton() const { return m_copyButton; }
    QPushButton *useButton() const { return m_useButton; }
    QComboBox *rubricCombo() const { return m_rubricCombo; }
    QTreeView *criteriaView() const { return m_view; }
    // The current row's "không áp dụng" and note in full; hidden when it has none.
    QLabel *noteLabel() const { return m_note; }
    RubricCriteriaModel *criteriaModel() const { return m_model; }
    QTableWidget *tiersTable() const { return m_tiers; }

    // Asks for the rubric to copy, then makes the copy the year's.
    void copyForYear();
    // Makes the rubric chosen in the combo the year's.
    void useChosenRubric();
    void accept() override;
    void reject() override;

Q_SIGNALS:
    // The year's rubric changed: copied, assigned or saved.
    void rubricChanged(int year);

private:
    // The line under the criteria with the current row's note, and the units' kinds
    // the "không áp dụng" marks are worked out from.
    void setUpNotes();
    void showNote();
    enum TierColumn
    {
        TierNameColumn,
        TierValueColumn,
        TierColumnCount
    };

    void reload(qint64 showRubricId);
    void showRubric(const Rubric &rubric);
    void fillTiers(const Rubric &rubric);
    void onRubricChosen(int index);
    void onTierChanged(int row, int column);
    void revalidate();
    void showIssues(const QList<ValidationIssue> &issues);
    void updateBanner();
    void updateButtons();
    void commitOpenEditor();
    bool confirmDiscard();
    void showError(const QString &title, const QString &message);
    static QString yearsText(const QList<int> &years);
    Rubric rubricById(qint64 id) const;
    QWidget *createChoiceRow();

    Services &m_services;
    RubricService &m_service; // m_services.rubrics()
    const int m_year;
    QList<Rubric> m_all;
    Rubric m_yearRubric;
    Rubric m_shown;
    bool m_yearLocked = false;
    bool m_yearShared = false; // the year's rubric is a preset or other years use it
    bool m_editable = false;
    bool m_tiersModified = false;
    bool m_filling = false;
    QStringList m_tierProblems;

    QLabel *m_banner = nullptr;
    QComboBox *m_rubricCombo = nullptr;
    QPushButton *m_useButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_details = nullptr;
    QTreeView *m_view = nullptr;
    RubricCriteriaModel *m_model = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_note = nullptr; // the current row's note in full
    QLabel *m_tiersLabel = nullptr;
    QTableWidget *m_tiers = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
