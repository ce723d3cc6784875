#include "planservice.h"

#include "storage/organisationrepository.h"
#include "storage/planrepository.h"
#include "storage/taskrepository.h"
#include "storage/yearsettingsrepository.h"

Plan PlanService::plan() const
{
    return PlanRepository(m_database).plan().value_or(Plan());
}

QList<PlanSection> PlanService::sections() const
{
    return PlanRepository(m_database).sections();
}

QList<Phase> PlanService::phases() const
{
    return PlanRepository(m_database).phases();
}

QList<Task> PlanService::tasks() const
{
    return TaskRepository(m_database).all();
}

QList<YearSettings> PlanService::years() const
{
    return YearSettingsRepository(m_database).all();
}

OrganisationSettings PlanService::organisation() const
{
    return OrganisationRepository(m_database).load();
}

Timeline PlanService::timeline(QDate today) const
{
    const PlanRepository plans(m_database);
    return Timeline::build(plans.plan().value_or(Plan()), plans.phases(), years(), tasks(), today);
}
