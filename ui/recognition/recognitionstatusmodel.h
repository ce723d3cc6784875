#pragma once

#include "services/recognitionservice.h"

#include <QAbstractTableModel>
#include <QList>

// Every unit's recognition on a day, one row each (RecognitionService::statuses): the
// recognition in force and its decision, until when it is kept, from when a Mức 1 unit
// may ask for Mức 2, and whether it must be evaluated again this year.
class RecognitionStatusModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecognitionStatusModel)

public:
    enum Column
    {
        UnitColumn,
        LevelColumn,
        DecisionColumn,
        KeptUntilColumn,
        Level2Column,
        ReevaluateColumn,
        ColumnCount
    };
    enum Role
    {
        UnitIdRole = Qt::UserRole + 1,
    };

    explicit RecognitionStatusModel(QObject *parent = nullptr);

    void setRows(const QList<RecognitionRow> &rows);
    const QList<RecognitionRow> &rows() const { return m_rows; }
    int rowOf(qint64 unitId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant text(const RecognitionRow &row, int column) const;

    QList<RecognitionRow> m_rows;
};
