// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpSyncTransport.h"
#include "Protocol.h"
#include "ServerFixture.h"
#include "SyncSession.h"
#include "TestStore.h"
#include "clients/ClientService.h"
#include "common/Id.h"
#include "state/StateExporter.h"
#include "storage/LocalStore.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

// Passes pull() on but not the prefetch hint: a round as before prefetching.
class PlainTransport final : public SyncTransport
{
public:
    explicit PlainTransport(SyncTransport &inner)
        : m_inner(inner)
    { }
    Result<PushAck> push(const QString &batchId, const QList<Change> &changes) override
    {
        return m_inner.push(batchId, changes);
    }
    Result<PullPage> pull(const QString &afterCursor, int limit) override
    {
        ++pulls;
        return m_inner.pull(afterCursor, limit);
    }
    Result<BootstrapPage> bootstrap(const QString &pageToken, int limit) override
    {
        return m_inner.bootstrap(pageToken, limit);
    }
    int pulls = 0;

private:
    SyncTransport &m_inner;
};

QStringList idsOf(const PullPage &page)
{
    QStringList ids;
    for (const Change &change : page.changes)
        ids << change.changeId;
    return ids;
}

} // namespace

// HttpSyncTransport fetches the page SyncSession will ask for next on a
// thread of its own while the current one is applied. A prefetched page must
// be the page asked for, whatever else happens meanwhile.
class TestPullPrefetch : public QObject
{
    Q_OBJECT

private:
    QUrl urlOf(const ServerFixture &server) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    }
    // A second device's transport on a business where a first one pushed
    // `count` client records.
    std::unique_ptr<HttpSyncTransport> reader(ServerFixture &server, int count)
    {
        const QString business = server.createBusiness();
        const EnrolledDevice writer = server.enrol(business, QStringLiteral("Caixa 1"));
        const EnrolledDevice other = server.enrol(business, QStringLiteral("Caixa 2"));
        QList<Change> changes;
        for (int i = 0; i < count; ++i) {
            changes << server.record(writer, QStringLiteral("clients"), Id::generate().toString(),
                                     { { QStringLiteral("name"), QStringLiteral("C%1").arg(i) } });
        }
        if (server.push(writer, Id::generate().toString(), changes).status != 200)
            return nullptr;
        return std::make_unique<HttpSyncTransport>(urlOf(server), other.token.toLatin1(),
                                                   Protocol::schemaVersion());
    }

