#include "services/seeder.h"
#include "storage/database.h"
#include "storage/indicatorrepository.h"
#include "storage/organisationrepository.h"
#include "storage/planrepository.h"
#include "storage/rubricrepository.h"
#include "storage/taskrepository.h"
#include "storage/unitrepository.h"
#include "storage/yearsettingsrepository.h"

#include <QTest>

// The plan as data: counts and exact values read from the plan text.
class TestSeeder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void planMetadata();
    void outline();
    void phases();
    void tasks();
    void units_data();
    void units();
    void rubrics();
    void settings();

private:
    Database *m_db = nullptr;
};

void TestSeeder::init()
{
    m_db = new Database;
    m_db->openInMemory();
    Seeder seeder(*m_db);
    QVERIFY(!seeder.isSeeded());
    seeder.seed();
    QVERIFY(seeder.isSeeded());
}

void TestSeeder::cleanup()
{
    delete m_db;
    m_db = nullptr;
}

void TestSeeder::planMetadata()
{
    const Plan plan = PlanRepository(*m_db).plan().value();
    QCOMPARE(plan.symbol, QStringLiteral("KH-SVHTTDL"));
    QCOMPARE(plan.periodFrom, 2024);
    QCOMPARE(plan.periodTo, 2030);
    QVERIFY(
        plan.title.startsWith(QStringLiteral("Tổ chức thực hiện Phong trào “Cả nước thi đua xây dựng xã hội học tập")));
    QVERIFY(plan.basis.startsWith(QStringLiteral("Thực hiện Kế hoạch số 1429/KH-UBND ngày 16/5/2024")));
    QVERIFY(plan.closing.startsWith(QStringLiteral("Trên đây là Kế hoạch")));
}

void TestSeeder::outline()
{
    const QList<PlanSection> sections = PlanRepository(*m_db).sections();
    QCOMPARE(sections.size(), 52);
    QStringList top;
    QHash<QString, PlanSection> byPath;
    for (const PlanSection &s : sections) {
        byPath.insert(s.path, s);
        if (s.parentId == 0)
            top << s.label;
    }
    QCOMPARE(top, (QStringList{"I", "II", "III", "IV", "V", "VI"}));
    QCOMPARE(byPath.value(QStringLiteral("I")).title, QStringLiteral("MỤC ĐÍCH, YÊU CẦU"));
    QCOMPARE(byPath.value(QStringLiteral("VI")).title, QStringLiteral("TỔ CHỨC THỰC HIỆN"));
    // The six contents of II, the six solutions of IV, the two phases of V, five assignments of VI.
    int contents = 0, solutions = 0, phases = 0, assignments = 0;
    for (const PlanSection &s : sections) {
        contents += s.path.startsWith(QLatin1String("II.")) && s.depth() == 1;
        solutions += s.path.startsWith(QLatin1String("IV.")) && s.depth() == 1;
        phases += s.path.startsWith(QLatin1String("V.")) && s.depth() == 1;
        assignments += s.path.startsWith(QLatin1String("VI.")) && s.depth() == 1;
    }
    QCOMPARE(contents, 6);
    QCOMPARE(solutions, 6);
    QCOMPARE(phases, 2);
    QCOMPARE(assignments, 5);
    QVERIFY(byPath.value(QStringLiteral("II.5"))
                .body.startsWith(QStringLiteral("Thi đua đẩy mạnh phong trào học tập suốt đời trong gia đình")));
    QCOMPARE(byPath.value(QStringLiteral("VI.3")).title, QStringLiteral("Phòng Quản lý Văn hóa và Gia đình"));
    // IV.4 runs across a page break in the plan's text; it is one paragraph here.
    QVERIFY(byPath.value(QStringLiteral("IV.4"))
                .body.contains(QStringLiteral("trong thực hiện đường lối, chủ trương của Đảng")));
}

void TestSeeder::phases()
{
    const QList<Phase> phases = PlanRepository(*m_db).phases();
    QCOMPARE(phases.size(), 2);
    QCOMPARE(phases.at(0).yearFrom, 2024);
    QCOMPARE(phases.at(0).yearTo, 2025);
    QCOMPARE(phases.at(0).reviewKind, QStringLiteral("so_ket"));
    QCOMPARE(phases.at(0).reviewYear, 2025);
    QCOMPARE(phases.at(1).yearFrom, 2026);
    QCOMPARE(phases.at(1).yearTo, 2030);
    QCOMPARE(phases.at(1).reviewKind, QStringLiteral("tong_ket"));
    QCOMPARE(phases.at(1).reviewYear, 2030);
}

