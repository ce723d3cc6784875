#pragma once

#include "domain/criterionscore.h"
#include "domain/ranking.h"
#include "domain/rubric.h"
#include "domain/submission.h"
#include "domain/unit.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

struct YearContext;

// A year's review grid: one row per unit active that year, in Vietnamese order of
// names (shown by their short names); one column per scored rubric item ("1.1" ...), then the row's total and
// classification, worked out from the reviewed scores exactly as the ranking does. Rows
// of units with nothing received are greyed and cannot be edited; setEditable(false)
// (a locked year, a read-only database) makes every cell read-only. The model stores
// nothing: the screen saves, then hands the stored submission to updateSubmission().
class ScoringGridModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoringGridModel)

public:
    // The criterion columns follow UnitColumn; totalColumn() and classificationColumn()
    // come after them (their number depends on the year's rubric).
    enum Column
    {
        UnitColumn,
        FirstCriterionColumn
    };
    enum Role
    {
        UnitIdRole = Qt::UserRole + 1,
        CriterionIdRole,  // criterion columns only
        SelfTextRole,     // the self-score as the unit wrote it ("8", "đạt"); empty when none
        ReviewedTextRole, // the reviewed score (Qt::DisplayRole and Qt::EditRole too); empty when none
        NoteRole,         // the item's note
        DiffersRole,      // bool: reviewed, and not the self-score
        ReceivedRole,     // bool: the unit's submission was received (the row can be scored)
    };

    explicit ScoringGridModel(QObject *parent = nullptr);

    // Replaces every row (a model reset): for a new year or a reload. `submissions` by
    // unit id, as SubmissionService::loadYear gives them.
    void setYear(const YearContext &context, const QHash<qint64, Submission> &submissions);
    // Replaces the row of the submission's unit, with dataChanged; false when the unit
    // has no row.
    bool updateSubmission(const Submission &submission);
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    int year() const { return m_year; }
    const Rubric &rubric() const { return m_rubric; }
    bool isByLevels() const { return m_rubric.method == QLatin1String("levels"); }
    int criterionCount() const { return int(m_criteria.size()); }
    int totalColumn() const { return FirstCriterionColumn + criterionCount(); }
    int classificationColumn() const { return totalColumn() + 1; }
    bool isCriterionColumn(int column) const { return column >= FirstCriterionColumn && column < totalColumn(); }
    // The rubric item of a criterion column, null for the other columns.
    const Criterion *criterionAt(int column) const;
    int columnOfCriterion(qint64 criterionId) const;
    int rowOfUnit(qint64 unitId) const { return m_rowOfUnit.value(unitId, -1); }
    const Unit &unitAt(int row) const { return m_rows.at(row).unit; }
    bool isReceived(int row) const { return m_rows.at(row).received; }
    // The review of an item as the row shows it (empty when none).
    CriterionScore scoreAt(int row, qint64 criterionId) const
    {
        CriterionScore none;
        none.criterionId = criterionId;
        return m_rows.at(row).scores.value(criterionId, none);
    }
    // The row's total and classification as the ranking works them out.
    const RankedUnit &resultAt(int row) const { return m_rows.at(row).result; }
    // Rows whose every item is reviewed, and rows received.
    int completeCount() const;
    int receivedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        Unit unit;
        bool received = false;
        QHash<qint64, CriterionScore> scores; // criterion id -> score
        std::optional<Points> selfTotal;
        RankedUnit result;
    };
    void fillRow(Row &row, const Submission *submission) const;
    RankingInput inputOf(const Row &row) const;
    QVariant criterionData(const Row &row, const Criterion &criterion, int role) const;
    QString criterionToolTip(const Row &row, const Criterion &criterion) const;
    QVariant totalData(const Row &row, int role) const;
    QVariant classificationData(const Row &row, int role) const;
    QString criterionHeaderToolTip(const Criterion &criterion) const;
    // The header of a criterion's column: its code over the first words of its title, in
    // two short lines ("1.1", "Đơn vị có", "chủ trương…"); the tooltip has it all.
    static QString criterionHeader(const Criterion &criterion);

    int m_year = 0;
    Rubric m_rubric;
    QList<Criterion> m_criteria;
    QHash<qint64, int> m_columnOfCriterion;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOfUnit;
    bool m_editable = true;
};
