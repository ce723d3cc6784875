#pragma once

#include "domain/auditentry.h"
#include "domain/submission.h"
#include "domain/validationissue.h"
#include "domain/yearcontext.h"

#include <QDialog>
#include <QHash>

class EvidencePanel;
class SubmissionHistoryView;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

// Edits one unit's submission for a year: the report document, the activity figures,
// the self-score, the evidence files; shows the audit history. Each typed value is
// checked as it is typed, with the problem shown at its field; Save stays disabled
// while any is wrong. The dialog does not store anything: Save emits saveRequested()
// with the edited submission, and whoever stores it calls markSaved() (or
// showIssues() when the service refused it). Every field's object name is its import
// key: document_number, document_date, received_date, status, note, ind:CODE,
// self:CODE.
class SubmissionEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionEditorDialog)

public:
    SubmissionEditorDialog(const YearContext &context, const Submission &submission, const QList<AuditEntry> &history,
                           QWidget *parent = nullptr);

    // The tabs, in order.
    enum Page
    {
        DocumentPage,
        IndicatorsPage,
        SelfScorePage,
        EvidencePage,
        HistoryPage
    };
    void showPage(Page page);
    int currentPage() const;

    // Shows the submission without letting it change, with `reason` at the top.
    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return m_readOnly; }
    // A unit's own login: the date received and the status are the department's office's
    // to record (when the submission came in, whether it was checked), shown with `reason`.
    void keepOfficeFields(const QString &reason);

    const Submission &original() const { return m_original; }
    // The submission as edited; meaningful while isInputValid().
    Submission editedSubmission() const;
    bool isInputValid() const { return m_invalid.isEmpty(); }
    bool isModified() const { return m_modified; }
    QPushButton *saveButton() const;
    EvidencePanel *evidencePanel() const { return m_evidence; }
    SubmissionHistoryView *historyView() const { return m_history; }
    // A field's problem as shown, empty when it is valid.
    QString fieldError(const QString &key) const;

    // Shows the problems the service found, each at its field when it has one.
    void showIssues(const QList<ValidationIssue> &issues);
    // Closes the dialog once its submission was stored.
    void markSaved();
    // Closes without asking about unsaved changes (the clerk chose to reload).
    void discard();

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void saveRequested(const Submission &edited);
    void evidenceOpenRequested(const Evidence &evidence);

private:
    struct IndicatorField
    {
        Indicator indicator;
        QLineEdit *value = nullptr;
        QCheckBox *estimate = nullptr;
    };
    struct ScoreField
    {
        Criterion criterion;
        QLineEdit *self = nullptr;
    };

    QWidget *createDocumentPage();
    QWidget *createIndicatorsPage();
    QWidget *createScoresPage();
    QLineEdit *createField(QWidget *parent, const QString &key, const QString &text);
    QLabel *createErrorLabel(QWidget *parent, QLineEdit *field);
    QWidget *withError(QWidget *parent, QLineEdit *field, QWidget *beside = nullptr);

    void checkDates();
    void checkIndicator(const IndicatorField &field);
    void checkScore(const ScoreField &field);
    void setFieldError(QLineEdit *field, const QString &message);
    void updateSelfTotal();
    void updateTimelinessHint(QDate received);
    void updateSaveButton();
    void onEdited();

    YearContext m_context;
    Submission m_original;
    bool m_readOnly = false;
    bool m_modified = false;
    bool m_statusChosen = false;

    QLabel *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_documentNumber = nullptr;
    QLineEdit *m_documentDate = nullptr;
    QLineEdit *m_receivedDate = nullptr;
    QLabel *m_timelinessHint = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_note = nullptr;
    QList<IndicatorField> m_indicators;
    QList<ScoreField> m_scores;
    QLabel *m_selfTotal = nullptr;
    SubmissionHistoryView *m_history = nullptr;
    EvidencePanel *m_evidence = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    QHash<QString, QLineEdit *> m_fields; // by import key
    QHash<QLineEdit *, QLabel *> m_errorLabels;
    QHash<QLineEdit *, QString> m_invalid; // fields with a problem, and the problem
};
