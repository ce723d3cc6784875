// The summary report's figures against the data (counts, sums, means, estimates,
// missing data never printed as 0), the readiness list, the written sections (saved,
// audited, drafted from data), and the report read back from its PDF.
#include "domain/organisationsettings.h"
#include "reports/documentrenderer.h"
#include "reports/reminderletterdocument.h"
#include "reports/reportdrafts.h"
#include "reports/reportwording.h"
#include "reports/summaryreportdocument.h"
#include "services/annualreportservice.h"
#include "services/commendationcatalogueservice.h"
#include "services/commendationservice.h"
#include "services/demogenerator.h"
#include "services/recognitionservice.h"
#include "services/submissionservice.h"
#include "services/submissionvalidator.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/organisationrepository.h"
#include "storage/unitrepository.h"
#include "support/pdfreadback.h"
#include "support/testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace PdfReadBack;

namespace {

const int kYear = 2026;          // seven units are active: ids 1-7
const QDate kToday(2026, 12, 1); // after the units' deadline (30/11)

} // namespace

class TestAnnualReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void wording_data();
    void wording();
    void figures_data();
    void figures();
    void submissionsAndGaps();
    void reminderDeadline_data();
    void reminderDeadline();
    void textsAreSavedAndAudited();
    void draftsComeFromTheData();
    void pdfReadBack();
    void commendationsOfTheYear();
    void recognitionDecisionsAreCited();

private:
    qint64 indicatorId(const QString &code) const;
    // Stores a submission of unit `unitId` received on `received` with values
    // "CODE=value" ("CODE=value~" marks an estimate).
    void submit(qint64 unitId, QDate received, const QStringList &values);
    AnnualReport load() const;

    Database *m_db = nullptr;
    SubmissionService *m_submissions = nullptr;
};

void TestAnnualReport::init()
{
    m_db = new Database;
    TestDatabase::prepare(*m_db);
    m_submissions = new SubmissionService(*m_db);
    m_submissions->setToday(kToday);
}

void TestAnnualReport::cleanup()
{
    delete m_submissions;
    delete m_db;
}

qint64 TestAnnualReport::indicatorId(const QString &code) const
{
    for (const Indicator &i : m_submissions->context(kYear).indicators)
        if (i.code == code)
            return i.id;
    qFatal("no indicator %s", qPrintable(code));
}

void TestAnnualReport::submit(qint64 unitId, QDate received, const QStringList &values)
{
    const YearContext context = m_submissions->context(kYear);
    Submission s = m_submissions->load(unitId, kYear);
    s.unitId = unitId;
    s.year = kYear;
    s.receivedDate = received;
    s.documentDate = received;
    s.status = QStringLiteral("received");
    for (const QString &spec : values) {
        const QString code = spec.section(QLatin1Char('='), 0, 0);
        QString text = spec.section(QLatin1Char('='), 1);
        const bool estimate = text.endsWith(QLatin1Char('~'));
        if (estimate)
            text.chop(1);
        for (const Indicator &indicator : context.indicators) {
            if (indicator.code != code)
                continue;
            IndicatorValue value;
            QVERIFY2(SubmissionValidator::parseIndicator(indicator, text, &value).isEmpty(), qPrintable(spec));
            value.indicatorId = indicator.id;
            value.estimate = estimate;
            s.values.append(value);
        }
    }
    m_submissions->save(s);
}

AnnualReport TestAnnualReport::load() const
{
    AnnualReportService service(*m_db);
    service.setToday(kToday);
    return ReportDrafts::load(service, kYear);
}

