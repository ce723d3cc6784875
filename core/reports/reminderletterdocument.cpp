#include "reminderletterdocument.h"

#include "domain/organisationsettings.h"
#include "officialdate.h"

namespace {

QString movement()
{
    return QStringLiteral("“Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2024 - 2030”");
}

QString shortDate(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

// The agency's name as running text writes it: "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" becomes
// "Sở Văn hóa, Thể thao và Du lịch" (the first two words, the first word of each field
// after a comma or "và", and a place name after "tỉnh" keep their capital). A name
// typed in mixed case is already written so and is kept.
QString runningName(const QString &name)
{
    const QString nfc = name.normalized(QString::NormalizationForm_C).simplified();
    if (nfc != nfc.toUpper())
        return nfc;
    QStringList words = nfc.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool placeName = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString previous = i > 0 ? words.at(i - 1) : QString();
        const bool capital = i < 2 || placeName || previous.endsWith(QLatin1Char(',')) ||
                             previous == QStringLiteral("và") || previous == QStringLiteral("tỉnh");
        placeName = placeName || previous == QStringLiteral("tỉnh");
        if (capital)
            words[i][0] = words.at(i).at(0).toUpper();
    }
    return words.join(QLatin1Char(' '));
}

QStringList recipients(const OrganisationSettings &organisation)
{
    QStringList lines{QStringLiteral("Như trên;")};
    for (const QString &line : organisation.recipients)
        if (line.trimmed().startsWith(QStringLiteral("Lưu")))
            lines.append(line.trimmed());
    if (lines.size() == 1)
        lines.append(organisation.draftingUnit.trimmed().isEmpty()
                         ? QStringLiteral("Lưu: VT.")
                         : QStringLiteral("Lưu: VT, %1.").arg(organisation.draftingUnit.trimmed()));
    return lines;
}

DocumentTable unitTable(const QStringList &units)
{
    DocumentTable table;
    table.columns = {{QStringLiteral("STT"), Qt::AlignHCenter}, {QStringLiteral("Tên đơn vị"), Qt::AlignLeft}};
    table.rows.reserve(units.size());
    for (qsizetype i = 0; i < units.size(); ++i)
        table.rows.append({{QString::number(i + 1), units.at(i)}, false});
    return table;
}

} // namespace

QString ReminderLetterDocument::subject(int year)
{
    return QStringLiteral("V/v đôn đốc gửi báo cáo kết quả thực hiện Phong trào thi đua xây dựng xã hội học tập năm %1")
        .arg(year);
}

OfficialDocument ReminderLetterDocument::build(const ReminderLetter &letter, const OrganisationSettings &organisation,
                                               QDate date, int number)
{
    OfficialDocument document =
        OfficialDocument::forOrganisation(organisation, DocumentKind::ReminderLetter, number, date);
    document.header.subject = subject(letter.year);
    document.pdfTitle = document.header.subject;
    document.signature.recipients = recipients(organisation);

    const QStringList &units = letter.missingUnits;
    const bool listed = units.size() > maxNamedAddressees; // else "Kính gửi:" names them all
    if (listed) {
        document.addressees = {QStringLiteral("Các đơn vị có tên trong danh sách kèm theo")};
    } else if (units.size() == 1) {
        document.addressees = units;
    } else {
        for (qsizetype i = 0; i < units.size(); ++i)
            document.addressees.append(units.at(i) + (i + 1 < units.size() ? QLatin1Char(';') : QLatin1Char('.')));
    }

    const QString department = runningName(organisation.department);
    const QString year = QString::number(letter.year);
    QString opening = QStringLiteral("Thực hiện Kế hoạch tổ chức thực hiện Phong trào %1 của %2, các đơn vị có trách "
                                     "nhiệm gửi báo cáo kết quả thực hiện Phong trào năm %3 về Sở")
                          .arg(movement(), department, year);
    if (letter.unitDeadline.isValid())
        opening += QStringLiteral(" trước ngày %1").arg(shortDate(letter.unitDeadline));
    document.body.append(DocumentBlock::paragraph(opening + QLatin1Char('.')));

    const QString sinceWhen =
        date.isValid() ? QStringLiteral("Đến ngày %1").arg(shortDate(date)) : QStringLiteral("Đến nay");
    if (units.isEmpty()) {
        document.body.append(DocumentBlock::paragraph(
            QStringLiteral("%1, Sở đã nhận được báo cáo năm %2 của tất cả các đơn vị.").arg(sinceWhen, year)));
        return document;
    }
    const bool one = units.size() == 1;
    const QString who = listed ? QStringLiteral("%1 đơn vị có tên trong danh sách kèm theo Công văn này")
                                     .arg(QString::number(units.size()))
                        : one ? QStringLiteral("đơn vị")
                              : QStringLiteral("các đơn vị nêu trên");
    document.body.append(DocumentBlock::paragraph(
        QStringLiteral("%1, Sở chưa nhận được báo cáo năm %2 của %3.").arg(sinceWhen, year, who)));

    const QString reportRecipient = organisation.reportRecipient.trimmed().isEmpty()
                                        ? QStringLiteral("Sở Giáo dục và Đào tạo")
                                        : organisation.reportRecipient.trimmed();
    const QDate reportDeadline = letter.reportDeadline.isValid() ? letter.reportDeadline : QDate(letter.year, 12, 10);
    QString request = QStringLiteral("Để kịp tổng hợp, báo cáo %1 trước ngày %2, Sở đề nghị %3 khẩn trương hoàn thành "
                                     "và gửi báo cáo kết quả thực hiện Phong trào năm %4, kèm theo số liệu các chỉ "
                                     "tiêu hoạt động và kết quả tự đánh giá của đơn vị, về Sở")
                          .arg(reportRecipient, shortDate(reportDeadline),
                               one ? QStringLiteral("đơn vị") : QStringLiteral("các đơn vị"), year);
    if (letter.newDeadline.isValid())
        request += QStringLiteral(" chậm nhất ngày %1").arg(shortDate(letter.newDeadline));
    document.body.append(DocumentBlock::paragraph(request + QLatin1Char('.')));
    document.body.append(
        DocumentBlock::paragraph(one ? QStringLiteral("Đề nghị Thủ trưởng đơn vị quan tâm, thực hiện./.")
                                     : QStringLiteral("Đề nghị Thủ trưởng các đơn vị quan tâm, "
                                                      "thực hiện./.")));

    if (listed) {
        DocumentAppendix list;
        list.title =
            QStringLiteral("Danh sách các đơn vị chưa gửi báo cáo kết quả thực hiện Phong trào năm %1").arg(year);
        list.attachedTo = QStringLiteral("(Kèm theo Công văn số %1 %2 của %3)")
                              .arg(document.header.number, OfficialDate::dateText(date), department);
        list.blocks.append(DocumentBlock::tableBlock(unitTable(units)));
        document.appendices.append(list);
    }
    return document;
}
