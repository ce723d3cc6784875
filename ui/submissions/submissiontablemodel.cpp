#include "submissiontablemodel.h"

#include "domain/submissionstatus.h"
#include "domain/vietnamesecollator.h"
#include "services/submissionvalidator.h"
#include "widgets/mutedtext.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace {
// Sorting by timeliness puts the late ones after the ones on time, and missing last.
int timelinessRank(Timeliness::Kind kind)
{
    switch (kind) {
    case Timeliness::OnTime:
        return 0;
    case Timeliness::Late:
        return 1;
    case Timeliness::Missing:
        return 2;
    }
    return 2;
}

QColor lateColour()
{
    return QColor(0xa8, 0x4b, 0x00); // dark amber: readable on white and on alternate rows
}
} // namespace

SubmissionTableModel::SubmissionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

QString SubmissionTableModel::searchTextOf(const SubmissionOverviewRow &row)
{
    return VietnameseCollator::fold(row.unit.code + QLatin1Char(' ') + row.unit.name + QLatin1Char(' ') +
                                    row.unit.shortName + QLatin1Char(' ') + row.documentNumber);
}

void SubmissionTableModel::setOverview(const SubmissionOverview &overview)
{
    beginResetModel();
    m_year = overview.year;
    m_indicatorCount = overview.indicatorCount;
    m_deadline = overview.settings.unitDeadline;
    m_rows.clear();
    m_rowOfUnit.clear();
    m_rows.reserve(overview.rows.size());
    // The overview comes in Vietnamese order of names: a row's position is its rank.
    for (const SubmissionOverviewRow &data : overview.rows) {
        m_rowOfUnit.insert(data.unit.id, int(m_rows.size()));
        m_rows.append({data, int(m_rows.size()), {}, false});
    }
    endResetModel();
}

