#include "connectdialog.h"

#include "domain/serveraddress.h"
#include "domain/storageerror.h"
#include "services/services.h"
#include "widgets/passwordstore.h"
#include "widgets/waitcursor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

const char *const kModes[] = {"prefer", "require", "verify-full", "disable"};

QString sslModeOf(const QString &options)
{
    for (const QString &option : options.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (option.startsWith(QLatin1String("sslmode=")))
            return option.mid(8);
    return QStringLiteral("prefer");
}

QString withoutSslMode(const QString &options)
{
    QStringList kept;
    for (const QString &option : options.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!option.startsWith(QLatin1String("sslmode=")))
            kept << option;
    return kept.join(QLatin1Char(';'));
}

} // namespace

ConnectDialog::ConnectDialog(const QString &address, QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)), m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this)), m_security(new QComboBox(this)),
      m_remember(new QCheckBox(tr("&Remember the password in this computer's keyring"), this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(tr("Connect to the office's server"));
    ServerAddress given;
    QString ignored;
    given.parse(address, &ignored);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setText(given.host);
    m_host->setPlaceholderText(tr("server name or address, e.g. csdl.svhttdl.tayninh.gov.vn"));
    m_port->setRange(1, 65535);
    m_port->setValue(given.port > 0 ? given.port : 5432);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setText(given.database.isEmpty() ? QStringLiteral("xhht") : given.database);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setText(given.user);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_security->addItem(tr("Encrypted when the server offers it"), QLatin1String(kModes[0]));
    m_security->addItem(tr("Always encrypted"), QLatin1String(kModes[1]));
    m_security->addItem(tr("Encrypted, the server's certificate checked"), QLatin1String(kModes[2]));
    m_security->addItem(tr("Not encrypted (this computer or a trusted network only)"), QLatin1String(kModes[3]));
    m_security->setCurrentIndex(std::max(0, m_security->findData(sslModeOf(given.options))));
    m_options = withoutSslMode(given.options);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_problem->setStyleSheet(QStringLiteral("color: #a4000f;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("S&ecurity:"), m_security);
    form->addRow(QString(), m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The office's shared database on a PostgreSQL server. Ask the administrator for "
                                "these details; the password is never written to the program's settings."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    // A form's width, not the width of its longest sentence (messages wrap).
    setMinimumWidth(480);
    resize(520, sizeHint().height());
    (given.user.isEmpty() ? m_user : m_password)->setFocus();
    if (given.host.isEmpty())
        m_host->setFocus();
}

ConnectDialog::~ConnectDialog() = default;

ServerAddress ConnectDialog::enteredAddress() const
{
    ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value() == 5432 ? 0 : m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    a.password = m_password->text();
    QStringList options = m_options.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    const QString mode = m_security->currentData().toString();
    if (mode != QLatin1String("prefer"))
        options << QStringLiteral("sslmode=") + mode;
    options.sort();
    a.options = options.join(QLatin1Char(';'));
    return a;
}

QString ConnectDialog::address() const
{
    return enteredAddress().display();
}

std::unique_ptr<Services> ConnectDialog::takeServices()
{
    return std::move(m_services);
}

void ConnectDialog::setProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ConnectDialog::accept()
{
    const ServerAddress a = enteredAddress();
    if (a.host.isEmpty() || a.database.isEmpty() || a.user.isEmpty()) {
        setProblem(tr("Fill in the server, the database and the user name."));
        return;
    }
    try {
        const WaitCursor wait;
        m_services = Services::open(a.uri(), Services::Open::Existing);
    } catch (const StorageError &error) {
        setProblem(error.message());
        return;
    }
    if (m_remember->isChecked() && !a.password.isEmpty()) {
        QString why;
        if (!PasswordStore::write(a.display(), a.password, &why))
            setProblem(tr("Connected, but the password could not be remembered: %1").arg(why));
    }
    QDialog::accept();
}

std::unique_ptr<Services> ConnectDialog::open(const QString &uri, QWidget *parent)
{
    ServerAddress address;
    QString problem;
    if (address.parse(uri, &problem)) {
        for (const bool withKeyring : {false, true}) {
            if (withKeyring) {
                address.password = PasswordStore::read(address.display());
                if (address.password.isEmpty())
                    break;
            }
            try {
                return Services::open(address.uri(), Services::Open::Existing);
            } catch (const StorageError &error) {
                problem = error.message();
                if (error.kind() != StorageError::Kind::AccessDenied)
                    break;
            }
        }
    }
    ConnectDialog dialog(uri, parent);
    dialog.setProblem(problem);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    return dialog.takeServices();
}
