// SPDX-License-Identifier: GPL-3.0-or-later
// Rule tables read better with plain literals.
#undef QT_NO_CAST_FROM_ASCII
#include "FakeClock.h"
#include "cash/ShiftService.h"
#include "catalog/ProductCatalog.h"
#include "catalog/ServiceCatalog.h"
#include "sales/ClientAccount.h"
#include "sales/GiftCards.h"
#include "sales/ReturnService.h"
#include "sales/SalesJournal.h"
#include "scheduling/AppointmentBook.h"
#include "security/PassphraseKey.h"
#include "state/StateExporter.h"
#include "storage/LocalStore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

// A database made by the previous release (main before issue 11) with its
// balcaoctl, and what that release showed for it: see
// previous-release/README.md. Amounts are written as balcaoctl printed them.
const QString kFixtures = QStringLiteral(BALCAO_PREVIOUS_RELEASE_DIR);

QByteArray fixture(const QString &name)
{
    QFile file(kFixtures + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll().trimmed();
}

Money brl(const char *text)
{
    return Money::parse(QString::fromLatin1(text), Currency::fromCode("BRL").value()).value();
}

// Balances as they stood when the previous release was last run on it.
const qint64 kAfterTheLastFact = 1796680000000; // 2026-12-07 18:46 -03:00

// A copy of the fixture, opened with the current code. The fixture itself
// is never opened: opening writes (the write-ahead log, the clock).
struct PreviousRelease
{
    PreviousRelease()
    {
        const QString path = dir.filePath("shop.db");
        QVERIFY(QFile::copy(kFixtures + "/shop.db", path));
        QVERIFY(QFile::copy(kFixtures + "/shop.db.keyinfo", PassphraseKey::keyInfoPath(path)));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto parameters = PassphraseKey::readParameters(PassphraseKey::keyInfoPath(path));
        QVERIFY(parameters.ok());
        auto key = PassphraseKey::derive(QString::fromUtf8(fixture("passphrase")), *parameters);
        QVERIFY(key.ok());
        LocalStore::Options options;
        options.clock = &clock;
        auto opened = LocalStore::open(path, *key, options);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        store = std::move(*opened);
    }

    QTemporaryDir dir;
    FakeClock clock { kAfterTheLastFact };
    std::unique_ptr<LocalStore> store;
};

const Id kMaria = Id::fromString(QStringLiteral("01a25274-3e2f-732b-b68e-bb9422657b56"));
const Id kJoao = Id::fromString(QStringLiteral("01a25274-3f38-7247-8a3d-0f2750b8e511"));
const Id kClosedShift = Id::fromString(QStringLiteral("01a25274-4e7b-700c-8ae5-17834c2069dc"));
const Id kOpenShift = Id::fromString(QStringLiteral("01a25274-f8b1-7090-9e41-655dae7b116c"));
const Id kAppointment = Id::fromString(QStringLiteral("01a25274-8e58-71c8-8815-39c21f894a5a"));

} // namespace

// The wire and storage formats did not change when amounts became Money: a
// database made by the previous release has the same state hash under the
// current code, and every money-bearing read gives back what the previous
// release showed for it.
class TestPreviousReleaseState : public QObject
{
    Q_OBJECT

private slots:
    void testNoMigrationAndTheSameStateHash()
    {
        PreviousRelease previous;
        QVERIFY(previous.store);
        QCOMPARE(previous.store->migration().fromVersion, previous.store->migration().toVersion);
        const QString expected = QString::fromLatin1(fixture("state-hash"));
        QCOMPARE(expected.size(), 64);
        QCOMPARE(StateExporter(previous.store->database()).stateHash(), expected);
    }

    // Every read below changes nothing: the hash is the same after them.
    void testReadsLeaveTheStateAsItWas()
    {
        PreviousRelease previous;
        QVERIFY(previous.store);
        LocalStore &store = *previous.store;
        SalesJournal journal(store);
        for (int n = 1; n <= 9; ++n)
            QVERIFY(journal.findByNumber(QString::number(n)).ok());
        QVERIFY(ShiftService(store).report(kClosedShift).ok());
        QVERIFY(ClientAccount(store).due(kJoao).ok());
        QCOMPARE(StateExporter(store.database()).stateHash(),
                 QString::fromLatin1(fixture("state-hash")));
    }

