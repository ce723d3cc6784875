// What each login's window offers (ChangeAreas, RoleScreens): every part to a file or the
// owner, each office its own part, a unit's login its own submission on its own screens.
#include "domain/changearea.h"
#include "domain/rolescreens.h"

#include <QTest>

class TestChangeArea : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roleMayChange_data();
    void roleMayChange();
    void aUnitsWindowHasItsOwnScreens();
    void theOfficesWindowHasEveryScreen_data();
    void theOfficesWindowHasEveryScreen();
};

void TestChangeArea::roleMayChange_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("area");
    QTest::addColumn<bool>("may");
    const auto row = [](const char *role, ChangeArea area, const char *name, bool may) {
        QTest::addRow("%s %s", role, name) << QString::fromLatin1(role) << int(area) << may;
    };
    row("owner", ChangeArea::YearLock, "year lock", true);
    row("owner", ChangeArea::Submissions, "submissions", true);
    row("clerk", ChangeArea::Submissions, "submissions", true);
    row("clerk", ChangeArea::ReviewedScores, "reviewed scores", false);
    row("council", ChangeArea::ReviewedScores, "reviewed scores", true);
    row("council", ChangeArea::Submissions, "submissions", false);
    row("leader", ChangeArea::Submissions, "submissions", false);
    // A unit's login: its own submission (its values, self-scores, evidence, note), and
    // nothing of the offices' work.
    row("unit", ChangeArea::Submissions, "submissions", true);
    row("unit", ChangeArea::Units, "units", false);
    row("unit", ChangeArea::ReviewedScores, "reviewed scores", false);
    row("unit", ChangeArea::YearLock, "year lock", false);
    row("unit", ChangeArea::Rubric, "rubric", false);
    row("unit", ChangeArea::Settings, "settings", false);
    row("unit", ChangeArea::Tasks, "tasks", false);
    row("unit", ChangeArea::ReportTexts, "report texts", false);
    row("unit", ChangeArea::Commendations, "commendations", false);
    row("unit", ChangeArea::Recognition, "recognition", false);
    row("unit", ChangeArea::Dossiers, "dossiers", false);
    row("", ChangeArea::Submissions, "no role", false);
}

void TestChangeArea::roleMayChange()
{
    QFETCH(QString, role);
    QFETCH(int, area);
    QFETCH(bool, may);
    QCOMPARE(ChangeAreas::roleMayChange(role, ChangeArea(area)), may);
}

void TestChangeArea::aUnitsWindowHasItsOwnScreens()
{
    const QString unit = QStringLiteral("unit");
    QVERIFY(RoleScreens::isOwnUnitOnly(unit));
    const QList<WindowScreen> screens = RoleScreens::forRole(unit);
    QCOMPARE(screens, (QList<WindowScreen>{WindowScreen::Plan, WindowScreen::Submissions}));
    QCOMPARE(RoleScreens::firstScreen(unit), WindowScreen::Submissions);
    // None of the offices' screens.
    for (WindowScreen office :
         {WindowScreen::Units, WindowScreen::Scoring, WindowScreen::Reports, WindowScreen::Tasks,
          WindowScreen::Timeline, WindowScreen::Dashboard, WindowScreen::Reviews, WindowScreen::Recognition})
        QVERIFY(!screens.contains(office));
}

void TestChangeArea::theOfficesWindowHasEveryScreen_data()
{
    QTest::addColumn<QString>("role");
    for (const char *role : {"owner", "clerk", "council", "leader"})
        QTest::newRow(role) << QString::fromLatin1(role);
}

void TestChangeArea::theOfficesWindowHasEveryScreen()
{
    QFETCH(QString, role);
    QVERIFY(!RoleScreens::isOwnUnitOnly(role));
    const QList<WindowScreen> screens = RoleScreens::forRole(role);
    QCOMPARE(screens.size(), int(WindowScreen::Recognition) + 1);
    for (int i = 0; i < screens.size(); ++i)
        QCOMPARE(int(screens.at(i)), i); // the navigation's order
    QCOMPARE(RoleScreens::firstScreen(role), WindowScreen::Dashboard);
}

QTEST_GUILESS_MAIN(TestChangeArea)
#include "tst_changearea.moc"
