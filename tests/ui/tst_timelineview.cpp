#include "domain/timeline.h"
#include "services/planservice.h"
#include "services/services.h"
#include "services/yearlockservice.h"
#include "storage/database.h"
#include "support/pdfreadback.h"
#include "support/testdatabase.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinescreen.h"
#include "timeline/timelineview.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The timeline offscreen: clicks and keys select and activate years, tooltips, and the
// PNG and PDF exports (the PDF read back with pdftotext).
class TestTimelineView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clickActivatesTheYear_data();
    void clickActivatesTheYear();
    void clickOutsideTheYearsDoesNothing();
    void arrowsAndEnter();
    void toolTipHasTheDeadlines();
    void exportPng();
    void exportPdf();
    void failedExportLeavesNoFile();
    void screenExportsThroughTheDialog();
    void screenOpensTheSelectedYear();
    void screenshots();

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TimelineView> m_view;
    QTemporaryDir m_dir;
};

void TestTimelineView::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("xhht-tests"));
    QVERIFY(m_dir.isValid());
}

void TestTimelineView::init()
{
    m_db = std::make_unique<Database>();
    TestDatabase::prepare(*m_db);
    YearLockService(*m_db).lock(2024);
    m_view = std::make_unique<TimelineView>();
    m_view->setTimeline(PlanService(*m_db).timeline(QDate(2026, 11, 27)));
    m_view->resize(m_view->sizeHint());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestTimelineView::cleanup()
{
    m_view.reset();
    m_db.reset();
}

void TestTimelineView::clickActivatesTheYear_data()
{
    QTest::addColumn<int>("year");
    for (int year = 2024; year <= 2030; ++year)
        QTest::addRow("%d", year) << year;
}

void TestTimelineView::clickActivatesTheYear()
{
    QFETCH(int, year);
    QCOMPARE(m_view->selectedYear(), 2026); // today's year
    QSignalSpy activated(m_view.get(), &TimelineView::yearActivated);
    const QRect cell = m_view->yearRect(year);
    QVERIFY(!cell.isEmpty());
    QVERIFY(m_view->rect().contains(cell));
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toInt(), year);
    QCOMPARE(m_view->selectedYear(), year);
    // Anywhere in the year's column counts, down to its deadlines.
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, cell.center() + QPoint(cell.width() / 3, cell.height() * 2));
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.last().first().toInt(), year);
}

void TestTimelineView::clickOutsideTheYearsDoesNothing()
{
    QSignalSpy activated(m_view.get(), &TimelineView::yearActivated);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, QPoint(2, m_view->height() / 2)); // the left margin
    QTest::mouseClick(m_view.get(), Qt::RightButton, {}, m_view->yearRect(2025).center());
    QCOMPARE(activated.size(), 0);
    QCOMPARE(m_view->selectedYear(), 2026);
}

void TestTimelineView::arrowsAndEnter()
{
    QSignalSpy activated(m_view.get(), &TimelineView::yearActivated);
    QSignalSpy selected(m_view.get(), &TimelineView::selectedYearChanged);
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->selectedYear(), 2027);
    QTest::keyClick(m_view.get(), Qt::Key_Enter);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.last().first().toInt(), 2027);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(m_view.get(), Qt::Key_Left);
    QCOMPARE(m_view->selectedYear(), 2024); // stops at the first year
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(activated.last().first().toInt(), 2024);
    QTest::keyClick(m_view.get(), Qt::Key_End);
    QCOMPARE(m_view->selectedYear(), 2030);
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->selectedYear(), 2030);
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QCOMPARE(m_view->selectedYear(), 2024);
    QTest::keyClick(m_view.get(), Qt::Key_Space);
    QCOMPARE(activated.size(), 3);
    QCOMPARE(activated.last().first().toInt(), 2024);
    // 2027, 2026, 2025, 2024, 2030, 2024: a signal per change, none when nothing moves.
    QCOMPARE(selected.size(), 6);
}

void TestTimelineView::toolTipHasTheDeadlines()
{
    const QString tip = TimelinePainter::toolTip(m_view->timeline(), 2025);
    for (const QString &expected :
         {QStringLiteral("<b>2025</b>"), QStringLiteral("Giai đoạn 1"), QStringLiteral("Sơ kết giai đoạn 1"),
          QStringLiteral("30/11/2025"), QStringLiteral("10/12/2025"), QStringLiteral("T04")})
        QVERIFY2(tip.contains(expected), qPrintable(expected));
    QVERIFY(TimelinePainter::toolTip(m_view->timeline(), 2024).contains(QStringLiteral("Locked")));
    QVERIFY(TimelinePainter::toolTip(m_view->timeline(), 2026).contains(QStringLiteral("27/11/2026")));
    QVERIFY(TimelinePainter::toolTip(m_view->timeline(), 2031).isEmpty());
}

void TestTimelineView::exportPng()
{
    const QString path = m_dir.filePath(QStringLiteral("tien-do.png"));
    QString error;
    QVERIFY2(m_view->exportPng(path, &error), qPrintable(error));
    const QImage image(path);
    QVERIFY(!image.isNull());
    // Twice the size on screen, with the title above the drawing.
    QCOMPARE(image.width(), 2 * m_view->width());
    QVERIFY(image.height() > 2 * m_view->height());
    int inked = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            inked += image.pixelColor(x, y) != QColor(Qt::white);
    QVERIFY2(inked > 2000, qPrintable(QString::number(inked)));
}

