#include "obligationtablemodel.h"

#include "services/obligationservice.h"

#include <QBrush>
#include <QColor>
#include <QFont>

ObligationTableModel::ObligationTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ObligationTableModel::setObligations(const QList<Obligation> &obligations, QDate today)
{
    beginResetModel();
    m_rows = obligations;
    m_today = today;
    endResetModel();
}

void ObligationTableModel::updateObligation(const Obligation &obligation)
{
    const int row = rowOf(obligation.id);
    if (row < 0)
        return;
    Obligation &stored = m_rows[row];
    stored.status = obligation.status;
    stored.completedOn = obligation.completedOn;
    stored.note = obligation.note;
    stored.dueDate = obligation.dueDate;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const Obligation *ObligationTableModel::byId(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row);
}

int ObligationTableModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return int(i);
    return -1;
}

int ObligationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObligationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ObligationTableModel::statusText(const QString &code)
{
    if (code == QLatin1String("not_started"))
        return tr("Not started");
    if (code == QLatin1String("in_progress"))
        return tr("In progress");
    if (code == QLatin1String("done"))
        return tr("Done");
    if (code == QLatin1String("overdue"))
        return tr("Overdue");
    return code;
}

QVariant ObligationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Obligation &o = m_rows.at(index.row());
    const QString status = o.displayStatus(m_today);
    switch (role) {
    case IdRole:
        return o.id;
    case TaskIdRole:
        return o.taskId;
    case UnitIdRole:
        return o.unitId;
    case StatusRole:
        return status;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TaskColumn:
            return o.taskCode;
        case TitleColumn:
            return o.taskTitle;
        case UnitColumn:
            return o.unitName;
        case DueColumn:
            return o.dueDate.isValid() ? o.dueDate.toString(QStringLiteral("dd/MM/yyyy")) : QString();
        case StatusColumn:
            return statusText(status);
        case CompletedColumn:
            return o.completedOn.isValid() ? o.completedOn.toString(QStringLiteral("dd/MM/yyyy")) : QString();
        case NoteColumn:
            return o.note;
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case DueColumn:
            return o.dueDate.isValid() ? o.dueDate.toJulianDay() : qint64(0);
        case CompletedColumn:
            return o.completedOn.isValid() ? o.completedOn.toJulianDay() : qint64(0);
        case StatusColumn:
            return int(ObligationService::statusCodes(true).indexOf(status));
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (status == QLatin1String("overdue"))
            return QBrush(QColor(0xa6, 0x1b, 0x1b));
        return {};
    case Qt::BackgroundRole:
        if (status == QLatin1String("overdue"))
            return QBrush(QColor(0xfd, 0xe8, 0xe8));
        return {};
    case Qt::FontRole:
        if (status == QLatin1String("overdue") && index.column() == StatusColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ObligationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TaskColumn:
        return tr("Task");
    case TitleColumn:
        return tr("Text");
    case UnitColumn:
        return tr("Unit");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case CompletedColumn:
        return tr("Completed");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}
