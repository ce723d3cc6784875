#include "reportwording.h"

#include "domain/annualreport.h"
#include "domain/indicator.h"
#include "domain/organisationsettings.h"
#include "domain/plan.h"

#include <QStringList>

namespace {

QString grouped(qint64 whole)
{
    QString digits = QString::number(whole < 0 ? -whole : whole);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return whole < 0 ? QLatin1Char('-') + digits : digits;
}

} // namespace

QString ReportWording::noData()
{
    return QStringLiteral("chưa có số liệu");
}

QString ReportWording::number(qint64 whole)
{
    return grouped(whole);
}

QString ReportWording::hundredths(qint64 hundredths)
{
    const bool negative = hundredths < 0;
    const qint64 value = negative ? -hundredths : hundredths;
    QString text = grouped(value / 100);
    const qint64 fraction = value % 100;
    if (fraction != 0) {
        text += QLatin1Char(',') + QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
        if (text.endsWith(QLatin1Char('0')))
            text.chop(1);
    }
    return negative ? QLatin1Char('-') + text : text;
}

QString ReportWording::share(int part, int whole)
{
    if (whole <= 0)
        return QStringLiteral("%1/%2").arg(part).arg(whole);
    // Tenths of a percent, rounded half up.
    const qint64 tenths = (qint64(part) * 2000 + whole) / (2 * qint64(whole));
    return QStringLiteral("%1/%2 (%3%)").arg(part).arg(whole).arg(hundredths(tenths * 10));
}

QString ReportWording::figure(const IndicatorFigure &f)
{
    if (!f.hasData())
        return noData();
    const QString &kind = f.indicator.kind;
    const QString reporting = QStringLiteral("%1 đơn vị báo cáo").arg(f.reporting);
    QString text;
    if (kind == QLatin1String("count")) {
        text = hundredths(f.sumHundredths);
        if (!f.indicator.unitOfMeasure.isEmpty())
            text += QLatin1Char(' ') + f.indicator.unitOfMeasure;
        text += QStringLiteral(" (%1)").arg(reporting);
    } else if (kind == QLatin1String("percent")) {
        text = QStringLiteral("bình quân %1% (%2)").arg(hundredths(f.meanHundredths()), reporting);
    } else if (kind == QLatin1String("yesno")) {
        text = QStringLiteral("%1 đơn vị có").arg(share(f.yes, f.reporting));
    } else {
        text = QStringLiteral("%1 đơn vị nêu").arg(f.reporting);
    }
    if (f.estimates > 0)
        text += QStringLiteral("; trong đó %1 đơn vị báo cáo số ước thực hiện đến 31/12").arg(f.estimates);
    return text;
}

QString ReportWording::totalCell(const IndicatorFigure &f)
{
    const QString &kind = f.indicator.kind;
    if (!f.hasData())
        return QStringLiteral("–");
    if (kind == QLatin1String("count"))
        return hundredths(f.sumHundredths);
    if (kind == QLatin1String("percent"))
        return QStringLiteral("bình quân ") + hundredths(f.meanHundredths()) + QLatin1Char('%');
    if (kind == QLatin1String("yesno"))
        return QStringLiteral("%1/%2 có").arg(f.yes).arg(f.reporting);
    return QStringLiteral("%1 đơn vị").arg(f.reporting);
}

QString ReportWording::cell(const QString &kind, bool hasNumber, qint64 numberHundredths, const QString &text,
                            bool estimate)
{
    QString value;
    if (!hasNumber)
        value = text;
    else if (kind == QLatin1String("yesno"))
        value = numberHundredths != 0 ? QStringLiteral("Có") : QStringLiteral("Không");
    else if (kind == QLatin1String("percent"))
        value = hundredths(numberHundredths) + QLatin1Char('%');
    else
        value = hundredths(numberHundredths);
    if (value.isEmpty())
        return QStringLiteral("–");
    return estimate ? value + QStringLiteral(" (ước)") : value;
}

QString ReportWording::submissions(const AnnualReport &r, QDate documentDate)
{
    if (r.expected() == 0)
        return QStringLiteral("Năm %1 chưa có đơn vị nào thuộc diện báo cáo (%2).").arg(r.year).arg(noData());
    const bool asOfToday = !documentDate.isValid() || documentDate == r.today;
    const QString asOf =
        asOfToday ? QStringLiteral("đến ngày %1, ").arg(r.today.toString(QStringLiteral("dd/MM/yyyy"))) : QString();
    QString text = QStringLiteral("Năm %1 có %2 đơn vị thuộc diện báo cáo; %3Sở đã nhận báo cáo của %4 đơn vị")
                       .arg(r.year)
                       .arg(r.expected())
                       .arg(asOf, share(r.submitted(), r.expected()));
    if (r.submitted() > 0)
        text +=
            QStringLiteral(", trong đó %1 đơn vị gửi đúng hạn và %2 đơn vị gửi trễ hạn").arg(r.onTime()).arg(r.late());
    if (r.unitDeadline().isValid())
        text += QStringLiteral(" (hạn gửi ngày %1)").arg(r.unitDeadline().toString(QStringLiteral("dd/MM/yyyy")));
    if (r.missing() > 0)
        text += QStringLiteral("; còn %1 đơn vị chưa gửi báo cáo").arg(r.missing());
    return text + QLatin1Char('.');
}

