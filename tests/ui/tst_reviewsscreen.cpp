#include "io/xlsxreader.h"
#include "language.h"
#include "reviews/commendationcataloguedialog.h"
#include "reviews/phasereviewmodel.h"
#include "reviews/proposaldialog.h"
#include "reviews/proposaltablemodel.h"
#include "reviews/reviewsscreen.h"
#include "services/commendationcatalogueservice.h"
#include "services/commendationservice.h"
#include "services/organisationservice.h"
#include "services/services.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "support/pdfreadback.h"
#include "support/testdatabase.h"
#include "widgets/tablesearch.h"
#include "widgets/unsavedquestion.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

// The Reviews screen offscreen on the demo database, on 20/12/2024 (phase 1 has run one
// year, reviewed): the review table, a suggestion accepted with the keyboard and undone,
// a proposal added, refused as a duplicate, edited to a decision and removed through
// the dialog with undo, a person added in the catalogue, and the documents exported and
// read back.
class TestReviewsScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheReview();
    void searchFindsUnitsWithoutDiacritics();
    void noSuggestionSaysWhy();
    void acceptSuggestionIsUndoable();
    void proposalThroughTheDialog();
    void editAndRemoveAreUndoable();
    void proposalChangedMeanwhileAsksWhatToDo();
    void catalogueAddsAPerson();
    void exportsTheDocuments();
    void emptyListCannotBeExported();
    void modelsPassTester();
    void standardButtonsInVietnamese(); // installs Vietnamese: the last tests of this file
    void screenshot();

private:
    static void typeText(QWidget *widget, const QString &text);
    static void choose(QComboBox *combo, const QString &text);
    void openCommendations();
    int proposalCount() const { return int(m_service->proposals(1).size()); }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Services> m_services;
    CommendationService *m_service = nullptr;            // m_services->commendations()
    CommendationCatalogueService *m_catalogue = nullptr; // m_services->catalogue()
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ReviewsScreen> m_screen;
};

void TestReviewsScreen::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("xhht-tests"));
}

void TestReviewsScreen::init()
{
    m_db = std::make_unique<Database>();
    TestDatabase::prepare(*m_db, TestDatabase::WithDemo);
    m_services = std::make_unique<Services>(*m_db);
    m_service = &m_services->commendations();
    m_catalogue = &m_services->catalogue();
    m_service->setToday(QDate(2024, 12, 20));
    m_undo = std::make_unique<QUndoStack>();
    m_screen = std::make_unique<ReviewsScreen>(*m_services, m_undo.get());
    m_screen->setToday(QDate(2024, 12, 20));
    m_screen->resize(1280, 760);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    // It opens on the phase running today (2, by the machine's clock); the clerk picks 1.
    choose(m_screen->phaseBox(), m_screen->phaseBox()->itemText(m_screen->phaseBox()->findData(1)));
}

void TestReviewsScreen::cleanup()
{
    m_screen.reset();
    m_undo.reset();
    m_services.reset();
    m_db.reset();
}

void TestReviewsScreen::typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void TestReviewsScreen::choose(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), text);
}

void TestReviewsScreen::openCommendations()
{
    QTabWidget *tabs = m_screen->tabs();
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
    QCOMPARE(tabs->currentIndex(), 1);
}

// The same diacritic-blind search as the Submissions screen; Ctrl+F reaches it.
void TestReviewsScreen::searchFindsUnitsWithoutDiacritics()
{
    QTableView *view = m_screen->reviewView();
    TableSearch *search = m_screen->reviewSearch();
    QVERIFY(search);
    const int all = m_screen->reviewModel()->rowCount();
    QCOMPARE(search->visibleRows(), all);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("tan bien"));
    QCOMPARE(search->visibleRows(), 2);
    for (int row = 0; row < all; ++row)
        if (!view->isRowHidden(row))
            QVERIFY(m_screen->reviewModel()->index(row, 0).data().toString().contains(QStringLiteral("Tân Biên")));
    // The search holds when the table reloads.
    m_screen->reload();
    QCOMPARE(search->visibleRows(), 2);
    search->clear();
    QCOMPARE(search->visibleRows(), all);
}

