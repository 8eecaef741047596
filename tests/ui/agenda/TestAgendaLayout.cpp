// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaSample.h"
#include "agenda/AgendaLayout.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

const QDate kMonday(2026, 3, 9);

qsizetype indexOf(const AgendaContent &content, const Id &appointment)
{
    for (qsizetype i = 0; i < content.blocks().size(); ++i) {
        if (content.blocks().at(i).appointmentId == appointment)
            return i;
    }
    return -1;
}

AgendaBlock block(int day, int column, int start, int end)
{
    AgendaBlock b;
    b.appointmentId = Id::generate();
    b.day = day;
    b.column = column;
    b.startMinute = start;
    b.endMinute = end;
    return b;
}

} // namespace

// The agenda's geometry without a widget or a store: content made by hand
// (AgendaSample), any viewport size.
class TestAgendaLayout : public QObject
{
    Q_OBJECT

private slots:
    void testDaysAndColumns_data()
    {
        QTest::addColumn<AgendaSpan>("span");
        QTest::addColumn<int>("staff");
        QTest::addColumn<QList<int>>("workingDays"); // empty: all
        QTest::addColumn<QSize>("viewport");
        QTest::addColumn<QList<int>>("dayWidths");
        QTest::addColumn<int>("maxScrollX");

        // 1000 - 64 of gutter for one day, halved between two people.
        QTest::addRow("day, two staff")
            << AgendaSpan::Day << 2 << QList<int>() << QSize(1000, 700) << QList<int> { 936 } << 0;
        // Never narrower than 150 a column: the day scrolls instead.
        QTest::addRow("day, eight staff on a laptop")
            << AgendaSpan::Day << 8 << QList<int>() << QSize(1000, 700) << QList<int> { 1200 }
            << 1200 - 936;
        // Sunday off: 44 pixels; the other six share the rest.
        QTest::addRow("week, Sunday off")
            << AgendaSpan::Week << 2 << QList<int> { 0, 1, 2, 3, 4, 5 } << QSize(1366, 768)
            << QList<int> { 209, 209, 209, 209, 209, 209, 44 } << 0;
        // Ten staff: 64 a column at least, so the week scrolls sideways.
        QTest::addRow("week, ten staff")
            << AgendaSpan::Week << 10 << QList<int>() << QSize(1366, 768)
            << QList<int> { 640, 640, 640, 640, 640, 640, 640 } << 7 * 640 - 1302;
    }

    void testDaysAndColumns()
    {
        QFETCH(AgendaSpan, span);
        QFETCH(int, staff);
        QFETCH(QList<int>, workingDays);
        QFETCH(QSize, viewport);
        QFETCH(QList<int>, dayWidths);
        QFETCH(int, maxScrollX);
        AgendaSample sample(kMonday, span);
        for (int i = 0; i < staff; ++i)
            sample.addStaff(QStringLiteral("Staff %1").arg(i), 9 * 60, 18 * 60, workingDays);
        const AgendaLayout layout(sample.content(), viewport);
        QCOMPARE(layout.content().days().size(), dayWidths.size());
        int x = AgendaLayout::kGutterWidth;
        for (int d = 0; d < dayWidths.size(); ++d) {
            QCOMPARE(layout.dayWidth(d), dayWidths.at(d));
            QCOMPARE(layout.dayX(d), x);
            // Columns split the day evenly, left to right.
            for (int c = 0; c < staff; ++c)
                QCOMPARE(layout.columnX(d, c), x + c * (dayWidths.at(d) / staff));
            x += dayWidths.at(d);
        }
        QCOMPARE(layout.bodyWidth(), x - AgendaLayout::kGutterWidth);
        QCOMPARE(layout.maxScroll().x(), maxScrollX);
    }

