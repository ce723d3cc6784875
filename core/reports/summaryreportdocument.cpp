#include "summaryreportdocument.h"

#include "domain/annualreport.h"
#include "domain/organisationsettings.h"
#include "officialdate.h"
#include "rankedlistdocument.h"
#include "rankingtable.h"
#include "reportwording.h"
#include "services/annualreportservice.h"

#include <QRegularExpression>

namespace {

const QString kMovement = QStringLiteral("“Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời”");

// Phụ lục I: every unit's values, in as few pages as the content allows. The plan's
// contents share a table while it has room (at most kFiguresPerTable columns), each
// column headed by its number, the indicators named with their unit under the table
// (long headers over narrow columns made every table two pages tall); the written
// answers ("mô hình, cách làm hay") follow the tables, each once with the units that
// gave it, not squeezed into a cell.
constexpr qsizetype kFiguresPerTable = 8;

DocumentTable valuesTable(const AnnualReport &report, const QList<const IndicatorFigure *> &figures, int firstNumber)
{
    DocumentTable table;
    table.columns.append({QStringLiteral("STT"), Qt::AlignHCenter});
    table.columns.append({QStringLiteral("Đơn vị"), Qt::AlignLeft});
    for (qsizetype i = 0; i < figures.size(); ++i)
        table.columns.append({QStringLiteral("(%1)").arg(firstNumber + i), Qt::AlignRight});
    int n = 0;
    for (const SubmissionOverviewRow &row : report.overview.rows) {
        const auto submission = report.submissions.constFind(row.unit.id);
        const bool received = submission != report.submissions.cend();
        QStringList cells{QString::number(++n),
                          received ? row.unit.name : row.unit.name + QStringLiteral(" (chưa gửi báo cáo)")};
        for (const IndicatorFigure *f : figures) {
            const IndicatorValue *value = received ? submission->value(f->indicator.id) : nullptr;
            cells.append(value ? ReportWording::cell(f->indicator.kind, value->hasNumber, value->numberHundredths,
                                                     value->text, value->estimate)
                               : QStringLiteral("–"));
        }
        table.rows.append({cells, false});
    }
    // The total row as narrow as the values (the note under the appendix says how a
    // percentage and a yes/no are totalled).
    QStringList total{QString(), QStringLiteral("Cộng")};
    for (const IndicatorFigure *f : figures) {
        QString cell = ReportWording::totalCell(*f);
        if (f->hasData() && f->indicator.kind == QLatin1String("percent"))
            cell = ReportWording::hundredths(f->meanHundredths()) + QLatin1Char('%');
        else if (f->hasData() && f->indicator.kind == QLatin1String("yesno"))
            cell = QStringLiteral("%1/%2").arg(f->yes).arg(f->reporting);
        total.append(cell);
    }
    table.rows.append({total, true});
    return table;
}

QList<DocumentBlock> unitValues(const AnnualReport &report)
{
    QMap<int, QList<const IndicatorFigure *>> byArea; // the figures in numbers, per content
    QList<const IndicatorFigure *> written;
    for (const IndicatorFigure &f : report.figures)
        (f.indicator.kind == QLatin1String("text") ? written : byArea[f.indicator.contentArea]).append(&f);
    QMap<int, int> areaNumber; // the contents numbered as in the report: 1, 2, ...
    for (const IndicatorFigure &f : report.figures)
        if (!areaNumber.contains(f.indicator.contentArea))
            areaNumber.insert(f.indicator.contentArea, 0);
    int numbered = 0;
    for (auto it = areaNumber.begin(); it != areaNumber.end(); ++it)
        it.value() = ++numbered;

    // Contents together while their figures fit one table.
    QList<QList<int>> groups;
    qsizetype inGroup = 0;
    for (auto it = byArea.cbegin(); it != byArea.cend(); ++it) {
        if (groups.isEmpty() || inGroup + it.value().size() > kFiguresPerTable) {
            groups.append(QList<int>());
            inGroup = 0;
        }
        groups.last().append(it.key());
        inGroup += it.value().size();
    }

    QList<DocumentBlock> blocks;
    int number = 1;
    for (const QList<int> &group : std::as_const(groups)) {
        QList<const IndicatorFigure *> figures;
        QStringList legend;
        for (const int area : group) {
            blocks.append(DocumentBlock::heading(
                2, QStringLiteral("%1. %2").arg(areaNumber.value(area)).arg(ReportWording::contentHeading(area))));
            for (const IndicatorFigure *f : byArea.value(area)) {
                legend.append(QStringLiteral("(%1) %2")
                                  .arg(number + int(figures.size()))
                                  .arg(ReportWording::indicatorLabel(f->indicator)));
                figures.append(f);
            }
        }
        blocks.append(DocumentBlock::tableBlock(valuesTable(report, figures, number)));
        blocks.append(DocumentBlock::italicParagraph(legend.join(QStringLiteral("; ")) + QLatin1Char('.')));
        blocks.append(DocumentBlock::spacer(4));
        number += int(figures.size());
    }
    for (const IndicatorFigure *f : std::as_const(written)) {
        blocks.append(DocumentBlock::heading(2, QStringLiteral("%1. %2 (thuộc nội dung %3)")
                                                    .arg(++numbered)
                                                    .arg(f->indicator.name)
                                                    .arg(areaNumber.value(f->indicator.contentArea))));
        // Each answer once, with the units that gave it.
        QStringList answers;
        QHash<QString, QStringList> unitsOf;
        for (const SubmissionOverviewRow &row : report.overview.rows) {
            const auto submission = report.submissions.constFind(row.unit.id);
            const IndicatorValue *value =
                submission != report.submissions.cend() ? submission->value(f->indicator.id) : nullptr;
            const QString text = value ? value->text.simplified() : QString();
            if (text.isEmpty())
                continue;
            if (!unitsOf.contains(text))
                answers.append(text);
            unitsOf[text].append(row.unit.name);
        }
        for (const QString &text : std::as_const(answers))
            blocks.append(DocumentBlock::paragraph(QStringLiteral("- %1: %2.")
                                                       .arg(ReportWording::endWith(text, QLatin1Char(' ')).trimmed(),
                                                            unitsOf.value(text).join(QStringLiteral(", ")))));
        if (answers.isEmpty())
            blocks.append(DocumentBlock::paragraph(QStringLiteral("Chưa có số liệu.")));
    }
    blocks.append(DocumentBlock::italicParagraph(
        QStringLiteral("Ghi chú: dấu “–”: chưa có số liệu; “(ước)”: số liệu ước thực hiện đến 31/12/%1; dòng "
                       "“Cộng”: tổng số, với tỷ lệ (%) là bình quân của các đơn vị báo cáo, với có/không là số đơn vị "
                       "có trên số đơn vị báo cáo.")
            .arg(report.year)));
    return blocks;
}

} // namespace

