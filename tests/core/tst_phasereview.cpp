// The phase review: each year's figures as the annual report has them, the phase's
// totals, units rolled up through merges (and a dissolved unit on its own line), tasks
// done and due, an unknown phase refused, and the report read back from its PDF.
#include "domain/organisationsettings.h"
#include "domain/validationissue.h"
#include "domain/vietnamesecollator.h"
#include "reports/documentrenderer.h"
#include "reports/phasereviewdocument.h"
#include "services/annualreportservice.h"
#include "services/demogenerator.h"
#include "services/obligationservice.h"
#include "services/phasereviewservice.h"
#include "services/recognitionservice.h"
#include "services/unitlineageservice.h"
#include "storage/database.h"
#include "storage/obligationrepository.h"
#include "storage/organisationrepository.h"
#include "storage/unitrepository.h"
#include "support/pdfreadback.h"
#include "support/testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace PdfReadBack;

namespace {

const QDate kToday(2026, 1, 15); // phase 1 is over: units as they are on 31/12/2025

IndicatorFigure figure(qint64 id, const QString &kind, int reporting, qint64 sum, int yes = 0)
{
    IndicatorFigure f;
    f.indicator.id = id;
    f.indicator.kind = kind;
    f.reporting = reporting;
    f.sumHundredths = sum;
    f.yes = yes;
    return f;
}

const PhaseUnitRow *rowOf(const PhaseReview &review, qint64 unitId)
{
    for (const PhaseUnitRow &row : review.rows)
        if (row.unit.id == unitId)
            return &row;
    return nullptr;
}

} // namespace

class TestPhaseReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void unknownPhaseIsRefused_data();
    void unknownPhaseIsRefused();
    void figuresAcrossYears();
    void totals_data();
    void totals();
    void mergedUnitRolledUpAndDissolvedEnded();
    void splitUnitCountsForEachPart();
    void tasksDoneAndDue();
    void secondPhaseWording();
    void manyYearsOneColumnEach();
    void pdfReadBack();
    void recognitionDecisionsAreCited();

private:
    PhaseReview load(int phase, QDate today = kToday) const;
    qint64 id(const QString &code) const { return UnitRepository(*m_db).byCode(code).value().id; }

    Database *m_db = nullptr;
};

void TestPhaseReview::init()
{
    m_db = new Database;
    TestDatabase::prepare(*m_db);
}

void TestPhaseReview::cleanup()
{
    delete m_db;
}

PhaseReview TestPhaseReview::load(int phase, QDate today) const
{
    PhaseReviewService service(*m_db);
    service.setToday(today);
    return service.load(phase);
}

void TestPhaseReview::unknownPhaseIsRefused_data()
{
    QTest::addColumn<int>("phase");
    QTest::newRow("zero") << 0;
    QTest::newRow("three") << 3;
    QTest::newRow("negative") << -1;
}

void TestPhaseReview::unknownPhaseIsRefused()
{
    QFETCH(int, phase);
    try {
        load(phase);
        QFAIL("no ValidationError");
    } catch (const ValidationError &error) {
        QCOMPARE(error.issues().size(), 1);
        QCOMPARE(error.issues().first().field, QStringLiteral("phase"));
        QVERIFY(error.message().contains(QString::number(phase)));
    }
}

