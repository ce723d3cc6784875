#pragma once

#include "domain/unit.h"

#include <QAbstractItemModel>
#include <QList>

// The units as a table, or grouped under their kind as a two-level tree.
class UnitModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitModel)

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        KindColumn,
        GroupColumn,
        ValidFromColumn,
        ValidToColumn,
        ColumnCount
    };
    enum Role
    {
        UnitIdRole = Qt::UserRole + 1,
        SortRole,   // an integer rank in Vietnamese order for text columns
        SearchRole, // folded code and name, for filtering
        ValidFromRole,
        ValidToRole,
        IsGroupRole,
    };

    explicit UnitModel(QObject *parent = nullptr);

    void setUnits(const QList<Unit> &units);
    void setGrouped(bool grouped);
    bool isGrouped() const { return m_grouped; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Unit unit;
        QString search;
        int nameRank = 0;
        int kindRank = 0;
        int groupRank = 0;
    };
    struct KindGroup
    {
        QString kind;
        QList<int> rows; // indexes into m_rows
    };
    QVariant unitData(const Row &row, int column, int role) const;

    QList<Row> m_rows;
    QList<KindGroup> m_groups;
    bool m_grouped = false;
};