// Phase 1 seen in 2026: 2025 is not scored in the demo, so the rules suggest nobody, and
// the list says so instead of staying empty.
void TestReviewsScreen::noSuggestionSaysWhy()
{
    m_service->setToday(QDate(2026, 3, 1));
    m_screen->setToday(QDate(2026, 3, 1));
    m_screen->setPhase(1);
    QListWidget *list = m_screen->suggestionList();
    QCOMPARE(list->count(), 1);
    QVERIFY(!list->item(0)->flags().testFlag(Qt::ItemIsUserCheckable));
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("2025 not fully scored")),
             qPrintable(list->item(0)->text()));
    QVERIFY(!m_screen->acceptButton()->isEnabled());
    QVERIFY(!m_screen->acceptSuggestions());
}

void TestReviewsScreen::showsTheReview()
{
    QCOMPARE(m_screen->phase(), 1);
    const PhaseReview &review = m_screen->review();
    QCOMPARE(review.years, QList<int>{2024}); // 2025 has not begun on 20/12/2024
    PhaseReviewModel *model = m_screen->reviewModel();
    QCOMPARE(model->columnCount(), 3);
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("2024"));
    QCOMPARE(model->rowCount(), int(review.rows.size()));
    QVERIFY(model->rowCount() >= 20);
    // Every unit of 2024 was reviewed in the demo: each cell names its class and timeliness.
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString cell = model->index(row, 2).data().toString();
        QVERIFY2(!cell.contains(QLatin1String("not ranked")), qPrintable(cell));
        QVERIFY2(cell.contains(QLatin1String("on time")) || cell.contains(QLatin1String("late")), qPrintable(cell));
    }
    QVERIFY(m_screen->countsLabel()->text().contains(QLatin1String("2024")));
    // Unticking the roll-up reads the review again with each unit on its own row.
    QVERIFY(m_screen->review().rolledUp);
    QCheckBox *rollUp = m_screen->rollUpCheck();
    QTest::mouseClick(rollUp, Qt::LeftButton, {}, QPoint(4, rollUp->height() / 2));
    QVERIFY(!rollUp->isChecked());
    QVERIFY(!m_screen->review().rolledUp);
    QCOMPARE(model->rowCount(), int(review.rows.size())); // nothing was merged by 20/12/2024
}

void TestReviewsScreen::acceptSuggestionIsUndoable()
{
    openCommendations();
    QListWidget *list = m_screen->suggestionList();
    QVERIFY(list->count() > 0); // the top three of 2024, and those classed Tốt
    QVERIFY(!m_screen->acceptButton()->isEnabled() || list->count() > 0);
    QListWidgetItem *first = list->item(0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(first).center());
    QTest::keyClick(list, Qt::Key_Space); // ticks it
    QCOMPARE(first->checkState(), Qt::Checked);
    const int audit = AuditRepository(*m_db).count();
    QTest::mouseClick(m_screen->acceptButton(), Qt::LeftButton);
    QCOMPARE(proposalCount(), 1);
    QCOMPARE(AuditRepository(*m_db).count(), audit + 1);
    const CommendationProposal proposal = m_service->proposals(1).first();
    QCOMPARE(proposal.year, 2025); // the review's year
    QVERIFY(!proposal.ruleKey.isEmpty());
    QVERIFY(!proposal.reason.isEmpty());
    QCOMPARE(m_screen->proposalModel()->rowCount(), 1);
    // The suggestion now says it is proposed and cannot be ticked again.
    QVERIFY(list->item(0)->text().contains(QLatin1String("already proposed")));
    QVERIFY(!list->item(0)->flags().testFlag(Qt::ItemIsUserCheckable));

    m_undo->undo();
    QCOMPARE(proposalCount(), 0);
    QCOMPARE(m_screen->proposalModel()->rowCount(), 0);
    m_undo->redo();
    QCOMPARE(proposalCount(), 1);
    QCOMPARE(m_service->proposals(1).first().id, proposal.id); // the same proposal back
}

