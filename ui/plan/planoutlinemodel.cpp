#include "planoutlinemodel.h"

#include <QHash>

PlanOutlineModel::PlanOutlineModel(QObject *parent) : QAbstractItemModel(parent), m_children(1) {}

void PlanOutlineModel::setSections(const QList<PlanSection> &sections)
{
    beginResetModel();
    m_sections = sections;
    m_children = QList<QList<int>>(sections.size() + 1);
    m_parentOf = QList<int>(sections.size(), -1);
    QHash<qint64, int> nodeOfId;
    for (qsizetype i = 0; i < sections.size(); ++i)
        nodeOfId.insert(sections.at(i).id, int(i));
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const int parentNode = nodeOfId.value(sections.at(i).parentId, -1);
        m_parentOf[i] = parentNode;
        m_children[parentNode + 1].append(int(i));
    }
    endResetModel();
}

const PlanSection &PlanOutlineModel::section(const QModelIndex &index) const
{
    return m_sections.at(int(index.internalId()));
}

QList<PlanSection> PlanOutlineModel::descendants(const QModelIndex &index) const
{
    QList<PlanSection> result;
    QList<int> stack = m_children.at(int(index.internalId()) + 1);
    std::reverse(stack.begin(), stack.end());
    while (!stack.isEmpty()) {
        const int node = stack.takeLast();
        result.append(m_sections.at(node));
        QList<int> children = m_children.at(node + 1);
        std::reverse(children.begin(), children.end());
        stack.append(children);
    }
    return result;
}

QModelIndex PlanOutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    const int parentNode = parent.isValid() ? int(parent.internalId()) : -1;
    if (column != 0 || row < 0 || row >= m_children.at(parentNode + 1).size())
        return {};
    return createIndex(row, column, quintptr(m_children.at(parentNode + 1).at(row)));
}

QModelIndex PlanOutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_parentOf.at(int(child.internalId()));
    if (parentNode < 0)
        return {};
    const int grandParent = m_parentOf.at(parentNode);
    const int row = int(m_children.at(grandParent + 1).indexOf(parentNode));
    return createIndex(row, 0, quintptr(parentNode));
}

int PlanOutlineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int node = parent.isValid() ? int(parent.internalId()) : -1;
    return int(m_children.at(node + 1).size());
}

int PlanOutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant PlanOutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const PlanSection &s = section(index);
    if (role == Qt::DisplayRole) {
        QString text = s.title.isEmpty() ? s.body : s.title;
        if (text.size() > 90)
            text = text.left(89) + QChar(0x2026);
        const QString prefix = s.label == QLatin1String("-") ? QStringLiteral("– ") : s.label + QStringLiteral(". ");
        return QString(prefix + text);
    }
    if (role == Qt::ToolTipRole)
        return s.body.isEmpty() ? QVariant() : QVariant(s.body);
    if (role == SectionIndexRole)
        return int(index.internalId());
    return {};
}
