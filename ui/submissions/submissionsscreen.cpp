#include "submissionsscreen.h"

#include "commands/savesubmissioncommand.h"
#include "commands/undofailurenotice.h"
#include "domain/rolescreens.h"
#include "domain/storageerror.h"
#include "domain/submissionstatus.h"
#include "domain/validationissue.h"
#include "domain/vietnamesecollator.h"
#include "imports/submissiontemplate.h"
#include "services/changehub.h"
#include "services/serverservice.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "services/submissionvalidator.h"
#include "submissioneditordialog.h"
#include "submissionfiltermodel.h"
#include "submissionhistoryview.h"
#include "submissiontablemodel.h"
#include "submissionworkbooks.h"
#include "widgets/evidenceopener.h"
#include "widgets/saveconflict.h"
#include "widgets/savefiledialog.h"
#include "widgets/screenrefresh.h"
#include "widgets/waitcursor.h"
#include "widgets/yearcombo.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
const QString kLastDirectoryKey = QStringLiteral("submissions/lastDirectory");

QString lastDirectory()
{
    return QSettings()
        .value(kLastDirectoryKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void rememberDirectory(const QString &path)
{
    QSettings().setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
}
} // namespace

SubmissionsScreen::SubmissionsScreen(Services &services, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_services(services), m_service(services.submissions()), m_undoStack(undoStack),
      m_evidenceOpener(std::make_unique<EvidenceOpener>(services.submissions())),
      m_model(new SubmissionTableModel(this)), m_proxy(new SubmissionFilterModel(this)), m_yearBox(new QComboBox(this)),
      m_counts(new QLabel(this)), m_lock(new QLabel(this)), m_filter(new QLineEdit(this)),
      m_status(new QComboBox(this)), m_group(new QComboBox(this)), m_view(new QTreeView(this)),
      m_shown(new QLabel(this)), m_workbooks(new SubmissionWorkbooks(m_service, this)),
      m_ownUnit(RoleScreens::isOwnUnitOnly(services.server().role()))
{
    QHBoxLayout *header = createHeader();
    QToolBar *toolBar = createToolBar();
    QHBoxLayout *filters = createFilters();
    setUpView();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(toolBar);
    m_filters = new QWidget(this);
    filters->setContentsMargins(0, 0, 0, 0);
    m_filters->setLayout(filters);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_shown);
    // A unit's login sees its own row only: nothing to find or filter.
    m_filters->setVisible(!m_ownUnit);
    m_shown->setVisible(!m_ownUnit);

    connectSignals();
    setFocusProxy(m_view);

    fillYears();
    setInitialColumnWidths();
    // Data this screen shows, changed elsewhere (another screen, an import, an undo):
    // reloaded at once when visible, else when shown.
    auto *refresh = new ScreenRefresh(
        this, m_services.changes(),
        [this](const DataChange &c) {
            return c.concerns(DataChange::Kind::Units, m_year) || c.concerns(DataChange::Kind::YearSettings, m_year) ||
                   c.concerns(DataChange::Kind::Rubrics, m_year);
        },
        [this] { reload(); });
    refresh->keepScrollOf(m_view);
}

SubmissionsScreen::~SubmissionsScreen() = default;

// The year box, the counts and the lock sign above the table.
QHBoxLayout *SubmissionsScreen::createHeader()
{
    m_yearBox->setObjectName(QStringLiteral("submissionYear"));
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearBox);
    m_counts->setObjectName(QStringLiteral("submissionCounts"));
    QFont countsFont = m_counts->font();
    countsFont.setBold(true);
    m_counts->setFont(countsFont);
    m_lock->setObjectName(QStringLiteral("submissionLock"));
    const int iconSize = fontMetrics().height();
    m_lock->setText(QStringLiteral("<img src=\":/icons/lock.svg\" width=\"%1\" height=\"%1\" style=\"vertical-align: "
                                   "middle\"> %2")
                        .arg(iconSize)
                        .arg(tr("Year locked").toHtmlEscaped()));
    m_lock->setTextFormat(Qt::RichText);
    m_lock->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(yearLabel);
    header->addWidget(m_yearBox);
    header->addSpacing(16);
    header->addWidget(m_counts, 1);
    header->addWidget(m_lock);
    return header;
}

