#pragma once

#include "domain/criterion.h"
#include "domain/validationissue.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <utility>

// The criteria of a rubric as a tree for the rubric editor: the groups, each with its
// items. Editable cells (when the rubric may change): titles, the maximum and step of
// points items, the threshold of percent items, the level of items on a levels rubric.
// Numbers are read with Points::parse ("7", "7,5", "7.5"); a text that does not parse
// stays shown as typed, in red, with its problem as tooltip and in problems(). A group
// shows the sum of its items' maxima, read-only. Rule problems found by
// RubricService::validate() or update() are shown on their item's row (setIssues()).
class RubricCriteriaModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RubricCriteriaModel)

public:
    enum Column
    {
        CodeColumn,
        TitleColumn,
        KindColumn,
        MaxColumn,
        StepColumn,
        ThresholdColumn,
        LevelColumn,
        NoteColumn, // "không áp dụng" and the rubric's note, read-only
        ColumnCount
    };
    enum Role
    {
        ProblemRole = Qt::UserRole + 1, // the cell's problem, empty when it has none
        CodeRole,                       // the criterion's code, in every column
    };

    explicit RubricCriteriaModel(QObject *parent = nullptr);

    // Shows `criteria` (groups and items in outline order, as RubricService returns
    // them) and forgets earlier edits and problems.
    void setCriteria(const QList<Criterion> &criteria, bool byLevels, bool editable);
    // The criteria as edited; a cell that does not parse keeps its last valid value.
    QList<Criterion> criteria() const;
    bool isByLevels() const { return m_byLevels; }
    bool isEditable() const { return m_editable; }
    bool isModified() const;

    // Shows the issues whose field is "criterion:CODE" on that item's row: on the cells
    // changed since setCriteria(), else on the item's main value. Replaces the issues
    // shown before; cells that do not parse keep their own problem.
    void setIssues(const QList<ValidationIssue> &issues);
    // Every problem shown, in outline order: cells that do not parse, then issues.
    QStringList problems() const;
    bool hasProblems() const { return !m_parseErrors.isEmpty() || !m_issues.isEmpty(); }
    QString problem(const QModelIndex &index) const;

    QModelIndex indexOf(const QString &code, int column = CodeColumn) const;

    // The kinds of the department's units: an item that applies to none of them is shown
    // "không áp dụng" (greyed, with the kinds it applies to) so the clerk sees why it
    // does not count. Empty: every item is taken to apply.
    void setUnitKinds(const QStringList &kinds);
    bool appliesToNoUnit(const QModelIndex &index) const;
    // What the note column says about the row in full: not applicable, then the note.
    QString noteText(const QModelIndex &index) const;
    // Some row has a note or does not apply.
    bool hasNotes() const;
    // The total of the items' maxima (points rubrics).
    QString totalMaximum() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A cell was changed by an edit (not by setCriteria()).
    void edited();

private:
    using Cell = std::pair<int, int>; // criterion position in m_criteria, column

    bool isGroup(int position) const;
    bool isEditableCell(int position, int column) const;
    int mainColumn(int position) const;
    QString text(int position, int column) const;
    bool appliesToNoUnit(int position) const;
    QString noteText(int position) const;
    QString groupMaximum(int position) const;
    QString parse(int position, int column, const QString &text);
    QModelIndex indexAt(int position, int column) const;
    void emitAllChanged();

    QList<Criterion> m_original;
    QList<Criterion> m_criteria;
    QList<int> m_topLevel;                       // positions of the top-level rows
    QHash<int, QList<int>> m_children;           // position of a group -> positions of its items
    QHash<int, int> m_row;                       // position -> row under its parent
    QHash<int, int> m_parent;                    // position of an item -> position of its group
    QHash<Cell, QString> m_typed;                // cells whose text does not parse, as typed
    QHash<Cell, QString> m_parseErrors;          // and their problem
    QHash<Cell, QStringList> m_issues;           // rule issues shown at a cell
    QList<std::pair<int, QString>> m_issueOrder; // position, message: for problems()
    QStringList m_unitKinds;
    bool m_byLevels = false;
    bool m_editable = false;
};
