// OrganisationService: the department's document details, saved in one transaction with
// their audit entries; and the số ký hiệu each kind of document carries.
#include "domain/organisationsettings.h"
#include "reports/officialdocument.h"
#include "services/organisationservice.h"
#include "services/rankingservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

class TestOrganisationService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void seededDefaults();
    void savedAndAudited();
    void nothingChangedNothingWritten();
    void tieRulesKept();
    void refusedWithReasons_data();
    void refusedWithReasons();
    void signerOnly();
    void symbolsPerKind();

private:
    QStringList auditedFields() const;

    Database *m_db = nullptr;
    OrganisationService *m_service = nullptr;
};

void TestOrganisationService::init()
{
    m_db = new Database;
    TestDatabase::prepare(*m_db);
    m_service = new OrganisationService(*m_db);
}

void TestOrganisationService::cleanup()
{
    delete m_service;
    m_service = nullptr;
    delete m_db;
    m_db = nullptr;
}

QStringList TestOrganisationService::auditedFields() const
{
    QSqlQuery q(QSqlDatabase::database(m_db->connectionName()));
    q.exec(QStringLiteral("SELECT field FROM audit_log WHERE entity = 'organisation' ORDER BY id"));
    QStringList fields;
    while (q.next())
        fields.append(q.value(0).toString());
    return fields;
}

void TestOrganisationService::seededDefaults()
{
    const OrganisationSettings s = m_service->settings();
    QCOMPARE(s.department, QStringLiteral("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"));
    QVERIFY(s.signerName.isEmpty()); // the seed cannot know who signs: the first export asks
    QVERIFY(s.symbols.isEmpty());
    QVERIFY(OrganisationService::validate(s).isEmpty());
}

void TestOrganisationService::savedAndAudited()
{
    QSignalSpy changed(m_service, &OrganisationService::organisationChanged);
    const int before = AuditRepository(*m_db).count();
    OrganisationSettings s = m_service->settings();
    s.signerName = QStringLiteral("Nguye\u0302\u0303n Văn Ký"); // decomposed: stored NFC
    s.signerAuthority = QStringLiteral("TL. GIÁM ĐỐC");
    s.signerTitle = QStringLiteral("CHÁNH VĂN PHÒNG");
    s.recipients = {QStringLiteral("Như trên;"), QStringLiteral("  "), QStringLiteral("Lưu: VT, VP.")};
    s.symbols.insert(DocumentKind::SummaryReport, QStringLiteral("BC-SVHTTDL-QLVHGD"));
    m_service->save(s);
    QCOMPARE(changed.size(), 1);

    const OrganisationSettings stored = m_service->settings();
    QCOMPARE(stored.signerName, QStringLiteral("Nguyễn Văn Ký"));
    QCOMPARE(stored.signerAuthority, QStringLiteral("TL. GIÁM ĐỐC"));
    QCOMPARE(stored.recipients, (QStringList{QStringLiteral("Như trên;"), QStringLiteral("Lưu: VT, VP.")}));
    QCOMPARE(stored.symbol(DocumentKind::SummaryReport), QStringLiteral("BC-SVHTTDL-QLVHGD"));
    // One audit entry per changed field, with the old and new values.
    QCOMPARE(AuditRepository(*m_db).count(), before + 5);
    QCOMPARE(auditedFields(), (QStringList{QStringLiteral("signer_authority"), QStringLiteral("signer_title"),
                                           QStringLiteral("signer_name"), QStringLiteral("recipients"),
                                           QStringLiteral("symbol:summary_report")}));
}

void TestOrganisationService::nothingChangedNothingWritten()
{
    QSignalSpy changed(m_service, &OrganisationService::organisationChanged);
    const int before = AuditRepository(*m_db).count();
    m_service->save(m_service->settings());
    QCOMPARE(AuditRepository(*m_db).count(), before);
    QCOMPARE(changed.size(), 0);
}

void TestOrganisationService::tieRulesKept()
{
    RankingService ranking(*m_db);
    ranking.saveRules({{TieRule::OnTime, true, {}}});
    const QString rules = m_service->settings().rankingRules;
    QVERIFY(!rules.isEmpty());
    OrganisationSettings s = m_service->settings();
    s.rankingRules.clear(); // Settings does not edit them: a save keeps them
    s.place = QStringLiteral("Tân An");
    m_service->save(s);
    QCOMPARE(m_service->settings().rankingRules, rules);
    QCOMPARE(m_service->settings().place, QStringLiteral("Tân An"));
}

