#include "rankingservice.h"

#include "domain/vietnamesecollator.h"
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
}

Ranking RankingService::rank(const Rubric &rubric, const QList<RankingInput> &inputs, const QList<TieRule> &rules)
{
    Ranking ranking;
    ranking.rubric = rubric;
    ranking.byLevels = rubric.method == QLatin1String("levels");
    ranking.rules = rules;

    QList<const Criterion *> items;
    QHash<qint64, QString> groupOf; // item id -> top-level group code
    QHash<qint64, QString> codeOfGroup;
    for (const Criterion &c : rubric.criteria)
        if (isGroup(c))
            codeOfGroup.insert(c.id, c.code);
    for (const Criterion &c : rubric.criteria) {
        if (isGroup(c))
            continue;
        items.append(&c);
        groupOf.insert(c.id, codeOfGroup.value(c.parentId));
    }
    int maxLevel = 0;
    for (const Criterion *c : std::as_const(items))
        maxLevel = std::max(maxLevel, c->level);

    QList<TieRule> enabled;
    for (const TieRule &r : rules)
        if (r.enabled)
            enabled.append(r);

    QStringList names;
    names.reserve(inputs.size());
    for (const RankingInput &in : inputs)
        names.append(in.unit.name);
    const QList<qsizetype> order = VietnameseCollator().order(names);
    QList<int> nameRank(inputs.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        nameRank[order.at(i)] = int(i);

    QList<Scored> scored;
    scored.reserve(inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const RankingInput &in = inputs.at(i);
        Scored s;
        s.nameRank = nameRank.at(i);
        RankedUnit &row = s.row;
        row.unit = in.unit;
        row.timeliness = in.timeliness;
        row.received = in.received;
        row.items = int(items.size());
        qint64 total = 0;
        QHash<QString, qint64> byGroup;
        QList<bool> metByItem(items.size(), false);
        for (qsizetype k = 0; k < items.size(); ++k) {
            const Criterion *c = items.at(k);
            const auto it = in.reviewed.constFind(c->id);
            if (it == in.reviewed.cend())
                continue;
            ++row.reviewedItems;
            if (ranking.byLevels) {
                metByItem[k] = meets(*c, *it);
                row.met += metByItem[k];
                byGroup[groupOf.value(c->id)] += metByItem[k];
            } else {
                total += it->hundredths();
                byGroup[groupOf.value(c->id)] += it->hundredths();
            }
        }
        s.complete = row.items > 0 && row.reviewedItems == row.items;
        if (s.complete) {
            if (ranking.byLevels) {
                for (int level = 1; level <= maxLevel; ++level) {
                    bool all = true;
                    for (qsizetype k = 0; k < items.size(); ++k)
                        all = all && (items.at(k)->level > level || metByItem.at(k));
                    if (!all)
                        break;
                    row.level = level;
                }
                s.primary = qint64(row.level) * 100000 + row.met;
                for (const RubricClass &k : rubric.classes)
                    if (k.level == row.level && row.classification.isEmpty())
                        row.classification = k.name;
            } else {
                row.total = Points::fromHundredths(total);
                s.primary = total;
                for (const RubricClass &k : rubric.classes) // best first
                    if (row.classification.isEmpty() && *row.total >= k.minPoints)
                        row.classification = k.name;
            }
            for (const TieRule &r : std::as_const(enabled)) {
                switch (r.kind) {
                case TieRule::GroupTotal:
                    s.ruleKeys.append(byGroup.value(r.groupCode));
                    break;
                case TieRule::OnTime:
                    s.ruleKeys.append(in.timeliness == Timeliness::OnTime ? 2
                                      : in.timeliness == Timeliness::Late ? 1
                                                                          : 0);
                    break;
                case TieRule::EarlierReceived:
                    s.ruleKeys.append(in.received.isValid() ? -in.received.toJulianDay()
                                                            : std::numeric_limits<qint64>::min());
                    break;
                }
            }
        }
        scored.append(std::move(s));
    }

    auto equalRank = [](const Scored &a, const Scored &b) {
        return a.primary == b.primary && a.ruleKeys == b.ruleKeys;
    };
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
