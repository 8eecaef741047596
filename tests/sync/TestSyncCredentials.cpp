// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "MemorySecretStore.h"
#include "SyncCredentials.h"
#include "TestStore.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

// Where this terminal syncs to, kept in LocalMeta (the token in the keychain).
class TestSyncCredentials : public QObject
{
    Q_OBJECT

private:
    static void breakLocalMeta(LocalStore &store)
    {
        QSqlQuery q(store.database().connection());
        QVERIFY(q.exec("ALTER TABLE local_meta RENAME TO local_meta_gone"));
    }

private slots:
    void testSavedValuesAreLoadedAfterARestart()
    {
        TestStore t;
        MemorySecretStore secrets;
        SyncCredentials credentials(*t, secrets);
        QCOMPARE(credentials.isEnrolled().value(), false);
        auto missing = credentials.load();
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, "sync.notEnrolled");

        const SyncCredentials::Values values { QUrl("https://balcao.example:8443"), "token-1",
                                               "0190f0a2-7a4e-7c1e-9b1e-2f4d5e6a7b8c" };
        QVERIFY(credentials.save(values).ok());
        t.reopen();
        SyncCredentials again(*t, secrets);
        QCOMPARE(again.isEnrolled().value(), true);
        const auto loaded = again.load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->server, values.server);
        QCOMPARE(loaded->token, values.token);
        QCOMPARE(loaded->businessId, values.businessId);
    }

    // A store that cannot be read says so: the terminal is not taken for
    // one that was never enrolled (which would offer to enrol it again).
    void testAnUnreadableStoreIsAnErrorNotNotEnrolled()
    {
        TestStore t;
        MemorySecretStore secrets;
        SyncCredentials credentials(*t, secrets);
        QVERIFY(credentials
                    .save({ QUrl("https://balcao.example"), "token-1",
                            "0190f0a2-7a4e-7c1e-9b1e-2f4d5e6a7b8c" })
                    .ok());
        breakLocalMeta(*t);
        const auto enrolled = credentials.isEnrolled();
        QVERIFY(!enrolled.ok());
        QCOMPARE(enrolled.error().code, "storage.localMetaReadFailed");
        const auto loaded = credentials.load();
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, "storage.localMetaReadFailed");
        const auto saved = credentials.save({ QUrl("https://other.example"), "token-2", "x" });
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, "sync.credentials");
    }
};

QTEST_GUILESS_MAIN(TestSyncCredentials)
#include "TestSyncCredentials.moc"
