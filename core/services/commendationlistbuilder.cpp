#include "commendationlistbuilder.h"

#include "commendationservice.h"
#include "domain/commendationlist.h"
#include "domain/vietnamesecollator.h"
#include "storage/commendationrepository.h"
#include "storage/planrepository.h"
#include "storage/unitrepository.h"

#include <QHash>

#include <algorithm>

CommendationList CommendationListBuilder::build(const Database &database, int phaseNumber, int year)
{
    CommendationList result;
    result.phaseNumber = phaseNumber;
    result.year = year;
    if (phaseNumber > 0) {
        const QList<Phase> phases = PlanRepository(database).phases();
        const auto phase = std::find_if(phases.cbegin(), phases.cend(),
                                        [phaseNumber](const Phase &p) { return p.number == phaseNumber; });
        if (phase != phases.cend()) {
            if (result.year == 0)
                result.year = phase->reviewYear;
            result.occasion = QStringLiteral("%1 giai đoạn %2 - %3")
                                  .arg(phase->reviewKind == QLatin1String("tong_ket") ? QStringLiteral("tổng kết")
                                                                                      : QStringLiteral("sơ kết"))
                                  .arg(phase->yearFrom)
                                  .arg(phase->yearTo);
        }
    } else {
        result.occasion = QStringLiteral("năm %1").arg(year);
    }

    resolve(database, CommendationRepository(database).proposals(phaseNumber, year), result);
    return result;
}

CommendationList CommendationListBuilder::buildForYear(const Database &database, int year)
{
    CommendationList result;
    result.year = year;
    result.occasion = QStringLiteral("năm %1").arg(year);
    resolve(database, CommendationRepository(database).proposalsForYear(year), result);
    return result;
}

void CommendationListBuilder::resolve(const Database &database, const QList<CommendationProposal> &proposals,
                                      CommendationList &result)
{
    // The annual report asks for every year it loads, and most years have none: read the
    // catalogue and the names only when there is something to name.
    if (proposals.isEmpty())
        return;
    CommendationRepository repository(database);
    QHash<qint64, int> formOrder;
    QHash<qint64, QString> formNames;
    const QList<CommendationForm> catalogue = repository.forms();
    for (qsizetype i = 0; i < catalogue.size(); ++i) {
        formOrder.insert(catalogue.at(i).id, int(i));
        formNames.insert(catalogue.at(i).id, catalogue.at(i).name);
    }
    // Only the units proposed (a few dozen), not the whole unit table.
    QHash<qint64, QString> unitNames;
    const UnitRepository units(database);
    for (const CommendationProposal &p : proposals)
        if (!unitNames.contains(p.unitId))
            unitNames.insert(p.unitId, units.byId(p.unitId).value_or(Unit()).name);
    QHash<qint64, Individual> people;
    for (const Individual &person : repository.individuals())
        people.insert(person.id, person);

    struct Item
    {
        int form = 0;
        int subject = 0;
        QString sortName;
        CommendationListLine line;
    };
    QList<Item> items;
    for (const CommendationProposal &p : proposals) {
        Item item;
        item.form = formOrder.value(p.formId);
        item.subject = p.subject == QLatin1String("ca_nhan") ? 1 : 0;
        item.line.subject = CommendationService::subjectName(p.subject);
        const QString unitName = unitNames.value(p.unitId);
        if (p.individualId > 0) {
            const Individual person = people.value(p.individualId);
            const QString where =
                person.position.isEmpty() ? unitName : person.position + QStringLiteral(", ") + unitName;
            item.line.name = QStringLiteral("Ông/Bà ") + person.fullName + QStringLiteral(" – ") + where;
            item.sortName = person.fullName;
        } else {
            item.line.name = unitName;
            item.sortName = unitName;
        }
        item.line.formName = formNames.value(p.formId);
        item.line.reason = p.reason;
        item.line.status = CommendationService::statusName(p.status);
        const QString date =
            p.decisionDate.isValid() ? p.decisionDate.toString(QStringLiteral("dd/MM/yyyy")) : QString();
        if (!p.decisionNumber.isEmpty() && !date.isEmpty())
            item.line.decision = QStringLiteral("Quyết định số %1 ngày %2").arg(p.decisionNumber, date);
        else if (!p.decisionNumber.isEmpty())
            item.line.decision = QStringLiteral("Quyết định số %1").arg(p.decisionNumber);
        else if (!date.isEmpty())
            item.line.decision = QStringLiteral("Quyết định ngày %1").arg(date);
        items.append(item);
    }
    const VietnameseCollator collator;
    std::stable_sort(items.begin(), items.end(), [&collator](const Item &a, const Item &b) {
        if (a.form != b.form)
            return a.form < b.form;
        if (a.subject != b.subject)
            return a.subject < b.subject;
        return collator(a.sortName, b.sortName);
    });
    for (const Item &item : std::as_const(items))
        result.lines.append(item.line);
}
