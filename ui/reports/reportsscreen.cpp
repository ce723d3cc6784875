#include "reportsscreen.h"

#include "commands/savereporttextcommand.h"
#include "commands/undofailurenotice.h"
#include "domain/storageerror.h"
#include "domain/validationissue.h"
#include "recognitiondossierpanel.h"
#include "reminderdeadlinefield.h"
#include "reportgaplist.h"
#include "reports/reminderletterdocument.h"
#include "reports/reportdrafts.h"
#include "reports/summaryreportdocument.h"
#include "reportsectioneditor.h"
#include "services/annualreportservice.h"
#include "services/changehub.h"
#include "services/organisationservice.h"
#include "services/planservice.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "submissions/submissioneditordialog.h"
#include "widgets/deadlinetext.h"
#include "widgets/reportdocumentfields.h"
#include "widgets/reportexporter.h"
#include "widgets/saveconflict.h"
#include "widgets/screenrefresh.h"
#include "widgets/unsavedquestion.h"
#include "widgets/waitcursor.h"
#include "widgets/yearcombo.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QShowEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

const QString kProblemStyle = QStringLiteral("QLabel { color: #8e1b1b; background: #fdecea; border: 1px solid #f5c2c0; "
                                             "border-radius: 3px; padding: 4px 8px; }");

QString dmy(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QDate deadlineOf(const AnnualReport &report)
{
    return report.reportDeadline().isValid() ? report.reportDeadline() : QDate(report.year, 12, 10);
}

QString sectionNames(const QList<ReportSection> &sections)
{
    QStringList names;
    for (const ReportSection section : sections)
        names.append(QStringLiteral("“%1”").arg(AnnualReportService::sectionTitle(section)));
    return names.join(QStringLiteral(", "));
}

} // namespace

