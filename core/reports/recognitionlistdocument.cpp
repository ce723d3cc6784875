#include "recognitionlistdocument.h"

#include "domain/organisationsettings.h"

namespace {

QString dmy(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString noteOf(const RecognitionRow &row, QDate day)
{
    QStringList notes;
    if (row.status.mustReevaluate)
        notes.append(QStringLiteral("Đánh giá lại trong năm %1").arg(day.year()));
    if (row.status.mayAskLevel2Now)
        notes.append(QStringLiteral("Đủ thời gian đề nghị Mức độ 2"));
    if (row.status.current && row.status.current->carriedFromId > 0)
        notes.append(row.status.current->note);
    return notes.join(QStringLiteral("; "));
}

} // namespace

QString RecognitionListDocument::summary(QDate day)
{
    return QStringLiteral("Tình hình công nhận Đơn vị học tập đến ngày %1").arg(dmy(day));
}

QList<XlsxTableWriter::Column> RecognitionListDocument::columns()
{
    return {{QStringLiteral("STT"), 6, true},
            {QStringLiteral("Đơn vị"), 45, false},
            {QStringLiteral("Mức độ"), 12, false},
            {QStringLiteral("Năm công nhận"), 10, true},
            {QStringLiteral("Quyết định"), 28, false},
            {QStringLiteral("Giữ đến"), 12, false},
            {QStringLiteral("Đề nghị Mức độ 2 từ"), 14, false},
            {QStringLiteral("Ghi chú"), 40, false}};
}

QList<QStringList> RecognitionListDocument::rows(const QList<RecognitionRow> &list, QDate day)
{
    QList<QStringList> result;
    int n = 0;
    for (const RecognitionRow &row : list) {
        const std::optional<RecognitionDecision> &d = row.status.current;
        result.append({QString::number(++n), row.name,
                       d ? RecognitionStatus::levelName(d->level) : QStringLiteral("Chưa được công nhận"),
                       d ? QString::number(d->year) : QString(),
                       d ? QStringLiteral("%1 ngày %2").arg(d->number, dmy(d->date)) : QString(),
                       dmy(row.status.keptUntil), dmy(row.status.mayAskLevel2From), noteOf(row, day)});
    }
    return result;
}

bool RecognitionListDocument::writeXlsx(const QList<RecognitionRow> &list, QDate day, const QString &path,
                                        QString *error)
{
    return XlsxTableWriter::write(path, QStringLiteral("Tình hình công nhận"), columns(), rows(list, day), error);
}

QString RecognitionListDocument::countSentence(const QList<RecognitionRow> &list, QDate day)
{
    int level1 = 0, level2 = 0, again = 0;
    for (const RecognitionRow &row : list) {
        if (!row.status.current)
            continue;
        (row.status.current->level == 2 ? level2 : level1) += 1;
        again += row.status.mustReevaluate;
    }
    if (level1 + level2 == 0)
        return QStringLiteral("Chưa có đơn vị nào đang được công nhận Đơn vị học tập.");
    QStringList parts;
    if (level2 > 0)
        parts.append(QStringLiteral("%1 đơn vị Mức độ 2").arg(level2));
    if (level1 > 0)
        parts.append(QStringLiteral("%1 đơn vị Mức độ 1").arg(level1));
    QString text = QStringLiteral("Có %1/%2 đơn vị đang được công nhận Đơn vị học tập: %3")
                       .arg(level1 + level2)
                       .arg(list.size())
                       .arg(parts.join(QStringLiteral(", ")));
    if (again > 0)
        text += QStringLiteral("; %1 đơn vị cần đánh giá lại trong năm %2").arg(again).arg(day.year());
    return text + QLatin1Char('.');
}

OfficialDocument RecognitionListDocument::build(const QList<RecognitionRow> &list, QDate day,
                                                const OrganisationSettings &organisation, QDate date, int number)
{
    OfficialDocument document = OfficialDocument::forOrganisation(organisation, QStringLiteral("DS"), number, date);
    document.typeName = QStringLiteral("DANH SÁCH");
    document.summary = summary(day);
    document.pdfTitle = QStringLiteral("DANH SÁCH ") + document.summary;
    document.landscape = true;
    DocumentTable table;
    for (const XlsxTableWriter::Column &c : columns())
        table.columns.append(
            {c.header, c.numeric || c.header == QLatin1String("Mức độ") ? Qt::AlignHCenter : Qt::AlignLeft});
    for (const QStringList &cells : rows(list, day))
        table.rows.append({cells, false});
    document.body.append(DocumentBlock::tableBlock(table));
    document.body.append(DocumentBlock::spacer(2));
    document.body.append(DocumentBlock::paragraph(countSentence(list, day)));
    return document;
}
