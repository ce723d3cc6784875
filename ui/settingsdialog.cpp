#include "settingsdialog.h"

#include "domain/storageerror.h"
#include "domain/validationissue.h"
#include "language.h"
#include "services/backupservice.h"
#include "services/organisationservice.h"
#include "services/services.h"
#include "widgets/documentsettingspage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(Services &services, QWidget *parent)
    : QDialog(parent), m_services(services), m_language(new QComboBox(this)), m_backupFolder(new QLineEdit(this)),
      m_tabs(new QTabWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(Language::current()));

    auto *general = new QWidget(m_tabs);
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_backupFolder->setText(QDir::toNativeSeparators(BackupService::folder()));
    m_backupFolder->setPlaceholderText(tr("none: no automatic backups"));
    auto *choose = new QPushButton(tr("C&hoose…"), general);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Folder of the backups"), m_backupFolder->text());
        if (!dir.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(dir));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(choose);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Backup folder:"), folderRow);
    auto *note = new QLabel(tr("A new language takes effect when xhht is started again. A copy of the database is "
                               "saved in the backup folder at closing when something changed, and at least daily; "
                               "the last 7 daily and 4 weekly copies are kept."),
                            general);
    note->setWordWrap(true);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    generalLayout->addWidget(note);
    generalLayout->addStretch(1);
    m_tabs->addTab(general, tr("&General"));

    try {
        m_documents = new DocumentSettingsPage(m_services.organisation().settings(), m_tabs);
        m_tabs->addTab(m_documents, tr("&Documents"));
        const auto update = [this] {
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_documents->problems().isEmpty());
        };
        connect(m_documents, &DocumentSettingsPage::edited, this, update);
        update();
        if (m_services.isReadOnly()) {
            m_documents->setEnabled(false);
            m_documents->setToolTip(tr("The database is open read-only: the document settings cannot be changed."));
        } else if (!m_services.mayChange(ChangeArea::Settings)) {
            m_documents->setEnabled(false);
            m_documents->setToolTip(m_services.changeRefusal(ChangeArea::Settings));
        }
    } catch (const StorageError &error) {
        auto *problem = new QLabel(error.message(), m_tabs);
        problem->setWordWrap(true);
        m_tabs->addTab(problem, tr("&Documents"));
    }

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
}

void SettingsDialog::accept()
{
    if (m_documents != nullptr && m_documents->isEnabled()) {
        try {
            m_services.organisation().save(m_documents->settings());
        } catch (const ValidationError &error) {
            m_tabs->setCurrentWidget(m_documents);
            QMessageBox::warning(this, tr("Settings"), error.message());
            return;
        } catch (const StorageError &error) {
            QMessageBox::warning(this, tr("Settings"), error.message());
            return;
        }
    }
    const QString chosen = m_language->currentData().toString();
    if (chosen != Language::current())
        Language::setCurrent(chosen);
    BackupService::setFolder(QDir::fromNativeSeparators(m_backupFolder->text().trimmed()));
    QDialog::accept();
}