void TestPhaseReview::figuresAcrossYears()
{
    DemoGenerator(*m_db).addDemo();
    const PhaseReview review = load(1);
    QCOMPARE(review.phase.number, 1);
    QCOMPARE(review.asOf, QDate(2025, 12, 31));
    QCOMPARE(review.years, (QList<int>{2024, 2025}));
    QCOMPARE(review.perYear.size(), 2);
    QVERIFY(!review.plan.title.isEmpty());
    QCOMPARE(review.phases.size(), 2);

    // Each year as the annual report has it.
    AnnualReportService annual(*m_db);
    annual.setToday(kToday);
    int unitYears = 0;
    for (qsizetype i = 0; i < review.years.size(); ++i) {
        const AnnualReport report = annual.load(review.years.at(i));
        const PhaseYearFigures &y = review.perYear.at(i);
        QCOMPARE(y.year, report.year);
        QCOMPARE(y.expected, report.expected());
        QCOMPARE(y.received, report.submitted());
        QCOMPARE(y.late, report.late());
        QCOMPARE(y.reviewed, report.reviewed);
        QCOMPARE(y.rubricClasses.size(), report.ranking.rubric.classes.size());
        QCOMPARE(y.rubricName, report.ranking.rubric.name);
        QCOMPARE(y.figures.size(), report.figures.size());
        for (qsizetype f = 0; f < y.figures.size(); ++f) {
            QCOMPARE(y.figures.at(f).sumHundredths, report.figures.at(f).sumHundredths);
            QCOMPARE(y.figures.at(f).reporting, report.figures.at(f).reporting);
        }
        QCOMPARE(y.classes.size(), report.classes.size());
        unitYears += report.expected();
    }
    QVERIFY(review.perYear.first().reviewed > 0);                                 // the demo reviews 2024
    QCOMPARE(review.perYear.last().reviewed, 0);                                  // and not 2025
    QCOMPARE(review.perYear.last().received + 1, review.perYear.last().expected); // one missing in 2025

    // Every unit-year is in exactly one row (no unit was merged or split in the seed).
    int results = 0;
    for (const PhaseUnitRow &row : review.rows)
        for (auto it = row.years.cbegin(); it != row.years.cend(); ++it)
            results += int(it->size());
    QCOMPARE(results, unitYears);

    // The seed's district units ended on 30/06/2025 without successor: their own rows,
    // ended, with both years; the department's units are their own rows, not ended.
    const PhaseUnitRow *district = rowOf(review, id(QStringLiteral("PVHTT-TBI")));
    QVERIFY(district);
    QVERIFY(district->ended);
    QCOMPARE(district->yearsTakingPart(), 2);
    const PhaseUnitRow *library = rowOf(review, id(QStringLiteral("TV")));
    QVERIFY(library);
    QVERIFY(!library->ended);
    QVERIFY(library->predecessors.isEmpty());
    QCOMPARE(library->years.value(2024).size(), 1);
    const PhaseYearResult r = library->years.value(2024).first(); // a copy: value() hands out a temporary list
    QCOMPARE(r.unitId, library->unit.id);
    QVERIFY(r.ranked);
    QVERIFY(r.total.has_value());
    QVERIFY(!r.classCode.isEmpty());
    QVERIFY(r.classPosition >= 0);
    QCOMPARE(review.perYear.first().rubricClasses.at(r.classPosition).code, r.classCode);
    QCOMPARE(review.rows.size(), 25);

    // Vietnamese order of names.
    const VietnameseCollator collator;
    for (qsizetype i = 1; i < review.rows.size(); ++i)
        QVERIFY2(collator.compare(review.rows.at(i - 1).unit.name, review.rows.at(i).unit.name) <= 0,
                 qPrintable(review.rows.at(i).unit.name));

    // The totals sum the years.
    QCOMPARE(review.totals.size(), PhaseReviewService::sumFigures(review.perYear).size());
    for (const IndicatorFigure &total : review.totals) {
        qint64 sum = 0;
        int reporting = 0;
        for (const PhaseYearFigures &y : review.perYear)
            for (const IndicatorFigure &f : y.figures)
                if (f.indicator.id == total.indicator.id) {
                    sum += f.sumHundredths;
                    reporting += f.reporting;
                }
        QCOMPARE(total.sumHundredths, sum);
        QCOMPARE(total.reporting, reporting);
    }

    // While phase 1 runs (today in 2024), only its begun years are read.
    const PhaseReview running = load(1, QDate(2024, 12, 1));
    QCOMPARE(running.asOf, QDate(2024, 12, 1));
    QCOMPARE(running.years, QList<int>{2024});
}

