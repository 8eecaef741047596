// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/PassphraseDialog.h"
#include "security/PassphraseKey.h"
#include "shell/FormMessage.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Balcao;

class TestPassphraseDialog : public QObject
{
    Q_OBJECT

private slots:
    void testChooseRefusesBadInput_data();
    void testChooseRefusesBadInput();
    void testChooseAcceptsMatchingPassphrases();
    void testUnlockRetriesUntilTheCheckAccepts();
    void testUnlockHasNoConfirmation();

private:
    static void typeInto(PassphraseDialog &dialog, const char *field, const QString &text)
    {
        auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(field));
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    static void pressOk(PassphraseDialog &dialog)
    {
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
};

void TestPassphraseDialog::testChooseRefusesBadInput_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("confirmation");
    QTest::addColumn<QString>("expectedError");
    QTest::addColumn<QString>("focused");
    QTest::newRow("mismatch")
        << QStringLiteral("correct horse battery") << QStringLiteral("correct horse batery")
        << QStringLiteral("The two passphrases are different. Type the same passphrase in "
                          "both fields.")
        << QStringLiteral("confirmField");
    QTest::newRow("too short")
        << QStringLiteral("short") << QStringLiteral("short")
        << PassphraseKey::checkStrength(QStringLiteral("short")).error().message
        << QStringLiteral("passphraseField");
    QTest::newRow("confirmation missing")
        << QStringLiteral("correct horse battery") << QString()
        << QStringLiteral("The two passphrases are different. Type the same "
                          "passphrase in both fields.")
        << QStringLiteral("confirmField");
}

void TestPassphraseDialog::testChooseRefusesBadInput()
{
    QFETCH(QString, passphrase);
    QFETCH(QString, confirmation);
    QFETCH(QString, expectedError);
    QFETCH(QString, focused);
    PassphraseDialog dialog(PassphraseDialog::Mode::Choose);
    bool checked = false;
    dialog.setCheck([&](const QString &) -> Result<void> {
        checked = true;
        return {};
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(dialog, "passphraseField", passphrase);
    typeInto(dialog, "confirmField", confirmation);
    pressOk(dialog);

    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto *message = dialog.findChild<FormMessage *>();
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), expectedError);
    QCOMPARE(dialog.focusWidget()->objectName(), focused);
    QVERIFY(!checked); // the caller's check never sees a refused passphrase
}

void TestPassphraseDialog::testChooseAcceptsMatchingPassphrases()
{
    PassphraseDialog dialog(PassphraseDialog::Mode::Choose);
    dialog.setExplanation(QStringLiteral("The keychain is locked."));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(dialog, "passphraseField", QStringLiteral("correct horse battery"));
    typeInto(dialog, "confirmField", QStringLiteral("correct horse battery"));
    QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("confirmField")), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.passphrase(), QStringLiteral("correct horse battery"));
}

void TestPassphraseDialog::testUnlockRetriesUntilTheCheckAccepts()
{
    PassphraseDialog dialog(PassphraseDialog::Mode::Unlock);
    dialog.setDatabasePath(QStringLiteral("/tmp/salon.db"));
    QStringList tried;
    dialog.setCheck([&](const QString &passphrase) -> Result<void> {
        tried << passphrase;
        if (passphrase != QLatin1String("right passphrase"))
            return Error::security(QStringLiteral("database.wrongKey"),
                                   QStringLiteral("Wrong passphrase."));
        return {};
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    typeInto(dialog, "passphraseField", QStringLiteral("wrong guess"));
    pressOk(dialog);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.findChild<FormMessage *>()->text(), QStringLiteral("Wrong passphrase."));
    // The field is selected so the retry replaces it.
    auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("passphraseField"));
    QCOMPARE(field->selectedText(), QStringLiteral("wrong guess"));

    QTest::keyClicks(field, QStringLiteral("right passphrase"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(tried,
             (QStringList { QStringLiteral("wrong guess"), QStringLiteral("right passphrase") }));
}

void TestPassphraseDialog::testUnlockHasNoConfirmation()
{
    PassphraseDialog dialog(PassphraseDialog::Mode::Unlock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("confirmField"))->isVisible());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("passphraseField"))->echoMode(),
             QLineEdit::Password);
}

QTEST_MAIN(TestPassphraseDialog)
#include "TestPassphraseDialog.moc"
