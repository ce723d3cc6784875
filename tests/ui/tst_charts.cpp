#include "scoring/chartdata.h"
#include "scoring/unithistorychart.h"
#include "scoring/yeartotalschart.h"
#include "services/rankingservice.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <memory>

// The year and unit charts offscreen: their figures from the demo (2024 reviewed), the
// order and gaps they show, and PNG export (a picture with the chart in it, or no file
// and a reason).
class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void yearTotalsFromTheDemo();
    void yearTotalsAreSortedAndNamedDistinctly();
    void longNamesAreShortenedKeepingThePlace();
    void unitHistoryFromTheDemo();
    void unitHistoryLeavesGaps();
    void exportWritesAPicture();
    void exportOfAChartNeverShown();
    void failedExportLeavesNoFile();
    void screenshots();

private:
    // Pixels that are neither white nor transparent.
    static int inkedPixels(const QImage &image);
    static int pixelsOf(const QImage &image, QColor colour);
    static QList<QPointF> allLinePoints(const UnitHistoryChart &chart);

    std::unique_ptr<Database> m_db;
};

void TestCharts::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("xhht-tests"));
}

void TestCharts::init()
{
    m_db = std::make_unique<Database>();
    TestDatabase::prepare(*m_db, TestDatabase::WithDemo);
}

void TestCharts::cleanup()
{
    m_db.reset();
}

int TestCharts::inkedPixels(const QImage &image)
{
    int n = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x)
            n += rgb.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    return n;
}

int TestCharts::pixelsOf(const QImage &image, QColor colour)
{
    int n = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x)
            n += rgb.pixel(x, y) == colour.rgb() ? 1 : 0;
    return n;
}

QList<QPointF> TestCharts::allLinePoints(const UnitHistoryChart &chart)
{
    QList<QPointF> points;
    for (const QLineSeries *line : chart.lines())
        points.append(line->points());
    return points;
}

void TestCharts::yearTotalsFromTheDemo()
{
    const QList<std::pair<QString, double>> totals = ChartData::yearTotals(Services(*m_db), 2024);
    // Every unit active in 2024 was reviewed completely in the demo.
    const Ranking ranking = RankingService(*m_db).rankYear(2024);
    QCOMPARE(ranking.rows.size(), 25);
    QCOMPARE(totals.size(), 25);
    for (const RankedUnit &row : ranking.rows) {
        QVERIFY(row.total);
        const auto it =
            std::find_if(totals.cbegin(), totals.cend(), [&row](const auto &t) { return t.first == row.unit.name; });
        QVERIFY2(it != totals.cend(), qPrintable(row.unit.name));
        QCOMPARE(it->second, double(row.total->hundredths()) / 100.0);
    }
    // The first ranked unit has the highest total.
    QCOMPARE(totals.first().first, ranking.rows.first().unit.name);

    YearTotalsChart chart;
    chart.setData(2024, totals);
    QCOMPARE(chart.chart()->title(), QStringLiteral("Reviewed totals, 2024"));
    QCOMPARE(chart.barSet()->count(), 25);
    QCOMPARE(chart.unitAxis()->count(), 25);
    // Bars go from the bottom up: the last is the highest, at the top.
    for (int i = 0; i < totals.size(); ++i) {
        const int bar = int(totals.size()) - 1 - i;
        QCOMPARE(chart.barSet()->at(bar), totals.at(i).second);
        QCOMPARE(chart.totals().at(i).first, totals.at(i).first);
        QCOMPARE(chart.unitAxis()->at(bar), chart.labels().at(i));
        if (i > 0)
            QVERIFY(chart.totals().at(i).second <= chart.totals().at(i - 1).second);
    }
    QCOMPARE(chart.barSet()->at(24), totals.first().second);
    QCOMPARE(chart.valueAxis()->min(), 0.0);
    QCOMPARE(chart.valueAxis()->max(), 100.0);

    // 2026 has no reviewed totals yet.
    chart.setData(2026, ChartData::yearTotals(Services(*m_db), 2026));
    QCOMPARE(chart.barSet()->count(), 0);
    QCOMPARE(chart.unitAxis()->count(), 0);
    QCOMPARE(chart.chart()->title(), QStringLiteral("Reviewed totals, 2026: none yet"));
}