private slots:
    void testPrefetchedPagesAreThePagesAsked()
    {
        ServerFixture server(QStringLiteral("sqlite"));
        QVERIFY(server.ok());
        auto transport = reader(server, 95);
        QVERIFY(transport);

        // The pages one after the other, without prefetching.
        QList<PullPage> expected;
        QString cursor = QStringLiteral("0");
        while (true) {
            auto page = transport->pull(cursor, 20);
            QVERIFY(page.ok());
            expected << *page;
            if (!page->hasMore)
                break;
            cursor = page->nextCursor;
        }
        QCOMPARE(expected.size(), 5);

        // Again, each next page prefetched before the previous is "applied".
        auto page = transport->pull(QStringLiteral("0"), 20);
        for (int i = 0;; ++i) {
            QVERIFY(page.ok());
            QCOMPARE(idsOf(*page), idsOf(expected.at(i)));
            QCOMPARE(page->nextCursor, expected.at(i).nextCursor);
            QCOMPARE(page->hasMore, expected.at(i).hasMore);
            QCOMPARE(page->changes.last().fields, expected.at(i).changes.last().fields);
            if (!page->hasMore)
                break;
            transport->prefetchPull(page->nextCursor, 20);
            QTest::qWait(i % 2 ? 0 : 50); // arriving before or after it is asked for
            page = transport->pull(page->nextCursor, 20);
        }
    }

    void testAnotherPageThanThePrefetchedOneIsFetched()
    {
        ServerFixture server(QStringLiteral("sqlite"));
        QVERIFY(server.ok());
        auto transport = reader(server, 30);
        QVERIFY(transport);
        auto first = transport->pull(QStringLiteral("0"), 10);
        auto second = transport->pull(first->nextCursor, 10);
        QVERIFY(first.ok() && second.ok());

        transport->prefetchPull(second->nextCursor, 10);
        auto again = transport->pull(first->nextCursor, 10); // not the prefetched page
        QVERIFY(again.ok());
        QCOMPARE(idsOf(*again), idsOf(*second));
        transport->prefetchPull(first->nextCursor, 5); // another limit
        auto smaller = transport->pull(first->nextCursor, 10);
        QVERIFY(smaller.ok());
        QCOMPARE(idsOf(*smaller), idsOf(*second));
    }

    void testPrefetchThatFailsFailsLikeAPull()
    {
        ServerFixture server(QStringLiteral("sqlite"));
        QVERIFY(server.ok());
        auto transport = reader(server, 30);
        QVERIFY(transport);
        auto first = transport->pull(QStringLiteral("0"), 10);
        QVERIFY(first.ok());
        server.stop();
        transport->prefetchPull(first->nextCursor, 10);
        auto lost = transport->pull(first->nextCursor, 10);
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().kind, Error::Kind::NotFound); // not delivered: retried later
        QCOMPARE(lost.error().code, QStringLiteral("sync.unreachable"));
        QVERIFY(server.restart());
        auto later = transport->pull(first->nextCursor, 10);
        QVERIFY(later.ok());
        QCOMPARE(later->changes.size(), 10);
    }

    void testTransportGoesAwayWithAPrefetchOnItsWay()
    {
        ServerFixture server(QStringLiteral("sqlite"));
        QVERIFY(server.ok());
        auto transport = reader(server, 30);
        QVERIFY(transport);
        auto first = transport->pull(QStringLiteral("0"), 10);
        QVERIFY(first.ok());
        transport->prefetchPull(first->nextCursor, 10);
        transport.reset(); // the in-process server has not answered yet
        QVERIFY(!transport);
    }

    // A round over more than one page (SyncSession::kPullPageSize) between
    // two encrypted terminals: with prefetching, the same state as without.
    void testRoundOverSeveralPagesEndsWithTheOriginsState()
    {
        ServerFixture server(QStringLiteral("sqlite"));
        QVERIFY(server.ok());
        const QString business = server.createBusiness();
        const auto enrol = [&](TestStore &t, const QString &name) {
            auto enrolled
                = HttpSyncTransport::enrol(urlOf(server), server.enrolmentCode(business), name,
                                           t->deviceId(), Protocol::schemaVersion());
            return enrolled ? std::make_unique<HttpSyncTransport>(urlOf(server), enrolled->token,
                                                                  Protocol::schemaVersion())
                            : nullptr;
        };
        TestStore origin;
        TestStore prefetching;
        TestStore plain;
        auto toOrigin = enrol(origin, QStringLiteral("Origem"));
        auto toPrefetching = enrol(prefetching, QStringLiteral("Com"));
        auto toPlain = enrol(plain, QStringLiteral("Sem"));
        QVERIFY(toOrigin && toPrefetching && toPlain);

        const int clients = SyncSession::kPullPageSize + SyncSession::kPullPageSize / 4;
        ClientService service(*origin);
        auto created = origin->transact([&]() -> Result<void> {
            for (int i = 0; i < clients; ++i) {
                auto client = service.create(
                    ClientDraft { QStringLiteral("Cliente %1").arg(i), {}, {}, {} });
                if (!client)
                    return client.error();
            }
            return {};
        });
        QVERIFY(created.ok());
        auto pushed = SyncSession(*origin, *toOrigin).run();
        QVERIFY(pushed.ok());
        QCOMPARE(pushed->pushed, clients);

        auto withPrefetch = SyncSession(*prefetching, *toPrefetching).run();
        QVERIFY2(withPrefetch.ok(),
                 withPrefetch.ok() ? "" : qPrintable(withPrefetch.error().message));
        PlainTransport noPrefetch(*toPlain);
        auto withoutPrefetch = SyncSession(*plain, noPrefetch).run();
        QVERIFY(withoutPrefetch.ok());
        QCOMPARE(noPrefetch.pulls, 2);
        QCOMPARE(withPrefetch->pulled, clients);
        QCOMPARE(withPrefetch->applied, clients);
        QCOMPARE(withoutPrefetch->pulled, clients);
        const QString originHash = StateExporter(origin->database()).stateHash();
        QCOMPARE(StateExporter(prefetching->database()).stateHash(), originHash);
        QCOMPARE(StateExporter(plain->database()).stateHash(), originHash);
        QCOMPARE(SyncSession(*prefetching, *toPrefetching).cursor().value(),
                 SyncSession(*plain, noPrefetch).cursor().value());
    }
};

QTEST_GUILESS_MAIN(TestPullPrefetch)
#include "TestPullPrefetch.moc"
