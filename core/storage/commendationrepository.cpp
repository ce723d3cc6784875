#include "commendationrepository.h"

#include "sqlquery.h"

namespace {

const QString kFormColumns = QStringLiteral("SELECT id, kind, name, level, subjects, occasions, active, position "
                                            "FROM commendation_form ");
const QString kIndividualColumns = QStringLiteral("SELECT id, full_name, position, unit_id, note FROM individual ");
const QString kRuleColumns =
    QStringLiteral("SELECT id, kind, class_code, top_n, every_year, form_id, enabled FROM suggestion_rule ");
const QString kProposalColumns =
    QStringLiteral("SELECT id, phase_number, year, form_id, subject, unit_id, individual_id, reason, status, "
                   "decision_number, decision_date, rule_key, version FROM commendation_proposal ");

QStringList codes(const QString &text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

CommendationForm formFrom(const SqlQuery &q)
{
    CommendationForm f;
    f.id = q.number(0);
    f.kind = q.text(1);
    f.name = q.text(2);
    f.level = q.text(3);
    f.subjects = codes(q.text(4));
    f.occasions = codes(q.text(5));
    f.active = q.number(6) != 0;
    f.position = int(q.number(7));
    return f;
}

Individual individualFrom(const SqlQuery &q)
{
    Individual i;
    i.id = q.number(0);
    i.fullName = q.text(1);
    i.position = q.text(2);
    i.unitId = q.number(3);
    i.note = q.text(4);
    return i;
}

SuggestionRule ruleFrom(const SqlQuery &q)
{
    SuggestionRule r;
    r.id = q.number(0);
    r.kind = q.text(1);
    r.classCode = q.text(2);
    r.topN = int(q.number(3));
    r.everyYear = q.number(4) != 0;
    r.formId = q.number(5);
    r.enabled = q.number(6) != 0;
    return r;
}

CommendationProposal proposalFrom(const SqlQuery &q)
{
    CommendationProposal p;
    p.id = q.number(0);
    p.phaseNumber = int(q.number(1));
    p.year = int(q.number(2));
    p.formId = q.number(3);
    p.subject = q.text(4);
    p.unitId = q.number(5);
    p.individualId = q.isNull(6) ? 0 : q.number(6);
    p.reason = q.text(7);
    p.status = q.text(8);
    p.decisionNumber = q.text(9);
    p.decisionDate = q.date(10);
    p.ruleKey = q.text(11);
    p.version = int(q.number(12));
    return p;
}

template <typename T, typename Read> QList<T> all(SqlQuery &q, Read read)
{
    q.exec();
    QList<T> result;
    while (q.next())
        result.append(read(q));
    return result;
}

template <typename T, typename Read> std::optional<T> one(SqlQuery &q, Read read)
{
    q.exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

int single(SqlQuery &q)
{
    q.exec();
    return q.next() ? int(q.number(0)) : 0;
}

void removeById(const Database &database, const QString &sql, qint64 id)
{
    SqlQuery q(database, sql);
    q.bind(id);
    q.exec();
}

} // namespace

QList<CommendationForm> CommendationRepository::forms() const
{
    SqlQuery q(m_database, kFormColumns + QStringLiteral("ORDER BY position, id"));
    return all<CommendationForm>(q, formFrom);
}

std::optional<CommendationForm> CommendationRepository::form(qint64 id) const
{
    SqlQuery q(m_database, kFormColumns + QStringLiteral("WHERE id = ?"));
    q.bind(id);
    return one<CommendationForm>(q, formFrom);
}

qint64 CommendationRepository::insertForm(const CommendationForm &form)
{
    SqlQuery q(m_database, QStringLiteral("INSERT INTO commendation_form (kind, name, level, subjects, occasions, "
                                          "active, position) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(form.kind).bind(form.name).bind(form.level);
    q.bind(form.subjects.join(QLatin1Char(','))).bind(form.occasions.join(QLatin1Char(',')));
    q.bind(form.active).bind(form.position);
    q.exec();
    return q.lastInsertId();
}

void CommendationRepository::updateForm(const CommendationForm &form)
{
    SqlQuery q(m_database, QStringLiteral("UPDATE commendation_form SET kind = ?, name = ?, level = ?, subjects = ?, "
                                          "occasions = ?, active = ?, position = ? WHERE id = ?"));
    q.bind(form.kind).bind(form.name).bind(form.level);
    q.bind(form.subjects.join(QLatin1Char(','))).bind(form.occasions.join(QLatin1Char(',')));
    q.bind(form.active).bind(form.position).bind(form.id);
    q.exec();
}

void CommendationRepository::removeForm(qint64 id)
{
    removeById(m_database, QStringLiteral("DELETE FROM commendation_form WHERE id = ?"), id);
}

int CommendationRepository::nextFormPosition() const
{
    SqlQuery q(m_database, QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM commendation_form"));
    return single(q);
}

QList<Individual> CommendationRepository::individuals() const
{
    SqlQuery q(m_database, kIndividualColumns + QStringLiteral("ORDER BY id"));
    return all<Individual>(q, individualFrom);
}

std::optional<Individual> CommendationRepository::individual(qint64 id) const
{
    SqlQuery q(m_database, kIndividualColumns + QStringLiteral("WHERE id = ?"));
    q.bind(id);
    return one<Individual>(q, individualFrom);
}

qint64 CommendationRepository::insertIndividual(const Individual &individual)
{
    SqlQuery q(m_database,
               QStringLiteral("INSERT INTO individual (full_name, position, unit_id, note) VALUES (?, ?, ?, ?)"));
    q.bind(individual.fullName).bind(individual.position).bind(individual.unitId).bind(individual.note);
    q.exec();
    return q.lastInsertId();
}

void CommendationRepository::updateIndividual(const Individual &individual)
{
    SqlQuery q(m_database, QStringLiteral("UPDATE individual SET full_name = ?, position = ?, unit_id = ?, note = ? "
                                          "WHERE id = ?"));
    q.bind(individual.fullName).bind(individual.position).bind(individual.unitId).bind(individual.note);
    q.bind(individual.id);
    q.exec();
}

void CommendationRepository::removeIndividual(qint64 id)
{
    removeById(m_database, QStringLiteral("DELETE FROM individual WHERE id = ?"), id);
}

QList<SuggestionRule> CommendationRepository::rules() const
{
    SqlQuery q(m_database, kRuleColumns + QStringLiteral("ORDER BY position, id"));
    return all<SuggestionRule>(q, ruleFrom);
}

std::optional<SuggestionRule> CommendationRepository::rule(qint64 id) const
{
    SqlQuery q(m_database, kRuleColumns + QStringLiteral("WHERE id = ?"));
    q.bind(id);
    return one<SuggestionRule>(q, ruleFrom);
}

qint64 CommendationRepository::insertRule(const SuggestionRule &rule, int position)
{
    SqlQuery q(m_database, QStringLiteral("INSERT INTO suggestion_rule (kind, class_code, top_n, every_year, form_id, "
                                          "enabled, position) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(rule.kind).bind(rule.classCode).bind(rule.topN).bind(rule.everyYear).bind(rule.formId);
    q.bind(rule.enabled).bind(position);
    q.exec();
    return q.lastInsertId();
}

void CommendationRepository::updateRule(const SuggestionRule &rule)
{
    SqlQuery q(m_database, QStringLiteral("UPDATE suggestion_rule SET kind = ?, class_code = ?, top_n = ?, "
                                          "every_year = ?, form_id = ?, enabled = ? WHERE id = ?"));
    q.bind(rule.kind).bind(rule.classCode).bind(rule.topN).bind(rule.everyYear).bind(rule.formId);
    q.bind(rule.enabled).bind(rule.id);
    q.exec();
}

void CommendationRepository::removeRule(qint64 id)
{
    removeById(m_database, QStringLiteral("DELETE FROM suggestion_rule WHERE id = ?"), id);
}

int CommendationRepository::nextRulePosition() const
{
    SqlQuery q(m_database, QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM suggestion_rule"));
    return single(q);
}

QList<qint64> CommendationRepository::rulesUsingForm(qint64 formId) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT id FROM suggestion_rule WHERE form_id = ? ORDER BY position, id"));
    q.bind(formId);
    return all<qint64>(q, [](const SqlQuery &row) { return row.number(0); });
}

QList<CommendationProposal> CommendationRepository::proposals(int phaseNumber, int year) const
{
    if (phaseNumber > 0 && year <= 0) {
        SqlQuery q(m_database, kProposalColumns + QStringLiteral("WHERE phase_number = ? ORDER BY id"));
        q.bind(phaseNumber);
        return all<CommendationProposal>(q, proposalFrom);
    }
    SqlQuery q(m_database, kProposalColumns + QStringLiteral("WHERE phase_number = ? AND year = ? ORDER BY id"));
    q.bind(phaseNumber).bind(year);
    return all<CommendationProposal>(q, proposalFrom);
}

QList<CommendationProposal> CommendationRepository::proposalsForYear(int year) const
{
    SqlQuery q(m_database, kProposalColumns + QStringLiteral("WHERE year = ? ORDER BY id"));
    q.bind(year);
    return all<CommendationProposal>(q, proposalFrom);
}

std::optional<CommendationProposal> CommendationRepository::proposal(qint64 id) const
{
    SqlQuery q(m_database, kProposalColumns + QStringLiteral("WHERE id = ?"));
    q.bind(id);
    return one<CommendationProposal>(q, proposalFrom);
}

qint64 CommendationRepository::insertProposal(const CommendationProposal &p)
{
    const QString columns = QStringLiteral("phase_number, year, form_id, subject, unit_id, individual_id, reason, "
                                           "status, decision_number, decision_date, rule_key, version");
    SqlQuery q(m_database, p.id > 0 ? QStringLiteral("INSERT INTO commendation_proposal (id, ") + columns +
                                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                    : QStringLiteral("INSERT INTO commendation_proposal (") + columns +
                                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (p.id > 0)
        q.bind(p.id);
    q.bind(p.phaseNumber).bind(p.year).bind(p.formId).bind(p.subject).bind(p.unitId).bindId(p.individualId);
    q.bind(p.reason).bind(p.status).bind(p.decisionNumber).bind(p.decisionDate).bind(p.ruleKey).bind(p.version);
    q.exec();
    return p.id > 0 ? p.id : q.lastInsertId();
}

bool CommendationRepository::updateProposal(const CommendationProposal &p)
{
    SqlQuery q(m_database, QStringLiteral("UPDATE commendation_proposal SET phase_number = ?, year = ?, form_id = ?, "
                                          "subject = ?, unit_id = ?, individual_id = ?, reason = ?, status = ?, "
                                          "decision_number = ?, decision_date = ?, rule_key = ?, version = version + 1 "
                                          "WHERE id = ? AND version = ?"));
    q.bind(p.phaseNumber).bind(p.year).bind(p.formId).bind(p.subject).bind(p.unitId).bindId(p.individualId);
    q.bind(p.reason).bind(p.status).bind(p.decisionNumber).bind(p.decisionDate).bind(p.ruleKey).bind(p.id);
    q.bind(p.version);
    q.exec();
    return q.rowsAffected() == 1;
}

bool CommendationRepository::removeProposal(qint64 id, int version)
{
    SqlQuery q(m_database, QStringLiteral("DELETE FROM commendation_proposal WHERE id = ? AND version = ?"));
    q.bind(id).bind(version);
    q.exec();
    return q.rowsAffected() == 1;
}

int CommendationRepository::countProposalsWithForm(qint64 formId) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT COUNT(*) FROM commendation_proposal WHERE form_id = ?"));
    q.bind(formId);
    return single(q);
}

int CommendationRepository::countProposalsOfIndividual(qint64 individualId) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT COUNT(*) FROM commendation_proposal WHERE individual_id = ?"));
    q.bind(individualId);
    return single(q);
}

qint64 CommendationRepository::duplicateOf(const CommendationProposal &p) const
{
    const bool individual = p.individualId > 0;
    SqlQuery q(m_database, QStringLiteral("SELECT id FROM commendation_proposal WHERE phase_number = ? AND year = ? "
                                          "AND form_id = ? AND id <> ? AND ") +
                               (individual ? QStringLiteral("individual_id = ?")
                                           : QStringLiteral("individual_id IS NULL AND unit_id = ?")));
    q.bind(p.phaseNumber).bind(p.year).bind(p.formId).bind(p.id).bind(individual ? p.individualId : p.unitId);
    q.exec();
    return q.next() ? q.number(0) : 0;
}
