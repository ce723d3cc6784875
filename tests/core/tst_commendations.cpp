// CommendationService: the catalogue preloaded by migration 0006, forms, individuals,
// rules and proposals with their audit trail, refusals that write nothing, the
// suggestion rules on hand-built phase reviews, and the proposal list as PDF and XLSX.
#include "domain/phasereview.h"
#include "domain/validationissue.h"
#include "io/xlsxreader.h"
#include "reports/commendationlistdocument.h"
#include "reports/documentfonts.h"
#include "reports/documentrenderer.h"
#include "services/commendationcatalogueservice.h"
#include "services/commendationservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/unitrepository.h"
#include "support/pdfreadback.h"
#include "support/sampleorganisation.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString kGiayKhen = QStringLiteral("Giấy khen của Giám đốc Sở");
const QString kBangKhenTinh = QStringLiteral("Bằng khen của Chủ tịch UBND tỉnh");

QList<RubricClass> classes(const QStringList &codes)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("TOT"), QStringLiteral("Tốt")},       {QStringLiteral("KHA"), QStringLiteral("Khá")},
        {QStringLiteral("TB"), QStringLiteral("Trung bình")}, {QStringLiteral("KD"), QStringLiteral("Không đạt")},
        {QStringLiteral("M2"), QStringLiteral("Mức độ 2")},   {QStringLiteral("M1"), QStringLiteral("Mức độ 1")},
        {QStringLiteral("CD"), QStringLiteral("Chưa đạt")}};
    QList<RubricClass> result;
    for (const QString &code : codes) {
        RubricClass c;
        c.code = code;
        c.name = names.value(code);
        c.position = int(result.size());
        result.append(c);
    }
    return result;
}

const QStringList kTT22 = {QStringLiteral("TOT"), QStringLiteral("KHA"), QStringLiteral("TB"), QStringLiteral("KD")};
const QStringList kTT24 = {QStringLiteral("M2"), QStringLiteral("M1"), QStringLiteral("CD")};

// A phase review of 2024-2025 with one unit (id 7) whose results are given as
// "2024:TOT#3;2025:TOT#2,KHA#5" (class code and rank; "-" for a result not ranked);
// rubric2025 "TT24" switches 2025 to the levels rubric. 44 and 45 units ranked.
PhaseReview review(const QString &results, const QString &rubric2025 = QString())
{
    PhaseReview r;
    r.phase.number = 1;
    r.phase.yearFrom = 2024;
    r.phase.yearTo = 2025;
    r.years = {2024, 2025};
    for (int year : r.years) {
        PhaseYearFigures f;
        f.year = year;
        f.reviewed = year == 2024 ? 44 : 45;
        f.byLevels = year == 2025 && rubric2025 == QLatin1String("TT24");
        f.rubricClasses = classes(f.byLevels ? kTT24 : kTT22);
        r.perYear.append(f);
    }
    PhaseUnitRow row;
    row.unit.id = 7;
    row.unit.name = QStringLiteral("Thư viện tỉnh");
    for (const QString &yearPart : results.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int year = yearPart.section(QLatin1Char(':'), 0, 0).toInt();
        for (const QString &one : yearPart.section(QLatin1Char(':'), 1).split(QLatin1Char(','))) {
            PhaseYearResult result;
            result.unitId = 7;
            result.ranked = one != QLatin1String("-");
            if (result.ranked) {
                result.classCode = one.section(QLatin1Char('#'), 0, 0);
                result.rank = one.section(QLatin1Char('#'), 1).toInt();
            }
            row.years[year].append(result);
        }
    }
    r.rows.append(row);
    return r;
}

SuggestionRule rule(qint64 id, const QString &spec, qint64 formId = 1)
{
    // "class:KHA", "top:3", "top:3:every"
    SuggestionRule r;
    r.id = id;
    r.formId = formId;
    const QStringList parts = spec.split(QLatin1Char(':'));
    if (parts.first() == QLatin1String("class")) {
        r.kind = QStringLiteral("class_every_year");
        r.classCode = parts.at(1);
    } else {
        r.kind = QStringLiteral("top_n");
        r.topN = parts.at(1).toInt();
        r.everyYear = parts.size() > 2;
    }
    return r;
}

} // namespace

class TestCommendations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void catalogue();
    void names();
    void formCrud();
    void individualCrud();
    void ruleCrud();
    void proposalCrud();
    void refusals_data();
    void refusals();
    void duplicates();
    void restoreKeepsId();
    void proposalsForYear();
    void suggestions_data();
    void suggestions();
    void suggestionOrder();
    void listAndPdf();
    void xlsx();
    void summaryLines();

private:
    qint64 formId(const QString &name) const;
    qint64 addUnit(const QString &name);
    CommendationProposal collective(qint64 unitId, const QString &form = kGiayKhen) const;
    QString snapshot() const;
    void attempt(const QString &what);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CommendationService> m_service;
    std::unique_ptr<CommendationCatalogueService> m_catalogue;
    qint64 m_unit = 0;
    qint64 m_otherUnit = 0;
    qint64 m_person = 0;
    qint64 m_proposal = 0;
};

void TestCommendations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed: tools/install-deps.sh");
    QVERIFY(!DocumentFonts::family().isEmpty());
}

void TestCommendations::init()
{
    m_db = std::make_unique<Database>();
    TestDatabase::prepare(*m_db);
    m_service = std::make_unique<CommendationService>(*m_db);
    m_catalogue = std::make_unique<CommendationCatalogueService>(*m_db);
    m_service->setToday(QDate(2025, 12, 15));
    m_unit = addUnit(QStringLiteral("Thư viện tỉnh"));
    m_otherUnit = addUnit(QStringLiteral("Bảo tàng tỉnh"));
}