QToolBar *SubmissionsScreen::createToolBar()
{
    const int iconSize = fontMetrics().height();
    auto *toolBar = new QToolBar(this);
    toolBar->setIconSize(QSize(iconSize, iconSize));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    createActions();
    toolBar->addAction(m_editAction);
    toolBar->addSeparator();
    toolBar->addAction(m_importAction);
    toolBar->addAction(m_exportAction);
    toolBar->addAction(m_templateAction);
    toolBar->addAction(m_workbooks->writeAction());
    // The offices send each unit its workbook; a unit's login fills its own template in.
    m_workbooks->writeAction()->setVisible(!m_ownUnit);
    // An undo of an earlier edit would now write over imported values: an import starts a
    // new undo history. The screen shows the year the files were for.
    connect(m_workbooks, &SubmissionWorkbooks::imported, this, [this](int year) {
        if (m_undoStack)
            m_undoStack->clear();
        if (year > 0 && year != m_year && m_yearBox->findData(year) >= 0)
            setYear(year);
        else
            reload();
    });
    connect(m_workbooks, &SubmissionWorkbooks::statusMessage, this, &SubmissionsScreen::statusMessage);
    return toolBar;
}

// The text, status and group filters.
QHBoxLayout *SubmissionsScreen::createFilters()
{
    m_filter->setObjectName(QStringLiteral("submissionFilter"));
    m_filter->setPlaceholderText(tr("Unit name, code or document number (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Find:"), this);
    filterLabel->setBuddy(m_filter);
    m_status->setObjectName(QStringLiteral("submissionStatusFilter"));
    m_status->addItem(tr("All statuses"), int(SubmissionFilterModel::AllStatuses));
    m_status->addItem(tr("Missing"), int(SubmissionFilterModel::MissingOnly));
    m_status->addItem(tr("Received"), int(SubmissionFilterModel::ReceivedOnly));
    m_status->addItem(tr("Late"), int(SubmissionFilterModel::LateOnly));
    m_status->addItem(tr("Returned"), int(SubmissionFilterModel::ReturnedOnly));
    m_status->addItem(tr("Verified"), int(SubmissionFilterModel::VerifiedOnly));
    m_status->setItemData(2, tr("Received on time or late, whatever the status"), Qt::ToolTipRole);
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    m_group->setObjectName(QStringLiteral("submissionGroupFilter"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_group);

    auto *filters = new QHBoxLayout;
    filters->addWidget(filterLabel);
    filters->addWidget(m_filter, 1);
    filters->addSpacing(8);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(8);
    filters->addWidget(groupLabel);
    filters->addWidget(m_group);
    return filters;
}

void SubmissionsScreen::setUpView()
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("submissionView"));
    m_view->setSortingEnabled(true);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setRootIsDecorated(false);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->sortByColumn(SubmissionTableModel::UnitColumn, Qt::AscendingOrder);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(SubmissionTableModel::UnitColumn, QHeaderView::Stretch);
}

void SubmissionsScreen::connectSignals()
{
    connect(m_yearBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_yearBox->currentIndex() >= 0)
            setYear(m_yearBox->currentData().toInt());
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateCounts();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(SubmissionFilterModel::StatusFilter(m_status->currentData().toInt()));
        updateCounts();
    });
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setGroup(m_group->currentData().toString());
        updateCounts();
    });
    connect(m_view, &QTreeView::activated, this, &SubmissionsScreen::onEditClicked);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SubmissionsScreen::updateActions);
    connect(&m_service, &SubmissionService::submissionSaved, this, &SubmissionsScreen::onSubmissionSaved);
    connect(&m_service, &SubmissionService::yearChanged, this, &SubmissionsScreen::onYearChanged);
    connect(
        this, &SubmissionsScreen::undoFailed, this,
        [this](const QString &message) {
            Q_EMIT statusMessage(message);
            UndoFailureNotice::show(this, message);
        },
        Qt::QueuedConnection);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
}

SubmissionEditorDialog *SubmissionsScreen::editor() const
{
    return m_editor;
}

