#include "commendationlistdocument.h"

#include "domain/organisationsettings.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace {

const QString kCollective = QStringLiteral("Tập thể");
const QString kIndividual = QStringLiteral("Cá nhân");
const QString kProposed = QStringLiteral("Đề xuất");

QString roman(int n)
{
    static const QList<std::pair<int, const char *>> numerals = {
        {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
        {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
    QString text;
    for (const auto &[value, numeral] : numerals)
        for (; n >= value; n -= value)
            text += QLatin1String(numeral);
    return text;
}

// The forms in the order of their first line, with their lines in order.
QList<std::pair<QString, QList<const CommendationListLine *>>> groups(const CommendationList &list)
{
    QList<std::pair<QString, QList<const CommendationListLine *>>> result;
    for (const CommendationListLine &line : list.lines) {
        auto it =
            std::find_if(result.begin(), result.end(), [&line](const auto &g) { return g.first == line.formName; });
        if (it == result.end()) {
            result.append({line.formName, {}});
            it = std::prev(result.end());
        }
        it->second.append(&line);
    }
    return result;
}

QString note(const CommendationListLine &line)
{
    if (!line.decision.isEmpty())
        return line.status == kProposed ? line.decision : line.status + QStringLiteral(", ") + line.decision;
    return line.status == kProposed ? QString() : line.status;
}

} // namespace

OfficialDocument CommendationListDocument::build(const CommendationList &list, const OrganisationSettings &organisation,
                                                 QDate date, int number)
{
    OfficialDocument document =
        OfficialDocument::forOrganisation(organisation, DocumentKind::CommendationList, number, date);
    document.typeName = QStringLiteral("DANH SÁCH");
    document.summary = summary(list);
    document.pdfTitle = QStringLiteral("DANH SÁCH ") + document.summary;
    document.body.append(DocumentBlock::tableBlock(table(list)));
    document.body.append(DocumentBlock::spacer(2));
    document.body.append(DocumentBlock::paragraph(countSentence(list)));
    return document;
}

QString CommendationListDocument::summary(const CommendationList &list)
{
    bool collectives = false;
    bool individuals = false;
    for (const CommendationListLine &line : list.lines) {
        collectives = collectives || line.subject == kCollective;
        individuals = individuals || line.subject == kIndividual;
    }
    QString who = QStringLiteral("tập thể, cá nhân");
    if (collectives && !individuals)
        who = QStringLiteral("tập thể");
    else if (individuals && !collectives)
        who = QStringLiteral("cá nhân");
    QString text = QStringLiteral("Đề nghị khen thưởng %1 có thành tích xuất sắc trong Phong trào thi đua “Cả nước "
                                  "thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2024 - 2030”")
                       .arg(who);
    if (!list.occasion.isEmpty())
        text += QStringLiteral(", ") + list.occasion;
    return text;
}

DocumentTable CommendationListDocument::table(const CommendationList &list)
{
    DocumentTable table;
    table.columns = {{QStringLiteral("STT"), Qt::AlignHCenter},
                     {QStringLiteral("Tên tập thể/cá nhân"), Qt::AlignLeft},
                     {QStringLiteral("Thành tích"), Qt::AlignLeft},
                     {QStringLiteral("Ghi chú"), Qt::AlignLeft}};
    int group = 0;
    for (const auto &[formName, lines] : groups(list)) {
        table.rows.append({{roman(++group), formName}, true});
        int stt = 0;
        for (const CommendationListLine *line : lines)
            table.rows.append({{QString::number(++stt), line->name, line->reason, note(*line)}, false});
    }
    return table;
}

QString CommendationListDocument::countSentence(const CommendationList &list)
{
    int collectives = 0;
    int individuals = 0;
    for (const CommendationListLine &line : list.lines) {
        collectives += line.subject == kCollective;
        individuals += line.subject == kIndividual;
    }
    const int others = int(list.lines.size()) - collectives - individuals;
    if (list.lines.isEmpty())
        return QStringLiteral("Danh sách chưa có đề nghị khen thưởng nào.");
    QStringList parts;
    if (collectives > 0)
        parts.append(QStringLiteral("%1 tập thể").arg(collectives));
    if (individuals > 0)
        parts.append(QStringLiteral("%1 cá nhân").arg(individuals));
    if (others > 0)
        parts.append(QStringLiteral("%1 đối tượng khác").arg(others));
    return QStringLiteral("Danh sách gồm %1 đề nghị khen thưởng: %2.")
        .arg(list.lines.size())
        .arg(parts.join(QStringLiteral(" và ")));
}

QStringList CommendationListDocument::summaryLines(const CommendationList &list)
{
    QStringList lines;
    for (const auto &[form, members] : groups(list)) {
        QStringList collectives;
        QStringList individuals;
        int awarded = 0;
        int refused = 0;
        for (const CommendationListLine *line : members) {
            (line->subject == kIndividual ? individuals : collectives).append(line->name);
            awarded += line->status == QStringLiteral("Được khen thưởng");
            refused += line->status == QStringLiteral("Không được khen thưởng");
        }
        QStringList who;
        if (!collectives.isEmpty())
            who.append(
                QStringLiteral("%1 tập thể (%2)").arg(collectives.size()).arg(collectives.join(QStringLiteral("; "))));
        if (!individuals.isEmpty())
            who.append(
                QStringLiteral("%1 cá nhân (%2)").arg(individuals.size()).arg(individuals.join(QStringLiteral("; "))));
        QString text = QStringLiteral("%1: %2").arg(form, who.join(QStringLiteral(" và ")));
        QStringList outcome;
        if (awarded > 0)
            outcome.append(QStringLiteral("%1 được khen thưởng").arg(awarded));
        if (refused > 0)
            outcome.append(QStringLiteral("%1 không được khen thưởng").arg(refused));
        const int pending = int(members.size()) - awarded - refused;
        if (!outcome.isEmpty() && pending > 0)
            outcome.append(QStringLiteral("%1 đang chờ quyết định").arg(pending));
        if (!outcome.isEmpty())
            text += QStringLiteral("; ") + outcome.join(QStringLiteral(", "));
        lines.append(text + QLatin1Char('.'));
    }
    return lines;
}

QList<XlsxTableWriter::Column> CommendationListDocument::columns()
{
    return {{QStringLiteral("STT"), 6, true},
            {QStringLiteral("Đối tượng"), 10, false},
            {QStringLiteral("Tên tập thể/cá nhân"), 50, false},
            {QStringLiteral("Hình thức khen thưởng"), 40, false},
            {QStringLiteral("Thành tích"), 50, false},
            {QStringLiteral("Trạng thái"), 22, false},
            {QStringLiteral("Quyết định"), 40, false}};
}

QList<QStringList> CommendationListDocument::rows(const CommendationList &list)
{
    QList<QStringList> result;
    result.reserve(list.lines.size());
    int stt = 0;
    for (const auto &[formName, lines] : groups(list))
        for (const CommendationListLine *line : lines)
            result.append({QString::number(++stt), line->subject, line->name, formName, line->reason, line->status,
                           line->decision});
    return result;
}

bool CommendationListDocument::writeXlsx(const CommendationList &list, const QString &path, QString *error)
{
    return XlsxTableWriter::write(path, QStringLiteral("Đề nghị khen thưởng"), columns(), rows(list), error);
}
