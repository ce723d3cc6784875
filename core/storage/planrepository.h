#pragma once

#include "domain/phase.h"
#include "domain/plan.h"
#include "domain/plansection.h"

#include <QList>

#include <optional>

class Database;

// The plan, its outline and its phases.
class PlanRepository
{
public:
    explicit PlanRepository(const Database &database) : m_database(database) {}

    std::optional<Plan> plan() const;
    QList<PlanSection> sections() const; // outline order
    QList<Phase> phases() const;

    qint64 insertPlan(const Plan &plan);
    qint64 insertSection(qint64 planId, const PlanSection &section);
    qint64 insertPhase(qint64 planId, const Phase &phase);

private:
    const Database &m_database;
};