    void testMinutesToYAndBack_data()
    {
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("scrollY");
        QTest::addColumn<double>("minuteHeight");

        // 08:00–19:00 on the axis (an hour around 09:00–18:00): 660 minutes.
        QTest::addRow("fits the height") << 54 + 990 << 0 << 1.5;
        QTest::addRow("short: a half hour keeps two lines") << 500 << 0 << 0.95;
        QTest::addRow("short, scrolled down") << 500 << 120 << 0.95;
        QTest::addRow("short, scrolled past the end") << 500 << 5000 << 0.95;
        QTest::addRow("tall: no more than 2 pixels a minute") << 2000 << 0 << 2.0;
    }

    void testMinutesToYAndBack()
    {
        QFETCH(int, height);
        QFETCH(int, scrollY);
        QFETCH(double, minuteHeight);
        AgendaSample sample(kMonday, AgendaSpan::Day);
        sample.addStaff(QStringLiteral("Ana"));
        AgendaLayout layout(sample.content(), QSize(800, height));
        layout.setScroll(QPoint(0, scrollY));
        QCOMPARE(layout.content().firstMinute(), 8 * 60);
        QCOMPARE(layout.content().lastMinute(), 19 * 60);
        QCOMPARE(layout.minuteHeight(), minuteHeight);
        QCOMPARE(layout.scroll().y(), std::min(scrollY, layout.maxScroll().y()));
        QCOMPARE(layout.minuteY(8 * 60), AgendaLayout::kHeaderHeight - layout.scroll().y());
        for (int minute = 8 * 60; minute < 19 * 60; minute += 7) {
            // The pixel row of a minute's top edge reads as that minute; under
            // a pixel a minute, neighbours share rows, so as one of them.
            const int read = layout.minuteAt(layout.minuteY(minute));
            if (minuteHeight >= 1)
                QCOMPARE(read, minute);
            else
                QVERIFY2(std::abs(read - minute) <= 1, qPrintable(QString::number(read)));
            QVERIFY(layout.minuteY(minute + 1) >= layout.minuteY(minute));
        }
        // Quarter hours, where the grid snaps, always read as themselves.
        for (int minute = 8 * 60; minute < 19 * 60; minute += AgendaLayout::kSnapMinutes)
            QCOMPARE(AgendaLayout::snapped(layout.minuteAt(layout.minuteY(minute))), minute);
        QCOMPARE(layout.bodyHeight(), static_cast<int>(std::ceil(11 * 60 * layout.minuteHeight())));
    }

    void testOverlapsSideBySide_data()
    {
        QTest::addColumn<QList<AgendaBlock>>("blocks");
        QTest::addColumn<QList<int>>("lanes"); // each block's lane, in the order given
        QTest::addColumn<QList<int>>("laneCounts");

        QTest::addRow("alone: the whole column")
            << QList<AgendaBlock> { block(0, 0, 600, 660) } << QList<int> { 0 } << QList<int> { 1 };
        QTest::addRow("two overlapping: halves")
            << QList<AgendaBlock> { block(0, 0, 600, 660), block(0, 0, 630, 690) }
            << QList<int> { 0, 1 } << QList<int> { 2, 2 };
        QTest::addRow("end meets start: no overlap")
            << QList<AgendaBlock> { block(0, 0, 600, 660), block(0, 0, 660, 720) }
            << QList<int> { 0, 0 } << QList<int> { 1, 1 };
        QTest::addRow("a long one and two short under it")
            << QList<AgendaBlock> { block(0, 0, 600, 720), block(0, 0, 610, 640),
                                    block(0, 0, 650, 700) }
            << QList<int> { 0, 1, 1 } << QList<int> { 2, 2, 2 };
        QTest::addRow("a chain is one cluster")
            << QList<AgendaBlock> { block(0, 0, 600, 660), block(0, 0, 630, 700),
                                    block(0, 0, 690, 750) }
            << QList<int> { 0, 1, 0 } << QList<int> { 2, 2, 2 };
        QTest::addRow("three at once: thirds")
            << QList<AgendaBlock> { block(0, 0, 600, 660), block(0, 0, 600, 660),
                                    block(0, 0, 610, 650) }
            << QList<int> { 0, 1, 2 } << QList<int> { 3, 3, 3 };
        QTest::addRow("other columns and days never share")
            << QList<AgendaBlock> { block(0, 0, 600, 660), block(0, 1, 600, 660),
                                    block(1, 0, 600, 660) }
            << QList<int> { 0, 0, 0 } << QList<int> { 1, 1, 1 };
        QTest::addRow("a later cluster starts again at full width")
            << QList<AgendaBlock> { block(0, 0, 600, 660), block(0, 0, 620, 640),
                                    block(0, 0, 700, 760) }
            << QList<int> { 0, 1, 0 } << QList<int> { 2, 2, 1 };
    }

