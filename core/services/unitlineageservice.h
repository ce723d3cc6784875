#pragma once

#include "domain/unit.h"
#include "domain/unitchange.h"
#include "domain/unithistoryentry.h"
#include "domain/validationissue.h"

#include <QCoreApplication>
#include <QList>

class ChangeHub;
class Database;

// The units over time: create, rename, merge, split, dissolve and move, each on an
// effective date (the first day of the new state), in one transaction, audited, and
// undoable exactly (undo() and redo() of the UnitChange an operation returns). Reading
// the units, their names on a day and the roll-ups is UnitService's.
//
// Rules (each refusal is a ValidationError naming the problem, nothing written):
// - dates lie in the plan period (2024-01-01 to 2030-12-31 from the plan table);
// - no two units active on the same day share a name (NFC, case-insensitive);
// - no event before a unit's creation; a unit that ends (merge, split, dissolve) must
//   have been valid before the date and still be valid on it;
// - a merge target is valid on the date (not dissolved or merged away), and is not one
//   of the merged units;
// - a unit that ends keeps its submissions of the years before; one with submissions
//   for a year after its last day is refused (those would belong to no unit).
// Submissions and scores are never moved: they stay with the unit as it was in its year.
//
// Units that end get valid_to = date - 1 and an event dated `date`: merged_into (related:
// the target), split_into (one per part, related: the part) or dissolved. New units start
// on `date` with a created event. A rename keeps the former name in its event (old and
// new value, date), so nameOn() gives a unit's name on any day.
class UnitLineageService
{
    Q_DECLARE_TR_FUNCTIONS(UnitLineageService)

public:
    // `changes`, when given, hears of every change made (ChangeHub).
    explicit UnitLineageService(const Database &database, ChangeHub *changes = nullptr)
        : m_database(database), m_changes(changes)
    {}

    // The plan period: the first and last day an event may take effect.
    QDate periodStart() const;
    QDate periodEnd() const;

    // The checks, without writing: an empty list when the operation may go ahead.
    // `unit.validFrom` is the effective date of a creation.
    QList<ValidationIssue> checkCreate(const Unit &unit) const;
    QList<ValidationIssue> checkRename(qint64 unitId, const QString &newName, QDate date) const;
    // `targetId` 0: into `newTarget`, created on the date.
    QList<ValidationIssue> checkMerge(const QList<qint64> &sourceIds, qint64 targetId, const Unit &newTarget,
                                      QDate date) const;
    QList<ValidationIssue> checkSplit(qint64 unitId, const QList<Unit> &parts, QDate date) const;
    QList<ValidationIssue> checkDissolve(qint64 unitId, QDate date) const;
    // `parentId` 0: no parent.
    QList<ValidationIssue> checkMove(qint64 unitId, qint64 parentId, const QString &group, QDate date) const;

    // The operations. Each throws ValidationError (refused) or StorageError (nothing
    // written) and returns what it did.
    UnitChange create(const Unit &unit, const QString &note = {});
    UnitChange rename(qint64 unitId, const QString &newName, QDate date, const QString &note = {});
    UnitChange merge(const QList<qint64> &sourceIds, qint64 targetId, const Unit &newTarget, QDate date,
                     const QString &note = {});
    UnitChange split(qint64 unitId, const QList<Unit> &parts, QDate date, const QString &note = {});
    UnitChange dissolve(qint64 unitId, QDate date, const QString &note = {});
    UnitChange move(qint64 unitId, qint64 parentId, const QString &group, QDate date, const QString &note = {});

    // Adds checked units (UnitImport) in one transaction: each with its created event
    // (and a dissolved one when it has a last day), its parent found by `parentCodes`
    // (by index), audited as imported from `source`. Throws ValidationError or
    // StorageError (nothing written).
    void importUnits(const QList<Unit> &units, const QStringList &parentCodes, const QString &source);

    // Restores the state before `change` exactly (units, their validity, parents and
    // names; its events and created units removed), or puts it back with the same ids.
    // Refused (ValidationError) when the units were changed since, or when a unit to
    // remove has submissions by now. One transaction each, audited.
    void undo(const UnitChange &change);
    void redo(const UnitChange &change);

private:
    QList<ValidationIssue> checkDate(QDate date) const;
    QList<ValidationIssue> checkNewUnit(const Unit &unit, QDate date, const QList<Unit> &units,
                                        const QList<qint64> &ending) const;
    QList<ValidationIssue> checkEnding(const Unit &unit, QDate date) const;
    // Refuses (ValidationError) an undo or redo when a unit is no longer as the step left it.
    void requireUnchanged(const QList<Unit> &expected, bool undoing) const;
    void audit(const UnitChange &change, const QString &action, bool undoing) const;
    // Tells the ChangeHub which units a committed change touched.
    void announce(const UnitChange &change) const;

    const Database &m_database;
    ChangeHub *m_changes;
};
