#include "domain/timeline.h"
#include "services/planservice.h"
#include "services/rubricservice.h"
#include "services/yearlockservice.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The plan's timeline: phases, reviews, deadlines and locks from the seeded plan, today's
// marker, and the text printed by `xhht timeline`.
class TestTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phasesAndReviews_data();
    void phasesAndReviews();
    void seededDeadlines();
    void recognitionDeadlineOfTt24Years();
    void lockedYear();
    void todayMarker_data();
    void todayMarker();
    void textForPinnedToday();
    void textOutsideThePlan();
    void dueRules();
    void periodFromPhasesAndMissingSettings();
    void json();
};

namespace {

QList<Phase> seededPhases()
{
    Phase one;
    one.number = 1;
    one.name = QStringLiteral("Giai đoạn 1");
    one.yearFrom = 2024;
    one.yearTo = 2025;
    one.reviewKind = QStringLiteral("so_ket");
    one.reviewYear = 2025;
    one.reviewName = QStringLiteral("Sơ kết giai đoạn 1");
    Phase two;
    two.number = 2;
    two.name = QStringLiteral("Giai đoạn 2");
    two.yearFrom = 2026;
    two.yearTo = 2030;
    two.reviewKind = QStringLiteral("tong_ket");
    two.reviewYear = 2030;
    two.reviewName = QStringLiteral("Tổng kết Phong trào");
    return {two, one}; // any order: the timeline sorts them
}

Task dueTask(const QString &code, const QString &recurrence, int month, int day, int phase = 0)
{
    Task t;
    t.code = code;
    t.title = QStringLiteral("Nhiệm vụ ") + code;
    t.recurrence = recurrence;
    t.dueMonth = month;
    t.dueDay = day;
    t.phaseNumber = phase;
    return t;
}

} // namespace

void TestTimeline::phasesAndReviews_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("phase");
    QTest::addColumn<QString>("reviewKind");
    QTest::addColumn<QString>("reviewName");
    QTest::newRow("2024") << 2024 << 1 << QString() << QString();
    QTest::newRow("2025: sơ kết") << 2025 << 1 << QStringLiteral("so_ket") << QStringLiteral("Sơ kết giai đoạn 1");
    QTest::newRow("2026") << 2026 << 2 << QString() << QString();
    QTest::newRow("2029") << 2029 << 2 << QString() << QString();
    QTest::newRow("2030: tổng kết") << 2030 << 2 << QStringLiteral("tong_ket") << QStringLiteral("Tổng kết Phong trào");
}

void TestTimeline::phasesAndReviews()
{
    QFETCH(int, year);
    QFETCH(int, phase);
    QFETCH(QString, reviewKind);
    QFETCH(QString, reviewName);
    Database db;
    TestDatabase::prepare(db);
    const Timeline timeline = PlanService(db).timeline(QDate(2026, 3, 1));
    QCOMPARE(timeline.firstYear(), 2024);
    QCOMPARE(timeline.lastYear(), 2030);
    QCOMPARE(timeline.years().size(), 7);
    QCOMPARE(timeline.phases().size(), 2);
    QCOMPARE(timeline.phases().at(0).name, QStringLiteral("Giai đoạn 1"));
    QCOMPARE(timeline.phases().at(1).name, QStringLiteral("Giai đoạn 2"));
    const auto y = timeline.year(year);
    QVERIFY(y);
    QCOMPARE(y->year, year);
    QCOMPARE(y->phaseNumber, phase);
    QCOMPARE(y->reviewKind, reviewKind);
    QCOMPARE(y->reviewName, reviewName);
    QVERIFY(!timeline.year(2023));
    QVERIFY(!timeline.year(2031));
}

void TestTimeline::seededDeadlines()
{
    Database db;
    TestDatabase::prepare(db);
    const Timeline timeline = PlanService(db).timeline(QDate(2026, 3, 1));
    for (const Timeline::Year &y : timeline.years()) {
        QVERIFY(y.hasSettings);
        QVERIFY(!y.locked);
        // Units by 30/11, the report by 10/12, and T04 (the report to Sở GD&ĐT, due 10/12
        // yearly): the only task of the plan with a due rule.
        const QList<Timeline::Deadline> expected = {
            {Timeline::Deadline::Kind::Unit, QDate(y.year, 11, 30), QString(), QStringLiteral("Đơn vị gửi báo cáo")},
            {Timeline::Deadline::Kind::Report, QDate(y.year, 12, 10), QString(),
             QStringLiteral("Báo cáo gửi Sở GD&ĐT")},
        };
        QCOMPARE(y.deadlines.size(), 3);
        QCOMPARE(y.deadlines.mid(0, 2), expected);
        QCOMPARE(y.deadlines.at(2).kind, Timeline::Deadline::Kind::Task);
        QCOMPARE(y.deadlines.at(2).taskCode, QStringLiteral("T04"));
        QCOMPARE(y.deadlines.at(2).date, QDate(y.year, 12, 10));
        QVERIFY(y.deadlines.at(2).label.startsWith(QStringLiteral("Báo cáo kết quả thực hiện Phong trào")));
    }
}