void SubmissionsScreen::createActions()
{
    m_editAction = new QAction(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Edit…"), this);
    m_editAction->setObjectName(QStringLiteral("editSubmission"));
    m_editAction->setToolTip(tr("Record or correct the selected unit's submission (Enter, or double-click the row)"));
    connect(m_editAction, &QAction::triggered, this, &SubmissionsScreen::onEditClicked);
    m_importAction = new QAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import…"), this);
    m_importAction->setObjectName(QStringLiteral("importSubmissions"));
    connect(m_importAction, &QAction::triggered, this, &SubmissionsScreen::onImportClicked);
    m_exportAction = new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("E&xport…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportSubmissions"));
    m_exportAction->setToolTip(tr("Save this table as a spreadsheet (XLSX or CSV)"));
    connect(m_exportAction, &QAction::triggered, this, &SubmissionsScreen::onExportClicked);
    m_templateAction = new QAction(QIcon(QStringLiteral(":/icons/template.svg")), tr("Import &template…"), this);
    m_templateAction->setObjectName(QStringLiteral("importTemplate"));
    m_templateAction->setToolTip(
        tr("Save the year's import template: one row per active unit, to fill in and import (XLSX or CSV)"));
    connect(m_templateAction, &QAction::triggered, this, &SubmissionsScreen::onTemplateClicked);
}

void SubmissionsScreen::fillYears()
{
    const int year = YearCombo::fill(m_yearBox, m_service.years(), m_year);
    if (year == 0) {
        m_year = 0;
        m_counts->setText(tr("No year has settings yet"));
        updateActions();
        return;
    }
    setYear(year);
}

void SubmissionsScreen::setYear(int year)
{
    if (year == m_year && m_model->year() == year)
        return;
    m_year = year;
    if (m_yearBox->currentData().toInt() != year) {
        const QSignalBlocker blocker(m_yearBox);
        m_yearBox->setCurrentIndex(m_yearBox->findData(year));
    }
    reload();
}

void SubmissionsScreen::reload()
{
    if (m_year <= 0)
        return;
    const qint64 current = currentUnitId();
    try {
        const WaitCursor wait;
        m_overview = m_service.overview(m_year);
    } catch (const StorageError &error) {
        m_overview = SubmissionOverview();
        QMessageBox::warning(this, tr("Submissions"), error.message());
    }
    m_context.reset();
    m_model->setOverview(m_overview);
    fillGroups();
    updateCounts();
    if (current > 0)
        selectUnit(current);
    else if (m_ownUnit && m_model->rowCount() == 1)
        m_view->setCurrentIndex(m_proxy->index(0, 0)); // its own row: Enter opens it
    updateActions();
}

void SubmissionsScreen::fillGroups()
{
    const QString chosen = m_group->currentData().toString();
    QStringList groups;
    for (const SubmissionOverviewRow &row : std::as_const(m_overview.rows))
        if (!row.unit.group.isEmpty() && !groups.contains(row.unit.group))
            groups.append(row.unit.group);
    std::sort(groups.begin(), groups.end(), VietnameseCollator());
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    m_group->addItem(tr("All groups"), QString());
    for (const QString &group : std::as_const(groups))
        m_group->addItem(group, group);
    const int index = m_group->findData(chosen);
    m_group->setCurrentIndex(std::max(0, index));
    m_proxy->setGroup(m_group->currentData().toString());
}

void SubmissionsScreen::updateCounts()
{
    if (m_ownUnit) {
        updateOwnUnitHeader();
        return;
    }
    if (m_year > 0)
        m_counts->setText(tr("Received %1 of %2 · Late %3 · Missing %4")
                              .arg(m_overview.received)
                              .arg(m_overview.rows.size())
                              .arg(m_overview.late)
                              .arg(m_overview.missing) +
                          (m_overview.covered > 0
                               ? QStringLiteral(" · ") + tr("Covered by former units %1").arg(m_overview.covered)
                               : QString()));
    m_counts->setToolTip(
        tr("Deadline for units: %1").arg(SubmissionValidator::formatDate(m_overview.settings.unitDeadline)));
    m_shown->setText(tr("%n unit(s) shown", nullptr, m_proxy->rowCount()));
    const bool locked = m_overview.settings.locked;
    m_lock->setVisible(locked);
    m_lock->setToolTip(locked ? tr("The year %1 is locked: its submissions cannot be changed.").arg(m_year)
                              : QString());
}

