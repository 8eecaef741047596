// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncedTerminal.h"
#include "Translations.h"
#include "shell/FormMessage.h"
#include "sync/EnrolDialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

// The dialog against a real in-process server: the server's own translated
// refusals appear in the form, which stays open; a good code enrols.
class TestEnrolDialog : public QObject
{
    Q_OBJECT

private:
    static void submit(EnrolDialog &dialog, const QString &server, const QString &code)
    {
        dialog.serverField()->setText(server);
        dialog.codeField()->clear();
        QTest::keyClicks(dialog.codeField(), code);
        QPushButton *connect = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(connect, Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("en"))));
    }

    void testRefusedStaysOpen_data()
    {
        QTest::addColumn<QString>("server"); // %1: the fixture's port
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addRow("not an address")
            << QStringLiteral("sync example") << QStringLiteral("AAAAA-BBBBB-CCCCC-DDDDD")
            << QStringLiteral("is not a server address such as https://sync.example.com:8420.");
        QTest::addRow("no code") << QStringLiteral("http://127.0.0.1:%1") << QString()
                                 << QStringLiteral(
                                        "Enter the enrolment code from your administrator.");
        QTest::addRow("wrong code (the server's message)")
            << QStringLiteral("http://127.0.0.1:%1") << QStringLiteral("AAAAA-BBBBB-CCCCC-DDDDD")
            << QStringLiteral("This enrolment code is unknown, already used or expired. Ask your "
                              "administrator for a new one.");
    }

    void testRefusedStaysOpen()
    {
        QFETCH(QString, server);
        QFETCH(QString, code);
        QFETCH(QString, message);
        ServerFixture fixture(QStringLiteral("sqlite"));
        QVERIFY(fixture.ok());
        fixture.createBusiness();
        SyncedTerminal t;
        EnrolDialog dialog(*t.store, t.secrets);
        dialog.show();
        submit(dialog, server.contains(QStringLiteral("%1")) ? server.arg(fixture.port()) : server,
               code);
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted
        QCOMPARE(dialog.message()->kind(), FormMessage::Kind::Error);
        QVERIFY2(dialog.message()->text().endsWith(message), qPrintable(dialog.message()->text()));
        QVERIFY(dialog.codeField()->isEnabled());
        QCOMPARE(SyncCredentials(*t.store, t.secrets).isEnrolled().value(), false);
    }

    void testGoodCodeEnrols()
    {
        ServerFixture fixture(QStringLiteral("sqlite"));
        QVERIFY(fixture.ok());
        const QString business = fixture.createBusiness();
        SyncedTerminal t;
        t.store.initialiseBusiness();
        EnrolDialog dialog(*t.store, t.secrets);
        dialog.show();
        // Typed as people do: lower case, no dashes, surrounding spaces.
        const QString code = fixture.enrolmentCode(business).toLower().remove(QLatin1Char('-'));
        submit(dialog, QStringLiteral(" http://127.0.0.1:%1 ").arg(fixture.port()),
               QStringLiteral(" %1 ").arg(code));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        auto credentials = SyncCredentials(*t.store, t.secrets).load();
        QVERIFY(credentials.ok());
        QCOMPARE(credentials->businessId, business);
        // Its business went up with the enrolment.
        QVERIFY(fixture.lastSeq(business) > 0);
    }

    void testCancelCloses()
    {
        SyncedTerminal t;
        EnrolDialog dialog(*t.store, t.secrets);
        dialog.show();
        dialog.reject();
        QVERIFY(!dialog.isVisible()); // idle: Cancel closes
    }
};

QTEST_MAIN(TestEnrolDialog)
#include "TestEnrolDialog.moc"
