#include "phasereviewdocument.h"

#include "domain/organisationsettings.h"
#include "domain/phasereview.h"
#include "domain/timeliness.h"
#include "domain/vietnamesecollator.h"
#include "officialdate.h"
#include "reportdrafts.h"
#include "reportwording.h"
#include "summaryreportdocument.h"

namespace {

QString reviewWord(const Phase &phase)
{
    return phase.reviewKind == QLatin1String("tong_ket") ? QStringLiteral("Tổng kết") : QStringLiteral("Sơ kết");
}

// "giai đoạn 1 (2024 - 2025)"
QString phaseText(const Phase &phase)
{
    return QStringLiteral("%1 (%2 - %3)")
        .arg(phase.name.toLower(), QString::number(phase.yearFrom), QString::number(phase.yearTo));
}

QString movement(const Plan &plan)
{
    return QStringLiteral("“Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn %1 - %2”")
        .arg(plan.periodFrom > 0 ? plan.periodFrom : 2024)
        .arg(plan.periodTo > 0 ? plan.periodTo : 2030);
}

// Lines as a list: "- a;", "- b;" and the last "- c.".
QList<DocumentBlock> listItems(const QStringList &items)
{
    QList<DocumentBlock> blocks;
    for (qsizetype i = 0; i < items.size(); ++i)
        blocks.append(DocumentBlock::paragraph(
            QStringLiteral("- ") +
            ReportWording::endWith(items.at(i), i + 1 == items.size() ? QLatin1Char('.') : QLatin1Char(';'))));
    return blocks;
}

// The phase's total of an indicator, worded like a year's figure but over unit-years.
QString phaseFigure(const IndicatorFigure &f)
{
    if (!f.hasData())
        return ReportWording::noData();
    const QString &kind = f.indicator.kind;
    if (kind == QLatin1String("count")) {
        QString text = ReportWording::hundredths(f.sumHundredths);
        if (!f.indicator.unitOfMeasure.isEmpty())
            text += QLatin1Char(' ') + f.indicator.unitOfMeasure;
        return text;
    }
    if (kind == QLatin1String("percent"))
        return QStringLiteral("bình quân %1% (%2 lượt đơn vị báo cáo)")
            .arg(ReportWording::hundredths(f.meanHundredths()))
            .arg(f.reporting);
    if (kind == QLatin1String("yesno"))
        return QStringLiteral("%1 lượt đơn vị có").arg(ReportWording::share(f.yes, f.reporting));
    return QStringLiteral("%1 lượt đơn vị nêu").arg(f.reporting);
}

const IndicatorFigure *figureOf(const PhaseYearFigures &year, qint64 indicatorId)
{
    for (const IndicatorFigure &f : year.figures)
        if (f.indicator.id == indicatorId)
            return &f;
    return nullptr;
}

QString submissionsLine(const PhaseYearFigures &y)
{
    if (y.expected == 0)
        return QStringLiteral("Năm %1: %2").arg(y.year).arg(ReportWording::noData());
    QString text = QStringLiteral("Năm %1: %2 đơn vị thuộc diện báo cáo; Sở đã nhận báo cáo của %3 đơn vị")
                       .arg(y.year)
                       .arg(y.expected)
                       .arg(ReportWording::share(y.received, y.expected));
    if (y.received > 0)
        text += QStringLiteral(", trong đó %1 đơn vị gửi đúng hạn và %2 đơn vị gửi trễ hạn")
                    .arg(y.received - y.late)
                    .arg(y.late);
    if (y.expected > y.received)
        text += QStringLiteral("; %1 đơn vị chưa gửi báo cáo").arg(y.expected - y.received);
    return text;
}

QString tasksLine(const PhaseYearFigures &y)
{
    if (y.tasksDue == 0)
        return QStringLiteral("Năm %1: %2").arg(y.year).arg(ReportWording::noData());
    return QStringLiteral("Năm %1: các đơn vị đã hoàn thành %2 nhiệm vụ được giao theo Kế hoạch")
        .arg(y.year)
        .arg(ReportWording::share(y.tasksDone, y.tasksDue));
}

QString classesLine(const PhaseYearFigures &y)
{
    if (y.reviewed == 0)
        return QStringLiteral("Năm %1: %2").arg(y.year).arg(ReportWording::noData());
    QStringList parts;
    for (const ClassFigure &c : y.classes)
        parts.append(QStringLiteral("%1: %2 đơn vị").arg(c.name).arg(c.units));
    return QStringLiteral("Năm %1, %2 đơn vị được thẩm định theo %3; kết quả: %4")
        .arg(y.year)
        .arg(y.reviewed)
        .arg(y.rubricName, parts.join(QStringLiteral("; ")));
}

// Units (rows) whose every year of the review has a result in the rubric's best class.
int bestEveryYear(const PhaseReview &review)
{
    if (review.years.isEmpty())
        return 0;
    int n = 0;
    for (const PhaseUnitRow &row : review.rows) {
        bool best = true;
        for (int year : review.years) {
            const QList<PhaseYearResult> results = row.years.value(year);
            best = best && !results.isEmpty() &&
                   std::all_of(results.cbegin(), results.cend(), [](const auto &r) { return r.classPosition == 0; });
        }
        n += best;
    }
    return n;
}

QList<DocumentBlock> orientation(const PhaseReview &review)
{
    const Phase *next = nullptr;
    for (const Phase &p : review.phases)
        if (p.number == review.phase.number + 1)
            next = &p;
    if (!next)
        return {DocumentBlock::paragraph(
            QStringLiteral("Kế hoạch kết thúc năm %1. [Nêu phương hướng tiếp tục xây dựng xã hội học tập, đẩy mạnh học "
                           "tập suốt đời sau khi tổng kết Phong trào.]")
                .arg(review.phase.yearTo))};
    QList<DocumentBlock> blocks{DocumentBlock::paragraph(
        QStringLiteral("Trong %1, Sở tiếp tục triển khai Kế hoạch, tập trung các nhiệm vụ sau:")
            .arg(phaseText(*next)))};
    QStringList items;
    for (const Task &t : review.tasks)
        if (t.recurrence == QLatin1String("yearly") ||
            (t.recurrence == QLatin1String("review") && t.phaseNumber == next->number))
            items.append(t.title);
    blocks.append(listItems(items));
    return blocks;
}

// A year's cell of Phụ lục I when the phase has too many years for three columns each:
// each result with its timeliness on a line, then the tasks done/due, if any.
QString combinedCell(const QList<PhaseYearResult> &results)
{
    if (results.isEmpty())
        return QStringLiteral("–");
    QStringList lines;
    for (const PhaseYearResult &r : results) {
        const QString text = r.timeliness == Timeliness::Missing
                                 ? PhaseReviewDocument::timelinessCell({r})
                                 : PhaseReviewDocument::resultCell({r}) + QStringLiteral(", ") +
                                       PhaseReviewDocument::timelinessCell({r}).toLower();
        lines.append(results.size() > 1 ? r.unitName + QStringLiteral(": ") + text : text);
    }
    const QString tasks = PhaseReviewDocument::tasksCell(results);
    if (tasks != QStringLiteral("–"))
        lines.append(QStringLiteral("Nhiệm vụ: ") + tasks);
    return lines.join(QLatin1Char('\n'));
}

DocumentAppendix unitsAppendix(const PhaseReview &review)
{
    DocumentAppendix appendix;
    appendix.label = QStringLiteral("Phụ lục I");
    appendix.title = QStringLiteral("Kết quả thực hiện Phong trào của các đơn vị %1").arg(phaseText(review.phase));
    appendix.landscape = true;
    // Up to two years: class, report and tasks in columns of their own; more: one column a year.
    const bool combined = review.perYear.size() > 2;
    DocumentTable table;
    table.columns.append({QStringLiteral("STT"), Qt::AlignHCenter});
    table.columns.append({QStringLiteral("Đơn vị"), Qt::AlignLeft});
    for (const PhaseYearFigures &y : review.perYear) {
        if (combined) {
            table.columns.append({QStringLiteral("Năm %1").arg(y.year), Qt::AlignHCenter});
            continue;
        }
        table.columns.append(
            {(y.byLevels ? QStringLiteral("Mức độ năm %1") : QStringLiteral("Xếp loại năm %1")).arg(y.year),
             Qt::AlignHCenter});
        table.columns.append({QStringLiteral("Báo cáo năm %1").arg(y.year), Qt::AlignHCenter});
        table.columns.append({QStringLiteral("Nhiệm vụ năm %1").arg(y.year), Qt::AlignHCenter});
    }
    int n = 0;
    for (const PhaseUnitRow &row : review.rows) {
        QStringList cells{QString::number(++n), PhaseReviewDocument::unitCell(row)};
        for (int year : review.years) {
            const QList<PhaseYearResult> results = row.years.value(year);
            if (combined)
                cells << combinedCell(results);
            else
                cells << PhaseReviewDocument::resultCell(results) << PhaseReviewDocument::timelinessCell(results)
                      << PhaseReviewDocument::tasksCell(results);
        }
        table.rows.append({cells, false});
    }
    QStringList total{QString(), QStringLiteral("Cộng")};
    for (const PhaseYearFigures &y : review.perYear) {
        const QStringList parts{QStringLiteral("%1 đơn vị được thẩm định").arg(y.reviewed),
                                QStringLiteral("%1/%2 đã gửi").arg(y.received).arg(y.expected),
                                y.tasksDue > 0 ? QStringLiteral("%1/%2").arg(y.tasksDone).arg(y.tasksDue)
                                               : QStringLiteral("–")};
        if (combined)
            total << parts.at(0) + QLatin1Char('\n') + parts.at(1) + QStringLiteral("\nNhiệm vụ: ") + parts.at(2);
        else
            total << parts;
    }
    table.rows.append({total, true});
    appendix.blocks.append(DocumentBlock::tableBlock(table));
    appendix.blocks.append(DocumentBlock::spacer(2));
    appendix.blocks.append(DocumentBlock::italicParagraph(
        QStringLiteral(
            "Ghi chú: đơn vị theo tổ chức đến ngày %1; đơn vị đã sáp nhập, chia tách được tính vào đơn vị "
            "tiếp nhận (ghi “gồm”), kết quả của đơn vị cũ ghi kèm tên; nhiệm vụ: số nhiệm vụ đã hoàn thành/số "
            "nhiệm vụ được giao; dấu “–”: không thuộc diện báo cáo hoặc chưa có số liệu.")
            .arg(review.asOf.toString(QStringLiteral("dd/MM/yyyy")))));
    return appendix;
}

DocumentAppendix figuresAppendix(const PhaseReview &review)
{
    DocumentAppendix appendix;
    appendix.label = QStringLiteral("Phụ lục II");
    appendix.title = QStringLiteral("Số liệu hoạt động và kết quả đánh giá %1").arg(phaseText(review.phase));
    DocumentTable table;
    table.columns.append({QStringLiteral("STT"), Qt::AlignHCenter});
    table.columns.append({QStringLiteral("Chỉ tiêu"), Qt::AlignLeft});
    for (int year : review.years)
        table.columns.append({QStringLiteral("Năm %1").arg(year), Qt::AlignRight});
    table.columns.append({QStringLiteral("Cả giai đoạn"), Qt::AlignRight});
    int area = -1;
    int group = 0;
    int item = 0;
    for (const IndicatorFigure &total : review.totals) {
        if (total.indicator.contentArea != area) {
            area = total.indicator.contentArea;
            table.rows.append({{ReportWording::roman(++group), ReportWording::contentHeading(area)}, true});
            item = 0;
        }
        QStringList cells{QString::number(++item), ReportWording::indicatorLabel(total.indicator)};
        for (const PhaseYearFigures &y : review.perYear) {
            const IndicatorFigure *f = figureOf(y, total.indicator.id);
            cells.append(f ? ReportWording::totalCell(*f) : QStringLiteral("–"));
        }
        cells.append(ReportWording::totalCell(total));
        table.rows.append({cells, false});
    }
    appendix.blocks.append(DocumentBlock::heading(2, QStringLiteral("1. Số liệu hoạt động")));
    appendix.blocks.append(DocumentBlock::tableBlock(table));
    appendix.blocks.append(DocumentBlock::italicParagraph(QStringLiteral(
        "Ghi chú: số lượng: tổng của các đơn vị báo cáo; tỷ lệ: bình quân của các đơn vị báo cáo (cả giai "
        "đoạn: bình quân mọi lượt đơn vị báo cáo); có/không: số đơn vị có trên số đơn vị báo cáo; "
        "dấu “–”: chưa có số liệu.")));

    DocumentTable classes;
    classes.columns.append({QStringLiteral("STT"), Qt::AlignHCenter});
    classes.columns.append({QStringLiteral("Xếp loại, mức độ"), Qt::AlignLeft});
    for (int year : review.years)
        classes.columns.append({QStringLiteral("Năm %1").arg(year), Qt::AlignRight});
    QStringList names;
    for (const PhaseYearFigures &y : review.perYear)
        for (const ClassFigure &c : y.classes)
            if (!names.contains(c.name))
                names.append(c.name);
    for (qsizetype i = 0; i < names.size(); ++i) {
        QStringList cells{QString::number(i + 1), names.at(i)};
        for (const PhaseYearFigures &y : review.perYear) {
            const auto c = std::find_if(y.classes.cbegin(), y.classes.cend(),
                                        [&](const ClassFigure &k) { return k.name == names.at(i); });
            cells.append(y.reviewed == 0 || c == y.classes.cend() ? QStringLiteral("–") : QString::number(c->units));
        }
        classes.rows.append({cells, false});
    }
    QStringList reviewed{QString(), QStringLiteral("Số đơn vị được thẩm định")};
    for (const PhaseYearFigures &y : review.perYear)
        reviewed.append(QString::number(y.reviewed));
    classes.rows.append({reviewed, true});
    appendix.blocks.append(DocumentBlock::spacer(4));
    appendix.blocks.append(DocumentBlock::heading(2, QStringLiteral("2. Kết quả đánh giá Đơn vị học tập")));
    appendix.blocks.append(DocumentBlock::tableBlock(classes));
    return appendix;
}

// The recognitions in force on the review's day and those decided in the phase (Thông
// tư 24/2023); empty when no unit is recognised.
QString recognitionText(const PhaseReview &review)
{
    const int recognised = review.recognisedLevel1 + review.recognisedLevel2;
    if (recognised == 0)
        return {};
    QString text = QStringLiteral("Đến ngày %1, có %2 đơn vị đang được công nhận Đơn vị học tập theo quyết định của Ủy "
                                  "ban nhân dân tỉnh (Mức độ 2: %3 đơn vị; Mức độ 1: %4 đơn vị)")
                       .arg(review.asOf.toString(QStringLiteral("dd/MM/yyyy")))
                       .arg(recognised)
                       .arg(review.recognisedLevel2)
                       .arg(review.recognisedLevel1);
    if (!review.phaseDecisions.isEmpty()) {
        QStringList decisions = review.phaseDecisions;
        decisions.removeDuplicates();
        text += QStringLiteral("; trong giai đoạn có %1 lượt đơn vị được công nhận (%2)")
                    .arg(review.phaseDecisions.size())
                    .arg(decisions.join(QStringLiteral("; ")));
    }
    return text + QLatin1Char('.');
}

} // namespace

