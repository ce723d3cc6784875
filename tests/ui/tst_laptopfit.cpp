// The 1366×768 office laptop (issue 18 §1): with a 40 px task bar the window has
// 1366×728, less its title bar. Every screen, every tab and the main dialogs must fit
// there: their minimum sizes fit, no visible widget lies outside the window, the
// navigation keeps the width its names need, and forms do not scroll sideways. The test
// runs on an offscreen screen of exactly that size (laptopscreen.json).
#include "language.h"
#include "mainwindow.h"
#include "reviews/commendationcataloguedialog.h"
#include "reviews/proposaldialog.h"
#include "reviews/reviewsscreen.h"
#include "scoring/rankingpanel.h"
#include "scoring/scoringscreen.h"
#include "scoring/tierulesdialog.h"
#include "services/organisationservice.h"
#include "services/rubricservice.h"
#include "services/services.h"
#include "services/unitservice.h"
#include "settingsdialog.h"
#include "storage/database.h"
#include "submissions/submissioneditordialog.h"
#include "submissions/submissionfilesdialog.h"
#include "submissions/submissionsscreen.h"
#include "submissions/submissionworkbooks.h"
#include "support/testdatabase.h"
#include "tasks/taskeditordialog.h"
#include "tasks/tasksscreen.h"
#include "units/unitlineagedialog.h"
#include "units/unitsscreen.h"
#include "widgets/signerdialog.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

#include <functional>
#include <memory>

namespace {
constexpr int kWidth = 1366;
constexpr int kAvailableHeight = 728; // 768 less a 40 px task bar
constexpr int kTitleBar = 32;         // what a window manager's title bar takes
constexpr int kHeight = kAvailableHeight - kTitleBar;
} // namespace

class TestLaptopFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void opensMaximisedThenWhereLeft();
    void everyScreenFits();
    void dialogsFit();

private:
    // Fails naming every widget of `top` (shown, laid out) that does not fit the laptop.
    static QStringList misfits(QWidget *top);
    static QString describe(const QWidget *widget);
    // Shows each tab of every tab widget of `top` in turn and checks it.
    void checkTabs(QWidget *top, const QString &what);
    // Runs `trigger`, which opens a modal dialog with exec(); checks and closes it.
    static QStringList checkModal(const std::function<void()> &trigger, QString *className = nullptr);
    static void save(QWidget *widget, const QString &name);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Services> m_services;
};

void TestLaptopFit::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("xhht-tests"));
    // In Vietnamese, as the clerk sees it (the texts are longer than the English).
    QCOMPARE(Language::current(), QStringLiteral("vi"));
    Language::install(*qApp);
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QCOMPARE(available.size(), QSize(kWidth, kAvailableHeight));
    m_db = std::make_unique<Database>();
    TestDatabase::prepare(*m_db, TestDatabase::WithDemo);
    m_services = std::make_unique<Services>(*m_db);
    // A signer is set: the documents' previews and exports go straight on.
    m_services->organisation().saveSigner(QStringLiteral("KT. GIÁM ĐỐC"), QStringLiteral("PHÓ GIÁM ĐỐC"),
                                          QStringLiteral("Trần Văn Ký"));
    // 2026 is evaluated by levels (TT24): the Reports screen, which opens on the current
    // year, shows its recognition dossiers too.
    for (const Rubric &r : m_services->rubrics().all())
        if (r.code == QLatin1String("TT24-2023"))
            m_services->rubrics().assign(2026, r.id);
}

void TestLaptopFit::cleanupTestCase()
{
    m_services.reset();
    m_db.reset();
}

