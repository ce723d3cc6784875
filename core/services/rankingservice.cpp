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
    int nameRank = 0;
};

// The rubric's scored items, each with the code of its top-level group, and the
// highest level an item asks for.
struct RubricItems
{
    QList<const Criterion *> items;
    QHash<qint64, QString> groupOf; // item id -> top-level group code
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
        result.items.append(&c);
        result.groupOf.insert(c.id, codeOfGroup.value(c.parentId));
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

// Each input's place in the Vietnamese order of the units' names, by index.
QList<int> nameRanks(const QList<RankingInput> &inputs)
{
    QStringList names;
    names.reserve(inputs.size());
    for (const RankingInput &in : inputs)
        names.append(in.unit.name);
    const QList<qsizetype> order = VietnameseCollator().order(names);
    QList<int> nameRank(inputs.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        nameRank[order.at(i)] = int(i);
    return nameRank;
}

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

// One key per enabled tie rule, larger is better.
QList<qint64> ruleKeys(const RankingInput &in, const QHash<QString, qint64> &byGroup, const QList<TieRule> &enabled)
{
    QList<qint64> keys;
    for (const TieRule &r : enabled) {
        switch (r.kind) {
        case TieRule::GroupTotal:
            keys.append(byGroup.value(r.groupCode));
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
Scored score(const RankingInput &in, int nameRank, const Rubric &rubric, const RubricItems &items,
             const QList<TieRule> &enabled, bool byLevels)
{
    Scored s;
    s.nameRank = nameRank;
    RankedUnit &row = s.row;
    row.unit = in.unit;
    row.timeliness = in.timeliness;
    row.received = in.received;
    qint64 total = 0;
    QHash<QString, qint64> byGroup;
    QList<bool> metByItem(items.items.size(), false);
    QList<bool> applies(items.items.size(), true);
    for (qsizetype k = 0; k < items.items.size(); ++k) {
        const Criterion *c = items.items.at(k);
        applies[k] = c->appliesToKind(in.unit.kind);
        if (!applies.at(k))
            continue; // không áp dụng: neither counted nor scored
        ++row.items;
        const auto it = in.reviewed.constFind(c->id);
        if (it == in.reviewed.cend())
            continue;
        ++row.reviewedItems;
        if (byLevels) {
            metByItem[k] = meets(*c, *it);
            row.met += metByItem[k];
            byGroup[items.groupOf.value(c->id)] += metByItem[k];
        } else {
            total += it->hundredths();
            byGroup[items.groupOf.value(c->id)] += it->hundredths();
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

// Complete units first, best first; then by name.
void sortScored(QList<Scored> &scored)
{
    std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        if (a.complete != b.complete)
            return a.complete;
        if (a.complete) {
            if (a.primary != b.primary)
                return a.primary > b.primary;
            for (qsizetype k = 0; k < a.ruleKeys.size(); ++k)
                if (a.ruleKeys.at(k) != b.ruleKeys.at(k))
                    return a.ruleKeys.at(k) > b.ruleKeys.at(k);
        }
        return a.nameRank < b.nameRank;
    });
}

// Moves the sorted rows into the ranking with their ranks: equal units share one, and
// the numbering skips (1, 2, 2, 4).
void numberRows(QList<Scored> &scored, Ranking &ranking)
{
    auto equalRank = [](const Scored &a, const Scored &b) {
        return a.primary == b.primary && a.ruleKeys == b.ruleKeys;
    };
    ranking.rows.reserve(scored.size());
    for (qsizetype i = 0; i < scored.size(); ++i) {
        Scored &s = scored[i];
        if (s.complete) {
            const bool sameAsPrevious = i > 0 && equalRank(scored.at(i - 1), s);
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
    const QList<TieRule> enabled = enabledRules(rules);
    const QList<int> nameRank = nameRanks(inputs);

    QList<Scored> scored;
    scored.reserve(inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i)
        scored.append(score(inputs.at(i), nameRank.at(i), rubric, items, enabled, ranking.byLevels));

    sortScored(scored);
    numberRows(scored, ranking);
    return ranking;
}

QList<RankingInput> RankingService::inputs(int year) const
{
    return inputs(SubmissionService(m_database).context(year));
}

QList<RankingInput> RankingService::inputs(const YearContext &context) const
{
    const int year = context.year;
    const QHash<qint64, QHash<qint64, Points>> reviewed = SubmissionRepository(m_database).reviewedScores(year);
    QHash<qint64, Submission> headers;
    for (const Submission &s : SubmissionRepository(m_database).forYear(year))
        headers.insert(s.unitId, s);
    QList<RankingInput> result;
    result.reserve(context.units.size());
    for (const Unit &u : context.units) {
        RankingInput in;
        in.unit = u;
        const auto h = headers.constFind(u.id);
        if (h != headers.cend()) {
            in.timeliness = Timeliness::of(&*h, context.settings.unitDeadline);
            in.received = h->receivedDate;
        }
        in.reviewed = reviewed.value(u.id);
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