void TestCharts::yearTotalsAreSortedAndNamedDistinctly()
{
    YearTotalsChart chart;
    chart.setData(2025, {{QStringLiteral("Bảo tàng"), 70},
                         {QStringLiteral("Thư viện"), 90.5},
                         {QStringLiteral("Văn phòng Sở"), 80},
                         {QStringLiteral("Thư viện"), 60}});
    QCOMPARE(chart.barSet()->count(), 4);
    QCOMPARE(chart.totals().at(0).second, 90.5);
    QCOMPARE(chart.totals().at(3).second, 60.0);
    // From the bottom up.
    QCOMPARE(chart.barSet()->at(0), 60.0);
    QCOMPARE(chart.barSet()->at(1), 70.0);
    QCOMPARE(chart.barSet()->at(2), 80.0);
    QCOMPARE(chart.barSet()->at(3), 90.5);
    const QStringList expected{QStringLiteral("Thư viện"), QStringLiteral("Văn phòng Sở"), QStringLiteral("Bảo tàng"),
                               QStringLiteral("Thư viện (2)")};
    QCOMPARE(chart.labels(), expected);
    QCOMPARE(chart.unitAxis()->categories(), (QStringList{QStringLiteral("Thư viện (2)"), QStringLiteral("Bảo tàng"),
                                                          QStringLiteral("Văn phòng Sở"), QStringLiteral("Thư viện")}));
    QCOMPARE(chart.chart()->title(), QStringLiteral("Reviewed totals, 2025"));
    // An edited rubric's total above 100 widens the scale to the next ten.
    chart.setData(2025, {{QStringLiteral("Thư viện"), 101.5}});
    QCOMPARE(chart.valueAxis()->max(), 110.0);
    QCOMPARE(chart.valueAxis()->tickCount(), 12);
}

void TestCharts::longNamesAreShortenedKeepingThePlace()
{
    YearTotalsChart chart;
    const QString a = QStringLiteral("Trung tâm Văn hóa, Thể thao và Truyền thanh huyện Dương Minh Châu");
    const QString b = QStringLiteral("Trung tâm Văn hóa, Thể thao và Truyền thanh thị xã Hòa Thành");
    chart.setData(2024, {{a, 80}, {b, 75}, {QStringLiteral("Văn phòng Sở"), 70}});
    const QStringList labels = chart.labels();
    QCOMPARE(labels.size(), 3);
    QVERIFY2(labels.at(0).size() < a.size(), qPrintable(labels.at(0)));
    QVERIFY2(labels.at(0).contains(QChar(0x2026)), qPrintable(labels.at(0)));
    QVERIFY2(labels.at(0).startsWith(QLatin1String("Trung")), qPrintable(labels.at(0)));
    QVERIFY2(labels.at(0).endsWith(QStringLiteral("… huyện Dương Minh Châu")), qPrintable(labels.at(0)));
    QVERIFY2(labels.at(1).endsWith(QStringLiteral("… thị xã Hòa Thành")), qPrintable(labels.at(1)));
    QCOMPARE(labels.at(2), QStringLiteral("Văn phòng Sở")); // short enough as it is
    QCOMPARE(chart.totals().at(0).first, a);                // the full name stays for the tooltip
}

