#pragma once

#include "domain/recognitiondecision.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>
#include <utility>

class Database;

// The recognition_decision table of the recognition migration, and recognition_dossier. SQL only; the rules are
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

    // The recognition_dossier table of migration 0013: the day each unit's dossier for
    // `year` was sent, by unit id.
    QHash<qint64, QDate> dossiersSent(int year) const;
    // The row of a unit's dossier for the year: its id (0: none) and the day it was sent.
    std::pair<qint64, QDate> dossierSent(qint64 unitId, int year) const;
    qint64 insertDossierSent(qint64 unitId, int year, QDate sentOn);
    void updateDossierSent(qint64 id, QDate sentOn);
    void removeDossierSent(qint64 id);

private:
    const Database &m_database;
};
