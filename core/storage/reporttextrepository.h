#pragma once

#include <QHash>
#include <QString>

class Database;

// The written sections of a year's summary report, as the clerk saved them. A section
// returned to the draft keeps its row with an empty text, so that its version keeps
// rising (0012_more_versions.sql): a copy read before that is still seen as stale.
class ReportTextRepository
{
public:
    struct Text
    {
        QString body; // empty: the section follows the draft
        int version = 0;
    };

    explicit ReportTextRepository(const Database &database) : m_database(database) {}

    QHash<QString, Text> forYear(int year) const; // section key -> text and version
    // Writes the section's text (empty: back to the draft) and raises its version, only
    // while the stored version is still `expected` (0: none stored yet). False, with
    // nothing written, when another save came first.
    bool save(int year, const QString &section, const QString &text, const QString &actor, int expected);

private:
    const Database &m_database;
};
