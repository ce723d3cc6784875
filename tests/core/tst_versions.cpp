#include "domain/storageerror.h"
#include "services/annualreportservice.h"
#include "services/commendationcatalogueservice.h"
#include "services/commendationservice.h"
#include "services/demogenerator.h"
#include "services/seeder.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Optimistic saves beyond submissions (0012_more_versions.sql): a reviewed score, a
// section of the annual report and a commendation proposal saved from a copy read
// before someone else's change are refused with who changed it, and the other change
// stays. Two windows on one SQLite file, or two people on one server (the _pg run):
// each its own connection and its own bundle of services.
class TestVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void staleReviewedScoreIsRefused();
    void otherItemsOfTheSameUnitDoNotConflict();
    void staleReportSectionIsRefused();
    void reportSectionBackToDraftKeepsRaisingItsVersion();
    void staleProposalIsRefused();
    void restoredProposalIsNewerThanCopiesOfTheRemovedOne();
    void staleRemovalIsRefused();

private:
    // The message names who made the last change of `entity` `id` (the audit log's actor).
    void checkNamesActor(const StorageError &error, const QString &entity, qint64 id);
    CommendationProposal newProposal();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_first;
    std::unique_ptr<Database> m_second;
    std::unique_ptr<Services> m_one;
    std::unique_ptr<Services> m_two;
    qint64 m_unit = 0;
    Criterion m_item;
};

void TestVersions::init()
{
    QVERIFY(m_dir.isValid());
    const QString where = TestDatabase::serverUri().isEmpty()
                              ? m_dir.filePath(QStringLiteral("shared-%1.sqlite").arg(QTest::currentTestFunction()))
                              : TestDatabase::freshServerDatabase();
    m_first = std::make_unique<Database>();
    m_first->open(where);
    Seeder(*m_first).seed();
    DemoGenerator(*m_first).addDemo();
    m_second = std::make_unique<Database>();
    m_second->open(where, Database::OpenMode::ExistingOnly);
    m_one = std::make_unique<Services>(*m_first);
    m_two = std::make_unique<Services>(*m_second);

    const YearContext context = m_one->submissions().context(2025);
    QVERIFY(!context.units.isEmpty());
    m_unit = 0;
    for (const Unit &unit : context.units)
        if (!m_unit && m_one->submissions().load(unit.id, 2025).status != QLatin1String("not_received"))
            m_unit = unit.id;
    QVERIFY(m_unit > 0);
    int items = 0;
    for (const Criterion &c : context.rubric.criteria)
        if (c.kind == QLatin1String("points") && items++ == 0)
            m_item = c;
    QVERIFY2(items >= 2, "the rubric has two scored items");
}

void TestVersions::cleanup()
{
    m_two.reset();
    m_one.reset();
    m_second.reset();
    m_first.reset();
}

void TestVersions::checkNamesActor(const StorageError &error, const QString &entity, qint64 id)
{
    QCOMPARE(error.kind(), StorageError::Kind::Conflict);
    const QList<AuditEntry> history = AuditRepository(*m_first).forEntity(entity, id);
    QVERIFY(!history.isEmpty());
    QVERIFY(!history.last().actor.isEmpty());
    QVERIFY2(error.message().contains(history.last().actor), qPrintable(error.message()));
    QVERIFY2(error.message().contains(history.last().at.toLocalTime().toString(QStringLiteral("HH:mm dd/MM/yyyy"))),
             qPrintable(error.message()));
}

void TestVersions::staleReviewedScoreIsRefused()
{
    SubmissionService &one = m_one->submissions();
    SubmissionService &two = m_two->submissions();
    // Both grids show the item as it is now.
    Submission shown = one.load(m_unit, 2025);
    const CriterionScore seen = shown.scoreToChange(m_item.id);
    const Points theirs = Points::fromHundredths(100);
    const Points mine = Points::fromHundredths(50);
    QVERIFY(seen.reviewed != std::optional<Points>(theirs));

    // The second reviewer saves the cell first.
    Submission edited = two.load(m_unit, 2025);
    edited.scoreToChange(m_item.id).reviewed = theirs;
    const Submission stored = two.saveReview(edited, m_item.id, seen);
    QCOMPARE(stored.score(m_item.id)->reviewed, std::optional<Points>(theirs));

    // The first types into the stale cell: the edit is made on a fresh load (as the
    // grid's writer does), yet refused, since the cell no longer holds what was shown.
    Submission late = one.load(m_unit, 2025);
    late.scoreToChange(m_item.id).reviewed = mine;
    try {
        one.saveReview(late, m_item.id, seen);
        QFAIL("a reviewed score saved over another reviewer's value");
    } catch (const StorageError &error) {
        checkNamesActor(error, QStringLiteral("submission"), stored.id);
        QVERIFY2(error.message().contains(m_item.code), qPrintable(error.message()));
    }
    QCOMPARE(two.load(m_unit, 2025).score(m_item.id)->reviewed, std::optional<Points>(theirs));

    // Seen again (reload, or "save mine over theirs"), the edit goes through.
    const Submission over = one.saveReview(late, m_item.id, *stored.score(m_item.id));
    QCOMPARE(over.score(m_item.id)->reviewed, std::optional<Points>(mine));
}

