#include "commendationservice.h"

#include "changedmeanwhile.h"
#include "commendationlistbuilder.h"
#include "commendationrecords.h"
#include "commendationsuggester.h"
#include "domain/commendationlist.h"
#include "domain/validationissue.h"
#include "domain/vietnamesecollator.h"
#include "storage/auditrepository.h"
#include "storage/commendationrepository.h"
#include "storage/planrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"

#include <QHash>

#include <algorithm>
#include <functional>
#include <utility>

using namespace CommendationRecords;

CommendationService::CommendationService(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{}

QDate CommendationService::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

// Catalogue --------------------------------------------------------------------------

// Individuals ------------------------------------------------------------------------

// Rules ------------------------------------------------------------------------------

// Proposals --------------------------------------------------------------------------

QList<CommendationProposal> CommendationService::proposals(int phaseNumber, int year) const
{
    return CommendationRepository(m_database).proposals(phaseNumber, year);
}

QList<CommendationProposal> CommendationService::proposalsForYear(int year) const
{
    return CommendationRepository(m_database).proposalsForYear(year);
}

std::optional<CommendationProposal> CommendationService::proposal(qint64 id) const
{
    return CommendationRepository(m_database).proposal(id);
}

void CommendationService::checkProposal(CommendationProposal &p,
                                        const std::optional<CommendationProposal> &before) const
{
    CommendationRepository repository(m_database);
    p.reason = p.reason.trimmed();
    p.decisionNumber = p.decisionNumber.trimmed();
    p.ruleKey = p.ruleKey.trimmed();
    QList<ValidationIssue> issues;
    if (p.phaseNumber < 0) {
        issues.append({QStringLiteral("phase"), tr("Unknown phase %1.").arg(p.phaseNumber)});
    } else if (p.phaseNumber > 0) {
        const QList<Phase> phases = PlanRepository(m_database).phases();
        const auto phase = std::find_if(phases.cbegin(), phases.cend(),
                                        [&p](const Phase &candidate) { return candidate.number == p.phaseNumber; });
        if (phase == phases.cend())
            issues.append({QStringLiteral("phase"), tr("The plan has no phase %1.").arg(p.phaseNumber)});
        else if (p.year == 0)
            p.year = phase->reviewYear;
    }
    if (p.year < 1900 || p.year > 9999)
        issues.append({QStringLiteral("year"), tr("A proposal needs its year.")});

    const std::optional<CommendationForm> form = p.formId > 0 ? repository.form(p.formId) : std::nullopt;
    if (p.subject != QLatin1String("tap_the") && p.subject != QLatin1String("ca_nhan")) {
        issues.append({QStringLiteral("subject"), tr("Unknown subject “%1”; use tap_the or ca_nhan.").arg(p.subject)});
    } else if (!form) {
        issues.append({QStringLiteral("form"), tr("A proposal needs a commendation form of the catalogue.")});
    } else if (!form->subjects.contains(p.subject)) {
        issues.append({QStringLiteral("form"),
                       tr("“%1” is not given to the chosen subject (%2).").arg(form->name, subjectName(p.subject))});
    } else if (!form->active && (!before || before->formId != p.formId)) {
        issues.append({QStringLiteral("form"), tr("“%1” is no longer in use.").arg(form->name)});
    }

    if (p.subject == QLatin1String("ca_nhan")) {
        const std::optional<Individual> person =
            p.individualId > 0 ? repository.individual(p.individualId) : std::nullopt;
        if (!person)
            issues.append({QStringLiteral("individual"), tr("A proposal for an individual needs the person.")});
        else if (p.unitId <= 0)
            p.unitId = person->unitId;
    } else {
        p.individualId = 0;
    }
    if (p.unitId <= 0 || !UnitRepository(m_database).byId(p.unitId))
        issues.append({QStringLiteral("unit"), tr("A proposal needs the unit it concerns.")});

    if (!statuses().contains(p.status))
        issues.append({QStringLiteral("status"), tr("Unknown status “%1”.").arg(p.status)});
    if (p.decisionDate.isValid() && p.decisionDate > today())
        issues.append(
            {QStringLiteral("decision_date"),
             tr("The decision date %1 is in the future.").arg(p.decisionDate.toString(QStringLiteral("dd/MM/yyyy")))});
    if (issues.isEmpty() && repository.duplicateOf(p) > 0) {
        if (p.individualId > 0)
            issues.append(
                {QStringLiteral("individual"),
                 tr("This individual is already proposed for “%1” in the same phase or year.").arg(form->name)});
        else
            issues.append({QStringLiteral("unit"),
                           tr("This unit is already proposed for “%1” in the same phase or year.").arg(form->name)});
    }
    if (!issues.isEmpty())
        throw ValidationError(issues);
}

CommendationProposal CommendationService::saveProposal(const CommendationProposal &edited)
{
    CommendationRepository repository(m_database);
    CommendationProposal p = edited;
    const std::optional<CommendationProposal> before = p.id > 0 ? repository.proposal(p.id) : std::nullopt;
    if (p.id > 0 && !before)
        throw ValidationError({{QStringLiteral("proposal"), tr("There is no proposal %1.").arg(p.id)}});
    // Read before someone else's save: refused, naming them, rather than undoing it.
    if (before && before->version != p.version)
        throw conflictWith(*before);
    checkProposal(p, before);
    if (!before) {
        Transaction transaction(m_database);
        p.id = repository.insertProposal(p);
        AuditRepository(m_database).record(created(QStringLiteral("insert"), kProposal, p.id, fieldsOf(p)));
        transaction.commit();
    } else {
        const QList<AuditEntry> audit = changed(kProposal, p.id, fieldsOf(*before), fieldsOf(p));
        if (audit.isEmpty())
            return *before;
        commit(m_database, audit, [&] {
            if (!repository.updateProposal(p))
                throw conflictWith(*before);
        });
    }
    Q_EMIT proposalsChanged();
    return *repository.proposal(p.id);
}

void CommendationService::removeProposal(const CommendationProposal &seen)
{
    CommendationRepository repository(m_database);
    const qint64 id = seen.id;
    const std::optional<CommendationProposal> before = repository.proposal(id);
    if (!before)
        throw ValidationError({{QStringLiteral("proposal"), tr("There is no proposal %1.").arg(id)}});
    // Removing what someone else has just changed would lose their change unseen.
    if (before->version != seen.version)
        throw conflictWith(*before);
    commit(m_database, removed(kProposal, id, fieldsOf(*before)), [&] {
        if (!repository.removeProposal(id, before->version))
            throw conflictWith(*before);
    });
    Q_EMIT proposalsChanged();
}

void CommendationService::restoreProposal(const CommendationProposal &removedProposal)
{
    CommendationRepository repository(m_database);
    CommendationProposal p = removedProposal;
    if (p.id <= 0)
        throw ValidationError({{QStringLiteral("proposal"), tr("Only a removed proposal with its number can be "
                                                               "put back.")}});
    if (repository.proposal(p.id))
        throw ValidationError({{QStringLiteral("proposal"), tr("Proposal %1 is already there.").arg(p.id)}});
    checkProposal(p, p); // as it was: a form made inactive since does not stop the undo
    p.version += 1;      // a copy read before the removal is older than the proposal put back
    Transaction transaction(m_database);
    repository.insertProposal(p);
    AuditRepository(m_database).record(created(QStringLiteral("restore"), kProposal, p.id, fieldsOf(p)));
    transaction.commit();
    Q_EMIT proposalsChanged();
}

StorageError CommendationService::conflictWith(const CommendationProposal &current) const
{
    const QString unit = UnitRepository(m_database).byId(current.unitId).value_or(Unit{}).name;
    return ChangedMeanwhile::error(m_database, tr("the proposal for %1").arg(unit), kProposal, current.id);
}

QList<AuditEntry> CommendationService::history(qint64 proposalId) const
{
    return AuditRepository(m_database).forEntity(kProposal, proposalId);
}

QList<CommendationSuggestion> CommendationService::suggest(const PhaseReview &review,
                                                           const QList<SuggestionRule> &rules,
                                                           const QList<CommendationProposal> &existing)
{
    return CommendationSuggester::suggest(review, rules, existing);
}

// The printed list -------------------------------------------------------------------

CommendationList CommendationService::list(int phaseNumber, int year) const
{
    return CommendationListBuilder::build(m_database, phaseNumber, year);
}

CommendationList CommendationService::listForYear(int year) const
{
    return CommendationListBuilder::buildForYear(m_database, year);
}

// Names ------------------------------------------------------------------------------

QStringList CommendationService::statuses()
{
    return {QStringLiteral("de_xuat"), QStringLiteral("da_trinh"), QStringLiteral("duoc_khen"),
            QStringLiteral("khong_duoc_khen")};
}

QString CommendationService::statusName(const QString &key)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("de_xuat"), QStringLiteral("Đề xuất")},
        {QStringLiteral("da_trinh"), QStringLiteral("Đã trình")},
        {QStringLiteral("duoc_khen"), QStringLiteral("Được khen thưởng")},
        {QStringLiteral("khong_duoc_khen"), QStringLiteral("Không được khen thưởng")}};
    return names.value(key, key);
}

