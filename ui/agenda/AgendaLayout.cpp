// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaLayout.h"

#include <algorithm>
#include <cmath>

namespace Balcao {

AgendaLayout::AgendaLayout()
    : AgendaLayout(std::make_shared<const AgendaContent>(), QSize())
{ }

AgendaLayout::AgendaLayout(std::shared_ptr<const AgendaContent> content, const QSize &viewport)
    : m_content(content ? std::move(content) : std::make_shared<const AgendaContent>())
    , m_viewport(viewport)
{
    const AgendaContent &c = *m_content;
    const int days = static_cast<int>(c.days().size());
    const int columns = static_cast<int>(std::max<qsizetype>(1, c.columns().size()));
    const bool week = c.span() == AgendaSpan::Week;
    const int available = std::max(0, m_viewport.width() - kGutterWidth);
    int idle = 0;
    for (int d = 0; d < days && week; ++d)
        idle += c.isIdle(d) ? 1 : 0;
    const int active = days - idle;
    const int minDay = columns * (week ? kMinWeekColumnWidth : kMinDayColumnWidth);
    const int dayWidth
        = active > 0 ? std::max(minDay, (available - idle * kIdleDayWidth) / active) : minDay;
    int x = 0;
    for (int d = 0; d < days; ++d) {
        const int width = week && c.isIdle(d) ? kIdleDayWidth : dayWidth;
        m_dayX << x;
        m_dayWidth << width;
        x += width;
    }
    m_bodyWidth = x;
    // The working day fits the height when it can, without shrinking a
    // half-hour visit below two lines of text.
    const int visibleHeight = std::max(0, m_viewport.height() - kHeaderHeight);
    const int minutes = std::max(60, c.lastMinute() - c.firstMinute());
    m_minuteHeight
        = std::clamp(visibleHeight / double(minutes), kMinMinuteHeight, kMaxMinuteHeight);
    m_bodyHeight = static_cast<int>(std::ceil(minutes * m_minuteHeight));
}

QSize AgendaLayout::visibleBody() const
{
    return QSize(std::max(0, m_viewport.width() - kGutterWidth),
                 std::max(0, m_viewport.height() - kHeaderHeight));
}

QPoint AgendaLayout::maxScroll() const
{
    const QSize visible = visibleBody();
    return QPoint(std::max(0, m_bodyWidth - visible.width()),
                  std::max(0, m_bodyHeight - visible.height()));
}

void AgendaLayout::setScroll(const QPoint &offset)
{
    const QPoint most = maxScroll();
    m_scroll = QPoint(std::clamp(offset.x(), 0, most.x()), std::clamp(offset.y(), 0, most.y()));
}

int AgendaLayout::dayX(int day) const
{
    return kGutterWidth + m_dayX.value(day) - m_scroll.x();
}

int AgendaLayout::columnWidth(int day) const
{
    const int columns = static_cast<int>(std::max<qsizetype>(1, content().columns().size()));
    return m_dayWidth.value(day) / columns;
}

int AgendaLayout::columnX(int day, int column) const
{
    return dayX(day) + column * columnWidth(day);
}

int AgendaLayout::minuteY(int minute) const
{
    return kHeaderHeight
        + static_cast<int>(std::lround((minute - content().firstMinute()) * m_minuteHeight))
        - m_scroll.y();
}

int AgendaLayout::minuteAt(int y) const
{
    return content().firstMinute()
        + static_cast<int>(std::floor((y - kHeaderHeight + m_scroll.y()) / m_minuteHeight));
}

QRect AgendaLayout::gridRect() const
{
    if (m_dayX.isEmpty() || content().columns().isEmpty())
        return {};
    const int days = static_cast<int>(m_dayX.size());
    const int left = std::max(kGutterWidth, dayX(0));
    const int right = std::min(m_viewport.width(), dayX(days - 1) + m_dayWidth.last());
    const int top = std::max(kHeaderHeight, minuteY(content().firstMinute()));
    const int bottom = std::min(m_viewport.height(), minuteY(content().lastMinute()));
    if (right <= left || bottom <= top)
        return {};
    return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
}

QRect AgendaLayout::slotRect(const Slot &slot, int endMinute) const
{
    const int top = minuteY(slot.minute);
    return QRect(columnX(slot.day, slot.column) + 1, top, columnWidth(slot.day) - 2,
                 std::max(4, minuteY(endMinute) - top));
}

QPoint AgendaLayout::pointAt(int day, int column, int minute) const
{
    return QPoint(columnX(day, column) + columnWidth(day) / 2, minuteY(minute));
}

QRect AgendaLayout::blockRect(qsizetype index) const
{
    const QList<AgendaBlock> &blocks = content().blocks();
    if (index < 0 || index >= blocks.size())
        return {};
    const AgendaBlock &b = blocks.at(index);
    const int width = columnWidth(b.day);
    const int laneWidth = (width - 2 * kBlockMargin) / std::max(1, b.lanes);
    const int x = columnX(b.day, b.column) + kBlockMargin + b.lane * laneWidth;
    const int top = minuteY(b.startMinute);
    const int bottom = minuteY(b.endMinute);
    return QRect(x, top + 1, std::max(4, laneWidth - 1), std::max(6, bottom - top - 2));
}

qsizetype AgendaLayout::blockAt(const QPoint &pos) const
{
    if (pos.x() < kGutterWidth || pos.y() < kHeaderHeight)
        return -1;
    for (qsizetype i = content().blocks().size() - 1; i >= 0; --i) {
        if (blockRect(i).contains(pos))
            return i;
    }
    return -1;
}

bool AgendaLayout::inResizeZone(qsizetype index, const QPoint &pos) const
{
    if (index < 0 || index >= content().blocks().size() || !content().blocks().at(index).resizable)
        return false;
    const QRect r = blockRect(index);
    return pos.y() >= r.bottom() - kResizeZone && r.height() > 3 * kResizeZone;
}

std::optional<AgendaLayout::Slot> AgendaLayout::slotAt(const QPoint &pos, bool clamp) const
{
    if (m_dayX.isEmpty() || content().columns().isEmpty())
        return std::nullopt;
    if (!clamp && (pos.x() < kGutterWidth || pos.y() < kHeaderHeight))
        return std::nullopt;
    const int bodyX = pos.x() - kGutterWidth + m_scroll.x();
    if (!clamp && (bodyX < 0 || bodyX >= m_bodyWidth))
        return std::nullopt;
    int day = 0;
    for (int d = 0; d < m_dayX.size(); ++d) {
        if (bodyX >= m_dayX.at(d))
            day = d;
    }
    const int columns = static_cast<int>(content().columns().size());
    const int column
        = std::clamp((bodyX - m_dayX.at(day)) / std::max(1, columnWidth(day)), 0, columns - 1);
    const int minute
        = std::clamp(minuteAt(pos.y()), content().firstMinute(), content().lastMinute() - 1);
    return Slot { day, column, minute };
}

int AgendaLayout::snapped(int minute)
{
    return static_cast<int>(std::lround(minute / double(kSnapMinutes))) * kSnapMinutes;
}

void AgendaLayout::placeSideBySide(QList<AgendaBlock> &blocks)
{
    std::stable_sort(blocks.begin(), blocks.end(), [](const auto &a, const auto &b) {
        if (a.day != b.day)
            return a.day < b.day;
        if (a.column != b.column)
            return a.column < b.column;
        if (a.startMinute != b.startMinute)
            return a.startMinute < b.startMinute;
        return a.endMinute > b.endMinute;
    });
    qsizetype clusterStart = 0;
    QList<int> laneEnds;
    int clusterEnd = -1;
    const auto closeCluster = [&](qsizetype end) {
        for (qsizetype i = clusterStart; i < end; ++i)
            blocks[i].lanes = static_cast<int>(laneEnds.size());
        laneEnds.clear();
        clusterStart = end;
    };
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        AgendaBlock &b = blocks[i];
        const bool sameColumn
            = i > 0 && blocks.at(i - 1).day == b.day && blocks.at(i - 1).column == b.column;
        if (i > clusterStart && (!sameColumn || b.startMinute >= clusterEnd))
            closeCluster(i);
        if (i == clusterStart)
            clusterEnd = b.endMinute;
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > b.startMinute)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds << b.endMinute;
        else
            laneEnds[lane] = b.endMinute;
        b.lane = lane;
        clusterEnd = std::max(clusterEnd, b.endMinute);
    }
    closeCluster(blocks.size());
}

} // namespace Balcao
