// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "common/Hlc.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestHlc : public QObject
{
    Q_OBJECT

private slots:
    void testPackingAndText()
    {
        const Hlc h(1767225600123, 42);
        QCOMPARE(h.msecs(), 1767225600123);
        QCOMPARE(h.counter(), quint16(42));
        QCOMPARE(Hlc::fromPacked(h.packed()), h);
        QCOMPARE(h.toString(), QStringLiteral("1767225600123-00042"));
        QCOMPARE(Hlc::fromString(h.toString()), h);
        QVERIFY(Hlc::fromString(u"garbage").isNull());
        QVERIFY(Hlc::fromString(u"12-70000").isNull());
        QVERIFY(Hlc(1, 0) > Hlc(0, 65535));
    }

    void testNowIsMonotonicWhenTheWallClockStalls()
    {
        FakeClock wall(1000);
        HlcClock clock(wall);
        const Hlc a = clock.now();
        const Hlc b = clock.now();
        QCOMPARE(a, Hlc(1000, 0));
        QCOMPARE(b, Hlc(1000, 1));
        wall.set(500); // the wall clock steps back (NTP, user)
        const Hlc c = clock.now();
        QVERIFY(c > b);
        QCOMPARE(c, Hlc(1000, 2));
        wall.set(2000);
        QCOMPARE(clock.now(), Hlc(2000, 0));
    }

    void testCounterOverflowBorrowsAMillisecond()
    {
        FakeClock wall(1000);
        HlcClock clock(wall, Hlc(1000, 0xFFFF));
        QCOMPARE(clock.now(), Hlc(1001, 0));
    }

    // The receive rule of Kulkarni et al.: l = max(local, remote, wall), with
    // the counter depending on which of them l came from.
    void testObserve_data()
    {
        QTest::addColumn<qint64>("wall");
        QTest::addColumn<Hlc>("local");
        QTest::addColumn<Hlc>("remote");
        QTest::addColumn<Hlc>("expected");
        QTest::addRow("wall ahead of both")
            << qint64(5000) << Hlc(1000, 3) << Hlc(2000, 7) << Hlc(5000, 0);
        QTest::addRow("remote ahead")
            << qint64(1000) << Hlc(1000, 3) << Hlc(2000, 7) << Hlc(2000, 8);
        QTest::addRow("local ahead")
            << qint64(1000) << Hlc(3000, 3) << Hlc(2000, 7) << Hlc(3000, 4);
        QTest::addRow("local equals remote")
            << qint64(1000) << Hlc(3000, 3) << Hlc(3000, 7) << Hlc(3000, 8);
        QTest::addRow("all equal") << qint64(3000) << Hlc(3000, 9) << Hlc(3000, 2) << Hlc(3000, 10);
    }
    void testObserve()
    {
        QFETCH(qint64, wall);
        QFETCH(Hlc, local);
        QFETCH(Hlc, remote);
        QFETCH(Hlc, expected);
        FakeClock clock(wall);
        HlcClock hlc(clock, local);
        auto observed = hlc.observe(remote);
        QVERIFY(observed.ok());
        QCOMPARE(*observed, expected);
        QVERIFY(hlc.now() > expected);
    }

    void testFarFutureStampIsRefusedAndDoesNotMoveTheClock()
    {
        FakeClock wall(1'000'000);
        HlcClock hlc(wall, Hlc(1'000'000, 0), 60'000);
        auto observed = hlc.observe(Hlc(1'000'000 + 3'600'000, 0)); // an hour ahead
        QVERIFY(!observed.ok());
        QCOMPARE(observed.error().code, QStringLiteral("hlc.drift"));
        QCOMPARE(hlc.last(), Hlc(1'000'000, 0));
        QVERIFY(hlc.observe(Hlc(1'000'000 + 30'000, 0)).ok()); // within the bound
    }

    void testFieldVersionTieBreaksByDevice()
    {
        const FieldVersion a { Hlc(100, 1), QStringLiteral("aaa") };
        const FieldVersion b { Hlc(100, 1), QStringLiteral("bbb") };
        const FieldVersion later { Hlc(100, 2), QStringLiteral("aaa") };
        QVERIFY(a < b);
        QVERIFY(b < later);
        QVERIFY(!(b < a));
    }
};

QTEST_GUILESS_MAIN(TestHlc)
#include "TestHlc.moc"