    // The hash is not blind: one amount changed in storage changes it, and
    // the read shows the changed amount. (The fixture is left as it is.)
    void testOneChangedAmountChangesTheHash()
    {
        PreviousRelease previous;
        QVERIFY(previous.store);
        QSqlQuery q(previous.store->database().connection());
        QVERIFY(q.exec("UPDATE products SET price_minor = price_minor + 1 WHERE sku = 'PT1'"));
        QVERIFY(StateExporter(previous.store->database()).stateHash()
                != QString::fromLatin1(fixture("state-hash")));
        QCOMPARE(ProductCatalog(*previous.store).findBySku("PT1")->price, brl("12.01"));
    }

    void testSales_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QStringList>(
            "amounts"); // gross, discount, tax, tip, total, paid, change, due
        QTest::addColumn<QStringList>("payments"); // method amount [tendered change]
        QTest::addColumn<QString>("refunded");
        // Three ways to pay, cash with change, a 10 % order discount, a tip.
        QTest::addRow("split payment")
            << "CEN-WD19-000001" << QStringList { "171.80", "17.18",  "12.60", "5.00",
                                                  "159.62", "159.62", "60.38", "0.00" }
            << QStringList { "card 100.00", "pix 20.00", "cash 39.62 100.00 60.38" } << "41.31";
        QTest::addRow("gift card sold")
            << "CEN-WD19-000002"
            << QStringList { "100.00", "0.00", "0.00", "0.00", "100.00", "100.00", "0.00", "0.00" }
            << QStringList { "cash 100.00 100.00 0.00" } << "0.00";
        // A lower price typed at the counter, the rest left due.
        QTest::addRow("left due") << "CEN-WD19-000003"
                                  << QStringList { "75.99", "1.50",  "0.00", "0.00",
                                                   "74.49", "30.00", "0.00", "44.49" }
                                  << QStringList { "cash 30.00 30.00 0.00" } << "51.49";
        QTest::addRow("gift card and card")
            << "CEN-WD19-000004"
            << QStringList { "125.88", "0.00", "7.00", "0.00", "125.88", "125.88", "0.00", "0.00" }
            << QStringList { "gift_card 60.00", "card 65.88" } << "85.89";
        QTest::addRow("an appointment charged")
            << "CEN-WD19-000005"
            << QStringList { "67.50", "0.00", "0.00", "0.00", "67.50", "67.50", "0.00", "0.00" }
            << QStringList { "pix 67.50" } << "0.00";
        QTest::addRow("an even exchange")
            << "CEN-WD19-000006"
            << QStringList { "39.99", "0.00", "0.00", "0.00", "39.99", "39.99", "0.00", "0.00" }
            << QStringList { "exchange 39.99" } << "0.00";
        QTest::addRow("an exchange paid on top")
            << "CEN-WD19-000007"
            << QStringList { "45.90", "0.00", "7.00", "0.00", "45.90", "45.90", "4.09", "0.00" }
            << QStringList { "exchange 39.99", "cash 5.91 10.00 4.09" } << "0.00";
        QTest::addRow("store credit and gift card")
            << "CEN-WD19-000008"
            << QStringList { "24.00", "0.00", "0.00", "0.00", "24.00", "24.00", "0.00", "0.00" }
            << QStringList { "store_credit 10.00", "gift_card 14.00" } << "0.00";
        QTest::addRow("in the open shift")
            << "CEN-WD19-000009"
            << QStringList { "45.90", "0.00", "7.00", "0.00", "45.90", "45.90", "4.10", "0.00" }
            << QStringList { "cash 45.90 50.00 4.10" } << "0.00";
    }
    void testSales()
    {
        QFETCH(QString, number);
        QFETCH(QStringList, amounts);
        QFETCH(QStringList, payments);
        QFETCH(QString, refunded);
        PreviousRelease previous;
        QVERIFY(previous.store);
        const auto sale = SalesJournal(*previous.store).findByNumber(number);
        QVERIFY2(sale.ok(), qPrintable(sale.ok() ? QString() : sale.error().message));
        QCOMPARE(sale->currency().code(), "BRL");
        const QList<Money> got {
            sale->gross,          sale->discount,         sale->tax, sale->tip, sale->total,
            sale->paid().value(), sale->change().value(), sale->due
        };
        for (qsizetype i = 0; i < amounts.size(); ++i)
            QCOMPARE(got.at(i), brl(amounts.at(i).toLatin1().constData()));
        QStringList paid;
        for (const Payment &p : sale->payments) {
            QString text = paymentMethodName(p.method) + ' ' + p.amount.toPlainString();
            if (p.tendered)
                text += ' ' + p.tendered->toPlainString() + ' ' + p.change->toPlainString();
            paid << text;
        }
        QCOMPARE(paid, payments);
        // The lines add up to the sale, as the previous release wrote them.
        Money lines = Money::zero(sale->currency());
        for (const SaleLine &line : sale->lines)
            QVERIFY(lines.add(line.total).ok());
        QCOMPARE(*lines.plus(sale->tip), sale->total);
        const auto returns = ReturnService(*previous.store).forSale(sale->id);
        QVERIFY(returns.ok());
        Money back = Money::zero(sale->currency());
        for (const SaleReturn &r : *returns)
            QVERIFY(back.add(r.refund).ok());
        QCOMPARE(back, brl(refunded.toLatin1().constData()));
    }

    void testReturns_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("refund");
        QTest::addColumn<QString>("tax");
        QTest::addColumn<QStringList>("payments");
        QTest::addRow("back to cash and PIX")
            << "CEN-WD19-R00001"
            << "41.31"
            << "6.30" << QStringList { "cash -39.62", "pix -1.69" };
        QTest::addRow("to store credit, damaged")
            << "CEN-WD19-R00002"
            << "39.99"
            << "0.00" << QStringList { "store_credit -39.99" };
        QTest::addRow("off what was due") << "CEN-WD19-R00003"
                                          << "11.50"
                                          << "0.00" << QStringList {};
        QTest::addRow("exchange, the rest to the card")
            << "CEN-WD19-R00004"
            << "45.90"
            << "7.00" << QStringList { "exchange -39.99", "card -5.91" };
        QTest::addRow("exchange, all of it") << "CEN-WD19-R00005"
                                             << "39.99"
                                             << "0.00" << QStringList { "exchange -39.99" };
    }
    void testReturns()
    {
        QFETCH(QString, number);
        QFETCH(QString, refund);
        QFETCH(QString, tax);
        QFETCH(QStringList, payments);
        PreviousRelease previous;
        QVERIFY(previous.store);
        const auto back = ReturnService(*previous.store).findByNumber(number);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->refund, brl(refund.toLatin1().constData()));
        QCOMPARE(back->tax, brl(tax.toLatin1().constData()));
        QStringList got;
        for (const Payment &p : back->payments)
            got << paymentMethodName(p.method) + ' ' + p.amount.toPlainString();
        QCOMPARE(got, payments);
    }

    void testBalances()
    {
        PreviousRelease previous;
        QVERIFY(previous.store);
        const ClientAccount account(*previous.store);
        QCOMPARE(account.storeCredit(kMaria).value(), brl("29.99"));
        QCOMPARE(account.due(kMaria).value(), brl("0.00"));
        QCOMPARE(account.storeCredit(kJoao).value(), brl("0.00"));
        QCOMPARE(account.due(kJoao).value(), brl("10.00"));
        const Sale leftDue = SalesJournal(*previous.store).findByNumber("CEN-WD19-000003").value();
        QCOMPARE(account.dueForSale(leftDue.id).value(), brl("32.99"));
        QStringList entries;
        for (const ClientAccount::Entry &e : account.entries(kJoao, 10).value())
            entries << e.amount.toPlainString();
        QCOMPARE(entries, QStringList({ "-20.00", "-2.99", "-11.50", "44.49" }));
        const GiftCards cards(*previous.store);
        const GiftCard card = cards.findByCode("GIFT2024").value();
        QCOMPARE(card.currency.code(), "BRL");
        QCOMPARE(cards.balance(card).value(), brl("26.00"));
    }

    void testShiftReports_data()
    {
        QTest::addColumn<Id>("shift");
        // float, cash sales, cash refunds, cash in, cash out, expected,
        // gross, discounts, tax, tips, total sales, refunds
        QTest::addColumn<QStringList>("figures");
        QTest::addColumn<QString>("counted"); // empty: still open
        QTest::addColumn<QString>("overShort");
        QTest::addColumn<QStringList>("byMethod");
        QTest::addRow("Z") << kClosedShift << QStringList { "150.00", "195.53", "39.62",  "50.00",
                                                            "20.00",  "335.91", "651.06", "18.68",
                                                            "26.60",  "5.00",   "637.38", "178.69" }
                           << "335.50"
                           << "-0.41" << QStringList { "card 162.96",   "cash 155.91",
                                                       "exchange 0.00", "gift_card 74.00",
                                                       "pix 85.81",     "store_credit -29.99" };
        QTest::addRow("X") << kOpenShift
                           << QStringList { "335.50", "45.90", "0.00", "12.34", "0.00",  "393.74",
                                            "45.90",  "0.00",  "7.00", "0.00",  "45.90", "0.00" }
                           << QString() << QString() << QStringList { "cash 45.90" };
    }
    void testShiftReports()
    {
        QFETCH(Id, shift);
        QFETCH(QStringList, figures);
        QFETCH(QString, counted);
        QFETCH(QString, overShort);
        QFETCH(QStringList, byMethod);
        PreviousRelease previous;
        QVERIFY(previous.store);
        const auto report = ShiftService(*previous.store).report(shift);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        const QList<Money> got { report->openingFloat, report->cashSales,  report->cashRefunds,
                                 report->cashIn,       report->cashOut,    report->expected,
                                 report->grossSales,   report->discounts,  report->tax,
                                 report->tips,         report->totalSales, report->refunds };
        for (qsizetype i = 0; i < figures.size(); ++i)
            QCOMPARE(got.at(i), brl(figures.at(i).toLatin1().constData()));
        QCOMPARE(report->counted.has_value(), !counted.isEmpty());
        if (report->counted) {
            QCOMPARE(*report->counted, brl(counted.toLatin1().constData()));
            QCOMPARE(*report->overShort, brl(overShort.toLatin1().constData()));
            QCOMPARE(report->shift.expected, std::optional(report->expected));
        }
        QStringList methods;
        for (auto it = report->byMethod.cbegin(); it != report->byMethod.cend(); ++it)
            methods << it.key() + ' ' + it.value().toPlainString();
        QCOMPARE(methods, byMethod);
    }

    void testCatalogPrices()
    {
        PreviousRelease previous;
        QVERIFY(previous.store);
        const ProductCatalog products(*previous.store);
        QCOMPARE(products.findBySku("SH1")->price, brl("45.90"));
        QCOMPARE(products.findBySku("SH1")->cost, brl("20.00"));
        QCOMPARE(products.findBySku("CD1")->price, brl("39.99"));
        QCOMPARE(products.findBySku("CD1")->cost, brl("18.50"));
        QCOMPARE(products.findBySku("PT1")->price, brl("12.00"));
        const ServiceCatalog services(*previous.store);
        QCOMPARE(services.findByIdOrName("Corte")->price, brl("80.00"));
        QCOMPARE(services.findByIdOrName("Escova")->price, brl("55.50"));
        const auto booked = AppointmentBook(*previous.store).find(kAppointment);
        QVERIFY(booked.ok());
        QCOMPARE(booked->items.size(), 1);
        QCOMPARE(booked->items.first().price, brl("55.50"));
    }
};

QTEST_GUILESS_MAIN(TestPreviousReleaseState)
#include "TestPreviousReleaseState.moc"
