#pragma once

#include "domain/dashboardsummary.h"

#include <QDate>
#include <QWidget>

class BackupService;
class DashboardService;
class Services;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

// The first screen: where the current year stands the moment the program opens (days
// until 10/12, submissions received / late / missing with a progress bar, units not
// reviewed, overdue tasks, what became overdue since xhht was last opened) and a button
// for each of the three main jobs; and when the last backup was made, with a warning when
// it is more than a week old or its folder is missing.
class DashboardScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardScreen)

public:
    enum Job
    {
        RecordSubmissions,
        ScoreUnits,
        WriteReport,
        FollowTasks,
    };

    // `lastOpened`: the day xhht was last opened before this run (invalid: never).
    DashboardScreen(Services &services, QDate lastOpened, QWidget *parent = nullptr);
    ~DashboardScreen() override;

    void setToday(QDate today); // tests; reloads
    void reload();
    const DashboardSummary &summary() const { return m_summary; }

Q_SIGNALS:
    void jobRequested(int job, int year);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QPushButton *jobButton(const QString &text, const QString &icon, Job job);
    void showBackupStatus();

    DashboardService &m_service; // the bundle's
    BackupService &m_backups;
    QDate m_today;
    QDate m_lastOpened;
    DashboardSummary m_summary;
    QLabel *m_title;
    QLabel *m_deadline;
    QLabel *m_recognition;
    QProgressBar *m_progress;
    QLabel *m_counts;
    QLabel *m_reviews;
    QLabel *m_backup;
    QLabel *m_overdueTitle;
    QListWidget *m_overdue;
    QLabel *m_newTitle;
    QListWidget *m_new;
};
