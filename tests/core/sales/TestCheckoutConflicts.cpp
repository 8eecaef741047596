// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "ChangeApplier.h"
#include "ChangeOutbox.h"
#include "ShopFixture.h"
#include "Tenders.h"
#include "TestStore.h"
#include "cash/ClosedShiftCashCheck.h"
#include "cash/OpenShiftsCheck.h"
#include "cash/ShiftService.h"
#include "conflicts/ConflictInbox.h"
#include "inventory/StockBelowZeroCheck.h"
#include "inventory/StockLedger.h"
#include "sales/CheckoutService.h"
#include "sales/ClientAccount.h"
#include "sales/OverReturnCheck.h"
#include "sales/ReturnService.h"
#include "state/StateExporter.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

void ship(TestStore &from, TestStore &to)
{
    auto applied = ChangeApplier(*to).apply(ChangeOutbox(*from).pending());
    QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
}

void exchange(TestStore &a, TestStore &b)
{
    ship(a, b);
    ship(b, a);
}

} // namespace

// Business rules that a terminal cannot check alone, checked after merging
// two terminals' offline work (the sync issue's conflict inbox).
class TestCheckoutConflicts : public QObject
{
    Q_OBJECT

private slots:
    void testLastUnitSoldOnTwoTerminals()
    {
        TestStore a;
        ShopFixture f(*a);
        must(StockLedger(*a).adjustTo(f.conditioner, f.location, 1, "Count"), "one left");
        TestStore b(a.clock().nowMsecsSinceEpoch() + 500);
        ship(a, b);
        const Sale onA = must(CheckoutService(*a).checkout(
                                  f.request(f.cartOf({ { f.conditioner, 1 } }), { card(5290) })),
                              "sale on A");
        // B builds its cart from its own copy of the catalog.
        ShopFixture *fb = &f; // same ids: B has A's data
        CheckoutRequest r = fb->request(fb->cartOf({ { f.conditioner, 1 } }), { card(5290) });
        r.drawerId = {};
        const Sale onB = must(CheckoutService(*b).checkout(r), "sale on B");
        QCOMPARE(StockLedger(*b).onHand(f.conditioner, f.location).value(), 0);
        exchange(a, b);
        for (TestStore *t : { &a, &b }) {
            QCOMPARE(scalar(**t, "SELECT count(*) FROM sales"), 2);
            QCOMPARE(scalar(**t,
                            QString("SELECT count(*) FROM sales WHERE id IN ('%1', '%2')")
                                .arg(onA.id.toString(), onB.id.toString())),
                     2);
            QCOMPARE(StockLedger(**t).onHand(f.conditioner, f.location).value(), -1);
            QCOMPARE(ConflictInbox(**t).refresh()->opened, 1);
        }
        QVERIFY(onA.number != onB.number);
        exchange(a, b);
        const QList<Conflict> inboxA = ConflictInbox(*a).open();
        QCOMPARE(inboxA.size(), 1);
        QCOMPARE(inboxA.first().kind, StockBelowZeroCheck::kKind);
        QCOMPARE(inboxA.first().facts.value("on_hand").toInt(), -1);
        QCOMPARE(ConflictInbox(*b).open().first().id, inboxA.first().id);
        QCOMPARE(StateExporter(a->database()).stateHash(),
                 StateExporter(b->database()).stateHash());

        a.clock().advance(60000);
        must(ConflictInbox(*a).resolve(inboxA.first().id, StockBelowZeroCheck::kAdjustToZero,
                                       f.manager),
             "resolve");
        exchange(a, b);
        QVERIFY(ConflictInbox(*b).refresh().ok());
        QVERIFY(ConflictInbox(*b).open().isEmpty());
        QCOMPARE(StockLedger(*b).onHand(f.conditioner, f.location).value(), 0);

        // Below zero again later: the same conflict opens again.
        b.clock().advance(120000);
        CheckoutRequest again = f.request(f.cartOf({ { f.conditioner, 1 } }), { card(5290) });
        again.drawerId = {};
        must(CheckoutService(*b).checkout(again), "another sale");
        QCOMPARE(ConflictInbox(*b).refresh()->opened, 1);
        QCOMPARE(ConflictInbox(*b).open().first().id, inboxA.first().id);
        QVERIFY(ConflictInbox(*b).open().first().resolution.isEmpty());
    }