void TestReviewsScreen::proposalThroughTheDialog()
{
    openCommendations();
    QTest::mouseClick(m_screen->addButton(), Qt::LeftButton);
    ProposalDialog *dialog = m_screen->proposalDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    choose(dialog->unitBox(), QStringLiteral("Thư viện tỉnh Tây Ninh"));
    choose(dialog->formBox(), QStringLiteral("Giấy khen của Giám đốc Sở"));
    // A sơ kết offers only the forms for a sơ kết: no Bằng khen of the Prime Minister.
    QCOMPARE(dialog->formBox()->findText(QStringLiteral("Bằng khen của Thủ tướng Chính phủ")), -1);
    dialog->reasonEdit()->setFocus();
    typeText(dialog->reasonEdit(), QStringLiteral("Tổ chức tốt Ngày sách và Văn hóa đọc"));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!m_screen->proposalDialog());
    QCOMPARE(proposalCount(), 1);
    const CommendationProposal stored = m_service->proposals(1).first();
    QCOMPARE(stored.reason, QStringLiteral("Tổ chức tốt Ngày sách và Văn hóa đọc"));
    QCOMPARE(stored.status, QStringLiteral("de_xuat"));
    QCOMPARE(m_screen->proposalModel()->index(0, ProposalTableModel::NameColumn).data().toString(),
             QStringLiteral("Thư viện tỉnh Tây Ninh"));

    // The same again is refused where it is typed, and nothing is stored.
    QTest::mouseClick(m_screen->addButton(), Qt::LeftButton);
    dialog = m_screen->proposalDialog();
    QVERIFY(dialog);
    choose(dialog->unitBox(), QStringLiteral("Thư viện tỉnh Tây Ninh"));
    choose(dialog->formBox(), QStringLiteral("Giấy khen của Giám đốc Sở"));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->messageLabel()->isVisible());
    QVERIFY(!dialog->messageLabel()->text().isEmpty());
    QCOMPARE(proposalCount(), 1);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_screen->proposalDialog());
    QCOMPARE(proposalCount(), 1);
}

void TestReviewsScreen::editAndRemoveAreUndoable()
{
    openCommendations();
    CommendationProposal proposal;
    proposal.phaseNumber = 1;
    proposal.year = 2025;
    proposal.formId = m_catalogue->forms().first().id;
    proposal.unitId = m_screen->review().rows.first().unit.id;
    proposal.reason = QStringLiteral("Xếp loại Tốt năm 2024");
    const CommendationProposal stored = m_service->saveProposal(proposal);
    QCOMPARE(m_screen->proposalModel()->rowCount(), 1); // follows the service

    QTableView *view = m_screen->proposalView();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 1)).center());
    QTest::mouseClick(m_screen->editButton(), Qt::LeftButton);
    ProposalDialog *dialog = m_screen->proposalDialog();
    QVERIFY(dialog);
    choose(dialog->statusBox(), QStringLiteral("Được khen thưởng"));
    dialog->decisionNumberEdit()->setFocus();
    typeText(dialog->decisionNumberEdit(), QStringLiteral("45/QĐ-SVHTTDL"));
    QTest::mouseClick(dialog->decidedCheck(), Qt::LeftButton, {}, QPoint(4, dialog->decidedCheck()->height() / 2));
    QVERIFY(dialog->decisionDateEdit()->isEnabled());
    dialog->decisionDateEdit()->setDate(QDate(2024, 12, 15));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!m_screen->proposalDialog());
    CommendationProposal edited = *m_service->proposal(stored.id);
    QCOMPARE(edited.status, QStringLiteral("duoc_khen"));
    QCOMPARE(edited.decisionNumber, QStringLiteral("45/QĐ-SVHTTDL"));
    QCOMPARE(edited.decisionDate, QDate(2024, 12, 15));
    QCOMPARE(m_screen->proposalModel()->index(0, ProposalTableModel::StatusColumn).data().toString(),
             QStringLiteral("Được khen thưởng"));

    m_undo->undo();
    QVERIFY(m_service->proposal(stored.id)->sameAs(stored)); // a newer version, the same content
    m_undo->redo();
    QCOMPARE(m_service->proposal(stored.id)->status, QStringLiteral("duoc_khen"));

    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 1)).center());
    QTest::mouseClick(m_screen->removeButton(), Qt::LeftButton);
    QCOMPARE(proposalCount(), 0);
    m_undo->undo();
    QCOMPARE(proposalCount(), 1);
    QCOMPARE(m_service->proposal(stored.id)->decisionNumber, QStringLiteral("45/QĐ-SVHTTDL"));

    // A step whose proposal changed since is refused, and says so.
    CommendationProposal changed = *m_service->proposal(stored.id);
    changed.reason = QStringLiteral("Đổi ở nơi khác");
    m_service->saveProposal(changed);
    QString failure;
    connect(m_screen.get(), &ReviewsScreen::undoFailed, this, [&failure](const QString &m) { failure = m; });
    m_undo->redo(); // would remove it
    QVERIFY(failure.contains(QLatin1String("changed")));
    QCOMPARE(proposalCount(), 1);
}

