// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "ReceiptSamples.h"
#include "TestStore.h"
#include "sales/ReceiptMailer.h"
#include "sales/TextReceipt.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestReceiptMailer : public QObject
{
    Q_OBJECT

private slots:
    void testQueuesIntoTheOutbox()
    {
        TestStore t;
        t.initialiseBusiness();
        const Receipt receipt = ReceiptSamples::make("sale-pix");
        const qint64 logBefore = scalar(*t, "SELECT count(*) FROM change_log");
        auto id = ReceiptMailer(*t).queue(receipt, "  Ana@Example.COM ");
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));

        QSqlQuery q(t->database().connection());
        q.prepare("SELECT kind, channel, recipient, sale_id, due_at, subject, body, status,"
                  " appointment_id, deleted FROM reminders WHERE id = ?");
        q.addBindValue(id->toString());
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), "receipt");
        QCOMPARE(q.value(1).toString(), "email");
        QCOMPARE(q.value(2).toString(), "ana@example.com");
        QCOMPARE(q.value(3).toString(), receipt.saleId.toString());
        QCOMPARE(q.value(4).toLongLong(), t.clock().nowMsecsSinceEpoch());
        QCOMPARE(q.value(5).toString(), "Receipt CEN-7K2Q-000124 from Salão Bela Vista");
        QCOMPARE(q.value(6).toString(), TextReceipt::render(receipt));
        QCOMPARE(q.value(7).toString(), "scheduled");
        QVERIFY(q.value(8).isNull());
        QCOMPARE(q.value(9).toInt(), 0);
        // Synced like any record: the server sends it.
        QVERIFY(scalar(*t, "SELECT count(*) FROM change_log") > logBefore);
        QCOMPARE(
            scalar(
                *t,
                QString("SELECT count(*) FROM change_log WHERE row_id = '%1'").arg(id->toString())),
            1);

        // Asking again is another message.
        QVERIFY(ReceiptMailer(*t).queue(receipt, "ana@example.com").ok());
        QCOMPARE(scalar(*t, "SELECT count(*) FROM reminders WHERE kind = 'receipt'"), 2);
    }

    void testBadAddressChangesNothing_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("code");
        QTest::addRow("empty") << ""
                               << "receipt.emailMissing";
        QTest::addRow("blank") << "   "
                               << "receipt.emailMissing";
        QTest::addRow("no domain") << "ana@example"
                                   << "client.emailInvalid";
        QTest::addRow("no at sign") << "ana.example.com"
                                    << "client.emailInvalid";
        QTest::addRow("two addresses") << "a@b.com c@d.com"
                                       << "client.emailInvalid";
    }
    void testBadAddressChangesNothing()
    {
        QFETCH(QString, address);
        QFETCH(QString, code);
        TestStore t;
        t.initialiseBusiness();
        const qint64 logBefore = scalar(*t, "SELECT count(*) FROM change_log");
        auto refused = ReceiptMailer(*t).queue(ReceiptSamples::make("sale-cash"), address);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, code);
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(scalar(*t, "SELECT count(*) FROM reminders"), 0);
        QCOMPARE(scalar(*t, "SELECT count(*) FROM change_log"), logBefore);
    }
};

QTEST_GUILESS_MAIN(TestReceiptMailer)
#include "TestReceiptMailer.moc"