void TestCommendations::cleanup()
{
    m_catalogue.reset();
    m_service.reset();
    m_db.reset();
}

qint64 TestCommendations::formId(const QString &name) const
{
    for (const CommendationForm &f : m_catalogue->forms())
        if (f.name == name)
            return f.id;
    return 0;
}

qint64 TestCommendations::addUnit(const QString &name)
{
    Unit u;
    u.code = QStringLiteral("T%1").arg(UnitRepository(*m_db).count() + 1);
    u.name = name;
    u.kind = QStringLiteral("so_unit");
    u.validFrom = QDate(2020, 1, 1);
    return UnitRepository(*m_db).insert(u);
}

CommendationProposal TestCommendations::collective(qint64 unitId, const QString &form) const
{
    CommendationProposal p;
    p.phaseNumber = 1;
    p.year = 2025;
    p.formId = formId(form);
    p.unitId = unitId;
    p.reason = QStringLiteral("Xếp loại Tốt 2 năm liền (2024, 2025)");
    return p;
}

// Everything the service can write, as text.
QString TestCommendations::snapshot() const
{
    QStringList parts;
    for (const QString &table : {QStringLiteral("commendation_form"), QStringLiteral("individual"),
                                 QStringLiteral("suggestion_rule"), QStringLiteral("commendation_proposal")}) {
        SqlQuery q(*m_db, QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY id"));
        q.exec();
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 12; ++i)
                cells.append(q.value(i).toString());
            parts.append(cells.join(QLatin1Char('|')));
        }
    }
    parts.append(QString::number(AuditRepository(*m_db).count()));
    return parts.join(QLatin1Char('\n'));
}

void TestCommendations::catalogue()
{
    const QList<CommendationForm> all = m_catalogue->forms();
    QStringList forms;
    QStringList titles;
    for (const CommendationForm &f : all)
        (f.kind == QLatin1String("form") ? forms : titles).append(f.name);
    QCOMPARE(forms,
             (QStringList{kGiayKhen, kBangKhenTinh, QStringLiteral("Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo"),
                          QStringLiteral("Bằng khen của Thủ tướng Chính phủ")}));
    QCOMPARE(titles,
             (QStringList{QStringLiteral("Tập thể lao động tiên tiến"), QStringLiteral("Tập thể lao động xuất sắc"),
                          QStringLiteral("Lao động tiên tiến"), QStringLiteral("Chiến sĩ thi đua cơ sở")}));
    const CommendationForm giayKhen = *m_catalogue->form(formId(kGiayKhen));
    QCOMPARE(giayKhen.level, QStringLiteral("so"));
    QCOMPARE(giayKhen.subjects, (QStringList{QStringLiteral("tap_the"), QStringLiteral("ca_nhan")}));
    QCOMPARE(giayKhen.occasions,
             (QStringList{QStringLiteral("so_ket"), QStringLiteral("tong_ket"), QStringLiteral("hang_nam")}));
    const CommendationForm thuTuong = *m_catalogue->form(formId(QStringLiteral("Bằng khen của Thủ tướng Chính phủ")));
    QCOMPARE(thuTuong.level, QStringLiteral("nha_nuoc"));
    QCOMPARE(thuTuong.occasions, QStringList{QStringLiteral("tong_ket")});
    const CommendationForm laoDong = *m_catalogue->form(formId(QStringLiteral("Lao động tiên tiến")));
    QCOMPARE(laoDong.kind, QStringLiteral("title"));
    QCOMPARE(laoDong.subjects, QStringList{QStringLiteral("ca_nhan")});
    QCOMPARE(m_catalogue->forms(true).size(), 8);

    const QList<SuggestionRule> rules = m_catalogue->rules();
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules.at(0).kind, QStringLiteral("class_every_year"));
    QCOMPARE(rules.at(0).classCode, QStringLiteral("TOT"));
    QCOMPARE(rules.at(0).formId, formId(kGiayKhen));
    QCOMPARE(rules.at(1).kind, QStringLiteral("top_n"));
    QCOMPARE(rules.at(1).topN, 3);
    QVERIFY(!rules.at(1).everyYear);
    QCOMPARE(rules.at(1).formId, formId(kBangKhenTinh));
    QVERIFY(m_service->proposals(1).isEmpty());
}

void TestCommendations::names()
{
    QCOMPARE(CommendationService::statuses(),
             (QStringList{QStringLiteral("de_xuat"), QStringLiteral("da_trinh"), QStringLiteral("duoc_khen"),
                          QStringLiteral("khong_duoc_khen")}));
    QCOMPARE(CommendationService::statusName(QStringLiteral("duoc_khen")), QStringLiteral("Được khen thưởng"));
    QCOMPARE(CommendationService::statusName(QStringLiteral("khong_duoc_khen")),
             QStringLiteral("Không được khen thưởng"));
    QCOMPARE(CommendationService::subjectName(QStringLiteral("ho_gia_dinh")), QStringLiteral("Hộ gia đình"));
    QCOMPARE(CommendationService::levelName(QStringLiteral("nha_nuoc")), QStringLiteral("Cấp Nhà nước"));
    QCOMPARE(CommendationService::occasionName(QStringLiteral("hang_nam")), QStringLiteral("Hằng năm"));
}

