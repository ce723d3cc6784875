#include "databasemenu.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace {
const QString kRecentKey = QStringLiteral("database/recent");

bool isFile(const QString &path)
{
    return QFileInfo(path).isFile(); // not a server's address, not a database in memory
}
} // namespace

DatabaseMenu::DatabaseMenu(const QString &current, QWidget *window)
    : QObject(window), m_current(current), m_window(window), m_new(new QAction(tr("&New database…"), this)),
      m_open(new QAction(tr("&Open…"), this)), m_recent(new QMenu(tr("Open &recent"), window)),
      m_chooser(&DatabaseMenu::defaultChooser)
{
    m_new->setObjectName(QStringLiteral("fileNew"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("Create a new database file, with the plan and no units' data"));
    m_open->setObjectName(QStringLiteral("fileOpen"));
    m_open->setShortcut(QKeySequence::Open);
    m_open->setToolTip(tr("Work on another database file"));
    m_recent->setObjectName(QStringLiteral("fileRecent"));
    connect(m_new, &QAction::triggered, this, &DatabaseMenu::chooseNew);
    connect(m_open, &QAction::triggered, this, &DatabaseMenu::chooseExisting);

    if (isFile(current)) {
        QStringList recent = recentFiles();
        const QString absolute = QFileInfo(current).absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
        QSettings().setValue(kRecentKey, QStringList(recent.mid(0, kRecentCount)));
    }
    fillRecent();
}

QStringList DatabaseMenu::recentFiles()
{
    return QSettings().value(kRecentKey).toStringList().mid(0, kRecentCount);
}

void DatabaseMenu::fillRecent()
{
    m_recent->clear();
    const QStringList recent = recentFiles();
    int number = 0;
    for (const QString &path : recent) {
        // "&1 xhht.sqlite — C:\Users\...": the number is the key.
        QAction *action = m_recent->addAction(
            QStringLiteral("&%1 %2 — %3")
                .arg(++number)
                .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        action->setData(path);
        action->setEnabled(QFileInfo(path).absoluteFilePath() != QFileInfo(m_current).absoluteFilePath());
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (recent.isEmpty())
        m_recent->addAction(tr("No database opened yet"))->setEnabled(false);
}

QString DatabaseMenu::defaultChooser(QWidget *parent, bool create, const QString &folder)
{
    const QString filter = tr("xhht databases (*.sqlite *.db);;All files (*)");
    if (create)
        return QFileDialog::getSaveFileName(parent, tr("New database"), folder, filter, nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    return QFileDialog::getOpenFileName(parent, tr("Open a database"), folder, filter);
}

void DatabaseMenu::chooseNew()
{
    const QString folder = isFile(m_current) ? QFileInfo(m_current).absolutePath() : QDir::homePath();
    QString path = m_chooser(m_window, true, folder);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        // A database is never replaced by an empty one.
        QMessageBox::warning(m_window, tr("New database"),
                             tr("%1 already exists. Choose a new name, or open it with File ▸ Open….")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    Q_EMIT databaseChosen(QFileInfo(path).absoluteFilePath());
}

void DatabaseMenu::chooseExisting()
{
    const QString folder = isFile(m_current) ? QFileInfo(m_current).absolutePath() : QDir::homePath();
    const QString path = m_chooser(m_window, false, folder);
    if (!path.isEmpty())
        openRecent(path);
}

void DatabaseMenu::openRecent(const QString &path)
{
    const QFileInfo file(path);
    if (!file.isFile()) {
        QMessageBox::warning(m_window, tr("Open a database"),
                             tr("%1 is not there any more.").arg(QDir::toNativeSeparators(path)));
        QStringList recent = recentFiles();
        recent.removeAll(path);
        QSettings().setValue(kRecentKey, recent);
        fillRecent();
        return;
    }
    if (file.absoluteFilePath() == QFileInfo(m_current).absoluteFilePath())
        return;
    Q_EMIT databaseChosen(file.absoluteFilePath());
}