// A unit's own submission: its deadline, and whether the year is still open for it.
void SubmissionsScreen::updateOwnUnitHeader()
{
    const bool locked = m_overview.settings.locked;
    const QString deadline = SubmissionValidator::formatDate(m_overview.settings.unitDeadline);
    if (m_year <= 0)
        m_counts->clear();
    else if (m_overview.rows.isEmpty())
        m_counts->setText(tr("Your unit has no submission to make for %1.").arg(m_year));
    else if (locked)
        m_counts->setText(tr("Deadline %1 · Locked by the council: read only").arg(deadline));
    else
        m_counts->setText(tr("Deadline %1 · Open: your unit enters and corrects its submission").arg(deadline));
    m_counts->setToolTip(locked ? readOnlyReason() : tr("Deadline for units: %1").arg(deadline));
    m_lock->setVisible(locked);
    m_lock->setToolTip(locked ? readOnlyReason() : QString());
}

QString SubmissionsScreen::readOnlyReason() const
{
    if (const QString why = m_services.changeRefusal(ChangeArea::Submissions); !why.isEmpty())
        return why;
    if (m_overview.settings.locked && m_ownUnit)
        return tr("The year %1 is locked by the council (Văn phòng Sở): your unit's submission can no longer be "
                  "changed. Ask the department's office if something must be corrected.")
            .arg(m_year);
    if (m_overview.settings.locked)
        return tr("The year %1 is locked: its submissions cannot be changed.").arg(m_year);
    return QString();
}

void SubmissionsScreen::updateActions()
{
    const QString readOnly = readOnlyReason();
    const bool haveYear = m_year > 0 && !m_overview.rows.isEmpty();
    m_editAction->setEnabled(currentUnitId() > 0);
    m_editAction->setText(readOnly.isEmpty() ? tr("&Edit…") : tr("&View…"));
    if (m_ownUnit)
        m_editAction->setToolTip(readOnly.isEmpty()
                                     ? tr("Enter or correct your unit's submission for %1 (Enter, or double-click the "
                                          "row)")
                                           .arg(m_year)
                                     : readOnly);
    m_importAction->setEnabled(haveYear && readOnly.isEmpty());
    m_importAction->setToolTip(readOnly.isEmpty()
                                   ? tr("Import a filled-in template (XLSX or CSV). Imports are not on the undo stack: "
                                        "Edit ▸ Undo does not take them back, and importing clears the undo history.")
                                   : readOnly);
    m_exportAction->setEnabled(haveYear);
    m_templateAction->setEnabled(haveYear);
    m_workbooks->setYear(haveYear ? m_year : 0, readOnly);
}

void SubmissionsScreen::setInitialColumnWidths()
{
    const QFontMetrics metrics = m_view->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    const auto fit = [this, &metrics, em](int column, const QString &sample) {
        const int header = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        m_view->setColumnWidth(column, std::max(metrics.horizontalAdvance(sample), header) + em * 2);
    };
    fit(SubmissionTableModel::StatusColumn, SubmissionStatus::label(QStringLiteral("returned"))); // the longest
    fit(SubmissionTableModel::ReceivedColumn, QStringLiteral("00/00/0000"));
    fit(SubmissionTableModel::TimelinessColumn, tr("On time"));
    fit(SubmissionTableModel::IndicatorsColumn, QStringLiteral("00/00"));
    fit(SubmissionTableModel::SelfScoreColumn, QStringLiteral("100,00"));
    fit(SubmissionTableModel::DocumentNumberColumn, QStringLiteral("00/BC-TTVHTT-TPTN"));
}

const YearContext &SubmissionsScreen::context()
{
    if (!m_context || m_context->year != m_year)
        m_context = m_service.context(m_year);
    return *m_context;
}

qint64 SubmissionsScreen::currentUnitId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(SubmissionTableModel::UnitIdRole).toLongLong() : 0;
}

