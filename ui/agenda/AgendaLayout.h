// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AgendaContent.h"

#include <QPoint>
#include <QRect>
#include <QSize>

#include <memory>
#include <optional>

namespace Balcao {

// The agenda's geometry in the coordinates of the view's viewport: the time
// gutter on the left, the day and column headers on top, then a column per
// staff member (or resource) per day. It places the days (a week narrows
// the days nobody works), scales the minutes to the height, turns minutes
// into y and back, gives each block its rectangle (side by side with the
// blocks it overlaps) and answers what is under a point. No widgets: the
// view gives it the viewport's size and scroll position, and tests give it
// any size.
class AgendaLayout
{
public:
    static constexpr int kSnapMinutes = 15;
    static constexpr int kGutterWidth = 64;
    static constexpr int kHeaderHeight = 54;
    static constexpr int kIdleDayWidth = 44;
    static constexpr int kMinDayColumnWidth = 150; // day view
    static constexpr int kMinWeekColumnWidth = 64; // week view
    static constexpr double kMinMinuteHeight = 0.95;
    static constexpr double kMaxMinuteHeight = 2.0;
    static constexpr int kResizeZone = 6;
    static constexpr int kBlockMargin = 2;

    // A place in the grid: a column of a day, at a local minute.
    struct Slot
    {
        int day = 0;
        int column = 0;
        int minute = 0;
        bool operator==(const Slot &) const = default;
    };

    AgendaLayout();
    AgendaLayout(std::shared_ptr<const AgendaContent> content, const QSize &viewport);

    const AgendaContent &content() const { return *m_content; }
    QSize viewport() const { return m_viewport; }

    // The part of the body scrolled out of view, clamped to what there is.
    void setScroll(const QPoint &offset);
    QPoint scroll() const { return m_scroll; }
    QPoint maxScroll() const;
    QSize visibleBody() const; // the body's part of the viewport

    int bodyWidth() const { return m_bodyWidth; }
    int bodyHeight() const { return m_bodyHeight; }
    double minuteHeight() const { return m_minuteHeight; }

    int dayX(int day) const; // viewport x of the day's left edge
    int dayWidth(int day) const { return m_dayWidth.value(day); }
    int columnX(int day, int column) const;
    int columnWidth(int day) const;
    int minuteY(int minute) const;
    int minuteAt(int y) const;
    // Where the columns are, in the viewport (under the header, right of
    // the gutter, up to the last day's right edge and the last minute).
    QRect gridRect() const;
    QRect slotRect(const Slot &slot, int endMinute) const;
    // The middle of a column, at the top of a minute.
    QPoint pointAt(int day, int column, int minute) const;

    QRect blockRect(qsizetype blockIndex) const;
    // The block under a point, the last placed winning (it is painted on
    // top); -1 for none.
    qsizetype blockAt(const QPoint &pos) const;
    // On the bottom edge of a block whose end can be dragged.
    bool inResizeZone(qsizetype blockIndex, const QPoint &pos) const;
    // The slot under a point; with `clamp`, the nearest one for a point
    // outside the grid (a drag that leaves it).
    std::optional<Slot> slotAt(const QPoint &pos, bool clamp = false) const;
    // The minute a point is at, rounded to the nearest kSnapMinutes.
    static int snapped(int minute);

    // Lanes for blocks that overlap in one column: greedy per cluster of
    // blocks overlapping one another, so a lone block keeps the column's
    // whole width. Sorts the blocks by day, column and start.
    static void placeSideBySide(QList<AgendaBlock> &blocks);

private:
    std::shared_ptr<const AgendaContent> m_content;
    QSize m_viewport;
    QPoint m_scroll;
    QList<int> m_dayX; // body x of each day
    QList<int> m_dayWidth;
    int m_bodyWidth = 0;
    int m_bodyHeight = 0;
    double m_minuteHeight = 1.2;
};

} // namespace Balcao