void TestAnnualReport::wording_data()
{
    QTest::addColumn<QString>("got");
    QTest::addColumn<QString>("expected");
    QTest::newRow("thousands") << ReportWording::number(1234567) << QStringLiteral("1.234.567");
    QTest::newRow("small") << ReportWording::number(7) << QStringLiteral("7");
    QTest::newRow("hundredths whole") << ReportWording::hundredths(123400) << QStringLiteral("1.234");
    QTest::newRow("one decimal") << ReportWording::hundredths(8550) << QStringLiteral("85,5");
    QTest::newRow("two decimals") << ReportWording::hundredths(8275) << QStringLiteral("82,75");
    QTest::newRow("small decimal") << ReportWording::hundredths(5) << QStringLiteral("0,05");
    QTest::newRow("share") << ReportWording::share(2, 3) << QStringLiteral("2/3 (66,7%)");
    QTest::newRow("share whole") << ReportWording::share(7, 7) << QStringLiteral("7/7 (100%)");
    QTest::newRow("estimate cell") << ReportWording::cell(QStringLiteral("count"), true, 1200, {}, true)
                                   << QStringLiteral("12 (ước)");
    QTest::newRow("percent cell") << ReportWording::cell(QStringLiteral("percent"), true, 9050, {}, false)
                                  << QStringLiteral("90,5%");
    QTest::newRow("empty cell") << ReportWording::cell(QStringLiteral("text"), false, 0, {}, false)
                                << QStringLiteral("–");
    QTest::newRow("roman") << ReportWording::roman(4) << QStringLiteral("IV");
}

void TestAnnualReport::wording()
{
    QFETCH(QString, got);
    QFETCH(QString, expected);
    QCOMPARE(got, expected);
}

void TestAnnualReport::figures_data()
{
    QTest::addColumn<QStringList>("unitValues"); // per unit 4, 5, 6: "CODE=v CODE=v~"
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    const QString none = ReportWording::noData();
    QTest::newRow("no submission") << QStringList{} << QStringLiteral("TT-TIN-BAI") << none;
    QTest::newRow("submitted, indicator empty")
        << QStringList{QStringLiteral("TT-BUOI=3")} << QStringLiteral("TT-TIN-BAI") << none;
    QTest::newRow("zero is a figure") << QStringList{QStringLiteral("TT-TIN-BAI=0")} << QStringLiteral("TT-TIN-BAI")
                                      << QStringLiteral("0 tin, bài (1 đơn vị báo cáo)");
    QTest::newRow("counts add up") << QStringList{QStringLiteral("TT-TIN-BAI=12"), QStringLiteral("TT-TIN-BAI=1234")}
                                   << QStringLiteral("TT-TIN-BAI")
                                   << QStringLiteral("1.246 tin, bài (2 đơn vị báo cáo)");
    QTest::newRow("estimates are marked")
        << QStringList{QStringLiteral("TLHT-LUOT=500~"), QStringLiteral("TLHT-LUOT=250"),
                       QStringLiteral("TLHT-LUOT=100~")}
        << QStringLiteral("TLHT-LUOT")
        << QStringLiteral("850 lượt người (3 đơn vị báo cáo); trong đó 2 đơn vị báo cáo số ước thực hiện đến 31/12");
    QTest::newRow("percentages are averaged")
        << QStringList{QStringLiteral("BD-HT-PCT=80"), QStringLiteral("BD-HT-PCT=85,5")} << QStringLiteral("BD-HT-PCT")
        << QStringLiteral("bình quân 82,75% (2 đơn vị báo cáo)");
    QTest::newRow("yes/no tallied") << QStringList{QStringLiteral("KH-HOC-TAP=có"), QStringLiteral("KH-HOC-TAP=không"),
                                                   QStringLiteral("KH-HOC-TAP=có")}
                                    << QStringLiteral("KH-HOC-TAP") << QStringLiteral("2/3 (66,7%) đơn vị có");
}

void TestAnnualReport::figures()
{
    QFETCH(QStringList, unitValues);
    QFETCH(QString, code);
    QFETCH(QString, expected);
    for (qsizetype i = 0; i < unitValues.size(); ++i)
        submit(4 + i, QDate(2026, 11, 20), unitValues.at(i).split(QLatin1Char(' ')));
    const AnnualReport report = load();
    const auto figure = std::find_if(report.figures.cbegin(), report.figures.cend(),
                                     [&code](const IndicatorFigure &f) { return f.indicator.code == code; });
    QVERIFY(figure != report.figures.cend());
    QCOMPARE(ReportWording::figure(*figure), expected);
    // The printed report says the same.
    const OfficialDocument document =
        SummaryReportDocument::build(report, OrganisationRepository(*m_db).load(), kToday);
    bool found = false;
    for (const DocumentBlock &block : document.body)
        found = found || block.text == QStringLiteral("- %1: %2.").arg(figure->indicator.name, expected);
    QVERIFY2(found, qPrintable(expected));
}

