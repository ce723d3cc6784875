#include "importfiledetails.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

ImportFileDetails::ImportFileDetails(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_list(new QTreeWidget(this))
{
    m_summary->setObjectName(QStringLiteral("importFileSummary"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("importFileDetails"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    connect(m_list, &QTreeWidget::itemClicked, this, &ImportFileDetails::selectRowOf);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
}

void ImportFileDetails::showFile(const SubmissionFilesImport::File &file)
{
    m_list->clear();
    m_summary->setStyleSheet(QString());
    switch (file.outcome) {
    case SubmissionFilesImport::Outcome::Refused:
        showIssues(file.result);
        break;
    case SubmissionFilesImport::Outcome::Accepted:
        showChanges(file.result);
        break;
    case SubmissionFilesImport::Outcome::Skipped:
        m_issues = false;
        m_list->setHeaderLabels({tr("Unit"), tr("Change")});
        m_summary->setText(file.note);
        break;
    }
}

void ImportFileDetails::showChanges(const SubmissionImport::Result &result)
{
    m_issues = false;
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Unit"), tr("Change")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_summary->setText(tr("Rows read: %1 · new: %2 · changed: %3 · change nothing: %4 · empty (skipped): %5")
                           .arg(result.rowsRead)
                           .arg(result.created)
                           .arg(result.changed)
                           .arg(result.unchanged)
                           .arg(result.rowsEmpty));
    QHash<qint64, QString> unitNames;
    for (const Unit &unit : result.context.units)
        unitNames.insert(unit.id, unit.name);
    for (const SubmissionService::Change &change : result.changes) {
        const qint64 unitId = change.after.unitId;
        new QTreeWidgetItem(m_list, {unitNames.value(unitId, QString::number(unitId)),
                                     change.before.id == 0 ? tr("new") : tr("changed")});
    }
}

void ImportFileDetails::showIssues(const SubmissionImport::Result &result)
{
    m_issues = true;
    QString text = tr("%n problem(s) in this file. Click a problem to select every problem of its row.", nullptr,
                      int(result.issueCount()));
    if (result.issuesLeftOut > 0) // a file wrong in almost every row: its first problems are kept
        text +=
            QLatin1Char(' ') +
            tr("The first %L1 are listed, and %L2 more are not.").arg(result.issues.size()).arg(result.issuesLeftOut);
    m_summary->setText(text);
    m_summary->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Where the clerk finds each problem in the spreadsheet: the row, the column's letter
    // and header (its key in the tooltip), the row's unit.
    m_list->setHeaderLabels({tr("Row"), tr("Column"), tr("Unit"), tr("Problem")});
    m_list->header()->setStretchLastSection(true);
    for (int c = 0; c < 3; ++c)
        m_list->header()->setSectionResizeMode(c, QHeaderView::Interactive);
    for (const ImportIssue &issue : result.issues) {
        // A header that is only the key adds nothing to the letter.
        const bool plainKey = issue.label.isEmpty() || issue.label == issue.column;
        const QString column = issue.letter.isEmpty() ? issue.column
                               : plainKey             ? issue.letter
                                                      : issue.letter + QStringLiteral(" · ") + issue.label;
        auto *item = new QTreeWidgetItem(
            m_list, {issue.row > 0 ? QString::number(issue.row) : QString(), column, issue.unit, issue.message});
        item->setData(RowColumn, Qt::UserRole, issue.row);
        item->setTextAlignment(RowColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (!issue.column.isEmpty())
            item->setToolTip(ColumnColumn,
                             tr("Column %1, key [%2]")
                                 .arg(issue.letter.isEmpty() ? QStringLiteral("–") : issue.letter, issue.column));
        item->setToolTip(UnitColumn, issue.unit);
        item->setToolTip(ProblemColumn, issue.message);
    }
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_list->setColumnWidth(RowColumn, em * 4);
    m_list->setColumnWidth(ColumnColumn, em * 12);
    m_list->setColumnWidth(UnitColumn, em * 14);
}

void ImportFileDetails::selectRowOf(QTreeWidgetItem *clicked)
{
    const int row = m_issues ? clicked->data(RowColumn, Qt::UserRole).toInt() : 0;
    if (row <= 0)
        return;
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    QStringList columns;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(RowColumn, Qt::UserRole).toInt() != row)
            continue;
        item->setSelected(true);
        if (!item->text(ColumnColumn).isEmpty())
            columns.append(item->text(ColumnColumn));
    }
    m_list->setCurrentItem(clicked, 0, QItemSelectionModel::NoUpdate);
    const QString unit = clicked->text(UnitColumn);
    m_summary->setText(tr("Row %1%2: %n problem(s)", nullptr, int(columns.isEmpty() ? 1 : columns.size()))
                           .arg(row)
                           .arg(unit.isEmpty() ? QString() : QStringLiteral(" (") + unit + QLatin1Char(')')) +
                       (columns.isEmpty() ? QString() : QStringLiteral(" — ") + columns.join(QStringLiteral("; "))));
}