void TestVersions::otherItemsOfTheSameUnitDoNotConflict()
{
    SubmissionService &one = m_one->submissions();
    SubmissionService &two = m_two->submissions();
    const Submission shown = one.load(m_unit, 2025);
    QVERIFY(shown.scores.size() >= 2);
    QVERIFY(shown.score(m_item.id));
    const CriterionScore first = *shown.score(m_item.id);
    const CriterionScore *other = nullptr;
    for (const CriterionScore &s : shown.scores)
        if (s.criterionId != m_item.id && !other)
            other = &s;
    QVERIFY(other);
    const CriterionScore second = *other;

    Submission a = two.load(m_unit, 2025);
    a.scoreToChange(second.criterionId).note = QStringLiteral("ghi chú của người thứ hai");
    two.saveReview(a, second.criterionId, second);

    Submission b = one.load(m_unit, 2025);
    b.scoreToChange(m_item.id).note = QStringLiteral("ghi chú của người thứ nhất");
    const Submission stored = one.saveReview(b, m_item.id, first);
    QCOMPARE(stored.score(m_item.id)->note, QStringLiteral("ghi chú của người thứ nhất"));
    QCOMPARE(stored.score(second.criterionId)->note, QStringLiteral("ghi chú của người thứ hai"));
}

void TestVersions::staleReportSectionIsRefused()
{
    AnnualReportService &one = m_one->annualReports();
    AnnualReportService &two = m_two->annualReports();
    const AnnualReport mine = one.load(2025);
    const AnnualReport theirs = two.load(2025);
    QVERIFY(!mine.versions.contains(ReportSection::Opening));

    two.saveText(theirs, ReportSection::Opening, QStringLiteral("Mở đầu do người thứ hai viết."));
    try {
        one.saveText(mine, ReportSection::Opening, QStringLiteral("Mở đầu do người thứ nhất viết."));
        QFAIL("a report section saved over another person's text");
    } catch (const StorageError &error) {
        checkNamesActor(error, QStringLiteral("report_text"), 2025);
        QVERIFY2(error.message().contains(AnnualReportService::sectionTitle(ReportSection::Opening)),
                 qPrintable(error.message()));
    }
    const AnnualReport now = one.load(2025);
    QCOMPARE(now.saved.value(ReportSection::Opening), QStringLiteral("Mở đầu do người thứ hai viết."));
    QCOMPARE(now.versions.value(ReportSection::Opening), 1);
    // Another section of the same year is not blocked by it.
    one.saveText(mine, ReportSection::Assessment, QStringLiteral("Đánh giá chung."));
    // Read again, the first person's text goes through.
    one.saveText(now, ReportSection::Opening, QStringLiteral("Mở đầu do người thứ nhất viết."));
    const AnnualReport last = two.load(2025);
    QCOMPARE(last.saved.value(ReportSection::Opening), QStringLiteral("Mở đầu do người thứ nhất viết."));
    QCOMPARE(last.versions.value(ReportSection::Opening), 2);
    QCOMPARE(last.saved.value(ReportSection::Assessment), QStringLiteral("Đánh giá chung."));
}