void TestAnnualReport::submissionsAndGaps()
{
    submit(4, QDate(2026, 11, 20), {QStringLiteral("TT-TIN-BAI=5")}); // on time
    submit(5, QDate(2026, 12, 1), {QStringLiteral("TT-TIN-BAI=7")});  // late
    const AnnualReport report = load();
    QCOMPARE(report.expected(), 7);
    QCOMPARE(report.submitted(), 2);
    QCOMPARE(report.onTime(), 1);
    QCOMPARE(report.late(), 1);
    QCOMPARE(report.missing(), 5);
    QCOMPARE(ReportWording::submissions(report),
             QStringLiteral("Năm 2026 có 7 đơn vị thuộc diện báo cáo; đến ngày 01/12/2026, Sở đã nhận báo cáo của "
                            "2/7 (28,6%) đơn vị, trong đó 1 đơn vị gửi đúng hạn và 1 đơn vị gửi trễ hạn (hạn gửi ngày "
                            "30/11/2026); còn 5 đơn vị chưa gửi báo cáo."));
    // Dated another day, the report does not claim its counts are as of that day.
    QVERIFY(!ReportWording::submissions(report, QDate(2026, 12, 5)).contains(QStringLiteral("đến ngày")));
    QCOMPARE(AnnualReportService::daysLeft(report), 9);

    const QList<ReportGap> gaps = AnnualReportService::gaps(report);
    QHash<ReportGap::Kind, int> kinds;
    for (const ReportGap &gap : gaps)
        ++kinds[gap.kind];
    QCOMPARE(kinds.value(ReportGap::Kind::MissingSubmission), 5);
    QCOMPARE(kinds.value(ReportGap::Kind::EmptyIndicators), 2); // units 4 and 5 filled one indicator
    QCOMPARE(kinds.value(ReportGap::Kind::NotReviewed), 2);     // both received, neither reviewed
    QCOMPARE(kinds.value(ReportGap::Kind::DraftText), int(AnnualReportService::sections().size()));
    const int indicators = int(report.indicators.size());
    bool described = false;
    for (const ReportGap &gap : gaps)
        if (gap.kind == ReportGap::Kind::EmptyIndicators && gap.unitId == 4) {
            QCOMPARE(gap.count, indicators - 1);
            described = AnnualReportService::describe(gap).contains(gap.unitName);
        }
    QVERIFY(described);

    // The reminder letter asks the five missing units, three working days before 10/12
    // (a Thursday); written later, three working days after its date; or by the date given.
    const ReminderLetter letter = AnnualReportService::reminder(report, kToday);
    QCOMPARE(letter.missingUnits.size(), 5);
    QVERIFY(!letter.missingUnits.contains(report.overview.rows.isEmpty() ? QString()
                                                                         : QStringLiteral("Thư viện tỉnh Tây Ninh")));
    QCOMPARE(letter.newDeadline, QDate(2026, 12, 7));
    QCOMPARE(letter.reportDeadline, QDate(2026, 12, 10));
    QCOMPARE(AnnualReportService::reminder(report, QDate(2026, 12, 8)).newDeadline, QDate(2026, 12, 11));
    QCOMPARE(AnnualReportService::reminder(report, kToday, QDate(2026, 12, 4)).newDeadline, QDate(2026, 12, 4));
}

void TestAnnualReport::reminderDeadline_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");
    // 10/12/2024 is a Tuesday: back over the weekend to Thursday 05/12.
    QTest::newRow("Tuesday, back over a weekend") << QDate(2024, 12, 10) << -3 << QDate(2024, 12, 5);
    QTest::newRow("Thursday, same week") << QDate(2026, 12, 10) << -3 << QDate(2026, 12, 7);
    QTest::newRow("Monday, back to Wednesday") << QDate(2025, 12, 8) << -3 << QDate(2025, 12, 3);
    QTest::newRow("Sunday, back to Wednesday") << QDate(2030, 12, 8) << -3 << QDate(2030, 12, 4);
    QTest::newRow("Friday, on to Wednesday") << QDate(2025, 12, 5) << 3 << QDate(2025, 12, 10);
    QTest::newRow("no days") << QDate(2025, 12, 6) << 0 << QDate(2025, 12, 6);
}