void TestCharts::unitHistoryFromTheDemo()
{
    const Ranking ranking = RankingService(*m_db).rankYear(2024);
    const RankedUnit first = ranking.rows.first();
    QString name;
    QList<std::pair<int, std::optional<double>>> history =
        ChartData::unitHistory(Services(*m_db), first.unit.id, &name);
    QCOMPARE(name, first.unit.name);
    QCOMPARE(history.size(), 7);
    for (int i = 0; i < history.size(); ++i)
        QCOMPARE(history.at(i).first, 2024 + i);
    QCOMPARE(history.at(0).second, std::optional<double>(double(first.total->hundredths()) / 100.0));
    for (int i = 1; i < history.size(); ++i)
        QVERIFY2(!history.at(i).second, qPrintable(QString::number(history.at(i).first)));

    UnitHistoryChart chart;
    chart.setData(name, history);
    QCOMPARE(chart.chart()->title(), QStringLiteral("Reviewed totals of %1").arg(name));
    QCOMPARE(chart.markers()->count(), 1);
    QCOMPARE(chart.markers()->at(0), QPointF(2024, *history.at(0).second));
    QCOMPARE(chart.lines().size(), 1);
    QCOMPARE(allLinePoints(chart), QList<QPointF>{QPointF(2024, *history.at(0).second)});

    // The unit's 2025 review, completed as self-assessed: a second point, on the same line.
    SubmissionService submissions(*m_db);
    Submission s = submissions.load(first.unit.id, 2025);
    QCOMPARE(s.scores.size(), 10);
    qint64 total = 0;
    for (CriterionScore &score : s.scores) {
        score.reviewed = score.self;
        total += score.self->hundredths();
    }
    submissions.save(s);
    history = ChartData::unitHistory(Services(*m_db), first.unit.id);
    QCOMPARE(history.at(1).second, std::optional<double>(double(total) / 100.0));
    chart.setData(name, history);
    QCOMPARE(chart.markers()->count(), 2);
    QCOMPARE(chart.lines().size(), 1);
    QCOMPARE(allLinePoints(chart),
             (QList<QPointF>{QPointF(2024, *history.at(0).second), QPointF(2025, double(total) / 100.0)}));
}

void TestCharts::unitHistoryLeavesGaps()
{
    UnitHistoryChart chart;
    chart.setData(QStringLiteral("Thư viện tỉnh Tây Ninh"), {{2024, 80.0},
                                                             {2025, std::nullopt},
                                                             {2026, 85.5},
                                                             {2027, 90.0},
                                                             {2028, std::nullopt},
                                                             {2029, std::nullopt},
                                                             {2030, 88.0}});
    QCOMPARE(chart.markers()->count(), 4);
    QCOMPARE(chart.lines().size(), 3);
    QCOMPARE(chart.lines().at(0)->points(), QList<QPointF>{QPointF(2024, 80)});
    QCOMPARE(chart.lines().at(1)->points(), (QList<QPointF>{QPointF(2026, 85.5), QPointF(2027, 90)}));
    QCOMPARE(chart.lines().at(2)->points(), QList<QPointF>{QPointF(2030, 88)});
    for (const QPointF &p : allLinePoints(chart) + chart.markers()->points()) {
        QVERIFY(p.x() != 2025 && p.x() != 2028 && p.x() != 2029); // gaps, not zeros
        QVERIFY(p.y() > 0);
    }
    QCOMPARE(chart.yearAxis()->min(), 2023.5);
    QCOMPARE(chart.yearAxis()->max(), 2030.5);
    QCOMPARE(chart.valueAxis()->max(), 100.0);
    // Setting new data replaces the lines.
    chart.setData(QStringLiteral("Bảo tàng tỉnh Tây Ninh"), {{2024, std::nullopt}, {2025, std::nullopt}});
    QCOMPARE(chart.lines().size(), 0);
    QCOMPARE(chart.markers()->count(), 0);
    QCOMPARE(chart.chart()->series().size(), 1); // the markers only
    QCOMPARE(chart.chart()->title(), QStringLiteral("Reviewed totals of Bảo tàng tỉnh Tây Ninh: none yet"));
}

