#include "rankingservice.h"

#include "changehub.h"
#include "domain/vietnamesecollator.h"
#include "recognitionservice.h"
#include "storage/organisationrepository.h"
#include "storage/submissionrepository.h"
#include "storage/unitrepository.h"
#include "submissionservice.h"
#include "unitservice.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>
#include <unordered_map>

namespace {

bool isGroup(const Criterion &c)
{
    return c.kind == QLatin1String("group");
}

// Whether a reviewed value meets a levels item: đạt, or a percentage at the threshold.
bool meets(const Criterion &c, Points reviewed)
{
    if (c.kind == QLatin1String("percent"))
        return reviewed >= c.threshold;
    return reviewed.hundredths() > 0;
}

// One unit's figures, worked out once; compared many times while sorting.
struct Scored
{
    RankedUnit row;
    bool complete = false;
    qint64 primary = 0;     // total in hundredths, or level * 10000 + met
    QList<qint64> ruleKeys; // one per enabled rule, larger is better
};

// The rubric's scored items, each with the group it sits in (the code of its parent
// group, numbered: a unit's totals per group are a list, not a table of codes), and the
// highest level an item asks for.
struct RubricItems
{
    QList<const Criterion *> items;
    QList<qsizetype> groupOf; // item index -> index in groups
    QStringList groups;       // parent group codes, each once
    int maxLevel = 0;
};

RubricItems rubricItems(const Rubric &rubric)
{
    RubricItems result;
    QHash<qint64, QString> codeOfGroup;
    for (const Criterion &c : rubric.criteria)
        if (isGroup(c))
            codeOfGroup.insert(c.id, c.code);
    for (const Criterion &c : rubric.criteria) {
        if (isGroup(c))
            continue;
        const QString code = codeOfGroup.value(c.parentId);
        qsizetype group = result.groups.indexOf(code);
        if (group < 0) {
            group = result.groups.size();
            result.groups.append(code);
        }
        result.items.append(&c);
        result.groupOf.append(group);
    }
    for (const Criterion *c : std::as_const(result.items))
        result.maxLevel = std::max(result.maxLevel, c->level);
    return result;
}

QList<TieRule> enabledRules(const QList<TieRule> &rules)
{
    QList<TieRule> enabled;
    for (const TieRule &r : rules)
        if (r.enabled)
            enabled.append(r);
    return enabled;
}

// Which items apply to each kind of unit ("không áp dụng" otherwise), worked out once per
// kind rather than once per unit.
class Applicability
{
public:
    explicit Applicability(const RubricItems &items) : m_items(items) {}

