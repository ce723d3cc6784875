#include "services/submissionservice.h"
#include "services/submissionvalidator.h"
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "support/testdatabase.h"

#include <QTest>

// The rules a submission must meet, and the parsing of typed and imported values.
class TestSubmissionValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void parseDate_data();
    void parseDate();
    void parseIndicator_data();
    void parseIndicator();
    void parseScore_data();
    void parseScore();
    void formatRoundTrips();
    void rules_data();
    void rules();

private:
    Indicator indicatorOfKind(const QString &kind) const;
    Criterion criterionOfKind(const QString &kind) const;
    Submission validSubmission() const;

    Database *m_db = nullptr;
    YearContext m_context;
};

void TestSubmissionValidator::initTestCase()
{
    m_db = new Database;
    TestDatabase::prepare(*m_db);
    SubmissionService service(*m_db);
    service.setToday(QDate(2026, 11, 27));
    m_context = service.context(2025);
}

void TestSubmissionValidator::cleanupTestCase()
{
    delete m_db;
}

Indicator TestSubmissionValidator::indicatorOfKind(const QString &kind) const
{
    for (const Indicator &i : m_context.indicators)
        if (i.kind == kind)
            return i;
    Indicator made;
    made.id = 999;
    made.code = QStringLiteral("X");
    made.kind = kind;
    return made;
}

Criterion TestSubmissionValidator::criterionOfKind(const QString &kind) const
{
    Criterion c;
    c.id = 1;
    c.code = QStringLiteral("1.1");
    c.kind = kind;
    c.maxPoints = Points::fromWhole(10);
    c.step = Points::fromHundredths(50);
    c.threshold = Points::fromWhole(90);
    return c;
}

void TestSubmissionValidator::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<bool>("ok");
    QTest::newRow("dd/mm/yyyy") << "25/11/2025" << QDate(2025, 11, 25) << true;
    QTest::newRow("d/m/yyyy") << "5/1/2025" << QDate(2025, 1, 5) << true;
    QTest::newRow("dots") << "05.01.2025" << QDate(2025, 1, 5) << true;
    QTest::newRow("iso") << "2025-11-25" << QDate(2025, 11, 25) << true;
    QTest::newRow("spaces") << "  25/11/2025 " << QDate(2025, 11, 25) << true;
    QTest::newRow("empty is no value") << "" << QDate() << true;
    QTest::newRow("not real") << "31/02/2025" << QDate() << false;
    QTest::newRow("month 13") << "01/13/2025" << QDate() << false;
    QTest::newRow("two-digit year") << "25/11/25" << QDate() << false;
    QTest::newRow("words") << "hôm qua" << QDate() << false;
    QTest::newRow("us order iso-like") << "2025/11/25" << QDate() << false;
}

void TestSubmissionValidator::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QFETCH(bool, ok);
    QDate date(2000, 1, 1);
    const QString message = SubmissionValidator::parseDate(text, &date);
    QCOMPARE(message.isEmpty(), ok);
    QCOMPARE(date, expected);
    if (!ok)
        QVERIFY2(message.contains(text.trimmed()), qPrintable(message)); // names what was typed
}

void TestSubmissionValidator::parseIndicator_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("hasNumber");
    QTest::addColumn<qint64>("hundredths");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("count") << "count"
                           << "120" << true << true << qint64(12000) << "";
    QTest::newRow("count grouped") << "count"
                                   << "1.234" << true << true << qint64(123400) << "";
    QTest::newRow("count grouped comma") << "count"
                                         << "12,345,678" << true << true << qint64(1234567800) << "";
    QTest::newRow("count zero") << "count"
                                << "0" << true << true << qint64(0) << "";
    QTest::newRow("count negative") << "count"
                                    << "-3" << false << false << qint64(0) << "negative";
    QTest::newRow("count decimal") << "count"
                                   << "12,5" << false << false << qint64(0) << "whole";
    QTest::newRow("count text") << "count"
                                << "nhiều" << false << false << qint64(0) << "not a number";
    QTest::newRow("count empty") << "count"
                                 << "" << true << false << qint64(0) << "";
    QTest::newRow("percent") << "percent"
                             << "92,5" << true << true << qint64(9250) << "";
    QTest::newRow("percent point") << "percent"
                                   << "92.5" << true << true << qint64(9250) << "";
    QTest::newRow("percent sign") << "percent"
                                  << "100%" << true << true << qint64(10000) << "";
    QTest::newRow("percent over") << "percent"
                                  << "100,5" << false << false << qint64(0) << "100";
    QTest::newRow("percent negative") << "percent"
                                      << "-1" << false << false << qint64(0) << "negative";
    QTest::newRow("yes") << "yesno"
                         << "Có" << true << true << qint64(100) << "";
    QTest::newRow("yes x") << "yesno"
                           << "x" << true << true << qint64(100) << "";
    QTest::newRow("no") << "yesno"
                        << "không" << true << true << qint64(0) << "";
    QTest::newRow("no digit") << "yesno"
                              << "0" << true << true << qint64(0) << "";
    QTest::newRow("maybe") << "yesno"
                           << "có lẽ" << false << false << qint64(0) << "có lẽ";
    QTest::newRow("text") << "text"
                          << "Mô hình tốt" << true << false << qint64(0) << "";
}