void TestSeeder::tasks()
{
    const QList<Task> tasks = TaskRepository(*m_db).all();
    QCOMPARE(tasks.size(), 14);
    const auto report =
        std::find_if(tasks.begin(), tasks.end(), [](const Task &t) { return t.dueMonth == 12 && t.dueDay == 10; });
    QVERIFY(report != tasks.end());
    QCOMPARE(report->code, QStringLiteral("T04"));
    QCOMPARE(report->recurrence, QStringLiteral("yearly"));
    QCOMPARE(report->sectionPath, QStringLiteral("VI.3"));
    QVERIFY(report->detail.contains(QStringLiteral("gửi về Sở Giáo dục và Đào tạo trước ngày 10 tháng 12 hàng năm")));
    QCOMPARE(report->assignees.first().unitCode, QStringLiteral("QLVHGD"));
    QCOMPARE(report->assignees.first().role, TaskAssignee::Role::Lead);
    int reviewTasks = 0;
    for (const Task &t : tasks) {
        QVERIFY2(!t.sectionPath.isEmpty(), qPrintable(t.code));
        QVERIFY2(!t.assignees.isEmpty(), qPrintable(t.code));
        if (t.recurrence == QLatin1String("review")) {
            ++reviewTasks;
            QVERIFY(t.phaseNumber == 1 || t.phaseNumber == 2);
        }
    }
    QCOMPARE(reviewTasks, 8);
}

void TestSeeder::units_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("active");
    QTest::newRow("2024: Sở units and 18 district units") << 2024 << 25;
    QTest::newRow("2025: district units until 30/06") << 2025 << 25;
    QTest::newRow("2026: district level ended") << 2026 << 7;
    QTest::newRow("2030") << 2030 << 7;
}

void TestSeeder::units()
{
    QFETCH(int, year);
    QFETCH(int, active);
    UnitRepository units(*m_db);
    QCOMPARE(units.count(), 25);
    QCOMPARE(units.activeIn(year).size(), active);
    const Unit tanBien = units.byCode(QStringLiteral("PVHTT-TBI")).value();
    QCOMPARE(tanBien.name, QStringLiteral("Phòng Văn hóa và Thông tin huyện Tân Biên"));
    QCOMPARE(tanBien.validTo, QDate(2025, 6, 30));
    QVERIFY(tanBien.isActiveOn(QDate(2025, 6, 30)));
    QVERIFY(!tanBien.isActiveOn(QDate(2025, 7, 1)));
    QCOMPARE(units.byCode(QStringLiteral("QLVHGD"))->name, QStringLiteral("Phòng Quản lý Văn hóa và Gia đình"));
    QVERIFY(units.byCode(QStringLiteral("TV"))->validTo.isNull());
}

void TestSeeder::rubrics()
{
    RubricRepository rubrics(*m_db);
    const Rubric tt22 = rubrics.byCode(QStringLiteral("TT22-2020")).value();
    QCOMPARE(tt22.method, QStringLiteral("points"));
    QCOMPARE(tt22.itemCount(), 10);
    Points total;
    QList<qint64> maxima;
    for (const Criterion &c : tt22.criteria) {
        if (c.kind == QLatin1String("points")) {
            total += c.maxPoints;
            maxima << c.maxPoints.hundredths() / 100;
            QCOMPARE(c.step, Points::fromHundredths(50));
        }
    }
    QCOMPARE(total, Points::fromWhole(100));
    QCOMPARE(maxima, (QList<qint64>{10, 10, 10, 10, 5, 10, 5, 25, 10, 5}));
    QCOMPARE(tt22.classes.size(), 4);
    QCOMPARE(tt22.classes.at(0).name, QStringLiteral("Tốt"));
    QCOMPARE(tt22.classes.at(0).minPoints, Points::fromWhole(85));
    QCOMPARE(tt22.classes.at(1).minPoints, Points::fromWhole(70));
    QCOMPARE(tt22.classes.at(2).minPoints, Points::fromWhole(50));

    const Rubric tt24 = rubrics.byCode(QStringLiteral("TT24-2023")).value();
    QCOMPARE(tt24.method, QStringLiteral("levels"));
    QCOMPARE(tt24.itemCount(), 15); // 12, and TC3 CT4-CT6 for schools, universities, vocational schools
    QCOMPARE(tt24.classes.at(0).name, QStringLiteral("Mức độ 2"));
    QCOMPARE(tt24.classes.at(0).level, 2);
}

void TestSeeder::settings()
{
    const QList<YearSettings> years = YearSettingsRepository(*m_db).all();
    QCOMPARE(years.size(), 7);
    const qint64 tt22 = RubricRepository(*m_db).byCode(QStringLiteral("TT22-2020"))->id;
    for (const YearSettings &y : years) {
        QCOMPARE(y.rubricId, tt22);
        QCOMPARE(y.unitDeadline, QDate(y.year, 11, 30));
        QCOMPARE(y.reportDeadline, QDate(y.year, 12, 10));
        QVERIFY(!y.locked);
    }
    const OrganisationSettings org = OrganisationRepository(*m_db).load();
    QCOMPARE(org.parentBody, QStringLiteral("UBND TỈNH TÂY NINH"));
    QCOMPARE(org.department, QStringLiteral("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"));
    QCOMPARE(org.place, QStringLiteral("Tây Ninh"));
    QVERIFY(!org.recipients.isEmpty());
    QCOMPARE(IndicatorRepository(*m_db).all().size(), 24);
}

QTEST_GUILESS_MAIN(TestSeeder)
#include "tst_seeder.moc"
