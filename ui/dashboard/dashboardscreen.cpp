#include "dashboardscreen.h"

#include "services/backupservice.h"
#include "services/changehub.h"
#include "services/dashboardservice.h"
#include "services/services.h"
#include "widgets/deadlinetext.h"
#include "widgets/screenrefresh.h"
#include "widgets/waitcursor.h"

#include <QDateTime>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

DashboardScreen::DashboardScreen(Services &services, QDate lastOpened, QWidget *parent)
    : QWidget(parent), m_service(services.dashboard()), m_backups(services.backups()), m_lastOpened(lastOpened),
      m_title(new QLabel(this)), m_deadline(new QLabel(this)), m_recognition(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_counts(new QLabel(this)), m_reviews(new QLabel(this)),
      m_backup(new QLabel(this)), m_overdueTitle(new QLabel(this)), m_overdue(new QListWidget(this)),
      m_newTitle(new QLabel(this)), m_new(new QListWidget(this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_progress->setObjectName(QStringLiteral("submissionsProgress"));
    m_progress->setTextVisible(true);
    m_overdue->setObjectName(QStringLiteral("overdueTasks"));
    m_new->setObjectName(QStringLiteral("sinceLastOpened"));
    m_backup->setObjectName(QStringLiteral("backupStatus"));
    m_recognition->setObjectName(QStringLiteral("recognitionDeadline"));
    m_recognition->setWordWrap(true);
    m_backup->setWordWrap(true);
    connect(&m_backups, &BackupService::backedUp, this, &DashboardScreen::showBackupStatus);
    for (QListWidget *list : {m_overdue, m_new}) {
        list->setSelectionMode(QAbstractItemView::NoSelection);
        list->setFocusPolicy(Qt::NoFocus);
    }
    QFont bold = m_overdueTitle->font();
    bold.setBold(true);
    m_overdueTitle->setFont(bold);
    m_newTitle->setFont(bold);

    auto *jobs = new QHBoxLayout;
    jobs->addWidget(jobButton(tr("Record &submissions"), QStringLiteral(":/icons/submissions.svg"), RecordSubmissions));
    jobs->addWidget(jobButton(tr("S&core the units"), QStringLiteral(":/icons/scoring.svg"), ScoreUnits));
    jobs->addWidget(jobButton(tr("&Write the report"), QStringLiteral(":/icons/report.svg"), WriteReport));
    jobs->addWidget(jobButton(tr("Follow the &tasks"), QStringLiteral(":/icons/tasks.svg"), FollowTasks));
    jobs->addStretch(1);

    auto *lists = new QGridLayout;
    lists->addWidget(m_overdueTitle, 0, 0);
    lists->addWidget(m_overdue, 1, 0);
    lists->addWidget(m_newTitle, 0, 1);
    lists->addWidget(m_new, 1, 1);
    lists->setColumnStretch(0, 3);
    lists->setColumnStretch(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_deadline);
    layout->addWidget(m_recognition);
    layout->addSpacing(6);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    layout->addWidget(m_reviews);
    layout->addWidget(m_backup);
    layout->addSpacing(6);
    layout->addLayout(jobs);
    layout->addSpacing(6);
    layout->addLayout(lists, 1);
    // Data this screen shows, changed elsewhere (another screen, an import, an undo):
    // reloaded at once when visible, else when shown.
    new ScreenRefresh(
        this, services.changes(),
        [](const DataChange &c) {
            return c.kind != DataChange::Kind::Catalogue && c.kind != DataChange::Kind::ReportTexts &&
                   c.kind != DataChange::Kind::Commendations;
        },
        [this] { reload(); });
}

DashboardScreen::~DashboardScreen() = default;

QPushButton *DashboardScreen::jobButton(const QString &text, const QString &icon, Job job)
{
    auto *button = new QPushButton(QIcon(icon), text, this);
    button->setIconSize(QSize(24, 24));
    button->setMinimumHeight(40);
    connect(button, &QPushButton::clicked, this, [this, job] { Q_EMIT jobRequested(job, m_summary.year); });
    return button;
}

void DashboardScreen::setToday(QDate today)
{
    m_today = today;
    reload();
}

void DashboardScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void DashboardScreen::reload()
{
    {
        const WaitCursor wait;
        m_summary = m_service.summary(m_today.isValid() ? m_today : QDate::currentDate(), m_lastOpened);
    }
    const DashboardSummary &s = m_summary;
    m_title->setText(tr("Year %1").arg(s.year));
    DeadlineText::show(m_deadline, s.today, s.reportDeadline);
    m_recognition->setVisible(s.recognitionYear > 0);
    if (s.recognitionYear > 0)
        m_recognition->setText(
            tr("Recognition dossiers of %1 (Circular 24/2023) to the Department of Education before %2: %n unit(s) "
               "reach a level on their reviewed results",
               nullptr, s.recognitionReady)
                .arg(s.recognitionYear)
                .arg(s.recognitionDeadline.toString(QStringLiteral("dd/MM/yyyy"))));
    m_progress->setRange(0, qMax(1, s.expected));
    m_progress->setValue(s.received);
    m_progress->setFormat(tr("%1 of %2 units have sent their report").arg(s.received).arg(s.expected));
    m_counts->setText(tr("Received: %1 (late %2) · Missing: %3 · Units' deadline: %4")
                          .arg(s.received)
                          .arg(s.late)
                          .arg(s.missing)
                          .arg(s.unitDeadline.toString(QStringLiteral("dd/MM/yyyy"))));
    m_reviews->setText(s.notReviewed > 0 ? tr("Units whose scores are not yet reviewed: %1").arg(s.notReviewed)
                       : s.received == 0 ? tr("No unit has sent its report yet.")
                                         : tr("Every unit that sent its report has been reviewed."));

    showBackupStatus();

    m_overdueTitle->setText(tr("Overdue tasks: %1").arg(s.overdue.size()));
    m_overdue->clear();
    if (!s.obligationsKnown)
        m_overdue->addItem(tr("The year's tasks are not generated yet (the database is read-only)."));
    else if (s.overdue.isEmpty())
        m_overdue->addItem(tr("No task is overdue."));
    for (const Obligation &o : s.overdue)
        m_overdue->addItem(
            tr("%1 – %2: due %3").arg(o.taskCode, o.unitName, o.dueDate.toString(QStringLiteral("dd/MM/yyyy"))));

    m_newTitle->setText(
        m_lastOpened.isValid()
            ? tr("Overdue since you last opened xhht (%1)").arg(m_lastOpened.toString(QStringLiteral("dd/MM/yyyy")))
            : tr("Overdue since you last opened xhht"));
    m_new->clear();
    m_new->addItems(s.sinceLastOpened);
    if (s.sinceLastOpened.isEmpty())
        m_new->addItem(tr("Nothing new."));
}

void DashboardScreen::showBackupStatus()
{
    const QDateTime now = m_today.isValid() ? QDateTime(m_today, QTime(12, 0)) : QDateTime::currentDateTime();
    const BackupStatus status = m_backups.status(now);
    const QString folder = QDir::toNativeSeparators(status.folder);
    QString text;
    if (status.onServer)
        text = tr("The data is on a server: its backups are made there by the administrator (pg_dump).");
    else if (status.folder.isEmpty())
        text = tr("No backup folder is chosen: choose one (a USB stick or a network folder) in Tools ▸ Settings.");
    else if (status.folderMissing)
        text = tr("The backup folder %1 cannot be found: plug in the USB stick or connect the network folder.")
                   .arg(folder);
    else if (!status.last.isValid())
        text = tr("No backup in %1 yet: File ▸ Back up now makes one.").arg(folder);
    else if (status.ageDays > 7)
        text = tr("The last backup (%1) is %2 days old: File ▸ Back up now makes one.")
                   .arg(status.last.toString(QStringLiteral("dd/MM/yyyy HH:mm")))
                   .arg(status.ageDays);
    else
        text = tr("Last backup: %1, in %2.").arg(status.last.toString(QStringLiteral("dd/MM/yyyy HH:mm")), folder);
    m_backup->setText(text);
    m_backup->setProperty("warning", status.needsAttention());
    m_backup->setStyleSheet(status.needsAttention() ? QStringLiteral("color: #c62828;") : QString());
}