    const QList<bool> &of(const QString &kind)
    {
        if (m_last && kind == m_lastKind) // units come in runs of one kind
            return *m_last;
        auto it = m_byKind.find(kind);
        if (it == m_byKind.end()) {
            QList<bool> applies(m_items.items.size(), true);
            for (qsizetype k = 0; k < m_items.items.size(); ++k)
                applies[k] = m_items.items.at(k)->appliesToKind(kind);
            it = m_byKind.emplace(kind, std::move(applies)).first;
        }
        m_lastKind = kind;
        m_last = &it->second;
        return it->second;
    }

private:
    const RubricItems &m_items;
    std::unordered_map<QString, QList<bool>> m_byKind; // its elements stay where they are
    QString m_lastKind;
    const QList<bool> *m_last = nullptr;
};

// A complete unit on a levels rubric: the highest level whose items (and those of the
// levels below) are all met, and the class of that level. Items that do not apply to the
// unit ("không áp dụng") never block a level.
void classifyByLevels(Scored &s, const Rubric &rubric, const RubricItems &items, const QList<bool> &metByItem,
                      const QList<bool> &applies)
{
    RankedUnit &row = s.row;
    for (int level = 1; level <= items.maxLevel; ++level) {
        bool all = true;
        for (qsizetype k = 0; k < items.items.size(); ++k)
            all = all && (items.items.at(k)->level > level || metByItem.at(k) || !applies.at(k));
        if (!all)
            break;
        row.level = level;
    }
    s.primary = qint64(row.level) * 100000 + row.met;
    for (const RubricClass &k : rubric.classes)
        if (k.level == row.level && row.classification.isEmpty())
            row.classification = k.name;
}

// A complete unit on a points rubric: its total and the best class it reaches.
void classifyByPoints(Scored &s, const Rubric &rubric, qint64 total)
{
    RankedUnit &row = s.row;
    row.total = Points::fromHundredths(total);
    s.primary = total;
    for (const RubricClass &k : rubric.classes) // best first
        if (row.classification.isEmpty() && *row.total >= k.minPoints)
            row.classification = k.name;
}

// The enabled rules with, for a group rule, the index of its group among the rubric's
// (-1: no item sits in that group, so its total is 0).
struct EnabledRule
{
    TieRule::Kind kind;
    qsizetype group = -1;
};

QList<EnabledRule> numberedRules(const QList<TieRule> &enabled, const RubricItems &items)
{
    QList<EnabledRule> result;
    result.reserve(enabled.size());
    for (const TieRule &r : enabled)
        result.append({r.kind, r.kind == TieRule::GroupTotal ? items.groups.indexOf(r.groupCode) : -1});
    return result;
}

// One key per enabled tie rule, larger is better.
QList<qint64> ruleKeys(const RankingInput &in, const QList<qint64> &byGroup, const QList<EnabledRule> &enabled)
{
    QList<qint64> keys;
    keys.reserve(enabled.size());
    for (const EnabledRule &r : enabled) {
        switch (r.kind) {
        case TieRule::GroupTotal:
            keys.append(r.group < 0 ? 0 : byGroup.at(r.group));
            break;
        case TieRule::OnTime:
            keys.append(in.timeliness == Timeliness::OnTime ? 2 : in.timeliness == Timeliness::Late ? 1 : 0);
            break;
        case TieRule::EarlierReceived:
            keys.append(in.received.isValid() ? -in.received.toJulianDay() : std::numeric_limits<qint64>::min());
            break;
        }
    }
    return keys;
}

// One unit's figures: its reviewed items, total or level, class and tie keys.
Scored score(const RankingInput &in, const QList<bool> &applies, const Rubric &rubric, const RubricItems &items,
             const QList<EnabledRule> &enabled, bool byLevels)
{
    Scored s;
    RankedUnit &row = s.row;
    row.unit = in.unit;
    row.timeliness = in.timeliness;
    row.received = in.received;
    qint64 total = 0;
    QList<qint64> byGroup(items.groups.size(), 0);
    QList<bool> metByItem(items.items.size(), false);
    for (qsizetype k = 0; k < items.items.size(); ++k) {
        if (!applies.at(k))
            continue; // không áp dụng: neither counted nor scored
        ++row.items;
        const auto it = in.reviewed.constFind(items.items.at(k)->id);
        if (it == in.reviewed.cend())
            continue;
        ++row.reviewedItems;
        if (byLevels) {
            metByItem[k] = meets(*items.items.at(k), *it);
            row.met += metByItem[k];
            byGroup[items.groupOf.at(k)] += metByItem[k];
        } else {
            total += it->hundredths();
            byGroup[items.groupOf.at(k)] += it->hundredths();
        }
    }
    s.complete = row.items > 0 && row.reviewedItems == row.items;
    if (s.complete) {
        if (byLevels)
            classifyByLevels(s, rubric, items, metByItem, applies);
        else
            classifyByPoints(s, rubric, total);
        s.ruleKeys = ruleKeys(in, byGroup, enabled);
    }
    return s;
}

// Whether a and b are in the same place before their names are compared: both complete
// with the same figures and keys, or both not complete.
bool sameFigures(const Scored &a, const Scored &b)
{
    return a.complete == b.complete && (!a.complete || (a.primary == b.primary && a.ruleKeys == b.ruleKeys));
}

// The order of the rows: complete units first, best first; then by name in Vietnamese
// order (equal names in input order). Names are compared only among rows whose figures
// are equal (most rows differ in their figures, and sort keys of 10,000 names cost more
// than the rest of the ranking).
QList<qsizetype> sortedOrder(const QList<Scored> &scored, const QList<RankingInput> &inputs)
{
    QList<qsizetype> order(scored.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&scored](qsizetype i, qsizetype j) {
        const Scored &a = scored.at(i);
        const Scored &b = scored.at(j);
        if (a.complete != b.complete)
            return a.complete;
        if (a.complete) {
            if (a.primary != b.primary)
                return a.primary > b.primary;
            for (qsizetype k = 0; k < a.ruleKeys.size(); ++k)
                if (a.ruleKeys.at(k) != b.ruleKeys.at(k))
                    return a.ruleKeys.at(k) > b.ruleKeys.at(k);
        }
        return i < j;
    });
    std::optional<VietnameseCollator> collator;
    for (qsizetype first = 0; first < order.size();) {
        qsizetype end = first + 1;
        while (end < order.size() && sameFigures(scored.at(order.at(first)), scored.at(order.at(end))))
            ++end;
        if (end - first > 1) { // in input order here: the collator keeps that order for equal names
            if (!collator)
                collator.emplace();
            QStringList names;
            names.reserve(end - first);
            for (qsizetype i = first; i < end; ++i)
                names.append(inputs.at(order.at(i)).unit.name);
            const QList<qsizetype> byName = collator->order(names);
            const QList<qsizetype> run(order.cbegin() + first, order.cbegin() + end);
            for (qsizetype i = 0; i < byName.size(); ++i)
                order[first + i] = run.at(byName.at(i));
        }
        first = end;
    }
    return order;
}