void TestAnnualReport::reminderDeadline()
{
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    QCOMPARE(AnnualReportService::addWorkingDays(from, days), expected);
    QVERIFY(expected.dayOfWeek() < Qt::Saturday || days == 0);
}

void TestAnnualReport::textsAreSavedAndAudited()
{
    AnnualReportService service(*m_db);
    service.setToday(kToday);
    AnnualReport report = ReportDrafts::load(service, kYear);
    const QString draft = report.texts.value(ReportSection::Assessment);
    QVERIFY(!report.saved.contains(ReportSection::Assessment));
    const int audits = AuditRepository(*m_db).count();

    const QString mine = QStringLiteral("1. Ưu điểm\nCác đơn vị tích cực hưởng ứng.");
    service.saveText(report, ReportSection::Assessment, mine);
    report = ReportDrafts::load(service, kYear);
    QCOMPARE(report.saved.value(ReportSection::Assessment), mine);
    QCOMPARE(report.texts.value(ReportSection::Assessment), mine);
    QCOMPARE(AuditRepository(*m_db).count(), audits + 1);
    const QList<AuditEntry> trail = AuditRepository(*m_db).forEntity(QStringLiteral("report_text"), kYear);
    QCOMPARE(trail.last().field, QStringLiteral("assessment"));
    QCOMPARE(trail.last().newValue, mine);

    service.saveText(report, ReportSection::Assessment, mine + QStringLiteral("  ")); // unchanged: nothing written
    QCOMPARE(AuditRepository(*m_db).count(), audits + 1);

    // Saving the draft as it is accepts it; an empty text goes back to the draft.
    service.saveText(report, ReportSection::Opening, report.texts.value(ReportSection::Opening));
    report = ReportDrafts::load(service, kYear);
    QVERIFY(report.saved.contains(ReportSection::Opening));
    service.saveText(report, ReportSection::Assessment, QString());
    report = ReportDrafts::load(service, kYear);
    QVERIFY(!report.saved.contains(ReportSection::Assessment));
    QCOMPARE(report.texts.value(ReportSection::Assessment), draft);
    QCOMPARE(AuditRepository(*m_db).forEntity(QStringLiteral("report_text"), kYear).last().action,
             QStringLiteral("delete"));

    // The saved sections no longer count as gaps, unless they hold a [note].
    int draftGaps = 0;
    for (const ReportGap &gap : AnnualReportService::gaps(report))
        draftGaps += gap.kind == ReportGap::Kind::DraftText;
    QCOMPARE(draftGaps, int(AnnualReportService::sections().size()) - 1);
    service.saveText(report, ReportSection::Opening, QStringLiteral("Mở đầu [bổ sung]"));
    report = ReportDrafts::load(service, kYear);
    draftGaps = 0;
    for (const ReportGap &gap : AnnualReportService::gaps(report))
        draftGaps += gap.kind == ReportGap::Kind::DraftText;
    QCOMPARE(draftGaps, int(AnnualReportService::sections().size()));
}