void TestPhaseReview::totals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QList<IndicatorFigure>>("years");
    QTest::addColumn<int>("reporting");
    QTest::addColumn<qint64>("sum");
    QTest::addColumn<int>("yes");
    QTest::addColumn<qint64>("mean");
    QTest::newRow("counts are summed") << "count"
                                       << QList<IndicatorFigure>{figure(1, QStringLiteral("count"), 3, 10000),
                                                                 figure(1, QStringLiteral("count"), 2, 25050)}
                                       << 5 << qint64(35050) << 0 << qint64(7010);
    // 90% and 80% in year one, 60% in year two: the mean over three unit-years is 76,67%.
    QTest::newRow("percentages: mean of unit-years")
        << "percent"
        << QList<IndicatorFigure>{figure(2, QStringLiteral("percent"), 2, 17000),
                                  figure(2, QStringLiteral("percent"), 1, 6000)}
        << 3 << qint64(23000) << 0 << qint64(7667);
    QTest::newRow("yes answers summed") << "yesno"
                                        << QList<IndicatorFigure>{figure(3, QStringLiteral("yesno"), 3, 200, 2),
                                                                  figure(3, QStringLiteral("yesno"), 2, 100, 1)}
                                        << 5 << qint64(300) << 3 << qint64(60);
    QTest::newRow("a year without the indicator")
        << "count"
        << QList<IndicatorFigure>{figure(4, QStringLiteral("count"), 0, 0), figure(4, QStringLiteral("count"), 1, 700)}
        << 1 << qint64(700) << 0 << qint64(700);
}

void TestPhaseReview::totals()
{
    QFETCH(QList<IndicatorFigure>, years);
    QFETCH(int, reporting);
    QFETCH(qint64, sum);
    QFETCH(int, yes);
    QFETCH(qint64, mean);
    QList<PhaseYearFigures> perYear;
    int year = 2024;
    for (const IndicatorFigure &f : years) {
        PhaseYearFigures y;
        y.year = year++;
        y.figures.append(f);
        perYear.append(y);
    }
    const QList<IndicatorFigure> totals = PhaseReviewService::sumFigures(perYear);
    QCOMPARE(totals.size(), 1);
    QCOMPARE(totals.first().reporting, reporting);
    QCOMPARE(totals.first().sumHundredths, sum);
    QCOMPARE(totals.first().yes, yes);
    QCOMPARE(totals.first().meanHundredths(), mean);
}

