// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"
#include "locations/LocationService.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Balcao;
using namespace Balcao::Test;

// LocalStore::openReader: another connection to the same encrypted file,
// read-only, for a thread of its own (the agenda's reader).
class TestLocalStoreReader : public QObject
{
    Q_OBJECT

private slots:
    void testSeesWhatWasCommittedAndWritesNothing()
    {
        TestStore store;
        auto reader = store->openReader();
        QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().message));
        LocalStore &r = **reader;
        QCOMPARE(r.deviceId(), store->deviceId());
        QCOMPARE(&r.clock(), &store->clock());
        QVERIFY(r.checkpointer() == nullptr); // the writer's own
        QVERIFY(r.database().connection().connectionName()
                != store->database().connection().connectionName());
        QVERIFY(LocationService(r).list().isEmpty());
        // Committed by the writer: the reader's next read sees it.
        QVERIFY(LocationService(*store).create(QStringLiteral("Centro"),
                                               QStringLiteral("America/Sao_Paulo")));
        QCOMPARE(LocationService(r).list().size(), 1);
        // It cannot write, through a service or by hand.
        QVERIFY(!LocationService(r).create(QStringLiteral("Filial"),
                                           QStringLiteral("America/Sao_Paulo")));
        QSqlQuery q(r.database().connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM locations")));
        QCOMPARE(LocationService(*store).list().size(), 1);
    }

    // Opened, used and closed on another thread, while the writer goes on.
    void testOnAnotherThread()
    {
        TestStore store;
        QVERIFY(LocationService(*store).create(QStringLiteral("Centro"),
                                               QStringLiteral("America/Sao_Paulo")));
        int seen = -1;
        QString error;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            auto reader = store->openReader();
            if (!reader) {
                error = reader.error().message;
                return;
            }
            seen = static_cast<int>(LocationService(**reader).list().size());
        }));
        thread->start();
        QVERIFY(thread->wait(30'000));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(seen, 1);
        QVERIFY(LocationService(*store).create(QStringLiteral("Filial"),
                                               QStringLiteral("America/Sao_Paulo")));
    }

    // After a re-key the store opens readers with the new key; one opened
    // before can no longer read and must be opened again.
    void testAfterARekey()
    {
        TestStore store;
        QVERIFY(LocationService(*store).create(QStringLiteral("Centro"),
                                               QStringLiteral("America/Sao_Paulo")));
        auto before = store->openReader();
        QVERIFY(before);
        QVERIFY(store->rekey(DatabaseKey::generate()));
        QSqlQuery stale((*before)->database().connection());
        QVERIFY(!stale.exec(QStringLiteral("SELECT COUNT(*) FROM locations")) || !stale.next());
        auto after = store->openReader();
        QVERIFY2(after, qPrintable(after ? QString() : after.error().message));
        QCOMPARE(LocationService(**after).list().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLocalStoreReader)
#include "TestLocalStoreReader.moc"