void TestAnnualReport::draftsComeFromTheData()
{
    submit(4, QDate(2026, 11, 20), {QStringLiteral("TT-TIN-BAI=5")});
    const AnnualReport report = load();
    const QString bases = report.texts.value(ReportSection::LegalBases);
    QVERIFY(bases.startsWith(QStringLiteral("Căn cứ Kế hoạch số 1429/KH-UBND ngày 16/5/2024")));
    QVERIFY(report.texts.value(ReportSection::Direction).contains(QStringLiteral("năm 2026 có 7 đơn vị")));
    QVERIFY(report.texts.value(ReportSection::Direction).contains(QStringLiteral("30/11/2026")));
    const QString assessment = report.texts.value(ReportSection::Assessment);
    QVERIFY(assessment.contains(QStringLiteral("Còn 6 đơn vị chưa gửi báo cáo và 0 đơn vị gửi trễ hạn.")));
    QVERIFY(assessment.contains(QStringLiteral("chỉ tiêu chưa có số liệu")));
    // V. names next year's tasks with their due dates.
    const QString orientation = report.texts.value(ReportSection::Orientation);
    QVERIFY(orientation.startsWith(QStringLiteral("Năm 2027, Sở tiếp tục triển khai giai đoạn 2 (2026 - 2030)")));
    QVERIFY(orientation.contains(QStringLiteral("(hạn 10/12/2027)")));
    QVERIFY(!orientation.contains(QStringLiteral("sơ kết Phong trào thi đua giai đoạn 1")));
    QVERIFY(ReportDrafts::hasPlaceholder(assessment));
    QVERIFY(!ReportDrafts::hasPlaceholder(bases));

    const QList<DocumentBlock> blocks =
        SummaryReportDocument::textBlocks(QStringLiteral("1. Ưu điểm\n- Tốt.\n\n2. Có câu."));
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks.at(0).kind, DocumentBlock::Kind::Heading2);
    QCOMPARE(blocks.at(1).kind, DocumentBlock::Kind::Paragraph);
    QCOMPARE(blocks.at(2).kind, DocumentBlock::Kind::Paragraph); // ends with a full stop: a sentence
}

void TestAnnualReport::commendationsOfTheYear()
{
    CommendationService commendations(*m_db);
    commendations.setToday(QDate(2025, 12, 20));
    qint64 giayKhen = 0;
    for (const CommendationForm &form : CommendationCatalogueService(*m_db).forms())
        if (form.name == QStringLiteral("Giấy khen của Giám đốc Sở"))
            giayKhen = form.id;
    QVERIFY(giayKhen);
    const QList<Unit> units = UnitRepository(*m_db).all();
    auto proposalFor = [&](const QString &code, int phase, int year) {
        CommendationProposal p;
        p.phaseNumber = phase;
        p.year = year;
        p.formId = giayKhen;
        for (const Unit &u : units)
            if (u.code == code)
                p.unitId = u.id;
        p.reason = QStringLiteral("Thành tích xuất sắc");
        return p;
    };
    CommendationProposal library = proposalFor(QStringLiteral("TV"), 1, 2025); // the sơ kết's
    library.status = QStringLiteral("duoc_khen");
    library.decisionNumber = QStringLiteral("45/QĐ-SVHTTDL");
    library.decisionDate = QDate(2025, 12, 15);
    commendations.saveProposal(library);
    commendations.saveProposal(proposalFor(QStringLiteral("BT"), 0, 2025));   // a yearly one
    commendations.saveProposal(proposalFor(QStringLiteral("TTVH"), 0, 2024)); // another year's

    AnnualReportService service(*m_db);
    service.setToday(QDate(2025, 12, 20));
    const AnnualReport report = ReportDrafts::load(service, 2025);
    QCOMPARE(report.commendations,
             QStringList{QStringLiteral("Giấy khen của Giám đốc Sở: 2 tập thể (Bảo tàng tỉnh Tây Ninh; Thư viện tỉnh "
                                        "Tây Ninh); 1 được khen thưởng, 1 đang chờ quyết định.")});
    const OfficialDocument document =
        SummaryReportDocument::build(report, OrganisationRepository(*m_db).load(), QDate(2025, 12, 20));
    QStringList texts;
    for (const DocumentBlock &block : document.body)
        texts.append(block.text);
    const qsizetype heading = texts.indexOf(QStringLiteral("IV. CÔNG TÁC KHEN THƯỞNG"));
    QVERIFY(heading >= 0);
    QCOMPARE(texts.at(heading + 1), QStringLiteral("Đề nghị khen thưởng tập thể, cá nhân trong Phong trào năm 2025:"));
    QCOMPARE(texts.at(heading + 2), QStringLiteral("- ") + report.commendations.first());
    QVERIFY(
        !texts.contains(QStringLiteral("Khen thưởng tập thể, cá nhân trong Phong trào năm 2025: chưa có số liệu.")));
    // 2024 has only its own proposal.
    QCOMPARE(ReportDrafts::load(service, 2024).commendations,
             QStringList{QStringLiteral("Giấy khen của Giám đốc Sở: 1 tập thể (Trung tâm Văn hóa tỉnh Tây Ninh).")});
}