QString PhaseReviewDocument::summary(const PhaseReview &review)
{
    return QStringLiteral("%1 %2 thực hiện Phong trào thi đua %3")
        .arg(reviewWord(review.phase), phaseText(review.phase), movement(review.plan));
}

QString PhaseReviewDocument::assessment(const PhaseReview &review)
{
    int expected = 0;
    int received = 0;
    int late = 0;
    int due = 0;
    int done = 0;
    for (const PhaseYearFigures &y : review.perYear) {
        expected += y.expected;
        received += y.received;
        late += y.late;
        due += y.tasksDue;
        done += y.tasksDone;
    }
    QStringList lines{QStringLiteral("1. Ưu điểm")};
    if (received > 0)
        lines.append(QStringLiteral("- Qua %1 năm của giai đoạn, các đơn vị đã gửi %2 lượt báo cáo, trong đó %3 lượt "
                                    "gửi đúng hạn.")
                         .arg(review.years.size())
                         .arg(ReportWording::share(received, expected))
                         .arg(received - late));
    if (done > 0)
        lines.append(QStringLiteral("- Các đơn vị đã hoàn thành %1 nhiệm vụ được giao theo Kế hoạch.")
                         .arg(ReportWording::share(done, due)));
    if (const int best = bestEveryYear(review);
        best > 0 && !review.perYear.isEmpty() && !review.perYear.last().rubricClasses.isEmpty())
        lines.append(QStringLiteral("- %1 đơn vị đạt %2 trong đánh giá Đơn vị học tập ở tất cả các năm của giai đoạn.")
                         .arg(best)
                         .arg(review.perYear.last().rubricClasses.first().name));
    lines.append(QStringLiteral("- [Nêu ưu điểm khác.]"));
    lines.append(QStringLiteral("2. Hạn chế"));
    if (late > 0 || expected > received)
        lines.append(QStringLiteral("- Qua các năm còn %1 lượt đơn vị chưa gửi báo cáo và %2 lượt gửi trễ hạn.")
                         .arg(expected - received)
                         .arg(late));
    if (due > done)
        lines.append(QStringLiteral("- Còn %1 nhiệm vụ được giao chưa hoàn thành.").arg(due - done));
    QStringList empty;
    for (const IndicatorFigure &f : review.totals)
        if (!f.hasData())
            empty.append(f.indicator.name);
    if (!empty.isEmpty())
        lines.append(QStringLiteral("- %1 chỉ tiêu chưa có số liệu trong giai đoạn: %2.")
                         .arg(empty.size())
                         .arg(empty.join(QStringLiteral("; "))));
    lines.append(QStringLiteral("- [Nêu hạn chế khác.]"));
    lines.append(QStringLiteral("3. Nguyên nhân"));
    lines.append(QStringLiteral("- [Nêu nguyên nhân của ưu điểm và hạn chế; bài học kinh nghiệm.]"));
    return lines.join(QLatin1Char('\n'));
}