// Someone else saves the proposal while the dialog is open on it: OK asks (Keep
// editing leaves the dialog open with the edits; Save mine over theirs writes them).
void TestReviewsScreen::proposalChangedMeanwhileAsksWhatToDo()
{
    openCommendations();
    CommendationProposal proposal;
    proposal.phaseNumber = 1;
    proposal.year = 2025;
    proposal.formId = m_catalogue->forms().first().id;
    proposal.unitId = m_screen->review().rows.first().unit.id;
    proposal.reason = QStringLiteral("Xếp loại Tốt năm 2024");
    const CommendationProposal stored = m_service->saveProposal(proposal);

    QTableView *view = m_screen->proposalView();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 1)).center());
    QTest::mouseClick(m_screen->editButton(), Qt::LeftButton);
    ProposalDialog *dialog = m_screen->proposalDialog();
    QVERIFY(dialog);
    choose(dialog->statusBox(), QStringLiteral("Đã trình"));

    // Another person's save (another window, another computer) comes first.
    CommendationProposal theirs = stored;
    theirs.reason = QStringLiteral("Sửa ở máy khác");
    m_service->saveProposal(theirs);

    const auto answer = [](const QString &buttonText, QString *text) {
        auto *timer = new QTimer(qApp);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, buttonText, text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            *text = box->text() + QLatin1Char('\n') + box->detailedText();
            timer->stop();
            timer->deleteLater();
            for (QAbstractButton *button : box->buttons())
                if (button->text() == buttonText)
                    QTest::mouseClick(button, Qt::LeftButton);
        });
        timer->start();
    };
    QString shown;
    answer(QStringLiteral("Keep editing"), &shown);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(QStringLiteral("Achievements: theirs Sửa ở máy khác → yours Xếp loại Tốt năm 2024")),
             qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Status: theirs Đề xuất → yours Đã trình")), qPrintable(shown));
    QCOMPARE(m_screen->proposalDialog(), dialog); // still open, the edits in it
    QCOMPARE(m_service->proposal(stored.id)->status, QStringLiteral("de_xuat"));
    QCOMPARE(m_service->proposal(stored.id)->reason, QStringLiteral("Sửa ở máy khác"));
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("proposalMessage"));
    QVERIFY(message && message->isVisible());

    shown.clear();
    answer(QStringLiteral("Save mine over theirs"), &shown);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!m_screen->proposalDialog());
    const CommendationProposal now = *m_service->proposal(stored.id);
    QCOMPARE(now.status, QStringLiteral("da_trinh"));
    QCOMPARE(now.reason, QStringLiteral("Xếp loại Tốt năm 2024"));
    // Undo puts their version back, not the one the dialog was opened on.
    m_undo->undo();
    QCOMPARE(m_service->proposal(stored.id)->reason, QStringLiteral("Sửa ở máy khác"));
    QCOMPARE(m_service->proposal(stored.id)->status, QStringLiteral("de_xuat"));
}