    void testSameUnitsReturnedOnTwoTerminals()
    {
        TestStore a;
        ShopFixture f(*a);
        Cart cart = f.cartOf({ { f.shampoo, 2 } });
        cart.clientId = f.client;
        const Sale sale
            = must(CheckoutService(*a).checkout(f.request(cart, { card(9180) })), "sale");
        TestStore b(a.clock().nowMsecsSinceEpoch() + 500);
        ship(a, b);
        const auto returnOf = [&](qint64 units) {
            ReturnRequest r;
            r.saleId = sale.id;
            r.locationId = f.location;
            r.lines = { ReturnLineRequest {
                sale.lines.first().id, {}, units, ReturnDisposition::Restock, {} } };
            return r;
        };
        must(ReturnService(*a).createReturn(returnOf(2)), "return on A");
        must(ReturnService(*b).createReturn(returnOf(1)), "return on B");
        exchange(a, b);
        for (TestStore *t : { &a, &b })
            QVERIFY(ConflictInbox(**t).refresh().ok());
        exchange(a, b);
        const QList<Conflict> inbox = ConflictInbox(*b).open();
        QCOMPARE(inbox.size(), 1);
        QCOMPARE(inbox.first().kind, OverReturnCheck::kKind);
        QCOMPARE(inbox.first().facts.value("returned").toInt(), 3);
        QCOMPARE(inbox.first().facts.value("sold").toInt(), 2);
        QCOMPARE(inbox.first().facts.value("extra_refund_minor").toInt(), 4590);
        QCOMPARE(inbox.first().facts.value("returns").toArray().size(), 2);
        QVERIFY(
            ConflictInbox(*b).resolutions(inbox.first()).contains(OverReturnCheck::kChargeClient));
        QCOMPARE(ConflictInbox(*a).open().first().id, inbox.first().id);

        b.clock().advance(60000);
        must(ConflictInbox(*b).resolve(inbox.first().id, OverReturnCheck::kChargeClient, f.manager),
             "resolve");
        exchange(a, b);
        QVERIFY(ConflictInbox(*a).refresh().ok());
        QVERIFY(ConflictInbox(*a).open().isEmpty());
        for (TestStore *t : { &a, &b }) {
            QCOMPARE(ClientAccount(**t).due(f.client).value(), reais(4590));
            // Two units came back, not three.
            QCOMPARE(StockLedger(**t).onHand(f.shampoo, f.location).value(), 10);
        }
        QCOMPARE(StateExporter(a->database()).stateHash(),
                 StateExporter(b->database()).stateHash());
    }

