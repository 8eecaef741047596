// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeOutbox.h"
#include "ServerFixture.h"
#include "SyncSession.h"
#include "TestTerminal.h"
#include "clients/ClientService.h"
#include "conflicts/ConflictInbox.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

// Forwards to the real transport but can lose the server's reply after the
// server has acted on the request: the case that duplicated orders elsewhere.
class LossyTransport final : public SyncTransport
{
public:
    explicit LossyTransport(SyncTransport &inner)
        : m_inner(inner)
    { }
    Result<PushAck> push(const QString &batchId, const QList<Change> &changes) override
    {
        ++pushes;
        auto ack = m_inner.push(batchId, changes);
        if (loseNextReply) {
            loseNextReply = false;
            return Error { Error::Kind::NotFound, QStringLiteral("sync.unreachable"),
                           QStringLiteral("reply lost (test)") };
        }
        return ack;
    }
    Result<PullPage> pull(const QString &afterCursor, int limit) override
    {
        return m_inner.pull(afterCursor, limit);
    }
    Result<BootstrapPage> bootstrap(const QString &page, int limit) override
    {
        return m_inner.bootstrap(page, limit);
    }
    bool loseNextReply = false;
    int pushes = 0;

private:
    SyncTransport &m_inner;
};

} // namespace

// Terminals with their own encrypted databases syncing through a real
// balcaod on loopback.
class TestTerminalSync : public QObject
{
    Q_OBJECT

private:
    using Terminal = TestTerminal;

