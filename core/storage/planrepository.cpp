#include "planrepository.h"

#include "sqlquery.h"

std::optional<Plan> PlanRepository::plan() const
{
    SqlQuery q(m_database, QStringLiteral("SELECT id, code, symbol, number, issued_on, issued_year, title, issuer, "
                                          "period_from, period_to, basis, preamble, closing FROM plan ORDER BY id "
                                          "LIMIT 1"));
    q.exec();
    if (!q.next())
        return std::nullopt;
    Plan p;
    p.id = q.number(0);
    p.code = q.text(1);
    p.symbol = q.text(2);
    p.number = q.text(3);
    p.issuedOn = q.date(4);
    p.issuedYear = int(q.number(5));
    p.title = q.text(6);
    p.issuer = q.text(7);
    p.periodFrom = int(q.number(8));
    p.periodTo = int(q.number(9));
    p.basis = q.text(10);
    p.preamble = q.text(11);
    p.closing = q.text(12);
    return p;
}

QList<PlanSection> PlanRepository::sections() const
{
    // Insertion order is outline order (the seed writes depth first).
    SqlQuery q(m_database, QStringLiteral("SELECT id, parent_id, position, path, label, title, body FROM plan_section "
                                          "ORDER BY id"));
    q.exec();
    QList<PlanSection> result;
    while (q.next()) {
        PlanSection s;
        s.id = q.number(0);
        s.parentId = q.number(1);
        s.position = int(q.number(2));
        s.path = q.text(3);
        s.label = q.text(4);
        s.title = q.text(5);
        s.body = q.text(6);
        result.append(s);
    }
    return result;
}

QList<Phase> PlanRepository::phases() const
{
    SqlQuery q(m_database, QStringLiteral("SELECT id, number, name, year_from, year_to, review_kind, review_year, "
                                          "review_name, description FROM phase ORDER BY number"));
    q.exec();
    QList<Phase> result;
    while (q.next()) {
        Phase p;
        p.id = q.number(0);
        p.number = int(q.number(1));
        p.name = q.text(2);
        p.yearFrom = int(q.number(3));
        p.yearTo = int(q.number(4));
        p.reviewKind = q.text(5);
        p.reviewYear = int(q.number(6));
        p.reviewName = q.text(7);
        p.description = q.text(8);
        result.append(p);
    }
    return result;
}

qint64 PlanRepository::insertPlan(const Plan &plan)
{
    SqlQuery q(m_database, QStringLiteral("INSERT INTO plan (code, symbol, number, issued_on, issued_year, title, "
                                          "issuer, period_from, period_to, basis, preamble, closing) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(plan.code).bind(plan.symbol).bind(plan.number).bind(plan.issuedOn);
    q.bindOptional(plan.issuedYear, plan.issuedYear > 0).bind(plan.title).bind(plan.issuer);
    q.bind(plan.periodFrom).bind(plan.periodTo).bind(plan.basis).bind(plan.preamble).bind(plan.closing);
    q.exec();
    return q.lastInsertId();
}

qint64 PlanRepository::insertSection(qint64 planId, const PlanSection &section)
{
    SqlQuery q(m_database, QStringLiteral("INSERT INTO plan_section (plan_id, parent_id, position, path, label, "
                                          "title, body) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(planId).bindId(section.parentId).bind(section.position).bind(section.path).bind(section.label);
    q.bind(section.title).bind(section.body);
    q.exec();
    return q.lastInsertId();
}

qint64 PlanRepository::insertPhase(qint64 planId, const Phase &phase)
{
    SqlQuery q(m_database, QStringLiteral("INSERT INTO phase (plan_id, number, name, year_from, year_to, "
                                          "review_kind, review_year, review_name, description) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(planId).bind(phase.number).bind(phase.name).bind(phase.yearFrom).bind(phase.yearTo);
    q.bind(phase.reviewKind).bind(phase.reviewYear).bind(phase.reviewName).bind(phase.description);
    q.exec();
    return q.lastInsertId();
}