    // Seen in TestSyncSimulation's "resolve twice" race: two managers, on
    // terminals that cannot see each other, resolve the same conflict. Each
    // resolution writes its correction as a new fact, so both corrections
    // count: stock "adjusted to zero" twice ends above zero, a client
    // "charged" twice owes the extra refund twice. Not fixed here (making a
    // resolution take effect once is a design decision: see the report of the
    // simulation's branch); these rows say what is expected.
    void testConflictResolvedOnTwoTerminalsTakesEffectOnce_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addRow("stock adjusted to zero") << StockBelowZeroCheck::kKind;
        QTest::addRow("client charged the extra refund") << OverReturnCheck::kKind;
    }
    void testConflictResolvedOnTwoTerminalsTakesEffectOnce()
    {
        QFETCH(QString, kind);
        TestStore a;
        ShopFixture f(*a);
        Cart cart = f.cartOf({ { f.conditioner, 2 } });
        cart.clientId = f.client;
        const Sale sale
            = must(CheckoutService(*a).checkout(f.request(cart, { card(10580) })), "sale");
        TestStore b(a.clock().nowMsecsSinceEpoch() + 500);
        ship(a, b);
        // One left; each sells it (stock −1), and each takes back both units
        // of the sale (four of two).
        ReturnRequest back;
        back.saleId = sale.id;
        back.locationId = f.location;
        back.lines = { ReturnLineRequest {
            sale.lines.first().id, {}, 2, ReturnDisposition::Damaged, {} } };
        for (TestStore *t : { &a, &b }) {
            CheckoutRequest last = f.request(f.cartOf({ { f.conditioner, 1 } }), { card(5290) });
            last.drawerId = {};
            must(CheckoutService(**t).checkout(last), "last unit");
            must(ReturnService(**t).createReturn(back), "return");
        }
        exchange(a, b);
        for (TestStore *t : { &a, &b })
            QVERIFY(ConflictInbox(**t).refresh().ok());
        exchange(a, b);
        const qint64 stockBefore = StockLedger(*a).onHand(f.conditioner, f.location).value();
        const Money dueBefore = ClientAccount(*a).due(f.client).value();
        QVERIFY(stockBefore < 0);

        // Both resolve it, offline from each other, the same way.
        const QString resolution = kind == StockBelowZeroCheck::kKind
            ? StockBelowZeroCheck::kAdjustToZero
            : OverReturnCheck::kChargeClient;
        for (TestStore *t : { &a, &b }) {
            t->clock().advance(60000);
            const QList<Conflict> open = ConflictInbox(**t).open();
            const auto it = std::find_if(open.cbegin(), open.cend(),
                                         [&](const Conflict &c) { return c.kind == kind; });
            QVERIFY(it != open.cend());
            must(ConflictInbox(**t).resolve(it->id, resolution, f.manager), "resolve");
        }
        exchange(a, b);
        QCOMPARE(StateExporter(a->database()).stateHash(),
                 StateExporter(b->database()).stateHash());
        if (kind == StockBelowZeroCheck::kKind) {
            QEXPECT_FAIL("", "both adjustments count: the stock ends above zero", Continue);
            QCOMPARE(StockLedger(*a).onHand(f.conditioner, f.location).value(), 0);
        } else {
            QEXPECT_FAIL("", "both charges count: the client owes the extra refund twice",
                         Continue);
            QCOMPARE(ClientAccount(*a).due(f.client).value(), *dueBefore.plus(reais(10580)));
        }
    }

    void testOneDrawerOpenedOnTwoTerminals()
    {
        TestStore a;
        ShopFixture f(*a);
        TestStore b(a.clock().nowMsecsSinceEpoch() + 500);
        ship(a, b);
        const CashShift onA = must(ShiftService(*a).open(f.drawer, reais(10000), f.frontDesk), "A");
        const CashShift onB = must(ShiftService(*b).open(f.drawer, reais(5000), f.manager), "B");
        exchange(a, b);
        for (TestStore *t : { &a, &b })
            QCOMPARE(ConflictInbox(**t).refresh()->opened, 1);
        exchange(a, b);
        const Conflict c = ConflictInbox(*a).open().first();
        QCOMPARE(c.kind, OpenShiftsCheck::kKind);
        QCOMPARE(c.facts.value("shifts").toArray().size(), 2);
        const QString closeB = OpenShiftsCheck::kClosePrefix + onB.id.toString();
        QVERIFY(ConflictInbox(*a).resolutions(c).contains(closeB));
        a.clock().advance(60000);
        must(ConflictInbox(*a).resolve(c.id, closeB, f.manager), "resolve");
        exchange(a, b);
        QVERIFY(ConflictInbox(*b).refresh().ok());
        QVERIFY(ConflictInbox(*b).open().isEmpty());
        QCOMPARE(ShiftService(*b).openShift(f.drawer).value()->id, onA.id);
        QVERIFY(!ShiftService(*b).find(onB.id)->isOpen());
    }

    // Found by TestSyncSimulation (seed 2): A counts and closes the drawer
    // while B, offline, still takes cash in the same shift. After the merge
    // the shift said it expected what A counted, its ledgers said more, and
    // nobody was told.
    void testCashTakenInAShiftClosedElsewhere()
    {
        TestStore a;
        ShopFixture f(*a);
        const Id shift = f.openShift(); // R$ 100,00
        TestStore b(a.clock().nowMsecsSinceEpoch() + 500);
        TestStore late(a.clock().nowMsecsSinceEpoch() + 700); // offline till the end
        ship(a, b);
        ship(a, late);
        a.clock().advance(60000);
        must(ShiftService(*a).close(shift, { { 10000, 1 } }, {}, f.frontDesk), "close on A");
        b.clock().advance(90000);
        must(CheckoutService(*b).checkout(
                 f.request(f.cartOf({ { f.shampoo, 1 } }),
                           { Tender { PaymentMethod::Cash, reais(5000), {}, {} } })),
             "cash sale on B");
        exchange(a, b);
        for (TestStore *t : { &a, &b })
            QCOMPARE(ConflictInbox(**t).refresh()->opened, 1);
        exchange(a, b);
        const QList<Conflict> open = ConflictInbox(*b).open();
        QCOMPARE(open.size(), 1);
        const Conflict c = open.first();
        QCOMPARE(c.kind, ClosedShiftCashCheck::kKind);
        QVERIFY(c.subjectIds.contains(shift.toString()));
        QCOMPARE(c.facts.value("expected_at_close").toInteger(), 10000);
        QCOMPARE(c.facts.value("expected_now").toInteger(), 14590);
        QCOMPARE(c.facts.value("late_minor").toInteger(), 4590);
        QCOMPARE(ConflictInbox(*b).resolutions(c), QStringList { ClosedShiftCashCheck::kRestate });

        // On B: the shift's report takes the late cash in; the count stays,
        // so the Z report shows it as short.
        b.clock().advance(60000);
        must(ConflictInbox(*b).resolve(c.id, ClosedShiftCashCheck::kRestate, f.manager), "resolve");
        exchange(a, b);
        for (TestStore *t : { &a, &b }) {
            QVERIFY(ConflictInbox(**t).refresh().ok());
            QVERIFY(ConflictInbox(**t).open().isEmpty());
            const CashShift closed = must(ShiftService(**t).find(shift), "shift");
            QCOMPARE(closed.expected, std::optional(reais(14590)));
            QCOMPARE(ShiftService(**t).report(shift)->overShort, std::optional(reais(-4590)));
        }
        QCOMPARE(StateExporter(a->database()).stateHash(),
                 StateExporter(b->database()).stateHash());

        // More cash arriving later (from a third terminal) is told again, as a conflict of
        // its own.
        late.clock().advance(300000);
        must(CheckoutService(*late).checkout(
                 f.request(f.cartOf({ { f.giftWrap, 1 } }),
                           { Tender { PaymentMethod::Cash, reais(500), {}, {} } })),
             "cash on the late terminal");
        ship(late, a);
        QCOMPARE(ConflictInbox(*a).refresh()->opened, 1);
        QCOMPARE(ConflictInbox(*a).open().first().facts.value("late_minor").toInteger(), 500);
    }

    // A closed shift whose ledgers agree with its close is no conflict; one
    // closed longer ago than the check looks back is not looked at.
    void testClosedShiftsThatAgreeOrAreOldAreNoConflict()
    {
        TestStore a;
        ShopFixture f(*a);
        const Tender cash { PaymentMethod::Cash, reais(5000), {}, {} };
        const Id first = f.openShift();
        must(CheckoutService(*a).checkout(f.request(f.cartOf({ { f.shampoo, 1 } }), { cash })),
             "cash sale");
        must(ShiftService(*a).cashOut(first, reais(1000), "troco", f.frontDesk), "cash out");
        must(ShiftService(*a).close(first, { { 10000, 1 }, { 2000, 1 } }, {}, f.frontDesk),
             "close");
        QVERIFY(ClosedShiftCashCheck().find(*a)->isEmpty());

        const Id second = f.openShift();
        TestStore b(a.clock().nowMsecsSinceEpoch());
        ship(a, b);
        must(ShiftService(*a).close(second, { { 10000, 1 } }, {}, f.frontDesk), "close on A");
        must(CheckoutService(*b).checkout(f.request(f.cartOf({ { f.shampoo, 1 } }), { cash })),
             "late cash sale on B");
        exchange(a, b);
        QCOMPARE(ClosedShiftCashCheck().find(*a)->size(), 1);
        a.clock().advance((ClosedShiftCashCheck::kLookBackDays + 1) * 24 * 3600 * 1000LL);
        QVERIFY(ClosedShiftCashCheck().find(*a)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCheckoutConflicts)
#include "TestCheckoutConflicts.moc"