void TestCommendations::formCrud()
{
    QSignalSpy changed(m_catalogue.get(), &CommendationCatalogueService::catalogueChanged);
    CommendationForm f;
    f.name = QStringLiteral("  Giấy khen của Chủ tịch UBND huyện ");
    f.level = QStringLiteral("so");
    f.subjects = {QStringLiteral("ca_nhan"), QStringLiteral("tap_the")};
    f.occasions = {QStringLiteral("dot_xuat")};
    const CommendationForm saved = m_catalogue->saveForm(f);
    QVERIFY(saved.id > 0);
    QCOMPARE(saved.name, QStringLiteral("Giấy khen của Chủ tịch UBND huyện"));
    QCOMPARE(saved.subjects, (QStringList{QStringLiteral("tap_the"), QStringLiteral("ca_nhan")}));
    QCOMPARE(saved.position, 9);
    QCOMPARE(m_catalogue->forms().last(), saved);
    QCOMPARE(changed.size(), 1);

    CommendationForm edited = saved;
    edited.active = false;
    edited.level = QStringLiteral("tinh");
    QCOMPARE(m_catalogue->saveForm(edited).active, false);
    QCOMPARE(m_catalogue->forms(true).size(), 8);
    const QList<AuditEntry> trail = AuditRepository(*m_db).forEntity(QStringLiteral("commendation_form"), saved.id);
    QCOMPARE(trail.size(), 3);
    QCOMPARE(trail.at(0).action, QStringLiteral("insert"));
    QVERIFY(trail.at(0).newValue.contains(QStringLiteral("name: Giấy khen của Chủ tịch UBND huyện")));
    QCOMPARE(trail.at(1).field, QStringLiteral("level"));
    QCOMPARE(trail.at(1).oldValue, QStringLiteral("so"));
    QCOMPARE(trail.at(1).newValue, QStringLiteral("tinh"));
    QCOMPARE(trail.at(2).field, QStringLiteral("active"));
    QCOMPARE(trail.at(2).newValue, QStringLiteral("0"));
    const int audits = AuditRepository(*m_db).count();
    m_catalogue->saveForm(m_catalogue->form(saved.id).value()); // nothing changed: nothing written
    QCOMPARE(AuditRepository(*m_db).count(), audits);

    m_catalogue->removeForm(saved.id);
    QVERIFY(!m_catalogue->form(saved.id));
    QCOMPARE(AuditRepository(*m_db).forEntity(QStringLiteral("commendation_form"), saved.id).last().action,
             QStringLiteral("delete"));
    QCOMPARE(changed.size(), 3);
}

void TestCommendations::individualCrud()
{
    Individual person;
    person.fullName = QStringLiteral(" Nguyễn  Văn An ");
    person.position = QStringLiteral("Phó Giám đốc");
    person.unitId = m_unit;
    const Individual saved = m_catalogue->saveIndividual(person);
    QCOMPARE(saved.fullName, QStringLiteral("Nguyễn Văn An"));
    Individual other = person;
    other.fullName = QStringLiteral("Đặng Thị Bình");
    const Individual binh = m_catalogue->saveIndividual(other);
    other = person;
    other.fullName = QStringLiteral("Bùi Thị Chi");
    m_catalogue->saveIndividual(other);
    QStringList order;
    for (const Individual &i : m_catalogue->individuals())
        order.append(i.fullName);
    QCOMPARE(order, (QStringList{QStringLiteral("Bùi Thị Chi"), QStringLiteral("Đặng Thị Bình"),
                                 QStringLiteral("Nguyễn Văn An")}));

    Individual moved = saved;
    moved.position = QStringLiteral("Giám đốc");
    moved.unitId = m_otherUnit;
    m_catalogue->saveIndividual(moved);
    const QList<AuditEntry> trail = AuditRepository(*m_db).forEntity(QStringLiteral("individual"), saved.id);
    QCOMPARE(trail.size(), 3);
    QCOMPARE(trail.at(1).field, QStringLiteral("position"));
    QCOMPARE(trail.at(1).oldValue, QStringLiteral("Phó Giám đốc"));
    QCOMPARE(trail.at(2).field, QStringLiteral("unit_id"));
    QCOMPARE(trail.at(2).newValue, QString::number(m_otherUnit));

    m_catalogue->removeIndividual(binh.id);
    QCOMPARE(m_catalogue->individuals().size(), 2);
    QCOMPARE(AuditRepository(*m_db).forEntity(QStringLiteral("individual"), binh.id).last().action,
             QStringLiteral("delete"));
}

void TestCommendations::ruleCrud()
{
    SuggestionRule r =
        rule(0, QStringLiteral("top:5:every"), formId(QStringLiteral("Bằng khen của Thủ tướng Chính phủ")));
    r.classCode = QStringLiteral("TOT"); // dropped: a top-N rule has no class
    const SuggestionRule saved = m_catalogue->saveRule(r);
    QVERIFY(saved.id > 0);
    QVERIFY(saved.classCode.isEmpty());
    QCOMPARE(m_catalogue->rules().size(), 3);
    QCOMPARE(m_catalogue->rules().last(), saved);
    SuggestionRule edited = saved;
    edited.enabled = false;
    edited.topN = 2;
    m_catalogue->saveRule(edited);
    const QList<AuditEntry> trail = AuditRepository(*m_db).forEntity(QStringLiteral("suggestion_rule"), saved.id);
    QCOMPARE(trail.size(), 3);
    QCOMPARE(trail.at(1).field, QStringLiteral("top_n"));
    QCOMPARE(trail.at(2).field, QStringLiteral("enabled"));
    m_catalogue->removeRule(saved.id);
    QCOMPARE(m_catalogue->rules().size(), 2);
}

