#pragma once

#include "domain/auditentry.h"
#include "domain/commendation.h"
#include "storage/auditrepository.h"
#include "storage/transaction.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

class Database;

// What the commendation catalogue (CommendationCatalogueService) and the proposals
// (CommendationService) share: the tables' names, the known codes, each record's fields
// as the audit log shows them, and one transaction with its audit entries per change.
namespace CommendationRecords {

inline const QString kForm = QStringLiteral("commendation_form");
inline const QString kIndividual = QStringLiteral("individual");
inline const QString kRule = QStringLiteral("suggestion_rule");
inline const QString kProposal = QStringLiteral("commendation_proposal");

inline const QStringList kKinds = {QStringLiteral("form"), QStringLiteral("title")};
inline const QStringList kLevels = {QStringLiteral("so"), QStringLiteral("tinh"), QStringLiteral("bo"),
                                    QStringLiteral("nha_nuoc")};
inline const QStringList kSubjects = {QStringLiteral("tap_the"), QStringLiteral("ca_nhan"),
                                      QStringLiteral("ho_gia_dinh")};
inline const QStringList kOccasions = {QStringLiteral("so_ket"), QStringLiteral("tong_ket"), QStringLiteral("hang_nam"),
                                       QStringLiteral("dot_xuat")};
inline const QString kClassEveryYear = QStringLiteral("class_every_year");
inline const QString kTopN = QStringLiteral("top_n");

// An entity's fields as the audit log records them, in a fixed order.
using Fields = QList<std::pair<QString, QString>>;

inline QString flag(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

inline QString idText(qint64 id)
{
    return id > 0 ? QString::number(id) : QString();
}

inline Fields fieldsOf(const CommendationForm &f)
{
    return {{QStringLiteral("kind"), f.kind},
            {QStringLiteral("name"), f.name},
            {QStringLiteral("level"), f.level},
            {QStringLiteral("subjects"), f.subjects.join(QLatin1Char(','))},
            {QStringLiteral("occasions"), f.occasions.join(QLatin1Char(','))},
            {QStringLiteral("active"), flag(f.active)},
            {QStringLiteral("position"), QString::number(f.position)}};
}

inline Fields fieldsOf(const Individual &i)
{
    return {{QStringLiteral("full_name"), i.fullName},
            {QStringLiteral("position"), i.position},
            {QStringLiteral("unit_id"), idText(i.unitId)},
            {QStringLiteral("note"), i.note}};
}

inline Fields fieldsOf(const SuggestionRule &r)
{
    return {{QStringLiteral("kind"), r.kind},
            {QStringLiteral("class_code"), r.classCode},
            {QStringLiteral("top_n"), QString::number(r.topN)},
            {QStringLiteral("every_year"), flag(r.everyYear)},
            {QStringLiteral("form_id"), idText(r.formId)},
            {QStringLiteral("enabled"), flag(r.enabled)}};
}

inline Fields fieldsOf(const CommendationProposal &p)
{
    return {
        {QStringLiteral("phase_number"), QString::number(p.phaseNumber)},
        {QStringLiteral("year"), QString::number(p.year)},
        {QStringLiteral("form_id"), idText(p.formId)},
        {QStringLiteral("subject"), p.subject},
        {QStringLiteral("unit_id"), idText(p.unitId)},
        {QStringLiteral("individual_id"), idText(p.individualId)},
        {QStringLiteral("reason"), p.reason},
        {QStringLiteral("status"), p.status},
        {QStringLiteral("decision_number"), p.decisionNumber},
        {QStringLiteral("decision_date"), p.decisionDate.isValid() ? p.decisionDate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("rule_key"), p.ruleKey}};
}

inline QString listed(const Fields &fields)
{
    QStringList lines;
    for (const auto &[field, value] : fields)
        if (!value.isEmpty())
            lines.append(field + QStringLiteral(": ") + value);
    return lines.join(QLatin1Char('\n'));
}

inline AuditEntry entry(const QString &action, const QString &entity, qint64 id)
{
    AuditEntry e;
    e.action = action;
    e.entity = entity;
    e.entityId = id;
    return e;
}

// A new (or restored) entity: one entry listing its values.
inline QList<AuditEntry> created(const QString &action, const QString &entity, qint64 id, const Fields &fields)
{
    AuditEntry e = entry(action, entity, id);
    e.newValue = listed(fields);
    return {e};
}

inline QList<AuditEntry> removed(const QString &entity, qint64 id, const Fields &fields)
{
    AuditEntry e = entry(QStringLiteral("delete"), entity, id);
    e.oldValue = listed(fields);
    return {e};
}

// One entry per changed field.
inline QList<AuditEntry> changed(const QString &entity, qint64 id, const Fields &before, const Fields &after)
{
    QList<AuditEntry> entries;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before.at(i).second == after.at(i).second)
            continue;
        AuditEntry e = entry(QStringLiteral("update"), entity, id);
        e.field = before.at(i).first;
        e.oldValue = before.at(i).second;
        e.newValue = after.at(i).second;
        entries.append(e);
    }
    return entries;
}

inline void commit(const Database &database, const QList<AuditEntry> &audit, const std::function<void()> &write)
{
    Transaction transaction(database);
    write();
    AuditRepository(database).record(audit);
    transaction.commit();
}

inline QStringList trimmedCodes(const QStringList &codes, const QStringList &order)
{
    QStringList result;
    for (const QString &code : order)
        if (codes.contains(code))
            result.append(code);
    return result;
}

} // namespace CommendationRecords
