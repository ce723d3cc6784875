#include "unitkind.h"

QString UnitKind::label(const QString &kind)
{
    if (kind == QLatin1String("so_office"))
        return tr("Department office");
    if (kind == QLatin1String("so_unit"))
        return tr("Subordinate unit");
    if (kind == QLatin1String("district_office"))
        return tr("District culture and information office");
    if (kind == QLatin1String("district_centre"))
        return tr("District culture, sports and broadcasting centre");
    if (kind == QLatin1String("commune"))
        return tr("Commune or ward");
    return tr("Other");
}
