#include "services.h"

#include "annualreportservice.h"
#include "backupservice.h"
#include "changehub.h"
#include "commendationcatalogueservice.h"
#include "commendationservice.h"
#include "dashboardservice.h"
#include "demogenerator.h"
#include "obligationservice.h"
#include "organisationservice.h"
#include "phasereviewservice.h"
#include "planservice.h"
#include "rankingservice.h"
#include "recognitionservice.h"
#include "rubricservice.h"
#include "seeder.h"
#include "serverservice.h"
#include "storage/database.h"
#include "submissionservice.h"
#include "unitlineageservice.h"
#include "unitservice.h"
#include "yearlockservice.h"

Services::Services(const Database &database)
    : m_database(database), m_changes(std::make_unique<ChangeHub>()),
      m_annualReports(std::make_unique<AnnualReportService>(database, m_changes.get())),
      m_backups(std::make_unique<BackupService>(database)),
      m_catalogue(std::make_unique<CommendationCatalogueService>(database)),
      m_commendations(std::make_unique<CommendationService>(database)),
      m_dashboard(std::make_unique<DashboardService>(database)), m_demo(std::make_unique<DemoGenerator>(database)),
      m_obligations(std::make_unique<ObligationService>(database)),
      m_organisation(std::make_unique<OrganisationService>(database)),
      m_phaseReviews(std::make_unique<PhaseReviewService>(database)), m_plan(std::make_unique<PlanService>(database)),
      m_ranking(std::make_unique<RankingService>(database, m_changes.get())),
      m_recognition(std::make_unique<RecognitionService>(database, m_changes.get())),
      m_rubrics(std::make_unique<RubricService>(database, m_changes.get())),
      m_seeder(std::make_unique<Seeder>(database)), m_server(std::make_unique<ServerService>(database)),
      m_submissions(std::make_unique<SubmissionService>(database)),
      m_lineage(std::make_unique<UnitLineageService>(database, m_changes.get())),
      m_units(std::make_unique<UnitService>(database)), m_yearLock(std::make_unique<YearLockService>(database))
{
    connectChanges();
}

namespace {

// What a table changed by another program means to the screens.
DataChange::Kind kindOfTable(const QString &table)
{
    using Kind = DataChange::Kind;
    if (table == QLatin1String("unit"))
        return Kind::Units;
    if (table == QLatin1String("year_setting"))
        return Kind::YearSettings;
    if (table == QLatin1String("rubric_criterion"))
        return Kind::Rubrics;
    if (table == QLatin1String("task_obligation"))
        return Kind::Tasks;
    if (table == QLatin1String("commendation_proposal"))
        return Kind::Commendations;
    if (table == QLatin1String("individual"))
        return Kind::Catalogue;
    if (table == QLatin1String("report_text"))
        return Kind::ReportTexts;
    if (table == QLatin1String("recognition_decision") || table == QLatin1String("recognition_dossier"))
        return Kind::Recognition;
    return Kind::Submissions;
}

} // namespace

void Services::connectChanges()
{
    // The services with signals of their own: one announcement each, on the hub.
    ChangeHub *hub = m_changes.get();
    using Kind = DataChange::Kind;
    // Other people's changes on a shared server, as they commit them.
    m_database.listenForChanges([hub](const QString &table) { hub->announce(kindOfTable(table)); });
    QObject::connect(m_submissions.get(), &SubmissionService::submissionSaved, hub,
                     [hub](qint64 unitId, int year) { hub->announce(Kind::Submissions, year, {unitId}); });
    QObject::connect(m_submissions.get(), &SubmissionService::yearChanged, hub,
                     [hub](int year) { hub->announce(Kind::Submissions, year); });
    QObject::connect(m_yearLock.get(), &YearLockService::lockChanged, hub,
                     [hub](int year) { hub->announce(Kind::YearSettings, year); });
    QObject::connect(m_obligations.get(), &ObligationService::obligationChanged, hub,
                     [hub](qint64, int year) { hub->announce(Kind::Tasks, year); });
    QObject::connect(m_obligations.get(), &ObligationService::yearGenerated, hub,
                     [hub](int year) { hub->announce(Kind::Tasks, year); });
    QObject::connect(m_obligations.get(), &ObligationService::tasksChanged, hub, [hub] { hub->announce(Kind::Tasks); });
    QObject::connect(m_commendations.get(), &CommendationService::proposalsChanged, hub,
                     [hub] { hub->announce(Kind::Commendations); });
    QObject::connect(m_catalogue.get(), &CommendationCatalogueService::catalogueChanged, hub,
                     [hub] { hub->announce(Kind::Catalogue); });
}

Services::Services(std::unique_ptr<Database> database) : Services(*database)
{
    m_owned = std::move(database);
}

Services::~Services() = default;

std::unique_ptr<Services> Services::open(const QString &path, Open mode)
{
    auto database = std::make_unique<Database>();
    database->open(path, mode == Open::CreateIfMissing ? Database::OpenMode::CreateIfMissing
                                                       : Database::OpenMode::ExistingOnly);
    return std::unique_ptr<Services>(new Services(std::move(database)));
}

int Services::schemaVersion()
{
    return Database::latestSchemaVersion();
}

QString Services::resolvePath(const QString &argument)
{
    return Database::resolvePath(argument);
}

bool Services::isServer() const
{
    return m_database.isServer();
}

void Services::reconnect()
{
    m_database.reconnect();
    using Kind = DataChange::Kind;
    for (Kind kind : {Kind::Units, Kind::Submissions, Kind::YearSettings, Kind::Rubrics, Kind::Tasks,
                      Kind::Commendations, Kind::Catalogue, Kind::ReportTexts, Kind::Recognition})
        m_changes->announce(kind);
}

bool Services::isReadOnly() const
{
    // A leader's login reads and prints; the server would refuse its changes anyway.
    return m_database.isReadOnly() || m_server->readOnlyRole();
}

QString Services::changeRefusal(ChangeArea area) const
{
    if (m_database.isReadOnly())
        return tr("The database is open read-only: changes cannot be saved.");
    if (!m_server->isServer())
        return QString();
    const QString role = m_server->role();
    if (ChangeAreas::roleMayChange(role, area))
        return QString();
    if (role == QLatin1String("leader"))
        return tr("Your login %1 is a leader's: it reads, prints and exports, and changes nothing.")
            .arg(m_server->login());
    if (role == QLatin1String("unit"))
        return tr("Your login %1 is the unit %2's: it changes only its own submission.")
            .arg(m_server->login(), m_server->unitCode());
    return ChangeAreas::isCouncilWork(area)
               ? tr("Your login %1 may not change this: it is the council's work (Văn phòng Sở).")
                     .arg(m_server->login())
               : tr("Your login %1 may not change this: it is the clerk's work (Phòng QLVH&GĐ).")
                     .arg(m_server->login());
}

QString Services::location() const
{
    return m_database.location();
}

void Services::setLockWaitObserver(std::function<void(int)> observer) const
{
    m_database.setLockWaitObserver(std::move(observer));
}

int Services::lockWaitSeconds()
{
    return Database::lockWaitSeconds();
}