void TestCharts::exportWritesAPicture()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    YearTotalsChart years;
    years.setData(2024, ChartData::yearTotals(Services(*m_db), 2024));
    years.resize(900, 800);
    years.show();
    QVERIFY(QTest::qWaitForWindowExposed(&years));
    const QString yearsPath = dir.filePath(QStringLiteral("tổng điểm 2024.png"));
    QString error;
    QVERIFY2(years.exportPng(yearsPath, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QImage image(yearsPath);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), years.chartView()->viewport()->size() * 2);
    QVERIFY(image.height() >= 25 * 2 * 20); // a readable bar per unit
    QVERIFY(inkedPixels(image) > image.width() * image.height() / 20);
    QVERIFY(pixelsOf(image, QColor(0x15, 0x65, 0xc0)) > 25 * 200); // the bars themselves
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("tổng điểm 2024.png")});

    UnitHistoryChart history;
    const RankedUnit first = RankingService(*m_db).rankYear(2024).rows.first();
    history.setData(first.unit.name, ChartData::unitHistory(Services(*m_db), first.unit.id));
    history.resize(800, 500);
    history.show();
    QVERIFY(QTest::qWaitForWindowExposed(&history));
    const QString historyPath = dir.filePath(QStringLiteral("history.png"));
    QVERIFY2(history.exportPng(historyPath, &error), qPrintable(error));
    image = QImage(historyPath);
    QCOMPARE(image.size(), QSize(1600, 1000));
    QVERIFY(inkedPixels(image) > 1600 * 1000 / 50);
    QVERIFY(pixelsOf(image, QColor(0x15, 0x65, 0xc0)) > 50); // the point
}

void TestCharts::exportOfAChartNeverShown()
{
    QTemporaryDir dir;
    YearTotalsChart chart;
    chart.setData(2024, {{QStringLiteral("Thư viện tỉnh Tây Ninh"), 90}, {QStringLiteral("Văn phòng Sở"), 85}});
    chart.resize(700, 400);
    const QString path = dir.filePath(QStringLiteral("hidden.png"));
    QString error;
    QVERIFY2(chart.exportPng(path, &error), qPrintable(error));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1000);
    QVERIFY(pixelsOf(image, QColor(0x15, 0x65, 0xc0)) > 2 * 500);
}

void TestCharts::failedExportLeavesNoFile()
{
    QTemporaryDir dir;
    YearTotalsChart chart;
    chart.setData(2024, {{QStringLiteral("Văn phòng Sở"), 85}});
    chart.resize(600, 400);
    const QString path = dir.filePath(QStringLiteral("no such folder/chart.png"));
    QString error;
    QVERIFY(!chart.exportPng(path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot write %1: ").arg(QDir::toNativeSeparators(path))),
             qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());

    UnitHistoryChart history;
    history.setData(QStringLiteral("Văn phòng Sở"), {{2024, 85.0}});
    error.clear();
    QVERIFY(!history.exportPng(path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestCharts::screenshots()
{
    const QString dir = qEnvironmentVariable("XHHT_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set XHHT_SCREENSHOTS=DIR to save screenshots");
    YearTotalsChart years;
    years.setData(2024, ChartData::yearTotals(Services(*m_db), 2024));
    years.resize(1000, 760);
    years.show();
    QVERIFY(QTest::qWaitForWindowExposed(&years));
    QVERIFY(years.grab().save(dir + QStringLiteral("/year-totals.png")));
    QString error;
    QVERIFY2(years.exportPng(dir + QStringLiteral("/year-totals-export.png"), &error), qPrintable(error));

    const RankedUnit first = RankingService(*m_db).rankYear(2024).rows.at(3);
    UnitHistoryChart history;
    history.setData(first.unit.name, ChartData::unitHistory(Services(*m_db), first.unit.id));
    history.resize(900, 520);
    history.show();
    QVERIFY(QTest::qWaitForWindowExposed(&history));
    QVERIFY(history.grab().save(dir + QStringLiteral("/unit-history.png")));
    history.setData(QStringLiteral("Trung tâm Văn hóa, Thể thao và Truyền thanh huyện Dương Minh Châu"),
                    {{2024, 80.0},
                     {2025, std::nullopt},
                     {2026, 85.5},
                     {2027, 90.0},
                     {2028, std::nullopt},
                     {2029, std::nullopt},
                     {2030, 88.0}});
    QTest::qWait(20);
    QVERIFY(history.grab().save(dir + QStringLiteral("/unit-history-gaps.png")));
    QVERIFY2(history.exportPng(dir + QStringLiteral("/unit-history-export.png"), &error), qPrintable(error));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