ReportsScreen::ReportsScreen(Services &services, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_services(services), m_service(services.submissions()), m_undoStack(undoStack),
      m_exporter(std::make_unique<ReportExporter>(this)), m_yearBox(new QComboBox(this)), m_deadline(new QLabel(this)),
      m_counts(new QLabel(this)), m_message(new QLabel(this)), m_gaps(new ReportGapList(this)),
      m_sections(new ReportSectionEditor(this)), m_fields(new ReportDocumentFields(this)),
      m_reminderDeadline(new ReminderDeadlineField(this)),
      m_dossiers(new RecognitionDossierPanel(services.recognition(), services.changes(), undoStack,
                                             !services.mayChange(ChangeArea::Dossiers), this)),
      m_lists(new QTabWidget(this))
{
    m_yearBox->setObjectName(QStringLiteral("reportYear"));
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearBox);
    m_deadline->setObjectName(QStringLiteral("reportDeadline"));
    m_counts->setObjectName(QStringLiteral("reportCounts"));
    m_counts->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(kProblemStyle);
    m_message->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(yearLabel);
    header->addWidget(m_yearBox);
    header->addSpacing(16);
    header->addWidget(m_deadline);
    header->addStretch(1);

    createActions();
    const int iconSize = fontMetrics().height();
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("reportToolBar"));
    toolBar->setIconSize(QSize(iconSize, iconSize));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_previewAction);
    toolBar->addAction(m_pdfAction);
    toolBar->addAction(m_odtAction);
    toolBar->addSeparator();
    toolBar->addAction(m_reminderAction);
    auto *reminderButton = qobject_cast<QToolButton *>(toolBar->widgetForAction(m_reminderAction));
    if (reminderButton)
        reminderButton->setPopupMode(QToolButton::InstantPopup);
    // Tool buttons leave out the actions' mnemonics: Alt+letter works on the whole screen.
    for (QAction *action : {m_previewAction, m_pdfAction, m_odtAction, m_reminderAction}) {
        action->setShortcut(QKeySequence::mnemonic(action->text()));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_reminderAction, &QAction::triggered, this, [reminderButton] {
        if (reminderButton)
            reminderButton->showMenu();
    });

    m_fields->setDate(m_service.today());
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    // What the report lacks, and in a year evaluated by levels the recognition dossiers
    // beside it as a second tab: the left column keeps a laptop's height and width.
    m_lists->setObjectName(QStringLiteral("reportLists"));
    m_lists->setDocumentMode(true);
    m_lists->setTabBarAutoHide(true);
    m_lists->addTab(m_gaps, tr("Report"));
    m_dossiers->hide();
    leftLayout->addWidget(m_lists, 1);
    leftLayout->addWidget(m_fields);
    leftLayout->addWidget(m_reminderDeadline);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("reportSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_sections);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    splitter->setSizes({em * 26, em * 64});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_counts);
    layout->addWidget(toolBar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_yearBox, &QComboBox::currentIndexChanged, this, &ReportsScreen::onYearChosen);
    connect(m_gaps, &ReportGapList::gapActivated, this, &ReportsScreen::onGapActivated);
    connect(m_sections, &ReportSectionEditor::saveRequested, this, &ReportsScreen::saveSection);
    connect(m_sections, &ReportSectionEditor::draftRequested, this, &ReportsScreen::returnToDraft);
    connect(&m_service, &SubmissionService::submissionSaved, this, &ReportsScreen::onSubmissionSaved);
    connect(&m_service, &SubmissionService::yearChanged, this, &ReportsScreen::onYearChanged);
    connect(m_fields->dateEdit(), &QDateEdit::dateChanged, this, &ReportsScreen::updateReminderDeadline);
    connect(&m_services.organisation(), &OrganisationService::organisationChanged, this, [this] {
        try {
            m_fields->setOrganisation(m_services.organisation().settings());
        } catch (const StorageError &) {
            // The fields keep what they had; making a document will tell what is wrong.
        }
    });
    connect(
        this, &ReportsScreen::undoFailed, this,
        [this](const QString &message) {
            showProblem(message);
            UndoFailureNotice::show(this, message);
        },
        Qt::QueuedConnection);
    connect(m_dossiers, &RecognitionDossierPanel::statusMessage, this, &ReportsScreen::statusMessage);
    connect(m_dossiers, &RecognitionDossierPanel::applicableChanged, this, &ReportsScreen::showDossiers);
    m_sections->setReadOnlyReason(readOnlyReason());
    setFocusProxy(m_gaps);
    fillYears();
    // Data this screen shows, changed elsewhere (another screen, an import, an undo):
    // reloaded at once when visible, else when shown.
    new ScreenRefresh(
        this, m_services.changes(),
        [this](const DataChange &c) {
            return c.concerns(DataChange::Kind::Units, m_year) || c.concerns(DataChange::Kind::YearSettings, m_year) ||
                   c.concerns(DataChange::Kind::Rubrics, m_year) ||
                   c.concerns(DataChange::Kind::Commendations, m_year) || c.concerns(DataChange::Kind::Tasks, m_year);
        },
        [this] { reload(); });
}

ReportsScreen::~ReportsScreen() = default;

void ReportsScreen::createActions()
{
    m_previewAction = new QAction(QIcon(QStringLiteral(":/icons/report.svg")), tr("&Preview and print…"), this);
    m_previewAction->setObjectName(QStringLiteral("previewReport"));
    m_previewAction->setToolTip(tr("The summary report as it will be printed (Decree 30/2020), with the printer "
                                   "one click away"));
    connect(m_previewAction, &QAction::triggered, this, &ReportsScreen::previewSummary);
    m_pdfAction = new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("E&xport PDF…"), this);
    m_pdfAction->setObjectName(QStringLiteral("exportReportPdf"));
    m_pdfAction->setToolTip(tr("Save the summary report as a PDF, to send to the Department of Education and "
                               "Training"));
    connect(m_pdfAction, &QAction::triggered, this, &ReportsScreen::exportPdf);
    m_odtAction = new QAction(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Export &ODT…"), this);
    m_odtAction->setObjectName(QStringLiteral("exportReportOdt"));
    m_odtAction->setToolTip(tr("Save the summary report as an OpenDocument text, to finish it in Word or "
                               "LibreOffice"));
    connect(m_odtAction, &QAction::triggered, this, &ReportsScreen::exportOdt);

    m_reminderAction = new QAction(QIcon(QStringLiteral(":/icons/submissions.svg")), tr("Re&minder letter…"), this);
    m_reminderAction->setObjectName(QStringLiteral("reminderLetter"));
    auto *menu = new QMenu(this);
    m_reminderPreviewAction = menu->addAction(tr("Pre&view and print…"), this, &ReportsScreen::previewReminder);
    m_reminderPreviewAction->setObjectName(QStringLiteral("previewReminder"));
    m_reminderPdfAction = menu->addAction(tr("Export P&DF…"), this, &ReportsScreen::exportReminderPdf);
    m_reminderPdfAction->setObjectName(QStringLiteral("exportReminderPdf"));
    m_reminderAction->setMenu(menu);
}

