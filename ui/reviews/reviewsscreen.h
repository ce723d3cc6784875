#pragma once

#include "domain/phasereview.h"
#include "widgets/reportexporter.h"

#include <QPointer>
#include <QWidget>

#include <memory>

struct CommendationProposal;
struct CommendationSuggestion;
struct OfficialDocument;
class CommendationService;
class Services;
class PhaseReviewModel;
class ProposalDialog;
class ProposalTableModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QUndoStack;
class TableSearch;
class ReportDocumentFields;

// The Reviews screen: the plan's two phases (sơ kết 2025, tổng kết 2030). For the chosen
// phase, the review table (each unit as it is at the phase's end, its former units
// rolled up into it, its class, timeliness and tasks done in each year) and the review
// report (PDF, ODT, preview); the commendation proposals: the suggestions of the
// clerk's rules to accept, the proposals with their status and decision (each change
// one step on the undo stack, audited), the catalogue, and the proposal list (PDF, XLSX).
class ReviewsScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewsScreen)

public:
    // `undoStack` may be null: proposal changes then cannot be undone.
    ReviewsScreen(Services &services, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ReviewsScreen() override;

    int phase() const { return m_phase; }
    void setPhase(int number);
    void reload();
    void setToday(QDate today);
    const PhaseReview &review() const { return m_review; }

    QComboBox *phaseBox() const { return m_phaseBox; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *reviewView() const { return m_reviewView; }
    TableSearch *reviewSearch() const { return m_reviewSearch; }
    PhaseReviewModel *reviewModel() const { return m_reviewModel; }
    QListWidget *suggestionList() const { return m_suggestions; }
    QTableView *proposalView() const { return m_proposalView; }
    ProposalTableModel *proposalModel() const { return m_proposalModel; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    // The proposal list's preview, PDF and XLSX: disabled while the phase has no proposal.
    QPushButton *listPreviewButton() const { return m_listPreview; }
    QPushButton *listPdfButton() const { return m_listPdf; }
    QPushButton *listXlsxButton() const { return m_listXlsx; }
    QLabel *countsLabel() const { return m_counts; }
    ReportDocumentFields *fields() const { return m_fields; }
    QCheckBox *rollUpCheck() const { return m_rollUp; }
    ProposalDialog *proposalDialog() const;

    // What the buttons do. Accepting turns the checked suggestions (else the current one)
    // into proposals, as one step; false when nothing was accepted.
    bool acceptSuggestions();
    void addProposal();
    void editCurrentProposal();
    bool removeCurrentProposal();
    void openCatalogue();
    void previewReview();
    void exportReview(const QString &suffix); // ".pdf" or ".odt"
    void previewList();
    void exportList(const QString &suffix); // ".pdf" or ".xlsx"

    // Tests answer the save-file dialog themselves.
    void setSaveFileNameProvider(ReportExporter::SaveFileNameProvider provider);

Q_SIGNALS:
    void statusMessage(const QString &message);
    void undoFailed(const QString &message);

private:
    QWidget *buildReviewTab();
    QWidget *buildCommendationsTab();
    void fillPhases();
    void reloadProposals(qint64 select = 0);
    void explainNoSuggestion(bool noRules);
    void updateActions();
    qint64 currentProposalId() const;
    void openDialog(const CommendationProposal &proposal);
    bool push(const std::optional<CommendationProposal> &before, const std::optional<CommendationProposal> &after,
              const QString &text);
    QStringList commendationLines() const;
    OfficialDocument reviewDocument() const;
    OfficialDocument listDocument() const;
    QString phaseFileStem() const;

    Services &m_services;
    CommendationService &m_commendations; // m_services.commendations()
    QPointer<QUndoStack> m_undoStack;
    std::unique_ptr<ReportExporter> m_exporter;
    ReportExporter::SaveFileNameProvider m_fileNames;
    QDate m_today;
    int m_phase = 0;
    bool m_batch = false; // saving several proposals: reload once at the end
    PhaseReview m_review;
    QList<CommendationSuggestion> m_suggested;
    QList<qint64> m_unitOrder;
    QHash<qint64, QString> m_unitNames;

    QComboBox *m_phaseBox;
    QLabel *m_counts;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QTableView *m_reviewView;
    TableSearch *m_reviewSearch = nullptr;
    PhaseReviewModel *m_reviewModel;
    QListWidget *m_suggestions;
    QTableView *m_proposalView;
    ProposalTableModel *m_proposalModel;
    QPushButton *m_accept;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_listPreview = nullptr;
    QPushButton *m_listPdf = nullptr;
    QPushButton *m_listXlsx = nullptr;
    ReportDocumentFields *m_fields;
    QCheckBox *m_rollUp;
    QPointer<ProposalDialog> m_dialog;
};