void TestCommendations::proposalCrud()
{
    QSignalSpy changed(m_service.get(), &CommendationService::proposalsChanged);
    const CommendationProposal saved = m_service->saveProposal(collective(m_unit));
    QVERIFY(saved.id > 0);
    QCOMPARE(saved.status, QStringLiteral("de_xuat"));
    QCOMPARE(m_service->proposal(saved.id), std::optional<CommendationProposal>(saved));
    QCOMPARE(m_service->proposals(1), QList<CommendationProposal>{saved});
    QCOMPARE(m_service->proposals(1, 2025), QList<CommendationProposal>{saved});
    QVERIFY(m_service->proposals(0, 2025).isEmpty());

    CommendationProposal decided = saved;
    decided.status = QStringLiteral("duoc_khen");
    decided.decisionNumber = QStringLiteral(" 123/QĐ-SVHTTDL ");
    decided.decisionDate = QDate(2025, 12, 10);
    const CommendationProposal after = m_service->saveProposal(decided);
    QCOMPARE(after.decisionNumber, QStringLiteral("123/QĐ-SVHTTDL"));
    QCOMPARE(m_service->proposal(saved.id), std::optional<CommendationProposal>(after));

    Individual person;
    person.fullName = QStringLiteral("Trần Thị Bích");
    person.position = QStringLiteral("Thủ thư");
    person.unitId = m_otherUnit;
    CommendationProposal individual = collective(0);
    individual.subject = QStringLiteral("ca_nhan");
    individual.individualId = m_catalogue->saveIndividual(person).id;
    const CommendationProposal forPerson = m_service->saveProposal(individual);
    QCOMPARE(forPerson.unitId, m_otherUnit); // the person's unit

    const QList<AuditEntry> trail = m_service->history(saved.id);
    QCOMPARE(trail.size(), 4);
    QCOMPARE(trail.at(0).action, QStringLiteral("insert"));
    QVERIFY(trail.at(0).newValue.contains(QStringLiteral("unit_id: %1").arg(m_unit)));
    QStringList fields;
    for (qsizetype i = 1; i < trail.size(); ++i) {
        QCOMPARE(trail.at(i).action, QStringLiteral("update"));
        fields.append(trail.at(i).field);
    }
    QCOMPARE(fields, (QStringList{QStringLiteral("status"), QStringLiteral("decision_number"),
                                  QStringLiteral("decision_date")}));
    QCOMPARE(trail.at(1).oldValue, QStringLiteral("de_xuat"));
    QCOMPARE(trail.at(3).newValue, QStringLiteral("2025-12-10"));

    m_service->removeProposal(*m_service->proposal(saved.id));
    QVERIFY(!m_service->proposal(saved.id));
    QCOMPARE(m_service->history(saved.id).last().action, QStringLiteral("delete"));
    QCOMPARE(changed.size(), 4);
}

void TestCommendations::refusals_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field"); // the field the first issue names
    const auto row = [](const char *name, const char *what, const char *field) {
        QTest::newRow(name) << QString::fromLatin1(what) << QString::fromLatin1(field);
    };
    row("form without name", "form:name", "name");
    row("form name taken", "form:taken", "name");
    row("form name taken, decomposed", "form:taken-nfd", "name");
    row("form level unknown", "form:level", "level");
    row("form kind unknown", "form:kind", "kind");
    row("form without subject", "form:subjects", "subjects");
    row("form occasion unknown", "form:occasions", "occasions");
    row("form in use removed", "form:remove-used", "form");
    row("form of a rule removed", "form:remove-rule", "form");
    row("individual without name", "individual:name", "full_name");
    row("individual unit unknown", "individual:unit", "unit");
    row("individual proposed removed", "individual:remove-used", "individual");
    row("rule kind unknown", "rule:kind", "kind");
    row("rule top 0", "rule:top", "top_n");
    row("rule without class", "rule:class", "class_code");
    row("rule form unknown", "rule:form", "form");
    row("proposal form unknown", "proposal:form", "form");
    row("proposal title for a person", "proposal:subject-form", "form");
    row("proposal form inactive", "proposal:inactive", "form");
    row("proposal subject unknown", "proposal:subject", "subject");
    row("proposal unit unknown", "proposal:unit", "unit");
    row("proposal person missing", "proposal:individual", "individual");
    row("proposal status unknown", "proposal:status", "status");
    row("proposal decision in future", "proposal:future", "decision_date");
    row("proposal phase unknown", "proposal:phase", "phase");
    row("proposal without year", "proposal:year", "year");
    row("proposal id unknown", "proposal:id", "proposal");
    row("proposal duplicate", "proposal:duplicate", "unit");
    row("proposal removed twice", "proposal:remove-unknown", "proposal");
    row("proposal restored over itself", "proposal:restore-existing", "proposal");
}