    void testOverlapsSideBySide()
    {
        QFETCH(QList<AgendaBlock>, blocks);
        QFETCH(QList<int>, lanes);
        QFETCH(QList<int>, laneCounts);
        QList<AgendaBlock> placed = blocks;
        AgendaLayout::placeSideBySide(placed);
        QCOMPARE(placed.size(), blocks.size());
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const auto found = std::find_if(placed.cbegin(), placed.cend(), [&](const auto &b) {
                return b.appointmentId == blocks.at(i).appointmentId;
            });
            QVERIFY(found != placed.cend());
            QCOMPARE(found->lane, lanes.at(i));
            QCOMPARE(found->lanes, laneCounts.at(i));
        }
    }

    // Overlapping visits of one column get rectangles side by side, inside
    // the column, that do not overlap.
    void testOverlappingRectanglesShareTheColumn()
    {
        AgendaSample sample(kMonday, AgendaSpan::Day);
        const Id ana = sample.addStaff(QStringLiteral("Ana"));
        const Id bruno = sample.addStaff(QStringLiteral("Bruno"));
        const Id one = sample.add(ana, 0, 10 * 60, 60).id;
        const Id two = sample.add(ana, 0, 10 * 60 + 30, 60).id;
        const Id three = sample.add(ana, 0, 10 * 60 + 45, 30).id;
        const Id alone = sample.add(bruno, 0, 10 * 60, 60).id;
        const AgendaLayout layout(sample.content(), QSize(1000, 800));
        const AgendaContent &c = layout.content();
        const QRect a = layout.blockRect(indexOf(c, one));
        const QRect b = layout.blockRect(indexOf(c, two));
        const QRect d = layout.blockRect(indexOf(c, three));
        const QRect e = layout.blockRect(indexOf(c, alone));
        QVERIFY(!a.intersects(b) && !b.intersects(d) && !a.intersects(d));
        const int column = layout.columnX(0, 0);
        const int width = layout.columnWidth(0);
        for (const QRect &r : { a, b, d }) {
            QVERIFY(r.left() >= column && r.right() < column + width);
            QVERIFY(r.width() < width / 3 + 1);
        }
        QVERIFY(e.left() >= layout.columnX(0, 1));
        QVERIFY(e.width() > width - 2 * AgendaLayout::kBlockMargin - 2);
        QCOMPARE(a.top(), layout.minuteY(10 * 60) + 1);
        QCOMPARE(b.top(), layout.minuteY(10 * 60 + 30) + 1);
    }

    // Local wall-clock minutes on the days the clocks change: the grid keeps
    // 10:00 at 10:00, and a visit that straddles the change keeps its place.
    void testDstDays_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QTime>("start"); // local, first occurrence
        QTest::addColumn<int>("offsetMinutes"); // real minutes after `start` the visit begins
        QTest::addColumn<int>("minutes"); // real length
        QTest::addColumn<int>("startMinute");
        QTest::addColumn<int>("endMinute");
        QTest::addColumn<int>("dayHours");

        const QDate spring(2026, 3, 8);
        const QDate autumn(2026, 11, 1);
        // 02:00 -> 03:00: an hour of time, two on the clock.
        QTest::addRow("spring forward, across the gap")
            << QByteArray("America/New_York") << spring << QTime(1, 30) << 0 << 60 << 90 << 210
            << 23;
        QTest::addRow("spring forward, after the gap")
            << QByteArray("America/New_York") << spring << QTime(10, 0) << 0 << 60 << 600 << 660
            << 23;
        // 02:00 -> 01:00: the second 01:15 reads as the first; the block
        // keeps its real hour.
        QTest::addRow("fall back, in the repeated hour")
            << QByteArray("America/New_York") << autumn << QTime(1, 15) << 0 << 60 << 75 << 135
            << 25;
        QTest::addRow("fall back, after the change") << QByteArray("America/New_York") << autumn
                                                     << QTime(10, 0) << 0 << 90 << 600 << 690 << 25;
        QTest::addRow("no daylight saving") << QByteArray("America/Sao_Paulo") << QDate(2026, 3, 9)
                                            << QTime(10, 0) << 0 << 45 << 600 << 645 << 24;
    }

    void testDstDays()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, day);
        QFETCH(QTime, start);
        QFETCH(int, offsetMinutes);
        QFETCH(int, minutes);
        QFETCH(int, startMinute);
        QFETCH(int, endMinute);
        QFETCH(int, dayHours);
        const QTimeZone tz(zone);
        AgendaSample sample(day, AgendaSpan::Day, tz);
        const Id ana = sample.addStaff(QStringLiteral("Ana"), 0, 24 * 60);
        const qint64 from = WorkingTime::utcMsecs(day, start.hour() * 60 + start.minute(), tz)
            + offsetMinutes * 60'000LL;
        const Appointment visit = sample.addAt(ana, from, minutes);
        const AgendaLayout layout(sample.content(), QSize(800, 2000));
        const AgendaContent &c = layout.content();
        const qsizetype index = indexOf(c, visit.id);
        QVERIFY(index >= 0);
        const AgendaBlock &b = c.blocks().at(index);
        QCOMPARE(b.startMinute, startMinute);
        QCOMPARE(b.endMinute, endMinute);
        QCOMPARE(b.startMsecs, visit.time.from);
        QCOMPARE(c.utcAt(0, 24 * 60) - c.utcAt(0, 0), qint64(dayHours) * 3600 * 1000);
        // Back to UTC from the grid, where the local minute is not repeated.
        if (startMinute >= 3 * 60)
            QCOMPARE(c.utcAt(0, startMinute), visit.time.from);
        // On screen: as long as the wall clock says (or its real length).
        const QRect r = layout.blockRect(index);
        QCOMPARE(r.top(), layout.minuteY(startMinute) + 1);
        QCOMPARE(r.bottom(), layout.minuteY(endMinute) - 2);
    }

    void testHitTests_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<int>("scrollY");
        QTest::addColumn<QString>("block"); // "", "long", "short", "bruno"
        QTest::addColumn<bool>("resizeZone");
        QTest::addColumn<int>("column"); // -1: no slot
        QTest::addColumn<int>("minute"); // -1: any minute of the block

        QTest::addRow("middle of a lone visit")
            << QStringLiteral("bruno middle") << 0 << QStringLiteral("bruno") << false << 1
            << 11 * 60 + 30;
        QTest::addRow("bottom edge: resize")
            << QStringLiteral("bruno bottom") << 0 << QStringLiteral("bruno") << true << 1 << -1;
        QTest::addRow("right lane of an overlap")
            << QStringLiteral("ana right lane") << 0 << QStringLiteral("short") << false << 0
            << 10 * 60 + 45;
        QTest::addRow("left lane of an overlap")
            << QStringLiteral("ana left lane") << 0 << QStringLiteral("long") << false << 0
            << 10 * 60 + 45;
        QTest::addRow("an empty slot")
            << QStringLiteral("ana 15:00") << 0 << QStringLiteral("") << false << 0 << 15 * 60;
        QTest::addRow("scrolled: the same visit lower on the axis")
            << QStringLiteral("bruno middle") << 150 << QStringLiteral("bruno") << false << 1
            << 11 * 60 + 30;
        QTest::addRow("in the gutter")
            << QStringLiteral("gutter") << 0 << QStringLiteral("") << false << -1 << 0;
        QTest::addRow("in the header")
            << QStringLiteral("header") << 0 << QStringLiteral("") << false << -1 << 0;
        QTest::addRow("right of the last column")
            << QStringLiteral("beyond") << 0 << QStringLiteral("") << false << -1 << 0;
    }

    void testHitTests()
    {
        QFETCH(QString, where);
        QFETCH(int, scrollY);
        QFETCH(QString, block);
        QFETCH(bool, resizeZone);
        QFETCH(int, column);
        QFETCH(int, minute);
        AgendaSample sample(kMonday, AgendaSpan::Week);
        const Id ana = sample.addStaff(QStringLiteral("Ana"));
        const Id bruno = sample.addStaff(QStringLiteral("Bruno"));
        QHash<QString, Id> ids;
        ids.insert(QStringLiteral("long"), sample.add(ana, 2, 10 * 60, 120).id);
        ids.insert(QStringLiteral("short"), sample.add(ana, 2, 10 * 60 + 30, 30).id);
        ids.insert(QStringLiteral("bruno"), sample.add(bruno, 2, 11 * 60, 120).id);
        // Short enough to scroll; 1306 pixels for seven days leave four on
        // the right of the last column.
        AgendaLayout layout(sample.content(), QSize(1370, 500));
        layout.setScroll(QPoint(0, scrollY));
        QCOMPARE(layout.scroll().y(), scrollY);
        const int day = 2;
        const auto x = [&](int c, double fraction) {
            return layout.columnX(day, c) + static_cast<int>(layout.columnWidth(day) * fraction);
        };
        const auto y = [&](int m) { return layout.minuteY(m); };
        QHash<QString, QPoint> points {
            { QStringLiteral("bruno middle"), { x(1, 0.5), y(11 * 60 + 30) } },
            { QStringLiteral("bruno bottom"),
              { x(1, 0.5),
                layout.blockRect(indexOf(layout.content(), ids.value(QStringLiteral("bruno"))))
                        .bottom()
                    - 1 } },
            { QStringLiteral("ana right lane"), { x(0, 0.75), y(10 * 60 + 45) } },
            { QStringLiteral("ana left lane"), { x(0, 0.25), y(10 * 60 + 45) } },
            { QStringLiteral("ana 15:00"), { x(0, 0.5), y(15 * 60) } },
            { QStringLiteral("gutter"), { 10, y(11 * 60) } },
            { QStringLiteral("header"), { x(0, 0.5), 20 } },
            { QStringLiteral("beyond"), { layout.dayX(6) + layout.dayWidth(6) + 1, y(11 * 60) } },
        };
        const QPoint pos = points.value(where);
        QVERIFY(pos.x() < layout.viewport().width());
        const qsizetype hit = layout.blockAt(pos);
        if (block.isEmpty())
            QCOMPARE(hit, qsizetype(-1));
        else
            QCOMPARE(layout.content().blocks().at(hit).appointmentId, ids.value(block));
        QCOMPARE(layout.inResizeZone(hit, pos), resizeZone);
        const auto slot = layout.slotAt(pos);
        if (column < 0) {
            QVERIFY(!slot);
            // Dragging out of the grid still lands on the nearest slot.
            const auto clamped = layout.slotAt(pos, true);
            QVERIFY(clamped);
            QVERIFY(clamped->minute >= layout.content().firstMinute());
            QVERIFY(clamped->minute < layout.content().lastMinute());
        } else {
            QVERIFY(slot);
            QCOMPARE(slot->day, day);
            QCOMPARE(slot->column, column);
            if (minute >= 0) {
                QCOMPARE(slot->minute, minute);
            } else {
                const AgendaBlock &b = layout.content().blocks().at(hit);
                QVERIFY(slot->minute >= b.startMinute && slot->minute < b.endMinute);
            }
        }
    }

    // The edges of the grid: the first and last minutes, clamping, an empty
    // location, a drag far outside.
    void testBoundaries()
    {
        AgendaSample sample(kMonday, AgendaSpan::Day);
        sample.addStaff(QStringLiteral("Ana"));
        const AgendaLayout layout(sample.content(), QSize(800, 600));
        const AgendaContent &c = layout.content();
        // Above the first minute and below the last: clamped.
        const auto top = layout.slotAt(QPoint(400, -500), true);
        const auto bottom = layout.slotAt(QPoint(400, 50'000), true);
        QVERIFY(top && bottom);
        QCOMPARE(top->minute, c.firstMinute());
        QCOMPARE(bottom->minute, c.lastMinute() - 1);
        const auto left = layout.slotAt(QPoint(-100, 300), true);
        QVERIFY(left);
        QCOMPARE(left->column, 0);
        // The grid: right of the gutter, under the header, down to the last
        // minute (or the viewport's bottom).
        const QRect grid = layout.gridRect();
        QCOMPARE(grid.left(), AgendaLayout::kGutterWidth);
        QCOMPARE(grid.top(), AgendaLayout::kHeaderHeight);
        QCOMPARE(grid.bottom(), std::min(599, layout.minuteY(c.lastMinute()) - 1));
        QVERIFY(!layout.blockRect(0).isValid()); // no visits
        QCOMPARE(layout.blockAt(QPoint(400, 300)), qsizetype(-1));
        QCOMPARE(AgendaLayout::snapped(10 * 60 + 7), 10 * 60);
        QCOMPARE(AgendaLayout::snapped(10 * 60 + 8), 10 * 60 + 15);

        // Scrolling never goes past the body.
        AgendaLayout scrolled(sample.content(), QSize(800, 300));
        scrolled.setScroll(QPoint(1000, 100'000));
        QCOMPARE(scrolled.scroll(), scrolled.maxScroll());
        QCOMPARE(scrolled.minuteY(c.lastMinute()),
                 AgendaLayout::kHeaderHeight + scrolled.visibleBody().height());

        // Nobody works here yet: no grid, no slots.
        AgendaSample none(kMonday, AgendaSpan::Week);
        const AgendaLayout empty(none.content(), QSize(800, 600));
        QVERIFY(empty.gridRect().isEmpty());
        QVERIFY(!empty.slotAt(QPoint(400, 300)));
        QCOMPARE(empty.content().firstMinute(), AgendaContent::kDefaultFirstMinute);
        QCOMPARE(empty.content().lastMinute(), AgendaContent::kDefaultLastMinute);
        // A default layout is empty, not broken.
        const AgendaLayout nothing;
        QVERIFY(!nothing.slotAt(QPoint(1, 1)));
        QCOMPARE(nothing.blockAt(QPoint(100, 100)), qsizetype(-1));
    }

    // The day and week views of the same visits: the same minutes, other
    // columns.
    void testDayAndWeekViewsOfOneVisit_data()
    {
        QTest::addColumn<AgendaSpan>("span");
        QTest::addColumn<int>("dayIndex");
        QTest::addRow("week") << AgendaSpan::Week << 3;
        QTest::addRow("day") << AgendaSpan::Day << 0;
    }

    void testDayAndWeekViewsOfOneVisit()
    {
        QFETCH(AgendaSpan, span);
        QFETCH(int, dayIndex);
        const QDate thursday = kMonday.addDays(3);
        AgendaSample sample(span == AgendaSpan::Week ? kMonday : thursday, span);
        const Id ana = sample.addStaff(QStringLiteral("Ana"));
        const Id visit = sample.add(ana, dayIndex, 14 * 60, 45).id;
        const AgendaLayout layout(sample.content(), QSize(1366, 768));
        const qsizetype index = indexOf(layout.content(), visit);
        QVERIFY(index >= 0);
        const AgendaBlock &b = layout.content().blocks().at(index);
        QCOMPARE(layout.content().days().at(b.day), thursday);
        QCOMPARE(b.startMinute, 14 * 60);
        QCOMPARE(b.endMinute, 14 * 60 + 45);
        const QRect r = layout.blockRect(index);
        QVERIFY(r.left() >= layout.dayX(b.day));
        QVERIFY(r.right() < layout.dayX(b.day) + layout.dayWidth(b.day));
        QCOMPARE(layout.blockAt(r.center()), index);
        QCOMPARE(layout.slotAt(r.center())->day, b.day);
    }
};

QTEST_GUILESS_MAIN(TestAgendaLayout)
#include "TestAgendaLayout.moc"
