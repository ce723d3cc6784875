#include "signerdialog.h"

#include "domain/storageerror.h"
#include "domain/validationissue.h"
#include "services/organisationservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

SignerDialog::SignerDialog(const OrganisationSettings &settings, QWidget *parent)
    : QDialog(parent), m_authority(new QLineEdit(settings.signerAuthority, this)),
      m_title(new QLineEdit(settings.signerTitle, this)), m_name(new QLineEdit(settings.signerName, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("signerDialog"));
    setWindowTitle(tr("Who signs the documents?"));
    m_authority->setObjectName(QStringLiteral("signerAuthority"));
    m_authority->setPlaceholderText(QStringLiteral("KT. GIÁM ĐỐC"));
    m_authority->setToolTip(tr("The form and the head's title, in capitals: KT. GIÁM ĐỐC, TL. GIÁM ĐỐC, …; empty "
                               "when the head signs in person"));
    m_title->setObjectName(QStringLiteral("signerTitle"));
    m_title->setPlaceholderText(QStringLiteral("PHÓ GIÁM ĐỐC"));
    m_name->setObjectName(QStringLiteral("signerName"));
    m_name->setPlaceholderText(tr("Full name, without degrees or honours"));

    auto *intro = new QLabel(tr("No signer is set yet. The documents carry the signer's name under the signature; "
                                "it is kept in Settings (Documents) for the next ones."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Signing &authority:"), m_authority);
    form->addRow(tr("Signer's tit&le:"), m_title);
    form->addRow(tr("Signer's &name:"), m_name);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save and continue"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignerDialog::reject);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, update);
    update();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_name->setFocus();
}

bool SignerDialog::ensureSigner(OrganisationService &service, const QString &name, QWidget *parent)
{
    if (!name.trimmed().isEmpty())
        return true;
    try {
        SignerDialog dialog(service.settings(), parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        service.saveSigner(dialog.authorityEdit()->text(), dialog.titleEdit()->text(), dialog.nameEdit()->text());
        return true;
    } catch (const ValidationError &error) {
        QMessageBox::warning(parent, tr("Document settings"), error.message());
    } catch (const StorageError &error) {
        QMessageBox::warning(parent, tr("Document settings"), error.message());
    }
    return false;
}
