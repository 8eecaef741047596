// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/PasswordHasher.h"

#include <QTest>

using namespace Balcao;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void testVerify()
    {
        const QString stored = PasswordHasher::hash(QStringLiteral("s3nha-forte"), 1000);
        QVERIFY(stored.startsWith(QStringLiteral("pbkdf2-sha512$1000$")));
        QVERIFY(!stored.contains(QStringLiteral("s3nha-forte")));
        QVERIFY(PasswordHasher::verify(QStringLiteral("s3nha-forte"), stored));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("s3nha-fraca"), stored));
        QVERIFY(!PasswordHasher::verify(QString(), stored));
        // Salted: the same password hashes differently each time.
        QVERIFY(PasswordHasher::hash(QStringLiteral("x"), 1000)
                != PasswordHasher::hash(QStringLiteral("x"), 1000));
    }

    void testMalformedStoredHashNeverVerifies_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addRow("empty") << QString();
        QTest::addRow("plain") << QStringLiteral("password");
        QTest::addRow("other algorithm") << QStringLiteral("md5$1$abc$def");
        QTest::addRow("bad iterations") << QStringLiteral("pbkdf2-sha512$x$abc$def");
        QTest::addRow("zero iterations") << QStringLiteral("pbkdf2-sha512$0$abc$def");
    }
    void testMalformedStoredHashNeverVerifies()
    {
        QFETCH(QString, stored);
        QVERIFY(!PasswordHasher::verify(QStringLiteral("password"), stored));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "TestPasswordHasher.moc"
