#include "rubricrepository.h"

#include "database.h"
#include "sqlquery.h"

#include <QHash>

QList<Rubric> RubricRepository::select(const QString &where, const std::function<void(SqlQuery &)> &bind) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT id, code, name, method, basis, is_preset, based_on_id FROM rubric ") +
                               where + QStringLiteral(" ORDER BY id"));
    if (bind)
        bind(q);
    q.exec();
    QList<Rubric> rubrics;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Rubric r;
        r.id = q.number(0);
        r.code = q.text(1);
        r.name = q.text(2);
        r.method = q.text(3);
        r.basis = q.text(4);
        r.isPreset = q.number(5) != 0;
        r.basedOnId = q.number(6);
        index.insert(r.id, rubrics.size());
        rubrics.append(r);
    }
    if (rubrics.isEmpty())
        return rubrics;

    const bool notes = m_database.hasMigration(QStringLiteral("recognition"));
    SqlQuery c(m_database, QStringLiteral("SELECT rubric_id, id, parent_id, code, title, kind, max_points, step, "
                                          "threshold, level, position, ") +
                               (notes ? QStringLiteral("applies_to, note") : QStringLiteral("'', ''")) +
                               QStringLiteral(" FROM rubric_criterion ORDER BY rubric_id, position"));
    c.exec();
    while (c.next()) {
        const auto it = index.constFind(c.number(0));
        if (it == index.constEnd())
            continue;
        Criterion cr;
        cr.id = c.number(1);
        cr.parentId = c.number(2);
        cr.code = c.text(3);
        cr.title = c.text(4);
        cr.kind = c.text(5);
        cr.maxPoints = Points::fromHundredths(c.number(6));
        cr.step = Points::fromHundredths(c.number(7));
        cr.threshold = Points::fromHundredths(c.number(8));
        cr.level = int(c.number(9));
        cr.position = int(c.number(10));
        cr.appliesTo = c.text(11);
        cr.note = c.text(12);
        rubrics[*it].criteria.append(cr);
    }
    SqlQuery k(m_database, QStringLiteral("SELECT rubric_id, id, code, name, min_points, level, position "
                                          "FROM rubric_class ORDER BY rubric_id, position"));
    k.exec();
    while (k.next()) {
        const auto it = index.constFind(k.number(0));
        if (it == index.constEnd())
            continue;
        RubricClass rc;
        rc.id = k.number(1);
        rc.code = k.text(2);
        rc.name = k.text(3);
        rc.minPoints = Points::fromHundredths(k.number(4));
        rc.level = int(k.number(5));
        rc.position = int(k.number(6));
        rubrics[*it].classes.append(rc);
    }
    return rubrics;
}

QList<Rubric> RubricRepository::all() const
{
    return select(QString(), {});
}

std::optional<Rubric> RubricRepository::byId(qint64 id) const
{
    const QList<Rubric> found = select(QStringLiteral("WHERE id = ?"), [id](SqlQuery &q) { q.bind(id); });
    return found.isEmpty() ? std::nullopt : std::optional<Rubric>(found.first());
}

std::optional<Rubric> RubricRepository::byCode(const QString &code) const
{
    const QList<Rubric> found = select(QStringLiteral("WHERE code = ?"), [&code](SqlQuery &q) { q.bind(code); });
    return found.isEmpty() ? std::nullopt : std::optional<Rubric>(found.first());
}

qint64 RubricRepository::insert(const Rubric &rubric)
{
    SqlQuery q(m_database, QStringLiteral("INSERT INTO rubric (code, name, method, basis, is_preset, based_on_id) "
                                          "VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(rubric.code).bind(rubric.name).bind(rubric.method).bind(rubric.basis).bind(rubric.isPreset);
    q.bindId(rubric.basedOnId);
    q.exec();
    const qint64 id = q.lastInsertId();

    // Criterion::parentId holds the parent's position (1-based) within this list on insert.
    // A schema from before the recognition migration has no item kinds nor notes: there
    // the items for other kinds of unit are left out, as they were before it (the
    // migration adds them to the preset).
    const bool notes = m_database.hasMigration(QStringLiteral("recognition"));
    SqlQuery c(m_database, notes ? QStringLiteral("INSERT INTO rubric_criterion (rubric_id, parent_id, code, title, "
                                                  "kind, max_points, step, threshold, level, position, applies_to, "
                                                  "note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                 : QStringLiteral("INSERT INTO rubric_criterion (rubric_id, parent_id, code, title, "
                                                  "kind, max_points, step, threshold, level, position) "
                                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QHash<int, qint64> idByPosition;
    for (const Criterion &cr : rubric.criteria) {
        if (!notes && !cr.appliesTo.isEmpty())
            continue;
        c.bind(id).bindId(idByPosition.value(int(cr.parentId))).bind(cr.code).bind(cr.title).bind(cr.kind);
        c.bindOptional(cr.maxPoints.hundredths(), cr.maxPoints.hundredths() > 0);
        c.bindOptional(cr.step.hundredths(), cr.step.hundredths() > 0);
        c.bindOptional(cr.threshold.hundredths(), cr.threshold.hundredths() > 0);
        c.bindOptional(cr.level, cr.level > 0).bind(cr.position);
        if (notes)
            c.bind(cr.appliesTo).bind(cr.note);
        c.exec();
        idByPosition.insert(cr.position, c.lastInsertId());
    }
    SqlQuery k(m_database, QStringLiteral("INSERT INTO rubric_class (rubric_id, code, name, min_points, level, "
                                          "position) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const RubricClass &rc : rubric.classes) {
        k.bind(id).bind(rc.code).bind(rc.name).bind(rc.minPoints.hundredths()).bind(rc.level).bind(rc.position);
        k.exec();
    }
    return id;
}

void RubricRepository::update(const Rubric &rubric)
{
    SqlQuery r(m_database, QStringLiteral("UPDATE rubric SET name = ? WHERE id = ?"));
    r.bind(rubric.name).bind(rubric.id);
    r.exec();
    const bool notes = m_database.hasMigration(QStringLiteral("recognition"));
    SqlQuery c(m_database, QStringLiteral("UPDATE rubric_criterion SET title = ?, max_points = ?, step = ?, "
                                          "threshold = ?, level = ?") +
                               (notes ? QStringLiteral(", note = ?") : QString()) +
                               QStringLiteral(" WHERE id = ? AND rubric_id = ?"));
    for (const Criterion &cr : rubric.criteria) {
        c.bind(cr.title);
        c.bindOptional(cr.maxPoints.hundredths(), cr.maxPoints.hundredths() > 0);
        c.bindOptional(cr.step.hundredths(), cr.step.hundredths() > 0);
        c.bindOptional(cr.threshold.hundredths(), cr.threshold.hundredths() > 0);
        c.bindOptional(cr.level, cr.level > 0);
        if (notes)
            c.bind(cr.note);
        c.bind(cr.id).bind(rubric.id);
        c.exec();
    }
    SqlQuery k(m_database,
               QStringLiteral("UPDATE rubric_class SET name = ?, min_points = ? WHERE id = ? AND rubric_id = ?"));
    for (const RubricClass &rc : rubric.classes) {
        k.bind(rc.name).bind(rc.minPoints.hundredths()).bind(rc.id).bind(rubric.id);
        k.exec();
    }
}
