#pragma once

#include "domain/commendation.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Adds or edits a commendation proposal: tập thể or cá nhân, the unit (and the person),
// the form, the achievement, the status and the decision once known. OK hands the
// proposal to `save`, which returns the refusal to show under the fields, or an empty
// string when it was stored (the dialog then closes).
class ProposalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalDialog)

public:
    using Save = std::function<QString(const CommendationProposal &proposal)>;

    // `units`: id -> name, in the order to offer (`unitOrder`); `forms` already limited to
    // those that suit the occasion.
    ProposalDialog(const CommendationProposal &proposal, const QList<qint64> &unitOrder,
                   const QHash<qint64, QString> &units, const QList<Individual> &individuals,
                   const QList<CommendationForm> &forms, Save save, QWidget *parent = nullptr);

    CommendationProposal proposal() const;

    QComboBox *subjectBox() const { return m_subject; }
    QComboBox *unitBox() const { return m_unit; }
    QComboBox *individualBox() const { return m_individual; }
    QComboBox *formBox() const { return m_form; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QComboBox *statusBox() const { return m_status; }
    QLineEdit *decisionNumberEdit() const { return m_decisionNumber; }
    QCheckBox *decidedCheck() const { return m_decided; }
    QDateEdit *decisionDateEdit() const { return m_decisionDate; }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void fillIndividuals();
    void fillForms();
    void updateFields();

    CommendationProposal m_proposal;
    QList<Individual> m_individuals;
    QList<CommendationForm> m_forms;
    Save m_save;
    QComboBox *m_subject;
    QComboBox *m_unit;
    QComboBox *m_individual;
    QComboBox *m_form;
    QPlainTextEdit *m_reason;
    QComboBox *m_status;
    QLineEdit *m_decisionNumber;
    QCheckBox *m_decided;
    QDateEdit *m_decisionDate;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
