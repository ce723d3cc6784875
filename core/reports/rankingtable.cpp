#include "rankingtable.h"

#include "domain/ranking.h"

QStringList RankingTable::machineKeys(bool rolledUp)
{
    QStringList keys = {QStringLiteral("rank"), QStringLiteral("unit_code"), QStringLiteral("unit_name"),
                        QStringLiteral("total"), QStringLiteral("classification")};
    if (rolledUp)
        keys.append(QStringLiteral("current_unit"));
    return keys;
}

QList<QStringList> RankingTable::machineRows(const Ranking &ranking)
{
    QList<QStringList> rows;
    rows.reserve(ranking.rows.size());
    for (const RankedUnit &r : ranking.rows) {
        QString total;
        if (r.isRanked())
            total = ranking.byLevels ? QStringLiteral("%1/%2").arg(r.met).arg(r.items)
                                     : r.total->toString(QLatin1Char('.'));
        rows.append(
            {r.isRanked() ? QString::number(r.rank) : QString(), r.unit.code, r.unit.name, total, r.classification});
        if (ranking.isRolledUp())
            rows.last().append(r.currentUnit);
    }
    return rows;
}

QStringList RankingTable::vietnameseHeaders(const Ranking &ranking)
{
    QStringList headers = {QStringLiteral("Hạng"),
                           QStringLiteral("Mã đơn vị"),
                           QStringLiteral("Đơn vị"),
                           ranking.byLevels ? QStringLiteral("Chỉ tiêu đạt") : QStringLiteral("Tổng điểm"),
                           ranking.byLevels ? QStringLiteral("Mức độ") : QStringLiteral("Xếp loại"),
                           QStringLiteral("Ghi chú")};
    if (ranking.isRolledUp())
        headers.append(currentUnitHeader());
    return headers;
}

QString RankingTable::currentUnitHeader()
{
    return QStringLiteral("Đơn vị hiện nay");
}

QString RankingTable::vietnameseNote(const RankedUnit &r)
{
    if (r.isRanked())
        return r.shared ? QStringLiteral("Đồng hạng") : QString();
    if (r.reviewedItems == 0)
        return QStringLiteral("Chưa thẩm định");
    return QStringLiteral("Thẩm định chưa đủ (%1/%2)").arg(r.reviewedItems).arg(r.items);
}

QList<QStringList> RankingTable::vietnameseRows(const Ranking &ranking)
{
    QList<QStringList> rows;
    rows.reserve(ranking.rows.size());
    for (const RankedUnit &r : ranking.rows) {
        QString total;
        if (r.isRanked())
            total = ranking.byLevels ? QStringLiteral("%1/%2").arg(r.met).arg(r.items) : r.total->toString();
        rows.append({r.isRanked() ? QString::number(r.rank) : QString(), r.unit.code, r.unit.name, total,
                     r.classification, vietnameseNote(r)});
        if (ranking.isRolledUp())
            rows.last().append(r.currentUnit);
    }
    return rows;
}

QString RankingTable::vietnameseMethod(const Ranking &ranking)
{
    QStringList rules;
    for (const TieRule &rule : ranking.rules)
        if (rule.enabled)
            rules.append(rule.vietnameseDescription());
    QString text = ranking.byLevels
                       ? QStringLiteral("Xếp theo mức độ (Mức độ 2, Mức độ 1, chưa đạt), rồi theo số chỉ tiêu đạt")
                       : QStringLiteral("Xếp theo tổng điểm thẩm định");
    text += rules.isEmpty() ? QStringLiteral("; không dùng tiêu chí phụ, bằng nhau thì đồng hạng")
                            : QStringLiteral("; bằng nhau thì xét lần lượt: ") + rules.join(QStringLiteral("; ")) +
                                  QStringLiteral("; vẫn bằng nhau thì đồng hạng");
    text += QStringLiteral(". Bộ tiêu chí: %1.")
                .arg(ranking.rubric.name.isEmpty() ? ranking.rubric.code : ranking.rubric.name);
    if (ranking.byLevels)
        text += QStringLiteral(" Thứ tự này là công cụ hỗ trợ nội bộ, không phải xếp loại theo quy định.");
    return text;
}
