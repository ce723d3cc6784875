#include "recognitiondossierdocument.h"

#include "domain/organisationsettings.h"
#include "officialdate.h"

#include <QRegularExpression>

namespace {

using Result = RecognitionDossier::Result;

const QString kNote = QStringLiteral("[…]");

// "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" as running text: "Sở Văn hóa, Thể thao và Du lịch"
// (the first two words and the first of each field after a comma or "và" keep their
// capital); a name typed in mixed case is kept.
QString runningName(const QString &name)
{
    const QString nfc = name.normalized(QString::NormalizationForm_C).simplified();
    if (nfc.isEmpty())
        return QStringLiteral("Sở");
    if (nfc != nfc.toUpper())
        return nfc;
    QStringList words = nfc.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString previous = i > 0 ? words.at(i - 1) : QString();
        if (i < 2 || previous.endsWith(QLatin1Char(',')) || previous == QStringLiteral("và"))
            words[i][0] = words.at(i).at(0).toUpper();
    }
    return words.join(QLatin1Char(' '));
}

QString shortDate(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString levelText(int level)
{
    return QStringLiteral("Mức độ %1").arg(level);
}

// How many chỉ tiêu apply to the unit and how many of them are met.
std::pair<int, int> tally(const RecognitionDossier &dossier)
{
    int applying = 0, met = 0;
    for (const RecognitionDossier::Line &line : dossier.lines) {
        if (line.group || line.result == Result::NotApplicable)
            continue;
        ++applying;
        met += line.result == Result::Met;
    }
    return {applying, met};
}

QString resultSentence(const RecognitionDossier &dossier)
{
    const auto [applying, met] = tally(dossier);
    QString text = QStringLiteral("Kết quả: đạt %1/%2 chỉ tiêu áp dụng đối với đơn vị").arg(met).arg(applying);
    if (!dossier.complete)
        return text + QStringLiteral("; còn chỉ tiêu chưa đánh giá %1.").arg(kNote);
    if (dossier.levelReached == 0)
        return text + QStringLiteral("; chưa đạt Mức độ 1.");
    return text + QStringLiteral("; đạt %1.").arg(levelText(dossier.levelReached));
}

QList<DocumentBlock> request(const RecognitionDossier &dossier, const QString &recipient)
{
    const QString year = QString::number(dossier.year);
    QList<DocumentBlock> body;
    body.append(DocumentBlock::italicParagraph(
        QStringLiteral("Căn cứ Thông tư số 24/2023/TT-BGDĐT ngày 11/12/2023 của Bộ Giáo dục và Đào tạo quy định "
                       "đánh giá, công nhận Đơn vị học tập cấp huyện, cấp tỉnh;")));
    body.append(DocumentBlock::italicParagraph(
        QStringLiteral("Căn cứ kết quả tự đánh giá năm %1 của %2.").arg(year, dossier.unitName)));
    body.append(DocumentBlock::paragraph(
        QStringLiteral("%1 đã tổ chức tự đánh giá theo các tiêu chí, chỉ tiêu Đơn vị học tập với số liệu từ ngày "
                       "01/01/%2 đến ngày 31/12/%2. %3")
            .arg(dossier.unitName, year, resultSentence(dossier))));
    const QString level = dossier.complete && dossier.levelReached > 0 ? levelText(dossier.levelReached)
                                                                       : QStringLiteral("Mức độ %1").arg(kNote);
    body.append(DocumentBlock::paragraph(
        QStringLiteral("%1 kính đề nghị %2 xem xét, trình Chủ tịch Ủy ban nhân dân tỉnh công nhận %1 đạt Đơn vị học "
                       "tập %3 năm %4.")
            .arg(dossier.unitName, recipient, level, year)));
    body.append(DocumentBlock::paragraph(
        QStringLiteral("Hồ sơ kèm theo gồm: Báo cáo tự đánh giá (Phụ lục I) và Bảng tổng hợp kết quả đánh giá các tiêu "
                       "chí, chỉ tiêu (Phụ lục II), gửi trước ngày 15/01/%1./.")
            .arg(dossier.year + 1)));
    return body;
}

QString itemText(const RecognitionDossier::Line &line)
{
    QString text = QStringLiteral("%1. %2: %3").arg(line.code, line.title, RecognitionDossier::resultText(line.result));
    if (!line.value.isEmpty())
        text += QStringLiteral(" (%1)").arg(line.value);
    if (line.result == Result::NotApplicable)
        return text + QLatin1Char('.');
    text += line.evidence.isEmpty() ? QStringLiteral("; minh chứng: %1").arg(kNote)
                                    : QStringLiteral("; minh chứng: %1").arg(line.evidence.join(QStringLiteral(", ")));
    text += QStringLiteral(". Cách thực hiện và kết quả cụ thể: %1.").arg(kNote);
    return text;
}

QList<DocumentBlock> report(const RecognitionDossier &dossier)
{
    const QString year = QString::number(dossier.year);
    QList<DocumentBlock> blocks;
    blocks.append(DocumentBlock::heading(1, QStringLiteral("I. Công tác tổ chức đánh giá")));
    blocks.append(DocumentBlock::paragraph(
        QStringLiteral("Thủ trưởng đơn vị thành lập Tổ đánh giá theo Quyết định số %1 ngày %1. Tổ đánh giá đã thu "
                       "thập minh chứng và đánh giá theo các tiêu chí, chỉ tiêu của %2, với số liệu từ ngày 01/01/%3 "
                       "đến ngày 31/12/%3.")
            .arg(kNote, dossier.rubricName, year)));
    blocks.append(DocumentBlock::heading(1, QStringLiteral("II. Kết quả đánh giá")));
    int group = 0;
    for (const RecognitionDossier::Line &line : dossier.lines) {
        if (line.group) {
            blocks.append(
                DocumentBlock::heading(2, QStringLiteral("%1. Tiêu chí %1: %2").arg(++group).arg(line.title)));
            if (!line.note.isEmpty())
                blocks.append(DocumentBlock::paragraph(QStringLiteral("[Ghi chú: %1]").arg(line.note)));
            continue;
        }
        QString text = itemText(line);
        if (!line.note.isEmpty())
            text += QStringLiteral(" [Ghi chú: %1]").arg(line.note);
        blocks.append(DocumentBlock::paragraph(text));
    }
    blocks.append(DocumentBlock::heading(1, QStringLiteral("III. Đánh giá chung")));
    blocks.append(DocumentBlock::paragraph(QStringLiteral("Ưu điểm: %1").arg(kNote)));
    blocks.append(DocumentBlock::paragraph(QStringLiteral("Hạn chế, nguyên nhân: %1").arg(kNote)));
    blocks.append(DocumentBlock::heading(1, QStringLiteral("IV. Kết luận")));
    QString conclusion = resultSentence(dossier);
    if (dossier.inForce)
        conclusion += QStringLiteral(" Đơn vị đang được công nhận %1 năm %2 theo Quyết định số %3 ngày %4.")
                          .arg(levelText(dossier.inForce->level))
                          .arg(dossier.inForce->year)
                          .arg(dossier.inForce->number, shortDate(dossier.inForce->date));
    blocks.append(DocumentBlock::paragraph(conclusion));
    return blocks;
}

DocumentTable summaryTable(const RecognitionDossier &dossier)
{
    DocumentTable table;
    table.columns = {
        {QStringLiteral("Mã"), Qt::AlignLeft},         {QStringLiteral("Tiêu chí, chỉ tiêu"), Qt::AlignLeft},
        {QStringLiteral("Mức độ"), Qt::AlignHCenter},  {QStringLiteral("Kết quả"), Qt::AlignHCenter},
        {QStringLiteral("Minh chứng"), Qt::AlignLeft}, {QStringLiteral("Ghi chú"), Qt::AlignLeft}};
    for (const RecognitionDossier::Line &line : dossier.lines) {
        if (line.group) {
            table.rows.append({{line.code, line.title, QString(), QString(), QString(), line.note}, true});
            continue;
        }
        QString result = RecognitionDossier::resultText(line.result);
        if (!line.value.isEmpty())
            result += QStringLiteral(" (%1)").arg(line.value);
        table.rows.append({{line.code, line.title, QString::number(line.level), result,
                            line.evidence.join(QStringLiteral("; ")), line.note},
                           false});
    }
    const auto [applying, met] = tally(dossier);
    table.rows.append(
        {{QString(), QStringLiteral("Cộng: đạt %1/%2 chỉ tiêu áp dụng").arg(met).arg(applying),
          dossier.complete && dossier.levelReached > 0 ? QString::number(dossier.levelReached) : QString(),
          dossier.complete && dossier.levelReached > 0 ? levelText(dossier.levelReached) : QStringLiteral("Chưa đạt"),
          QString(), QString()},
         true});
    return table;
}

} // namespace