// A year on TT24-2023 gets its recognition dossiers' deadline, 15/01 of the next year,
// after its others; TT22 years do not.
void TestTimeline::recognitionDeadlineOfTt24Years()
{
    Database db;
    TestDatabase::prepare(db);
    RubricService rubrics(db);
    for (const Rubric &r : rubrics.all())
        if (r.code == QLatin1String("TT24-2023"))
            rubrics.assign(2026, r.id);
    const Timeline timeline = PlanService(db).timeline(QDate(2027, 1, 5));
    const Timeline::Year y2026 = *timeline.year(2026);
    QCOMPARE(y2026.deadlines.size(), 4);
    const Timeline::Deadline last = y2026.deadlines.last();
    QCOMPARE(last.kind, Timeline::Deadline::Kind::Recognition);
    QCOMPARE(last.date, QDate(2027, 1, 15));
    QCOMPARE(last.label, QStringLiteral("Hồ sơ công nhận gửi Sở GD&ĐT trước"));
    QCOMPARE(timeline.year(2025)->deadlines.size(), 3);
    QCOMPARE(timeline.year(2027)->deadlines.size(), 3);
    QVERIFY(timeline.toText().contains(QStringLiteral("Hồ sơ công nhận gửi Sở GD&ĐT trước: 15/01/2027")));
    QVERIFY(QJsonDocument(timeline.toJson()).toJson().contains("\"kind\": \"recognition\""));
}

void TestTimeline::lockedYear()
{
    Database db;
    TestDatabase::prepare(db);
    YearLockService(db).lock(2024);
    const Timeline timeline = PlanService(db).timeline(QDate(2026, 3, 1));
    QVERIFY(timeline.year(2024)->locked);
    QVERIFY(!timeline.year(2025)->locked);
    const QStringList lines = timeline.toText().split(QLatin1Char('\n'));
    const auto line2024 = std::find_if(lines.cbegin(), lines.cend(),
                                       [](const QString &l) { return l.startsWith(QStringLiteral("  2024 |")); });
    QVERIFY(line2024 != lines.cend());
    QVERIFY2(line2024->endsWith(QStringLiteral(" | Đã khóa")), qPrintable(*line2024));
}

void TestTimeline::todayMarker_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("current");
    QTest::newRow("first day") << QDate(2024, 1, 1) << 2024;
    QTest::newRow("mid-term") << QDate(2025, 12, 11) << 2025;
    QTest::newRow("last day") << QDate(2030, 12, 31) << 2030;
    QTest::newRow("before") << QDate(2023, 12, 31) << 0;
    QTest::newRow("after") << QDate(2031, 1, 1) << 0;
}

void TestTimeline::todayMarker()
{
    QFETCH(QDate, today);
    QFETCH(int, current);
    Database db;
    TestDatabase::prepare(db);
    const Timeline timeline = PlanService(db).timeline(today);
    QCOMPARE(timeline.today(), today);
    QCOMPARE(timeline.currentYear(), current);
    const QStringList lines = timeline.toText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList marked = lines.filter(QRegularExpression(QStringLiteral("^> ")));
    if (current == 0) {
        QVERIFY(marked.isEmpty());
        QVERIFY(lines.contains(QStringLiteral("Hôm nay: %1 (ngoài thời gian kế hoạch)")
                                   .arg(today.toString(QStringLiteral("dd/MM/yyyy")))));
    } else {
        QCOMPARE(marked.size(), 1);
        QVERIFY(marked.first().startsWith(QStringLiteral("> %1 | ").arg(current)));
        QVERIFY(marked.first().endsWith(
            QStringLiteral(" | Hôm nay: %1").arg(today.toString(QStringLiteral("dd/MM/yyyy")))));
    }
    const QJsonArray years = timeline.toJson().value(QStringLiteral("years")).toArray();
    for (const QJsonValue &v : years)
        QCOMPARE(v.toObject().value(QStringLiteral("current")).toBool(),
                 v.toObject().value(QStringLiteral("year")).toInt() == current);
}