void SubmissionsScreen::selectUnit(qint64 unitId)
{
    const int row = m_model->rowOfUnit(unitId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void SubmissionsScreen::showUnit(qint64 unitId)
{
    const int row = m_model->rowOfUnit(unitId);
    if (row < 0)
        return;
    if (!m_proxy->mapFromSource(m_model->index(row, 0)).isValid()) {
        // Hidden by a filter: show everything (the combo boxes' signals reset the proxy).
        m_filter->clear();
        m_status->setCurrentIndex(0);
        m_group->setCurrentIndex(0);
    }
    selectUnit(unitId);
    m_view->scrollTo(m_view->currentIndex());
}

void SubmissionsScreen::onEditClicked()
{
    if (const qint64 unitId = currentUnitId(); unitId > 0)
        editUnit(unitId);
}

void SubmissionsScreen::editUnit(qint64 unitId, int page)
{
    if (m_editor)
        return; // one editor at a time
    SubmissionEditorDialog *editor = nullptr;
    try {
        const Submission submission = m_service.load(unitId, m_year);
        const QList<AuditEntry> history = submission.id > 0 ? m_service.history(submission.id) : QList<AuditEntry>();
        editor = new SubmissionEditorDialog(context(), submission, history, this);
    } catch (const ValidationError &error) {
        QMessageBox::warning(this, tr("Submissions"), error.message());
        return;
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Submissions"), error.message());
        return;
    }
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (const QString reason = readOnlyReason(); !reason.isEmpty())
        editor->setReadOnly(reason);
    else if (m_ownUnit)
        editor->keepOfficeFields(tr("The department's office records when it received your submission and whether "
                                    "it was checked."));
    connect(editor, &SubmissionEditorDialog::saveRequested, this, &SubmissionsScreen::onSaveRequested);
    connect(editor, &SubmissionEditorDialog::evidenceOpenRequested, this, &SubmissionsScreen::onEvidenceOpenRequested);
    // The files the unit's submission was imported from, openable from its history.
    QList<ImportedFile> files = m_service.importedFilesOfUnit(unitId);
    files.removeIf([this](const ImportedFile &f) { return f.year != m_year; });
    editor->historyView()->addImportedFiles(files);
    connect(editor->historyView(), &SubmissionHistoryView::importedFileOpenRequested, this,
            [this](const ImportedFile &file) {
                Evidence copy{0, 0, file.name, {}, file.size, file.sha256, file.importedAt, {}};
                copy.content = m_service.importedFileContent(file.id);
                onEvidenceOpenRequested(copy);
            });
    m_editor = editor;
    editor->showPage(SubmissionEditorDialog::Page(page));
    editor->open();
}

void SubmissionsScreen::onSaveRequested(const Submission &edited)
{
    SubmissionEditorDialog *editor = m_editor;
    if (!editor)
        return;
    const Submission before = editor->original();
    Submission stored;
    try {
        stored = m_service.save(edited);
    } catch (const ValidationError &error) {
        editor->showIssues(error.issues());
        return;
    } catch (const StorageError &error) {
        if (error.kind() == StorageError::Kind::Conflict)
            resolveConflict(editor, error.message(), edited);
        else
            QMessageBox::warning(editor, tr("Cannot save"), error.message());
        return;
    }
    const int row = m_model->rowOfUnit(stored.unitId);
    const QString unitName = row >= 0 ? m_model->overviewRow(row).unit.name : QString::number(stored.unitId);
    if (m_undoStack && SubmissionService::differs(before, stored)) {
        const QPointer<SubmissionsScreen> screen(this);
        m_undoStack->push(
            new SaveSubmissionCommand(m_service, before, stored, unitName, [screen](const QString &message) {
                if (screen)
                    Q_EMIT screen->undoFailed(message);
            }));
    }
    editor->markSaved();
    Q_EMIT statusMessage(tr("Saved the submission of %1").arg(unitName));
}

// Someone else saved the same submission after the editor opened: the clerk sees what
// differs and chooses; the edits stay in the editor unless they choose to reload.
void SubmissionsScreen::resolveConflict(SubmissionEditorDialog *editor, const QString &reason, const Submission &edited)
{
    Submission theirs;
    try {
        theirs = m_service.load(edited.unitId, edited.year);
    } catch (const StorageError &error) {
        QMessageBox::warning(editor, tr("Cannot save"), error.message());
        return;
    }
    switch (SaveConflict::ask(editor, reason, context(), theirs, edited)) {
    case SaveConflict::Choice::KeepEditing:
        return;
    case SaveConflict::Choice::Reload:
        editor->discard();
        m_editor = nullptr;
        editUnit(edited.unitId);
        return;
    case SaveConflict::Choice::Overwrite: {
        Submission mine = edited;
        mine.id = theirs.id;
        mine.version = theirs.version;
        onSaveRequested(mine);
        return;
    }
    }
}

void SubmissionsScreen::onSubmissionSaved(qint64 unitId, int year)
{
    // While an import's preview is open, the rows it saves are not read one by one: the
    // year is, once, when it is accepted.
    if (year != m_year || m_workbooks->dialog())
        return;
    // Only the unit's line is read again; the counts follow from the rows.
    for (SubmissionOverviewRow &row : m_overview.rows) {
        if (row.unit.id != unitId)
            continue;
        try {
            row = m_service.overviewRow(row.unit, m_overview.settings);
        } catch (const StorageError &error) {
            Q_EMIT statusMessage(error.message());
            return;
        }
        m_model->updateRow(row);
    }
    m_overview.recount();
    updateCounts();
    updateActions();
}

void SubmissionsScreen::onYearChanged(int year)
{
    if (m_workbooks->dialog())
        return;
    if (m_service.years().size() != m_yearBox->count()) {
        fillYears();
        return;
    }
    if (year == m_year)
        reload();
}

QString SubmissionsScreen::askSaveFileName(const QString &title, const QString &suggestedName)
{
    return SaveFileDialog::ask(
        this, title, kLastDirectoryKey, suggestedName,
        {{tr("Excel workbook (*.xlsx)"), QStringLiteral(".xlsx")}, {tr("CSV, UTF-8 (*.csv)"), QStringLiteral(".csv")}});
}

void SubmissionsScreen::onExportClicked()
{
    const QString path =
        askSaveFileName(tr("Export submissions"), QStringLiteral("xhht-nop-bao-cao-%1.xlsx").arg(m_year));
    if (!path.isEmpty())
        exportTo(path);
}

bool SubmissionsScreen::exportTo(const QString &path)
{
    QString error;
    {
        const WaitCursor wait;
        error = SubmissionTemplate::writeOverview(path, m_overview);
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("Cannot write %1:\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    Q_EMIT statusMessage(tr("Exported the submissions of %1 to %2").arg(m_year).arg(QDir::toNativeSeparators(path)));
    return true;
}

void SubmissionsScreen::onTemplateClicked()
{
    const QString path =
        askSaveFileName(tr("Save the import template"), QStringLiteral("xhht-mau-nhap-%1.xlsx").arg(m_year));
    if (!path.isEmpty())
        writeTemplateTo(path);
}

bool SubmissionsScreen::writeTemplateTo(const QString &path)
{
    QString error;
    try {
        const WaitCursor wait;
        error = SubmissionTemplate::writeTemplate(path, context());
    } catch (const ValidationError &problem) {
        error = problem.message();
    } catch (const StorageError &problem) {
        error = problem.message();
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Template not saved"),
                             tr("Cannot write %1:\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    Q_EMIT statusMessage(tr("Saved the import template of %1 to %2").arg(m_year).arg(QDir::toNativeSeparators(path)));
    return true;
}

void SubmissionsScreen::onImportClicked()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import submissions"), lastDirectory(),
                                                            tr("Spreadsheets (*.xlsx *.xls *.ods *.csv)"));
    if (paths.isEmpty())
        return;
    rememberDirectory(paths.first());
    m_workbooks->importPaths(paths); // one file or many: the same preview
}

void SubmissionsScreen::onEvidenceOpenRequested(const Evidence &evidence)
{
    if (const QString problem = m_evidenceOpener->open(evidence); !problem.isEmpty())
        QMessageBox::warning(m_editor ? static_cast<QWidget *>(m_editor) : this, tr("Cannot open the file"), problem);
}
