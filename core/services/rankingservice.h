#pragma once

#include "domain/ranking.h"
#include "domain/yearcontext.h"

#include <QCoreApplication>

class ChangeHub;
class Database;

// Ranks a year's units on their reviewed scores (DESIGN.md services): by total on a
// points rubric (TT22), by level then chỉ tiêu met on a levels rubric (TT24); ties
// broken by the clerk's rules; units still equal share the rank and the numbering skips
// (1, 2, 2, 4). A unit whose review is not complete is listed after the ranked ones,
// never ranked on its self-score.
class RankingService
{
    Q_DECLARE_TR_FUNCTIONS(RankingService)

public:
    // `changes`, when given, hears of tie rules saved (ChangeHub).
    explicit RankingService(const Database &database, ChangeHub *changes = nullptr)
        : m_database(database), m_changes(changes)
    {}

    // The default rules: higher total of the rubric's last group (criterion 3, hiệu
    // quả, tác động), then on time before late, then the earlier date received.
    static QList<TieRule> defaultRules(const Rubric &rubric);
    // The rules the clerk set (organisation settings), else the defaults.
    QList<TieRule> rules(const Rubric &rubric) const;
    void saveRules(const QList<TieRule> &rules);

    // The ranking itself, without the database: for tests and benchmarks.
    static Ranking rank(const Rubric &rubric, const QList<RankingInput> &inputs, const QList<TieRule> &rules);

    // A year's units (or one emulation group's) ranked with the saved rules. Throws
    // ValidationError when the year has no settings, StorageError on database failures.
    Ranking rankYear(int year, const QString &group = {}) const;
    // The year's ranking within each emulation group, groups in Vietnamese order.
    QList<Ranking> rankYearByGroup(int year) const;

    // Names on each row the unit it became on `day` (merged, split, renamed), so that a
    // former year's list reads in today's units ("quy đổi theo đơn vị hiện nay"). The
    // ranks stay those of the year: units are ranked as they were.
    void rollUp(Ranking &ranking, QDate day) const;

    // The inputs of a year, from the stored submissions.
    QList<RankingInput> inputs(int year) const;

private:
    // The same from a context already read (its units and settings).
    QList<RankingInput> inputs(const YearContext &context) const;

    const Database &m_database;
    ChangeHub *m_changes;
};