void TestCommendations::attempt(const QString &what)
{
    const CommendationForm giayKhen = *m_catalogue->form(formId(kGiayKhen));
    if (what.startsWith(QLatin1String("form:"))) {
        CommendationForm f = giayKhen;
        f.id = 0;
        f.name = QStringLiteral("Giấy khen mới");
        if (what == QLatin1String("form:name"))
            f.name = QStringLiteral("   ");
        else if (what == QLatin1String("form:taken"))
            f.name = QStringLiteral("giấy khen của giám đốc sở");
        else if (what == QLatin1String("form:taken-nfd"))
            f.name = kGiayKhen.normalized(QString::NormalizationForm_D) + QStringLiteral(" ");
        else if (what == QLatin1String("form:level"))
            f.level = QStringLiteral("xa");
        else if (what == QLatin1String("form:kind"))
            f.kind = QStringLiteral("medal");
        else if (what == QLatin1String("form:subjects"))
            f.subjects.clear();
        else if (what == QLatin1String("form:occasions"))
            f.occasions = {QStringLiteral("le_tet")};
        if (what == QLatin1String("form:remove-used"))
            m_catalogue->removeForm(giayKhen.id);
        else if (what == QLatin1String("form:remove-rule"))
            m_catalogue->removeForm(formId(kBangKhenTinh));
        else
            m_catalogue->saveForm(f);
    } else if (what.startsWith(QLatin1String("individual:"))) {
        Individual person;
        person.fullName = QStringLiteral("Lê Văn Cường");
        person.unitId = m_unit;
        if (what == QLatin1String("individual:name"))
            person.fullName.clear();
        else if (what == QLatin1String("individual:unit"))
            person.unitId = 99999;
        if (what == QLatin1String("individual:remove-used"))
            m_catalogue->removeIndividual(m_person);
        else
            m_catalogue->saveIndividual(person);
    } else if (what.startsWith(QLatin1String("rule:"))) {
        SuggestionRule r = rule(0, QStringLiteral("class:KHA"), giayKhen.id);
        if (what == QLatin1String("rule:kind"))
            r.kind = QStringLiteral("best_of");
        else if (what == QLatin1String("rule:top"))
            r = rule(0, QStringLiteral("top:0"), giayKhen.id);
        else if (what == QLatin1String("rule:class"))
            r.classCode = QStringLiteral(" ");
        else if (what == QLatin1String("rule:form"))
            r.formId = 99999;
        m_catalogue->saveRule(r);
    } else {
        CommendationProposal p = collective(m_otherUnit);
        if (what == QLatin1String("proposal:form"))
            p.formId = 99999;
        else if (what == QLatin1String("proposal:subject-form")) {
            p.subject = QStringLiteral("ca_nhan");
            p.individualId = m_person;
            p.formId = formId(QStringLiteral("Tập thể lao động tiên tiến"));
        } else if (what == QLatin1String("proposal:inactive"))
            p.formId = formId(QStringLiteral("Bằng khen của Thủ tướng Chính phủ"));
        else if (what == QLatin1String("proposal:subject"))
            p.subject = QStringLiteral("ho_gia_dinh");
        else if (what == QLatin1String("proposal:unit"))
            p.unitId = 99999;
        else if (what == QLatin1String("proposal:individual"))
            p.subject = QStringLiteral("ca_nhan");
        else if (what == QLatin1String("proposal:status"))
            p.status = QStringLiteral("approved");
        else if (what == QLatin1String("proposal:future"))
            p.decisionDate = QDate(2025, 12, 16);
        else if (what == QLatin1String("proposal:phase"))
            p.phaseNumber = 9;
        else if (what == QLatin1String("proposal:year")) {
            p.phaseNumber = 0;
            p.year = 0;
        } else if (what == QLatin1String("proposal:id"))
            p.id = 99999;
        else if (what == QLatin1String("proposal:duplicate"))
            p.unitId = m_unit;
        if (what == QLatin1String("proposal:remove-unknown")) {
            p.id = 99999;
            m_service->removeProposal(p);
        } else if (what == QLatin1String("proposal:restore-existing"))
            m_service->restoreProposal(*m_service->proposal(m_proposal));
        else
            m_service->saveProposal(p);
    }
}

void TestCommendations::refusals()
{
    QFETCH(QString, what);
    QFETCH(QString, field);
    Individual person;
    person.fullName = QStringLiteral("Phạm Thị Dung");
    person.unitId = m_unit;
    m_person = m_catalogue->saveIndividual(person).id;
    CommendationProposal forPerson = collective(m_unit);
    forPerson.subject = QStringLiteral("ca_nhan");
    forPerson.individualId = m_person;
    m_service->saveProposal(forPerson);
    m_proposal = m_service->saveProposal(collective(m_unit)).id;
    CommendationForm thuTuong = *m_catalogue->form(formId(QStringLiteral("Bằng khen của Thủ tướng Chính phủ")));
    thuTuong.active = false;
    m_catalogue->saveForm(thuTuong);

    const QString before = snapshot();
    QSignalSpy proposals(m_service.get(), &CommendationService::proposalsChanged);
    QSignalSpy catalogue(m_catalogue.get(), &CommendationCatalogueService::catalogueChanged);
    try {
        attempt(what);
        QFAIL("the change was accepted");
    } catch (const ValidationError &error) {
        QVERIFY(!error.issues().isEmpty());
        QCOMPARE(error.issues().first().field, field);
        QVERIFY(!error.message().isEmpty());
    }
    QCOMPARE(snapshot(), before);
    QCOMPARE(proposals.size(), 0);
    QCOMPARE(catalogue.size(), 0);
}

void TestCommendations::duplicates()
{
    m_service->saveProposal(collective(m_unit));
    QVERIFY_THROWS_EXCEPTION(ValidationError, m_service->saveProposal(collective(m_unit)));
    m_service->saveProposal(collective(m_unit, kBangKhenTinh)); // another form
    m_service->saveProposal(collective(m_otherUnit));           // another unit
    CommendationProposal yearly = collective(m_unit);
    yearly.phaseNumber = 0;
    m_service->saveProposal(yearly); // a yearly proposal is not the phase's
    CommendationProposal later = collective(m_unit);
    later.phaseNumber = 2;
    later.year = 0; // the phase's review year
    QCOMPARE(m_service->saveProposal(later).year, 2030);

    Individual person;
    person.fullName = QStringLiteral("Võ Minh Đức");
    person.unitId = m_unit;
    CommendationProposal forPerson = collective(m_unit);
    forPerson.subject = QStringLiteral("ca_nhan");
    forPerson.individualId = m_catalogue->saveIndividual(person).id;
    m_service->saveProposal(forPerson); // the person is not the unit
    try {
        m_service->saveProposal(forPerson);
        QFAIL("a duplicate was accepted");
    } catch (const ValidationError &error) {
        QCOMPARE(error.issues().first().field, QStringLiteral("individual"));
    }
    QCOMPARE(m_service->proposals(1).size(), 4);

    // Editing a proposal into another's place is refused too.
    CommendationProposal moved = m_service->proposals(1, 2025).at(2);
    QCOMPARE(moved.unitId, m_otherUnit);
    moved.unitId = m_unit;
    QVERIFY_THROWS_EXCEPTION(ValidationError, m_service->saveProposal(moved));
}

