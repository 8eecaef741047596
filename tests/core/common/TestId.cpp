// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "common/Id.h"

#include <QSet>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestId : public QObject
{
    Q_OBJECT

private slots:
    void testIsVersion7WithTimestamp()
    {
        FakeClock clock(1767225600123);
        const Id id = Id::generate(clock);
        QCOMPARE(id.version(), 7);
        QCOMPARE(id.timestampMsecs(), 1767225600123);
        QCOMPARE(id.toString().size(), 36);
        QCOMPARE(id.toString().at(14), QLatin1Char('7'));
        QCOMPARE(Id::fromString(id.toString()), id);
    }

    void testSortsInCreationOrderEvenInOneMillisecond()
    {
        FakeClock clock(1767225600000);
        QList<Id> ids;
        for (int i = 0; i < 5000; ++i)
            ids << Id::generate(clock);
        for (int i = 1; i < ids.size(); ++i)
            QVERIFY2(ids.at(i - 1) < ids.at(i), qPrintable(QString::number(i)));
        QSet<QString> unique;
        for (const Id &id : ids)
            unique.insert(id.toString());
        QCOMPARE(unique.size(), ids.size());
    }

    void testRejectsMalformedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("empty") << QString();
        QTest::addRow("braces") << QStringLiteral("{01a2076d-f66e-7271-b403-685ac76aa13c}");
        QTest::addRow("short") << QStringLiteral("01a2076d-f66e-7271-b403");
        QTest::addRow("not hex") << QStringLiteral("zza2076d-f66e-7271-b403-685ac76aa13c");
    }
    void testRejectsMalformedText()
    {
        QFETCH(QString, text);
        QVERIFY(Id::fromString(text).isNull());
    }
};

QTEST_GUILESS_MAIN(TestId)
#include "TestId.moc"
