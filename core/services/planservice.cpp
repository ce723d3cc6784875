#include "planservice.h"

#include "storage/organisationrepository.h"
#include "storage/planrepository.h"
#include "storage/rubricrepository.h"
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
    const QList<YearSettings> settings = years();
    QHash<qint64, QString> methods;
    for (const Rubric &r : RubricRepository(m_database).all())
        methods.insert(r.id, r.method);
    QList<int> levelsYears; // TT24 years: recognition dossiers before 15/01 of the next year
    for (const YearSettings &s : settings)
        if (methods.value(s.rubricId) == QLatin1String("levels"))
            levelsYears.append(s.year);
    return Timeline::build(plans.plan().value_or(Plan()), plans.phases(), settings, tasks(), today, levelsYears);
}