QString TestLaptopFit::describe(const QWidget *widget)
{
    QString text;
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    return QStringLiteral("%1 '%2' \"%3\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text);
}

QStringList TestLaptopFit::misfits(QWidget *top)
{
    QStringList found;
    const QSize minimum = top->minimumSizeHint().expandedTo(top->minimumSize());
    if (minimum.width() > kWidth || minimum.height() > kHeight)
        found
            << QStringLiteral("%1 needs at least %2×%3").arg(describe(top)).arg(minimum.width()).arg(minimum.height());
    if (top->width() > kWidth || top->height() > kHeight)
        found << QStringLiteral("%1 is %2×%3").arg(describe(top)).arg(top->width()).arg(top->height());
    const QRect bounds = top->rect();
    for (QWidget *widget : top->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(top) || widget->isWindow())
            continue;
        // Inside a scrolled view a widget may lie beyond the visible part: that is the
        // view's business (tables scroll), except forms, checked below.
        bool scrolled = false;
        for (QWidget *parent = widget->parentWidget(); parent && parent != top; parent = parent->parentWidget())
            if (auto *area = qobject_cast<QAbstractScrollArea *>(parent->parentWidget());
                area && area->viewport() == parent)
                scrolled = true;
        if (scrolled)
            continue;
        const QRect rect(widget->mapTo(top, QPoint(0, 0)), widget->size());
        if (!bounds.contains(rect))
            found << QStringLiteral("%1 lies at %2,%3 %4×%5")
                         .arg(describe(widget))
                         .arg(rect.x())
                         .arg(rect.y())
                         .arg(rect.width())
                         .arg(rect.height());
        // A button narrower than its text is cut off; a text box squeezed to a column
        // wraps a sentence word by word.
        if (auto *button = qobject_cast<QAbstractButton *>(widget);
            button && button->width() < button->minimumSizeHint().width())
            found << QStringLiteral("%1 is cut to %2 px").arg(describe(widget)).arg(widget->width());
        if (qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTextEdit *>(widget)) {
            const int em = widget->fontMetrics().horizontalAdvance(QLatin1Char('M'));
            if (widget->width() < em * 30)
                found << QStringLiteral("%1 is squeezed to %2 px").arg(describe(widget)).arg(widget->width());
        }
        if (auto *area = qobject_cast<QScrollArea *>(widget); area && area->horizontalScrollBar()->isVisible())
            found << describe(widget) + QStringLiteral(" scrolls sideways");
    }
    return found;
}

void TestLaptopFit::save(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("XHHT_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestLaptopFit::checkTabs(QWidget *top, const QString &what)
{
    const QList<QTabWidget *> tabWidgets = top->findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        if (!tabs->isVisibleTo(top))
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
            QCOMPARE(tabs->currentIndex(), i);
            QTest::qWait(50);
            const QStringList found = misfits(top);
            save(top, QStringLiteral("laptop-%1-tab%2").arg(what).arg(i));
            QVERIFY2(found.isEmpty(), qPrintable(what + QStringLiteral(" tab ") + tabs->tabText(i) +
                                                 QStringLiteral(": ") + found.join(QStringLiteral("; "))));
        }
    }
}

QStringList TestLaptopFit::checkModal(const std::function<void()> &trigger, QString *className)
{
    QStringList found{QStringLiteral("no dialog opened")};
    QTimer::singleShot(200, qApp, [&found, className] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        found = misfits(modal);
        const QRect frame = modal->frameGeometry();
        if (!QRect(0, 0, kWidth, kAvailableHeight).contains(frame))
            found << QStringLiteral("placed at %1,%2 %3×%4")
                         .arg(frame.x())
                         .arg(frame.y())
                         .arg(frame.width())
                         .arg(frame.height());
        if (className)
            *className = QString::fromLatin1(modal->metaObject()->className());
        save(modal, QStringLiteral("laptop-dialog-") + QString::fromLatin1(modal->metaObject()->className()));
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    });
    trigger();
    return found;
}

// The first run opens maximised; the next one where the clerk left the window.
void TestLaptopFit::opensMaximisedThenWhereLeft()
{
    QSettings().remove(QStringLiteral("window"));
    {
        MainWindow window(*m_services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isMaximized());
        QTRY_COMPARE(window.frameGeometry().size(), QSize(kWidth, kAvailableHeight));
        window.showNormal();
        window.setGeometry(100, 80, 1000, 600);
        QTest::qWait(50);
        QVERIFY(window.close());
    }
    MainWindow window(*m_services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.isMaximized());
    QCOMPARE(window.geometry(), QRect(100, 80, 1000, 600));
}

