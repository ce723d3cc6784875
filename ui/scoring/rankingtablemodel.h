#pragma once

#include "domain/ranking.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

// A ranked list as a table: the ranked units by rank, then the ones not (completely)
// reviewed. The cells are the texts of the printed list (RankingTable), so what the
// clerk sees is what the council gets.
class RankingTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RankingTableModel)

public:
    enum Column
    {
        RankColumn,
        CodeColumn,
        UnitColumn,
        TotalColumn,
        ClassificationColumn,
        NoteColumn,
        CurrentUnitColumn, // with the roll-up only
        RecognitionColumn, // levels rubrics (TT24) only: the recognition in force
        ColumnCount
    };
    enum Role
    {
        UnitIdRole = Qt::UserRole + 1,
        RankRole, // int, 0 when not ranked
    };

    explicit RankingTableModel(QObject *parent = nullptr);

    // Replaces every row (a model reset: the order changes with every ranking).
    void setRanking(const Ranking &ranking);
    const Ranking &ranking() const { return m_ranking; }

    int rowCount(const QModelIndex &parent = {}) const override;
    // Up to the note, then the unit today (roll-up) and the recognition (levels); a view
    // hides the unit today when not rolled up (isColumnShown).
    int columnCount(const QModelIndex &parent = {}) const override;
    bool isColumnShown(int column) const;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Ranking m_ranking;
    QList<QStringList> m_texts; // RankingTable::vietnameseRows, one per ranking row
};