void TestOrganisationService::refusedWithReasons_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("no department") << QStringLiteral("department") << QString();
    QTest::newRow("no short name") << QStringLiteral("department_short") << QStringLiteral("  ");
    QTest::newRow("short name with a space") << QStringLiteral("department_short") << QStringLiteral("SVH TTDL");
    QTest::newRow("short name in small letters") << QStringLiteral("department_short") << QStringLiteral("svhttdl");
    QTest::newRow("no place") << QStringLiteral("place") << QString();
    QTest::newRow("drafting unit with a slash") << QStringLiteral("drafting_unit") << QStringLiteral("QL/VH");
    QTest::newRow("symbol with a space") << QStringLiteral("symbol:summary_report") << QStringLiteral("BC SVHTTDL");
    QTest::newRow("symbol ending in a dash") << QStringLiteral("symbol:summary_report") << QStringLiteral("BC-");
}

void TestOrganisationService::refusedWithReasons()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    OrganisationSettings s = m_service->settings();
    if (field == QLatin1String("department"))
        s.department = value;
    else if (field == QLatin1String("department_short"))
        s.departmentShort = value;
    else if (field == QLatin1String("place"))
        s.place = value;
    else if (field == QLatin1String("drafting_unit"))
        s.draftingUnit = value;
    else
        s.symbols.insert(DocumentKind::SummaryReport, value);
    const OrganisationSettings before = m_service->settings();
    const int audited = AuditRepository(*m_db).count();
    try {
        m_service->save(s);
        QFAIL("saved");
    } catch (const ValidationError &error) {
        QCOMPARE(error.issues().size(), 1);
        QCOMPARE(error.issues().first().field, field);
        QVERIFY(!error.issues().first().message.isEmpty());
    }
    QCOMPARE(m_service->settings(), before);
    QCOMPARE(AuditRepository(*m_db).count(), audited);
}

void TestOrganisationService::signerOnly()
{
    m_service->saveSigner(QStringLiteral("KT. GIÁM ĐỐC"), QStringLiteral("PHÓ GIÁM ĐỐC"), QStringLiteral("Lê Thị Mai"));
    const OrganisationSettings s = m_service->settings();
    QCOMPARE(s.signerName, QStringLiteral("Lê Thị Mai"));
    QCOMPARE(s.department, QStringLiteral("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"));
    QCOMPARE(auditedFields(), QStringList{QStringLiteral("signer_name")});
}

void TestOrganisationService::symbolsPerKind()
{
    OrganisationSettings s = m_service->settings();
    QCOMPARE(s.symbol(DocumentKind::RankedList), QStringLiteral("DS-SVHTTDL"));
    QCOMPARE(s.symbol(DocumentKind::CommendationList), QStringLiteral("DS-SVHTTDL"));
    QCOMPARE(s.symbol(DocumentKind::SummaryReport), QStringLiteral("BC-SVHTTDL"));
    QCOMPARE(s.symbol(DocumentKind::PhaseReview), QStringLiteral("BC-SVHTTDL"));
    QCOMPARE(s.symbol(DocumentKind::ReminderLetter), QStringLiteral("SVHTTDL-QLVHGD")); // a công văn
    s.symbols.insert(DocumentKind::RankedList, QStringLiteral("DS-HĐTĐKT"));
    m_service->save(s);
    const OrganisationSettings stored = m_service->settings();
    QCOMPARE(OfficialDocument::forOrganisation(stored, DocumentKind::RankedList, 3, QDate(2025, 12, 1)).header.number,
             QStringLiteral("03/DS-HĐTĐKT"));
    QCOMPARE(
        OfficialDocument::forOrganisation(stored, DocumentKind::SummaryReport, 0, QDate(2025, 12, 1)).header.number,
        QStringLiteral("      /BC-SVHTTDL"));
}

QTEST_GUILESS_MAIN(TestOrganisationService)
#include "tst_organisationservice.moc"
