// SPDX-License-Identifier: GPL-3.0-or-later
// Rule tables read better with plain literals; the product code keeps the
// strict string casts.
#undef QT_NO_CAST_FROM_ASCII
#include "scheduling/TimeInterval.h"

#include <QTest>

using namespace Balcao;

using Spans = QList<TimeInterval>;
Q_DECLARE_METATYPE(Spans)
Q_DECLARE_METATYPE(Balcao::TimeInterval)

class TestTimeInterval : public QObject
{
    Q_OBJECT

private slots:
    void testAdd_data()
    {
        QTest::addColumn<Spans>("added");
        QTest::addColumn<Spans>("expected");
        QTest::newRow("apart stay apart")
            << Spans { { 0, 10 }, { 20, 30 } } << Spans { { 0, 10 }, { 20, 30 } };
        QTest::newRow("touching join") << Spans { { 0, 10 }, { 10, 20 } } << Spans { { 0, 20 } };
        QTest::newRow("overlapping join") << Spans { { 0, 15 }, { 10, 20 } } << Spans { { 0, 20 } };
        QTest::newRow("out of order")
            << Spans { { 20, 30 }, { 0, 10 } } << Spans { { 0, 10 }, { 20, 30 } };
        QTest::newRow("bridging two")
            << Spans { { 0, 10 }, { 20, 30 }, { 5, 25 } } << Spans { { 0, 30 } };
        QTest::newRow("empty ignored") << Spans { { 5, 5 }, { 9, 3 } } << Spans {};
    }
    void testAdd()
    {
        QFETCH(Spans, added);
        QFETCH(Spans, expected);
        IntervalSet set;
        for (const TimeInterval &i : added)
            set.add(i);
        QCOMPARE(set.intervals(), expected);
    }

    void testSubtract_data()
    {
        QTest::addColumn<Spans>("from");
        QTest::addColumn<TimeInterval>("cut");
        QTest::addColumn<Spans>("expected");
        QTest::newRow("middle splits")
            << Spans { { 0, 100 } } << TimeInterval { 40, 60 } << Spans { { 0, 40 }, { 60, 100 } };
        QTest::newRow("start trims")
            << Spans { { 0, 100 } } << TimeInterval { -10, 30 } << Spans { { 30, 100 } };
        QTest::newRow("end trims")
            << Spans { { 0, 100 } } << TimeInterval { 70, 200 } << Spans { { 0, 70 } };
        QTest::newRow("touching leaves all")
            << Spans { { 0, 100 } } << TimeInterval { 100, 120 } << Spans { { 0, 100 } };
        QTest::newRow("whole removes")
            << Spans { { 0, 100 } } << TimeInterval { 0, 100 } << Spans {};
        QTest::newRow("across two") << Spans { { 0, 10 }, { 20, 30 } } << TimeInterval { 5, 25 }
                                    << Spans { { 0, 5 }, { 25, 30 } };
    }
    void testSubtract()
    {
        QFETCH(Spans, from);
        QFETCH(TimeInterval, cut);
        QFETCH(Spans, expected);
        IntervalSet set(from);
        set.subtract(cut);
        QCOMPARE(set.intervals(), expected);
    }

    void testContains_data()
    {
        QTest::addColumn<TimeInterval>("probe");
        QTest::addColumn<bool>("contained");
        // The set is [0,10) and [20,30).
        QTest::newRow("inside first") << TimeInterval { 2, 8 } << true;
        QTest::newRow("exactly second") << TimeInterval { 20, 30 } << true;
        QTest::newRow("across the gap") << TimeInterval { 5, 25 } << false;
        QTest::newRow("in the gap") << TimeInterval { 12, 18 } << false;
        QTest::newRow("one past the end") << TimeInterval { 25, 31 } << false;
        QTest::newRow("before all") << TimeInterval { -5, -1 } << false;
    }
    void testContains()
    {
        QFETCH(TimeInterval, probe);
        QFETCH(bool, contained);
        const IntervalSet set(Spans { { 0, 10 }, { 20, 30 } });
        QCOMPARE(set.contains(probe), contained);
    }

    void testOverlapIsHalfOpen()
    {
        QVERIFY(!TimeInterval({ 0, 10 }).overlaps({ 10, 20 }));
        QVERIFY(TimeInterval({ 0, 11 }).overlaps({ 10, 20 }));
        const IntervalSet both = IntervalSet(Spans { { 0, 10 }, { 20, 30 } })
                                     .intersected(IntervalSet(Spans { { 5, 25 } }));
        QCOMPARE(both.intervals(), (Spans { { 5, 10 }, { 20, 25 } }));
    }
};

QTEST_GUILESS_MAIN(TestTimeInterval)
#include "TestTimeInterval.moc"