QString ReportsScreen::readOnlyReason() const
{
    return m_services.changeRefusal(ChangeArea::ReportTexts);
}

void ReportsScreen::showDossiers(bool applicable)
{
    const int index = m_lists->indexOf(m_dossiers);
    if (!applicable) {
        if (index >= 0)
            m_lists->removeTab(index);
        m_dossiers->hide();
        return;
    }
    if (index < 0)
        m_lists->addTab(m_dossiers, m_dossiers->tabText());
    else
        m_lists->setTabText(index, m_dossiers->tabText());
    m_lists->setTabToolTip(m_lists->indexOf(m_dossiers), m_dossiers->title());
}

void ReportsScreen::fillYears()
{
    const int year = YearCombo::fill(m_yearBox, m_service.years(), m_year > 0 ? m_year : m_service.today().year());
    if (year == 0) {
        m_year = 0;
        m_report = AnnualReport();
        m_deadline->setText(tr("No year has settings yet"));
        m_counts->clear();
        m_dossiers->setYear(0);
        updateActions();
        return;
    }
    m_year = year;
    reload();
}

bool ReportsScreen::setYear(int year)
{
    if (year == m_year && !m_stale)
        return true;
    if (year != m_year && !confirmLeave()) {
        const QSignalBlocker blocker(m_yearBox);
        m_yearBox->setCurrentIndex(m_yearBox->findData(m_year));
        return false;
    }
    m_year = year;
    if (m_yearBox->currentData().toInt() != year) {
        const QSignalBlocker blocker(m_yearBox);
        m_yearBox->setCurrentIndex(m_yearBox->findData(year));
    }
    reload();
    return true;
}

void ReportsScreen::onYearChosen()
{
    if (m_yearBox->currentIndex() >= 0)
        setYear(m_yearBox->currentData().toInt());
}

void ReportsScreen::reload()
{
    if (m_year <= 0)
        return;
    m_stale = false;
    OrganisationSettings organisation;
    QString problem;
    try {
        const WaitCursor wait;
        AnnualReportService &service = m_services.annualReports();
        service.setToday(m_service.today());
        m_report = ReportDrafts::load(service, m_year);
        organisation = m_services.plan().organisation();
    } catch (const ValidationError &error) {
        problem = error.message();
    } catch (const StorageError &error) {
        problem = error.message();
    }
    if (!problem.isEmpty()) {
        // Nothing to make a document from: the actions wait for a report that loads.
        m_report = AnnualReport();
        updateActions();
        showProblem(problem);
        return;
    }
    m_message->hide();
    m_fields->setOrganisation(organisation);
    if (m_report.year != m_reminderYear) {
        m_reminderDeadline->reset();
        m_reminderYear = m_report.year;
    }
    updateReminderDeadline();
    QHash<qint64, QString> shortNames;
    for (const SubmissionOverviewRow &row : std::as_const(m_report.overview.rows))
        shortNames.insert(row.unit.id, row.unit.shortName);
    m_gaps->setGaps(AnnualReportService::gaps(m_report), shortNames);
    m_dossiers->setYear(m_year);
    m_sections->setReport(m_report);
    updateHeader();
    updateActions();
}

void ReportsScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Coming back to the screen: the settings or the ranking may have changed meanwhile.
    if (m_stale || (!event->spontaneous() && m_shown))
        reload();
    m_shown = true;
}

void ReportsScreen::updateHeader()
{
    DeadlineText::show(m_deadline, m_report.today, deadlineOf(m_report));
    m_counts->setText(tr("Units expected: %1 · Received: %2 (on time %3, late %4) · Missing: %5")
                          .arg(m_report.expected())
                          .arg(m_report.submitted())
                          .arg(m_report.onTime())
                          .arg(m_report.late())
                          .arg(m_report.missing()));
    m_counts->setToolTip(
        m_report.unitDeadline().isValid() ? tr("Deadline for units: %1").arg(dmy(m_report.unitDeadline())) : QString());
}

void ReportsScreen::updateActions()
{
    const bool haveReport = m_year > 0 && m_report.year == m_year && m_report.expected() > 0;
    for (QAction *action : {m_previewAction, m_pdfAction, m_odtAction})
        action->setEnabled(haveReport);
    const bool someoneMissing = haveReport && m_report.missing() > 0;
    m_reminderAction->setEnabled(someoneMissing);
    m_reminderAction->setToolTip(
        someoneMissing ? tr("A letter (công văn đôn đốc) asking the units that sent nothing (%1) to send their report")
                             .arg(m_report.missing())
                       : tr("Every unit has sent its report: there is nobody to remind"));
}

void ReportsScreen::updateReminderDeadline()
{
    if (m_report.year > 0)
        m_reminderDeadline->setDefault(AnnualReportService::defaultReminderDeadline(m_report, m_fields->date()),
                                       m_fields->date());
}

void ReportsScreen::showProblem(const QString &message)
{
    m_message->setText(message);
    m_message->show();
    Q_EMIT statusMessage(message);
}

bool ReportsScreen::hasUnsavedEdits() const
{
    return m_sections->hasUnsavedEdits();
}

bool ReportsScreen::confirmLeave()
{
    const QList<ReportSection> modified = m_sections->modifiedSections();
    if (modified.isEmpty())
        return true;
    switch (UnsavedQuestion::ask(
        this, tr("Unsaved text"),
        tr("The text of %1 in the %2 report is not saved.").arg(sectionNames(modified)).arg(m_year),
        tr("Save it, discard the changes, or keep editing?"), UnsavedQuestion::Offer::SaveOrDiscard)) {
    case QMessageBox::Save:
        for (const ReportSection section : modified)
            if (!saveSection(section))
                return false;
        return true;
    case QMessageBox::Discard:
        for (const ReportSection section : modified)
            m_sections->revert(section);
        return true;
    default:
        return false;
    }
}

bool ReportsScreen::saveSection(ReportSection section)
{
    return writeText(section, m_sections->text(section), m_sections->version(section));
}

