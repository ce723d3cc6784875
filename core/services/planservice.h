#pragma once

#include "domain/organisationsettings.h"
#include "domain/phase.h"
#include "domain/plan.h"
#include "domain/plansection.h"
#include "domain/task.h"
#include "domain/timeline.h"
#include "domain/yearsettings.h"

#include <QDate>
#include <QList>

class Database;

// The plan as the database holds it, for the screens and commands that show it: the plan
// itself, its outline, phases and tasks, each year's settings, the timeline they make,
// and the department's document details. Reads only; each throws StorageError.
class PlanService
{
public:
    explicit PlanService(const Database &database) : m_database(database) {}

    Plan plan() const;                   // an empty Plan when none is stored
    QList<PlanSection> sections() const; // outline order
    QList<Phase> phases() const;
    QList<Task> tasks() const; // with assignees and section paths, in code order
    QList<YearSettings> years() const;
    OrganisationSettings organisation() const;
    Timeline timeline(QDate today = QDate::currentDate()) const;

private:
    const Database &m_database;
};