QString CommendationService::subjectName(const QString &key)
{
    static const QHash<QString, QString> names = {{QStringLiteral("tap_the"), QStringLiteral("Tập thể")},
                                                  {QStringLiteral("ca_nhan"), QStringLiteral("Cá nhân")},
                                                  {QStringLiteral("ho_gia_dinh"), QStringLiteral("Hộ gia đình")}};
    return names.value(key, key);
}

QString CommendationService::levelName(const QString &key)
{
    static const QHash<QString, QString> names = {{QStringLiteral("so"), QStringLiteral("Cấp Sở")},
                                                  {QStringLiteral("tinh"), QStringLiteral("Cấp tỉnh")},
                                                  {QStringLiteral("bo"), QStringLiteral("Cấp Bộ")},
                                                  {QStringLiteral("nha_nuoc"), QStringLiteral("Cấp Nhà nước")}};
    return names.value(key, key);
}

QString CommendationService::occasionName(const QString &key)
{
    static const QHash<QString, QString> names = {{QStringLiteral("so_ket"), QStringLiteral("Sơ kết")},
                                                  {QStringLiteral("tong_ket"), QStringLiteral("Tổng kết")},
                                                  {QStringLiteral("hang_nam"), QStringLiteral("Hằng năm")},
                                                  {QStringLiteral("dot_xuat"), QStringLiteral("Đột xuất")}};
    return names.value(key, key);
}