bool ReportsScreen::returnToDraft(ReportSection section)
{
    const QString title = AnnualReportService::sectionTitle(section);
    if (!m_sections->isSaved(section)) {
        if (!m_sections->isModified(section))
            return false;
        // Only unsaved changes to drop: nothing is written.
        if (QMessageBox::question(
                this, tr("Back to draft"),
                tr("Discard your changes to “%1” and show the draft written from the data?").arg(title),
                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
            return false;
        m_sections->revert(section);
        return false;
    }
    if (QMessageBox::question(this, tr("Back to draft"),
                              tr("Drop the saved text of “%1” and print the draft written from the data instead?\n"
                                 "Edit ▸ Undo brings the saved text back.")
                                  .arg(title),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    return writeText(section, QString(), m_sections->version(section));
}

bool ReportsScreen::writeText(ReportSection section, const QString &text, int version)
{
    if (const QString reason = readOnlyReason(); !reason.isEmpty()) {
        showProblem(tr("Not saved: %1").arg(reason));
        return false;
    }
    QString before;
    try {
        const WaitCursor wait;
        AnnualReportService &service = m_services.annualReports();
        service.setToday(m_service.today());
        AnnualReport current = service.load(m_year);
        before = current.saved.value(section);
        current.versions.insert(section, version); // as the editor read it, not as stored now
        service.saveText(current, section, text);
    } catch (const ValidationError &error) {
        showProblem(tr("Not saved: %1").arg(error.message()));
        return false;
    } catch (const StorageError &error) {
        if (error.kind() == StorageError::Kind::Conflict)
            return resolveConflict(section, text, error.message());
        showProblem(tr("Not saved: %1").arg(error.message()));
        return false;
    }
    m_sections->markSaved(section);
    reload();
    const QString after = m_report.saved.value(section);
    const QString title = AnnualReportService::sectionTitle(section);
    if (m_undoStack && before != after) {
        const QPointer<ReportsScreen> screen(this);
        m_undoStack->push(new SaveReportTextCommand(
            m_services.annualReports(), m_year, section, before, after,
            [screen](int year, ReportSection changed) {
                if (screen)
                    screen->onTextRestored(year, changed);
            },
            [screen](const QString &message) {
                if (screen)
                    Q_EMIT screen->undoFailed(message);
            }));
    }
    Q_EMIT statusMessage(after.isEmpty() ? tr("“%1” follows the draft written from the data again").arg(title)
                                         : tr("Saved “%1” of the %2 report").arg(title).arg(m_year));
    return true;
}

bool ReportsScreen::resolveConflict(ReportSection section, const QString &text, const QString &reason)
{
    AnnualReport theirs;
    try {
        theirs = m_services.annualReports().load(m_year);
    } catch (const StorageError &error) {
        showProblem(tr("Not saved: %1").arg(error.message()));
        return false;
    }
    const QString title = AnnualReportService::sectionTitle(section);
    switch (SaveConflict::ask(this, reason, SaveConflict::difference(title, theirs.saved.value(section), text))) {
    case SaveConflict::Choice::KeepEditing:
        showProblem(tr("Not saved: “%1” was changed by someone else; your text is still in the editor.").arg(title));
        return false;
    case SaveConflict::Choice::Reload:
        reload();
        m_sections->revert(section);
        Q_EMIT statusMessage(tr("Showing the text of “%1” as saved by someone else").arg(title));
        return false;
    case SaveConflict::Choice::Overwrite:
        break;
    }
    return writeText(section, text, theirs.versions.value(section));
}

void ReportsScreen::onTextRestored(int year, ReportSection section)
{
    if (year != m_year) {
        Q_EMIT statusMessage(
            tr("Changed “%1” of the %2 report").arg(AnnualReportService::sectionTitle(section)).arg(year));
        return;
    }
    m_stale = true;
    if (isVisible())
        reload();
}

void ReportsScreen::onGapActivated(const ReportGap &gap)
{
    switch (gap.kind) {
    case ReportGap::Kind::MissingSubmission:
        Q_EMIT submissionRequested(m_year, gap.unitId, SubmissionEditorDialog::DocumentPage);
        break;
    case ReportGap::Kind::EmptyIndicators: // straight to the figures left empty
        Q_EMIT submissionRequested(m_year, gap.unitId, SubmissionEditorDialog::IndicatorsPage);
        break;
    case ReportGap::Kind::NotReviewed:
        Q_EMIT reviewRequested(m_year, gap.unitId);
        break;
    case ReportGap::Kind::DraftText:
        m_sections->showSection(gap.section, true);
        break;
    }
}

void ReportsScreen::onSubmissionSaved(qint64 unitId, int year)
{
    Q_UNUSED(unitId)
    if (year != m_year)
        return;
    m_stale = true;
    if (isVisible())
        reload();
}

void ReportsScreen::onYearChanged(int year)
{
    if (m_service.years().size() != m_yearBox->count()) {
        fillYears();
        return;
    }
    if (year == m_year) {
        m_stale = true;
        if (isVisible())
            reload();
    }
}

bool ReportsScreen::readyToGenerate()
{
    if (m_sections->hasUnsavedEdits() && !confirmLeave())
        return false;
    if (m_stale)
        reload();
    return m_exporter->confirmGaps(m_year, AnnualReportService::gaps(m_report));
}

OfficialDocument ReportsScreen::summaryDocument() const
{
    return SummaryReportDocument::build(m_report, m_fields->organisation(), m_fields->date(), m_fields->number());
}

OfficialDocument ReportsScreen::reminderDocument() const
{
    return ReminderLetterDocument::build(
        AnnualReportService::reminder(m_report, m_fields->date(), m_reminderDeadline->date()), m_fields->organisation(),
        m_fields->date(), m_fields->number());
}

void ReportsScreen::setSaveFileNameProvider(ReportExporter::SaveFileNameProvider provider)
{
    m_exporter->setSaveFileNameProvider(std::move(provider));
}

void ReportsScreen::previewSummary()
{
    // Printing from the preview makes the document: it asks for the signer as an export does.
    if (readyToGenerate() && m_fields->ensureSigner(m_services.organisation()))
        m_exporter->preview([this] { return summaryDocument(); });
}

void ReportsScreen::exportPdf()
{
    if (!readyToGenerate() || !m_fields->ensureSigner(m_services.organisation()))
        return;
    const QString path = m_exporter->askSaveFileName(tr("Export the summary report to PDF"),
                                                     QStringLiteral("bao-cao-xhht-%1.pdf").arg(m_year),
                                                     tr("PDF documents (*.pdf)"), QStringLiteral(".pdf"));
    if (!path.isEmpty())
        exportPdfTo(path);
}

void ReportsScreen::exportOdt()
{
    if (!readyToGenerate() || !m_fields->ensureSigner(m_services.organisation()))
        return;
    const QString path = m_exporter->askSaveFileName(tr("Export the summary report to ODT"),
                                                     QStringLiteral("bao-cao-xhht-%1.odt").arg(m_year),
                                                     tr("OpenDocument text (*.odt)"), QStringLiteral(".odt"));
    if (!path.isEmpty())
        exportOdtTo(path);
}

bool ReportsScreen::exportPdfTo(const QString &path)
{
    if (!m_exporter->write([this] { return summaryDocument(); }, path))
        return false;
    Q_EMIT statusMessage(tr("Wrote the %1 summary report to %2").arg(m_year).arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ReportsScreen::exportOdtTo(const QString &path)
{
    // The writer chooses the format by the suffix: make sure it is .odt.
    const QString odt =
        path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".odt");
    if (!m_exporter->write([this] { return summaryDocument(); }, odt))
        return false;
    Q_EMIT statusMessage(tr("Wrote the %1 summary report to %2").arg(m_year).arg(QDir::toNativeSeparators(odt)));
    return true;
}

void ReportsScreen::previewReminder()
{
    if (m_report.missing() > 0 && m_fields->ensureSigner(m_services.organisation()))
        m_exporter->preview([this] { return reminderDocument(); });
}

void ReportsScreen::exportReminderPdf()
{
    if (m_report.missing() == 0 || !m_fields->ensureSigner(m_services.organisation()))
        return;
    const QString path = m_exporter->askSaveFileName(tr("Export the reminder letter to PDF"),
                                                     QStringLiteral("don-doc-bao-cao-xhht-%1.pdf").arg(m_year),
                                                     tr("PDF documents (*.pdf)"), QStringLiteral(".pdf"));
    if (!path.isEmpty())
        exportReminderPdfTo(path);
}

bool ReportsScreen::exportReminderPdfTo(const QString &path)
{
    if (!m_exporter->write([this] { return reminderDocument(); }, path))
        return false;
    Q_EMIT statusMessage(tr("Wrote the reminder letter to the units that sent nothing (%1) to %2")
                             .arg(m_report.missing())
                             .arg(QDir::toNativeSeparators(path)));
    return true;
}
