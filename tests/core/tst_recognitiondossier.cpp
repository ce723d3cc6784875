#include "domain/organisationsettings.h"
#include "domain/validationissue.h"
#include "reports/documentrenderer.h"
#include "reports/odtwriter.h"
#include "reports/recognitiondossierdocument.h"
#include "services/planservice.h"
#include "services/recognitionservice.h"
#include "services/rubricservice.h"
#include "services/submissionservice.h"
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "support/pdfreadback.h"
#include "support/testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

// A unit's recognition dossier (issue 21): drafted from its scores on a TT24 year, with
// the level reached, "không áp dụng" chỉ tiêu and the notes; printed after Nghị định 30
// and read back from the PDF; a TT22 year has none.
class TestRecognitionDossier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dossierFromScores();
    void pdfReadsBack();
    void odtIsWritten();
    void pointsYearHasNoDossier();

private:
    qint64 unitId(const QString &code) const { return UnitRepository(*m_db).byCode(code)->id; }
    // Scores TV's 2026 submission: every level 1 chỉ tiêu met, TC2.CT2 at `tc2ct2` %.
    void scoreLibrary(const QString &tc2ct2);

    Database *m_db = nullptr;
    QTemporaryDir m_dir;
};

void TestRecognitionDossier::init()
{
    m_db = new Database;
    TestDatabase::prepare(*m_db);
    RubricService rubrics(*m_db);
    for (const Rubric &r : rubrics.all())
        if (r.code == QLatin1String("TT24-2023"))
            rubrics.assign(2026, r.id);
}

void TestRecognitionDossier::cleanup()
{
    delete m_db;
}

void TestRecognitionDossier::scoreLibrary(const QString &tc2ct2)
{
    SubmissionService submissions(*m_db);
    submissions.setToday(QDate(2026, 12, 7));
    Submission s = submissions.load(unitId(QStringLiteral("TV")), 2026);
    s.status = QStringLiteral("received");
    s.receivedDate = QDate(2026, 11, 20);
    s.scores.clear();
    for (const Criterion &c : submissions.context(2026).scoredCriteria()) {
        CriterionScore score;
        score.criterionId = c.id;
        const bool percent = c.kind == QLatin1String("percent");
        QString value = c.level == 1 ? (percent ? QStringLiteral("93") : QStringLiteral("1")) : QStringLiteral("0");
        if (c.code == QLatin1String("TC2.CT2"))
            value = tc2ct2;
        score.self = *Points::parse(value);
        s.scores.append(score);
    }
    submissions.save(s);
}

void TestRecognitionDossier::dossierFromScores()
{
    scoreLibrary(QStringLiteral("95"));
    RecognitionDossier d = RecognitionService(*m_db).dossier(unitId(QStringLiteral("TV")), 2026);
    QVERIFY(d.complete);
    QVERIFY(!d.reviewed);
    QCOMPARE(d.levelReached, 1);
    QHash<QString, RecognitionDossier::Line> byCode;
    for (const RecognitionDossier::Line &line : d.lines)
        byCode.insert(line.code, line);
    QCOMPARE(byCode.value(QStringLiteral("TC3.CT5")).result, RecognitionDossier::Result::NotApplicable);
    QCOMPARE(byCode.value(QStringLiteral("TC2.CT2")).value, QStringLiteral("95%"));
    QCOMPARE(byCode.value(QStringLiteral("TC3.CT1.M2")).result, RecognitionDossier::Result::NotMet);

    scoreLibrary(QStringLiteral("89,5"));
    d = RecognitionService(*m_db).dossier(unitId(QStringLiteral("TV")), 2026);
    QCOMPARE(d.levelReached, 0);
    for (const RecognitionDossier::Line &line : d.lines)
        if (line.code == QLatin1String("TC2.CT2"))
            QCOMPARE(line.result, RecognitionDossier::Result::NotMet);
}