void TestAnnualReport::pdfReadBack()
{
    DemoGenerator(*m_db).addDemo();
    AnnualReportService service(*m_db);
    service.setToday(QDate(2024, 12, 5));
    const AnnualReport report = ReportDrafts::load(service, 2024);
    OrganisationSettings organisation = OrganisationRepository(*m_db).load();
    organisation.signerName = QStringLiteral("Nguyễn Văn Thanh");
    const OfficialDocument document = SummaryReportDocument::build(report, organisation, QDate(2024, 12, 5), 7);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("bao-cao.pdf"));
    QCOMPARE(DocumentRenderer::writePdf(document, pdf), QString());

    const QList<Page> pages = readPages(pdf);
    QVERIFY(pages.size() >= 4);
    const QString all = readText(pdf);
    for (const QString &expected :
         {QStringLiteral("Số: 07/BC-SVHTTDL"), QStringLiteral("Tây Ninh, ngày 05 tháng 12 năm 2024"),
          QStringLiteral("BÁO CÁO"),
          QStringLiteral("Kết quả thực hiện Phong trào “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt "
                         "đời” năm 2024"),
          QStringLiteral("Kính gửi: Sở Giáo dục và Đào tạo tỉnh Tây Ninh"),
          QStringLiteral("I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"), QStringLiteral("II. KẾT QUẢ THỰC HIỆN"),
          QStringLiteral("III. ĐÁNH GIÁ CHUNG"), QStringLiteral("IV. CÔNG TÁC KHEN THƯỞNG"),
          QStringLiteral("V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025"), QStringLiteral("VI. ĐỀ XUẤT, KIẾN NGHỊ"),
          QStringLiteral("Nguyễn Văn Thanh"),
          QStringLiteral("(Kèm theo Báo cáo số 07/BC-SVHTTDL ngày 05 tháng 12 năm 2024 của Sở Văn hóa, Thể thao và Du "
                         "lịch tỉnh Tây Ninh)"),
          QStringLiteral("Khen thưởng tập thể, cá nhân trong Phong trào năm 2024: chưa có số liệu.")}) {
        QVERIFY2(all.contains(expected), qPrintable(expected));
    }
    // The sections in order.
    qsizetype at = 0;
    for (const QString &heading :
         {QStringLiteral("I. CÔNG TÁC"), QStringLiteral("II. KẾT QUẢ"), QStringLiteral("III. ĐÁNH GIÁ"),
          QStringLiteral("IV. CÔNG TÁC"), QStringLiteral("V. PHƯƠNG HƯỚNG"), QStringLiteral("VI. ĐỀ XUẤT"),
          QStringLiteral("Phụ lục I "), QStringLiteral("Phụ lục II ")}) {
        const qsizetype next = all.indexOf(heading, at);
        QVERIFY2(next > at, qPrintable(heading));
        at = next;
    }

    // Page numbers: none on page 1, then 2, 3, ... in the main part; each appendix starts
    // again (no number on its first page, "2" on its second) and Phụ lục I is landscape.
    QVERIFY(pages.first().inTopMargin(20).isEmpty());
    qsizetype firstAppendix = -1;
    qsizetype secondAppendix = -1;
    for (qsizetype i = 0; i < pages.size(); ++i) { // an appendix's first page starts with its label
        if (firstAppendix < 0 && pages.at(i).text().startsWith(QStringLiteral("Phụ lục I ")))
            firstAppendix = i;
        if (secondAppendix < 0 && pages.at(i).text().startsWith(QStringLiteral("Phụ lục II ")))
            secondAppendix = i;
    }
    QVERIFY(firstAppendix > 0);
    QVERIFY(secondAppendix > firstAppendix);
    for (qsizetype i = 1; i < firstAppendix; ++i) {
        const QList<Word> number = pages.at(i).inTopMargin(20);
        QCOMPARE(number.size(), 1);
        QCOMPARE(number.first().text, QString::number(i + 1));
        QVERIFY(std::abs(number.first().centre() - pages.at(i).width / 2) < 2);
        QVERIFY(pages.at(i).width < pages.at(i).height);
    }
    QVERIFY(pages.at(firstAppendix).width > pages.at(firstAppendix).height);
    QVERIFY(pages.at(firstAppendix).inTopMargin(20).isEmpty());
    if (secondAppendix > firstAppendix + 1)
        QCOMPARE(pages.at(firstAppendix + 1).inTopMargin(20).first().text, QStringLiteral("2"));
    QVERIFY(pages.at(secondAppendix).width < pages.at(secondAppendix).height);
    QVERIFY(pages.at(secondAppendix).inTopMargin(20).isEmpty());

    // Margins of the main part: left 30 mm, right 15 mm.
    for (qsizetype i = 0; i < firstAppendix; ++i)
        for (const Word &word : pages.at(i).words) {
            QVERIFY2(word.xMin >= 30 * PointsPerMm - Slack, qPrintable(word.text));
            QVERIFY2(word.xMax <= pages.at(i).width - 15 * PointsPerMm + Slack, qPrintable(word.text));
        }

    // Every unit of the year is in Phụ lục I, the missing ones marked.
    for (const SubmissionOverviewRow &row : report.overview.rows)
        QVERIFY2(all.contains(row.unit.name), qPrintable(row.unit.name));

    const QList<FontRow> fonts = readFonts(pdf);
    QVERIFY(!fonts.isEmpty());
    const QString family = fonts.first().name.section(QLatin1Char('+'), 1).section(QLatin1Char('-'), 0, 0);
    for (const FontRow &font : fonts) {
        QVERIFY2(font.embedded, qPrintable(font.name));
        QCOMPARE(font.name.section(QLatin1Char('+'), 1).section(QLatin1Char('-'), 0, 0), family);
    }
}