void TestSubmissionValidator::parseIndicator()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(bool, hasNumber);
    QFETCH(qint64, hundredths);
    QFETCH(QString, messagePart);
    const Indicator indicator = indicatorOfKind(kind);
    IndicatorValue value;
    const QString message = SubmissionValidator::parseIndicator(indicator, text, &value);
    QCOMPARE(message.isEmpty(), ok);
    QVERIFY2(message.contains(messagePart), qPrintable(message));
    if (ok) {
        QCOMPARE(value.indicatorId, indicator.id);
        QCOMPARE(value.hasNumber, hasNumber);
        QCOMPARE(value.numberHundredths, hundredths);
        if (kind == QLatin1String("text"))
            QCOMPARE(value.text, text);
    }
}

void TestSubmissionValidator::parseScore_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("hundredths"); // -1: no value
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("whole") << "points"
                           << "7" << true << qint64(700) << "";
    QTest::newRow("half comma") << "points"
                                << "7,5" << true << qint64(750) << "";
    QTest::newRow("half point") << "points"
                                << "7.5" << true << qint64(750) << "";
    QTest::newRow("max") << "points"
                         << "10" << true << qint64(1000) << "";
    QTest::newRow("zero") << "points"
                          << "0" << true << qint64(0) << "";
    QTest::newRow("empty") << "points"
                           << "" << true << qint64(-1) << "";
    QTest::newRow("above max") << "points"
                               << "10,5" << false << qint64(-1) << "maximum of 10";
    QTest::newRow("off step") << "points"
                              << "7,25" << false << qint64(-1) << "step 0,5";
    QTest::newRow("negative") << "points"
                              << "-1" << false << qint64(-1) << "negative";
    QTest::newRow("letters") << "points"
                             << "bảy" << false << qint64(-1) << "bảy";
    QTest::newRow("three decimals") << "points"
                                    << "7,125" << false << qint64(-1) << "7,125";
    QTest::newRow("met") << "passfail"
                         << "Đạt" << true << qint64(100) << "";
    QTest::newRow("not met") << "passfail"
                             << "không đạt" << true << qint64(0) << "";
    QTest::newRow("pass other") << "passfail"
                                << "tốt" << false << qint64(-1) << "tốt";
    QTest::newRow("percent") << "percent"
                             << "95" << true << qint64(9500) << "";
    QTest::newRow("percent over") << "percent"
                                  << "101" << false << qint64(-1) << "100";
}

void TestSubmissionValidator::parseScore()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, hundredths);
    QFETCH(QString, messagePart);
    std::optional<Points> score = Points::fromWhole(3);
    const QString message = SubmissionValidator::parseScore(criterionOfKind(kind), text, &score);
    QCOMPARE(message.isEmpty(), ok);
    QVERIFY2(message.contains(messagePart), qPrintable(message));
    if (ok)
        QCOMPARE(score ? score->hundredths() : qint64(-1), hundredths);
    else
        QVERIFY(!score);
}

void TestSubmissionValidator::formatRoundTrips()
{
    for (const QString &kind : {QStringLiteral("count"), QStringLiteral("percent"), QStringLiteral("yesno")}) {
        const Indicator indicator = indicatorOfKind(kind);
        for (const QString &text : {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("85")}) {
            IndicatorValue value;
            if (!SubmissionValidator::parseIndicator(indicator, text, &value).isEmpty())
                continue;
            IndicatorValue again;
            QVERIFY(SubmissionValidator::parseIndicator(indicator,
                                                        SubmissionValidator::formatIndicator(indicator, value), &again)
                        .isEmpty());
            QCOMPARE(again, value);
        }
    }
    const Criterion c = criterionOfKind(QStringLiteral("points"));
    QCOMPARE(SubmissionValidator::formatScore(c, Points::fromHundredths(750)), QStringLiteral("7,5"));
    QCOMPARE(SubmissionValidator::formatDate(QDate(2025, 1, 5)), QStringLiteral("05/01/2025"));
    QCOMPARE(SubmissionValidator::formatDate(QDate(2030, 12, 31)), QStringLiteral("31/12/2030"));
    QCOMPARE(SubmissionValidator::formatDate(QDate(2024, 10, 9)), QStringLiteral("09/10/2024"));
    QCOMPARE(SubmissionValidator::formatDate(QDate(999, 3, 4)), QStringLiteral("04/03/0999"));
    QCOMPARE(SubmissionValidator::formatDate(QDate()), QString());
    for (QDate d(2024, 1, 1); d <= QDate(2024, 12, 31); d = d.addDays(1))
        QCOMPARE(SubmissionValidator::formatDate(d), d.toString(QStringLiteral("dd/MM/yyyy")));
}