void TestPhaseReview::mergedUnitRolledUpAndDissolvedEnded()
{
    // On 01/01/2025 the library and the museum merge into a new unit, and the sports
    // centre is dissolved; the demo then fills 2024 and 2025 for the units of each year.
    UnitLineageService lineage(*m_db);
    const qint64 library = id(QStringLiteral("TV"));
    const qint64 museum = id(QStringLiteral("BT"));
    const qint64 sports = id(QStringLiteral("TTHL"));
    Unit merged;
    merged.code = QStringLiteral("TVBT");
    merged.name = QStringLiteral("Thư viện - Bảo tàng tỉnh Tây Ninh");
    merged.shortName = merged.name;
    merged.kind = QStringLiteral("so_unit");
    merged.group = UnitRepository(*m_db).byId(library)->group;
    lineage.merge({library, museum}, 0, merged, QDate(2025, 1, 1));
    lineage.dissolve(sports, QDate(2025, 1, 1));
    DemoGenerator(*m_db).addDemo();
    const qint64 mergedId = id(QStringLiteral("TVBT"));

    const PhaseReview review = load(1);
    QVERIFY(!rowOf(review, library));
    QVERIFY(!rowOf(review, museum));
    const PhaseUnitRow *row = rowOf(review, mergedId);
    QVERIFY(row);
    QVERIFY(!row->ended);
    QCOMPARE(row->unit.name, merged.name);
    QList<qint64> predecessors = row->predecessors;
    std::sort(predecessors.begin(), predecessors.end());
    QCOMPARE(predecessors, (QList<qint64>{std::min(library, museum), std::max(library, museum)}));
    // 2024: both former units' results; 2025: the new unit's own.
    const QList<PhaseYearResult> before = row->years.value(2024);
    QCOMPARE(before.size(), 2);
    QList<qint64> ids{before.at(0).unitId, before.at(1).unitId};
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, predecessors);
    for (const PhaseYearResult &r : before)
        QVERIFY(r.ranked); // 2024 is reviewed in the demo
    QCOMPARE(row->years.value(2025).size(), 1);
    QCOMPARE(row->years.value(2025).first().unitId, mergedId);
    QCOMPARE(row->yearsTakingPart(), 2);

    const PhaseUnitRow *dissolved = rowOf(review, sports);
    QVERIFY(dissolved);
    QVERIFY(dissolved->ended);
    QCOMPARE(dissolved->years.keys(), QList<int>{2024});

    // Phụ lục I names the former units under the new one.
    QCOMPARE(
        PhaseReviewDocument::unitCell(*row),
        QStringLiteral("Thư viện - Bảo tàng tỉnh Tây Ninh\n(gồm: Bảo tàng tỉnh Tây Ninh, Thư viện tỉnh Tây Ninh)"));
    QCOMPARE(PhaseReviewDocument::unitCell(*dissolved),
             QStringLiteral("Trung tâm Huấn luyện và Thi đấu thể thao tỉnh Tây Ninh (ngừng hoạt động từ 01/01/2025)"));
    QVERIFY(PhaseReviewDocument::resultCell(before).contains(QStringLiteral("Thư viện tỉnh Tây Ninh: ")));
    QCOMPARE(PhaseReviewDocument::timelinessCell({}), QStringLiteral("–"));

    // Without the roll-up each former unit keeps a row of its own, ended at the merge,
    // and the new unit has only its own year.
    PhaseReviewService separate(*m_db);
    separate.setToday(kToday);
    separate.setRollUp(false);
    const PhaseReview apart = separate.load(1);
    QVERIFY(!apart.rolledUp);
    QCOMPARE(apart.rows.size(), review.rows.size() + 2);
    for (qint64 former : {library, museum}) {
        const PhaseUnitRow *own = rowOf(apart, former);
        QVERIFY(own);
        QVERIFY(own->ended);
        QCOMPARE(own->years.keys(), QList<int>{2024});
        QCOMPARE(own->years.value(2024).first().unitId, former);
        QVERIFY(own->predecessors.isEmpty());
    }
    const PhaseUnitRow *alone = rowOf(apart, mergedId);
    QVERIFY(alone && !alone->ended && alone->predecessors.isEmpty());
    QCOMPARE(alone->years.keys(), QList<int>{2025});
    QVERIFY(rowOf(apart, sports)->ended);
}

void TestPhaseReview::splitUnitCountsForEachPart()
{
    const qint64 centre = id(QStringLiteral("TTVH"));
    const Unit old = UnitRepository(*m_db).byId(centre).value();
    QList<Unit> parts;
    for (const QString &name : {QStringLiteral("Trung tâm Văn hóa - Điện ảnh tỉnh Tây Ninh"),
                                QStringLiteral("Nhà Thiếu nhi tỉnh Tây Ninh")}) {
        Unit part = old;
        part.id = 0;
        part.code = QStringLiteral("P%1").arg(parts.size() + 1);
        part.name = name;
        part.shortName = name;
        parts.append(part);
    }
    UnitLineageService(*m_db).split(centre, parts, QDate(2025, 1, 1));
    DemoGenerator(*m_db).addDemo();

    const PhaseReview review = load(1);
    QVERIFY(!rowOf(review, centre));
    for (const QString &code : {QStringLiteral("P1"), QStringLiteral("P2")}) {
        const PhaseUnitRow *row = rowOf(review, id(code));
        QVERIFY2(row, qPrintable(code));
        QCOMPARE(row->predecessors, QList<qint64>{centre});
        QCOMPARE(row->years.value(2024).size(), 1);
        QCOMPARE(row->years.value(2024).first().unitId, centre);
        QCOMPARE(row->years.value(2024).first().unitName, old.name);
        QCOMPARE(row->years.value(2025).size(), 1);
        QCOMPARE(row->years.value(2025).first().unitId, row->unit.id);
    }
}