void TestLaptopFit::everyScreenFits()
{
    MainWindow window(*m_services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showNormal();
    window.setGeometry(0, kTitleBar, kWidth, kHeight);
    QListWidget *nav = window.navigation();
    int widest = 0;
    for (int i = 0; i < nav->count(); ++i)
        widest = std::max(widest, nav->fontMetrics().horizontalAdvance(nav->item(i)->text()));
    const QStringList names = {QStringLiteral("plan"),       QStringLiteral("units"),     QStringLiteral("submissions"),
                               QStringLiteral("scoring"),    QStringLiteral("reports"),   QStringLiteral("tasks"),
                               QStringLiteral("timeline"),   QStringLiteral("dashboard"), QStringLiteral("reviews"),
                               QStringLiteral("recognition")};
    QCOMPARE(names.size(), int(MainWindow::ScreenCount));
    for (int screen = 0; screen < MainWindow::ScreenCount; ++screen) {
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(screen)).center());
        QCOMPARE(window.currentScreen(), screen);
        if (auto *scoring = qobject_cast<ScoringScreen *>(window.screen(screen)))
            scoring->setYear(2024);
        QTest::qWait(50);
        const QStringList found = misfits(&window);
        save(&window, QStringLiteral("laptop-") + names.at(screen));
        QVERIFY2(found.isEmpty(),
                 qPrintable(names.at(screen) + QStringLiteral(": ") + found.join(QStringLiteral("; "))));
        // The navigation keeps the width its names need (icon, text, margins).
        QVERIFY2(nav->viewport()->width() >= widest + nav->iconSize().width() + 8,
                 qPrintable(QStringLiteral("%1: navigation %2 px").arg(names.at(screen)).arg(nav->width())));
        QCOMPARE(window.size(), QSize(kWidth, kHeight));
        checkTabs(&window, names.at(screen));
        if (QTest::currentTestFailed())
            return;
    }
    // After all of them (the ranked list was shown), the window still fits.
    QVERIFY2(misfits(&window).isEmpty(), qPrintable(misfits(&window).join(QStringLiteral("; "))));
}

