#include "firstrundialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {
const QString kFilter = QStringLiteral("*.sqlite");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

FirstRunDialog::FirstRunDialog(const QString &defaultPath, QWidget *parent)
    : QDialog(parent), m_defaultPath(defaultPath),
      m_createDefault(new QRadioButton(tr("Create a new database in the data &folder"), this)),
      m_createElsewhere(new QRadioButton(tr("Create a new database in &another file:"), this)),
      m_openExisting(new QRadioButton(tr("&Open an existing database file:"), this)),
      m_openDemo(new QRadioButton(tr("Open the &demo (sample data for 2024 and 2025, in a file of its own)"), this)),
      m_connectServer(new QRadioButton(tr("Connect to the office's &server (a database shared on PostgreSQL)"), this)),
      m_newFile(new QLineEdit(this)), m_existingFile(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Welcome to xhht"));
    m_createDefault->setChecked(true);
    m_newFile->setObjectName(QStringLiteral("newFile"));
    m_existingFile->setObjectName(QStringLiteral("existingFile"));
    m_newFile->setPlaceholderText(tr("the new file, e.g. D:\\XHHT\\xhht.sqlite"));
    m_existingFile->setPlaceholderText(tr("a file made by xhht (.sqlite)"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_buttons->addButton(tr("&Continue"), QDialogButtonBox::AcceptRole)->setDefault(true);
    m_buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    createLayout();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton *button : {m_createDefault, m_createElsewhere, m_openExisting, m_openDemo, m_connectServer})
        connect(button, &QRadioButton::toggled, this, &FirstRunDialog::validate);
    // Typing a file name chooses its option.
    connect(m_newFile, &QLineEdit::textEdited, this, [this] { m_createElsewhere->setChecked(true); });
    connect(m_existingFile, &QLineEdit::textEdited, this, [this] { m_openExisting->setChecked(true); });
    connect(m_newFile, &QLineEdit::textChanged, this, &FirstRunDialog::validate);
    connect(m_existingFile, &QLineEdit::textChanged, this, &FirstRunDialog::validate);
    validate();
}

void FirstRunDialog::createLayout()
{
    auto *intro = new QLabel(tr("<p><b>No xhht database was found.</b></p>"
                                "<p>xhht keeps all its data (units, submissions, scores, reports) in one database "
                                "file. Choose where it will be; back it up like any important document.</p>"),
                             this);
    intro->setWordWrap(true);
    auto *where = new QLabel(native(m_defaultPath), this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setIndent(24);
    auto *browseNew = new QPushButton(tr("&Browse…"), this);
    auto *browseExisting = new QPushButton(tr("B&rowse…"), this);
    connect(browseNew, &QPushButton::clicked, this, &FirstRunDialog::browseNewFile);
    connect(browseExisting, &QPushButton::clicked, this, &FirstRunDialog::browseExistingFile);

    auto *grid = new QGridLayout;
    grid->setColumnMinimumWidth(0, 24);
    grid->addWidget(m_createDefault, 0, 0, 1, 3);
    grid->addWidget(where, 1, 0, 1, 3);
    grid->addWidget(m_createElsewhere, 2, 0, 1, 3);
    grid->addWidget(m_newFile, 3, 1);
    grid->addWidget(browseNew, 3, 2);
    grid->addWidget(m_openExisting, 4, 0, 1, 3);
    grid->addWidget(m_existingFile, 5, 1);
    grid->addWidget(browseExisting, 5, 2);
    grid->addWidget(m_openDemo, 6, 0, 1, 3);
    grid->addWidget(m_connectServer, 7, 0, 1, 3);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(620, sizeHint().height());
}

QRadioButton *FirstRunDialog::option(Choice choice) const
{
    switch (choice) {
    case CreateDefault:
        return m_createDefault;
    case CreateElsewhere:
        return m_createElsewhere;
    case OpenExisting:
        return m_openExisting;
    case OpenDemo:
        return m_openDemo;
    case ConnectToServer:
        return m_connectServer;
    }
    return m_createDefault;
}

QPushButton *FirstRunDialog::continueButton() const
{
    return qobject_cast<QPushButton *>(m_buttons->buttons().value(0));
}

FirstRunDialog::Choice FirstRunDialog::choice() const
{
    if (m_createElsewhere->isChecked())
        return CreateElsewhere;
    if (m_openExisting->isChecked())
        return OpenExisting;
    if (m_openDemo->isChecked())
        return OpenDemo;
    if (m_connectServer->isChecked())
        return ConnectToServer;
    return CreateDefault;
}

QString FirstRunDialog::demoPath(const QString &defaultPath)
{
    return QFileInfo(defaultPath).absoluteDir().filePath(QStringLiteral("xhht-demo.sqlite"));
}

QString FirstRunDialog::path() const
{
    switch (choice()) {
    case CreateDefault:
        return m_defaultPath;
    case CreateElsewhere:
        return QDir::fromNativeSeparators(m_newFile->text().trimmed());
    case OpenExisting:
        return QDir::fromNativeSeparators(m_existingFile->text().trimmed());
    case OpenDemo:
        return demoPath(m_defaultPath);
    case ConnectToServer:
        return {};
    }
    return m_defaultPath;
}

void FirstRunDialog::browseNewFile()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("New database"), QFileInfo(m_defaultPath).absolutePath(),
                                                      tr("xhht database (%1)").arg(kFilter));
    if (file.isEmpty())
        return;
    m_newFile->setText(native(file.endsWith(QLatin1String(".sqlite")) ? file : file + QStringLiteral(".sqlite")));
    m_createElsewhere->setChecked(true);
}

void FirstRunDialog::browseExistingFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a database"), QDir::homePath(),
                                                      tr("xhht database (%1);;All files (*)").arg(kFilter));
    if (file.isEmpty())
        return;
    m_existingFile->setText(native(file));
    m_openExisting->setChecked(true);
}

void FirstRunDialog::validate()
{
    QString problem;
    const QString file = path();
    const QFileInfo info(file);
    switch (choice()) {
    case CreateDefault:
        break;
    case CreateElsewhere:
        if (file.isEmpty())
            problem = tr("Type or choose the new file's name.");
        else if (info.exists())
            problem = tr("%1 already exists: choose “Open an existing database file” to use it.").arg(native(file));
        else if (!info.absoluteDir().exists())
            problem = tr("The folder %1 does not exist.").arg(native(info.absolutePath()));
        break;
    case OpenExisting:
        if (file.isEmpty())
            problem = tr("Type or choose the file to open.");
        else if (!info.isFile())
            problem = tr("There is no file %1.").arg(native(file));
        break;
    case OpenDemo:
    case ConnectToServer:
        break;
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (QPushButton *button = continueButton())
        button->setEnabled(problem.isEmpty());
}