void TestCommendations::restoreKeepsId()
{
    const CommendationProposal first = m_service->saveProposal(collective(m_unit));
    const CommendationProposal second = m_service->saveProposal(collective(m_otherUnit));
    m_service->removeProposal(first);
    // The form was made inactive since: the undo still puts the proposal back.
    CommendationForm form = *m_catalogue->form(first.formId);
    form.active = false;
    m_catalogue->saveForm(form);
    QSignalSpy changed(m_service.get(), &CommendationService::proposalsChanged);
    m_service->restoreProposal(first);
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_service->proposal(first.id));
    QVERIFY(m_service->proposal(first.id)->sameAs(first));
    // A newer version than the removed one: a copy read before the removal is stale.
    QCOMPARE(m_service->proposal(first.id)->version, first.version + 1);
    QCOMPARE(m_service->proposals(1).size(), 2);
    QCOMPARE(m_service->history(first.id).last().action, QStringLiteral("restore"));
    QVERIFY(m_service->proposal(second.id));
    QVERIFY_THROWS_EXCEPTION(ValidationError, m_service->restoreProposal(first));
}

void TestCommendations::proposalsForYear()
{
    m_service->saveProposal(collective(m_unit)); // phase 1, 2025
    CommendationProposal yearly = collective(m_otherUnit);
    yearly.phaseNumber = 0;
    m_service->saveProposal(yearly);
    CommendationProposal other = collective(m_otherUnit);
    other.phaseNumber = 0;
    other.year = 2024;
    m_service->saveProposal(other);
    QCOMPARE(m_service->proposalsForYear(2025).size(), 2);
    QCOMPARE(m_service->proposalsForYear(2024).size(), 1);
    QCOMPARE(m_service->proposals(0, 2025).size(), 1);
}

void TestCommendations::suggestions_data()
{
    QTest::addColumn<QString>("results");
    QTest::addColumn<QString>("rubric2025");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("reason"); // empty: not suggested
    const QString none;
    QTest::newRow("Tốt both years") << "2024:TOT#3;2025:TOT#2" << none << "class:TOT"
                                    << "Xếp loại Tốt 2 năm liền (2024, 2025)";
    QTest::newRow("Khá or better") << "2024:TOT#3;2025:KHA#9" << none << "class:KHA"
                                   << "Xếp loại Khá trở lên 2 năm liền (2024, 2025)";
    QTest::newRow("Khá is not Tốt") << "2024:TOT#3;2025:KHA#9" << none << "class:TOT" << none;
    QTest::newRow("a year missing") << "2025:TOT#1" << none << "class:TOT" << none;
    QTest::newRow("a year not ranked") << "2024:-;2025:TOT#1" << none << "class:TOT" << none;
    QTest::newRow("two predecessors, one worse") << "2024:TOT#3,KHA#12;2025:TOT#2" << none << "class:TOT" << none;
    QTest::newRow("two predecessors, both Tốt") << "2024:TOT#3,TOT#5;2025:TOT#2" << none << "class:TOT"
                                                << "Xếp loại Tốt 2 năm liền (2024, 2025)";
    QTest::newRow("rubric without the class") << "2024:TOT#3;2025:M2#2"
                                              << "TT24"
                                              << "class:TOT" << none;
    QTest::newRow("unknown class") << "2024:TOT#3;2025:TOT#2" << none << "class:XS" << none;
    QTest::newRow("top 3 last year") << "2024:KHA#10;2025:TOT#2" << none << "top:3"
                                     << "Xếp hạng 2/45 năm 2025";
    QTest::newRow("top 3 last year, 4th") << "2024:TOT#1;2025:TOT#4" << none << "top:3" << none;
    QTest::newRow("top 3 every year, once 10th") << "2024:KHA#10;2025:TOT#2" << none << "top:3:every" << none;
    QTest::newRow("top 3 every year") << "2024:TOT#1;2025:TOT#3" << none << "top:3:every"
                                      << "Xếp hạng 1/44 năm 2024, 3/45 năm 2025";
    QTest::newRow("top 3, two results both in") << "2025:TOT#1,TOT#3" << none << "top:3"
                                                << "Xếp hạng 1 và 3/45 năm 2025";
    QTest::newRow("top 3, two results one out") << "2025:TOT#1,KHA#7" << none << "top:3" << none;
    QTest::newRow("top 3, last year missing") << "2024:TOT#1" << none << "top:3" << none;
    QTest::newRow("top 3, last year not ranked") << "2024:TOT#1;2025:-" << none << "top:3" << none;
}

void TestCommendations::suggestions()
{
    QFETCH(QString, results);
    QFETCH(QString, rubric2025);
    QFETCH(QString, rule);
    QFETCH(QString, reason);
    const QList<CommendationSuggestion> found =
        CommendationService::suggest(review(results, rubric2025), {::rule(4, rule, 2)}, {});
    if (reason.isEmpty()) {
        QVERIFY2(found.isEmpty(), found.isEmpty() ? "" : qPrintable(found.first().reason));
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().reason, reason);
    QCOMPARE(found.first().unitId, 7);
    QCOMPARE(found.first().unitName, QStringLiteral("Thư viện tỉnh"));
    QCOMPARE(found.first().formId, 2);
    QCOMPARE(found.first().ruleKey, QStringLiteral("rule:4"));
    QVERIFY(!found.first().alreadyProposed);
}

