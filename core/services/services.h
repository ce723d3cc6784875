#pragma once

#include "domain/changearea.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class AnnualReportService;
class ChangeHub;
class BackupService;
class CommendationCatalogueService;
class CommendationService;
class DashboardService;
class Database;
class DemoGenerator;
class ObligationService;
class OrganisationService;
class PhaseReviewService;
class PlanService;
class RankingService;
class RecognitionService;
class RubricService;
class Seeder;
class ServerService;
class SubmissionService;
class UnitLineageService;
class UnitService;
class YearLockService;

// Every service over one database: the bundle MainWindow hands each screen, so that no
// screen holds the database or builds a repository. The services that announce changes
// (submissions, year locks, tasks, commendations, the catalogue, the document
// settings) are one instance each,
// shared by every screen, so a change made on one screen reaches the others. The
// database must outlive the bundle, or the bundle owns it (open()).
class Services final
{
    Q_DECLARE_TR_FUNCTIONS(Services)

public:
    explicit Services(const Database &database);
    enum class Open
    {
        Existing,        // a missing file is refused (every command but `init`)
        CreateIfMissing, // `xhht init` and the window's first run
    };
    // Opens the database file at `path` (made by `xhht init` or the first run) and the
    // bundle over it, which then owns it. Throws StorageError with the reason.
    static std::unique_ptr<Services> open(const QString &path, Open mode);
    // The database file a command line's --db names: the argument, else $XHHT_DB, else
    // the user's data folder.
    static QString resolvePath(const QString &argument);
    // The schema version this program writes (the last migration it knows).
    static int schemaVersion();
    ~Services();
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    // True when nothing can be written (a read-only file or folder).
    bool isReadOnly() const;
    // Why this program may not change `area`, for the screens to say while they disable
    // its editing; empty when it may. A read-only database changes nothing; on a server,
    // each role changes its own part of the work (ChangeArea).
    QString changeRefusal(ChangeArea area) const;
    bool mayChange(ChangeArea area) const { return changeRefusal(area).isEmpty(); }
    // A shared database on a server (File ▸ Reconnect to the server applies).
    bool isServer() const;
    // After the server connection was lost: connects again to the same server with the
    // same login, then tells every screen to read its data again (other people's changes
    // made meanwhile were not announced). Throws StorageError when it still cannot.
    void reconnect();
    // Where the data is, for the window's title and status bar: the file's path, or the
    // server's address without the password.
    QString location() const;
    // While a write waits for another program's lock: called about once a second with
    // the seconds waited (the window shows progress, the command line a line).
    void setLockWaitObserver(std::function<void(int seconds)> observer) const;
    // How long a write waits for another writer before giving up ($XHHT_LOCK_WAIT).
    static int lockWaitSeconds();

    // Where every service of the bundle announces what it changed; screens listen here.
    ChangeHub &changes() const { return *m_changes; }
    AnnualReportService &annualReports() const { return *m_annualReports; }
    BackupService &backups() const { return *m_backups; }
    CommendationCatalogueService &catalogue() const { return *m_catalogue; }
    CommendationService &commendations() const { return *m_commendations; }
    DashboardService &dashboard() const { return *m_dashboard; }
    DemoGenerator &demo() const { return *m_demo; }
    ObligationService &obligations() const { return *m_obligations; }
    OrganisationService &organisation() const { return *m_organisation; }
    PhaseReviewService &phaseReviews() const { return *m_phaseReviews; }
    PlanService &plan() const { return *m_plan; }
    RankingService &ranking() const { return *m_ranking; }
    RecognitionService &recognition() const { return *m_recognition; }
    RubricService &rubrics() const { return *m_rubrics; }
    Seeder &seeder() const { return *m_seeder; }
    // The shared office database: the login's role, logins, copying (`xhht server`).
    ServerService &server() const { return *m_server; }
    SubmissionService &submissions() const { return *m_submissions; }
    UnitLineageService &lineage() const { return *m_lineage; }
    UnitService &units() const { return *m_units; }
    YearLockService &yearLock() const { return *m_yearLock; }

private:
    explicit Services(std::unique_ptr<Database> database);
    void connectChanges();

    std::unique_ptr<Database> m_owned; // set by open()
    const Database &m_database;
    std::unique_ptr<ChangeHub> m_changes;
    std::unique_ptr<AnnualReportService> m_annualReports;
    std::unique_ptr<BackupService> m_backups;
    std::unique_ptr<CommendationCatalogueService> m_catalogue;
    std::unique_ptr<CommendationService> m_commendations;
    std::unique_ptr<DashboardService> m_dashboard;
    std::unique_ptr<DemoGenerator> m_demo;
    std::unique_ptr<ObligationService> m_obligations;
    std::unique_ptr<OrganisationService> m_organisation;
    std::unique_ptr<PhaseReviewService> m_phaseReviews;
    std::unique_ptr<PlanService> m_plan;
    std::unique_ptr<RankingService> m_ranking;
    std::unique_ptr<RecognitionService> m_recognition;
    std::unique_ptr<RubricService> m_rubrics;
    std::unique_ptr<Seeder> m_seeder;
    std::unique_ptr<ServerService> m_server;
    std::unique_ptr<SubmissionService> m_submissions;
    std::unique_ptr<UnitLineageService> m_lineage;
    std::unique_ptr<UnitService> m_units;
    std::unique_ptr<YearLockService> m_yearLock;
};