void TestRecognitionDossier::pdfReadsBack()
{
    scoreLibrary(QStringLiteral("95"));
    const RecognitionDossier d = RecognitionService(*m_db).dossier(unitId(QStringLiteral("TV")), 2026);
    const OrganisationSettings organisation = PlanService(*m_db).organisation();
    const OfficialDocument document = RecognitionDossierDocument::build(d, organisation, QDate(2027, 1, 8));
    const QString pdf = m_dir.filePath(QStringLiteral("tv.pdf"));
    QCOMPARE(DocumentRenderer::writePdf(document, pdf), QString());

    const QList<PdfReadBack::Page> pages = PdfReadBack::readPages(pdf);
    QVERIFY(pages.size() >= 3);
    const PdfReadBack::Page &first = pages.first();
    // The header block: the department above the unit on the left, the Quốc hiệu on the right.
    const auto agency = first.first(QStringLiteral("THƯ"));
    const auto nation = first.first(QStringLiteral("CỘNG"));
    QVERIFY(agency && nation);
    QVERIFY(agency->xMax < PdfReadBack::A4Width / 2);
    QVERIFY(nation->xMin > PdfReadBack::A4Width / 3);
    const QString text = PdfReadBack::readText(pdf).simplified();
    for (const QString &expected :
         {QStringLiteral("SỞ VĂN HÓA, THỂ THAO"), QStringLiteral("THƯ VIỆN TỈNH TÂY NINH"), QStringLiteral("/TTr-TV"),
          QStringLiteral("Tây Ninh, ngày 08 tháng 01 năm 2027"), QStringLiteral("TỜ TRÌNH"),
          QStringLiteral("Đề nghị công nhận Đơn vị học tập năm 2026"),
          QStringLiteral("Kính gửi: Sở Giáo dục và Đào tạo"), QStringLiteral("Mức độ 1 năm 2026"),
          QStringLiteral("trước ngày 15/01/2027"), QStringLiteral("Phụ lục I"),
          QStringLiteral("BÁO CÁO TỰ ĐÁNH GIÁ ĐƠN VỊ HỌC TẬP NĂM 2026"), QStringLiteral("[…]"),
          QStringLiteral("cần đối chiếu văn bản gốc"), QStringLiteral("Phụ lục II"),
          QStringLiteral("BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU NĂM 2026"),
          QStringLiteral("Không áp dụng"), QStringLiteral("Cộng: đạt 10/12 chỉ tiêu áp dụng"),
          QStringLiteral("Sở Văn hóa, Thể thao và Du lịch (để báo cáo)")})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    QVERIFY(!text.contains(QStringLiteral("Chưa đánh giá")));
    // Every chỉ tiêu of the rubric is in the summary table, on the last pages.
    QString table;
    for (qsizetype i = 1; i < pages.size(); ++i)
        table += pages.at(i).text() + QLatin1Char(' ');
    for (const RecognitionDossier::Line &line : d.lines)
        QVERIFY2(table.contains(line.code), qPrintable(line.code));
    QCOMPARE(text.count(QStringLiteral("Không áp dụng")), 3 * 2); // the report and the table
}

void TestRecognitionDossier::odtIsWritten()
{
    const RecognitionDossier d = RecognitionService(*m_db).dossier(unitId(QStringLiteral("BT")), 2026);
    QVERIFY(!d.complete);
    const OfficialDocument document =
        RecognitionDossierDocument::build(d, PlanService(*m_db).organisation(), QDate(2027, 1, 8));
    const QString odt = m_dir.filePath(QStringLiteral("bt.odt"));
    QCOMPARE(OdtWriter::write(document, odt), QString());
    const QString text =
        PdfReadBack::run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    QVERIFY(text.contains(QStringLiteral("Chưa đánh giá")));
    QVERIFY(text.contains(QStringLiteral("Bảo tàng tỉnh Tây Ninh")));
}

void TestRecognitionDossier::pointsYearHasNoDossier()
{
    QVERIFY_THROWS_EXCEPTION(ValidationError, RecognitionService(*m_db).dossier(unitId(QStringLiteral("TV")), 2025));
}

QTEST_MAIN(TestRecognitionDossier)
#include "tst_recognitiondossier.moc"
