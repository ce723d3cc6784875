#include "submissionimportdialog.h"

#include "domain/storageerror.h"
#include "domain/validationissue.h"
#include "widgets/screenfit.h"
#include "widgets/waitcursor.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

SubmissionImportDialog::SubmissionImportDialog(SubmissionService &service, const SubmissionImport::Result &result,
                                               QWidget *parent)
    : QDialog(parent), m_service(service), m_result(result)
{
    setWindowTitle(tr("Import submissions"));
    const QString fileName = QFileInfo(m_result.path).fileName();
    auto *file =
        new QLabel(m_result.year > 0 ? tr("File: <b>%1</b> · year %2").arg(fileName.toHtmlEscaped()).arg(m_result.year)
                                     : tr("File: <b>%1</b>").arg(fileName.toHtmlEscaped()),
                   this);
    file->setTextFormat(Qt::RichText);
    file->setToolTip(m_result.path);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(file);
    if (m_result.ok()) {
        layout->addWidget(createSummary(), 1);
        const bool anything = !m_result.changes.isEmpty();
        m_import->setEnabled(anything);
        m_import->setToolTip(anything ? tr("Write these changes in one step. Imports are not on the undo stack: "
                                           "Edit ▸ Undo does not take them back, and the undo history is cleared.")
                                      : tr("The file changes nothing"));
    } else {
        layout->addWidget(createIssueList(), 1);
        m_import->setEnabled(false);
        m_import->setToolTip(tr("Correct the problems in the file, then import it again"));
        QPushButton *copy = buttons->addButton(tr("&Copy problems"), QDialogButtonBox::ActionRole);
        copy->setAutoDefault(false);
        connect(copy, &QPushButton::clicked, this, [this, fileName] {
            QStringList lines;
            for (const ImportIssue &issue : std::as_const(m_result.issues))
                lines.append(issue.format(fileName));
            QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
        });
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SubmissionImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SubmissionImportDialog::reject);

    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    ScreenFit::resize(this, QSize(em * 60, em * 40));
}

QWidget *SubmissionImportDialog::createSummary()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout;
    const auto number = [box](int n) {
        auto *label = new QLabel(QString::number(n), box);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return label;
    };
    form->addRow(tr("Rows read:"), number(m_result.rowsRead));
    form->addRow(tr("New submissions:"), number(m_result.created));
    form->addRow(tr("Changed submissions:"), number(m_result.changed));
    form->addRow(tr("Rows that change nothing:"), number(m_result.unchanged));
    form->addRow(tr("Empty rows (skipped):"), number(m_result.rowsEmpty));

    QHash<qint64, QString> unitNames;
    for (const Unit &unit : m_result.context.units)
        unitNames.insert(unit.id, unit.name);
    auto *changes = new QTreeWidget(box);
    changes->setObjectName(QStringLiteral("importChanges"));
    changes->setRootIsDecorated(false);
    changes->setUniformRowHeights(true);
    changes->setAlternatingRowColors(true);
    changes->setHeaderLabels({tr("Unit"), tr("Change")});
    changes->header()->setStretchLastSection(false);
    changes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    changes->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const SubmissionService::Change &change : std::as_const(m_result.changes)) {
        const qint64 unitId = change.after.unitId;
        new QTreeWidgetItem(changes, {unitNames.value(unitId, QString::number(unitId)),
                                      change.before.id == 0 ? tr("new") : tr("changed")});
    }

    auto *note = new QLabel(tr("Imports are not on the undo stack: Edit ▸ Undo does not take them back, and importing "
                               "clears the undo history."),
                            box);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(changes, 1);
    layout->addWidget(note);
    return box;
}

