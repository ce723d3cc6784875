// The first start with no database: the clerk chooses where the data will live, by
// clicking and typing; nothing is accepted that could not be opened or made.
#include "firstrundialog.h"

#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

class TestFirstRunDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsTheDataFolder();
    void anotherFileMustBeNewInAFolderThatExists();
    void existingFileMustExist();
    void demoHasAFileOfItsOwn();
    void aServerCreatesNoFile();
    void quitRejects();

private:
    QTemporaryDir m_dir;
    QString defaultPath() const { return m_dir.filePath(QStringLiteral("data/xhht.sqlite")); }
    // A radio button takes clicks on its circle and label, not on the rest of its row.
    static void choose(QRadioButton *button)
    {
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    }
};

void TestFirstRunDialog::defaultIsTheDataFolder()
{
    FirstRunDialog dialog(defaultPath());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.option(FirstRunDialog::CreateDefault)->isChecked());
    QVERIFY(dialog.continueButton()->isEnabled());
    QTest::mouseClick(dialog.continueButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice(), FirstRunDialog::CreateDefault);
    QCOMPARE(dialog.path(), defaultPath());
    QVERIFY(dialog.creates());
}

void TestFirstRunDialog::anotherFileMustBeNewInAFolderThatExists()
{
    FirstRunDialog dialog(defaultPath());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    choose(dialog.option(FirstRunDialog::CreateElsewhere));
    QVERIFY(!dialog.continueButton()->isEnabled()); // no name yet
    QVERIFY(!dialog.problemLabel()->text().isEmpty());

    // A folder that does not exist.
    QTest::keyClicks(dialog.newFileEdit(), m_dir.filePath(QStringLiteral("nowhere/xhht.sqlite")));
    QVERIFY(!dialog.continueButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("nowhere")));

    // A file that exists already.
    const QString taken = m_dir.filePath(QStringLiteral("taken.sqlite"));
    QFile file(taken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    dialog.newFileEdit()->clear();
    QTest::keyClicks(dialog.newFileEdit(), taken);
    QVERIFY(!dialog.continueButton()->isEnabled());

    // A new file in a folder that exists, with Vietnamese letters: typed through the input
    // method, as a Vietnamese keyboard (Unikey, ibus-unikey) commits them.
    const QString fresh = m_dir.filePath(QStringLiteral("Dữ liệu Sở.sqlite"));
    dialog.newFileEdit()->clear();
    QTest::keyClicks(dialog.newFileEdit(), m_dir.path() + QLatin1Char('/'));
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("Dữ liệu Sở.sqlite"));
    QCoreApplication::sendEvent(dialog.newFileEdit(), &typed);
    QVERIFY(dialog.continueButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->isHidden());
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice(), FirstRunDialog::CreateElsewhere);
    QCOMPARE(dialog.path(), fresh);
}

void TestFirstRunDialog::existingFileMustExist()
{
    FirstRunDialog dialog(defaultPath());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Typing in the field chooses its option.
    QTest::keyClicks(dialog.existingFileEdit(), m_dir.filePath(QStringLiteral("missing.sqlite")));
    QVERIFY(dialog.option(FirstRunDialog::OpenExisting)->isChecked());
    QVERIFY(!dialog.continueButton()->isEnabled());
    const QString existing = m_dir.filePath(QStringLiteral("existing.sqlite"));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    dialog.existingFileEdit()->clear();
    QTest::keyClicks(dialog.existingFileEdit(), existing);
    QVERIFY(dialog.continueButton()->isEnabled());
    QCOMPARE(dialog.path(), existing);
    QVERIFY(!dialog.creates());
}

void TestFirstRunDialog::demoHasAFileOfItsOwn()
{
    FirstRunDialog dialog(defaultPath());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    choose(dialog.option(FirstRunDialog::OpenDemo));
    QVERIFY(dialog.continueButton()->isEnabled());
    QCOMPARE(dialog.choice(), FirstRunDialog::OpenDemo);
    QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("data/xhht-demo.sqlite")));
    QVERIFY(dialog.path() != defaultPath());
}

void TestFirstRunDialog::aServerCreatesNoFile()
{
    FirstRunDialog dialog(defaultPath());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    choose(dialog.option(FirstRunDialog::ConnectToServer));
    QCOMPARE(dialog.choice(), FirstRunDialog::ConnectToServer);
    QVERIFY(dialog.continueButton()->isEnabled());
    QVERIFY(!dialog.creates());
    QVERIFY(dialog.path().isEmpty()); // where it is, the connect dialog asks next
}

void TestFirstRunDialog::quitRejects()
{
    FirstRunDialog dialog(defaultPath());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestFirstRunDialog)
#include "tst_firstrundialog.moc"