void TestTimelineView::exportPdf()
{
    const QString path = m_dir.filePath(QStringLiteral("tien-do.pdf"));
    QString error;
    QVERIFY2(m_view->exportPdf(path, &error), qPrintable(error));
    const QList<PdfReadBack::Page> pages = PdfReadBack::readPages(path);
    QCOMPARE(pages.size(), 1);
    // A4 landscape.
    QVERIFY(qAbs(pages.first().width - PdfReadBack::A4Height) < 1);
    QVERIFY(qAbs(pages.first().height - PdfReadBack::A4Width) < 1);
    const QString text = PdfReadBack::readText(path);
    for (const QString &expected :
         {QStringLiteral("TIẾN ĐỘ KẾ HOẠCH 2024 - 2030"), QStringLiteral("Tính đến ngày 27/11/2026"),
          QStringLiteral("Giai đoạn 1 (2024 - 2025)"), QStringLiteral("Giai đoạn 2 (2026 - 2030)"),
          QStringLiteral("Sơ kết giai đoạn 1"), QStringLiteral("Tổng kết Phong trào")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in ") + text));
    for (int year = 2024; year <= 2030; ++year)
        QVERIFY2(text.contains(QString::number(year)), qPrintable(QString::number(year)));
    // The years stand left to right, in order.
    qreal previous = 0;
    for (int year = 2024; year <= 2030; ++year) {
        const QList<PdfReadBack::Word> words = pages.first().find(QString::number(year));
        QVERIFY(!words.isEmpty());
        const auto cell = std::min_element(words.cbegin(), words.cend(), [](const auto &a, const auto &b) {
            return a.yMin > b.yMin; // the year cells lie below the bands' "(2024 - 2025)"
        });
        QVERIFY2(cell->xMin > previous, qPrintable(QString::number(year)));
        previous = cell->xMin;
    }
}

void TestTimelineView::failedExportLeavesNoFile()
{
    for (const QString &name : {QStringLiteral("no-such-folder/a.png"), QStringLiteral("no-such-folder/a.pdf")}) {
        const QString path = m_dir.filePath(name);
        QString error;
        const bool ok =
            name.endsWith(QLatin1String(".png")) ? m_view->exportPng(path, &error) : m_view->exportPdf(path, &error);
        QVERIFY(!ok);
        QVERIFY(error.contains(QStringLiteral("a.p")));
        QVERIFY(!QFile::exists(path));
    }
}

void TestTimelineView::screenExportsThroughTheDialog()
{
    Services services(*m_db);
    TimelineScreen screen(services);
    screen.setToday(QDate(2025, 6, 1));
    QString asked;
    screen.setSaveFileProvider([this, &asked](QWidget *, const QString &, const QString &suggested, const QString &) {
        asked = suggested;
        return m_dir.filePath(QStringLiteral("screen")); // no suffix: the format's is added
    });
    const QString pdf = screen.exportPdfWithDialog();
    QVERIFY(asked.endsWith(QStringLiteral("tien-do-ke-hoach-2024-2030.pdf")));
    QCOMPARE(pdf, m_dir.filePath(QStringLiteral("screen.pdf")));
    QVERIFY(PdfReadBack::readText(pdf).contains(QStringLiteral("Tính đến ngày 01/06/2025")));
    const QString png = screen.exportPngWithDialog();
    QCOMPARE(png, m_dir.filePath(QStringLiteral("screen.png")));
    QVERIFY(!QImage(png).isNull());
    screen.setSaveFileProvider([](QWidget *, const QString &, const QString &, const QString &) { return QString(); });
    QVERIFY(screen.exportPdfWithDialog().isEmpty()); // cancelled
}

void TestTimelineView::screenOpensTheSelectedYear()
{
    Services services(*m_db);
    TimelineScreen screen(services);
    screen.setToday(QDate(2025, 6, 1));
    screen.resize(1100, 500);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QSignalSpy activated(&screen, &TimelineScreen::yearActivated);
    QCOMPARE(screen.view()->selectedYear(), 2025);
    QVERIFY(screen.details()->text().contains(QStringLiteral("Sơ kết giai đoạn 1")));
    // Nothing was received in the seeded 2025: every active unit is missing.
    QTRY_VERIFY2(screen.details()->text().contains(QStringLiteral("Submissions: 0 received (0 late), ")),
                 qPrintable(screen.details()->text()));
    QTest::keyClick(screen.view(), Qt::Key_Right);
    QVERIFY(screen.details()->text().contains(QStringLiteral("30/11/2026")));
    QTest::qWait(20);
    QVERIFY(!screen.details()->text().contains(QStringLiteral("Submissions:"))); // after today
    QTest::mouseClick(screen.openButton(), Qt::LeftButton);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toInt(), 2026);
    QTest::mouseClick(screen.view(), Qt::LeftButton, {}, screen.view()->yearRect(2029).center());
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.last().first().toInt(), 2029);
}

void TestTimelineView::screenshots()
{
    const QString dir = qEnvironmentVariable("XHHT_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set XHHT_SCREENSHOTS=DIR to save screenshots");
    m_view->setFocus();
    QVERIFY(m_view->grab().save(dir + QStringLiteral("/timeline-view.png")));
    QString error;
    QVERIFY2(m_view->exportPng(dir + QStringLiteral("/timeline-export.png"), &error), qPrintable(error));
    QVERIFY2(m_view->exportPdf(dir + QStringLiteral("/timeline-export.pdf"), &error), qPrintable(error));
    Services services(*m_db);
    TimelineScreen screen(services);
    screen.setToday(QDate(2025, 12, 3));
    screen.resize(1100, 520);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QVERIFY(screen.grab().save(dir + QStringLiteral("/timeline-screen.png")));
    // The narrowest the view allows.
    m_view->resize(m_view->minimumSizeHint());
    QVERIFY(m_view->grab().save(dir + QStringLiteral("/timeline-narrow.png")));
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