bool SubmissionTableModel::updateRow(const SubmissionOverviewRow &data)
{
    const int row = rowOfUnit(data.unit.id);
    if (row < 0)
        return false;
    // The name rank stays: a unit's name within a year does not change with its submission.
    Row &stored = m_rows[row];
    stored.data = data;
    stored.searchReady = false;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

int SubmissionTableModel::rowOfUnit(qint64 unitId) const
{
    return m_rowOfUnit.value(unitId, -1);
}

int SubmissionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubmissionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubmissionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const SubmissionOverviewRow &data = row.data;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(data, index.column());
    case Qt::ToolTipRole:
        return toolTip(data, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == IndicatorsColumn || index.column() == SelfScoreColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (data.timeliness == Timeliness::Late)
            return lateColour();
        if (data.timeliness == Timeliness::Missing)
            return MutedText::colour();
        return {};
    case Qt::FontRole:
        if (data.timeliness == Timeliness::Missing) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (data.timeliness == Timeliness::Late && index.column() == TimelinessColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case SortRole:
        return sortData(row, index.column());
    case UnitIdRole:
        return data.unit.id;
    case SearchRole:
        if (!row.searchReady) {
            row.search = searchTextOf(data);
            row.searchReady = true;
        }
        return row.search;
    case CoveredRole:
        return data.isCovered();
    case StatusRole:
        return data.status;
    case TimelinessRole:
        return int(data.timeliness);
    case GroupRole:
        return data.unit.group;
    }
    return {};
}

QVariant SubmissionTableModel::displayData(const SubmissionOverviewRow &row, int column) const
{
    switch (column) {
    case UnitColumn:
        return row.unit.name;
    case StatusColumn:
        return SubmissionStatus::label(row.status);
    case ReceivedColumn:
        return SubmissionValidator::formatDate(row.receivedDate);
    case TimelinessColumn:
        return row.isCovered() ? tr("covered by the units it replaces") : Timeliness::label(row.timeliness);
    case IndicatorsColumn:
        return QStringLiteral("%1/%2").arg(row.indicatorsFilled).arg(m_indicatorCount);
    case SelfScoreColumn:
        return row.selfTotal ? row.selfTotal->toString(QLatin1Char(',')) : QString();
    case DocumentNumberColumn:
        return row.documentNumber;
    }
    return {};
}

QVariant SubmissionTableModel::toolTip(const SubmissionOverviewRow &row, int column) const
{
    switch (column) {
    case UnitColumn: {
        QString tip = row.unit.name + QStringLiteral("\n") + tr("Code: %1").arg(row.unit.code);
        if (!row.unit.group.isEmpty())
            tip += QStringLiteral("\n") + tr("Emulation group: %1").arg(row.unit.group);
        return tip;
    }
    case ReceivedColumn:
    case TimelinessColumn: {
        const QString deadline = SubmissionValidator::formatDate(m_deadline);
        if (row.isCovered())
            return tr("Formed this year: the reports of %1 cover it for the year; it may still send its own.")
                .arg(row.coveredBy.join(QStringLiteral(", ")));
        if (row.timeliness == Timeliness::Missing)
            return tr("Nothing received yet; the deadline is %1.").arg(deadline);
        const qint64 days = m_deadline.isValid() ? m_deadline.daysTo(row.receivedDate) : 0;
        if (row.timeliness == Timeliness::Late)
            return tr("Received %1, %n day(s) after the deadline %2.", nullptr, int(days))
                .arg(SubmissionValidator::formatDate(row.receivedDate), deadline);
        return tr("Received %1; the deadline is %2.").arg(SubmissionValidator::formatDate(row.receivedDate), deadline);
    }
    case IndicatorsColumn:
        return tr("%1 of %n indicator(s) filled in", nullptr, m_indicatorCount).arg(row.indicatorsFilled);
    case SelfScoreColumn:
        return row.selfTotal ? tr("Self-assessed total: %1").arg(row.selfTotal->toString(QLatin1Char(',')))
                             : tr("No self-assessed score");
    case DocumentNumberColumn:
    case StatusColumn: {
        QStringList lines;
        if (!row.documentNumber.isEmpty())
            lines.append(
                row.documentDate.isValid()
                    ? tr("Report %1 of %2").arg(row.documentNumber, SubmissionValidator::formatDate(row.documentDate))
                    : tr("Report %1").arg(row.documentNumber));
        if (!row.note.isEmpty())
            lines.append(row.note);
        if (column == StatusColumn)
            lines.prepend(SubmissionStatus::label(row.status));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    }
    return {};
}

QVariant SubmissionTableModel::sortData(const Row &row, int column) const
{
    const SubmissionOverviewRow &data = row.data;
    switch (column) {
    case UnitColumn:
        return row.nameRank;
    case StatusColumn:
        return int(SubmissionStatus::codes().indexOf(data.status));
    case ReceivedColumn:
        return data.receivedDate.isValid() ? data.receivedDate.toString(Qt::ISODate) : QString();
    case TimelinessColumn:
        return timelinessRank(data.timeliness);
    case IndicatorsColumn:
        return data.indicatorsFilled;
    case SelfScoreColumn:
        return data.selfTotal ? data.selfTotal->hundredths() : qint64(-1);
    case DocumentNumberColumn:
        return data.documentNumber;
    }
    return {};
}

QVariant SubmissionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == IndicatorsColumn || section == SelfScoreColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TimelinessColumn:
            return tr("Whether the report came in by the year's unit deadline");
        case IndicatorsColumn:
            return tr("Activity figures filled in, of the indicators in use this year");
        case SelfScoreColumn:
            return tr("The unit's self-assessed total against the year's rubric");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case StatusColumn:
        return tr("Status");
    case ReceivedColumn:
        return tr("Received");
    case TimelinessColumn:
        return tr("On time");
    case IndicatorsColumn:
        return tr("Indicators");
    case SelfScoreColumn:
        return tr("Self-score");
    case DocumentNumberColumn:
        return tr("Document number");
    }
    return {};
}
