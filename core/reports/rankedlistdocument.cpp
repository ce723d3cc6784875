#include "rankedlistdocument.h"

#include "domain/organisationsettings.h"
#include "domain/ranking.h"
#include "rankingtable.h"

OfficialDocument RankedListDocument::build(const Ranking &ranking, const OrganisationSettings &organisation, QDate date,
                                           int number)
{
    OfficialDocument document = OfficialDocument::forOrganisation(organisation, DocumentKind::RankedList, number, date);
    document.typeName = QStringLiteral("DANH SÁCH XẾP HẠNG ĐƠN VỊ HỌC TẬP NĂM %1").arg(ranking.year);
    document.summary = ranking.group.isEmpty() ? QStringLiteral("Các đơn vị hoạt động trong năm %1").arg(ranking.year)
                                               : QStringLiteral("Khối thi đua: %1").arg(ranking.group);
    document.pdfTitle = document.typeName;

    document.body.append(DocumentBlock::tableBlock(table(ranking)));
    document.body.append(DocumentBlock::spacer(2));
    document.body.append(DocumentBlock::paragraph(countSentence(ranking)));
    document.body.append(DocumentBlock::italicParagraph(note(ranking)));
    return document;
}

DocumentTable RankedListDocument::table(const Ranking &ranking)
{
    DocumentTable table;
    table.columns = {
        {QStringLiteral("Hạng"), Qt::AlignHCenter},
        {QStringLiteral("Đơn vị"), Qt::AlignLeft},
        {ranking.byLevels ? QStringLiteral("Chỉ tiêu đạt") : QStringLiteral("Tổng điểm"), Qt::AlignHCenter},
        {ranking.byLevels ? QStringLiteral("Mức độ") : QStringLiteral("Xếp loại"), Qt::AlignHCenter},
        {QStringLiteral("Ghi chú"), Qt::AlignLeft}};
    const bool rolledUp = ranking.isRolledUp();
    if (rolledUp) // the unit's column shares the room left with the unit it became
        table.columns.insert(2, {RankingTable::currentUnitHeader(), Qt::AlignLeft});
    const QList<QStringList> rows = RankingTable::vietnameseRows(ranking);
    table.rows.reserve(rows.size());
    for (const QStringList &r : rows) { // Hạng, Mã, Đơn vị, Tổng, Xếp loại, Ghi chú[, Đơn vị hiện nay]
        QStringList cells = {r.at(0), r.at(2), r.at(3), r.at(4), r.at(5)};
        if (rolledUp)
            cells.insert(2, r.at(6));
        table.rows.append({cells, false});
    }
    return table;
}

QString RankedListDocument::note(const Ranking &ranking)
{
    QString text = QStringLiteral("Ghi chú: số liệu năm %1. %2")
                       .arg(QString::number(ranking.year), RankingTable::vietnameseMethod(ranking));
    if (ranking.isRolledUp())
        text += QStringLiteral(" Cột “%1” theo các đơn vị ngày %2.")
                    .arg(RankingTable::currentUnitHeader(), ranking.rolledUpOn.toString(QStringLiteral("dd/MM/yyyy")));
    return text;
}

QString RankedListDocument::countSentence(const Ranking &ranking)
{
    int ranked = 0;
    for (const RankedUnit &u : ranking.rows)
        ranked += u.isRanked();
    const int unranked = int(ranking.rows.size()) - ranked;
    QString count = QStringLiteral("Danh sách gồm %1 đơn vị được xếp hạng").arg(ranked);
    if (unranked > 0)
        count += QStringLiteral(" và %1 đơn vị chưa thẩm định").arg(unranked);
    return count + QLatin1Char('.');
}
