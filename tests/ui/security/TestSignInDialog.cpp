// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"
#include "security/SignInDialog.h"
#include "settings/BusinessSetup.h"
#include "shell/FormMessage.h"

#include <QLineEdit>
#include <QTest>

using namespace Balcao;

class TestSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testRefusals_data();
    void testRefusals();
    void testRightPasswordSignsIn();

private:
    Test::TestStore m_store;
};

void TestSignInDialog::initTestCase()
{
    BusinessProfile profile;
    profile.businessName = QStringLiteral("Salão Teste");
    profile.locationName = QStringLiteral("Centro");
    profile.adminName = QStringLiteral("Maria Lima");
    profile.adminLogin = QStringLiteral("maria");
    profile.adminPassword = QStringLiteral("s3cret-pass");
    QVERIFY(BusinessSetup(m_store.store()).initialise(profile).ok());
}

void TestSignInDialog::testRefusals_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::newRow("wrong password") << QStringLiteral("maria") << QStringLiteral("s3cret-pasS");
    QTest::newRow("unknown login") << QStringLiteral("joana") << QStringLiteral("s3cret-pass");
    QTest::newRow("empty") << QString() << QString();
}

void TestSignInDialog::testRefusals()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    const StaffService staff(m_store.store());
    const QString expected = staff.authenticate(login, password).error().message;
    SignInDialog dialog(staff);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("loginField")), login);
    auto *passwordField = dialog.findChild<QLineEdit *>(QStringLiteral("passwordField"));
    QTest::keyClicks(passwordField, password);
    QTest::keyClick(passwordField, Qt::Key_Return);

    QVERIFY(dialog.isVisible());
    auto *message = dialog.findChild<FormMessage *>();
    QCOMPARE(message->kind(), FormMessage::Kind::Error);
    QCOMPARE(message->text(), expected);
    // Unknown login and wrong password read the same (no hint which one).
    QCOMPARE(message->text(), QStringLiteral("Wrong login or password."));
    QCOMPARE(passwordField->text(), QString());
    QVERIFY(dialog.account().id.isNull());
}

void TestSignInDialog::testRightPasswordSignsIn()
{
    const StaffService staff(m_store.store());
    SignInDialog dialog(staff);
    dialog.setBusinessName(QStringLiteral("Salão Teste"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("loginField")),
                     QStringLiteral(" Maria "));
    QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("loginField")), Qt::Key_Tab);
    QTest::keyClicks(dialog.focusWidget(), QStringLiteral("s3cret-pass"));
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.account().login, QStringLiteral("maria"));
    QCOMPARE(dialog.account().role, Role::Admin);
}

QTEST_MAIN(TestSignInDialog)
#include "TestSignInDialog.moc"
