#pragma once

#include "domain/phasereview.h"

#include <QCoreApplication>
#include <QDate>

class Database;

// The review of one phase of the plan (sơ kết, tổng kết): every unit's result in each
// year of the phase, rolled up to the units as they are at the phase's end (or today
// while the phase runs), and the phase's figures. Each year is read once, through the
// annual report (AnnualReportService::load), so a year's figures and classes are the
// ones its summary report prints; task obligations are read as stored, never generated.
class PhaseReviewService
{
    Q_DECLARE_TR_FUNCTIONS(PhaseReviewService)

public:
    explicit PhaseReviewService(const Database &database);

    // Today's date, for timeliness and for the units' state while the phase runs; tests pin it.
    void setToday(QDate today) { m_today = today; }
    // Whether former units are counted under the units they became (the default, "quy
    // đổi theo đơn vị hiện nay"), or each keeps a row of its own.
    void setRollUp(bool rollUp) { m_rollUp = rollUp; }
    QDate today() const;

    // The plan's phases, in order: what can be reviewed.
    QList<Phase> phases() const;

    // The review of phase `phaseNumber`. Only the phase's years that have settings and
    // have begun (not after asOf) are read. Throws ValidationError for a phase the plan
    // does not have, StorageError on database failures.
    PhaseReview load(int phaseNumber) const;

    // The phase's totals from its years' figures: counts summed; percentages as the mean
    // over every reporting unit-year (the sums and reporting counts summed); yes/no the
    // yes answers and the reporting units summed; texts listed with their year.
    static QList<IndicatorFigure> sumFigures(const QList<PhaseYearFigures> &years);

private:
    // The units recognised on the review's day and the recognitions decided in the phase.
    void recognition(PhaseReview &review) const;
    const Database &m_database;
    QDate m_today;
    bool m_rollUp = true;
};
