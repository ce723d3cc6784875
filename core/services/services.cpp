#include "services.h"

#include "annualreportservice.h"
#include "commendationcatalogueservice.h"
#include "commendationservice.h"
#include "dashboardservice.h"
#include "obligationservice.h"
#include "phasereviewservice.h"
#include "planservice.h"
#include "rankingservice.h"
#include "rubricservice.h"
#include "storage/database.h"
#include "submissionservice.h"
#include "unitlineageservice.h"
#include "unitservice.h"
#include "yearlockservice.h"

Services::Services(const Database &database)
    : m_database(database), m_annualReports(std::make_unique<AnnualReportService>(database)),
      m_catalogue(std::make_unique<CommendationCatalogueService>(database)),
      m_commendations(std::make_unique<CommendationService>(database)),
      m_dashboard(std::make_unique<DashboardService>(database)),
      m_obligations(std::make_unique<ObligationService>(database)),
      m_phaseReviews(std::make_unique<PhaseReviewService>(database)), m_plan(std::make_unique<PlanService>(database)),
      m_ranking(std::make_unique<RankingService>(database)), m_rubrics(std::make_unique<RubricService>(database)),
      m_submissions(std::make_unique<SubmissionService>(database)),
      m_lineage(std::make_unique<UnitLineageService>(database)), m_units(std::make_unique<UnitService>(database)),
      m_yearLock(std::make_unique<YearLockService>(database))
{}

Services::~Services() = default;

bool Services::isReadOnly() const
{
    return m_database.isReadOnly();
}

QString Services::location() const
{
    return m_database.path();
}
