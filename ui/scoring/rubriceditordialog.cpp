#include "rubriceditordialog.h"

#include "domain/storageerror.h"
#include "rubriccriteriamodel.h"
#include "services/rubricservice.h"
#include "services/services.h"
#include "services/unitservice.h"
#include "services/yearlockservice.h"
#include "widgets/screenfit.h"
#include "widgets/unsavedquestion.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const QString kBannerStyle =
    QStringLiteral("QLabel { background: #fff4e0; color: #5d3a00; border: 1px solid #e0a040; padding: 6px; }");
const QString kErrorStyle = QStringLiteral("color: #c62828;");
const QColor kProblemText(0xc6, 0x28, 0x28);
const QColor kProblemBackground(0xfd, 0xec, 0xea);
constexpr int kShownProblems = 6;

bool byLevels(const Rubric &rubric)
{
    return rubric.method == QLatin1String("levels");
}
} // namespace

RubricEditorDialog::RubricEditorDialog(Services &services, int year, QWidget *parent)
    : QDialog(parent), m_services(services), m_service(services.rubrics()), m_year(year)
{
    setWindowTitle(tr("Rubric for %1").arg(year));

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("rubricBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(kBannerStyle);
    m_banner->hide();

    QWidget *choice = createChoiceRow();

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("rubricName"));
    connect(m_name, &QLineEdit::textEdited, this, &RubricEditorDialog::updateButtons);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("rubricDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(new QLabel(tr("About:"), this), m_details);

    m_model = new RubricCriteriaModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("rubricCriteria"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setItemsExpandable(false);
    m_view->setRootIsDecorated(false);
    m_view->setIndentation(m_view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    for (int column = 0; column < RubricCriteriaModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RubricCriteriaModel::TitleColumn, QHeaderView::Stretch);
    // The notes are long: the column shows their start, the line under the list all of it.
    header->setSectionResizeMode(RubricCriteriaModel::NoteColumn, QHeaderView::Interactive);
    header->resizeSection(RubricCriteriaModel::NoteColumn,
                          m_view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    setUpNotes();
    auto *criteriaLabel = new QLabel(tr("Cr&iteria (double-click, F2 or type to edit a cell):"), this);
    criteriaLabel->setBuddy(m_view);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("rubricTotal"));
    connect(m_model, &RubricCriteriaModel::edited, this, [this] {
        revalidate();
        updateButtons();
    });

    m_tiers = new QTableWidget(this);
    m_tiers->setObjectName(QStringLiteral("rubricTiers"));
    m_tiers->setColumnCount(TierColumnCount);
    m_tiers->verticalHeader()->hide();
    m_tiers->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tiers->verticalHeader()->setDefaultSectionSize(m_tiers->fontMetrics().height() + 8);
    m_tiers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tiers->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_tiers->horizontalHeader()->setSectionResizeMode(TierNameColumn, QHeaderView::Stretch);
    m_tiers->horizontalHeader()->setSectionResizeMode(TierValueColumn, QHeaderView::ResizeToContents);
    m_tiers->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tiersLabel = new QLabel(this);
    m_tiersLabel->setBuddy(m_tiers);
    connect(m_tiers, &QTableWidget::cellChanged, this, &RubricEditorDialog::onTierChanged);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("rubricProblems"));
    m_problems->setStyleSheet(kErrorStyle);
    m_problems->setWordWrap(true);
    m_problems->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    saveButton()->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RubricEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RubricEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(choice);
    layout->addLayout(form);
    layout->addWidget(criteriaLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_total);
    layout->addWidget(m_tiersLabel);
    layout->addWidget(m_tiers);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    try {
        reload(0);
    } catch (const ValidationError &error) {
        m_editable = false;
        m_yearLocked = true; // nothing can be done without the year's settings
        m_banner->setText(error.message());
        m_banner->show();
        updateButtons();
    } catch (const StorageError &error) {
        m_editable = false;
        m_yearLocked = true;
        m_banner->setText(error.message());
        m_banner->show();
        updateButtons();
    }

    m_view->setFocus();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    ScreenFit::resize(this, QSize(em * 72, em * 50));
}

QWidget *RubricEditorDialog::createChoiceRow()
{
    auto *row = new QWidget(this);
    auto *label = new QLabel(tr("&Rubric of %1:").arg(m_year), row);
    m_rubricCombo = new QComboBox(row);
    m_rubricCombo->setObjectName(QStringLiteral("rubricChoice"));
    // Long rubric names must not push the buttons out.
    m_rubricCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rubricCombo->setMinimumContentsLength(24);
    label->setBuddy(m_rubricCombo);
    m_useButton = new QPushButton(tr("&Use this rubric"), row);
    m_useButton->setObjectName(QStringLiteral("useRubric"));
    m_useButton->setAutoDefault(false);
    m_useButton->setToolTip(tr("Make the rubric chosen here the rubric of %1").arg(m_year));
    m_copyButton = new QPushButton(tr("&Copy for this year…"), row);
    m_copyButton->setObjectName(QStringLiteral("copyRubric"));
    m_copyButton->setAutoDefault(false);
    m_copyButton->setToolTip(tr("Make an editable copy of a rubric the rubric of %1").arg(m_year));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_rubricCombo, 1);
    layout->addWidget(m_useButton);
    layout->addWidget(m_copyButton);
    connect(m_rubricCombo, &QComboBox::currentIndexChanged, this, &RubricEditorDialog::onRubricChosen);
    connect(m_useButton, &QPushButton::clicked, this, &RubricEditorDialog::useChosenRubric);
    connect(m_copyButton, &QPushButton::clicked, this, &RubricEditorDialog::copyForYear);
    return row;
}

QPushButton *RubricEditorDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void RubricEditorDialog::reload(qint64 showRubricId)
{
    m_all = m_service.all();
    m_yearRubric = m_service.forYear(m_year);
    m_yearLocked = m_services.yearLock().isLocked(m_year);
    m_yearShared = m_yearRubric.isPreset || m_service.yearsUsing(m_yearRubric.id).size() > 1;
    const qint64 shown = showRubricId ? showRubricId : m_yearRubric.id;

    m_filling = true;
    m_rubricCombo->clear();
    for (const Rubric &rubric : std::as_const(m_all)) {
        QString text = rubric.isPreset ? tr("%1 (preset)").arg(rubric.name) : rubric.name;
        if (rubric.id == m_yearRubric.id)
            text = tr("%1 — the rubric of %2").arg(text).arg(m_year);
        m_rubricCombo->addItem(text, rubric.id);
    }
    m_rubricCombo->setCurrentIndex(std::max(0, m_rubricCombo->findData(shown)));
    m_filling = false;
    showRubric(rubricById(shown));
}

Rubric RubricEditorDialog::rubricById(qint64 id) const
{
    for (const Rubric &rubric : m_all)
        if (rubric.id == id)
            return rubric;
    return m_yearRubric;
}

QString RubricEditorDialog::yearsText(const QList<int> &years)
{
    QList<int> sorted = years;
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype j = i;
        while (j + 1 < sorted.size() && sorted.at(j + 1) == sorted.at(j) + 1)
            ++j;
        if (j - i >= 2)
            parts.append(QStringLiteral("%1–%2").arg(sorted.at(i)).arg(sorted.at(j)));
        else
            for (qsizetype k = i; k <= j; ++k)
                parts.append(QString::number(sorted.at(k)));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

void RubricEditorDialog::setUpNotes()
{
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("rubricNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &RubricEditorDialog::showNote);
    try {
        QStringList kinds;
        for (const Unit &unit : m_services.units().all())
            if (!kinds.contains(unit.kind))
                kinds.append(unit.kind);
        m_model->setUnitKinds(kinds);
    } catch (const StorageError &) {
        // Without the units every item is shown as applying; saving is not affected.
    }
}

void RubricEditorDialog::showNote()
{
    const QModelIndex current = m_view->currentIndex();
    const QString note = m_model->noteText(current);
    const QString code = current.siblingAtColumn(RubricCriteriaModel::CodeColumn).data().toString();
    m_note->setText(note.isEmpty() ? QString() : tr("%1: %2").arg(code, note));
    m_note->setVisible(!note.isEmpty());
}

void RubricEditorDialog::showRubric(const Rubric &rubric)
{
    m_shown = rubric;
    const bool isYears = rubric.id == m_yearRubric.id;
    const QList<int> years = m_service.yearsUsing(rubric.id);
    bool usedByLockedYear = false;
    const YearLockService &locks = m_services.yearLock();
    for (int y : years)
        usedByLockedYear = usedByLockedYear || locks.isLocked(y);
    m_editable =
        m_services.mayChange(ChangeArea::Rubric) && !m_yearLocked && isYears && !rubric.isPreset && !usedByLockedYear;

    m_name->setText(rubric.name);
    m_name->setReadOnly(!m_editable);
    QStringList details;
    if (!rubric.basis.isEmpty())
        details.append(tr("Basis: %1.").arg(rubric.basis));
    if (rubric.isPreset) {
        details.append(tr("A preset: it stays as published."));
    } else {
        const Rubric basedOn = rubricById(rubric.basedOnId);
        details.append(rubric.basedOnId && basedOn.id == rubric.basedOnId
                           ? tr("An edited copy of %1.").arg(basedOn.name)
                           : tr("An edited copy."));
    }
    details.append(byLevels(rubric) ? tr("Units are recognised by level (chỉ tiêu met).")
                                    : tr("Units are scored in points and ranked in tiers."));
    details.append(years.isEmpty() ? tr("No year uses it.") : tr("Used by %1.").arg(yearsText(years)));
    if (m_yearLocked)
        details.append(tr("%1 is locked.").arg(m_year));
    m_details->setText(details.join(QLatin1Char(' ')));

    m_model->setCriteria(rubric.criteria, byLevels(rubric), m_editable);
    const bool levels = byLevels(rubric);
    m_view->setColumnHidden(RubricCriteriaModel::KindColumn, !levels);
    m_view->setColumnHidden(RubricCriteriaModel::ThresholdColumn, !levels);
    m_view->setColumnHidden(RubricCriteriaModel::LevelColumn, !levels);
    m_view->setColumnHidden(RubricCriteriaModel::MaxColumn, levels);
    m_view->setColumnHidden(RubricCriteriaModel::StepColumn, levels);
    m_view->setColumnHidden(RubricCriteriaModel::NoteColumn, !m_model->hasNotes());
    m_view->expandAll();
    const QModelIndex first = m_model->index(0, RubricCriteriaModel::TitleColumn);
    const QModelIndex firstItem = m_model->index(0, RubricCriteriaModel::TitleColumn, m_model->index(0, 0));
    m_view->setCurrentIndex(firstItem.isValid() ? firstItem : first);
    showNote();

    fillTiers(rubric);
    revalidate();
    updateBanner();
    updateButtons();
}

void RubricEditorDialog::fillTiers(const Rubric &rubric)
{
    const bool levels = byLevels(rubric);
    m_filling = true;
    m_tiersModified = false;
    m_tiers->clearContents();
    m_tiers->setRowCount(int(rubric.classes.size()));
    m_tiers->setHorizontalHeaderLabels(
        {levels ? tr("Level") : tr("Tier"), levels ? tr("Number") : tr("Minimum points")});
    m_tiersLabel->setText(levels ? tr("&Levels:") : tr("&Tiers, best first:"));
    const Qt::ItemFlags readOnly = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Qt::ItemFlags editable = m_editable ? readOnly | Qt::ItemIsEditable : readOnly;
    for (int row = 0; row < rubric.classes.size(); ++row) {
        const RubricClass &k = rubric.classes.at(row);
        auto *name = new QTableWidgetItem(k.name);
        name->setData(Qt::UserRole, k.code);
        name->setFlags(editable);
        auto *value = new QTableWidgetItem(levels ? QString::number(k.level) : k.minPoints.toString());
        value->setFlags(levels ? readOnly : editable);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_tiers->setItem(row, TierNameColumn, name);
        m_tiers->setItem(row, TierValueColumn, value);
    }
    int height = m_tiers->horizontalHeader()->sizeHint().height() + 2 * m_tiers->frameWidth();
    for (int row = 0; row < m_tiers->rowCount(); ++row)
        height += m_tiers->rowHeight(row);
    m_tiers->setFixedHeight(height);
    m_filling = false;
}

void RubricEditorDialog::onRubricChosen(int index)
{
    if (m_filling || index < 0)
        return;
    const qint64 id = m_rubricCombo->itemData(index).toLongLong();
    if (id == m_shown.id)
        return;
    if (isModified() && !confirmDiscard()) {
        m_filling = true;
        m_rubricCombo->setCurrentIndex(m_rubricCombo->findData(m_shown.id));
        m_filling = false;
        return;
    }
    showRubric(rubricById(id));
}

void RubricEditorDialog::onTierChanged(int, int)
{
    if (m_filling)
        return;
    m_tiersModified = true;
    revalidate();
    updateButtons();
}

Rubric RubricEditorDialog::editedRubric() const
{
    Rubric rubric = m_shown;
    if (!m_editable)
        return rubric;
    if (!m_name->text().trimmed().isEmpty())
        rubric.name = m_name->text().trimmed();
    rubric.criteria = m_model->criteria();
    for (int row = 0; row < rubric.classes.size() && row < m_tiers->rowCount(); ++row) {
        RubricClass &k = rubric.classes[row];
        if (const QTableWidgetItem *name = m_tiers->item(row, TierNameColumn))
            k.name = name->text().trimmed();
        if (const QTableWidgetItem *value = m_tiers->item(row, TierValueColumn); value && !byLevels(rubric))
            if (const std::optional<Points> min = Points::parse(value->text()))
                k.minPoints = *min;
    }
    return rubric;
}

bool RubricEditorDialog::isModified() const
{
    return m_editable && (m_model->isModified() || m_tiersModified || m_name->text().trimmed() != m_shown.name);
}

bool RubricEditorDialog::isInputValid() const
{
    return !m_model->hasProblems() && m_tierProblems.isEmpty();
}

QStringList RubricEditorDialog::problems() const
{
    QStringList all = m_model->problems();
    for (const QString &message : m_tierProblems)
        if (!all.contains(message))
            all.append(message);
    return all;
}

void RubricEditorDialog::revalidate()
{
    if (!m_editable) {
        m_model->setIssues({});
        showIssues({});
        return;
    }
    showIssues(RubricService::validate(editedRubric()));
}

void RubricEditorDialog::showIssues(const QList<ValidationIssue> &issues)
{
    m_model->setIssues(issues);
    m_filling = true;
    m_tierProblems.clear();
    const bool levels = byLevels(m_shown);
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        QTableWidgetItem *name = m_tiers->item(row, TierNameColumn);
        QTableWidgetItem *value = m_tiers->item(row, TierValueColumn);
        if (!name || !value)
            continue;
        QStringList nameProblems;
        QStringList valueProblems;
        if (m_editable && name->text().trimmed().isEmpty())
            nameProblems.append(tr("Tier %1 needs a name.").arg(row + 1));
        if (m_editable && !levels && !Points::parse(value->text()))
            valueProblems.append(tr("Tier “%1”: “%2” is not a number of points; type for example 85.")
                                     .arg(name->text().trimmed(), value->text()));
        const QString key = QStringLiteral("class:") + name->data(Qt::UserRole).toString();
        for (const ValidationIssue &issue : issues)
            if (issue.field == key && !valueProblems.contains(issue.message))
                valueProblems.append(issue.message);
        for (const auto &[item, messages] : {std::pair{name, nameProblems}, std::pair{value, valueProblems}}) {
            item->setData(Qt::ForegroundRole, messages.isEmpty() ? QVariant() : QVariant(kProblemText));
            item->setData(Qt::BackgroundRole, messages.isEmpty() ? QVariant() : QVariant(kProblemBackground));
            item->setToolTip(messages.join(QLatin1Char('\n')));
            m_tierProblems.append(messages);
        }
    }
    m_filling = false;

    const QStringList all = problems();
    QStringList shown = all.mid(0, kShownProblems);
    if (all.size() > kShownProblems)
        shown.append(tr("… and %1 more.").arg(all.size() - kShownProblems));
    m_problems->setText(shown.join(QLatin1Char('\n')));
    m_problems->setVisible(!all.isEmpty());
    m_total->setText(byLevels(m_shown) ? tr("Items: %1.").arg(m_shown.itemCount())
                                       : tr("Total of the maxima: %1 points.").arg(m_model->totalMaximum()));
}

void RubricEditorDialog::updateBanner()
{
    const bool isYears = m_shown.id == m_yearRubric.id;
    QList<int> others = m_service.yearsUsing(m_shown.id);
    others.removeAll(m_year);
    QList<int> lockedOthers;
    const YearLockService &locks = m_services.yearLock();
    for (int y : std::as_const(others))
        if (locks.isLocked(y))
            lockedOthers.append(y);

    QString text;
    if (m_services.isReadOnly())
        text = tr("The database is open read-only: the rubric is shown, not changed.");
    else if (!m_services.mayChange(ChangeArea::Rubric))
        text = m_services.changeRefusal(ChangeArea::Rubric);
    else if (m_yearLocked)
        text = tr("%1 is locked: its rubric can no longer change. Unlock the year to edit it.").arg(m_year);
    else if (!isYears)
        text = tr("“%1” is not the rubric of %2. “Use this rubric” makes it the year's rubric; “Copy for this "
                  "year…” makes an editable copy of it for %2.")
                   .arg(m_shown.name)
                   .arg(m_year);
    else if (m_shown.isPreset)
        text = tr("“%1” is a preset and stays as published. “Copy for this year…” makes an editable copy of it "
                  "for %2.")
                   .arg(m_shown.name)
                   .arg(m_year);
    else if (!lockedOthers.isEmpty())
        text = tr("This rubric is also used by %1, which is locked, so it can no longer change. “Copy for this "
                  "year…” makes an editable copy for %2.")
                   .arg(yearsText(lockedOthers))
                   .arg(m_year);
    else if (!others.isEmpty())
        text = tr("This rubric is also used by %1: edits apply to those years too. “Copy for this year…” makes a "
                  "copy for %2 alone.")
                   .arg(yearsText(others))
                   .arg(m_year);
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void RubricEditorDialog::updateButtons()
{
    const bool canChangeYear = m_services.mayChange(ChangeArea::Rubric) && !m_yearLocked;
    m_rubricCombo->setEnabled(canChangeYear);
    m_useButton->setEnabled(canChangeYear && m_shown.id != m_yearRubric.id);
    m_copyButton->setEnabled(canChangeYear && (m_yearShared || m_shown.id != m_yearRubric.id));
    if (canChangeYear && !m_copyButton->isEnabled())
        m_copyButton->setToolTip(tr("%1 already has its own copy: edit it here").arg(m_year));
    saveButton()->setVisible(m_editable);
    saveButton()->setEnabled(m_editable && isInputValid());
    saveButton()->setToolTip(isInputValid() ? tr("Save the rubric (Enter)")
                                            : tr("Correct the cells marked in red first"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(m_editable ? tr("Cancel") : tr("Close"));
}

void RubricEditorDialog::commitOpenEditor()
{
    for (QAbstractItemView *view :
         {static_cast<QAbstractItemView *>(m_view), static_cast<QAbstractItemView *>(m_tiers)}) {
        const QModelIndex current = view->currentIndex();
        QWidget *editor = view->indexWidget(current);
        if (!editor)
            continue;
        // What the delegate does when the editor loses focus.
        QAbstractItemDelegate *delegate = view->itemDelegateForIndex(current);
        Q_EMIT delegate->commitData(editor);
        Q_EMIT delegate->closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

bool RubricEditorDialog::confirmDiscard()
{
    return UnsavedQuestion::ask(this, tr("Discard changes?"), tr("The changes to the rubric have not been saved."),
                                QString(), UnsavedQuestion::Offer::DiscardOnly) == QMessageBox::Discard;
}

void RubricEditorDialog::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void RubricEditorDialog::copyForYear()
{
    commitOpenEditor();
    if (isModified() && !confirmDiscard())
        return;
    QDialog chooser(this);
    chooser.setObjectName(QStringLiteral("copyRubricDialog"));
    chooser.setWindowTitle(tr("Copy a rubric for %1").arg(m_year));
    auto *explanation = new QLabel(tr("The copy becomes the rubric of %1 and can be edited; other years keep "
                                      "theirs. Scores already given in %1 stay with the copy.")
                                       .arg(m_year),
                                   &chooser);
    explanation->setWordWrap(true);
    auto *source = new QComboBox(&chooser);
    source->setObjectName(QStringLiteral("copySource"));
    for (const Rubric &rubric : std::as_const(m_all))
        source->addItem(rubric.isPreset ? tr("%1 (preset)").arg(rubric.name) : rubric.name, rubric.id);
    source->setCurrentIndex(std::max(0, source->findData(m_shown.id)));
    auto *sourceLabel = new QLabel(tr("&Copy:"), &chooser);
    sourceLabel->setBuddy(source);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &chooser);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Copy"));
    connect(buttons, &QDialogButtonBox::accepted, &chooser, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &chooser, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(sourceLabel);
    row->addWidget(source, 1);
    auto *layout = new QVBoxLayout(&chooser);
    layout->addWidget(explanation);
    layout->addLayout(row);
    layout->addWidget(buttons);
    source->setFocus();
    if (chooser.exec() != QDialog::Accepted)
        return;

    const qint64 sourceId = source->currentData().toLongLong();
    try {
        const Rubric copy = m_service.copyForYear(m_year, sourceId);
        reload(copy.id);
    } catch (const ValidationError &error) {
        showError(tr("Rubric not copied"), error.message());
        return;
    } catch (const StorageError &error) {
        showError(tr("Rubric not copied"), error.message());
        return;
    }
    m_view->setFocus();
    Q_EMIT rubricChanged(m_year);
}

void RubricEditorDialog::useChosenRubric()
{
    const qint64 id = m_rubricCombo->currentData().toLongLong();
    if (id == m_yearRubric.id)
        return;
    try {
        m_service.assign(m_year, id);
        reload(id);
    } catch (const ValidationError &error) {
        showError(tr("Rubric not changed"), error.message());
        return;
    } catch (const StorageError &error) {
        showError(tr("Rubric not changed"), error.message());
        return;
    }
    Q_EMIT rubricChanged(m_year);
}

void RubricEditorDialog::accept()
{
    commitOpenEditor();
    if (!m_editable || !isModified()) {
        QDialog::accept();
        return;
    }
    revalidate();
    updateButtons();
    if (!isInputValid()) {
        showError(tr("Rubric not saved"), tr("Correct the cells marked in red first:") + QLatin1Char('\n') +
                                              problems().join(QLatin1Char('\n')));
        return;
    }
    try {
        m_service.update(editedRubric());
    } catch (const ValidationError &error) {
        showIssues(error.issues());
        updateButtons();
        showError(tr("Rubric not saved"),
                  tr("The rubric was not saved; nothing was changed.") + QStringLiteral("\n\n") + error.message());
        return;
    } catch (const StorageError &error) {
        showError(tr("Rubric not saved"), error.message());
        return;
    }
    Q_EMIT rubricChanged(m_year);
    QDialog::accept();
}

void RubricEditorDialog::reject()
{
    commitOpenEditor();
    if (isModified() && !confirmDiscard())
        return;
    QDialog::reject();
}
