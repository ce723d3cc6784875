#pragma once

#include <QDate>
#include <QString>

enum class ReportSection;
struct AnnualReport;
struct Indicator;
struct IndicatorFigure;
struct OrganisationSettings;
struct Plan;

// How the summary report words its figures, in Vietnamese whatever the UI language:
// "1.234" (dots group thousands), "85,5%" (decimal comma), and "chưa có số liệu" for a
// figure the data lacks, never 0.
class ReportWording
{
public:
    static QString noData(); // "chưa có số liệu"
    // A written section's heading as printed: "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI".
    static QString sectionHeading(ReportSection section);

    // 1234567 -> "1.234.567"; hundredths keep up to two decimals: 8550 -> "85,5".
    static QString number(qint64 whole);
    static QString hundredths(qint64 hundredths);
    // "12/20 (60%)": part of whole with the share, rounded to one decimal.
    static QString share(int part, int whole);

    // An indicator's figure for the year: "1.234 tin, bài (18 đơn vị báo cáo)",
    // "bình quân 85,5% (12 đơn vị báo cáo)", "15/20 đơn vị có", "chưa có số liệu", with
    // "; trong đó 3 đơn vị báo cáo số ước thực hiện đến 31/12" when some values are estimates.
    static QString figure(const IndicatorFigure &figure);
    // An indicator's figure in a table's total cell: "1.234" (counts), "bình quân 85,5%",
    // "15/20 có" (yes/no), "12 đơn vị" (texts), "–" without data.
    static QString totalCell(const IndicatorFigure &figure);
    // One cell of the per-unit appendix: the value with " (ước)" for an estimate.
    static QString cell(const QString &kind, bool hasNumber, qint64 numberHundredths, const QString &text,
                        bool estimate);

    // The sentence on submissions: expected, received (on time, late), missing. The
    // counts are as of report.today, which the sentence names ("đến ngày ...") only when
    // the document is dated that day.
    static QString submissions(const AnnualReport &report, QDate documentDate = {});
    // The sentence on the review: units per class, or chưa có số liệu.
    static QString classification(const AnnualReport &report);
    // The recognition decisions in force on 31/12 of the year (Thông tư 24/2023): how many
    // units at each level, those recognised in the year with their decisions, those to
    // evaluate again; empty when no unit is recognised (then nothing is said).
    static QString recognition(const AnnualReport &report);

    // The agency issuing the report: the plan's issuer, else the department's name.
    static QString agency(const Plan &plan);
    // The "Kính gửi" recipient of the reports: the settings', else Sở Giáo dục và Đào tạo.
    static QString recipient(const OrganisationSettings &organisation);
    // The line with its closing punctuation (. ; ,) replaced by `end`: list items and căn cứ.
    static QString endWith(QString line, QChar end);

    // The short title of each of the plan's six contents (II.1-6), 1-based; empty otherwise.
    static QString contentTitle(int area);
    // The same as a heading: the title, or "Chỉ tiêu khác" for an indicator of no content.
    static QString contentHeading(int area);
    // An indicator as a table names it: "Tin, bài đã đăng (tin, bài)", "Tỷ lệ ... (%)".
    static QString indicatorLabel(const Indicator &indicator);
    static QString roman(int n); // 1 -> "I"
};
