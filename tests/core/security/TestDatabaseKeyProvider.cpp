// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemorySecretStore.h"
#include "security/DatabaseKeyProvider.h"
#include "storage/LocalStore.h"

#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestDatabaseKeyProvider : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static bool filesContain(const QString &dir, const QByteArray &needle)
    {
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                return true;
        }
        return false;
    }

private slots:
    void testRandomKeyGoesToTheKeychain()
    {
        MemorySecretStore keychain;
        DatabaseKeyProvider keys(keychain);
        const QString db = path("keychain.db");
        auto key = keys.createKey(db, std::nullopt);
        QVERIFY(key.ok());
        QVERIFY(!key->isNull());
        QVERIFY(keychain.contains(DatabaseKeyProvider::accountFor(db)));
        QVERIFY(!DatabaseKeyProvider::usesPassphrase(db));
        QVERIFY(LocalStore::open(db, *key).ok());
        auto unlocked = keys.unlockKey(db, std::nullopt);
        QVERIFY(unlocked.ok());
        QCOMPARE(*unlocked, *key);
        // The key is nowhere in the folder, in any form.
        QVERIFY(!filesContain(m_dir.path(), key->bytes()));
        QVERIFY(!filesContain(m_dir.path(), key->toHex().toLatin1()));
    }

    void testUnavailableKeychainIsReportedNotBypassed()
    {
        MemorySecretStore keychain;
        keychain.setUnavailable(true);
        DatabaseKeyProvider keys(keychain);
        const QString db = path("nokeychain.db");
        auto key = keys.createKey(db, std::nullopt);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, QStringLiteral("key.keychainUnavailable"));
        QVERIFY(!QFile::exists(db));
        QVERIFY(!QFile::exists(PassphraseKey::keyInfoPath(db)));
    }

    void testPassphraseKeyAndKeyInfo()
    {
        MemorySecretStore keychain;
        DatabaseKeyProvider keys(keychain);
        const QString db = path("passphrase.db");
        const QString passphrase = QStringLiteral("correct horse battery staple");
        auto key = keys.createKey(db, passphrase);
        QVERIFY(key.ok());
        QCOMPARE(keychain.size(), 0);
        QVERIFY(DatabaseKeyProvider::usesPassphrase(db));
        auto parameters = PassphraseKey::readParameters(PassphraseKey::keyInfoPath(db));
        QVERIFY(parameters.ok());
        QVERIFY(parameters->iterations >= 256000);
        QCOMPARE(parameters->salt.size(), 16);
        QVERIFY(LocalStore::open(db, *key).ok());

        auto again = keys.unlockKey(db, passphrase);
        QVERIFY(again.ok());
        QCOMPARE(*again, *key);
        auto missing = keys.unlockKey(db, std::nullopt);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("key.passphraseRequired"));

        auto wrong = keys.unlockKey(db, QStringLiteral("wrong passphrase"));
        QVERIFY(wrong.ok()); // a key is derived; the database refuses it
        auto opened = LocalStore::open(
            db, *wrong, LocalStore::Options { Database::OpenMode::MustExist, nullptr });
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("database.wrongKey"));
        QVERIFY(!filesContain(m_dir.path(), passphrase.toUtf8()));
    }

    void testWeakPassphraseIsRefused()
    {
        MemorySecretStore keychain;
        auto key
            = DatabaseKeyProvider(keychain).createKey(path("weak.db"), QStringLiteral("short"));
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, QStringLiteral("key.weakPassphrase"));
        QVERIFY(!QFile::exists(PassphraseKey::keyInfoPath(path("weak.db"))));
    }

    void testRekeyFromKeychainToPassphraseAndBack()
    {
        MemorySecretStore keychain;
        DatabaseKeyProvider keys(keychain);
        const QString db = path("rekey.db");
        auto key = keys.createKey(db, std::nullopt);
        QVERIFY(key.ok());
        {
            auto store = LocalStore::open(db, *key);
            QVERIFY(store.ok());
            QVERIFY((*store)
                        ->database()
                        .exec(QStringLiteral("INSERT INTO local_meta VALUES ('probe', 'kept')"))
                        .ok());
            auto rekeyed
                = keys.rekey((*store)->database(), QStringLiteral("a brand new passphrase"));
            QVERIFY2(rekeyed.ok(), rekeyed.ok() ? "" : qPrintable(rekeyed.error().message));
        }
        QVERIFY(DatabaseKeyProvider::usesPassphrase(db));
        QVERIFY(!keychain.contains(DatabaseKeyProvider::accountFor(db)));
        QVERIFY(!LocalStore::open(db, *key,
                                  LocalStore::Options { Database::OpenMode::MustExist, nullptr })
                     .ok());
        auto candidates = keys.candidateKeys(db, QStringLiteral("a brand new passphrase"));
        QVERIFY(candidates.ok());
        auto store = LocalStore::openWithAnyKey(db, *candidates, {});
        QVERIFY(store.ok());
        QSqlQuery q((*store)->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM local_meta WHERE key = 'probe'"))
                && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));

        auto back = keys.rekey((*store)->database(), std::nullopt);
        QVERIFY(back.ok());
        store = Error::invalid({}, {});
        QVERIFY(!DatabaseKeyProvider::usesPassphrase(db));
        QVERIFY(keychain.contains(DatabaseKeyProvider::accountFor(db)));
        auto unlocked = keys.unlockKey(db, std::nullopt);
        QVERIFY(unlocked.ok());
        QVERIFY(LocalStore::open(db, *unlocked,
                                 LocalStore::Options { Database::OpenMode::MustExist, nullptr })
                    .ok());
    }

    void testInterruptedRekeyStillOpens()
    {
        // A crash after the file was re-encrypted but before the new key was
        // promoted leaves it under ".pending": opening must still work.
        MemorySecretStore keychain;
        DatabaseKeyProvider keys(keychain);
        const QString db = path("interrupted.db");
        auto oldKey = keys.createKey(db, std::nullopt);
        QVERIFY(oldKey.ok());
        const DatabaseKey newKey = DatabaseKey::generate();
        {
            auto store = LocalStore::open(db, *oldKey);
            QVERIFY(store.ok());
            QVERIFY(keychain
                        .write(DatabaseKeyProvider::accountFor(db) + QStringLiteral(".pending"),
                               newKey.bytes())
                        .ok());
            QVERIFY((*store)->database().rekey(newKey).ok());
        }
        auto candidates = keys.candidateKeys(db, std::nullopt);
        QVERIFY(candidates.ok());
        QCOMPARE(candidates->size(), 2);
        QVERIFY(LocalStore::openWithAnyKey(
                    db, *candidates, LocalStore::Options { Database::OpenMode::MustExist, nullptr })
                    .ok());
    }

    void testDamagedKeyInfoIsAClearError()
    {
        MemorySecretStore keychain;
        const QString db = path("damaged.db");
        QFile info(PassphraseKey::keyInfoPath(db));
        QVERIFY(info.open(QIODevice::WriteOnly));
        info.write("{\"kdf\": \"md5\"}");
        info.close();
        auto key
            = DatabaseKeyProvider(keychain).unlockKey(db, QStringLiteral("whatever passphrase"));
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, QStringLiteral("key.badKeyInfo"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseKeyProvider)
#include "TestDatabaseKeyProvider.moc"
