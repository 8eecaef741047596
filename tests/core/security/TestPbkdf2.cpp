// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/PassphraseKey.h"
#include "security/PasswordHasher.h"
#include "security/Pbkdf2.h"

#include <QTest>

using namespace Balcao;

// Known answers for PBKDF2-HMAC-SHA512, the only digest Pbkdf2 offers: a
// round trip would pass with the wrong digest, iteration count or block
// order, these would not. The first four are the PBKDF2-HMAC-SHA512 vectors
// published in the Stack Overflow thread "PBKDF2-HMAC-SHA2 test vectors" on
// RFC 6070's inputs (RFC 6070 gives only SHA-1's); every expected value was
// also computed twice outside this code base:
// Python's hashlib.pbkdf2_hmac('sha512', ...), and PBKDF2 written out from
// RFC 8018 §5.2 over hashlib's bare SHA-512 (tests/core/security/pbkdf2.py).
class TestPbkdf2 : public QObject
{
    Q_OBJECT

private slots:
    void testKnownAnswers_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<QByteArray>("expected"); // hex; its length is the output's
        const QByteArray longPassword = "passwordPASSWORDpassword";
        const QByteArray longSalt = "saltSALTsaltSALTsaltSALTsaltSALTsalt";
        QTest::addRow("published: 1 iteration")
            << QByteArray("password") << QByteArray("salt") << 1
            << QByteArray("867f70cf1ade02cff3752599a3a53dc4af34c7a669815ae5d513554e1c8cf252"
                          "c02d470a285a0501bad999bfe943c08f050235d7d68b1da55e63f73b60a57fce");
        QTest::addRow("published: 2 iterations")
            << QByteArray("password") << QByteArray("salt") << 2
            << QByteArray("e1d9c16aa681708a45f5c7c4e215ceb66e011a2e9f0040713f18aefdb866d53c"
                          "f76cab2868a39b9f7840edce4fef5a82be67335c77a6068e04112754f27ccf4e");
        QTest::addRow("published: 4096 iterations")
            << QByteArray("password") << QByteArray("salt") << 4096
            << QByteArray("d197b1b33db0143e018b12f3d1d1479e6cdebdcc97c5c0f87f6902e072f457b5"
                          "143f30602641b3d55cd335988cb36b84376060ecd532e039b742a239434af2d5");
        QTest::addRow("published: long password and salt")
            << longPassword << longSalt << 4096
            << QByteArray("8c0511f4c6e597c6ac6315d8f0362e225f3c501495ba23b868c005174dc4ee71"
                          "115b59f9e60cd9532fa33e0f75aefe30225c583a186cd82bd4daea9724a3d3b8");
        QTest::addRow("NUL bytes inside, 16 bytes out")
            << QByteArray("pass\0word", 9) << QByteArray("sa\0lt", 5) << 4096
            << QByteArray("9d9e9c4cd21fe4be24d5b8244c759665");
        // Longer than one SHA-512 block (64 bytes): the blocks are numbered
        // and joined in order, and the first is the 64-byte answer above.
        QTest::addRow("two blocks, 128 bytes out")
            << QByteArray("password") << QByteArray("salt") << 1
            << QByteArray("867f70cf1ade02cff3752599a3a53dc4af34c7a669815ae5d513554e1c8cf252"
                          "c02d470a285a0501bad999bfe943c08f050235d7d68b1da55e63f73b60a57fce"
                          "7b532e206c2967d4c7d2ffa460539fc4d4e5eec70125d74c6c7cf86d25284f29"
                          "7907fcea1ad214effdbea23e1312084eabb180ab72edbac45ea2a53f5f5b9fe1");
        QTest::addRow("a block and a part, 100 bytes out")
            << longPassword << longSalt << 4096
            << QByteArray("8c0511f4c6e597c6ac6315d8f0362e225f3c501495ba23b868c005174dc4ee71"
                          "115b59f9e60cd9532fa33e0f75aefe30225c583a186cd82bd4daea9724a3d3b8"
                          "04f75bdd41494fa324cab24bcc680fb3b96a30cf5d21fac3c2875913919f3399"
                          "b1d9ce7e");
        // What production asks for: the database key from a passphrase
        // (PassphraseKey) and a sign-in password hash (PasswordHasher).
        QTest::addRow("database key: 310,000 iterations, 32 bytes")
            << QByteArray("Açaí com guaraná às 7h")
            << QByteArray::fromHex("000102030405060708090a0b0c0d0e0f") << 310000
            << QByteArray("f94a3d4f26fb88d90290894e27bb15aae70c1a034bf591d1989249c7c9b73096");
        QTest::addRow("password hash: 210,000 iterations, 32 bytes")
            << QByteArray("s3nha-forte da Márcia")
            << QByteArray::fromHex("a1b2c3d4e5f60718293a4b5c6d7e8f90") << 210000
            << QByteArray("f559a006a541cca0ad3df46a4012f8b02cf776d22407f8f9ca5b63a0ed0b9969");
    }
    void testKnownAnswers()
    {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, salt);
        QFETCH(int, iterations);
        QFETCH(QByteArray, expected);
        const QByteArray derived
            = pbkdf2Sha512(password, salt, iterations, int(expected.size() / 2));
        QCOMPARE(derived.toHex(), expected);
    }

    // The passphrase path derives the database key with the production
    // iteration count, from the passphrase's UTF-8: the same answer as the
    // row above, through PassphraseKey.
    void testPassphraseKeyUsesTheProductionParameters()
    {
        QCOMPARE(PassphraseKey::kIterations, 310000);
        QCOMPARE(PassphraseKey::freshParameters().iterations, PassphraseKey::kIterations);
        QCOMPARE(PassphraseKey::freshParameters().salt.size(), 16);
        const PassphraseKey::Parameters parameters {
            QByteArray::fromHex("000102030405060708090a0b0c0d0e0f"), PassphraseKey::kIterations
        };
        auto key = PassphraseKey::derive(QStringLiteral("Açaí com guaraná às 7h"), parameters);
        QVERIFY(key.ok());
        QCOMPARE(key->bytes().toHex(),
                 QByteArray("f94a3d4f26fb88d90290894e27bb15aae70c1a034bf591d1989249c7c9b73096"));
    }

    // A stored hash made outside Balcão (Python, as above) verifies, so the
    // format, the digest and the iteration count read from it all agree.
    void testPasswordHasherVerifiesAHashMadeElsewhere()
    {
        const QString stored = QStringLiteral("pbkdf2-sha512$210000$obLD1OX2BxgpOktcbX6PkA==$"
                                              "9VmgBqVBzKCtPfRqQBL4sCz3dtIkB/j5yltjoO0LmWk=");
        QVERIFY(PasswordHasher::verify(QStringLiteral("s3nha-forte da Márcia"), stored));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("s3nha-forte da Marcia"), stored));
        // One iteration fewer is another hash.
        QVERIFY(!PasswordHasher::verify(
            QStringLiteral("s3nha-forte da Márcia"),
            QString(stored).replace(QStringLiteral("$210000$"), QStringLiteral("$209999$"))));
        QCOMPARE(PasswordHasher::kIterations, 210000);
        QVERIFY(PasswordHasher::hash(QStringLiteral("x"))
                    .startsWith(QStringLiteral("pbkdf2-sha512$210000$")));
    }
};

QTEST_GUILESS_MAIN(TestPbkdf2)
#include "TestPbkdf2.moc"
