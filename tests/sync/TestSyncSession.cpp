// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "HttpSyncTransport.h"
#include "Protocol.h"
#include "RefusingPort.h"
#include "SyncSession.h"
#include "TestStore.h"
#include "storage/LocalMeta.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

// SyncSession's bookkeeping in LocalMeta (cursor, batch in flight, last
// success). The rounds themselves are tested against a real balcaod in
// tests/server (TestTerminalSync, TestSyncSimulation) and TestPullPrefetch.
class TestSyncSession : public QObject
{
    Q_OBJECT

private:
    // A real transport to a port where nobody listens (held for the test's
    // life): a round that got as far as the network fails with sync.unreachable.
    static std::unique_ptr<HttpSyncTransport> transportTo(const Test::RefusingPort &port)
    {
        if (!port.ok())
            return nullptr;
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPort(port.port());
        return std::make_unique<HttpSyncTransport>(url, "token", Protocol::schemaVersion(), 5000);
    }

private slots:
    void testBookkeepingIsReadFromLocalMeta()
    {
        TestStore t;
        const Test::RefusingPort nowhere;
        auto transport = transportTo(nowhere);
        QVERIFY(transport);
        SyncSession session(*t, *transport);
        QCOMPARE(session.cursor().value(), QString());
        QVERIFY(session.lastSuccess().value().isNull());
        QCOMPARE(session.inflightBatchId().value(), QString());

        LocalMeta meta(*t);
        QVERIFY(meta.setValue("sync.cursor", "1234").ok());
        QVERIFY(meta.setValue("sync.lastSuccess", "1767225600000").ok());
        QVERIFY(meta.setValue("sync.inflight", R"({"batch_id":"b-1","last_seq":9})").ok());
        QCOMPARE(session.cursor().value(), "1234");
        QCOMPARE(session.lastSuccess().value(),
                 QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC));
        QCOMPARE(session.inflightBatchId().value(), "b-1");
    }

    // A cursor that cannot be read is an error, not "from the start": the
    // round stops before it asks the server for anything.
    void testUnreadableBookkeepingStopsTheRoundBeforeTheNetwork()
    {
        TestStore t;
        const Test::RefusingPort nowhere;
        auto transport = transportTo(nowhere);
        QVERIFY(transport);
        SyncSession session(*t, *transport);
        // With the table there, the round gets to the network.
        auto reached = session.run();
        QVERIFY(!reached.ok());
        QCOMPARE(reached.error().code, "sync.unreachable");

        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec("ALTER TABLE local_meta RENAME TO local_meta_gone"));
        for (const auto &error :
             { session.cursor().ok() ? QString() : session.cursor().error().code,
               session.lastSuccess().ok() ? QString() : session.lastSuccess().error().code,
               session.inflightBatchId().ok() ? QString()
                                              : session.inflightBatchId().error().code })
            QCOMPARE(error, "storage.localMetaReadFailed");
        auto stopped = session.run();
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().code, "storage.localMetaReadFailed");
        auto bootstrap = session.bootstrap();
        QVERIFY(!bootstrap.ok());
        QCOMPARE(bootstrap.error().code, "storage.localMetaReadFailed");
    }
};

QTEST_GUILESS_MAIN(TestSyncSession)
#include "TestSyncSession.moc"