void TestCommendations::suggestionOrder()
{
    PhaseReview r = review(QStringLiteral("2024:TOT#2;2025:TOT#1"));
    PhaseUnitRow second = r.rows.first();
    second.unit.id = 8;
    second.unit.name = QStringLiteral("Bảo tàng tỉnh");
    second.years[2025].first().rank = 3;
    PhaseUnitRow ended = r.rows.first();
    ended.unit.id = 9;
    ended.ended = true;
    r.rows = {second, r.rows.first(), ended};

    SuggestionRule disabled = rule(3, QStringLiteral("top:10"), 3);
    disabled.enabled = false;
    CommendationProposal existing;
    existing.phaseNumber = 1;
    existing.unitId = 7;
    existing.formId = 2;
    CommendationProposal otherPhase = existing;
    otherPhase.phaseNumber = 2;
    otherPhase.unitId = 8;
    const QList<CommendationSuggestion> found =
        CommendationService::suggest(r,
                                     {rule(1, QStringLiteral("top:1"), 2), rule(2, QStringLiteral("class:TOT"), 1),
                                      disabled, rule(5, QStringLiteral("top:3"), 1)},
                                     {existing, otherPhase});
    QStringList got;
    for (const CommendationSuggestion &s : found)
        got.append(QStringLiteral("%1 %2 %3 %4").arg(s.ruleKey).arg(s.unitId).arg(s.formId).arg(s.alreadyProposed));
    // Rule order, then the rows' order; the ended unit never; unit 7's Bằng khen is
    // proposed already (in this phase); rule 5 adds nothing rule 2 did not.
    QCOMPARE(got, (QStringList{QStringLiteral("rule:1 7 2 1"), QStringLiteral("rule:2 8 1 0"),
                               QStringLiteral("rule:2 7 1 0")}));
}

void TestCommendations::listAndPdf()
{
    const qint64 hall = addUnit(QStringLiteral("Nhà Văn hóa Lao động"));
    Individual person;
    person.fullName = QStringLiteral("Nguyễn Thị Mai");
    person.position = QStringLiteral("Phó Giám đốc");
    person.unitId = m_unit;
    const qint64 mai = m_catalogue->saveIndividual(person).id;

    CommendationProposal a = collective(m_unit);
    a.reason = QStringLiteral("Xếp loại Tốt 2 năm liền");
    m_service->saveProposal(a);
    CommendationProposal b = collective(m_otherUnit);
    b.reason = QStringLiteral("Xếp loại Tốt 2 năm liền");
    b.status = QStringLiteral("duoc_khen");
    b.decisionNumber = QStringLiteral("45/QĐ-SVHTTDL");
    b.decisionDate = QDate(2025, 12, 1);
    m_service->saveProposal(b);
    CommendationProposal c = collective(hall, kBangKhenTinh);
    c.reason = QStringLiteral("Xếp hạng 1/45 năm 2025");
    m_service->saveProposal(c);
    CommendationProposal d = collective(0);
    d.subject = QStringLiteral("ca_nhan");
    d.individualId = mai;
    d.reason = QStringLiteral("Chỉ đạo tốt phong trào");
    m_service->saveProposal(d);

    const CommendationList list = m_service->list(1, 2025);
    QCOMPARE(list.occasion, QStringLiteral("sơ kết giai đoạn 2024 - 2025"));
    QCOMPARE(list.lines.size(), 4);
    QStringList names;
    for (const CommendationListLine &line : list.lines)
        names.append(line.formName + QStringLiteral(": ") + line.name);
    QCOMPARE(names,
             (QStringList{kGiayKhen + QStringLiteral(": Bảo tàng tỉnh"), kGiayKhen + QStringLiteral(": Thư viện tỉnh"),
                          kGiayKhen + QStringLiteral(": Ông/Bà Nguyễn Thị Mai – Phó Giám đốc, Thư viện tỉnh"),
                          kBangKhenTinh + QStringLiteral(": Nhà Văn hóa Lao động")}));
    QCOMPARE(list.lines.at(0).status, QStringLiteral("Được khen thưởng"));
    QCOMPARE(list.lines.at(0).decision, QStringLiteral("Quyết định số 45/QĐ-SVHTTDL ngày 01/12/2025"));
    QCOMPARE(list.lines.at(2).subject, QStringLiteral("Cá nhân"));

    const OfficialDocument document =
        CommendationListDocument::build(list, sampleOrganisation(), QDate(2025, 12, 15), 7);
    QCOMPARE(document.header.number, QStringLiteral("07/DS-SVHTTDL"));
    QCOMPARE(document.typeName, QStringLiteral("DANH SÁCH"));
    const QString summary = QStringLiteral(
        "Đề nghị khen thưởng tập thể, cá nhân có thành tích xuất sắc trong Phong trào thi đua “Cả nước thi đua xây "
        "dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2024 - 2030”, sơ kết giai đoạn 2024 - 2025");
    QCOMPARE(document.summary, summary);
    QCOMPARE(DocumentRenderer::validate(document), QString());
    const DocumentTable table = CommendationListDocument::table(list);
    QCOMPARE(table.rows.size(), 6);
    QVERIFY(table.rows.at(0).bold);
    QCOMPARE(table.rows.at(0).cells, (QStringList{QStringLiteral("I"), kGiayKhen}));
    QCOMPARE(table.rows.at(4).cells, (QStringList{QStringLiteral("II"), kBangKhenTinh}));
    QCOMPARE(table.rows.at(5).cells.first(), QStringLiteral("1"));

    const QString pdf = m_dir.filePath(QStringLiteral("list.pdf"));
    QCOMPARE(DocumentRenderer::writePdf(document, pdf), QString());
    const QString sample = qEnvironmentVariable("XHHT_SAMPLE_PDF");
    if (!sample.isEmpty()) { // keep a copy to look at: XHHT_SAMPLE_PDF=/tmp/xhht-sample.pdf
        const QString copy = sample.chopped(4) + QStringLiteral("-commendations.pdf");
        QFile::remove(copy);
        QVERIFY(QFile::copy(pdf, copy));
    }
    const QString text = PdfReadBack::readText(pdf);
    QStringList expected = {
        QStringLiteral("Số: 07/DS-SVHTTDL"),
        QStringLiteral("DANH SÁCH"),
        summary,
        QStringLiteral("STT Tên tập thể/cá nhân Thành tích Ghi chú"),
        QStringLiteral("I ") + kGiayKhen,
        QStringLiteral("1 Bảo tàng tỉnh Xếp loại Tốt 2 năm liền Được khen thưởng, Quyết định số"),
        QStringLiteral("2 Thư viện tỉnh Xếp loại Tốt 2 năm liền"),
        QStringLiteral("3 Ông/Bà Nguyễn Thị Mai –"),
        QStringLiteral("II ") + kBangKhenTinh,
        QStringLiteral("1 Nhà Văn hóa Lao động Xếp hạng 1/45 năm 2025"),
        QStringLiteral("Danh sách gồm 4 đề nghị khen thưởng: 3 tập thể và 1 cá nhân."),
        QStringLiteral("Nơi nhận:"),
    };
    qsizetype at = 0;
    for (const QString &piece : expected) {
        const qsizetype found = text.indexOf(piece, at);
        QVERIFY2(found >= 0, qPrintable(QStringLiteral("“%1” not found in: %2").arg(piece, text.mid(at))));
        at = found + piece.size();
    }
    QVERIFY(text.contains(QStringLiteral("Nguyễn Thị Hồng Thắm"))); // the signature, drawn before "Nơi nhận"
}

