// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeApplier.h"
#include "ChangeOutbox.h"
#include "TestStore.h"
#include "clients/ClientService.h"
#include "state/StateExporter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestChangeApplier : public QObject
{
    Q_OBJECT

private:
    static QString hashOf(TestStore &t) { return StateExporter(t->database()).stateHash(); }
    // Everything `from` has written locally, applied to `to`.
    static void ship(TestStore &from, TestStore &to)
    {
        auto applied = ChangeApplier(*to).apply(ChangeOutbox(*from).pending());
        QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
    }
    // Every column version, as text, in key order.
    static QStringList versionsOf(TestStore &t)
    {
        QSqlQuery query(t->database().connection());
        query.exec(QStringLiteral("SELECT table_name, row_id, column_name, hlc, device_id"
                                  " FROM column_versions ORDER BY 1, 2, 3"));
        QStringList rows;
        while (query.next()) {
            rows << QStringList { query.value(0).toString(), query.value(1).toString(),
                                  query.value(2).toString(), query.value(3).toString(),
                                  query.value(4).toString() }
                        .join(u'|');
        }
        return rows;
    }
    static ClientDraft name(const QString &n)
    {
        ClientDraft d;
        d.name = n;
        return d;
    }

private slots:
    // Two terminals edit different fields of one client while apart; whatever
    // the order of their clocks and of delivery, both edits survive.
    void testConcurrentEditsOfDifferentFieldsBothSurvive_data()
    {
        QTest::addColumn<qint64>("skewOfB");
        QTest::addColumn<bool>("aShipsFirst");
        QTest::addRow("B's clock behind, A ships first") << qint64(-60'000) << true;
        QTest::addRow("B's clock behind, B ships first") << qint64(-60'000) << false;
        QTest::addRow("B's clock ahead, A ships first") << qint64(60'000) << true;
        QTest::addRow("B's clock ahead, B ships first") << qint64(60'000) << false;
        QTest::addRow("same clock") << qint64(0) << true;
    }
    void testConcurrentEditsOfDifferentFieldsBothSurvive()
    {
        QFETCH(qint64, skewOfB);
        QFETCH(bool, aShipsFirst);
        TestStore a;
        TestStore b(a.clock().nowMsecsSinceEpoch() + skewOfB);
        auto ana = ClientService(*a).create(name(QStringLiteral("Ana")));
        QVERIFY(ana.ok());
        ship(a, b);
        QVERIFY(ChangeOutbox(*a).acknowledgeUpTo(ChangeOutbox(*a).pending().last().seq).ok());
        QCOMPARE(hashOf(b), hashOf(a));

        // Offline: A renames, B adds a phone (B's edit form saves all fields).
        a.clock().advance(5'000);
        b.clock().advance(9'000);
        QVERIFY(ClientService(*a).update(ana->id, name(QStringLiteral("Ana Souza"))).ok());
        ClientDraft bEdit = name(QStringLiteral("Ana"));
        bEdit.phone = QStringLiteral("11987654321");
        QVERIFY(ClientService(*b).update(ana->id, bEdit).ok());

        if (aShipsFirst) {
            ship(a, b);
            ship(b, a);
        } else {
            ship(b, a);
            ship(a, b);
        }
        QCOMPARE(hashOf(a), hashOf(b));
        for (TestStore *t : { &a, &b }) {
            auto merged = ClientService(**t).find(ana->id);
            QVERIFY(merged.ok());
            QCOMPARE(merged->name, QStringLiteral("Ana Souza"));
            QCOMPARE(merged->phone, QStringLiteral("+5511987654321"));
        }
    }

    void testSameFieldLastWriterWinsEverywhere()
    {
        TestStore a;
        TestStore b(a.clock().nowMsecsSinceEpoch());
        auto ana = ClientService(*a).create(name(QStringLiteral("Ana")));
        ship(a, b);
        QVERIFY(ChangeOutbox(*a).acknowledgeUpTo(ChangeOutbox(*a).pending().last().seq).ok());
        a.clock().advance(1'000);
        b.clock().advance(2'000); // B's edit is later
        QVERIFY(ClientService(*a).update(ana->id, name(QStringLiteral("From A"))).ok());
        QVERIFY(ClientService(*b).update(ana->id, name(QStringLiteral("From B"))).ok());
        ship(a, b);
        ship(b, a);
        QCOMPARE(ClientService(*a).find(ana->id)->name, QStringLiteral("From B"));
        QCOMPARE(ClientService(*b).find(ana->id)->name, QStringLiteral("From B"));
        QCOMPARE(hashOf(a), hashOf(b));
    }

    void testApplyingIsIdempotentAndOrderFree()
    {
        TestStore origin;
        ClientService clients(*origin);
        QList<Id> ids;
        for (int i = 0; i < 20; ++i) {
            origin.clock().advance(10);
            ids << clients.create(name(QStringLiteral("Client %1").arg(i)))->id;
        }
        for (int i = 0; i < 20; i += 3) {
            origin.clock().advance(10);
            ClientDraft d;
            d.email = QStringLiteral("c%1@example.com").arg(i);
            QVERIFY(clients.update(ids.at(i), d).ok());
        }
        QVERIFY(clients.remove(ids.at(5)).ok());
        const QList<Change> log = ChangeOutbox(*origin).pending();

        for (quint32 seed : { 1u, 2u, 3u }) {
            TestStore replica(origin.clock().nowMsecsSinceEpoch());
            QList<Change> shuffled = log + log; // every change delivered twice
            QRandomGenerator random(seed);
            for (qsizetype i = shuffled.size() - 1; i > 0; --i)
                shuffled.swapItemsAt(i, random.bounded(static_cast<int>(i + 1)));
            auto applied = ChangeApplier(*replica).apply(shuffled);
            QVERIFY(applied.ok());
            QCOMPARE(hashOf(replica), hashOf(origin));
            auto again = ChangeApplier(*replica).apply(log);
            QVERIFY(again.ok());
            QCOMPARE(again->applied, 0);
            QCOMPARE(hashOf(replica), hashOf(origin));
            QVERIFY(ChangeOutbox(*replica).pending().isEmpty()); // remote changes are not re-logged
        }
    }

    // The applier writes a batch's records together (their stored versions
    // read at once); the result must be that of applying the changes one at
    // a time: the rows, every column version and the applied/ignored counts,
    // with the same rows edited many times in one batch, from two devices
    // whose edits interleave, delivered shuffled and twice.
    void testBatchAppliesAsItsChangesOneByOne()
    {
        TestStore a;
        TestStore b(a.clock().nowMsecsSinceEpoch() + 30'000);
        QList<Id> ids;
        for (int i = 0; i < 12; ++i) {
            a.clock().advance(10);
            ids << ClientService(*a).create(name(QStringLiteral("Client %1").arg(i)))->id;
        }
        ship(a, b);
        QRandomGenerator random(7);
        for (int edit = 0; edit < 60; ++edit) {
            TestStore &t = edit % 2 ? b : a;
            t.clock().advance(random.bounded(1, 50));
            ClientDraft d;
            d.name = QStringLiteral("Name %1").arg(edit);
            if (random.bounded(2))
                d.phone = QStringLiteral("1198765%1").arg(4000 + edit);
            if (random.bounded(3) == 0)
                d.email = QStringLiteral("e%1@example.com").arg(edit);
            QVERIFY(ClientService(*t).update(ids.at(random.bounded(6)), d).ok());
            if (edit % 17 == 0) // tombstones too, of clients nobody edits
                QVERIFY(ClientService(*t).remove(ids.at(6 + edit / 17)).ok());
        }
        QList<Change> log = ChangeOutbox(*a).pending() + ChangeOutbox(*b).pending();
        log += log;
        for (qsizetype i = log.size() - 1; i > 0; --i)
            log.swapItemsAt(i, random.bounded(static_cast<int>(i + 1)));

        TestStore together(b.clock().nowMsecsSinceEpoch());
        TestStore oneByOne(b.clock().nowMsecsSinceEpoch());
        auto batch = ChangeApplier(*together).apply(log);
        QVERIFY(batch.ok());
        ChangeApplier::Summary summed;
        for (const Change &change : log) {
            auto single = ChangeApplier(*oneByOne).apply({ change });
            QVERIFY(single.ok());
            summed.applied += single->applied;
            summed.ignored += single->ignored;
        }
        QCOMPARE(batch->applied, summed.applied);
        QCOMPARE(batch->ignored, summed.ignored);
        QCOMPARE(hashOf(together), hashOf(oneByOne));
        QCOMPARE(versionsOf(together), versionsOf(oneByOne));
        QVERIFY(versionsOf(together).size() >= 12 * 4); // a version per column written
    }

    void testLaterTombstoneHidesButExports()
    {
        TestStore a;
        TestStore b(a.clock().nowMsecsSinceEpoch());
        auto ana = ClientService(*a).create(name(QStringLiteral("Ana")));
        ship(a, b);
        QVERIFY(ChangeOutbox(*a).acknowledgeUpTo(ChangeOutbox(*a).pending().last().seq).ok());
        a.clock().advance(1'000);
        QVERIFY(ClientService(*a).remove(ana->id).ok());
        ship(a, b);
        QVERIFY(ClientService(*b).list().isEmpty());
        const QJsonArray rows = StateExporter(b->database())
                                    .exportState()
                                    .value(QStringLiteral("tables"))
                                    .toObject()
                                    .value(QStringLiteral("clients"))
                                    .toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("deleted")).toInteger(), 1);
        QCOMPARE(hashOf(a), hashOf(b));
    }

    void testLedgerFactsUnionById()
    {
        TestStore a;
        TestStore b(a.clock().nowMsecsSinceEpoch());
        auto fromA = ClientService(*a).create(name(QStringLiteral("A")));
        auto fromB = ClientService(*b).create(name(QStringLiteral("B")));
        QVERIFY(ClientService(*a).remove(fromA->id).ok()); // audited: a ledger fact
        QVERIFY(ClientService(*b).remove(fromB->id).ok());
        for (int round = 0; round < 2; ++round) { // twice: duplicates must not double
            ship(a, b);
            ship(b, a);
        }
        QCOMPARE(hashOf(a), hashOf(b));
        const QJsonArray audit = StateExporter(a->database())
                                     .exportState()
                                     .value(QStringLiteral("tables"))
                                     .toObject()
                                     .value(QStringLiteral("audit_events"))
                                     .toArray();
        QCOMPARE(audit.size(), 2);
    }

    void testFarFutureChangeIsRefusedWholeBatch()
    {
        TestStore a;
        TestStore b(a.clock().nowMsecsSinceEpoch());
        a.clock().advance(24 * 3'600'000); // A's clock is a day ahead
        QVERIFY(ClientService(*a).create(name(QStringLiteral("From the future"))).ok());
        const QString before = hashOf(b);
        const Hlc clockBefore = b->hlc().last();
        auto applied = ChangeApplier(*b).apply(ChangeOutbox(*a).pending());
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().code, QStringLiteral("hlc.drift"));
        QCOMPARE(hashOf(b), before);
        QCOMPARE(b->hlc().last(), clockBefore);
    }

    void testUnknownTableRejectsTheWholeBatch()
    {
        TestStore a;
        TestStore b(a.clock().nowMsecsSinceEpoch());
        QVERIFY(ClientService(*a).create(name(QStringLiteral("Ana"))).ok());
        QList<Change> batch = ChangeOutbox(*a).pending();
        Change bogus = batch.first();
        bogus.table = QStringLiteral("secrets");
        batch.append(bogus);
        const QString before = hashOf(b);
        auto applied = ChangeApplier(*b).apply(batch);
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().code, QStringLiteral("sync.unknownTable"));
        QCOMPARE(hashOf(b), before);
    }
};

QTEST_GUILESS_MAIN(TestChangeApplier)
#include "TestChangeApplier.moc"
