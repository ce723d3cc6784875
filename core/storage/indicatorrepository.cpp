#include "indicatorrepository.h"

#include "sqlquery.h"

QList<Indicator> IndicatorRepository::all() const
{
    SqlQuery q(m_database, QStringLiteral("SELECT id, code, name, unit_of_measure, kind, content_area, sort_order, "
                                          "active FROM indicator ORDER BY sort_order, id"));
    q.exec();
    QList<Indicator> result;
    while (q.next()) {
        Indicator i;
        i.id = q.number(0);
        i.code = q.text(1);
        i.name = q.text(2);
        i.unitOfMeasure = q.text(3);
        i.kind = q.text(4);
        i.contentArea = int(q.number(5));
        i.sortOrder = int(q.number(6));
        i.active = q.number(7) != 0;
        result.append(i);
    }
    return result;
}

qint64 IndicatorRepository::insert(const Indicator &indicator)
{
    SqlQuery q(m_database, QStringLiteral("INSERT INTO indicator (code, name, unit_of_measure, kind, content_area, "
                                          "sort_order, active) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(indicator.code).bind(indicator.name).bind(indicator.unitOfMeasure).bind(indicator.kind);
    q.bindOptional(indicator.contentArea, indicator.contentArea > 0).bind(indicator.sortOrder).bind(indicator.active);
    q.exec();
    return q.lastInsertId();
}
