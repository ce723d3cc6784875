#pragma once

#include "domain/plansection.h"

#include <QAbstractItemModel>
#include <QList>

// The plan's outline (I-VI, their items and dash items) as a tree.
class PlanOutlineModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanOutlineModel)

public:
    enum Role
    {
        SectionIndexRole = Qt::UserRole + 1
    };

    explicit PlanOutlineModel(QObject *parent = nullptr);

    void setSections(const QList<PlanSection> &sections);
    const PlanSection &section(const QModelIndex &index) const;
    // Sections below the given one (all depths), in outline order.
    QList<PlanSection> descendants(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    // Node i is m_sections[i]; m_children[i + 1] lists the children of node i, and
    // m_children[0] the top level.
    QList<PlanSection> m_sections;
    QList<QList<int>> m_children;
    QList<int> m_parentOf; // -1 for top level
};