// Moves the rows into the ranking in the order given, with their ranks: equal units share
// one, and the numbering skips (1, 2, 2, 4).
void numberRows(QList<Scored> &scored, const QList<qsizetype> &order, Ranking &ranking)
{
    auto equalRank = [](const Scored &a, const Scored &b) {
        return a.primary == b.primary && a.ruleKeys == b.ruleKeys;
    };
    ranking.rows.reserve(scored.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        Scored &s = scored[order.at(i)];
        if (s.complete) {
            const bool sameAsPrevious = i > 0 && equalRank(scored.at(order.at(i - 1)), s);
            s.row.rank = sameAsPrevious ? ranking.rows.last().rank : int(i) + 1;
            if (sameAsPrevious) {
                s.row.shared = true;
                ranking.rows.last().shared = true;
            }
        }
        ranking.rows.append(std::move(s.row));
    }
}

} // namespace

QList<TieRule> RankingService::defaultRules(const Rubric &rubric)
{
    QList<TieRule> rules;
    QString lastGroup;
    for (const Criterion &c : rubric.criteria)
        if (isGroup(c) && c.parentId == 0)
            lastGroup = c.code;
    if (!lastGroup.isEmpty())
        rules.append({TieRule::GroupTotal, true, lastGroup});
    rules.append({TieRule::OnTime, true, {}});
    rules.append({TieRule::EarlierReceived, true, {}});
    return rules;
}

QList<TieRule> RankingService::rules(const Rubric &rubric) const
{
    const QString text = OrganisationRepository(m_database).load().rankingRules;
    bool ok = false;
    const QList<TieRule> saved = TieRule::listFromText(text, &ok);
    if (text.isEmpty() || !ok)
        return defaultRules(rubric);
    // A group rule naming a group this rubric lacks is left out for this rubric.
    QList<TieRule> usable;
    for (const TieRule &r : saved) {
        bool known = r.kind != TieRule::GroupTotal;
        for (const Criterion &c : rubric.criteria)
            known = known || (isGroup(c) && c.code == r.groupCode);
        if (known)
            usable.append(r);
    }
    return usable;
}

void RankingService::saveRules(const QList<TieRule> &rules)
{
    OrganisationRepository repository(m_database);
    OrganisationSettings settings = repository.load();
    settings.rankingRules = TieRule::listToText(rules);
    repository.save(settings);
    if (m_changes)
        m_changes->announce(DataChange::Kind::Rubrics);
}

Ranking RankingService::rank(const Rubric &rubric, const QList<RankingInput> &inputs, const QList<TieRule> &rules)
{
    Ranking ranking;
    ranking.rubric = rubric;
    ranking.byLevels = rubric.method == QLatin1String("levels");
    ranking.rules = rules;

    const RubricItems items = rubricItems(rubric);
    const QList<EnabledRule> enabled = numberedRules(enabledRules(rules), items);
    Applicability applicability(items);

    QList<Scored> scored;
    scored.reserve(inputs.size());
    for (const RankingInput &in : inputs)
        scored.append(score(in, applicability.of(in.unit.kind), rubric, items, enabled, ranking.byLevels));

    numberRows(scored, sortedOrder(scored, inputs), ranking);
    return ranking;
}

