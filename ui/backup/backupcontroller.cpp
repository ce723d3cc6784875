#include "backupcontroller.h"

#include "domain/storageerror.h"
#include "services/backupservice.h"
#include "services/serverservice.h"
#include "services/services.h"
#include "widgets/waitcursor.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

BackupController::BackupController(Services &services, QWidget *window)
    : QObject(window), m_services(services), m_window(window), m_backUpNow(new QAction(tr("&Back up now"), this)),
      m_restore(new QAction(tr("&Restore from a backup…"), this)), m_daily(new QTimer(this)),
      m_waitEnded(new QTimer(this))
{
    m_backUpNow->setObjectName(QStringLiteral("fileBackUpNow"));
    m_restore->setObjectName(QStringLiteral("fileRestore"));
    m_restore->setEnabled(!services.isReadOnly() && !services.server().isServer());
    if (services.server().isServer()) {
        // A server's backups are pg_dump's, made by its administrator (docs/server.md).
        const QString why = tr("The data is on a server: its administrator backs it up with pg_dump.");
        m_backUpNow->setEnabled(false);
        m_backUpNow->setToolTip(why);
        m_restore->setToolTip(why);
    }
    connect(m_backUpNow, &QAction::triggered, this, &BackupController::backUpNow);
    connect(m_restore, &QAction::triggered, this, &BackupController::chooseAndRestore);

    // At least daily while the window stays open: checked every hour.
    m_daily->setInterval(3600 * 1000);
    connect(m_daily, &QTimer::timeout, this, [this] { backUpIfDue(false); });
    m_daily->start();

    m_waitEnded->setSingleShot(true);
    m_waitEnded->setInterval(1500);
    connect(m_waitEnded, &QTimer::timeout, this, [this] {
        if (m_waiting)
            m_waiting->hide();
    });
    services.setLockWaitObserver([this](int seconds) { onLockWait(seconds); });
}

BackupController::~BackupController()
{
    m_services.setLockWaitObserver({});
}

void BackupController::backUpNow()
{
    BackupService &backups = m_services.backups();
    const QString folder = BackupService::folder();
    try {
        BackupReport report;
        if (!folder.isEmpty() && QFileInfo(folder).isDir()) {
            const WaitCursor wait;
            report = backups.backUpToFolder(folder);
        } else {
            const QString suggested = QFileInfo(m_services.location()).completeBaseName() +
                                      QDateTime::currentDateTime().toString(QStringLiteral("-yyyyMMdd-HHmmss")) +
                                      QStringLiteral(".sqlite");
            const QString target = QFileDialog::getSaveFileName(m_window, tr("Back up the database"), suggested,
                                                                tr("xhht databases (*.sqlite)"));
            if (target.isEmpty())
                return;
            const WaitCursor wait;
            report = backups.backUp(target);
        }
        Q_EMIT statusMessage(tr("Backed up to %1 and checked: %2 units, %3 submissions.")
                                 .arg(QDir::toNativeSeparators(report.path))
                                 .arg(report.rows(QStringLiteral("unit")))
                                 .arg(report.rows(QStringLiteral("submission"))));
    } catch (const StorageError &error) {
        QMessageBox::warning(m_window, tr("Backup failed"), error.message());
    }
}

void BackupController::chooseAndRestore()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Restore from a backup"), BackupService::folder(),
                                                      tr("xhht databases (*.sqlite *.bak);;All files (*)"));
    if (!path.isEmpty())
        restoreFrom(path);
}

bool BackupController::restoreFrom(const QString &path)
{
    const auto answer = QMessageBox::question(
        m_window, tr("Restore from a backup"),
        tr("Replace everything in the database with the backup %1?\n\nThe backup is checked first; the database as it "
           "is now is kept as a copy beside it.")
            .arg(QDir::toNativeSeparators(path)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    RestoreReport report;
    try {
        const WaitCursor wait;
        report = m_services.backups().restore(path);
    } catch (const StorageError &error) {
        QMessageBox::warning(m_window, tr("Restore failed"), error.message());
        return false;
    }
    QMessageBox::information(m_window, tr("Restored"),
                             tr("The backup %1 is restored. The database as it was is kept as %2.")
                                 .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(report.keptCopy)));
    Q_EMIT restored();
    return true;
}

bool BackupController::offerRestoreOverDamaged(const QString &databasePath, const QString &why)
{
    QMessageBox box(QMessageBox::Critical, tr("Cannot open the database"),
                    why + QStringLiteral("\n\n") +
                        tr("You can put a backup in its place: the backup is checked first, and the damaged file "
                           "is kept beside it."));
    QPushButton *restore = box.addButton(tr("Restore from a backup…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(restore);
    for (;;) {
        box.exec();
        if (box.clickedButton() != restore)
            return false;
        const QString backup =
            QFileDialog::getOpenFileName(nullptr, tr("Restore from a backup"), BackupService::folder(),
                                         tr("xhht databases (*.sqlite *.bak);;All files (*)"));
        if (backup.isEmpty())
            continue;
        try {
            const WaitCursor wait;
            const RestoreReport report = BackupService::restoreOverDamaged(databasePath, backup);
            QMessageBox::information(nullptr, tr("Restored"),
                                     tr("The backup %1 was checked and put in place of %2. The damaged file is "
                                        "kept as %3.")
                                         .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(databasePath),
                                              QDir::toNativeSeparators(report.keptCopy)));
            return true;
        } catch (const StorageError &error) {
            QMessageBox::warning(nullptr, tr("Restore failed"), error.message());
        }
    }
}

void BackupController::backUpIfDue(bool closing)
{
    try {
        const BackupReport report = m_services.backups().backUpIfDue(closing);
        if (!report.path.isEmpty())
            Q_EMIT statusMessage(tr("Automatic backup: %1").arg(QDir::toNativeSeparators(report.path)));
    } catch (const StorageError &error) {
        Q_EMIT statusMessage(tr("The automatic backup failed: %1").arg(error.message()));
    }
}

void BackupController::onLockWait(int seconds)
{
    if (QThread::currentThread() != thread())
        return; // a write on another thread: no widgets from there
    if (!m_waiting) {
        m_waiting = new QProgressDialog(m_window);
        m_waiting->setObjectName(QStringLiteral("lockWait"));
        m_waiting->setWindowTitle(tr("Waiting"));
        m_waiting->setCancelButton(nullptr);
        m_waiting->setWindowModality(Qt::WindowModal);
        m_waiting->setMinimumDuration(0);
    }
    m_waiting->setLabelText(tr("Another program or person is writing to the database. Waiting for them to finish "
                               "(%1 of at most %2 seconds)…")
                                .arg(seconds)
                                .arg(Services::lockWaitSeconds()));
    m_waiting->setRange(0, Services::lockWaitSeconds());
    m_waiting->setValue(seconds);
    m_waiting->show();
    m_waitEnded->start();
    // Inside SQLite's wait: paint, but take no clicks or keys that would write again.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}
