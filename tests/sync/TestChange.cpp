// SPDX-License-Identifier: GPL-3.0-or-later
#include "Change.h"
#include "common/Id.h"

#include <QJsonObject>
#include <QTest>

using namespace Balcao;

class TestChange : public QObject
{
    Q_OBJECT

private:
    static Change sample()
    {
        Change c;
        c.changeId = Id::generate().toString();
        c.table = QStringLiteral("clients");
        c.rowId = Id::generate().toString();
        c.hlc = Hlc(1767225600123, 7);
        c.deviceId = Id::generate().toString();
        c.fields = { { QStringLiteral("name"), QStringLiteral("Ana") },
                     { QStringLiteral("phone"), QVariant() },
                     { QStringLiteral("created_at"), qlonglong(1767225600123) } };
        c.seq = 12;
        return c;
    }

private slots:
    void testJsonRoundTrip()
    {
        const Change c = sample();
        auto back = Change::fromJson(c.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->changeId, c.changeId);
        QCOMPARE(back->hlc, c.hlc);
        QCOMPARE(back->fields.value(QStringLiteral("name")), QVariant(QStringLiteral("Ana")));
        QVERIFY(!back->fields.value(QStringLiteral("phone")).isValid());
        QCOMPARE(back->fields.value(QStringLiteral("created_at")).toLongLong(), 1767225600123LL);
        QCOMPARE(back->toJson(), c.toJson());
    }

    void testMalformedIsRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addRow("bad change id")
            << QStringLiteral("change_id") << QJsonValue(QStringLiteral("x"));
        QTest::addRow("bad row id") << QStringLiteral("row_id") << QJsonValue(42);
        QTest::addRow("bad kind") << QStringLiteral("kind") << QJsonValue(QStringLiteral("patch"));
        QTest::addRow("bad hlc") << QStringLiteral("hlc")
                                 << QJsonValue(QStringLiteral("yesterday"));
        QTest::addRow("no device") << QStringLiteral("device_id") << QJsonValue(QJsonValue::Null);
        QTest::addRow("fields not an object")
            << QStringLiteral("fields") << QJsonValue(QStringLiteral("name=Ana"));
        QTest::addRow("empty table") << QStringLiteral("table") << QJsonValue(QString());
    }
    void testMalformedIsRefused()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject json = sample().toJson();
        json.insert(key, value);
        auto parsed = Change::fromJson(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("sync.malformedChange"));
    }
};

QTEST_GUILESS_MAIN(TestChange)
#include "TestChange.moc"
