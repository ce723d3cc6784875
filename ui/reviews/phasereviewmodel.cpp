#include "phasereviewmodel.h"

#include "domain/points.h"
#include "widgets/mutedtext.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

PhaseReviewModel::PhaseReviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void PhaseReviewModel::setReview(const PhaseReview &review)
{
    beginResetModel();
    m_review = review;
    m_names.clear();
    for (const PhaseUnitRow &row : std::as_const(m_review.rows)) {
        m_names.insert(row.unit.id, row.unit.name);
        for (const QList<PhaseYearResult> &results : row.years)
            for (const PhaseYearResult &result : results)
                if (result.unitId != row.unit.id)
                    m_names.insert(result.unitId, result.unitName);
    }
    endResetModel();
}

int PhaseReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_review.rows.size());
}

int PhaseReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kFixedColumns + int(m_review.years.size());
}

QString PhaseReviewModel::resultText(const PhaseYearResult &result)
{
    QString rank;
    if (!result.ranked)
        rank = tr("not ranked");
    else if (result.total)
        rank = tr("%1 (%2)").arg(result.classification, result.total->toString());
    else
        rank = result.classification;
    QString timeliness;
    switch (result.timeliness) {
    case Timeliness::OnTime:
        timeliness = tr("on time");
        break;
    case Timeliness::Late:
        timeliness = tr("late");
        break;
    case Timeliness::Missing:
        timeliness = tr("not sent");
        break;
    }
    const QString tasks =
        result.tasksDue > 0 ? tr("tasks %1/%2").arg(result.tasksDone).arg(result.tasksDue) : QString();
    return tasks.isEmpty() ? tr("%1 · %2").arg(rank, timeliness) : tr("%1 · %2 · %3").arg(rank, timeliness, tasks);
}

QString PhaseReviewModel::cellText(const PhaseUnitRow &row, int year) const
{
    const auto it = row.years.constFind(year);
    if (it == row.years.cend() || it->isEmpty())
        return {};
    if (it->size() == 1 && it->first().unitId == row.unit.id)
        return resultText(it->first());
    QStringList lines;
    for (const PhaseYearResult &result : *it)
        lines.append(tr("%1: %2").arg(result.unitName, resultText(result)));
    return lines.join(QLatin1Char('\n'));
}

QString PhaseReviewModel::formerUnits(const PhaseUnitRow &row) const
{
    QStringList names;
    for (qint64 id : row.predecessors)
        names.append(m_names.value(id));
    return names.join(QStringLiteral(", "));
}

QVariant PhaseReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_review.rows.size())
        return {};
    const PhaseUnitRow &row = m_review.rows.at(index.row());
    const int column = index.column();
    if (role == UnitIdRole)
        return row.unit.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (column == 0)
            return row.ended ? tr("%1 (ended)").arg(row.unit.name) : row.unit.name;
        if (column == 1)
            return formerUnits(row);
        return cellText(row, m_review.years.value(column - kFixedColumns));
    }
    if (role == Qt::ForegroundRole && row.ended)
        return MutedText::colour();
    return {};
}

QVariant PhaseReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Unit");
    if (section == 1)
        return tr("Former units");
    return QString::number(m_review.years.value(section - kFixedColumns));
}