QList<DocumentBlock> SummaryReportDocument::legalBases(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines.append(line);
    QList<DocumentBlock> blocks;
    for (qsizetype i = 0; i < lines.size(); ++i)
        blocks.append(DocumentBlock::italicParagraph(
            ReportWording::endWith(lines.at(i), i + 1 == lines.size() ? QLatin1Char('.') : QLatin1Char(';'))));
    return blocks;
}

QList<DocumentBlock> SummaryReportDocument::textBlocks(const QString &text)
{
    static const QRegularExpression numbered(QStringLiteral("^\\d+\\.\\s+\\S.*[^.;:,]$"));
    QList<DocumentBlock> blocks;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        blocks.append(numbered.match(line).hasMatch() && line.size() < 120 ? DocumentBlock::heading(2, line)
                                                                           : DocumentBlock::paragraph(line));
    }
    return blocks;
}

OfficialDocument SummaryReportDocument::build(const AnnualReport &report, const OrganisationSettings &organisation,
                                              QDate date, int number)
{
    OfficialDocument document =
        OfficialDocument::forOrganisation(organisation, DocumentKind::SummaryReport, number, date);
    document.typeName = QStringLiteral("BÁO CÁO");
    document.summary = QStringLiteral("Kết quả thực hiện Phong trào %1 năm %2").arg(kMovement).arg(report.year);
    document.pdfTitle = QStringLiteral("Báo cáo kết quả thực hiện Phong trào năm %1").arg(report.year);
    document.addressees = {ReportWording::recipient(organisation)};

    const auto text = [&report](ReportSection section) { return report.texts.value(section); };
    QList<DocumentBlock> &body = document.body;
    body.append(legalBases(text(ReportSection::LegalBases)));
    body.append(textBlocks(text(ReportSection::Opening)));

    body.append(DocumentBlock::heading(1, ReportWording::sectionHeading(ReportSection::Direction)));
    body.append(textBlocks(text(ReportSection::Direction)));

    body.append(DocumentBlock::heading(1, QStringLiteral("II. KẾT QUẢ THỰC HIỆN")));
    int item = 0;
    body.append(DocumentBlock::heading(2, QStringLiteral("%1. Tình hình gửi báo cáo của các đơn vị").arg(++item)));
    body.append(DocumentBlock::paragraph(ReportWording::submissions(report, date)));
    body.append(DocumentBlock::paragraph(
        QStringLiteral("Số liệu hoạt động của từng đơn vị tại Phụ lục I kèm theo Báo cáo này.")));
    int area = 0;
    for (const IndicatorFigure &f : report.figures) {
        if (f.indicator.contentArea != area) {
            area = f.indicator.contentArea;
            body.append(DocumentBlock::heading(
                2, QStringLiteral("%1. %2").arg(++item).arg(ReportWording::contentHeading(area))));
        }
        const bool listed = !f.texts.isEmpty();
        body.append(DocumentBlock::paragraph(QStringLiteral("- %1: %2%3")
                                                 .arg(f.indicator.name, ReportWording::figure(f))
                                                 .arg(listed ? QLatin1Char(':') : QLatin1Char('.'))));
        for (qsizetype i = 0; i < f.texts.size(); ++i)
            body.append(DocumentBlock::paragraph(
                QStringLiteral("+ ") +
                ReportWording::endWith(f.texts.at(i), i + 1 == f.texts.size() ? QLatin1Char('.') : QLatin1Char(';'))));
    }
    body.append(DocumentBlock::heading(2, QStringLiteral("%1. Kết quả đánh giá Đơn vị học tập").arg(++item)));
    body.append(DocumentBlock::paragraph(ReportWording::classification(report)));
    body.append(DocumentBlock::paragraph(
        QStringLiteral("Danh sách xếp hạng, xếp loại các đơn vị tại Phụ lục II kèm theo Báo cáo này.")));

    body.append(DocumentBlock::heading(1, ReportWording::sectionHeading(ReportSection::Assessment)));
    body.append(textBlocks(text(ReportSection::Assessment)));

    body.append(DocumentBlock::heading(1, QStringLiteral("IV. CÔNG TÁC KHEN THƯỞNG")));
    if (report.commendations.isEmpty()) {
        body.append(DocumentBlock::paragraph(QStringLiteral("Khen thưởng tập thể, cá nhân trong Phong trào năm %1: %2.")
                                                 .arg(report.year)
                                                 .arg(ReportWording::noData())));
    } else {
        body.append(DocumentBlock::paragraph(
            QStringLiteral("Đề nghị khen thưởng tập thể, cá nhân trong Phong trào năm %1:").arg(report.year)));
        for (const QString &line : report.commendations)
            body.append(DocumentBlock::paragraph(QStringLiteral("- ") + line));
    }

    body.append(DocumentBlock::heading(1, ReportWording::sectionHeading(ReportSection::Orientation) +
                                              QStringLiteral(" NĂM %1").arg(report.year + 1)));
    body.append(textBlocks(text(ReportSection::Orientation)));

    body.append(DocumentBlock::heading(1, ReportWording::sectionHeading(ReportSection::Proposals)));
    body.append(textBlocks(text(ReportSection::Proposals)));

    const QString agency = ReportWording::agency(report.plan);
    body.append(
        DocumentBlock::paragraph(QStringLiteral("Trên đây là báo cáo kết quả thực hiện Phong trào %1 năm %2 của %3./.")
                                     .arg(kMovement)
                                     .arg(report.year)
                                     .arg(agency)));

    const QString attachedTo = QStringLiteral("(Kèm theo Báo cáo số %1 %2 của %3)")
                                   .arg(document.header.number, OfficialDate::dateText(date), agency);
    DocumentAppendix values;
    values.label = QStringLiteral("Phụ lục I");
    values.title = QStringLiteral("Số liệu hoạt động của các đơn vị năm %1").arg(report.year);
    values.attachedTo = attachedTo;
    values.landscape = true;
    values.blocks = unitValues(report);
    document.appendices.append(values);

    DocumentAppendix ranked;
    ranked.label = QStringLiteral("Phụ lục II");
    ranked.title = QStringLiteral("Danh sách xếp hạng, xếp loại Đơn vị học tập năm %1").arg(report.year);
    ranked.attachedTo = attachedTo;
    ranked.blocks.append(DocumentBlock::tableBlock(RankedListDocument::table(report.ranking)));
    ranked.blocks.append(DocumentBlock::spacer(2));
    ranked.blocks.append(DocumentBlock::paragraph(RankedListDocument::countSentence(report.ranking)));
    ranked.blocks.append(DocumentBlock::italicParagraph(RankingTable::vietnameseMethod(report.ranking)));
    document.appendices.append(ranked);

    return document;
}