void TestLaptopFit::dialogsFit()
{
    MainWindow window(*m_services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showNormal();
    window.setGeometry(0, kTitleBar, kWidth, kHeight);
    const qint64 unitId = m_services->units().activeIn(2024).first().id;

    // The submission editor.
    window.showScreen(MainWindow::SubmissionsScreenIndex);
    auto *submissions = qobject_cast<SubmissionsScreen *>(window.screen(MainWindow::SubmissionsScreenIndex));
    QVERIFY(submissions);
    submissions->setYear(2024);
    submissions->editUnit(unitId);
    QVERIFY(submissions->editor());
    QVERIFY(QTest::qWaitForWindowExposed(submissions->editor()));
    QStringList found = misfits(submissions->editor());
    save(submissions->editor(), QStringLiteral("laptop-dialog-submission-editor"));
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("editor: ") + found.join(QStringLiteral("; "))));
    submissions->editor()->reject();

    // The import preview, of a file with errors.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("nop.csv"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("unit_code,document_number,document_date,received_date\nXX,1/BC,31/02/2024,01/12/2024\n");
    }
    submissions->workbooks()->importPaths({file});
    SubmissionFilesDialog *import = submissions->workbooks()->dialog();
    QVERIFY(import);
    QVERIFY(QTest::qWaitForWindowExposed(import));
    found = misfits(import);
    save(import, QStringLiteral("laptop-dialog-import"));
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("import: ") + found.join(QStringLiteral("; "))));
    import->reject();

    // The rubric editor and the tie rules.
    window.showScreen(MainWindow::ScoringScreenIndex);
    auto *scoring = qobject_cast<ScoringScreen *>(window.screen(MainWindow::ScoringScreenIndex));
    QVERIFY(scoring);
    scoring->setYear(2024);
    found = checkModal([scoring] { scoring->editRubric(); });
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("rubric: ") + found.join(QStringLiteral("; "))));
    scoring->tabs()->setCurrentIndex(ScoringScreen::RankingTab);
    scoring->rankingPanel()->editTieRules();
    QVERIFY(scoring->rankingPanel()->tieRulesDialog());
    found = misfits(scoring->rankingPanel()->tieRulesDialog());
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("tie rules: ") + found.join(QStringLiteral("; "))));
    scoring->rankingPanel()->tieRulesDialog()->reject();

    // The print preview of the ranked list fits the screen (it opened taller than it).
    QAction *preview =
        scoring->rankingPanel()->printButton()->menu()->findChild<QAction *>(QStringLiteral("previewRanking"));
    QVERIFY(preview);
    QString opened;
    found = checkModal([preview] { preview->trigger(); }, &opened);
    QCOMPARE(opened, QStringLiteral("QPrintPreviewDialog"));
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("preview: ") + found.join(QStringLiteral("; "))));

    // The task editor.
    window.showScreen(MainWindow::TasksScreenIndex);
    auto *tasks = qobject_cast<TasksScreen *>(window.screen(MainWindow::TasksScreenIndex));
    QVERIFY(tasks);
    tasks->addTask();
    QVERIFY(tasks->taskEditor());
    QVERIFY(QTest::qWaitForWindowExposed(tasks->taskEditor()));
    found = misfits(tasks->taskEditor());
    save(tasks->taskEditor(), QStringLiteral("laptop-dialog-task"));
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("task: ") + found.join(QStringLiteral("; "))));
    tasks->taskEditor()->reject();

    // Merging and splitting units.
    window.showScreen(MainWindow::UnitsScreenIndex);
    auto *units = qobject_cast<UnitsScreen *>(window.screen(MainWindow::UnitsScreenIndex));
    QVERIFY(units);
    const QList<Unit> active = m_services->units().activeIn(2026);
    for (const auto &[mode, ids] :
         {std::pair{UnitLineageDialog::Mode::Merge, QList<qint64>{active.at(0).id, active.at(1).id}},
          std::pair{UnitLineageDialog::Mode::Split, QList<qint64>{active.at(2).id}}}) {
        units->selectUnits(ids);
        units->lineageAction(mode)->trigger();
        auto *dialog = units->findChild<UnitLineageDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        found = misfits(dialog);
        save(dialog, QStringLiteral("laptop-dialog-lineage-%1").arg(int(mode)));
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("lineage: ") + found.join(QStringLiteral("; "))));
        dialog->reject();
        QTRY_VERIFY(!units->findChild<UnitLineageDialog *>());
    }

    // The commendation catalogue and a proposal.
    window.showScreen(MainWindow::ReviewsScreenIndex);
    auto *reviews = qobject_cast<ReviewsScreen *>(window.screen(MainWindow::ReviewsScreenIndex));
    QVERIFY(reviews);
    reviews->openCatalogue();
    auto *catalogue = reviews->findChild<CommendationCatalogueDialog *>();
    QVERIFY(catalogue);
    QVERIFY(QTest::qWaitForWindowExposed(catalogue));
    found = misfits(catalogue);
    save(catalogue, QStringLiteral("laptop-dialog-catalogue"));
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("catalogue: ") + found.join(QStringLiteral("; "))));
    // Every tab's list shows its entries whole: wrapped, never cut on the right.
    auto *catalogueTabs = catalogue->findChild<QTabWidget *>();
    QVERIFY(catalogueTabs);
    for (int tab = 0; tab < catalogueTabs->count(); ++tab) {
        catalogueTabs->setCurrentIndex(tab);
        QTest::qWait(20);
        auto *list = catalogueTabs->currentWidget()->findChild<QListWidget *>();
        QVERIFY(list);
        for (int i = 0; i < list->count(); ++i) {
            const QRect rect = list->visualItemRect(list->item(i));
            const int needed = list->fontMetrics().horizontalAdvance(list->item(i)->text());
            QVERIFY2(rect.right() <= list->viewport()->width() &&
                         (needed <= rect.width() || rect.height() > list->fontMetrics().height() * 3 / 2),
                     qPrintable(list->item(i)->text()));
        }
        save(catalogue, QStringLiteral("laptop-dialog-catalogue-tab%1").arg(tab));
    }
    catalogue->reject();
    reviews->addProposal();
    QVERIFY(reviews->proposalDialog());
    QVERIFY(QTest::qWaitForWindowExposed(reviews->proposalDialog()));
    found = misfits(reviews->proposalDialog());
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("proposal: ") + found.join(QStringLiteral("; "))));
    reviews->proposalDialog()->reject();

    // Settings, from the Tools menu.
    auto *settings = window.findChild<QAction *>(QStringLiteral("toolsSettings"));
    QVERIFY(settings);
    found = checkModal([settings] { settings->trigger(); });
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("settings: ") + found.join(QStringLiteral("; "))));

    // The signer's question.
    SignerDialog signer(m_services->organisation().settings(), &window);
    signer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&signer));
    found = misfits(&signer);
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("signer: ") + found.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestLaptopFit)
#include "tst_laptopfit.moc"