void TestPhaseReview::tasksDoneAndDue()
{
    // Obligations stored for 2024 only: 2025 stays without tasks (never generated here).
    ObligationService obligations(*m_db);
    obligations.setToday(kToday);
    obligations.generate(2024);
    const QList<Obligation> stored = ObligationRepository(*m_db).forYear(2024);
    QVERIFY(!stored.isEmpty());
    const qint64 office = id(QStringLiteral("VP"));
    QList<Obligation> mine;
    for (const Obligation &o : stored)
        if (o.unitId == office)
            mine.append(o);
    QVERIFY(mine.size() >= 2);
    obligations.setStatus(mine.at(0).id, QStringLiteral("done"), QDate(2024, 6, 1), {});
    obligations.setStatus(mine.at(1).id, QStringLiteral("done"), QDate(2024, 7, 1), {});
    if (mine.size() > 2)
        obligations.setStatus(mine.at(2).id, QStringLiteral("in_progress"), {}, {});

    const PhaseReview review = load(1);
    QCOMPARE(ObligationRepository(*m_db).countForYear(2025), 0);
    const PhaseUnitRow *row = rowOf(review, office);
    QVERIFY(row);
    const PhaseYearResult r = row->years.value(2024).first(); // a copy: value() hands out a temporary list
    QCOMPARE(r.tasksDue, int(mine.size()));
    QCOMPARE(r.tasksDone, 2);
    QCOMPARE(row->years.value(2025).first().tasksDue, 0);
    QCOMPARE(review.perYear.at(0).tasksDue, int(stored.size()));
    QCOMPARE(review.perYear.at(0).tasksDone, 2);
    QCOMPARE(review.perYear.at(1).tasksDue, 0);
    QCOMPARE(PhaseReviewDocument::tasksCell(row->years.value(2024)), QStringLiteral("2/%1").arg(mine.size()));
    QCOMPARE(PhaseReviewDocument::tasksCell(row->years.value(2025)), QStringLiteral("–"));
}

void TestPhaseReview::secondPhaseWording()
{
    const PhaseReview review = load(2, QDate(2031, 1, 10));
    QCOMPARE(review.asOf, QDate(2030, 12, 31));
    QCOMPARE(PhaseReviewDocument::summary(review),
             QStringLiteral("Tổng kết giai đoạn 2 (2026 - 2030) thực hiện Phong trào thi đua “Cả nước thi đua xây dựng "
                            "xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2024 - 2030”"));
    const PhaseReview first = load(1);
    QCOMPARE(PhaseReviewDocument::summary(first),
             QStringLiteral("Sơ kết giai đoạn 1 (2024 - 2025) thực hiện Phong trào thi đua “Cả nước thi đua xây dựng "
                            "xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2024 - 2030”"));
    // The clerk's parts are left as notes.
    QVERIFY(PhaseReviewDocument::assessment(first).contains(QStringLiteral("[Nêu ưu điểm khác.]")));
    // The last phase has no next one: its orientation is for the clerk to write.
    const OfficialDocument last = PhaseReviewDocument::build(review, OrganisationSettings{}, QDate(2030, 12, 5));
    QVERIFY(std::any_of(last.body.cbegin(), last.body.cend(), [](const DocumentBlock &b) {
        return b.text.startsWith(QStringLiteral("Kế hoạch kết thúc năm 2030. [Nêu phương hướng"));
    }));
}