void TestReviewsScreen::catalogueAddsAPerson()
{
    openCommendations();
    m_screen->openCatalogue();
    auto *dialog = m_screen->findChild<CommendationCatalogueDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTabWidget *tabs = dialog->tabs();
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
    // The preloaded forms are listed, the titles apart.
    QVERIFY(dialog->formList()->count() >= 8);
    dialog->personNameEdit()->setFocus();
    typeText(dialog->personNameEdit(), QStringLiteral("Nguyễn Thị Mai"));
    dialog->personPositionEdit()->setFocus();
    typeText(dialog->personPositionEdit(), QStringLiteral("Phó Giám đốc"));
    choose(dialog->personUnitBox(), QStringLiteral("Thư viện tỉnh Tây Ninh"));
    QVERIFY(dialog->savePerson());
    QCOMPARE(m_catalogue->individuals().size(), 1);
    QCOMPARE(m_catalogue->individuals().first().fullName, QStringLiteral("Nguyễn Thị Mai"));
    QCOMPARE(dialog->personList()->count(), 1);
    // A person without a name is refused where it is typed.
    QTest::mouseClick(dialog->personList()->viewport(), Qt::LeftButton, {},
                      dialog->personList()->visualItemRect(dialog->personList()->item(0)).center());
    dialog->personNameEdit()->clear();
    QVERIFY(!dialog->savePerson());
    QVERIFY(!dialog->messageLabel()->text().isEmpty());
    QCOMPARE(m_catalogue->individuals().first().fullName, QStringLiteral("Nguyễn Thị Mai"));
    dialog->close();
}

void TestReviewsScreen::exportsTheDocuments()
{
    openCommendations();
    // The signer is set (the first export would ask for it otherwise).
    m_services->organisation().saveSigner(QStringLiteral("KT. GIÁM ĐỐC"), QStringLiteral("PHÓ GIÁM ĐỐC"),
                                          QStringLiteral("Trần Văn Ký"));
    CommendationProposal proposal;
    proposal.phaseNumber = 1;
    proposal.formId = m_catalogue->forms().first().id;
    for (const PhaseUnitRow &row : m_screen->review().rows)
        if (row.unit.name == QStringLiteral("Bảo tàng tỉnh Tây Ninh"))
            proposal.unitId = row.unit.id;
    QVERIFY2(proposal.unitId, "Bảo tàng tỉnh Tây Ninh is not in the review");
    proposal.reason = QStringLiteral("Xếp hạng 1 năm 2024");
    m_service->saveProposal(proposal);

    QTemporaryDir dir;
    QString asked;
    m_screen->setSaveFileNameProvider([&](QWidget *, const QString &, const QString &suggested, const QString &) {
        asked = suggested;
        return dir.filePath(QFileInfo(suggested).fileName());
    });
    QVERIFY(m_screen->listPdfButton()->isEnabled());
    QVERIFY(m_screen->listPdfButton()->toolTip().isEmpty());
    QTest::mouseClick(m_screen->listPdfButton(), Qt::LeftButton);
    QVERIFY(asked.endsWith(QLatin1String("de-nghi-khen-thuong-so-ket-2025.pdf")));
    const QString list = PdfReadBack::readText(dir.filePath(QStringLiteral("de-nghi-khen-thuong-so-ket-2025.pdf")));
    QVERIFY2(list.contains(QStringLiteral("DANH SÁCH")), qPrintable(list));
    QVERIFY(list.contains(QStringLiteral("Bảo tàng tỉnh Tây Ninh")));
    QVERIFY(list.contains(QStringLiteral("Xếp hạng 1 năm 2024")));

    m_screen->exportList(QStringLiteral(".xlsx"));
    const TableReadResult read = XlsxReader::read(dir.filePath(QStringLiteral("de-nghi-khen-thuong-so-ket-2025.xlsx")));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.rowCount(), 2);
    QVERIFY(read.row(1).toList().contains(QStringLiteral("Bảo tàng tỉnh Tây Ninh")));

    m_screen->exportReview(QStringLiteral(".pdf"));
    const QString report = PdfReadBack::readText(dir.filePath(QStringLiteral("bao-cao-so-ket-2025.pdf")));
    QVERIFY2(report.contains(QStringLiteral("BÁO CÁO")), qPrintable(report.left(400)));
    QVERIFY(report.contains(QStringLiteral("Sơ kết giai đoạn 1")));
    // Section III names the proposal.
    QVERIFY(report.contains(QStringLiteral("Giấy khen của Giám đốc Sở: 1 tập thể (Bảo tàng tỉnh Tây Ninh)")));
}