QString RecognitionDossierDocument::summary(int year)
{
    return QStringLiteral("Đề nghị công nhận Đơn vị học tập năm %1").arg(year);
}

QString RecognitionDossierDocument::fileName(const RecognitionDossier &dossier, const QString &suffix)
{
    QString code = dossier.unit.code;
    code.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return QStringLiteral("ho-so-cong-nhan-%1-%2.%3").arg(dossier.year).arg(code, suffix);
}

OfficialDocument RecognitionDossierDocument::build(const RecognitionDossier &dossier,
                                                   const OrganisationSettings &organisation, QDate date)
{
    OfficialDocument document;
    document.header.parentBody = organisation.department;
    document.header.agency = dossier.unitName;
    document.header.number = OfficialDocument::documentNumber(0, QStringLiteral("TTr-") + dossier.unit.code.toUpper());
    document.header.placeAndDate = OfficialDate::placeAndDate(organisation.place, date);
    document.typeName = QStringLiteral("TỜ TRÌNH");
    document.summary = summary(dossier.year);
    const QString recipient = organisation.reportRecipient.trimmed().isEmpty()
                                  ? QStringLiteral("Sở Giáo dục và Đào tạo")
                                  : organisation.reportRecipient.trimmed();
    document.addressees = {recipient};
    document.body = request(dossier, recipient);
    document.signature.title = QStringLiteral("THỦ TRƯỞNG ĐƠN VỊ");
    document.signature.recipients = {QStringLiteral("Như trên;"),
                                     QStringLiteral("%1 (để báo cáo);").arg(runningName(organisation.department)),
                                     QStringLiteral("Lưu: VT.")};
    document.pdfTitle = summary(dossier.year) + QStringLiteral(" - ") + dossier.unitName;

    const QString attached = QStringLiteral("(Kèm theo Tờ trình số %1 %2 của %3)")
                                 .arg(document.header.number, OfficialDate::dateText(date), dossier.unitName);
    DocumentAppendix selfReport;
    selfReport.label = QStringLiteral("Phụ lục I");
    selfReport.title = QStringLiteral("Báo cáo tự đánh giá Đơn vị học tập năm %1").arg(dossier.year);
    selfReport.attachedTo = attached;
    selfReport.blocks = report(dossier);
    document.appendices.append(selfReport);

    DocumentAppendix table;
    table.label = QStringLiteral("Phụ lục II");
    table.title = QStringLiteral("Bảng tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu năm %1").arg(dossier.year);
    table.attachedTo = attached;
    table.blocks.append(DocumentBlock::tableBlock(summaryTable(dossier)));
    table.landscape = true;
    document.appendices.append(table);
    return document;
}