QList<RankingInput> RankingService::inputs(int year) const
{
    return inputs(SubmissionService(m_database).context(year));
}

QList<RankingInput> RankingService::inputs(const YearContext &context) const
{
    QList<SubmissionRepository::Reviewed> submissions = SubmissionRepository(m_database).reviewedForYear(context.year);
    QHash<qint64, qsizetype> byUnit; // unit id -> index in submissions
    byUnit.reserve(submissions.size());
    for (qsizetype i = 0; i < submissions.size(); ++i)
        byUnit.insert(submissions.at(i).unitId, i);
    QList<RankingInput> result;
    result.reserve(context.units.size());
    for (const Unit &u : context.units) {
        RankingInput in;
        in.unit = u;
        const auto it = byUnit.constFind(u.id);
        if (it != byUnit.cend()) {
            SubmissionRepository::Reviewed &s = submissions[*it];
            in.timeliness = Timeliness::of(s.status, s.receivedDate, context.settings.unitDeadline);
            in.received = s.receivedDate;
            in.reviewed = std::move(s.scores);
        }
        result.append(std::move(in));
    }
    return result;
}

Ranking RankingService::rankYear(int year, const QString &group) const
{
    const YearContext context = SubmissionService(m_database).context(year);
    QList<RankingInput> all = inputs(context);
    if (!group.isEmpty())
        all.removeIf([&group](const RankingInput &in) { return in.unit.group != group; });
    Ranking ranking = rank(context.rubric, all, rules(context.rubric));
    ranking.year = year;
    ranking.group = group;
    if (ranking.byLevels) {
        // One read of the decisions for every row.
        QHash<qint64, QList<RecognitionDecision>> byUnit;
        for (const RecognitionDecision &d : RecognitionService(m_database).decisions())
            byUnit[d.unitId].append(d);
        const QDate day = std::min(QDate::currentDate(), QDate(year, 12, 31));
        for (RankedUnit &row : ranking.rows) {
            const RecognitionStatus status = RecognitionStatus::of(byUnit.value(row.unit.id), day);
            if (status.current)
                row.recognition = QStringLiteral("%1 (giữ đến %2)")
                                      .arg(RecognitionStatus::levelName(status.current->level),
                                           status.keptUntil.toString(QStringLiteral("dd/MM/yyyy")));
        }
    }
    return ranking;
}

QList<Ranking> RankingService::rankYearByGroup(int year) const
{
    const YearContext context = SubmissionService(m_database).context(year);
    const QList<RankingInput> all = inputs(context);
    QHash<QString, QList<RankingInput>> byGroup;
    QStringList groups;
    for (const RankingInput &in : all) {
        if (!byGroup.contains(in.unit.group))
            groups.append(in.unit.group);
        byGroup[in.unit.group].append(in);
    }
    std::sort(groups.begin(), groups.end(), VietnameseCollator());
    const QList<TieRule> rules = this->rules(context.rubric);
    QList<Ranking> result;
    for (const QString &g : std::as_const(groups)) {
        Ranking ranking = rank(context.rubric, byGroup.value(g), rules);
        ranking.year = year;
        ranking.group = g;
        result.append(std::move(ranking));
    }
    return result;
}

void RankingService::rollUp(Ranking &ranking, QDate day) const
{
    QHash<qint64, QString> names;
    for (const Unit &unit : UnitRepository(m_database).all())
        names.insert(unit.id, unit.name);
    const QHash<qint64, QList<qint64>> successors = UnitService(m_database).rollUpMap(day);
    for (RankedUnit &row : ranking.rows) {
        const auto it = successors.constFind(row.unit.id);
        if (it == successors.cend() || *it == QList<qint64>{row.unit.id}) {
            row.currentUnit.clear();
        } else if (it->isEmpty()) {
            row.currentUnit = QStringLiteral("(không còn hoạt động)");
        } else {
            QStringList current;
            for (qint64 id : *it)
                current.append(names.value(id));
            row.currentUnit = current.join(QStringLiteral("; "));
        }
    }
    ranking.rolledUpOn = day;
}