void TestReviewsScreen::emptyListCannotBeExported()
{
    openCommendations();
    QCOMPARE(proposalCount(), 0);
    // No proposal: no list to send. Preview, PDF and XLSX wait, and say why.
    for (QPushButton *button : {m_screen->listPreviewButton(), m_screen->listPdfButton(), m_screen->listXlsxButton()}) {
        QVERIFY(button);
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(), QStringLiteral("The phase has no commendation proposals yet: propose units first"));
    }
    QTemporaryDir dir;
    int asked = 0;
    m_screen->setSaveFileNameProvider([&](QWidget *, const QString &, const QString &suggested, const QString &) {
        ++asked;
        return dir.filePath(QFileInfo(suggested).fileName());
    });
    QTest::mouseClick(m_screen->listPdfButton(), Qt::LeftButton);
    m_screen->exportList(QStringLiteral(".pdf"));
    QCOMPARE(asked, 0);
    QVERIFY(QDir(dir.path()).isEmpty());

    // A proposal enables them; removing it (undo) disables them again.
    CommendationProposal proposal;
    proposal.phaseNumber = 1;
    proposal.formId = m_catalogue->forms().first().id;
    proposal.unitId = m_screen->review().rows.first().unit.id;
    proposal.reason = QStringLiteral("Xếp hạng 1 năm 2024");
    const CommendationProposal saved = m_service->saveProposal(proposal);
    QVERIFY(m_screen->listPdfButton()->isEnabled());
    QVERIFY(m_screen->listXlsxButton()->isEnabled());
    m_service->removeProposal(saved);
    QVERIFY(!m_screen->listPdfButton()->isEnabled());
}

