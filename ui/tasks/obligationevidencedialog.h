#pragma once

#include "domain/evidence.h"
#include "domain/obligation.h"

#include <QDialog>

#include <memory>

class EvidenceOpener;
class EvidencePanel;
class ObligationService;
class QDialogButtonBox;

// The evidence files of one task obligation (minutes, photos, the report sent): add,
// open and remove them; Save stores the changes (each file one audited step), Cancel
// leaves everything as it was.
class ObligationEvidenceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObligationEvidenceDialog)

public:
    ObligationEvidenceDialog(ObligationService &service, const Obligation &obligation, QWidget *parent = nullptr);
    ~ObligationEvidenceDialog() override;

    EvidencePanel *panel() const { return m_panel; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // Stores what changed; false (after telling the clerk) when something was refused.
    bool save();
    void accept() override;

private:
    ObligationService &m_service;
    Obligation m_obligation;
    QList<Evidence> m_stored;
    EvidencePanel *m_panel;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<EvidenceOpener> m_opener;
};