void TestPhaseReview::manyYearsOneColumnEach()
{
    // Three years of phase 2: Phụ lục I gives each year one column (class, timeliness, tasks).
    DemoGenerator(*m_db).addSynthetic(3, 2026, 2028);
    const PhaseReview review = load(2, QDate(2028, 12, 20));
    QCOMPARE(review.years, (QList<int>{2026, 2027, 2028}));
    const OfficialDocument document = PhaseReviewDocument::build(review, OrganisationSettings{}, QDate(2028, 12, 20));
    QCOMPARE(document.appendices.size(), 2);
    const DocumentAppendix &units = document.appendices.first();
    QVERIFY(units.landscape);
    const auto table = std::find_if(units.blocks.cbegin(), units.blocks.cend(),
                                    [](const DocumentBlock &b) { return b.kind == DocumentBlock::Kind::Table; });
    QVERIFY(table != units.blocks.cend());
    QStringList headers;
    for (const DocumentTableColumn &c : table->table.columns)
        headers.append(c.header);
    QCOMPARE(headers, (QStringList{QStringLiteral("STT"), QStringLiteral("Đơn vị"), QStringLiteral("Năm 2026"),
                                   QStringLiteral("Năm 2027"), QStringLiteral("Năm 2028")}));
    int sent = 0;
    for (const DocumentTableRow &row : table->table.rows)
        for (qsizetype i = 2; i < row.cells.size(); ++i)
            sent += row.cells.at(i).contains(QStringLiteral(", đúng hạn")) ||
                    row.cells.at(i).contains(QStringLiteral(", trễ hạn"));
    QCOMPARE(sent, 9); // three units, three years
}

void TestPhaseReview::pdfReadBack()
{
    DemoGenerator(*m_db).addDemo();
    ObligationService(*m_db).generate(2024, 2025);
    const PhaseReview review = load(1);
    OrganisationSettings organisation = OrganisationRepository(*m_db).load();
    organisation.signerName = QStringLiteral("Nguyễn Văn Thanh");
    const QDate date(2026, 1, 12);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("so-ket.pdf"));
    QCOMPARE(DocumentRenderer::writePdf(PhaseReviewDocument::build(review, organisation, date, 3), pdf), QString());

    const QString all = readText(pdf);
    for (const QString &expected : {
             QStringLiteral("Số: 03/BC-SVHTTDL"),
             QStringLiteral("Tây Ninh, ngày 12 tháng 01 năm 2026"),
             QStringLiteral("BÁO CÁO"),
             QStringLiteral("Sơ kết giai đoạn 1 (2024 - 2025) thực hiện Phong trào thi đua “Cả nước thi đua xây dựng "
                            "xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2024 - 2030”"),
             QStringLiteral("Kính gửi: Sở Giáo dục và Đào tạo tỉnh Tây Ninh"),
             QStringLiteral("Căn cứ Kế hoạch"),
             QStringLiteral("1. Tình hình gửi báo cáo của các đơn vị"),
             QStringLiteral("2. Thực hiện nhiệm vụ theo Kế hoạch"),
             QStringLiteral("Khen thưởng tập thể, cá nhân có thành tích trong sơ kết giai đoạn 1 (2024 - 2025): chưa "
                            "có đề xuất khen thưởng."),
             QStringLiteral("Trong giai đoạn 2 (2026 - 2030), Sở tiếp tục triển khai Kế hoạch"),
             QStringLiteral("[Nêu ưu điểm khác.]"),
             QStringLiteral("Nguyễn Văn Thanh"),
             QStringLiteral("(Kèm theo Báo cáo số 03/BC-SVHTTDL ngày 12 tháng 01 năm 2026 của Sở Văn hóa, Thể thao và "
                            "Du lịch tỉnh Tây Ninh)"),
             QStringLiteral("Xếp loại năm 2024"),
             QStringLiteral("Đúng hạn"),
             QStringLiteral("Trễ hạn"),
             QStringLiteral("Chưa gửi"),
             QStringLiteral("(ngừng hoạt động từ 01/07/2025)"),
             QStringLiteral("Cả giai đoạn"),
         })
        QVERIFY2(all.contains(expected), qPrintable(expected));

    qsizetype at = 0;
    for (const QString &heading :
         {QStringLiteral("I. KẾT QUẢ THỰC HIỆN"), QStringLiteral("II. ĐÁNH GIÁ CHUNG"),
          QStringLiteral("III. CÔNG TÁC KHEN THƯỞNG"), QStringLiteral("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN TIẾP THEO"),
          QStringLiteral("Nơi nhận"), QStringLiteral("Phụ lục I "),
          QStringLiteral("KẾT QUẢ THỰC HIỆN PHONG TRÀO CỦA CÁC ĐƠN VỊ GIAI ĐOẠN 1 (2024 - 2025)"),
          QStringLiteral("Phụ lục II "), QStringLiteral("SỐ LIỆU HOẠT ĐỘNG VÀ KẾT QUẢ ĐÁNH GIÁ GIAI ĐOẠN 1")}) {
        const qsizetype next = all.indexOf(heading, at);
        QVERIFY2(next > at, qPrintable(heading));
        at = next;
    }

    const QList<Page> pages = readPages(pdf);
    qsizetype first = -1;
    qsizetype second = -1;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (first < 0 && pages.at(i).text().startsWith(QStringLiteral("Phụ lục I ")))
            first = i;
        if (second < 0 && pages.at(i).text().startsWith(QStringLiteral("Phụ lục II ")))
            second = i;
    }
    QVERIFY(first > 0);
    QVERIFY(second > first);
    for (qsizetype i = 0; i < first; ++i)
        QVERIFY(pages.at(i).width < pages.at(i).height);
    for (qsizetype i = first; i < second; ++i)
        QVERIFY(pages.at(i).width > pages.at(i).height); // Phụ lục I is landscape
    QVERIFY(pages.at(second).width < pages.at(second).height);
    QVERIFY(pages.first().inTopMargin(20).isEmpty());
    QVERIFY(pages.at(first).inTopMargin(20).isEmpty());

    // Every row's unit is in Phụ lục I (cells are drawn line after line).
    const qsizetype appendix = all.indexOf(QStringLiteral("KẾT QUẢ THỰC HIỆN PHONG TRÀO CỦA CÁC ĐƠN VỊ"));
    for (const PhaseUnitRow &row : review.rows)
        QVERIFY2(all.indexOf(row.unit.name, appendix) > appendix, qPrintable(row.unit.name));

    // Commendation lines replace the "none" sentence.
    const QString with = dir.filePath(QStringLiteral("so-ket-khen.pdf"));
    QCOMPARE(
        DocumentRenderer::writePdf(
            PhaseReviewDocument::build(review, organisation, date, 3,
                                       {QStringLiteral("Tập thể Thư viện tỉnh Tây Ninh: Giấy khen của Giám đốc Sở")}),
            with),
        QString());
    const QString withText = readText(with);
    QVERIFY(withText.contains(QStringLiteral("- Tập thể Thư viện tỉnh Tây Ninh: Giấy khen của Giám đốc Sở.")));
    QVERIFY(!withText.contains(QStringLiteral("chưa có đề xuất khen thưởng")));
}