QString ReportWording::classification(const AnnualReport &r)
{
    const bool levels = r.ranking.byLevels;
    const QString what = levels ? QStringLiteral("đánh giá, công nhận") : QStringLiteral("đánh giá, xếp loại");
    if (r.reviewed == 0) {
        QString text = QStringLiteral("Kết quả %1 Đơn vị học tập năm %2: %3").arg(what).arg(r.year).arg(noData());
        if (r.notReviewed > 0)
            text += QStringLiteral(" (%1 đơn vị đã gửi báo cáo chưa được thẩm định)").arg(r.notReviewed);
        return text + QLatin1Char('.') + recognition(r);
    }
    QStringList parts;
    for (const ClassFigure &c : r.classes)
        parts.append(QStringLiteral("%1: %2 đơn vị").arg(c.name).arg(c.units));
    QString text = QStringLiteral("Năm %1, %2 đơn vị đã được thẩm định kết quả tự đánh giá theo %3; kết quả %4: %5")
                       .arg(r.year)
                       .arg(r.reviewed)
                       .arg(r.ranking.rubric.name, what, parts.join(QStringLiteral("; ")));
    if (r.notReviewed > 0)
        text += QStringLiteral(". Còn %1 đơn vị đã gửi báo cáo chưa được thẩm định").arg(r.notReviewed);
    if (levels)
        text += QStringLiteral(". Thứ tự trong danh sách là công cụ hỗ trợ nội bộ, không phải xếp loại theo quy định");
    return text + QLatin1Char('.') + recognition(r);
}

QString ReportWording::recognition(const AnnualReport &r)
{
    const int recognised = r.recognisedLevel1 + r.recognisedLevel2;
    if (recognised == 0)
        return {};
    QString text = QStringLiteral(" Tính đến ngày 31/12/%1, theo các quyết định công nhận của Ủy ban nhân dân tỉnh, "
                                  "có %2 đơn vị đang được công nhận Đơn vị học tập (Mức độ 2: %3 đơn vị; Mức độ 1: %4 "
                                  "đơn vị)")
                       .arg(r.year)
                       .arg(recognised)
                       .arg(r.recognisedLevel2)
                       .arg(r.recognisedLevel1);
    if (!r.newDecisions.isEmpty()) {
        QStringList decisions = r.newDecisions;
        decisions.removeDuplicates();
        text += QStringLiteral(", trong đó %1 đơn vị được công nhận trong năm (%2)")
                    .arg(r.newDecisions.size())
                    .arg(decisions.join(QStringLiteral("; ")));
    }
    if (r.toReevaluate > 0)
        text += QStringLiteral("; %1 đơn vị hết thời hạn công nhận vào cuối năm, cần đánh giá lại").arg(r.toReevaluate);
    return text + QLatin1Char('.');
}

QString ReportWording::agency(const Plan &plan)
{
    return plan.issuer.isEmpty() ? QStringLiteral("Sở Văn hóa, Thể thao và Du lịch") : plan.issuer;
}

QString ReportWording::recipient(const OrganisationSettings &organisation)
{
    return organisation.reportRecipient.isEmpty() ? QStringLiteral("Sở Giáo dục và Đào tạo")
                                                  : organisation.reportRecipient;
}

QString ReportWording::endWith(QString line, QChar end)
{
    line = line.trimmed();
    while (!line.isEmpty() &&
           (line.endsWith(QLatin1Char('.')) || line.endsWith(QLatin1Char(';')) || line.endsWith(QLatin1Char(','))))
        line.chop(1);
    return line + end;
}

QString ReportWording::contentTitle(int area)
{
    switch (area) {
    case 1:
        return QStringLiteral("Tuyên truyền, phổ biến, nâng cao nhận thức về khuyến học, khuyến tài, học tập suốt đời, "
                              "xây dựng xã hội học tập");
    case 2:
        return QStringLiteral("Hoạt động của các thiết chế văn hóa (thư viện, bảo tàng, trung tâm văn hóa) phục vụ học "
                              "tập suốt đời");
    case 3:
        return QStringLiteral(
            "Giải pháp, nguồn lực thúc đẩy học tập suốt đời; đào tạo, bồi dưỡng công chức, viên chức, "
            "người lao động");
    case 4:
        return QStringLiteral("Ứng dụng công nghệ học tập hiện đại, chuyển đổi số; năng lực số và ngoại ngữ");
    case 5:
        return QStringLiteral("Phong trào học tập suốt đời trong đơn vị; mô hình “Công dân học tập”, văn hóa học tập");
    case 6:
        return QStringLiteral("Tiếp cận xu thế, kinh nghiệm quốc tế; học tập trực tuyến, học tập từ xa");
    default:
        return {};
    }
}

QString ReportWording::contentHeading(int area)
{
    const QString title = contentTitle(area);
    return title.isEmpty() ? QStringLiteral("Chỉ tiêu khác") : title;
}

QString ReportWording::indicatorLabel(const Indicator &indicator)
{
    if (!indicator.unitOfMeasure.isEmpty() && indicator.unitOfMeasure != QLatin1String("%"))
        return indicator.name + QStringLiteral(" (%1)").arg(indicator.unitOfMeasure);
    if (indicator.kind == QLatin1String("percent"))
        return indicator.name + QStringLiteral(" (%)");
    return indicator.name;
}

QString ReportWording::roman(int n)
{
    static const char *const numerals[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    return n >= 1 && n <= 10 ? QLatin1String(numerals[n]) : QString::number(n);
}

QString ReportWording::sectionHeading(ReportSection section)
{
    switch (section) {
    case ReportSection::Direction:
        return QStringLiteral("I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI");
    case ReportSection::Assessment:
        return QStringLiteral("III. ĐÁNH GIÁ CHUNG");
    case ReportSection::Orientation:
        return QStringLiteral("V. PHƯƠNG HƯỚNG, NHIỆM VỤ");
    case ReportSection::Proposals:
        return QStringLiteral("VI. ĐỀ XUẤT, KIẾN NGHỊ");
    case ReportSection::LegalBases:
    case ReportSection::Opening:
        break;
    }
    return {};
}
