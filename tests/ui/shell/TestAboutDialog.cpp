// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"
#include "shell/AboutDialog.h"

#include <QApplication>
#include <QLabel>
#include <QSqlQuery>
#include <QTest>

using namespace Balcao;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    // The facts come from the running app and the open store: the SQLCipher
    // that really encrypts it (compiled in: no plugin), its schema.
    void testFactsOfTheOpenStore()
    {
        Test::TestStore store;
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        const AboutFacts facts = AboutFacts::of(*store);
        QCOMPARE(facts.version, QStringLiteral("9.8.7"));
        QCOMPARE(facts.qtVersion, QString::fromLatin1(qVersion()));
        QSqlQuery query(store->database().connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA cipher_version")) && query.next());
        QCOMPARE(facts.sqlcipherVersion, query.value(0).toString());
        QVERIFY(facts.sqlcipherVersion.startsWith(QLatin1String("4.")));
        QVERIFY(facts.schemaVersion > 0);
        QCOMPARE(facts.schemaVersion, store->database().schemaVersion());
        QVERIFY(!facts.homepage.isEmpty());
    }

    void testShowsVersionsAndLicence()
    {
        AboutFacts facts;
        facts.version = QStringLiteral("1.2.3");
        facts.qtVersion = QStringLiteral("6.4.2");
        facts.sqlcipherVersion = QStringLiteral("4.14.0 community");
        facts.tlsLibrary = QStringLiteral("OpenSSL 3.0.17");
        facts.schemaVersion = 42;
        facts.homepage = QStringLiteral("https://example.org/balcao");
        AboutDialog dialog(facts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        const auto text = [&](const char *name) {
            auto *label = dialog.findChild<QLabel *>(QString::fromLatin1(name));
            return label ? label->text() : QString();
        };
        QVERIFY(text("aboutTitle").contains(QStringLiteral("Balcão 1.2.3")));
        QCOMPARE(text("aboutVersions"),
                 QStringLiteral("Qt 6.4.2 · SQLCipher 4.14.0 community · OpenSSL 3.0.17 · "
                                "database schema 42"));
        QVERIFY(text("aboutLinks")
                    .contains(QLatin1String("https://www.gnu.org/licenses/gpl-3.0.html")));
        QVERIFY(text("aboutLinks").contains(QLatin1String("https://example.org/balcao")));
        auto *icon = dialog.findChild<QLabel *>(QStringLiteral("aboutIcon"));
        QVERIFY(icon);
        // Escape closes it like any dialog.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    // Without a TLS library (Qt built without one) the line still reads well.
    void testVersionsWithoutTls()
    {
        AboutFacts facts;
        facts.qtVersion = QStringLiteral("6.4.2");
        facts.sqlcipherVersion = QStringLiteral("4.14.0");
        facts.schemaVersion = 7;
        QCOMPARE(AboutDialog::versionsText(facts),
                 QStringLiteral("Qt 6.4.2 · SQLCipher 4.14.0 · database schema 7"));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "TestAboutDialog.moc"
