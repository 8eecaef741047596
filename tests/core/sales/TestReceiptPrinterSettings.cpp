// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "TestStore.h"
#include "sales/ReceiptPrinterSettings.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;
using Destination = ReceiptPrinterConfig::Destination;

Q_DECLARE_METATYPE(Balcao::ReceiptPrinterConfig)

namespace {

ReceiptPrinterConfig network(const QString &host, int port)
{
    ReceiptPrinterConfig c;
    c.destination = Destination::Network;
    c.host = host;
    c.port = port;
    return c;
}

} // namespace

class TestReceiptPrinterSettings : public QObject
{
    Q_OBJECT

private slots:
    void testDefaults()
    {
        TestStore t;
        const ReceiptPrinterConfig c = ReceiptPrinterSettings(*t).load().value();
        QCOMPARE(c.destination, Destination::None);
        QCOMPARE(c.port, 9100);
        QCOMPARE(c.paperWidthMm, 80);
        QVERIFY(!c.printAfterSale);
        QVERIFY(c.openDrawerOnCash);
    }

    // A printer that cannot be read is an error, not "no printer" or "do not
    // print after a sale".
    void testUnreadableSettingsAreAnError()
    {
        TestStore t;
        ReceiptPrinterConfig c = network(QStringLiteral("printer.local"), 9101);
        c.printAfterSale = true;
        QVERIFY(ReceiptPrinterSettings(*t).save(c).ok());
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE local_meta RENAME TO local_meta_gone")));
        const auto loaded = ReceiptPrinterSettings(*t).load();
        QVERIFY(!loaded.ok());
        QVERIFY(!loaded.error().message.isEmpty());
    }

    void testSavedLocallyAndNeverSynced()
    {
        TestStore t;
        t.initialiseBusiness();
        ReceiptPrinterConfig c = network(" 192.168.0.50 ", 9100);
        c.paperWidthMm = 58;
        c.printAfterSale = true;
        c.openDrawerOnCash = false;
        const qint64 logBefore = scalar(*t, "SELECT count(*) FROM change_log");
        QVERIFY(ReceiptPrinterSettings(*t).save(c).ok());
        c.host = "192.168.0.50";
        QCOMPARE(ReceiptPrinterSettings(*t).load().value(), c);
        // A printer belongs to this counter: nothing goes to other terminals.
        QCOMPARE(scalar(*t, "SELECT count(*) FROM change_log"), logBefore);
        t.reopen();
        QCOMPARE(ReceiptPrinterSettings(*t).load().value(), c);
    }

    void testBadSettingsChangeNothing_data()
    {
        QTest::addColumn<ReceiptPrinterConfig>("config");
        QTest::addColumn<QString>("code");
        QTest::addRow("no host") << network("  ", 9100) << "receipts.hostMissing";
        QTest::addRow("host with a space")
            << network("printer one", 9100) << "receipts.hostInvalid";
        QTest::addRow("host with a scheme")
            << network("http://10.0.0.5", 9100) << "receipts.hostInvalid";
        QTest::addRow("port zero") << network("10.0.0.5", 0) << "receipts.portInvalid";
        QTest::addRow("port too big") << network("10.0.0.5", 70000) << "receipts.portInvalid";
        ReceiptPrinterConfig file;
        file.destination = Destination::File;
        QTest::addRow("no file") << file << "receipts.pathMissing";
        ReceiptPrinterConfig paper = network("10.0.0.5", 9100);
        paper.paperWidthMm = 76;
        QTest::addRow("paper") << paper << "receipts.paperWidthInvalid";
    }
    void testBadSettingsChangeNothing()
    {
        QFETCH(ReceiptPrinterConfig, config);
        QFETCH(QString, code);
        TestStore t;
        ReceiptPrinterSettings settings(*t);
        const ReceiptPrinterConfig before = network("printer.local", 9101);
        QVERIFY(settings.save(before).ok());
        auto refused = settings.save(config);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, code);
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(settings.load().value(), before);
    }

    void testHostsThatAreAccepted_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addRow("IPv4") << "192.168.0.50";
        QTest::addRow("name") << "epson-tm-t20.local";
        QTest::addRow("IPv6") << "fe80::1";
    }
    void testHostsThatAreAccepted()
    {
        QFETCH(QString, host);
        QVERIFY(ReceiptPrinterSettings::checked(network(host, 9100)).ok());
    }
};

QTEST_GUILESS_MAIN(TestReceiptPrinterSettings)
#include "TestReceiptPrinterSettings.moc"
