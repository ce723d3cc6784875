#pragma once

#include "domain/annualreport.h"
#include "widgets/reportexporter.h"

#include <QPointer>
#include <QWidget>

#include <memory>

struct OfficialDocument;
class QAction;
class QComboBox;
class QLabel;
class QTabWidget;
class QUndoStack;
class RecognitionDossierPanel;
class ReminderDeadlineField;
class ReportDocumentFields;
class ReportGapList;
class ReportSectionEditor;
class Services;
class SubmissionService;

// The Reports screen: the year's summary report to Sở GD&ĐT (due 10 December). The days
// left and the counts at the top; what the report still lacks, each line leading to
// where it is fixed; the written sections (drafted from the data until the clerk saves
// a text, each save one step on the undo stack); the document's number, date and
// signer; print preview, PDF and ODT of the report, and the reminder letter to the
// units that have sent nothing, with the date it asks them to send by; on a TT24 year,
// the recognition dossiers due on 15 January. Never loses unsaved text silently:
// changing the year or leaving the screen asks first.
class ReportsScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsScreen)

public:
    // `undoStack` may be null: saves then cannot be undone.
    ReportsScreen(Services &services, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ReportsScreen() override;

    int year() const { return m_year; }
    // Shows another year (asks first when a section has unsaved text; false: stayed).
    bool setYear(int year);
    // Reads the year's report again; unsaved text stays in its editor.
    void reload();
    const AnnualReport &report() const { return m_report; }
    // Why nothing can be saved (read-only database); empty when saving works.
    QString readOnlyReason() const;

    // When a section has unsaved text, asks whether to save it (Save / Discard /
    // Cancel); false when the clerk cancelled or a save failed: stay on the screen.
    bool confirmLeave();
    bool hasUnsavedEdits() const;

    // What the section buttons do: save the editor's text (one step on the undo stack),
    // or ask, then return the section to the program's draft. False when nothing was saved.
    bool saveSection(ReportSection section);
    bool returnToDraft(ReportSection section);

    // What the actions do: ask what must be asked (unsaved text, gaps, a file name), then
    // preview or write the document.
    void previewSummary();
    void exportPdf();
    void exportOdt();
    void previewReminder();
    void exportReminderPdf();
    // Write the documents to `path` (no questions); false after telling the clerk.
    bool exportPdfTo(const QString &path);
    bool exportOdtTo(const QString &path);
    bool exportReminderPdfTo(const QString &path);
    // The documents as they would be exported now.
    OfficialDocument summaryDocument() const;
    OfficialDocument reminderDocument() const;

    // Replaces the save-file dialog of the exports (tests answer it themselves).
    void setSaveFileNameProvider(ReportExporter::SaveFileNameProvider provider);

    QComboBox *yearBox() const { return m_yearBox; }
    QLabel *deadlineLabel() const { return m_deadline; }
    QLabel *countsLabel() const { return m_counts; }
    QLabel *messageLabel() const { return m_message; }
    ReportGapList *gapList() const { return m_gaps; }
    ReportSectionEditor *sectionEditor() const { return m_sections; }
    ReportDocumentFields *documentFields() const { return m_fields; }
    ReminderDeadlineField *reminderDeadline() const { return m_reminderDeadline; }
    // A TT24 year's recognition dossiers (hidden for other years).
    RecognitionDossierPanel *dossierPanel() const { return m_dossiers; }
    QAction *previewAction() const { return m_previewAction; }
    QAction *pdfAction() const { return m_pdfAction; }
    QAction *odtAction() const { return m_odtAction; }
    QAction *reminderAction() const { return m_reminderAction; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void undoFailed(const QString &message);
    // A line of the readiness list asks to open a unit's submission of the year (the
    // unit sent nothing, or left indicators empty) or its review on the Scoring screen.
    // `page`: the editor's tab to open on (SubmissionEditorDialog::Page).
    void submissionRequested(int year, qint64 unitId, int page);
    void reviewRequested(int year, qint64 unitId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void fillYears();
    void updateHeader();
    void updateActions();
    void updateReminderDeadline();
    void showProblem(const QString &message);
    void onYearChosen();
    // The dossiers' tab is there for a year evaluated by levels, named with what is missing.
    void showDossiers(bool applicable);
    void onGapActivated(const ReportGap &gap);
    void onSubmissionSaved(qint64 unitId, int year);
    void onYearChanged(int year);
    void onTextRestored(int year, ReportSection section);
    // Saves `text` as the section's text (empty: back to the draft) and pushes the step.
    // Saves `text` as the section's, from its stored `version` (ReportSectionEditor::version).
    bool writeText(ReportSection section, const QString &text, int version);
    // Someone else saved the section first: asks the clerk what to do (SaveConflict).
    bool resolveConflict(ReportSection section, const QString &text, const QString &reason);
    // Before a document is made: unsaved text (asks to save it) and gaps (asks to go
    // on anyway). False: do not make it.
    bool readyToGenerate();

    Services &m_services;
    SubmissionService &m_service; // m_services.submissions()
    QPointer<QUndoStack> m_undoStack;
    std::unique_ptr<ReportExporter> m_exporter;
    int m_year = 0;
    int m_reminderYear = 0; // the year whose reminder date the field shows
    bool m_stale = true;
    bool m_shown = false; // shown before: showing it again reads the report again
    AnnualReport m_report;

    QComboBox *m_yearBox;
    QLabel *m_deadline;
    QLabel *m_counts;
    QLabel *m_message;
    ReportGapList *m_gaps;
    ReportSectionEditor *m_sections;
    ReportDocumentFields *m_fields;
    ReminderDeadlineField *m_reminderDeadline;
    RecognitionDossierPanel *m_dossiers;
    QTabWidget *m_lists; // m_gaps, and m_dossiers while it applies
    QAction *m_previewAction = nullptr;
    QAction *m_pdfAction = nullptr;
    QAction *m_odtAction = nullptr;
    QAction *m_reminderAction = nullptr;
    QAction *m_reminderPreviewAction = nullptr;
    QAction *m_reminderPdfAction = nullptr;
};