// The report's classification paragraph cites the recognition decisions in force on
// 31/12: how many at each level, those of the year with their numbers, those to evaluate
// again; with none it says nothing of them (as before).
void TestAnnualReport::recognitionDecisionsAreCited()
{
    QVERIFY(!ReportWording::classification(load()).contains(QStringLiteral("công nhận Đơn vị học tập (")));
    RecognitionService recognition(*m_db);
    recognition.setToday(kToday);
    auto decide = [&](const QString &code, int year, int level, QDate date, const QString &number) {
        RecognitionDecision d;
        d.unitId = UnitRepository(*m_db).byCode(code)->id;
        d.year = year;
        d.level = level;
        d.number = number;
        d.date = date;
        recognition.save(d);
    };
    decide(QStringLiteral("TV"), 2023, 1, QDate(2024, 3, 1), QStringLiteral("11/QĐ-UBND")); // kept until 2026
    decide(QStringLiteral("BT"), 2025, 2, QDate(2026, 3, 5), QStringLiteral("25/QĐ-UBND"));
    decide(QStringLiteral("VP"), 2025, 1, QDate(2026, 3, 5), QStringLiteral("25/QĐ-UBND"));
    decide(QStringLiteral("TTVH"), 2025, 0, QDate(2026, 3, 5), QStringLiteral("25/QĐ-UBND")); // refused
    const QString text = ReportWording::classification(load());
    QVERIFY2(text.contains(QStringLiteral("Tính đến ngày 31/12/2026, theo các quyết định công nhận của Ủy ban nhân "
                                          "dân tỉnh, có 3 đơn vị đang được công nhận Đơn vị học tập (Mức độ 2: 1 đơn "
                                          "vị; Mức độ 1: 2 đơn vị), trong đó 2 đơn vị được công nhận trong năm "
                                          "(Quyết định số 25/QĐ-UBND ngày 05/03/2026); 1 đơn vị hết thời hạn công "
                                          "nhận vào cuối năm, cần đánh giá lại.")),
             qPrintable(text));
}

QTEST_MAIN(TestAnnualReport)
#include "tst_annualreport.moc"