Submission TestSubmissionValidator::validSubmission() const
{
    Submission s;
    s.unitId = m_context.units.first().id;
    s.year = 2025;
    s.status = QStringLiteral("received");
    s.documentNumber = QStringLiteral("12/BC-VHTTDL");
    s.documentDate = QDate(2025, 11, 20);
    s.receivedDate = QDate(2025, 11, 25);
    const QList<Criterion> criteria = m_context.scoredCriteria();
    s.scores.append({criteria.first().id, Points::fromWhole(8), std::nullopt, {}});
    IndicatorValue v;
    v.indicatorId = indicatorOfKind(QStringLiteral("count")).id;
    v.hasNumber = true;
    v.numberHundredths = 1500;
    s.values.append(v);
    return s;
}

void TestSubmissionValidator::rules_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::newRow("valid") << ""
                           << "";
    QTest::newRow("document after received") << "documentAfterReceived"
                                             << "document_date";
    QTest::newRow("received in future") << "receivedFuture"
                                        << "received_date";
    QTest::newRow("document before the year") << "documentBeforeYear"
                                              << "document_date";
    QTest::newRow("received without date") << "noReceivedDate"
                                           << "received_date";
    QTest::newRow("not received without date") << "notReceivedNoDate"
                                               << "";
    QTest::newRow("unit not active") << "dissolvedUnit"
                                     << "unit_code";
    QTest::newRow("wrong year") << "wrongYear"
                                << "year";
    QTest::newRow("unknown status") << "badStatus"
                                    << "status";
    QTest::newRow("score above max") << "scoreAboveMax"
                                     << "self:1.1";
    QTest::newRow("score off step") << "scoreOffStep"
                                    << "self:1.1";
    QTest::newRow("reviewed above max") << "reviewedAboveMax"
                                        << "rev:1.1";
    QTest::newRow("count not whole") << "countFraction"
                                     << "ind:";
    QTest::newRow("negative count") << "countNegative"
                                    << "ind:";
    QTest::newRow("criterion of another rubric") << "foreignCriterion"
                                                 << "self:";
}

void TestSubmissionValidator::rules()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    Submission s = validSubmission();
    if (change == QLatin1String("documentAfterReceived"))
        s.documentDate = s.receivedDate.addDays(1);
    else if (change == QLatin1String("receivedFuture"))
        s.receivedDate = m_context.today.addDays(1);
    else if (change == QLatin1String("documentBeforeYear"))
        s.documentDate = QDate(2024, 12, 31);
    else if (change == QLatin1String("noReceivedDate"))
        s.receivedDate = QDate();
    else if (change == QLatin1String("notReceivedNoDate")) {
        s.receivedDate = QDate();
        s.status = QStringLiteral("not_received");
    } else if (change == QLatin1String("dissolvedUnit")) {
        // A district unit dissolved on 30/06/2025 cannot submit for 2026.
        SubmissionService service(*m_db);
        service.setToday(QDate(2027, 3, 1));
        const YearContext c2026 = service.context(2026);
        const Unit *gone = nullptr;
        for (const Unit &u : m_context.units)
            if (!c2026.unit(u.id))
                gone = &u;
        QVERIFY(gone);
        s.unitId = gone->id;
        s.year = 2026;
        s.receivedDate = QDate(2026, 11, 20);
        s.documentDate = QDate(2026, 11, 20);
        const QList<ValidationIssue> issues = SubmissionValidator::validate(s, c2026);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, field);
        return;
    } else if (change == QLatin1String("wrongYear"))
        s.year = 2024;
    else if (change == QLatin1String("badStatus"))
        s.status = QStringLiteral("lost");
    else if (change == QLatin1String("scoreAboveMax"))
        s.scores.first().self = Points::fromWhole(11);
    else if (change == QLatin1String("scoreOffStep"))
        s.scores.first().self = Points::fromHundredths(725);
    else if (change == QLatin1String("reviewedAboveMax"))
        s.scores.first().reviewed = Points::fromWhole(11);
    else if (change == QLatin1String("countFraction"))
        s.values.first().numberHundredths = 1550;
    else if (change == QLatin1String("countNegative"))
        s.values.first().numberHundredths = -100;
    else if (change == QLatin1String("foreignCriterion"))
        s.scores.first().criterionId = 999999;

    const QList<ValidationIssue> issues = SubmissionValidator::validate(s, m_context);
    if (field.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().message));
        return;
    }
    QCOMPARE(issues.size(), 1);
    QVERIFY2(issues.first().field.startsWith(field), qPrintable(issues.first().field));
    QVERIFY(!issues.first().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestSubmissionValidator)
#include "tst_submissionvalidator.moc"
