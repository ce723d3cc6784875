#pragma once

#include "domain/auditentry.h"
#include "domain/recognitiondecision.h"
#include "domain/recognitiondossier.h"
#include "domain/recognitiondossiers.h"
#include "domain/recognitionstatus.h"
#include "domain/unit.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class ChangeHub;
class Database;
struct YearContext;

// A unit as the recognition list shows it on a day: its name then, and its status.
struct RecognitionRow
{
    Unit unit;
    QString name; // the unit's name on the day (a renamed unit keeps its decisions)
    RecognitionStatus status;
};

// The recognition decisions of Thông tư 24/2023 (domain.md §1.3) and what follows from
// them for every unit: its recognition, until when it is kept, from when it may ask for
// Mức 2, and whether it must be evaluated again this year. A renamed unit keeps its
// decisions (it is the same unit); a merged or split unit starts unrecognised unless the
// clerk carries a former unit's decision over, with a note. Every change is one
// transaction with its audit entries; a refused one writes nothing and throws
// ValidationError naming the field.
class RecognitionService
{
    Q_DECLARE_TR_FUNCTIONS(RecognitionService)

public:
    // `changes`, when given, hears of every change made (ChangeHub).
    explicit RecognitionService(const Database &database, ChangeHub *changes = nullptr)
        : m_database(database), m_changes(changes)
    {}

    // The date decision dates compare against; today unless set (tests).
    void setToday(QDate today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    QList<RecognitionDecision> decisions(qint64 unitId = 0) const;
    std::optional<RecognitionDecision> decision(qint64 id) const;
    // Inserts (id 0) or updates; returns the stored decision. Checks: the unit exists, a
    // level 0-2, the decision's number, a date after the year recognised and not in the
    // future, one decision per unit and year, a note for a carried decision.
    RecognitionDecision save(const RecognitionDecision &decision);
    void remove(qint64 id);
    // Puts back a removed decision with its former id (undo of a removal).
    void restore(const RecognitionDecision &decision);
    // Carries a decision over to a unit that the decision's unit became (merged into or
    // split into), with the clerk's note saying why.
    RecognitionDecision carryOver(qint64 decisionId, qint64 toUnitId, const QString &note);

    // Every unit active on `day`, in Vietnamese order of its name that day, with its status.
    QList<RecognitionRow> statuses(QDate day) const;
    RecognitionStatus statusOf(qint64 unitId, QDate day) const;
    QList<AuditEntry> history(qint64 decisionId) const;

    // The dossier of a unit for a year: each chỉ tiêu of the year's rubric with the
    // reviewed result (else the unit's self-assessment), its evidence, and the level
    // reached. Throws ValidationError when the year is not on a levels rubric (TT24) or
    // the unit was not active in it.
    RecognitionDossier dossier(qint64 unitId, int year) const;
    // The units active in a year, for dossiers of all of them.
    QList<Unit> unitsOf(int year) const;

    // The dossiers of a year due before 15 January of the following year: for every unit
    // active in it, sent, ready, missing or not qualifying (RecognitionDossiers). A year
    // not evaluated by levels has none (levels false, no entries).
    RecognitionDossiers dossiers(int year) const;
    // Records the day the unit's dossier for `year` was sent, or clears it (an invalid
    // date), as one audited transaction. Checks: the unit was active in the year, the
    // year is evaluated by levels, the day is after the year and not in the future.
    void setDossierSent(qint64 unitId, int year, QDate sentOn);
    QDate dossierSent(qint64 unitId, int year) const;

private:
    void check(RecognitionDecision &decision) const;
    void announce(qint64 unitId) const;
    RecognitionDossier dossierIn(const YearContext &context, qint64 unitId) const;

    const Database &m_database;
    ChangeHub *m_changes;
    QDate m_today;
};
