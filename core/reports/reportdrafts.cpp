#include "reportdrafts.h"

#include "commendationlistdocument.h"
#include "reportwording.h"
#include "services/annualreportservice.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

QString dmy(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString withoutFinalStop(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(';')) || text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

QString opening(const AnnualReport &r)
{
    const QString issuer = ReportWording::agency(r.plan);
    return QStringLiteral("%1 báo cáo kết quả thực hiện Phong trào “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh "
                          "học tập suốt đời” năm %2 như sau:")
        .arg(issuer)
        .arg(r.year);
}

const Phase *phaseOf(const AnnualReport &r, int year)
{
    for (const Phase &p : r.phases)
        if (p.contains(year))
            return &p;
    return nullptr;
}

QString direction(const AnnualReport &r)
{
    QStringList lines;
    QString first = QStringLiteral("Sở đã triển khai %1 đến các phòng chuyên môn và đơn vị trực thuộc; năm %2 có %3 "
                                   "đơn vị thuộc diện báo cáo kết quả thực hiện Phong trào")
                        .arg(ReportDrafts::planReference(r.plan))
                        .arg(r.year)
                        .arg(r.expected());
    if (r.unitDeadline().isValid())
        first += QStringLiteral(", hạn gửi báo cáo, số liệu hoạt động và bản tự đánh giá là ngày %1")
                     .arg(dmy(r.unitDeadline()));
    lines.append(first + QLatin1Char('.'));
    if (const Phase *phase = phaseOf(r, r.year))
        lines.append(QStringLiteral("Năm %1 thuộc %2 (%3 - %4) của Kế hoạch.")
                         .arg(r.year)
                         .arg(phase->name.toLower())
                         .arg(phase->yearFrom)
                         .arg(phase->yearTo));
    lines.append(QStringLiteral("[Nêu các văn bản chỉ đạo, hướng dẫn đã ban hành trong năm (số, ngày), việc đăng ký "
                                "thi đua và kiểm tra, đôn đốc.]"));
    return lines.join(QLatin1Char('\n'));
}

QString assessment(const AnnualReport &r)
{
    QStringList lines;
    lines.append(QStringLiteral("1. Ưu điểm"));
    if (r.submitted() > 0)
        lines.append(QStringLiteral("- %1 đơn vị thuộc diện báo cáo đã gửi báo cáo, trong đó %2 đơn vị gửi đúng hạn.")
                         .arg(ReportWording::share(r.submitted(), r.expected()))
                         .arg(r.onTime()));
    if (r.reviewed > 0 && !r.classes.isEmpty() && r.classes.first().units > 0)
        lines.append(QStringLiteral("- %1 đơn vị đạt %2 trong đánh giá Đơn vị học tập năm %3.")
                         .arg(r.classes.first().units)
                         .arg(r.classes.first().name)
                         .arg(r.year));
    lines.append(QStringLiteral("- [Nêu ưu điểm khác.]"));
    lines.append(QStringLiteral("2. Hạn chế"));
    if (r.missing() > 0 || r.late() > 0)
        lines.append(QStringLiteral("- Còn %1 đơn vị chưa gửi báo cáo và %2 đơn vị gửi trễ hạn.")
                         .arg(r.missing())
                         .arg(r.late()));
    QStringList empty;
    for (const IndicatorFigure &f : r.figures)
        if (!f.hasData())
            empty.append(f.indicator.name);
    if (!empty.isEmpty())
        lines.append(QStringLiteral("- %1 chỉ tiêu chưa có số liệu: %2.")
                         .arg(empty.size())
                         .arg(empty.join(QStringLiteral("; "))));
    lines.append(QStringLiteral("- [Nêu hạn chế khác.]"));
    lines.append(QStringLiteral("3. Nguyên nhân"));
    lines.append(QStringLiteral("- [Nêu nguyên nhân của ưu điểm và hạn chế.]"));
    return lines.join(QLatin1Char('\n'));
}

QString orientation(const AnnualReport &r)
{
    const int next = r.year + 1;
    QStringList lines;
    if (r.plan.periodTo > 0 && next > r.plan.periodTo) {
        lines.append(QStringLiteral("Kế hoạch kết thúc năm %1. [Nêu phương hướng sau khi tổng kết Phong trào.]")
                         .arg(r.plan.periodTo));
        return lines.join(QLatin1Char('\n'));
    }
    const Phase *phase = phaseOf(r, next);
    if (phase)
        lines.append(
            QStringLiteral("Năm %1, Sở tiếp tục triển khai %2 (%3 - %4) của Kế hoạch, tập trung các nhiệm vụ sau:")
                .arg(next)
                .arg(phase->name.toLower())
                .arg(phase->yearFrom)
                .arg(phase->yearTo));
    else
        lines.append(QStringLiteral("Năm %1, Sở tiếp tục triển khai Kế hoạch, tập trung các nhiệm vụ sau:").arg(next));
    for (const Task &t : r.tasks) {
        const bool yearly = t.recurrence == QLatin1String("yearly");
        bool review = false;
        if (t.recurrence == QLatin1String("review"))
            for (const Phase &p : r.phases)
                review = review || (p.number == t.phaseNumber && p.reviewYear == next);
        if (!yearly && !review)
            continue;
        QString line = QStringLiteral("- ") + withoutFinalStop(t.title);
        if (t.hasDueDate())
            line += QStringLiteral(" (hạn %1)").arg(dmy(QDate(next, t.dueMonth, t.dueDay)));
        lines.append(line + QLatin1Char(';'));
    }
    if (lines.size() > 1) {
        QString &last = lines.last();
        last.chop(1);
        last += QLatin1Char('.');
    }
    return lines.join(QLatin1Char('\n'));
}

QString proposals(const AnnualReport &r)
{
    QStringList lines;
    if (!r.ranking.byLevels && r.year >= 2024)
        lines.append(QStringLiteral("Đề nghị Sở Giáo dục và Đào tạo hướng dẫn việc đánh giá, công nhận Đơn vị học tập "
                                    "theo Thông tư số 24/2023/TT-BGDĐT để các đơn vị thống nhất thực hiện từ năm %1.")
                         .arg(r.year + 1));
    lines.append(QStringLiteral("[Nêu đề xuất, kiến nghị khác, nếu có.]"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString ReportDrafts::draft(ReportSection section, const AnnualReport &report)
{
    switch (section) {
    case ReportSection::LegalBases:
        return legalBases(report.plan);
    case ReportSection::Opening:
        return opening(report);
    case ReportSection::Direction:
        return direction(report);
    case ReportSection::Assessment:
        return assessment(report);
    case ReportSection::Orientation:
        return orientation(report);
    case ReportSection::Proposals:
        return proposals(report);
    }
    return {};
}

QString ReportDrafts::legalBases(const Plan &plan)
{
    QStringList lines;
    QString basis = withoutFinalStop(plan.basis);
    if (basis.startsWith(QStringLiteral("Thực hiện ")))
        basis = QStringLiteral("Căn cứ ") + basis.mid(10);
    if (!basis.isEmpty())
        lines.append(basis);
    lines.append(QStringLiteral("Căn cứ ") + planReference(plan));
    return lines.join(QLatin1Char('\n'));
}

bool ReportDrafts::hasPlaceholder(const QString &text)
{
    return AnnualReport::hasPlaceholder(text);
}

void ReportDrafts::complete(AnnualReport &report)
{
    report.commendations = CommendationListDocument::summaryLines(report.proposals);
    report.texts.clear();
    for (ReportSection section : AnnualReportService::sections()) {
        const QString text = report.saved.value(section);
        report.texts.insert(section, text.isEmpty() ? draft(section, report) : text);
    }
}

AnnualReport ReportDrafts::load(const AnnualReportService &service, int year)
{
    AnnualReport report = service.load(year);
    complete(report);
    return report;
}

QString ReportDrafts::planReference(const Plan &plan)
{
    QString text = QStringLiteral("Kế hoạch");
    if (!plan.number.trimmed().isEmpty())
        text += QStringLiteral(" số %1/%2").arg(plan.number.trimmed(), plan.symbol);
    if (plan.issuedOn.isValid())
        text += QStringLiteral(" ngày %1").arg(plan.issuedOn.toString(QStringLiteral("dd/MM/yyyy")));
    if (!plan.issuer.isEmpty())
        text += QStringLiteral(" của ") + plan.issuer;
    const QString title = plan.title.trimmed();
    if (!title.isEmpty())
        text += QLatin1Char(' ') + title.left(1).toLower() + title.mid(1);
    return text;
}
