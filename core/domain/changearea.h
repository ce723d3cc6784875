#pragma once

#include <QString>

// The parts of the data, as the plan divides the work: Phòng QLVH&GĐ (the clerk's role)
// compiles, Văn phòng Sở (the council's) evaluates, leaders read. On one PC every part
// may be changed; on a server, what the login's role is granted (the grants of
// resources/server/access.sql, which the server enforces whatever a screen shows).
enum class ChangeArea
{
    Units,          // units and their lineage
    Submissions,    // submissions, their figures, self-scores and evidence
    ReportTexts,    // the annual report's sections
    Tasks,          // the plan's tasks and their obligations
    Settings,       // the organisation's settings
    ReviewedScores, // the council's reviewed scores
    YearLock,       // locking and unlocking a year
    Rubric,         // a year's rubric
    Commendations,  // proposals and the catalogue
    Recognition,    // recognition decisions (Thông tư 24/2023)
    Dossiers,       // recognition dossiers sent
};

namespace ChangeAreas {

// Whether a login of `role` may change `area`: "owner" (the server's owner, or a file)
// anything, "clerk" and "council" their parts, "unit" its own submission (the server's
// row-level security keeps it to its own unit's rows in open years), "leader" nothing.
bool roleMayChange(const QString &role, ChangeArea area);
// Whether the area is the council's work (Văn phòng Sở) rather than the clerk's.
bool isCouncilWork(ChangeArea area);

} // namespace ChangeAreas
