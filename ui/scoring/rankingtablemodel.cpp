#include "rankingtablemodel.h"

#include "reports/rankingtable.h"
#include "widgets/mutedtext.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

RankingTableModel::RankingTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RankingTableModel::setRanking(const Ranking &ranking)
{
    beginResetModel();
    m_ranking = ranking;
    m_texts = RankingTable::vietnameseRows(m_ranking);
    endResetModel();
}

int RankingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ranking.rows.size());
}

int RankingTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    if (m_ranking.byLevels)
        return ColumnCount;
    return m_ranking.isRolledUp() ? RecognitionColumn : CurrentUnitColumn;
}

bool RankingTableModel::isColumnShown(int column) const
{
    if (column == CurrentUnitColumn)
        return m_ranking.isRolledUp();
    return column < columnCount();
}

QVariant RankingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RankedUnit &row = m_ranking.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        if (index.column() == RecognitionColumn)
            return row.recognition;
        const QStringList &texts = m_texts.at(index.row());
        return index.column() < texts.size() ? texts.at(index.column()) : QString();
    }
    case Qt::ToolTipRole:
        if (index.column() == UnitColumn || index.column() == CodeColumn)
            return row.unit.group.isEmpty()
                       ? row.unit.name
                       : row.unit.name + QLatin1Char('\n') + tr("Emulation group: %1").arg(row.unit.group);
        if (index.column() == NoteColumn && !row.isRanked())
            return tr("Ranked once every item of the unit is reviewed (%1 of %2 now)")
                .arg(row.reviewedItems)
                .arg(row.items);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RankColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        if (index.column() == TotalColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        return row.isRanked() ? QVariant() : QVariant(MutedText::colour());
    case Qt::FontRole:
        if (row.isRanked() && (index.column() == RankColumn || index.column() == TotalColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case UnitIdRole:
        return row.unit.id;
    case RankRole:
        return row.rank;
    }
    return {};
}

QVariant RankingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (section == RankColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        if (section == TotalColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (section == RankColumn)
            return tr("Equal units share a rank, and the next rank skips (1, 2, 2, 4)");
        if (section == TotalColumn)
            return m_ranking.byLevels ? tr("Items met of the rubric's items") : tr("Total of the reviewed scores");
        if (section == RecognitionColumn)
            return tr("The recognition in force by the decisions of the provincial People's Committee, and until "
                      "when it is kept (Circular 24/2023)");
        if (section == CurrentUnitColumn)
            return tr("The unit it has become by %1 (merged, split or dissolved); empty when the same unit")
                .arg(m_ranking.rolledUpOn.toString(QStringLiteral("dd/MM/yyyy")));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case CodeColumn:
        return tr("Code");
    case UnitColumn:
        return tr("Unit");
    case TotalColumn:
        return m_ranking.byLevels ? tr("Met") : tr("Total");
    case ClassificationColumn:
        return m_ranking.byLevels ? tr("Level") : tr("Classification");
    case NoteColumn:
        return tr("Note");
    case CurrentUnitColumn:
        return tr("Unit today");
    case RecognitionColumn:
        return tr("Recognised");
    }
    return {};
}
