#pragma once

#include "domain/annualreport.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

// The written sections of the summary report on the Reports screen: a list of the
// sections with their state (draft, saved, unsaved changes) beside one plain-text editor
// per section, Save (Ctrl+S while the editor has the focus) and Back to draft. It keeps
// the clerk's unsaved text while the report is read again; saving is the screen's job
// (saveRequested, draftRequested).
class ReportSectionEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportSectionEditor)

public:
    explicit ReportSectionEditor(QWidget *parent = nullptr);

    // Shows the report's texts (saved, else drafted); a section with unsaved changes
    // keeps them.
    void setReport(const AnnualReport &report);
    // Why nothing can be saved (a read-only database); empty allows saving.
    void setReadOnlyReason(const QString &reason);

    ReportSection currentSection() const;
    // Shows a section's editor and gives it the focus; `selectNote` selects its first
    // [bracketed note].
    void showSection(ReportSection section, bool selectNote = false);

    QString text(ReportSection section) const;
    // The text as last read: saved, else drafted.
    QString storedText(ReportSection section) const;
    bool isSaved(ReportSection section) const;
    // The stored version the section's edits started from (AnnualReport::versions): a
    // save from it is refused once someone else saved the section meanwhile.
    int version(ReportSection section) const;
    bool isModified(ReportSection section) const;
    QList<ReportSection> modifiedSections() const;
    bool hasUnsavedEdits() const { return !modifiedSections().isEmpty(); }
    // Puts the stored text back in the editor.
    void revert(ReportSection section);
    // The section's text was just saved: the next setReport() shows it as stored, and
    // Ctrl+Z in its editor undoes the save rather than the typing before it.
    void markSaved(ReportSection section);

    QPlainTextEdit *editor(ReportSection section) const;
    QListWidget *sectionList() const { return m_list; }
    QLabel *stateLabel() const { return m_state; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *draftButton() const { return m_draft; }
    QAction *saveAction() const { return m_saveAction; }

Q_SIGNALS:
    void saveRequested(ReportSection section);
    void draftRequested(ReportSection section);
    // A section's text became different from the stored one, or the same again.
    void modificationChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Page
    {
        ReportSection section;
        QPlainTextEdit *edit = nullptr;
        QListWidgetItem *item = nullptr;
        QString stored;
        bool saved = false;
        bool placeholder = false;
        bool modified = false;
        int version = 0; // what the edits started from
        int latest = 0;  // as last read
    };
    int pageIndex(ReportSection section) const;
    void onTextChanged(int index);
    void updatePage(int index);
    void updateState();

    QList<Page> m_pages;
    QString m_readOnlyReason;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QLabel *m_state;
    QPushButton *m_save;
    QPushButton *m_draft;
    QAction *m_saveAction;
};