void TestTimeline::textForPinnedToday()
{
    Database db;
    TestDatabase::prepare(db);
    YearLockService(db).lock(2024);
    const QString text = PlanService(db).timeline(QDate(2026, 11, 27)).toText();
    const QString deadlines = QStringLiteral("Đơn vị gửi báo cáo: 30/11/%1 | Báo cáo gửi Sở GD&ĐT: 10/12/%1 | "
                                             "T04: 10/12/%1");
    const QStringList expected = {
        QStringLiteral("TIẾN ĐỘ KẾ HOẠCH 2024 - 2030"),
        QStringLiteral("Giai đoạn 1: 2024 - 2025; Sơ kết giai đoạn 1: năm 2025"),
        QStringLiteral("Giai đoạn 2: 2026 - 2030; Tổng kết Phong trào: năm 2030"),
        QStringLiteral("Hôm nay: 27/11/2026"),
        QString(),
        QStringLiteral("  2024 | Giai đoạn 1 | ") + deadlines.arg(2024) + QStringLiteral(" | Đã khóa"),
        QStringLiteral("  2025 | Giai đoạn 1 | ") + deadlines.arg(2025) + QStringLiteral(" | Sơ kết giai đoạn 1"),
        QStringLiteral("> 2026 | Giai đoạn 2 | ") + deadlines.arg(2026) + QStringLiteral(" | Hôm nay: 27/11/2026"),
        QStringLiteral("  2027 | Giai đoạn 2 | ") + deadlines.arg(2027),
        QStringLiteral("  2028 | Giai đoạn 2 | ") + deadlines.arg(2028),
        QStringLiteral("  2029 | Giai đoạn 2 | ") + deadlines.arg(2029),
        QStringLiteral("  2030 | Giai đoạn 2 | ") + deadlines.arg(2030) + QStringLiteral(" | Tổng kết Phong trào"),
        QString(),
    };
    QCOMPARE(text.split(QLatin1Char('\n')), expected);
}

void TestTimeline::textOutsideThePlan()
{
    Plan plan;
    plan.periodFrom = 2024;
    plan.periodTo = 2025;
    const Timeline timeline = Timeline::build(plan, seededPhases().mid(1), {}, {}, QDate(2031, 1, 2));
    const QStringList expected = {
        QStringLiteral("TIẾN ĐỘ KẾ HOẠCH 2024 - 2025"),
        QStringLiteral("Giai đoạn 1: 2024 - 2025; Sơ kết giai đoạn 1: năm 2025"),
        QStringLiteral("Hôm nay: 02/01/2031 (ngoài thời gian kế hoạch)"),
        QString(),
        QStringLiteral("  2024 | Giai đoạn 1 | chưa có thiết lập năm"),
        QStringLiteral("  2025 | Giai đoạn 1 | chưa có thiết lập năm | Sơ kết giai đoạn 1"),
        QString(),
    };
    QCOMPARE(timeline.toText().split(QLatin1Char('\n')), expected);
}