    static void enrol(ServerFixture &server, const QString &business, Terminal &t,
                      const QString &name)
    {
        QVERIFY(t.enrol(server, business, name));
        QCOMPARE(t.device.id, t.store->deviceId()); // enrolled under its own device id
    }
    static SyncSession::Report sync(Terminal &t)
    {
        auto report = t.sync();
        return report ? *report : SyncSession::Report {};
    }
    static QString hashOf(Terminal &t) { return t.stateHash(); }

private slots:
    // The first "must show" of the sync issue: both terminals go offline,
    // edit different fields of one client and create clients; after they
    // reconnect every edit is everywhere and the states are identical.
    void testOfflineTerminalsConverge_data() { addBackendRows(); }
    void testOfflineTerminalsConverge()
    {
        BALCAO_FETCH_BACKEND();
        TwoTerminals s(backend);
        QVERIFY(s.ok());
        auto &[server, business, a, b] = s;
        a.store.initialiseBusiness();
        auto ana
            = ClientService(*a.store).create(ClientDraft { QStringLiteral("Ana"), {}, {}, {} });
        QVERIFY(ana.ok());
        QVERIFY(sync(a).pushed > 0);
        QVERIFY(sync(b).applied > 0);
        QCOMPARE(hashOf(b), hashOf(a));

        // Offline: A renames Ana and adds Bia; B gives Ana a phone and adds Caio.
        a.store.clock().advance(60'000);
        b.store.clock().advance(90'000);
        server.clock().advance(90'000);
        QVERIFY(ClientService(*a.store)
                    .update(ana->id, ClientDraft { QStringLiteral("Ana Souza"), {}, {}, {} })
                    .ok());
        QVERIFY(
            ClientService(*a.store).create(ClientDraft { QStringLiteral("Bia"), {}, {}, {} }).ok());
        QVERIFY(ClientService(*b.store)
                    .update(ana->id,
                            ClientDraft {
                                QStringLiteral("Ana"), QStringLiteral("11987654321"), {}, {} })
                    .ok());
        QVERIFY(ClientService(*b.store)
                    .create(ClientDraft { QStringLiteral("Caio"), {}, {}, {} })
                    .ok());

        sync(b);
        sync(a);
        sync(b);
        QCOMPARE(hashOf(a), hashOf(b));
        QCOMPARE(ChangeOutbox(*a.store).pendingCount(), 0);
        QCOMPARE(ChangeOutbox(*b.store).pendingCount(), 0);
        const auto merged = ClientService(*b.store).find(ana->id);
        QCOMPARE(merged->name, QStringLiteral("Ana Souza"));
        QCOMPARE(merged->phone, QStringLiteral("+5511987654321"));
        QCOMPARE(ClientService(*a.store).count().value(), 3);

        // The server's view: a brand-new terminal that pulls everything.
        Terminal c;
        enrol(server, business, c, QStringLiteral("Caixa 3"));
        sync(c);
        QCOMPARE(hashOf(c), hashOf(a));
    }

    // A new terminal starts from the server's current state, not from its
    // history, and merges later changes correctly from there.
    void testNewTerminalBootstrapsFromState_data() { addBackendRows(); }
    void testNewTerminalBootstrapsFromState()
    {
        BALCAO_FETCH_BACKEND();
        SyncedTerminal s(SyncedTerminal::Entry::Enrolled, QStringLiteral("Caixa 1"), backend);
        QVERIFY(s.ok());
        auto &[server, business, a] = s;
        a.store.initialiseBusiness();
        QList<Id> ids;
        for (int i = 0; i < 30; ++i)
            ids << ClientService(*a.store)
                       .create(ClientDraft { QStringLiteral("Client %1").arg(i), {}, {}, {} })
                       ->id;
        for (int i = 0; i < 30; i += 2) // history the bootstrap does not replay
            QVERIFY(
                ClientService(*a.store)
                    .update(ids.at(i),
                            ClientDraft { {}, QStringLiteral("1199999%1").arg(1000 + i), {}, {} })
                    .ok());
        QVERIFY(ClientService(*a.store).remove(ids.at(7)).ok());
        sync(a);

        Terminal b;
        enrol(server, business, b, QStringLiteral("Caixa 2"));
        auto rows = SyncSession(*b.store, b.transport()).bootstrap();
        QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().message));
        QVERIFY(*rows > 30);
        QCOMPARE(hashOf(b), hashOf(a));
        QCOMPARE(sync(b).applied, 0); // nothing left to pull
        QVERIFY(!SyncSession(*b.store, b.transport()).cursor().value().isEmpty());

        // B's first edit after a restart must beat the bootstrapped versions.
        b.store.reopen();
        b.store.clock().set(a.store.clock().nowMsecsSinceEpoch()
                            - 3'600'000); // B's wall clock is an hour behind
        QVERIFY(ClientService(*b.store)
                    .update(ids.at(0), ClientDraft { QStringLiteral("Renamed on B"), {}, {}, {} })
                    .ok());
        sync(b);
        sync(a);
        QCOMPARE(ClientService(*a.store).find(ids.at(0))->name, QStringLiteral("Renamed on B"));
        QCOMPARE(hashOf(a), hashOf(b));
    }

    // A push whose reply is lost after the server stored it is sent again
    // with the same batch id, and nothing is stored twice.
    void testLostReplyIsRetriedWithoutDuplicates_data() { addBackendRows(); }
    void testLostReplyIsRetriedWithoutDuplicates()
    {
        BALCAO_FETCH_BACKEND();
        SyncedTerminal s(SyncedTerminal::Entry::Enrolled, QStringLiteral("Caixa 1"), backend);
        QVERIFY(s.ok());
        auto &[server, business, a] = s;
        for (int i = 0; i < 3; ++i)
            QVERIFY(ClientService(*a.store)
                        .create(ClientDraft { QStringLiteral("Client %1").arg(i), {}, {}, {} })
                        .ok());
        const int pending = ChangeOutbox(*a.store).pendingCount();
        LossyTransport lossy(a.transport());
        lossy.loseNextReply = true;
        auto failed = SyncSession(*a.store, lossy).run();
        QVERIFY(!failed.ok());
        const QString batch = SyncSession(*a.store, lossy).inflightBatchId().value();
        QVERIFY(!batch.isEmpty());
        QCOMPARE(ChangeOutbox(*a.store).pendingCount(), pending); // kept, not dropped

        a.store.reopen(); // the terminal restarts in between
        SyncSession again(*a.store, lossy);
        QCOMPARE(again.inflightBatchId().value(), batch);
        QVERIFY(again.run().ok());
        QCOMPARE(lossy.pushes, 2);
        QCOMPARE(ChangeOutbox(*a.store).pendingCount(), 0);
        QVERIFY(again.inflightBatchId().value().isEmpty());
        QCOMPARE(server.lastSeq(business), qint64(pending));
    }

    // Two terminals offline register the same phone: after sync both see one
    // conflict; resolving it on one clears it on both.
    void testConflictInboxIsShared_data() { addBackendRows(); }
    void testConflictInboxIsShared()
    {
        BALCAO_FETCH_BACKEND();
        TwoTerminals s(backend);
        QVERIFY(s.ok());
        auto &[server, business, a, b] = s;
        auto onA = ClientService(*a.store).create(
            ClientDraft { QStringLiteral("Ana"), QStringLiteral("11987654321"), {}, {} });
        QVERIFY(ClientService(*b.store)
                    .create(ClientDraft {
                        QStringLiteral("Ana S"), QStringLiteral("11987654321"), {}, {} })
                    .ok());
        sync(a);
        QCOMPARE(sync(b).conflictsOpened, 1); // B sees both clients first and opens it
        QCOMPARE(sync(a).conflictsOpened,
                 0); // A receives B's clients and B's conflict record together
        sync(b);
        QCOMPARE(ConflictInbox(*a.store).open().size(), 1);
        QCOMPARE(ConflictInbox(*b.store).open().size(), 1);
        QCOMPARE(ConflictInbox(*a.store).open().first().id,
                 ConflictInbox(*b.store).open().first().id);
        a.store.clock().advance(1000);
        QVERIFY(ConflictInbox(*a.store)
                    .resolve(ConflictInbox(*a.store).open().first().id,
                             QStringLiteral("keepOnly:") + onA->id.toString())
                    .ok());
        sync(a);
        sync(b);
        QVERIFY(ConflictInbox(*b.store).open().isEmpty());
        QCOMPARE(ClientService(*b.store).count().value(), 1);
        QCOMPARE(hashOf(a), hashOf(b));
    }
};

QTEST_GUILESS_MAIN(TestTerminalSync)
#include "TestTerminalSync.moc"
