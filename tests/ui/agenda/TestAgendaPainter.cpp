// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaSample.h"
#include "agenda/AgendaPainter.h"
#include "agenda/AgendaPalette.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
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

QImage paint(const AgendaLayout &layout, const AgendaPainter::State &state = {},
             AgendaTextCache *texts = nullptr)
{
    // Painted where a widget would be in its window, as the view is.
    const QPoint at(200, 60);
    QImage window(layout.viewport() + QSize(at.x(), at.y()), QImage::Format_RGB32);
    window.fill(Qt::magenta); // anything left unpainted shows
    QPainter p(&window);
    p.translate(at);
    p.setClipRect(QRect(QPoint(0, 0), layout.viewport()));
    AgendaPainter(layout, QApplication::font(), texts)
        .paint(p, state, QRect(QPoint(0, 0), layout.viewport()));
    p.end();
    return window.copy(QRect(at, layout.viewport()));
}

QRgb at(const QImage &image, const QPoint &point)
{
    return image.pixel(point);
}

QString hex(QRgb rgb)
{
    return QColor(rgb).name();
}

// How many pixels of `image` have exactly this colour.
int count(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) == colour.rgb() ? 1 : 0;
    }
    return n;
}

} // namespace

// The agenda painted into an image: real pixels where the layout says.
class TestAgendaPainter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QStringLiteral("en_GB"))); }

    void testBlocksInTheirStatusColours_data()
    {
        QTest::addColumn<AppointmentStatus>("status");
        for (AppointmentStatus s : { AppointmentStatus::Booked, AppointmentStatus::Confirmed,
                                     AppointmentStatus::CheckedIn, AppointmentStatus::Completed,
                                     AppointmentStatus::Cancelled, AppointmentStatus::NoShow })
            QTest::addRow("%s", qPrintable(appointmentStatusName(s))) << s;
    }

    void testBlocksInTheirStatusColours()
    {
        QFETCH(AppointmentStatus, status);
        AgendaSample sample(kMonday, AgendaSpan::Week);
        const Id ana = sample.addStaff(QStringLiteral("Ana"));
        const Id visit = sample.add(ana, 1, 10 * 60, 120, status).id;
        const AgendaLayout layout(sample.content(), QSize(1366, 768));
        const QImage image = paint(layout);
        const QRect r = layout.blockRect(indexOf(layout.content(), visit));
        const StatusColours colours = statusColours(status);
        // The fill below the text, and the accent bar on the left edge.
        QCOMPARE(hex(at(image, QPoint(r.right() - 4, r.bottom() - 4))), colours.fill.name());
        QCOMPARE(hex(at(image, QPoint(r.left() + 2, r.center().y()))), colours.accent.name());
        // The client's name is written in the block's text colour (some of
        // its pixels, antialiased, are darker than the fill).
        bool text = false;
        for (int x = r.left() + 8; x < r.right() - 3 && !text; ++x) {
            for (int y = r.top() + 2; y < r.top() + 16 && !text; ++y)
                text = qGray(at(image, QPoint(x, y))) < qGray(colours.fill.rgb()) - 60;
        }
        QVERIFY(text);
        // Just outside the block: the working hours' white.
        QCOMPARE(hex(at(image, QPoint(r.center().x(), r.bottom() + 8))),
                 AgendaColours::working.name());
    }

    void testNowLine_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("today"); // -1: not this week
        QTest::addColumn<bool>("line");
        const QTimeZone zone("America/Sao_Paulo");
        QTest::addRow("Wednesday afternoon")
            << QDateTime(kMonday.addDays(2), QTime(14, 0), zone) << 2 << true;
        QTest::addRow("Monday morning") << QDateTime(kMonday, QTime(9, 10), zone) << 0 << true;
        QTest::addRow("before the axis starts")
            << QDateTime(kMonday, QTime(5, 0), zone) << 0 << false;
        QTest::addRow("another week")
            << QDateTime(kMonday.addDays(9), QTime(14, 0), zone) << -1 << false;
    }

    void testNowLine()
    {
        QFETCH(QDateTime, now);
        QFETCH(int, today);
        QFETCH(bool, line);
        AgendaSample sample(kMonday, AgendaSpan::Week);
        const Id ana = sample.addStaff(QStringLiteral("Ana"));
        sample.add(ana, 2, 10 * 60, 60);
        const AgendaLayout layout(sample.content(), QSize(1366, 768));
        AgendaPainter::State state;
        state.nowMsecs = now.toMSecsSinceEpoch();
        const QImage image = paint(layout, state);
        // Today's header has the accent bar on top.
        for (int d = 0; d < 7; ++d)
            QCOMPARE(hex(at(image, QPoint(layout.dayX(d) + 10, 1))),
                     (d == today ? AgendaColours::today : AgendaColours::working).name());
        if (!line) {
            QCOMPARE(count(image, AgendaColours::now), 0);
            return;
        }
        const int day = today;
        const int minute = now.time().hour() * 60 + now.time().minute();
        const int y = layout.minuteY(minute);
        const int x = layout.dayX(day) + layout.dayWidth(day) / 2;
        // Two pixels thick, across that day only.
        const bool onLine = at(image, QPoint(x, y)) == AgendaColours::now.rgb()
            || at(image, QPoint(x, y - 1)) == AgendaColours::now.rgb();
        QVERIFY2(onLine, qPrintable(hex(at(image, QPoint(x, y)))));
        const int other = day == 0 ? 1 : 0;
        const int otherX = layout.dayX(other) + layout.dayWidth(other) / 2;
        QVERIFY(at(image, QPoint(otherX, y)) != AgendaColours::now.rgb());
        QVERIFY(at(image, QPoint(otherX, y - 1)) != AgendaColours::now.rgb());
    }

    // Painting the same week with and without its visits: every pixel that
    // differs lies in a block's rectangle, and inside the grid, whatever the
    // scrolling, so nothing spills into the gutter, the header, another
    // column or below the last hour.
    void testNothingDrawnOutsideTheColumns_data()
    {
        QTest::addColumn<int>("staff");
        QTest::addColumn<QPoint>("scroll");
        QTest::addColumn<QSize>("viewport");
        QTest::addRow("a week that fits") << 2 << QPoint(0, 0) << QSize(1366, 1600);
        QTest::addRow("scrolled down: visits under the header")
            << 2 << QPoint(0, 150) << QSize(1366, 500);
        QTest::addRow("ten staff, scrolled sideways: visits under the gutter")
            << 10 << QPoint(700, 0) << QSize(1366, 768);
    }

    void testNothingDrawnOutsideTheColumns()
    {
        QFETCH(int, staff);
        QFETCH(QPoint, scroll);
        QFETCH(QSize, viewport);
        AgendaSample sample(kMonday, AgendaSpan::Week);
        QList<Id> people;
        for (int i = 0; i < staff; ++i)
            people << sample.addStaff(QStringLiteral("Staff %1").arg(i));
        // Visits at the edges: first and last hour, first and last column,
        // overlapping ones in lanes.
        for (int d = 0; d < 7; ++d) {
            sample.add(people.first(), d, 9 * 60, 60);
            sample.add(people.last(), d, 17 * 60, 60);
            sample.add(people.at(d % staff), d, 12 * 60, 90);
            sample.add(people.at(d % staff), d, 12 * 60 + 30, 60);
            // Struck out and faded: decorations stay inside too.
            sample.add(people.at((d + 1) % staff), d, 15 * 60, 45, AppointmentStatus::Cancelled);
            sample.add(people.at((d + 1) % staff), d, 15 * 60, 45, AppointmentStatus::NoShow);
        }
        AgendaLayout with(sample.content(), viewport);
        AgendaLayout without(sample.emptied(), viewport);
        // As the view does, with the lines kept from an earlier paint
        // elsewhere (before a scroll or a resize).
        AgendaTextCache texts(QApplication::font());
        paint(AgendaLayout(sample.content(), viewport + QSize(120, 40)), {}, &texts);
        with.setScroll(scroll);
        without.setScroll(scroll);
        QCOMPARE(with.scroll(), scroll);
        QCOMPARE(with.gridRect(), without.gridRect());
        const QImage a = paint(with, {}, &texts);
        const QImage b = paint(without, {}, &texts);
        QCOMPARE(count(a, Qt::magenta), 0); // everything painted

        const QRect grid = with.gridRect();
        QList<QRect> blocks;
        for (qsizetype i = 0; i < with.content().blocks().size(); ++i) {
            const QRect r = with.blockRect(i);
            const AgendaBlock &block = with.content().blocks().at(i);
            // Each block inside its own column.
            QVERIFY(r.left() >= with.columnX(block.day, block.column));
            QVERIFY(r.right()
                    < with.columnX(block.day, block.column) + with.columnWidth(block.day));
            blocks << r;
        }
        int differing = 0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                if (a.pixel(x, y) == b.pixel(x, y))
                    continue;
                ++differing;
                const QPoint p(x, y);
                QVERIFY2(grid.contains(p),
                         qPrintable(QStringLiteral("(%1, %2) outside the grid").arg(x).arg(y)));
                const bool inBlock = std::any_of(blocks.cbegin(), blocks.cend(),
                                                 [&](const QRect &r) { return r.contains(p); });
                QVERIFY2(inBlock,
                         qPrintable(QStringLiteral("(%1, %2) outside every block").arg(x).arg(y)));
            }
        }
        QVERIFY(differing > 1000); // the visits were drawn
    }

    // A cancelled visit's name is struck out, across the name only.
    void testCancelledNameIsStruckOut()
    {
        AgendaSample sample(kMonday, AgendaSpan::Day);
        const Id ana = sample.addStaff(QStringLiteral("Ana"));
        const Id gone
            = sample.add(ana, 0, 10 * 60, 60, AppointmentStatus::Cancelled, QStringLiteral("Bo Li"))
                  .id;
        const AgendaLayout layout(sample.content(), QSize(1000, 900));
        const QImage image = paint(layout);
        const QRect r = layout.blockRect(indexOf(layout.content(), gone));
        const QRgb ink = statusColours(AppointmentStatus::Cancelled).text.rgb();
        // A row in the name's height that is the text colour from the
        // name's start for a stretch: the strike-out line.
        int longest = 0;
        for (int y = r.top() + 2; y < r.top() + 20; ++y) {
            int run = 0;
            for (int x = r.left() + 8; x < r.right(); ++x) {
                run = image.pixel(x, y) == ink ? run + 1 : 0;
                longest = std::max(longest, run);
            }
        }
        QVERIFY2(longest >= 12, qPrintable(QString::number(longest)));
        QVERIFY(longest < r.width() - 12); // as wide as "Bo Li", not the block
    }

    // The keyboard cursor on an empty slot, and a dragged block: faint where
    // it is, whole where it would go.
    void testCursorAndDrag()
    {
        AgendaSample sample(kMonday, AgendaSpan::Day);
        const Id ana = sample.addStaff(QStringLiteral("Ana"));
        sample.addStaff(QStringLiteral("Bruno"));
        const Id visit = sample.add(ana, 0, 10 * 60, 60).id;
        const AgendaLayout layout(sample.content(), QSize(1000, 900));
        const qsizetype index = indexOf(layout.content(), visit);
        const QRect r = layout.blockRect(index);
        const QColor fill = statusColours(AppointmentStatus::Booked).fill;

        AgendaPainter::State state;
        state.cursor = AgendaLayout::Slot { 0, 1, 15 * 60 };
        QImage image = paint(layout, state);
        const QRect slot = layout.slotRect(*state.cursor, 15 * 60 + AgendaLayout::kSnapMinutes);
        int cursorPixels = 0;
        for (int x = slot.left(); x <= slot.right(); ++x)
            cursorPixels += at(image, QPoint(x, slot.top() + 1)) == AgendaColours::cursor.rgb();
        QVERIFY(cursorPixels > slot.width() / 4); // dashed

        AgendaPainter::State drag;
        drag.draggedBlock = index;
        drag.dropRect = layout.slotRect({ 0, 1, 14 * 60 }, 15 * 60).adjusted(2, 1, -2, -1);
        image = paint(layout, drag);
        const QPoint inside(r.right() - 4, r.bottom() - 4);
        QVERIFY(at(image, inside) != fill.rgb());
        QVERIFY(qGray(at(image, inside)) > qGray(fill.rgb())); // faint: lighter
        QCOMPARE(hex(at(image, QPoint(drag.dropRect.right() - 4, drag.dropRect.bottom() - 4))),
                 fill.name());
    }

    // A long read: the grid is veiled and says so; nothing otherwise.
    void testLoadingVeil()
    {
        AgendaSample sample(kMonday, AgendaSpan::Day);
        const Id ana = sample.addStaff(QStringLiteral("Ana"));
        const Id visit = sample.add(ana, 0, 14 * 60, 60).id;
        const AgendaLayout layout(sample.content(), QSize(1000, 900));
        const QRect r = layout.blockRect(indexOf(layout.content(), visit));
        const QPoint inside(r.right() - 4, r.bottom() - 4);
        const QColor fill = statusColours(AppointmentStatus::Booked).fill;
        QCOMPARE(hex(at(paint(layout), inside)), fill.name());
        AgendaPainter::State state;
        state.loading = true;
        const QImage veiled = paint(layout, state);
        QVERIFY(at(veiled, inside) != fill.rgb());
        // The word sits near the top of the grid, in the middle.
        const QRect grid = layout.gridRect();
        int dark = 0;
        for (int y = grid.top() + 16; y < grid.top() + 50; ++y) {
            for (int x = grid.center().x() - 60; x < grid.center().x() + 60; ++x)
                dark += qGray(at(veiled, QPoint(x, y))) < 150 ? 1 : 0;
        }
        QVERIFY(dark > 10);
    }

    // Nobody works at the location: a sentence instead of a grid.
    void testEmptyLocation()
    {
        AgendaSample sample(kMonday, AgendaSpan::Week);
        const AgendaLayout layout(sample.content(), QSize(800, 600));
        const QImage image = paint(layout);
        int dark = 0;
        for (int y = 250; y < 350; ++y) {
            for (int x = 100; x < 700; ++x)
                dark += qGray(image.pixel(x, y)) < 150 ? 1 : 0;
        }
        QVERIFY(dark > 20);
        QCOMPARE(count(image, AgendaColours::offHours), 0);
        QCOMPARE(count(image, AgendaColours::dayLine), 0);
    }
};

QTEST_MAIN(TestAgendaPainter)
#include "TestAgendaPainter.moc"
