#pragma once

#include "domain/rubric.h"
#include "domain/validationissue.h"

#include <QCoreApplication>
#include <QList>

class ChangeHub;
class Database;

// The rubric of each year: a preset (TT22-2020, TT24-2023) or the clerk's edited copy.
// A locked year's rubric cannot change, and no change may leave a stored score outside
// the new rules (changing a rubric never rescores anything silently). Every change is
// audited. Throws ValidationError for refused changes, StorageError on failures.
class RubricService
{
    Q_DECLARE_TR_FUNCTIONS(RubricService)

public:
    // `changes`, when given, hears of every change made (ChangeHub).
    explicit RubricService(const Database &database, ChangeHub *changes = nullptr)
        : m_database(database), m_changes(changes)
    {}

    QList<Rubric> all() const;
    Rubric forYear(int year) const;
    // The years whose settings use the rubric.
    QList<int> yearsUsing(qint64 rubricId) const;

    // Copies a rubric (a preset or another year's) into a new editable rubric and makes
    // it the year's. Returns the copy.
    Rubric copyForYear(int year, qint64 sourceRubricId);
    // Makes an existing rubric the year's. Refused when the year is locked or already
    // has scores (they belong to the current rubric's items).
    void assign(int year, qint64 rubricId);
    // Saves an edited copy: titles, maxima, steps, thresholds, levels, tier minima and
    // names. Refused for presets, for a rubric a locked year uses, and when a stored
    // score would no longer fit (the message names units and items).
    void update(const Rubric &edited);

    // The rules an edited rubric must meet (positive maxima on their step, thresholds
    // 0-100, tiers from best to worst); groups' maxima are the sum of their items.
    static QList<ValidationIssue> validate(const Rubric &rubric);

private:
    void checkUnlocked(int year) const;
    const Database &m_database;
    ChangeHub *m_changes;
};