QString PhaseReviewDocument::unitCell(const PhaseUnitRow &row)
{
    QString text = row.unit.name;
    if (row.ended)
        text += row.unit.validTo.isValid()
                    ? QStringLiteral(" (ngừng hoạt động từ %1)")
                          .arg(row.unit.validTo.addDays(1).toString(QStringLiteral("dd/MM/yyyy")))
                    : QStringLiteral(" (ngừng hoạt động)");
    QStringList former;
    for (auto it = row.years.cbegin(); it != row.years.cend(); ++it)
        for (const PhaseYearResult &r : it.value())
            if (row.predecessors.contains(r.unitId) && !former.contains(r.unitName))
                former.append(r.unitName);
    if (!former.isEmpty()) {
        std::sort(former.begin(), former.end(), VietnameseCollator());
        text += QStringLiteral("\n(gồm: %1)").arg(former.join(QStringLiteral(", ")));
    }
    return text;
}

QString PhaseReviewDocument::resultCell(const QList<PhaseYearResult> &results)
{
    QStringList lines;
    for (const PhaseYearResult &r : results) {
        QString text;
        if (r.ranked)
            text = r.total ? QStringLiteral("%1 (%2)").arg(r.classification, r.total->toString()) : r.classification;
        else
            text = r.timeliness == Timeliness::Missing ? QStringLiteral("–") : QStringLiteral("Chưa thẩm định");
        lines.append(results.size() > 1 ? r.unitName + QStringLiteral(": ") + text : text);
    }
    return lines.isEmpty() ? QStringLiteral("–") : lines.join(QLatin1Char('\n'));
}

