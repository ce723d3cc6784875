#include "unitmodel.h"

#include "domain/unitkind.h"
#include "domain/vietnamesecollator.h"

#include <QHash>
#include <QLocale>

namespace {
// Internal ids: 0 for a top-level row; kind group index + 1 for a unit under a group.
constexpr quintptr kTopLevel = 0;

// The rank of each text in Vietnamese order; equal texts share a rank. Only distinct
// texts are collated: kinds and groups repeat across thousands of units.
QList<int> ranksOf(const QStringList &texts)
{
    QHash<QString, int> distinctIndex;
    QStringList distinct;
    QList<int> slot(texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        auto it = distinctIndex.constFind(texts.at(i));
        if (it == distinctIndex.constEnd()) {
            it = distinctIndex.insert(texts.at(i), int(distinct.size()));
            distinct.append(texts.at(i));
        }
        slot[i] = *it;
    }
    const QList<qsizetype> order = VietnameseCollator().order(distinct);
    QList<int> rankOfDistinct(distinct.size());
    for (qsizetype position = 0; position < order.size(); ++position)
        rankOfDistinct[order.at(position)] = int(position);
    QList<int> ranks(texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i)
        ranks[i] = rankOfDistinct.at(slot.at(i));
    return ranks;
}
} // namespace

UnitModel::UnitModel(QObject *parent) : QAbstractItemModel(parent) {}

void UnitModel::setUnits(const QList<Unit> &units)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(units.size());
    QStringList names;
    QStringList kinds;
    QStringList groups;
    for (const Unit &u : units) {
        Row row;
        row.unit = u;
        row.search = VietnameseCollator::fold(u.code + QLatin1Char(' ') + u.name + QLatin1Char(' ') + u.shortName);
        m_rows.append(row);
        names.append(u.name);
        kinds.append(UnitKind::label(u.kind));
        groups.append(u.group);
    }
    const QList<int> nameRanks = ranksOf(names);
    const QList<int> kindRanks = ranksOf(kinds);
    const QList<int> groupRanks = ranksOf(groups);
    m_groups.clear();
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        m_rows[i].nameRank = nameRanks.at(i);
        m_rows[i].kindRank = kindRanks.at(i);
        m_rows[i].groupRank = groupRanks.at(i);
        const QString &kind = m_rows.at(i).unit.kind;
        auto it =
            std::find_if(m_groups.begin(), m_groups.end(), [&kind](const KindGroup &g) { return g.kind == kind; });
        if (it == m_groups.end()) {
            m_groups.append({kind, {}});
            it = m_groups.end() - 1;
        }
        it->rows.append(int(i));
    }
    endResetModel();
}

void UnitModel::setGrouped(bool grouped)
{
    if (grouped == m_grouped)
        return;
    beginResetModel();
    m_grouped = grouped;
    endResetModel();
}

QModelIndex UnitModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= (m_grouped ? m_groups.size() : m_rows.size()))
            return {};
        return createIndex(row, column, kTopLevel);
    }
    if (!m_grouped || parent.internalId() != kTopLevel || parent.row() >= m_groups.size() ||
        row >= m_groups.at(parent.row()).rows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex UnitModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int UnitModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_grouped ? m_groups.size() : m_rows.size());
    if (m_grouped && parent.internalId() == kTopLevel && parent.column() == 0)
        return int(m_groups.at(parent.row()).rows.size());
    return 0;
}

int UnitModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant UnitModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (m_grouped && index.internalId() == kTopLevel) {
        const KindGroup &group = m_groups.at(index.row());
        if (role == IsGroupRole)
            return true;
        if (index.column() != CodeColumn)
            return {};
        if (role == Qt::DisplayRole)
            return tr("%1 (%n)", nullptr, int(group.rows.size())).arg(UnitKind::label(group.kind));
        if (role == SortRole)
            return m_rows.at(group.rows.first()).kindRank;
        return {};
    }
    const int rowIndex = m_grouped ? m_groups.at(int(index.internalId() - 1)).rows.at(index.row()) : index.row();
    return unitData(m_rows.at(rowIndex), index.column(), role);
}

QVariant UnitModel::unitData(const Row &row, int column, int role) const
{
    const Unit &u = row.unit;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CodeColumn:
            return u.code;
        case NameColumn:
            return u.name;
        case KindColumn:
            return UnitKind::label(u.kind);
        case GroupColumn:
            return u.group;
        case ValidFromColumn:
            return QLocale().toString(u.validFrom, QStringLiteral("dd/MM/yyyy"));
        case ValidToColumn:
            return u.validTo.isValid() ? QLocale().toString(u.validTo, QStringLiteral("dd/MM/yyyy")) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (column == NameColumn || column == KindColumn || column == GroupColumn)
            return u.note.isEmpty()
                       ? unitData(row, column, Qt::DisplayRole)
                       : QVariant(unitData(row, column, Qt::DisplayRole).toString() + QLatin1Char('\n') + u.note);
        return {};
    case SortRole:
        switch (column) {
        case NameColumn:
            return row.nameRank;
        case KindColumn:
            return row.kindRank;
        case GroupColumn:
            return row.groupRank;
        case ValidFromColumn:
            return u.validFrom.toString(Qt::ISODate);
        case ValidToColumn:
            return u.validTo.isValid() ? u.validTo.toString(Qt::ISODate) : QStringLiteral("9999");
        default:
            return u.code;
        }
    case UnitIdRole:
        return u.id;
    case SearchRole:
        return row.search;
    case ValidFromRole:
        return u.validFrom;
    case ValidToRole:
        return u.validTo;
    case IsGroupRole:
        return false;
    }
    return {};
}

QVariant UnitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case GroupColumn:
        return tr("Emulation group");
    case ValidFromColumn:
        return tr("Valid from");
    case ValidToColumn:
        return tr("Valid to");
    }
    return {};
}
