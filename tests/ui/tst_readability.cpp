// Text the program greys out (units not ranked, reports not sent, self-scores, help
// lines) reads at a contrast of at least 4.5:1 (WCAG AA) on the rows and windows it is
// shown on, in a light and in a dark palette (issue 18 §6).
#include "scoring/rankingtablemodel.h"
#include "scoring/scoringscreen.h"
#include "services/rankingservice.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "storage/database.h"
#include "submissions/submissiontablemodel.h"
#include "support/testdatabase.h"
#include "widgets/mutedtext.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QStyle>
#include <QTest>

class TestReadability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastIsMeasuredAsWcagDoes();
    void mutedTextReads_data();
    void mutedTextReads();
    void greyRowsRead();
    void scoringLegendReads();

private:
    static void checkOn(const QColor &text, const QPalette &palette, const QString &what);
};

void TestReadability::checkOn(const QColor &text, const QPalette &palette, const QString &what)
{
    for (const QPalette::ColorRole role : {QPalette::Base, QPalette::AlternateBase, QPalette::Window}) {
        const double ratio = MutedText::contrast(text, palette.color(QPalette::Active, role));
        QVERIFY2(ratio >= MutedText::kMinimumContrast,
                 qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                .arg(what, text.name(), palette.color(QPalette::Active, role).name())
                                .arg(ratio, 0, 'f', 2)));
    }
}

void TestReadability::contrastIsMeasuredAsWcagDoes()
{
    QCOMPARE(qRound(MutedText::contrast(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(qRound(MutedText::contrast(Qt::white, Qt::white) * 100), 100);
    // Qt's disabled grey on white, what the rows used to be drawn in: too faint.
    QVERIFY(MutedText::contrast(QColor(0xbe, 0xbe, 0xbe), Qt::white) < 2.0);
    QCOMPARE(qRound(MutedText::contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 10), 45);
}

void TestReadability::mutedTextReads_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("the style's own") << QApplication::style()->standardPalette();
    QPalette dark(QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::Base, QColor(0x25, 0x25, 0x25));
    dark.setColor(QPalette::AlternateBase, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    QTest::newRow("dark") << dark;
    QPalette cream(QColor(0xf0, 0xe8, 0xd8));
    cream.setColor(QPalette::Base, QColor(0xff, 0xfb, 0xf0));
    cream.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    QTest::newRow("cream") << cream;
}

void TestReadability::mutedTextReads()
{
    QFETCH(QPalette, palette);
    const QColor muted = MutedText::colour(palette);
    checkOn(muted, palette, QStringLiteral("muted"));
    // Still grey: lighter than the text itself.
    QVERIFY(muted != palette.color(QPalette::Active, QPalette::Text));
}

// The rows the models grey out: units not ranked, reports not sent.
void TestReadability::greyRowsRead()
{
    Database db;
    TestDatabase::prepare(db, TestDatabase::WithDemo);
    Services services(db);
    const QPalette palette = QGuiApplication::palette();

    RankingTableModel ranking;
    ranking.setRanking(services.ranking().rankYear(2025, QString())); // nothing reviewed: nobody ranked
    QVERIFY(ranking.rowCount() > 0);
    const QVariant unranked = ranking.index(0, RankingTableModel::UnitColumn).data(Qt::ForegroundRole);
    QVERIFY(unranked.isValid());
    checkOn(unranked.value<QColor>(), palette, QStringLiteral("unranked unit"));

    SubmissionTableModel submissions;
    submissions.setOverview(services.submissions().overview(2026)); // nothing sent yet
    QVERIFY(submissions.rowCount() > 0);
    const QVariant missing = submissions.index(0, 0).data(Qt::ForegroundRole);
    QVERIFY(missing.isValid());
    checkOn(missing.value<QColor>(), palette, QStringLiteral("report not sent"));
}

void TestReadability::scoringLegendReads()
{
    Database db;
    TestDatabase::prepare(db, TestDatabase::WithDemo);
    Services services(db);
    ScoringScreen screen(services, nullptr);
    auto *legend = screen.findChild<QLabel *>(QStringLiteral("scoringLegend"));
    QVERIFY(legend);
    checkOn(legend->palette().color(QPalette::Active, QPalette::WindowText), legend->palette(),
            QStringLiteral("the scoring legend"));
}

QTEST_MAIN(TestReadability)
#include "tst_readability.moc"
