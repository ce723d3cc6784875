#include "settingsdialog.h"

#include "language.h"
#include "services/backupservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_backupFolder(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(Language::current()));

    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_backupFolder->setText(QDir::toNativeSeparators(BackupService::folder()));
    m_backupFolder->setPlaceholderText(tr("none: no automatic backups"));
    auto *choose = new QPushButton(tr("C&hoose…"), this);
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
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    const QString chosen = m_language->currentData().toString();
    if (chosen != Language::current())
        Language::setCurrent(chosen);
    BackupService::setFolder(QDir::fromNativeSeparators(m_backupFolder->text().trimmed()));
    QDialog::accept();
}
