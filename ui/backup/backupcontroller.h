#pragma once

#include <QObject>
#include <QString>

class QAction;
class QProgressDialog;
class QTimer;
class QWidget;
class Services;

// The window's side of backups: File ▸ Back up now and File ▸ Restore from a backup…, the automatic
// backups (when the window opens and at least daily while it stays open, and at closing
// when something changed), and the progress shown while a write waits for another
// program's lock.
class BackupController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupController)

public:
    BackupController(Services &services, QWidget *window);
    ~BackupController() override;

    QAction *backUpNowAction() const { return m_backUpNow; }
    QAction *restoreAction() const { return m_restore; }

    // File ▸ Back up now: into the chosen folder, else to a file the clerk names.
    void backUpNow();
    // File ▸ Restore from a backup…: asks for the backup, then restoreFrom().
    void chooseAndRestore();
    // Asks for confirmation, restores, and tells how it went. True when restored.
    bool restoreFrom(const QString &path);
    // At start, a database file too damaged to open (`why`): says so and offers to put a
    // backup in its place (BackupService::restoreOverDamaged, the damaged file kept beside
    // it). True when a backup was restored and the file can be opened again.
    static bool offerRestoreOverDamaged(const QString &databasePath, const QString &why);
    // The automatic backup, when due; a failure is shown in the status bar, not in a box.
    void backUpIfDue(bool closing);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // A backup was restored: the window must be opened again on the new content.
    void restored();

private:
    void onLockWait(int seconds);

    Services &m_services;
    QWidget *m_window;
    QAction *m_backUpNow;
    QAction *m_restore;
    QTimer *m_daily;
    QProgressDialog *m_waiting = nullptr;
    QTimer *m_waitEnded;
};