QString PhaseReviewDocument::timelinessCell(const QList<PhaseYearResult> &results)
{
    QStringList lines;
    for (const PhaseYearResult &r : results)
        lines.append(r.timeliness == Timeliness::Missing ? QStringLiteral("Chưa gửi")
                                                         : Timeliness::vietnameseLabel(r.timeliness));
    return lines.isEmpty() ? QStringLiteral("–") : lines.join(QLatin1Char('\n'));
}

QString PhaseReviewDocument::tasksCell(const QList<PhaseYearResult> &results)
{
    int due = 0;
    int done = 0;
    for (const PhaseYearResult &r : results) {
        due += r.tasksDue;
        done += r.tasksDone;
    }
    return due > 0 ? QStringLiteral("%1/%2").arg(done).arg(due) : QStringLiteral("–");
}

OfficialDocument PhaseReviewDocument::build(const PhaseReview &review, const OrganisationSettings &organisation,
                                            QDate date, int number, const QStringList &commendationLines)
{
    OfficialDocument document =
        OfficialDocument::forOrganisation(organisation, DocumentKind::PhaseReview, number, date);
    document.typeName = QStringLiteral("BÁO CÁO");
    document.summary = summary(review);
    document.pdfTitle =
        QStringLiteral("Báo cáo %1 %2").arg(reviewWord(review.phase).toLower(), phaseText(review.phase));
    document.addressees = {ReportWording::recipient(organisation)};
    const QString agency = ReportWording::agency(review.plan);
    const QString what = QStringLiteral("%1 %2").arg(reviewWord(review.phase).toLower(), phaseText(review.phase));

    QList<DocumentBlock> &body = document.body;
    body.append(SummaryReportDocument::legalBases(ReportDrafts::legalBases(review.plan)));
    body.append(DocumentBlock::paragraph(QStringLiteral("%1 báo cáo %2 thực hiện Phong trào thi đua %3 như sau:")
                                             .arg(agency, what, movement(review.plan))));

    body.append(DocumentBlock::heading(1, QStringLiteral("I. KẾT QUẢ THỰC HIỆN")));
    int item = 0;
    QStringList submissions;
    QStringList tasks;
    QStringList classes;
    for (const PhaseYearFigures &y : review.perYear) {
        submissions.append(submissionsLine(y));
        tasks.append(tasksLine(y));
        classes.append(classesLine(y));
    }
    const QString none = QStringLiteral("Giai đoạn chưa có năm nào có số liệu (%1)").arg(ReportWording::noData());
    body.append(DocumentBlock::heading(2, QStringLiteral("%1. Tình hình gửi báo cáo của các đơn vị").arg(++item)));
    body.append(listItems(submissions.isEmpty() ? QStringList{none} : submissions));
    body.append(DocumentBlock::paragraph(
        QStringLiteral("Kết quả của từng đơn vị qua các năm tại Phụ lục I; số liệu hoạt động từng năm và cả giai đoạn "
                       "tại Phụ lục II kèm theo Báo cáo này.")));
    body.append(DocumentBlock::heading(2, QStringLiteral("%1. Thực hiện nhiệm vụ theo Kế hoạch").arg(++item)));
    body.append(listItems(tasks.isEmpty() ? QStringList{none} : tasks));

    int area = -1;
    for (const IndicatorFigure &total : review.totals) {
        if (total.indicator.contentArea != area) {
            area = total.indicator.contentArea;
            body.append(DocumentBlock::heading(
                2, QStringLiteral("%1. %2").arg(++item).arg(ReportWording::contentHeading(area))));
        }
        QStringList parts;
        for (const PhaseYearFigures &y : review.perYear) {
            const IndicatorFigure *f = figureOf(y, total.indicator.id);
            parts.append(
                QStringLiteral("năm %1: %2").arg(y.year).arg(f ? ReportWording::figure(*f) : ReportWording::noData()));
        }
        parts.append(QStringLiteral("cả giai đoạn: %1").arg(phaseFigure(total)));
        body.append(DocumentBlock::paragraph(
            QStringLiteral("- %1: %2.").arg(total.indicator.name, parts.join(QStringLiteral("; ")))));
    }
    body.append(DocumentBlock::heading(2, QStringLiteral("%1. Kết quả đánh giá Đơn vị học tập").arg(++item)));
    body.append(listItems(classes.isEmpty() ? QStringList{none} : classes));
    if (const QString text = recognitionText(review); !text.isEmpty())
        body.append(DocumentBlock::paragraph(text));

    body.append(DocumentBlock::heading(1, QStringLiteral("II. ĐÁNH GIÁ CHUNG")));
    body.append(SummaryReportDocument::textBlocks(assessment(review)));

    body.append(DocumentBlock::heading(1, QStringLiteral("III. CÔNG TÁC KHEN THƯỞNG")));
    if (commendationLines.isEmpty()) {
        body.append(DocumentBlock::paragraph(
            QStringLiteral("Khen thưởng tập thể, cá nhân có thành tích trong %1: chưa có đề xuất khen thưởng.")
                .arg(what)));
    } else {
        body.append(DocumentBlock::paragraph(
            QStringLiteral("Đề nghị khen thưởng các tập thể, cá nhân có thành tích trong %1 như sau:").arg(what)));
        body.append(listItems(commendationLines));
    }

    body.append(DocumentBlock::heading(1, QStringLiteral("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN TIẾP THEO")));
    body.append(orientation(review));
    body.append(
        DocumentBlock::paragraph(QStringLiteral("Trên đây là báo cáo %1 thực hiện Phong trào thi đua %2 của %3./.")
                                     .arg(what, movement(review.plan), agency)));

    const QString attachedTo = QStringLiteral("(Kèm theo Báo cáo số %1 %2 của %3)")
                                   .arg(document.header.number, OfficialDate::dateText(date), agency);
    document.appendices.append(unitsAppendix(review));
    document.appendices.append(figuresAppendix(review));
    for (DocumentAppendix &appendix : document.appendices)
        appendix.attachedTo = attachedTo;

    return document;
}
