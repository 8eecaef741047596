// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "ServerFixture.h"
#include "ShopFixture.h"
#include "SyncSession.h"
#include "Tenders.h"
#include "TestStore.h"
#include "TestTerminal.h"
#include "conflicts/ConflictInbox.h"
#include "inventory/StockBelowZeroCheck.h"
#include "inventory/StockLedger.h"
#include "sales/CheckoutService.h"
#include "sales/ClientAccount.h"
#include "sales/OverReturnCheck.h"
#include "sales/ReturnService.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

// The checkout issue's "must show": two offline terminals sell the last unit
// of a product and each return part of one sale. After sync both sales exist
// once everywhere, stock shows −1 with a conflict entry, and the over-return
// is a conflict entry; resolving each on one terminal clears it on both.
// Real encrypted databases, a real balcaod on loopback, SQLite and
// PostgreSQL.
class TestCheckoutSync : public QObject
{
    Q_OBJECT

private:
    using Terminal = TestTerminal;

    static void enrol(ServerFixture &server, const QString &business, Terminal &t,
                      const QString &name)
    {
        QVERIFY(t.enrol(server, business, name));
    }
    static QString hashOf(Terminal &t) { return t.stateHash(); }

private slots:
    void testOfflineSalesAndReturnsMerge_data() { addBackendRows(); }
    void testOfflineSalesAndReturnsMerge()
    {
        BALCAO_FETCH_BACKEND();
        TwoTerminals s(backend, "Recepção", "Caixa 2");
        QVERIFY(s.ok());
        auto &[server, business, a, b] = s;
        a.store.initialiseBusiness();
        ShopFixture f(*a.store);
        must(StockLedger(*a.store).adjustTo(f.conditioner, f.location, 1, "Count"), "last one");
        Cart forJoana = f.cartOf({ { f.shampoo, 2 } });
        forJoana.clientId = f.client;
        CheckoutRequest earlier = f.request(forJoana, { card(9180) });
        earlier.drawerId = {};
        const Sale sale = must(CheckoutService(*a.store).checkout(earlier), "earlier sale");
        syncAndVerify(a);
        syncAndVerify(b);
        QCOMPARE(hashOf(b), hashOf(a));

        // Offline: each sells the last conditioner and takes back part of
        // Joana's two shampoos (2 on A, 1 on B: three of two).
        a.store.clock().advance(60'000);
        b.store.clock().advance(70'000);
        server.clock().advance(70'000);
        CheckoutRequest last = f.request(f.cartOf({ { f.conditioner, 1 } }), { card(5290) });
        last.drawerId = {};
        const Sale onA = must(CheckoutService(*a.store).checkout(last), "sale on A");
        const Sale onB = must(CheckoutService(*b.store).checkout(last), "sale on B");
        const auto returnOf = [&](qint64 units) {
            ReturnRequest r;
            r.saleId = sale.id;
            r.locationId = f.location;
            r.lines = { ReturnLineRequest {
                sale.lines.first().id, {}, units, ReturnDisposition::Restock, {} } };
            return r;
        };
        must(ReturnService(*a.store).createReturn(returnOf(2)), "return on A");
        must(ReturnService(*b.store).createReturn(returnOf(1)), "return on B");

        syncAndVerify(a);
        syncAndVerify(b);
        syncAndVerify(a);
        for (Terminal *t : { &a, &b }) {
            QCOMPARE(scalar(*t->store, "SELECT count(*) FROM sales"), 3);
            QCOMPARE(scalar(*t->store,
                            QString("SELECT count(*) FROM sales WHERE id IN ('%1', '%2')")
                                .arg(onA.id.toString(), onB.id.toString())),
                     2);
            QCOMPARE(scalar(*t->store, "SELECT count(*) FROM returns"), 2);
            QCOMPARE(StockLedger(*t->store).onHand(f.conditioner, f.location).value(), -1);
            const QList<Conflict> open = ConflictInbox(*t->store).open();
            QCOMPARE(open.size(), 2);
            QStringList kinds { open.at(0).kind, open.at(1).kind };
            kinds.sort();
            QCOMPARE(kinds, (QStringList { OverReturnCheck::kKind, StockBelowZeroCheck::kKind }));
        }
        QVERIFY(onA.number != onB.number);
        QCOMPARE(hashOf(a), hashOf(b));

        // One click each: the shelf is empty (on A); Joana pays back the
        // extra refund (on B).
        ConflictInbox inboxA(*a.store);
        ConflictInbox inboxB(*b.store);
        for (const Conflict &c : inboxA.open()) {
            if (c.kind == StockBelowZeroCheck::kKind)
                must(inboxA.resolve(c.id, StockBelowZeroCheck::kAdjustToZero, f.manager), "stock");
        }
        for (const Conflict &c : inboxB.open()) {
            if (c.kind == OverReturnCheck::kKind)
                must(inboxB.resolve(c.id, OverReturnCheck::kChargeClient, f.manager), "return");
        }
        syncAndVerify(a);
        syncAndVerify(b);
        syncAndVerify(a);
        for (Terminal *t : { &a, &b }) {
            QVERIFY(ConflictInbox(*t->store).open().isEmpty());
            QCOMPARE(StockLedger(*t->store).onHand(f.conditioner, f.location).value(), 0);
            QCOMPARE(StockLedger(*t->store).onHand(f.shampoo, f.location).value(), 10);
            QCOMPARE(ClientAccount(*t->store).due(f.client).value(), reais(4590));
        }
        QCOMPARE(hashOf(a), hashOf(b));

        // A third terminal bootstrapped from the server has every fact once.
        Terminal c;
        enrol(server, business, c, "Caixa 3");
        auto booted = SyncSession(*c.store, c.transport()).bootstrap();
        QVERIFY2(booted.ok(), booted.ok() ? "" : qPrintable(booted.error().message));
        syncAndVerify(c);
        QCOMPARE(scalar(*c.store, "SELECT count(*) FROM sales"), 3);
        QCOMPARE(scalar(*c.store, "SELECT count(*) FROM payments"), 3 + 2);
        QCOMPARE(hashOf(c), hashOf(a));
    }
};

QTEST_GUILESS_MAIN(TestCheckoutSync)
#include "TestCheckoutSync.moc"
