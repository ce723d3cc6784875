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
    // Rubric items that take a score (not groups) and apply to at least one of the
    // year's units (TT24's chỉ tiêu for schools are "không áp dụng" to the department's
    // units: no column, no cell), in outline order. Worked out once: importers ask for
    // every row.
    QList<Criterion> scoredCriteria() const // shared, not copied
    {
        if (!m_scoredFor || m_scoredFor != rubric.id || m_scoredUnits != units.size() || m_scored.isEmpty()) {
            m_scored.clear();
            m_scoredUnits = units.size();
            for (const Criterion &c : rubric.criteria)
                if (c.kind != QLatin1String("group") && appliesToAnyUnit(c))
                    m_scored.append(c);
            m_scoredFor = rubric.id;
        }
        return m_scored;
    }

    bool appliesToAnyUnit(const Criterion &c) const
    {
        if (c.appliesTo.isEmpty())
            return true;
        for (const Unit &u : units)
            if (c.appliesToKind(u.kind))
                return true;
        return false;
    }

private:
    mutable QList<Criterion> m_scored;
    mutable qint64 m_scoredFor = 0;
    mutable qsizetype m_scoredUnits = -1;
};
