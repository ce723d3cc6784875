#include "obligationevidencedialog.h"

#include "domain/storageerror.h"
#include "domain/validationissue.h"
#include "services/obligationservice.h"
#include "widgets/evidenceopener.h"
#include "widgets/evidencepanel.h"
#include "widgets/screenfit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

ObligationEvidenceDialog::ObligationEvidenceDialog(ObligationService &service, const Obligation &obligation,
                                                   QWidget *parent)
    : QDialog(parent), m_service(service), m_obligation(obligation), m_panel(new EvidencePanel({}, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)),
      m_opener(std::make_unique<EvidenceOpener>([&service](qint64 id) { return service.evidenceContent(id); }))
{
    setWindowTitle(tr("Evidence of %1").arg(obligation.taskCode));
    auto *what = new QLabel(tr("%1 %2\nfor %3, %4")
                                .arg(obligation.taskCode, obligation.taskTitle, obligation.unitName)
                                .arg(obligation.year),
                            this);
    what->setWordWrap(true);
    try {
        m_stored = m_service.evidence(obligation.id);
    } catch (const StorageError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
    m_panel->setEvidence(m_stored);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_panel, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ObligationEvidenceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ObligationEvidenceDialog::reject);
    connect(m_panel, &EvidencePanel::openRequested, this, [this](const Evidence &evidence) {
        if (const QString problem = m_opener->open(evidence); !problem.isEmpty())
            QMessageBox::warning(this, tr("Open evidence"), problem);
    });
    ScreenFit::resize(this, QSize(640, 360));
}

ObligationEvidenceDialog::~ObligationEvidenceDialog() = default;

bool ObligationEvidenceDialog::save()
{
    QList<Evidence> added;
    QList<qint64> kept;
    for (const Evidence &file : m_panel->evidence()) {
        if (file.id == 0)
            added.append(file);
        else
            kept.append(file.id);
    }
    QList<qint64> removed;
    for (const Evidence &file : std::as_const(m_stored))
        if (!kept.contains(file.id))
            removed.append(file.id);
    try {
        m_service.changeEvidence(m_obligation.id, added, removed);
    } catch (const ValidationError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
        return false;
    } catch (const StorageError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
        return false;
    }
    return true;
}

void ObligationEvidenceDialog::accept()
{
    if (save())
        QDialog::accept();
}