void TestVersions::reportSectionBackToDraftKeepsRaisingItsVersion()
{
    AnnualReportService &one = m_one->annualReports();
    AnnualReportService &two = m_two->annualReports();
    one.saveText(one.load(2025), ReportSection::Proposals, QStringLiteral("Kiến nghị."));
    const AnnualReport stale = one.load(2025);
    two.saveText(two.load(2025), ReportSection::Proposals, QString()); // back to the draft
    const AnnualReport drafted = two.load(2025);
    QVERIFY(!drafted.saved.contains(ReportSection::Proposals));
    QCOMPARE(drafted.versions.value(ReportSection::Proposals), 2);
    QVERIFY_THROWS_EXCEPTION(StorageError, one.saveText(stale, ReportSection::Proposals, QStringLiteral("Khác.")));
    QVERIFY(!one.load(2025).saved.contains(ReportSection::Proposals));
    one.saveText(drafted, ReportSection::Proposals, QStringLiteral("Khác."));
    QCOMPARE(two.load(2025).saved.value(ReportSection::Proposals), QStringLiteral("Khác."));
}

CommendationProposal TestVersions::newProposal()
{
    CommendationProposal p;
    p.year = 2025;
    p.unitId = m_unit;
    for (const CommendationForm &form : m_one->catalogue().forms(true))
        if (form.kind == QLatin1String("form") && form.subjects.contains(QStringLiteral("tap_the")) && !p.formId)
            p.formId = form.id;
    p.reason = QStringLiteral("Thành tích năm 2025");
    return m_one->commendations().saveProposal(p);
}

void TestVersions::staleProposalIsRefused()
{
    CommendationService &one = m_one->commendations();
    CommendationService &two = m_two->commendations();
    const CommendationProposal created = newProposal();
    QVERIFY(created.id > 0);
    CommendationProposal mine = *one.proposal(created.id);
    CommendationProposal theirs = *two.proposal(created.id);

    theirs.status = QStringLiteral("da_trinh");
    const CommendationProposal saved = two.saveProposal(theirs);
    QCOMPARE(saved.version, mine.version + 1);

    mine.reason = QStringLiteral("Thành tích khác");
    try {
        one.saveProposal(mine);
        QFAIL("a proposal saved over another person's change");
    } catch (const StorageError &error) {
        checkNamesActor(error, QStringLiteral("commendation_proposal"), created.id);
    }
    const CommendationProposal stored = *one.proposal(created.id);
    QCOMPARE(stored.status, QStringLiteral("da_trinh"));
    QCOMPARE(stored.reason, QStringLiteral("Thành tích năm 2025"));
    // Saving what is stored writes nothing, not even a new version.
    QCOMPARE(one.saveProposal(stored).version, stored.version);
    // At their version ("save mine over theirs"), the edit goes through.
    mine.version = stored.version;
    const CommendationProposal over = one.saveProposal(mine);
    QCOMPARE(over.reason, QStringLiteral("Thành tích khác"));
    QCOMPARE(over.status, QStringLiteral("de_xuat"));
    QCOMPARE(over.version, stored.version + 1);
}

void TestVersions::restoredProposalIsNewerThanCopiesOfTheRemovedOne()
{
    CommendationService &one = m_one->commendations();
    CommendationService &two = m_two->commendations();
    const CommendationProposal created = newProposal();
    CommendationProposal stale = *two.proposal(created.id);
    one.removeProposal(created);
    one.restoreProposal(created); // an undo of the removal
    QCOMPARE(one.proposal(created.id)->version, created.version + 1);
    stale.reason = QStringLiteral("Sửa từ bản cũ");
    QVERIFY_THROWS_EXCEPTION(StorageError, two.saveProposal(stale));
    QCOMPARE(one.proposal(created.id)->reason, created.reason);
}

// Removing a proposal someone else changed since it was read would lose their change
// unseen: refused like a save, naming them; removed once read again.
void TestVersions::staleRemovalIsRefused()
{
    CommendationService &one = m_one->commendations();
    CommendationService &two = m_two->commendations();
    const CommendationProposal created = newProposal();
    const CommendationProposal seen = *one.proposal(created.id);
    CommendationProposal theirs = *two.proposal(created.id);
    theirs.reason = QStringLiteral("Bổ sung thành tích");
    two.saveProposal(theirs);
    try {
        one.removeProposal(seen);
        QFAIL("a proposal removed over another person's change");
    } catch (const StorageError &error) {
        checkNamesActor(error, QStringLiteral("commendation_proposal"), created.id);
    }
    QCOMPARE(one.proposal(created.id)->reason, QStringLiteral("Bổ sung thành tích"));
    one.removeProposal(*one.proposal(created.id));
    QVERIFY(!one.proposal(created.id));
}

QTEST_GUILESS_MAIN(TestVersions)
#include "tst_versions.moc"
