// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "ShopFixture.h"
#include "TestStore.h"
#include "cash/Denominations.h"
#include "cash/ShiftService.h"
#include "sales/CheckoutService.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestShiftService : public QObject
{
    Q_OBJECT

private slots:
    void denominationsTotal()
    {
        QCOMPARE(Denominations::total({ { 5000, 2 }, { 100, 3 }, { 5, 1 } }, currencyOf("BRL")),
                 reais(10305));
        QVERIFY(Denominations::of("BRL").contains(20000));
        QVERIFY(Denominations::of("XYZ").isEmpty());
        // Every listed currency has notes above its largest coin, and that coin is listed.
        for (const char *code : { "BRL", "USD", "EUR", "GBP" }) {
            const QList<qint64> list = Denominations::of(code);
            const qint64 coin = Denominations::largestCoin(code);
            QVERIFY2(list.contains(coin), code);
            QVERIFY2(list.first() > coin, code);
        }
        QCOMPARE(Denominations::largestCoin("BRL"), 100);
        QCOMPARE(Denominations::largestCoin("XYZ"), 0);
    }

    void testOneOpenShiftPerDrawer()
    {
        TestStore t;
        ShopFixture f(*t);
        ShiftService shifts(*t);
        const CashShift shift = must(shifts.open(f.drawer, reais(10000), f.frontDesk), "open");
        QVERIFY(shift.isOpen());
        auto second = shifts.open(f.drawer, reais(5000), f.manager);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, "shift.alreadyOpen");
        QCOMPARE(shifts.openShift(f.drawer).value()->id, shift.id);
        // Another drawer of the location opens on its own.
        const CashDrawer other = must(shifts.createDrawer(f.location, "Caixa 2"), "drawer");
        QVERIFY(shifts.open(other.id, reais(0), f.frontDesk).ok());
        QCOMPARE(shifts.createDrawer(f.location, "caixa 2").error().code, "drawer.nameTaken");
    }

    void testXAndZReports()
    {
        TestStore t;
        ShopFixture f(*t);
        ShiftService shifts(*t);
        const Id shift = f.openShift(); // float 100.00
        CheckoutService checkout(*t);
        must(checkout.checkout(f.request(f.cartOf({ { f.shampoo, 1 } }),
                                         { Tender { PaymentMethod::Cash, reais(5000), {}, {} } })),
             "cash sale");
        must(
            checkout.checkout(f.request(f.cartOf({ { f.conditioner, 1 } }),
                                        { Tender { PaymentMethod::Card, reais(5290), "A1", {} } })),
            "card sale");
        must(shifts.cashIn(shift, reais(2000), "Change from the bank", f.frontDesk), "in");
        must(shifts.cashOut(shift, reais(1500), "Coffee for the salon", f.frontDesk), "out");

        const ShiftReport x = must(shifts.report(shift), "X");
        QCOMPARE(x.openingFloat, reais(10000));
        QCOMPARE(x.cashSales, reais(4590));
        QCOMPARE(x.cashIn, reais(2000));
        QCOMPARE(x.cashOut, reais(1500));
        QCOMPARE(x.expected, reais(10000 + 4590 + 2000 - 1500));
        QCOMPARE(x.byMethod.value("card"), reais(5290));
        QCOMPARE(x.salesCount, 2);
        QCOMPARE(x.totalSales, reais(4590 + 5290));
        QVERIFY(!x.counted);
        QCOMPARE(x.movements.size(), 2);

        // Expected 150.90; counted 100 + 50 + 2 × 0.50 = 151.00: 0.10 over.
        const QMap<qint64, int> counted { { 10000, 1 }, { 5000, 1 }, { 50, 2 } };
        const ShiftReport z = must(shifts.close(shift, counted, "Checked twice", f.manager), "Z");
        QCOMPARE(z.expected, reais(15090));
        QCOMPARE(z.counted, std::optional(reais(15100)));
        QCOMPARE(z.overShort, std::optional(reais(10)));
        QVERIFY(!z.shift.isOpen());
        QCOMPARE(z.shift.countedDetail, counted);
        QCOMPARE(z.shift.closeNote, "Checked twice");
        // A closed shift stays closed and takes no more cash.
        QCOMPARE(shifts.close(shift, counted, {}, f.manager).error().code, "shift.closed");
        QCOMPARE(shifts.cashIn(shift, reais(100), "late", f.manager).error().code, "shift.closed");
        QVERIFY(!shifts.openShift(f.drawer).value());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("code");
        QTest::addRow("negative float") << "float"
                                        << "shift.floatInvalid";
        QTest::addRow("a float above a million") << "hugeFloat"
                                                 << "shift.floatInvalid";
        QTest::addRow("cash in without reason") << "noReason"
                                                << "cash.reasonRequired";
        QTest::addRow("cash out of nothing") << "zero"
                                             << "cash.amountInvalid";
        QTest::addRow("more out than in the drawer") << "tooMuch"
                                                     << "cash.notEnoughInDrawer";
        QTest::addRow("a coin that does not exist") << "coin"
                                                    << "shift.denominationUnknown";
        QTest::addRow("a negative count") << "negativeCount"
                                          << "shift.countInvalid";
        // A drawer holds the business's currency only.
        QTest::addRow("a float in dollars") << "floatInDollars"
                                            << "money.currencyMismatch";
        QTest::addRow("cash in in dollars") << "cashInDollars"
                                            << "money.currencyMismatch";
        QTest::addRow("cash of no currency") << "cashOfNoCurrency"
                                             << "money.noCurrency";
    }
    void refusals()
    {
        QFETCH(QString, what);
        QFETCH(QString, code);
        TestStore t;
        ShopFixture f(*t);
        ShiftService shifts(*t);
        Error error;
        if (what == "float") {
            error = shifts.open(f.drawer, reais(-1), f.frontDesk).error();
        } else if (what == "hugeFloat") {
            error = shifts.open(f.drawer, reais(100000001), f.frontDesk).error();
        } else if (what == "floatInDollars") {
            error = shifts.open(f.drawer, dollars(10000), f.frontDesk).error();
            QVERIFY(!shifts.openShift(f.drawer).value().has_value());
        } else {
            const Id shift = f.openShift();
            if (what == "noReason")
                error = shifts.cashIn(shift, reais(100), "  ", f.frontDesk).error();
            else if (what == "zero")
                error = shifts.cashOut(shift, reais(0), "x", f.frontDesk).error();
            else if (what == "tooMuch")
                error = shifts.cashOut(shift, reais(10001), "x", f.frontDesk).error();
            else if (what == "cashInDollars")
                error = shifts.cashIn(shift, dollars(100), "x", f.frontDesk).error();
            else if (what == "cashOfNoCurrency")
                error = shifts.cashIn(shift, Money(100, Currency()), "x", f.frontDesk).error();
            else if (what == "coin")
                error = shifts.close(shift, { { 300, 1 } }, {}, f.frontDesk).error();
            else if (what == "negativeCount")
                error = shifts.close(shift, { { 100, -1 } }, {}, f.frontDesk).error();
            QVERIFY(shifts.openShift(f.drawer).value().has_value()); // still open, untouched
        }
        QCOMPARE(error.code, code);
        QVERIFY(!error.message.isEmpty());
    }

    // A refused coin is named as people count it (3.00), not in centavos.
    // The resolution of ClosedShiftCashCheck: only a closed shift is
    // restated, to what its ledgers say; an open one is counted at its close.
    void testRestateExpectedOnlyOfAClosedShift()
    {
        TestStore t;
        ShopFixture f(*t);
        ShiftService shifts(*t);
        const Id shift = f.openShift();
        QCOMPARE(shifts.restateExpected(shift).error().code, "shift.open");
        QCOMPARE(shifts.restateExpected(Id::generate()).error().kind, Error::Kind::NotFound);
        must(shifts.close(shift, { { 10000, 1 } }, {}, f.frontDesk), "close");
        must(shifts.restateExpected(shift), "restate");
        QCOMPARE(shifts.find(shift)->expected, std::optional(reais(10000))); // nothing came in
        QCOMPARE(shifts.report(shift)->overShort, std::optional(reais(0)));
    }

    void testUnknownCoinIsNamedInMajorUnits()
    {
        TestStore t;
        ShopFixture f(*t);
        const Id shift = f.openShift();
        const Error error = ShiftService(*t).close(shift, { { 300, 1 } }, {}, f.frontDesk).error();
        QVERIFY2(error.message.contains("3.00"), qPrintable(error.message));
        QVERIFY2(!error.message.contains("300"), qPrintable(error.message));
    }

    void testDefaultDrawerIsMadeOnce()
    {
        TestStore t;
        ShopFixture f(*t);
        ShiftService shifts(*t);
        const CashDrawer first = must(shifts.defaultDrawer(f.location), "default");
        QCOMPARE(first.id, f.drawer); // the fixture's drawer is the location's first
        QCOMPARE(must(shifts.defaultDrawer(f.location), "again").id, first.id);
    }
};

QTEST_GUILESS_MAIN(TestShiftService)
#include "TestShiftService.moc"
