#include "evidencepanel.h"

#include "domain/validationissue.h"
#include "services/submissionservice.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum EvidenceColumn
{
    NameColumn,
    SizeColumn,
    CriterionColumn,
    AddedColumn,
};
} // namespace

EvidencePanel::EvidencePanel(const QList<Criterion> &criteria, QWidget *parent)
    : QWidget(parent), m_criteria(criteria), m_list(new QTreeWidget(this)), m_criterion(new QComboBox(this)),
      m_add(new QPushButton(tr("&Add…"), this)), m_open(new QPushButton(tr("&Open"), this)),
      m_remove(new QPushButton(tr("&Remove"), this))
{
    m_list->setObjectName(QStringLiteral("evidence"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("File"), tr("Size"), tr("Criterion"), tr("Added")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(CriterionColumn, QHeaderView::Interactive);
    m_list->header()->setSectionResizeMode(AddedColumn, QHeaderView::ResizeToContents);
    m_list->setColumnWidth(CriterionColumn, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);

    m_criterion->setObjectName(QStringLiteral("evidenceCriterion"));
    m_criterion->addItem(tr("The whole submission"), qint64(0));
    for (const Criterion &c : m_criteria)
        m_criterion->addItem(c.code + QStringLiteral(" – ") + c.title, c.id);
    m_criterion->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_criterion->setMinimumContentsLength(28);
    m_criterion->setToolTip(tr("The rubric criterion the files you add are evidence for"));
    auto *criterionLabel = new QLabel(tr("New files are evidence &for:"), this);
    criterionLabel->setBuddy(m_criterion);

    m_add->setToolTip(tr("Attach files; they are stored when you save (at most %1 each)")
                          .arg(QLocale().formattedDataSize(SubmissionService::kMaxEvidenceBytes)));
    m_open->setToolTip(tr("Open the selected file with the program the computer uses for it"));
    m_remove->setToolTip(m_criteria.isEmpty()
                             ? tr("Remove the selected files (Cancel keeps them)")
                             : tr("Remove the selected files from the submission (Cancel keeps them; after saving, "
                                  "Edit ▸ Undo brings them back)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(criterionLabel);
    buttons->addWidget(m_criterion, 1);
    buttons->addWidget(m_add);
    buttons->addSpacing(12);
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    // Evidence of something without a rubric (a task): no criterion to choose or show.
    if (m_criteria.isEmpty()) {
        criterionLabel->hide();
        m_criterion->hide();
        m_list->setColumnHidden(CriterionColumn, true);
        buttons->insertStretch(0, 1);
    }

    connect(m_add, &QPushButton::clicked, this, &EvidencePanel::onAddClicked);
    connect(m_open, &QPushButton::clicked, this, &EvidencePanel::onOpenClicked);
    connect(m_remove, &QPushButton::clicked, this, &EvidencePanel::onRemoveClicked);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &EvidencePanel::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &EvidencePanel::onOpenClicked);
    updateButtons();
}

void EvidencePanel::setEvidence(const QList<Evidence> &evidence)
{
    m_evidence = evidence;
    refill();
}

void EvidencePanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_criterion->setEnabled(!readOnly);
    updateButtons();
}

QString EvidencePanel::criterionText(qint64 criterionId) const
{
    if (criterionId == 0)
        return tr("Whole submission");
    for (const Criterion &c : m_criteria)
        if (c.id == criterionId)
            return c.code;
    return QString();
}

void EvidencePanel::refill()
{
    m_list->clear();
    for (qsizetype i = 0; i < m_evidence.size(); ++i) {
        const Evidence &e = m_evidence.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, e.name);
        item->setText(SizeColumn, QLocale().formattedDataSize(e.size));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(CriterionColumn, criterionText(e.criterionId));
        item->setText(AddedColumn, e.id == 0 ? tr("not saved yet")
                                             : e.addedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
        item->setData(NameColumn, Qt::UserRole, qint64(i));
        item->setToolTip(NameColumn, e.mimeType.isEmpty() ? e.name : e.name + QStringLiteral("\n") + e.mimeType);
        for (const Criterion &c : m_criteria)
            if (c.id == e.criterionId)
                item->setToolTip(CriterionColumn, c.code + QStringLiteral(" – ") + c.title);
    }
    updateButtons();
}

void EvidencePanel::updateButtons()
{
    const bool selected = !m_list->selectedItems().isEmpty();
    m_add->setEnabled(!m_readOnly);
    m_open->setEnabled(m_list->selectedItems().size() == 1);
    m_remove->setEnabled(!m_readOnly && selected);
}

QStringList EvidencePanel::addFiles(const QStringList &paths)
{
    QStringList problems;
    const qint64 criterionId = m_criterion->currentData().toLongLong();
    for (const QString &path : paths) {
        try {
            m_evidence.append(SubmissionService::evidenceFromFile(path, criterionId));
        } catch (const ValidationError &error) {
            problems.append(error.message());
        }
    }
    if (problems.size() < paths.size()) {
        refill();
        m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
        Q_EMIT evidenceChanged();
    }
    return problems;
}

void EvidencePanel::onAddClicked()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add evidence files"));
    if (paths.isEmpty())
        return;
    const QStringList problems = addFiles(paths);
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Cannot add evidence"), problems.join(QLatin1Char('\n')));
}

void EvidencePanel::onOpenClicked()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.size() != 1)
        return;
    Q_EMIT openRequested(m_evidence.at(selected.first()->data(NameColumn, Qt::UserRole).toLongLong()));
}

void EvidencePanel::onRemoveClicked()
{
    QList<qsizetype> rows;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        rows.append(item->data(NameColumn, Qt::UserRole).toLongLong());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const qsizetype row : rows)
        m_evidence.removeAt(row);
    refill();
    Q_EMIT evidenceChanged();
}