QWidget *SubmissionImportDialog::createIssueList()
{
    auto *box = new QWidget(this);
    QString text = tr("The file has %n problem(s). Nothing will be imported until they are corrected in the file.",
                      nullptr, int(m_result.issueCount()));
    if (m_result.issuesLeftOut > 0)
        text += QLatin1Char(' ') + tr("The first %L1 are listed, and %L2 more are not.")
                                       .arg(m_result.issues.size())
                                       .arg(m_result.issuesLeftOut);
    auto *summary = new QLabel(text, box);
    summary->setWordWrap(true);
    summary->setStyleSheet(QStringLiteral("color: #c62828;"));

    m_issues = new QTreeWidget(box);
    m_issues->setObjectName(QStringLiteral("importIssues"));
    m_issues->setRootIsDecorated(false);
    m_issues->setUniformRowHeights(true);
    m_issues->setAlternatingRowColors(true);
    // Where the clerk finds each problem in the spreadsheet: the row, the column's letter
    // and header (its key in the tooltip), the row's unit.
    m_issues->setHeaderLabels({tr("Row"), tr("Column"), tr("Unit"), tr("Problem")});
    m_issues->setSelectionMode(QAbstractItemView::ExtendedSelection);
    for (const ImportIssue &issue : std::as_const(m_result.issues)) {
        // A header that is only the key adds nothing to the letter.
        const bool plainKey = issue.label.isEmpty() || issue.label == issue.column;
        const QString column = issue.letter.isEmpty() ? issue.column
                               : plainKey             ? issue.letter
                                                      : issue.letter + QStringLiteral(" · ") + issue.label;
        auto *item = new QTreeWidgetItem(
            m_issues, {issue.row > 0 ? QString::number(issue.row) : QString(), column, issue.unit, issue.message});
        item->setData(0, Qt::UserRole, issue.row);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        if (!issue.column.isEmpty())
            item->setToolTip(1, tr("Column %1, key [%2]")
                                    .arg(issue.letter.isEmpty() ? QStringLiteral("–") : issue.letter, issue.column));
        item->setToolTip(2, issue.unit);
        item->setToolTip(3, issue.message);
    }
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_issues->setColumnWidth(0, em * 4);
    m_issues->setColumnWidth(1, em * 12);
    m_issues->setColumnWidth(2, em * 14);
    m_rowSummary = new QLabel(tr("Click a problem to select every problem of its row."), box);
    m_rowSummary->setObjectName(QStringLiteral("importRowSummary"));
    m_rowSummary->setWordWrap(true);
    connect(m_issues, &QTreeWidget::itemClicked, this, &SubmissionImportDialog::selectRowOf);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summary);
    layout->addWidget(m_issues, 1);
    layout->addWidget(m_rowSummary);
    return box;
}

void SubmissionImportDialog::selectRowOf(QTreeWidgetItem *clicked)
{
    const int row = clicked->data(0, Qt::UserRole).toInt();
    if (row <= 0)
        return;
    const QSignalBlocker blocker(m_issues);
    m_issues->clearSelection();
    QStringList columns;
    for (int i = 0; i < m_issues->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_issues->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toInt() != row)
            continue;
        item->setSelected(true);
        if (!item->text(1).isEmpty())
            columns.append(item->text(1));
    }
    m_issues->setCurrentItem(clicked, 0, QItemSelectionModel::NoUpdate);
    const QString unit = clicked->text(2);
    m_rowSummary->setText(tr("Row %1%2: %n problem(s)", nullptr, int(columns.isEmpty() ? 1 : columns.size()))
                              .arg(row)
                              .arg(unit.isEmpty() ? QString() : QStringLiteral(" (") + unit + QLatin1Char(')')) +
                          (columns.isEmpty() ? QString() : QStringLiteral(" — ") + columns.join(QStringLiteral("; "))));
}

void SubmissionImportDialog::accept()
{
    if (!m_result.ok() || m_result.changes.isEmpty())
        return;
    try {
        const WaitCursor wait;
        SubmissionImport(m_service).apply(m_result);
    } catch (const ValidationError &error) {
        QMessageBox::warning(
            this, tr("Import failed"),
            tr("Nothing was imported from %1:\n%2").arg(QFileInfo(m_result.path).fileName(), error.message()));
        return;
    } catch (const StorageError &error) {
        QMessageBox::warning(
            this, tr("Import failed"),
            tr("Nothing was imported from %1:\n%2").arg(QFileInfo(m_result.path).fileName(), error.message()));
        return;
    }
    QDialog::accept();
}
