// Settings: the department's document details typed in, checked as typed, saved through
// the OrganisationService (audited) on OK; Cancel changes nothing.
#include "services/organisationservice.h"
#include "services/services.h"
#include "settingsdialog.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "support/testdatabase.h"
#include "widgets/documentsettingspage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <memory>

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typedDetailsAreSavedAndAudited();
    void wrongFieldsTurnRedAndBlockOk();
    void cancelChangesNothing();

private:
    // Replaces the field's text by typing.
    static void retype(QLineEdit *edit, const QString &text);
    // Types text key by key; letters beyond ASCII as an input method would send them.
    static void typeText(QWidget *widget, const QString &text);
    void open();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettingsDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("xhht-tests"));
}

void TestSettingsDialog::init()
{
    m_db = std::make_unique<Database>();
    TestDatabase::prepare(*m_db);
    m_services = std::make_unique<Services>(*m_db);
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_services.reset();
    m_db.reset();
}

void TestSettingsDialog::open()
{
    m_dialog = std::make_unique<SettingsDialog>(*m_services);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QVERIFY(m_dialog->documentsPage());
    m_dialog->tabs()->setCurrentWidget(m_dialog->documentsPage());
}

void TestSettingsDialog::typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void TestSettingsDialog::retype(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
    QCOMPARE(edit->text(), text);
}

void TestSettingsDialog::typedDetailsAreSavedAndAudited()
{
    open();
    DocumentSettingsPage *page = m_dialog->documentsPage();
    QCOMPARE(page->field(QStringLiteral("department"))->text(), QStringLiteral("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"));
    // The seed's "KT. GIÁM ĐỐC", split into the form and the head's title.
    QCOMPARE(page->formBox()->currentData().toString(), QStringLiteral("KT."));
    QCOMPARE(page->headTitleEdit()->text(), QStringLiteral("GIÁM ĐỐC"));
    // Empty symbols show their default.
    QCOMPARE(page->symbolEdit(DocumentKind::ReminderLetter)->placeholderText(), QStringLiteral("SVHTTDL-QLVHGD"));
    QCOMPARE(page->symbolEdit(DocumentKind::SummaryReport)->placeholderText(), QStringLiteral("BC-SVHTTDL"));

    retype(page->field(QStringLiteral("signer_name")), QStringLiteral("Võ Thị Thanh Hằng"));
    retype(page->field(QStringLiteral("signer_title")), QStringLiteral("CHÁNH VĂN PHÒNG"));
    // TL.: by keys on the combo.
    page->formBox()->setFocus();
    while (page->formBox()->currentData().toString() != QLatin1String("TL.")) {
        const int before = page->formBox()->currentIndex();
        QTest::keyClick(page->formBox(), Qt::Key_Down);
        QVERIFY(page->formBox()->currentIndex() != before);
    }
    retype(page->field(QStringLiteral("place")), QStringLiteral("Tân An"));
    retype(page->symbolEdit(DocumentKind::SummaryReport), QStringLiteral("BC-SVHTTDL-QLVHGD"));
    QPlainTextEdit *recipients = page->recipientsEdit();
    recipients->setFocus();
    QTest::keyClick(recipients, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(recipients, Qt::Key_Delete);
    typeText(recipients, QStringLiteral("Như trên;"));
    QTest::keyClick(recipients, Qt::Key_Return);
    typeText(recipients, QStringLiteral("Lưu: VT, VP."));
    QVERIFY(page->problems().isEmpty());

    const int audited = AuditRepository(*m_db).count();
    QPushButton *ok = m_dialog->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    const OrganisationSettings s = m_services->organisation().settings();
    QCOMPARE(s.signerName, QStringLiteral("Võ Thị Thanh Hằng"));
    QCOMPARE(s.signerTitle, QStringLiteral("CHÁNH VĂN PHÒNG"));
    QCOMPARE(s.signerAuthority, QStringLiteral("TL. GIÁM ĐỐC"));
    QCOMPARE(s.place, QStringLiteral("Tân An"));
    QCOMPARE(s.recipients, (QStringList{QStringLiteral("Như trên;"), QStringLiteral("Lưu: VT, VP.")}));
    QCOMPARE(s.symbol(DocumentKind::SummaryReport), QStringLiteral("BC-SVHTTDL-QLVHGD"));
    QCOMPARE(s.symbol(DocumentKind::RankedList), QStringLiteral("DS-SVHTTDL"));
    // One entry per changed field: authority, title, name, place, recipients, one symbol.
    QCOMPARE(AuditRepository(*m_db).count(), audited + 6);
}

void TestSettingsDialog::wrongFieldsTurnRedAndBlockOk()
{
    open();
    DocumentSettingsPage *page = m_dialog->documentsPage();
    QPushButton *ok = m_dialog->buttons()->button(QDialogButtonBox::Ok);
    QLineEdit *shortName = page->field(QStringLiteral("department_short"));
    retype(shortName, QStringLiteral("SVH TTDL"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!shortName->styleSheet().isEmpty());
    QCOMPARE(page->problems().size(), 1);
    auto *message = page->findChild<QLabel *>(QStringLiteral("documentSettingsMessage"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), page->problems().first());
    // The default symbols follow what is typed.
    retype(shortName, QStringLiteral("SVHTTDLTN"));
    QVERIFY(ok->isEnabled());
    QVERIFY(shortName->styleSheet().isEmpty());
    QVERIFY(!message->isVisible());
    QCOMPARE(page->symbolEdit(DocumentKind::RankedList)->placeholderText(), QStringLiteral("DS-SVHTTDLTN"));

    QLineEdit *symbol = page->symbolEdit(DocumentKind::RankedList);
    retype(symbol, QStringLiteral("ds-svhttdl"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!symbol->styleSheet().isEmpty());
    retype(symbol, QStringLiteral("DS-SVHTTDL"));
    QVERIFY(ok->isEnabled());

    // Signing "by order" needs the head's title.
    retype(page->headTitleEdit(), QStringLiteral("G"));
    QTest::keyClick(page->headTitleEdit(), Qt::Key_Backspace);
    QVERIFY(page->headTitleEdit()->text().isEmpty());
    QVERIFY(!ok->isEnabled());
}

void TestSettingsDialog::cancelChangesNothing()
{
    const OrganisationSettings before = m_services->organisation().settings();
    const int audited = AuditRepository(*m_db).count();
    open();
    retype(m_dialog->documentsPage()->field(QStringLiteral("signer_name")), QStringLiteral("Ai Đó"));
    QTest::mouseClick(m_dialog->buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QCOMPARE(m_services->organisation().settings(), before);
    QCOMPARE(AuditRepository(*m_db).count(), audited);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