// The review cites the recognitions in force at the phase's end and those decided in it;
// without any it says nothing of them (as before).
void TestPhaseReview::recognitionDecisionsAreCited()
{
    auto textOf = [this] {
        const OfficialDocument document = PhaseReviewDocument::build(load(1), OrganisationSettings{}, kToday);
        QString text;
        for (const DocumentBlock &b : document.body)
            text += b.text + QLatin1Char('\n');
        return text;
    };
    QVERIFY(!textOf().contains(QStringLiteral("đang được công nhận")));
    RecognitionService recognition(*m_db);
    recognition.setToday(kToday);
    for (const auto &[code, level] : {std::pair{QStringLiteral("TV"), 1}, std::pair{QStringLiteral("BT"), 2}}) {
        RecognitionDecision d;
        d.unitId = UnitRepository(*m_db).byCode(code)->id;
        d.year = 2024;
        d.level = level;
        d.number = QStringLiteral("30/QĐ-UBND");
        d.date = QDate(2025, 3, 10);
        recognition.save(d);
    }
    QVERIFY2(
        textOf().contains(QStringLiteral("Đến ngày 31/12/2025, có 2 đơn vị đang được công nhận Đơn vị học tập theo "
                                         "quyết định của Ủy ban nhân dân tỉnh (Mức độ 2: 1 đơn vị; Mức độ 1: 1 "
                                         "đơn vị); trong giai đoạn có 2 lượt đơn vị được công nhận (Quyết định số "
                                         "30/QĐ-UBND ngày 10/03/2025).")),
        qPrintable(textOf()));
}

QTEST_MAIN(TestPhaseReview)
#include "tst_phasereview.moc"