void TestReviewsScreen::modelsPassTester()
{
    QAbstractItemModelTester review(m_screen->reviewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proposals(m_screen->proposalModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_screen->reload();
}

void TestReviewsScreen::standardButtonsInVietnamese()
{
    // Qt ships no Vietnamese of its own on Debian: xhht's translation covers its buttons.
    qputenv("XHHT_LANG", "vi");
    Language::install(*qApp);
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save |
                             QDialogButtonBox::Discard | QDialogButtonBox::Close);
    QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), QStringLiteral("Đồng ý"));
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Hủy"));
    QCOMPARE(buttons.button(QDialogButtonBox::Save)->text(), QStringLiteral("Lưu"));
    QCOMPARE(buttons.button(QDialogButtonBox::Discard)->text(), QStringLiteral("Không lưu"));
    QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("Đóng"));
    // The question before unsaved changes says what each button does.
    QStringList texts;
    QTimer::singleShot(0, this, [&texts] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            for (const QMessageBox::StandardButton b : {QMessageBox::Save, QMessageBox::Discard, QMessageBox::Cancel})
                texts << box->button(b)->text().remove(QLatin1Char('&'));
            box->button(QMessageBox::Cancel)->click();
        }
    });
    QCOMPARE(UnsavedQuestion::ask(nullptr, QStringLiteral("t"), QStringLiteral("x"), QString(),
                                  UnsavedQuestion::Offer::SaveOrDiscard),
             QMessageBox::Cancel);
    QCOMPARE(texts,
             (QStringList{QStringLiteral("Lưu"), QStringLiteral("Bỏ thay đổi"), QStringLiteral("Tiếp tục sửa")}));
    // Qt's own file dialog.
    QFileDialog files(nullptr, QString(), QDir::tempPath());
    files.setOption(QFileDialog::DontUseNativeDialog);
    files.setAcceptMode(QFileDialog::AcceptOpen);
    auto *lookIn = files.findChild<QLabel *>(QStringLiteral("lookInLabel"));
    auto *fileName = files.findChild<QLabel *>(QStringLiteral("fileNameLabel"));
    auto *fileType = files.findChild<QLabel *>(QStringLiteral("fileTypeLabel"));
    QVERIFY(lookIn && fileName && fileType);
    QCOMPARE(lookIn->text(), QStringLiteral("Tìm trong:"));
    QCOMPARE(fileName->text().remove(QLatin1Char('&')), QStringLiteral("Tên tệp:"));
    QCOMPARE(fileType->text(), QStringLiteral("Loại tệp:"));
    auto *box = files.findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QCOMPARE(box->button(QDialogButtonBox::Open)->text().remove(QLatin1Char('&')), QStringLiteral("Mở"));
    // And the screens' own texts.
    ReviewsScreen screen(*m_services, nullptr);
    QCOMPARE(screen.tabs()->tabText(1), QStringLiteral("Đề ng&hị khen thưởng"));
}

void TestReviewsScreen::screenshot()
{
    const QString dir = qEnvironmentVariable("XHHT_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set XHHT_SCREENSHOTS=DIR to save screenshots");
    // In Vietnamese (installed by the test before): a screen built after the translation.
    m_screen = std::make_unique<ReviewsScreen>(*m_services, m_undo.get());
    m_screen->setToday(QDate(2024, 12, 20));
    m_screen->resize(1280, 760);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    m_screen->setPhase(1);
    QVERIFY(m_screen->grab().save(dir + QStringLiteral("/reviews-table.png")));
    openCommendations();
    QListWidget *list = m_screen->suggestionList();
    list->item(0)->setCheckState(Qt::Checked);
    list->item(1)->setCheckState(Qt::Checked);
    QVERIFY(m_screen->acceptSuggestions());
    QVERIFY(m_screen->grab().save(dir + QStringLiteral("/reviews-proposals.png")));
    m_screen->setSaveFileNameProvider(
        [&dir](QWidget *, const QString &, const QString &suggested, const QString &) -> QString {
            return dir + QLatin1Char('/') + QFileInfo(suggested).fileName();
        });
    // A signer is set: the exports go straight to the file (they would ask otherwise).
    m_services->organisation().saveSigner(QStringLiteral("KT. GIÁM ĐỐC"), QStringLiteral("PHÓ GIÁM ĐỐC"),
                                          QStringLiteral("Trần Văn Ký"));
    m_screen->exportList(QStringLiteral(".pdf"));
    m_screen->exportReview(QStringLiteral(".pdf"));
    QTest::mouseClick(m_screen->addButton(), Qt::LeftButton);
    QVERIFY(m_screen->proposalDialog());
    QVERIFY(QTest::qWaitForWindowExposed(m_screen->proposalDialog()));
    QVERIFY(m_screen->proposalDialog()->grab().save(dir + QStringLiteral("/proposal-dialog.png")));
    m_screen->proposalDialog()->reject();
    m_screen->openCatalogue();
    auto *catalogue = m_screen->findChild<CommendationCatalogueDialog *>();
    QVERIFY(QTest::qWaitForWindowExposed(catalogue));
    catalogue->formList()->setCurrentRow(0);
    QVERIFY(catalogue->grab().save(dir + QStringLiteral("/catalogue.png")));
    catalogue->close();
}

QTEST_MAIN(TestReviewsScreen)
#include "tst_reviewsscreen.moc"
