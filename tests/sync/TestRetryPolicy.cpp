// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetryPolicy.h"

#include <QTest>

using namespace Balcao;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void testCeilingDoublesUpToTheCap_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("ceiling");
        QTest::addRow("no failure") << 0 << qint64(0);
        QTest::addRow("first") << 1 << qint64(1000);
        QTest::addRow("second") << 2 << qint64(2000);
        QTest::addRow("fifth") << 5 << qint64(16000);
        QTest::addRow("capped") << 12 << qint64(300000);
        QTest::addRow("far past the cap") << 1000 << qint64(300000);
    }
    void testCeilingDoublesUpToTheCap()
    {
        QFETCH(int, failures);
        QFETCH(qint64, ceiling);
        QCOMPARE(RetryPolicy().ceiling(failures), ceiling);
    }

    void testJitterStaysInTheUpperHalf_data()
    {
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("delay");
        QTest::addRow("lowest") << 0.0 << qint64(4000);
        QTest::addRow("middle") << 0.5 << qint64(6000);
        QTest::addRow("almost highest") << 0.999 << qint64(7996);
    }
    void testJitterStaysInTheUpperHalf()
    {
        QFETCH(double, random);
        QFETCH(qint64, delay);
        QCOMPARE(RetryPolicy().delay(4, random), delay); // ceiling 8 s
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
