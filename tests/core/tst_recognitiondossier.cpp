#include "domain/organisationsettings.h"
#include "domain/validationissue.h"
#include "reports/documentrenderer.h"
#include "reports/odtwriter.h"
#include "reports/recognitiondossierdocument.h"
#include "services/planservice.h"
#include "services/recognitionservice.h"
#include "services/rubricservice.h"
#include "services/submissionservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/recognitionrepository.h"
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
    void dossiersDue();
    void sentDateRefused_data();
    void sentDateRefused();

private:
    qint64 unitId(const QString &code) const { return UnitRepository(*m_db).byCode(code)->id; }
    // Scores TV's 2026 submission: every level 1 chỉ tiêu met, TC2.CT2 at `tc2ct2` %.
    void scoreLibrary(const QString &tc2ct2) { score(QStringLiteral("TV"), tc2ct2); }
    // The same for the unit `code`; an empty `tc2ct2` leaves TC2.CT2 without a result.
    void score(const QString &code, const QString &tc2ct2);

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

void TestRecognitionDossier::score(const QString &code, const QString &tc2ct2)
{
    SubmissionService submissions(*m_db);
    submissions.setToday(QDate(2026, 12, 7));
    Submission s = submissions.load(unitId(code), 2026);
    s.status = QStringLiteral("received");
    s.receivedDate = QDate(2026, 11, 20);
    s.scores.clear();
    for (const Criterion &c : submissions.context(2026).scoredCriteria()) {
        CriterionScore score;
        score.criterionId = c.id;
        const bool percent = c.kind == QLatin1String("percent");
        QString value = c.level == 1 ? (percent ? QStringLiteral("93") : QStringLiteral("1")) : QStringLiteral("0");
        if (c.code == QLatin1String("TC2.CT2") && tc2ct2.isEmpty())
            continue;
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

// The dossiers due on 15/01/2027 for 2026: TV reaches Mức 1 (ready), BT lacks a result
// (missing), VP's results reach no level (not qualifying), the units without a
// submission are missing; a date recorded makes a dossier sent, audited, and clearing it
// makes it ready again. A TT22 year has none.
void TestRecognitionDossier::dossiersDue()
{
    score(QStringLiteral("TV"), QStringLiteral("95"));
    score(QStringLiteral("BT"), QString());
    score(QStringLiteral("VP"), QStringLiteral("80"));
    RecognitionService service(*m_db);
    service.setToday(QDate(2027, 1, 20));
    using State = RecognitionDossiers::State;
    RecognitionDossiers d = service.dossiers(2026);
    QVERIFY(d.levels);
    QCOMPARE(d.due, QDate(2027, 1, 15));
    QCOMPARE(d.entries.size(), service.unitsOf(2026).size());
    QVERIFY(d.entries.size() > 3);
    QHash<qint64, RecognitionDossiers::Entry> byUnit;
    for (const RecognitionDossiers::Entry &e : d.entries)
        byUnit.insert(e.unitId, e);
    const qint64 tv = unitId(QStringLiteral("TV"));
    QCOMPARE(byUnit.value(tv).state, State::Ready);
    QCOMPARE(byUnit.value(tv).levelReached, 1);
    QCOMPARE(byUnit.value(unitId(QStringLiteral("BT"))).state, State::Missing);
    QCOMPARE(byUnit.value(unitId(QStringLiteral("BT"))).unassessed, 1);
    QCOMPARE(byUnit.value(unitId(QStringLiteral("VP"))).state, State::NotQualifying);
    QCOMPARE(d.count(State::Ready), 1);
    QCOMPARE(d.count(State::Sent), 0);
    QCOMPARE(d.count(State::NotQualifying), 1);
    QCOMPARE(d.count(State::Missing), d.entries.size() - 2);
    QCOMPARE(d.names(State::Ready), QStringList{QStringLiteral("Thư viện tỉnh Tây Ninh")});

    service.setDossierSent(tv, 2026, QDate(2027, 1, 10));
    d = service.dossiers(2026);
    QCOMPARE(d.count(State::Ready), 0);
    QCOMPARE(d.count(State::Sent), 1);
    QCOMPARE(d.names(State::Sent), QStringList{QStringLiteral("Thư viện tỉnh Tây Ninh")});
    QCOMPARE(service.dossierSent(tv, 2026), QDate(2027, 1, 10));
    const qint64 row = RecognitionRepository(*m_db).dossierSent(tv, 2026).first;
    QVERIFY(row > 0);
    // A sent date also counts for a unit whose results are not all in.
    service.setDossierSent(unitId(QStringLiteral("BT")), 2026, QDate(2027, 1, 14));
    QCOMPARE(service.dossiers(2026).count(State::Missing), d.entries.size() - 3);

    service.setDossierSent(tv, 2026, QDate(2027, 1, 12));
    service.setDossierSent(tv, 2026, QDate());
    QCOMPARE(service.dossiers(2026).count(State::Ready), 1);
    QCOMPARE(service.dossierSent(tv, 2026), QDate());
    // Recorded, changed, cleared: three audit entries on the dossier's row.
    QStringList actions;
    for (const AuditEntry &e : AuditRepository(*m_db).forEntity(QStringLiteral("recognition_dossier"), row))
        actions.append(e.action + QLatin1Char(' ') + e.oldValue + QLatin1Char('>') + e.newValue);
    const QString joined = actions.join(QLatin1Char('|'));
    QVERIFY2(actions.size() == 3, qPrintable(joined));
    QVERIFY2(joined.contains(QStringLiteral("update 2027-01-10>2027-01-12")), qPrintable(joined));
    QVERIFY2(joined.contains(QStringLiteral("delete ")), qPrintable(joined));

    const RecognitionDossiers points = service.dossiers(2025);
    QVERIFY(!points.levels);
    QVERIFY(points.entries.isEmpty());
}

void TestRecognitionDossier::sentDateRefused_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("sentOn");
    QTest::addColumn<QString>("field");
    QTest::newRow("in the future") << "TV" << 2026 << QDate(2027, 1, 21) << "sent_on";
    QTest::newRow("within the year") << "TV" << 2026 << QDate(2026, 12, 31) << "sent_on";
    QTest::newRow("a points year") << "TV" << 2025 << QDate(2026, 1, 10) << "year";
    QTest::newRow("no such unit") << "" << 2026 << QDate(2027, 1, 10) << "unit";
}

void TestRecognitionDossier::sentDateRefused()
{
    QFETCH(QString, unit);
    QFETCH(int, year);
    QFETCH(QDate, sentOn);
    QFETCH(QString, field);
    RecognitionService service(*m_db);
    service.setToday(QDate(2027, 1, 20));
    const qint64 id = unit.isEmpty() ? 999999 : unitId(unit);
    const int audited = AuditRepository(*m_db).count();
    try {
        service.setDossierSent(id, year, sentOn);
        QFAIL("the date was accepted");
    } catch (const ValidationError &error) {
        QCOMPARE(error.issues().first().field, field);
    }
    QCOMPARE(service.dossierSent(id, year), QDate());
    QCOMPARE(AuditRepository(*m_db).count(), audited);
}

QTEST_MAIN(TestRecognitionDossier)
#include "tst_recognitiondossier.moc"