void TestCommendations::xlsx()
{
    CommendationList list;
    list.phaseNumber = 1;
    list.year = 2025;
    list.occasion = QStringLiteral("sơ kết giai đoạn 2024 - 2025");
    list.lines = {{QStringLiteral("Tập thể"), QStringLiteral("Thư viện tỉnh"), kGiayKhen,
                   QStringLiteral("Xếp loại Tốt 2 năm liền (2024, 2025)"), QStringLiteral("Đề xuất"), QString()},
                  {QStringLiteral("Tập thể"), QStringLiteral("Bảo tàng tỉnh"), kBangKhenTinh,
                   QStringLiteral("Xếp hạng 1/45 năm 2025"), QStringLiteral("Được khen thưởng"),
                   QStringLiteral("Quyết định số 45/QĐ-UBND ngày 01/12/2025")},
                  {QStringLiteral("Cá nhân"), QStringLiteral("Ông/Bà Nguyễn Thị Mai – Phó Giám đốc, Thư viện tỉnh"),
                   kGiayKhen, QStringLiteral("Chỉ đạo tốt"), QStringLiteral("Đề xuất"), QString()}};
    const QString path = m_dir.filePath(QStringLiteral("list.xlsx"));
    QString error;
    QVERIFY2(CommendationListDocument::writeXlsx(list, path, &error), qPrintable(error));
    const TableReadResult read = XlsxReader::read(path);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.rowCount(), 4);
    QCOMPARE(read.row(0).toList(),
             (QStringList{QStringLiteral("STT"), QStringLiteral("Đối tượng"), QStringLiteral("Tên tập thể/cá nhân"),
                          QStringLiteral("Hình thức khen thưởng"), QStringLiteral("Thành tích"),
                          QStringLiteral("Trạng thái"), QStringLiteral("Quyết định")}));
    // Grouped by form: the second Giấy khen line comes before the Bằng khen.
    QStringList first = CommendationListDocument::rows(list).at(0);
    while (first.constLast().isEmpty()) // empty cells are not read
        first.removeLast();
    QCOMPARE(read.row(1).toList(), first);
    QCOMPARE(read.row(2).toList(), (QStringList{QStringLiteral("2"), QStringLiteral("Cá nhân"),
                                                QStringLiteral("Ông/Bà Nguyễn Thị Mai – Phó Giám đốc, Thư viện tỉnh"),
                                                kGiayKhen, QStringLiteral("Chỉ đạo tốt"), QStringLiteral("Đề xuất")}));
    QCOMPARE(read.row(3).toList().at(0), QStringLiteral("3"));
    QCOMPARE(read.row(3).toList().at(6), QStringLiteral("Quyết định số 45/QĐ-UBND ngày 01/12/2025"));
}

void TestCommendations::summaryLines()
{
    CommendationList list;
    list.lines = {{QStringLiteral("Tập thể"), QStringLiteral("Thư viện tỉnh"), kGiayKhen, QString(),
                   QStringLiteral("Được khen thưởng"), QString()},
                  {QStringLiteral("Tập thể"), QStringLiteral("Bảo tàng tỉnh"), kBangKhenTinh, QString(),
                   QStringLiteral("Đề xuất"), QString()},
                  {QStringLiteral("Cá nhân"), QStringLiteral("Ông/Bà Nguyễn Thị Mai – Phó Giám đốc, Thư viện tỉnh"),
                   kGiayKhen, QString(), QStringLiteral("Đề xuất"), QString()},
                  {QStringLiteral("Tập thể"), QStringLiteral("Nhà Văn hóa Lao động"), kGiayKhen, QString(),
                   QStringLiteral("Đề xuất"), QString()}};
    QCOMPARE(CommendationListDocument::summaryLines(list),
             (QStringList{kGiayKhen + QStringLiteral(": 2 tập thể (Thư viện tỉnh; Nhà Văn hóa Lao động) và 1 cá nhân "
                                                     "(Ông/Bà Nguyễn Thị Mai – Phó Giám đốc, Thư viện tỉnh); 1 được "
                                                     "khen thưởng, 2 đang chờ quyết định."),
                          kBangKhenTinh + QStringLiteral(": 1 tập thể (Bảo tàng tỉnh).")}));
    QVERIFY(CommendationListDocument::summaryLines(CommendationList()).isEmpty());
}

QTEST_MAIN(TestCommendations)
#include "tst_commendations.moc"
