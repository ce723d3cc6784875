#pragma once

#include "domain/recognitiondecision.h"

#include <QList>

#include <optional>

class Database;

// The recognition_decision table of the recognition migration. SQL only; the rules are
// RecognitionService's.
class RecognitionRepository
{
public:
    explicit RecognitionRepository(const Database &database) : m_database(database) {}

    // Every decision, by unit then year (unitId 0), or one unit's.
    QList<RecognitionDecision> decisions(qint64 unitId = 0) const;
    std::optional<RecognitionDecision> decision(qint64 id) const;
    // The id of the unit's decision for the year, 0 when there is none.
    qint64 idFor(qint64 unitId, int year) const;
    // Inserts with the decision's id when it is set (a restored decision), else a new one.
    qint64 insert(const RecognitionDecision &decision);
    void update(const RecognitionDecision &decision);
    void remove(qint64 id);

private:
    const Database &m_database;
};
