#pragma once

#include <QList>

struct CommendationList;
struct CommendationProposal;
class Database;

// The proposals of a phase (or of a year, phaseNumber 0) with their names resolved, for
// the printed list and its XLSX copy (CommendationService::list).
class CommendationListBuilder
{
public:
    // Grouped by form in catalogue order, collectives before individuals, names in
    // Vietnamese order; an individual is "Ông/Bà <name> – <position>, <unit>". A phase
    // without `year` takes its review year, and the occasion is "sơ kết giai đoạn
    // 2024 - 2025" (or "tổng kết …"); a year's list is "năm 2025".
    static CommendationList build(const Database &database, int phaseNumber, int year);
    // Every proposal of a year (CommendationService::proposalsForYear): the year's own
    // and the phase reviews' of that year; the occasion is "năm 2025".
    static CommendationList buildForYear(const Database &database, int year);

private:
    static void resolve(const Database &database, const QList<CommendationProposal> &proposals,
                        CommendationList &result);
};