void TestTimeline::dueRules()
{
    Plan plan;
    plan.periodFrom = 2024;
    plan.periodTo = 2030;
    YearSettings settings;
    settings.year = 2027;
    settings.unitDeadline = QDate(2027, 11, 30);
    settings.reportDeadline = QDate(2027, 12, 10);
    const QList<Task> tasks = {
        dueTask(QStringLiteral("T20"), QStringLiteral("yearly"), 2, 29),
        dueTask(QStringLiteral("T21"), QStringLiteral("review"), 6, 30, 1),
        dueTask(QStringLiteral("T22"), QStringLiteral("review"), 11, 15, 2),
        dueTask(QStringLiteral("T23"), QStringLiteral("once"), 3, 1),
        dueTask(QStringLiteral("T24"), QStringLiteral("yearly"), 0, 0),
        dueTask(QStringLiteral("T19"), QStringLiteral("yearly"), 12, 10),
    };
    const Timeline timeline = Timeline::build(plan, seededPhases(), {settings}, tasks, QDate(2027, 1, 1));
    auto codes = [&timeline](int year) {
        QStringList out;
        const std::optional<Timeline::Year> found = timeline.year(year); // kept for the loop
        for (const Timeline::Deadline &d : found->deadlines)
            out.append((d.taskCode.isEmpty() ? QStringLiteral("-") : d.taskCode) + QLatin1Char('@') +
                       d.date.toString(Qt::ISODate));
        return out;
    };
    // A yearly 29/02 falls on 28/02 outside leap years; review tasks fall in their
    // phase's review year; a task done once has no year; a task without a rule no date.
    QCOMPARE(codes(2024), QStringList({QStringLiteral("T20@2024-02-29"), QStringLiteral("T19@2024-12-10")}));
    QCOMPARE(codes(2025), QStringList({QStringLiteral("T20@2025-02-28"), QStringLiteral("T21@2025-06-30"),
                                       QStringLiteral("T19@2025-12-10")}));
    // Same day: the year's own deadlines first, then tasks by code.
    QCOMPARE(codes(2027), QStringList({QStringLiteral("T20@2027-02-28"), QStringLiteral("-@2027-11-30"),
                                       QStringLiteral("-@2027-12-10"), QStringLiteral("T19@2027-12-10")}));
    QCOMPARE(codes(2030), QStringList({QStringLiteral("T20@2030-02-28"), QStringLiteral("T22@2030-11-15"),
                                       QStringLiteral("T19@2030-12-10")}));
    QVERIFY(timeline.year(2027)->hasSettings);
    QVERIFY(!timeline.year(2026)->hasSettings);
}

void TestTimeline::periodFromPhasesAndMissingSettings()
{
    const Timeline timeline = Timeline::build(Plan(), seededPhases(), {}, {}, QDate(2025, 5, 5));
    QCOMPARE(timeline.firstYear(), 2024);
    QCOMPARE(timeline.lastYear(), 2030);
    QCOMPARE(timeline.currentYear(), 2025);
    QVERIFY(Timeline::build(Plan(), {}, {}, {}, QDate(2025, 5, 5)).isEmpty());
}

void TestTimeline::json()
{
    Database db;
    TestDatabase::prepare(db);
    const QJsonObject json = PlanService(db).timeline(QDate(2025, 12, 1)).toJson();
    QCOMPARE(json.value(QStringLiteral("period_from")).toInt(), 2024);
    QCOMPARE(json.value(QStringLiteral("period_to")).toInt(), 2030);
    QCOMPARE(json.value(QStringLiteral("today")).toString(), QStringLiteral("2025-12-01"));
    const QJsonObject phase = json.value(QStringLiteral("phases")).toArray().at(1).toObject();
    QCOMPARE(phase.keys(), QStringList({QStringLiteral("name"), QStringLiteral("number"), QStringLiteral("review_kind"),
                                        QStringLiteral("review_name"), QStringLiteral("review_year"),
                                        QStringLiteral("year_from"), QStringLiteral("year_to")}));
    QCOMPARE(phase.value(QStringLiteral("review_name")).toString(), QStringLiteral("Tổng kết Phong trào"));
    const QJsonArray years = json.value(QStringLiteral("years")).toArray();
    QCOMPARE(years.size(), 7);
    const QJsonObject y2025 = years.at(1).toObject();
    QCOMPARE(y2025.keys(),
             QStringList({QStringLiteral("current"), QStringLiteral("deadlines"), QStringLiteral("has_settings"),
                          QStringLiteral("locked"), QStringLiteral("phase"), QStringLiteral("review_kind"),
                          QStringLiteral("review_name"), QStringLiteral("year")}));
    QCOMPARE(y2025.value(QStringLiteral("year")).toInt(), 2025);
    QCOMPARE(y2025.value(QStringLiteral("current")).toBool(), true);
    QCOMPARE(y2025.value(QStringLiteral("review_kind")).toString(), QStringLiteral("so_ket"));
    const QJsonArray deadlines = y2025.value(QStringLiteral("deadlines")).toArray();
    QCOMPARE(deadlines.size(), 3);
    QCOMPARE(deadlines.at(0).toObject(), QJsonObject({{QStringLiteral("kind"), QStringLiteral("unit")},
                                                      {QStringLiteral("task"), QString()},
                                                      {QStringLiteral("label"), QStringLiteral("Đơn vị gửi báo cáo")},
                                                      {QStringLiteral("date"), QStringLiteral("2025-11-30")}}));
    QCOMPARE(deadlines.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("report"));
    QCOMPARE(deadlines.at(2).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("task"));
    QCOMPARE(deadlines.at(2).toObject().value(QStringLiteral("task")).toString(), QStringLiteral("T04"));
}

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
