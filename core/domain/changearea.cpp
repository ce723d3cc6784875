#include "changearea.h"

namespace ChangeAreas {

bool isCouncilWork(ChangeArea area)
{
    switch (area) {
    case ChangeArea::ReviewedScores:
    case ChangeArea::YearLock:
    case ChangeArea::Rubric:
    case ChangeArea::Commendations:
    case ChangeArea::Recognition:
        return true;
    case ChangeArea::Units:
    case ChangeArea::Submissions:
    case ChangeArea::ReportTexts:
    case ChangeArea::Tasks:
    case ChangeArea::Settings:
    case ChangeArea::Dossiers:
        return false;
    }
    return false;
}

bool roleMayChange(const QString &role, ChangeArea area)
{
    if (role == QLatin1String("owner"))
        return true;
    if (area == ChangeArea::Dossiers) // recording a dossier sent: either office
        return role == QLatin1String("clerk") || role == QLatin1String("council");
    if (role == QLatin1String("clerk"))
        return !isCouncilWork(area);
    if (role == QLatin1String("council"))
        return isCouncilWork(area);
    if (role == QLatin1String("unit"))
        return area == ChangeArea::Submissions;
    return false;
}

} // namespace ChangeAreas
