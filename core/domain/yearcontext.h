#pragma once

#include "indicator.h"
#include "rubric.h"
#include "unit.h"
#include "yearsettings.h"

#include <QDate>
#include <QHash>
#include <QList>

// What a year's submissions are checked against: its settings and rubric, the
// indicators in use, the units active that year, and today's date.
struct YearContext
{
    int year = 0;
    YearSettings settings;
    Rubric rubric;
    QList<Indicator> indicators;        // active indicators, catalogue order
    QList<Unit> units;                  // active in the year, in database order
    QHash<qint64, qsizetype> unitIndex; // unit id -> index in units
    QDate today;

    const Unit *unit(qint64 id) const
    {
        const auto it = unitIndex.constFind(id);
        return it == unitIndex.cend() ? nullptr : &units.at(*it);
    }
    // Rubric items that take a score (not groups), in outline order. Worked out once:
    // importers ask for every row.
    QList<Criterion> scoredCriteria() const // shared, not copied
    {
        if (!m_scoredFor || m_scoredFor != rubric.id || m_scored.isEmpty()) {
            m_scored.clear();
            for (const Criterion &c : rubric.criteria)
                if (c.kind != QLatin1String("group"))
                    m_scored.append(c);
            m_scoredFor = rubric.id;
        }
        return m_scored;
    }

private:
    mutable QList<Criterion> m_scored;
    mutable qint64 m_scoredFor = 0;
};
