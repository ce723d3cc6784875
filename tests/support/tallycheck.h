#pragma once

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QStringList>

// The submissions whose stored tally (values_filled, self_total, self_count) differs
// from their rows, as "id: stored / counted" lines; empty when every tally is right.
inline QStringList wrongTallies(const Database &db)
{
    // Portable SQL: PostgreSQL does not let WHERE name the select list's aliases.
    SqlQuery q(db,
               QStringLiteral(
                   "SELECT * FROM (SELECT s.id, s.values_filled, s.self_total, s.self_count, "
                   "(SELECT COUNT(*) FROM submission_value v WHERE v.submission_id = s.id) AS n, "
                   "COALESCE((SELECT SUM(c.self_score) FROM submission_score c WHERE c.submission_id = s.id), 0) "
                   "AS t, "
                   "(SELECT COUNT(c.self_score) FROM submission_score c WHERE c.submission_id = s.id) AS k "
                   "FROM submission s) x WHERE x.values_filled != x.n OR x.self_total != x.t OR x.self_count != x.k"));
    q.exec();
    QStringList wrong;
    while (q.next())
        wrong.append(QStringLiteral("%1: %2 %3 %4 / %5 %6 %7")
                         .arg(q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6)));
    return wrong;
}
