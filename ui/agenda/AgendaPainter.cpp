// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaPainter.h"

#include "AgendaPalette.h"
#include "AppointmentWording.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QtMath>

#include <algorithm>

namespace Balcao {

AgendaPainter::AgendaPainter(const AgendaLayout &layout, const QFont &font, AgendaTextCache *texts)
    : m_layout(layout)
    , m_content(layout.content())
    , m_font(font)
    , m_ownTexts(texts ? std::nullopt : std::make_optional<AgendaTextCache>(font))
    , m_texts(texts ? *texts : *m_ownTexts)
{
    m_texts.setFont(font);
}

int AgendaPainter::today(qint64 nowMsecs) const
{
    return m_content.dayOf(QDateTime::fromMSecsSinceEpoch(nowMsecs, m_content.timeZone()).date());
}

void AgendaPainter::paint(QPainter &p, const State &state, const QRect &exposed) const
{
    const QSize size = m_layout.viewport();
    const QRect all(QPoint(0, 0), size);
    p.fillRect(all, AgendaColours::working);
    if (m_content.columns().isEmpty()) {
        p.setFont(m_font);
        p.setPen(AgendaColours::headerText);
        p.drawText(all.adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                   m_content.columnKind() == AgendaColumnKind::Staff
                       ? tr("Nobody works at this location yet. Add staff members and their "
                            "hours to book appointments.")
                       : tr("This location has no rooms, chairs or other resources."));
        return;
    }
    const QRect body(AgendaLayout::kGutterWidth, AgendaLayout::kHeaderHeight,
                     size.width() - AgendaLayout::kGutterWidth,
                     size.height() - AgendaLayout::kHeaderHeight);
    p.save();
    p.setClipRect(body);
    const QRect visible = body.intersected(exposed);
    paintGrid(p, state, visible);
    const QList<AgendaBlock> &blocks = m_content.blocks();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QRect rect = m_layout.blockRect(i);
        // A week has hundreds of blocks, most scrolled out of view.
        if (!rect.intersects(visible))
            continue;
        const bool dragged = i == state.draggedBlock;
        paintBlock(p, blocks.at(i), rect, blocks.at(i).appointmentId == state.selected && !dragged,
                   dragged);
    }
    if (state.draggedBlock >= 0 && state.draggedBlock < blocks.size() && !state.dropRect.isEmpty())
        paintBlock(p, blocks.at(state.draggedBlock), state.dropRect, true, false);
    if (state.cursor) {
        p.setPen(QPen(AgendaColours::cursor, 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(
            m_layout.slotRect(*state.cursor, state.cursor->minute + AgendaLayout::kSnapMinutes)
                .adjusted(1, 1, -1, -1));
    }
    p.restore();
    paintHeader(p, today(state.nowMsecs));
    paintGutter(p);
    if (state.loading)
        paintLoading(p);
}

void AgendaPainter::paintGrid(QPainter &p, const State &state, const QRect &visible) const
{
    const int first = m_content.firstMinute();
    const int last = m_content.lastMinute();
    const int top = m_layout.minuteY(first);
    const int bottom = m_layout.minuteY(last);
    const int days = static_cast<int>(m_content.days().size());
    const int columns = static_cast<int>(m_content.columns().size());
    const bool week = m_content.span() == AgendaSpan::Week;
    for (int d = 0; d < days; ++d) {
        if (m_layout.dayX(d) > visible.right()
            || m_layout.dayX(d) + m_layout.dayWidth(d) < visible.left())
            continue; // scrolled out of view
        for (int c = 0; c < columns; ++c) {
            const int x = m_layout.columnX(d, c);
            const int w = m_layout.columnWidth(d);
            p.fillRect(QRect(x, top, w, bottom - top), AgendaColours::offHours);
            for (const auto &[from, to] : m_content.workingMinutes(d, c)) {
                const int y1 = m_layout.minuteY(std::max(from, first));
                const int y2 = m_layout.minuteY(std::min(to, last));
                if (y2 > y1)
                    p.fillRect(QRect(x, y1, w, y2 - y1), AgendaColours::working);
            }
        }
    }
    const int left = AgendaLayout::kGutterWidth;
    const int right = m_layout.dayX(days - 1) + m_layout.dayWidth(days - 1);
    for (int m = (first / 30) * 30; m <= last; m += 30) {
        p.setPen(m % 60 == 0 ? AgendaColours::hourLine : AgendaColours::halfHourLine);
        const int y = m_layout.minuteY(m);
        p.drawLine(left, y, right, y);
    }
    for (int d = 0; d < days; ++d) {
        for (int c = 1; c < columns && !(week && m_content.isIdle(d)); ++c) {
            p.setPen(AgendaColours::columnLine);
            const int x = m_layout.columnX(d, c);
            p.drawLine(x, top, x, bottom);
        }
        p.setPen(AgendaColours::dayLine);
        const int x = m_layout.dayX(d);
        p.drawLine(x, top, x, bottom);
    }
    p.drawLine(right, top, right, bottom);

    // Now, as a red line across today.
    const int today = this->today(state.nowMsecs);
    if (today >= 0) {
        const int minute = m_content.localMinute(today, state.nowMsecs);
        if (minute >= first && minute <= last) {
            const int y = m_layout.minuteY(minute);
            const int x = m_layout.dayX(today);
            p.setPen(QPen(AgendaColours::now, 2));
            p.drawLine(x, y, x + m_layout.dayWidth(today), y);
            p.setBrush(AgendaColours::now);
            p.setPen(Qt::NoPen);
            p.drawEllipse(QPoint(x, y), 4, 4);
        }
    }
}

void AgendaPainter::paintBlock(QPainter &p, const AgendaBlock &block, const QRect &rect,
                               bool selected, bool ghost) const
{
    if (rect.isEmpty())
        return;
    // A week shows a hundred blocks or more: state is set, not saved and
    // restored, and text is drawn at a point, already elided, instead of
    // laid out in a rectangle.
    const StatusColours colours = statusColours(block.status);
    if (ghost)
        p.setOpacity(0.35);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(selected ? QPen(AgendaColours::ink, 2) : QPen(colours.accent.lighter(150), 1));
    p.setBrush(colours.fill);
    p.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(QRect(rect.left() + 1, rect.top() + 1, 4, rect.height() - 1), colours.accent);

    const QRect text = rect.adjusted(8, 2, -3, -2);
    using Style = AgendaTextCache::Style;
    const Style nameStyle = Style::Bold;
    const QFontMetrics &boldMetrics = m_texts.metrics(nameStyle);
    const QFontMetrics &smallMetrics = m_texts.metrics(Style::Small);
    // Shorter than a line: clipped, so the name never spills into the slot
    // below.
    const bool clip = text.height() < boldMetrics.height();
    if (clip) {
        p.save();
        p.setClipRect(text, Qt::IntersectClip);
    }
    p.setPen(colours.text);
    p.setFont(m_texts.font(nameStyle));
    // In a narrow column the first name says more than half a full name
    // (a walk-in's wording has none).
    const Appointment *a = m_content.appointment(block.appointmentId);
    const bool person = a && !a->clientId.isNull();
    int y = text.top();
    const QStaticText &name = m_texts.line(block.client, text.width(), nameStyle, person);
    p.drawStaticText(QPoint(text.left(), y), name);
    if (block.status == AppointmentStatus::Cancelled) {
        // Struck out: the visit no longer holds its time.
        const int strike = y + boldMetrics.ascent() - boldMetrics.strikeOutPos();
        p.setPen(QPen(colours.text, boldMetrics.lineWidth()));
        p.drawLine(text.left(), strike, text.left() + qCeil(name.size().width()), strike);
    }
    // Too short for two lines: the name (its place in the grid gives the
    // time).
    if (text.height() >= boldMetrics.height() + smallMetrics.height()) {
        y += boldMetrics.height();
        p.setFont(m_texts.font(Style::Small));
        for (const QString *line : { &block.time, &block.services }) {
            if (y + smallMetrics.height() > text.bottom() + 2 || line->isEmpty())
                break;
            p.drawStaticText(QPoint(text.left(), y),
                             m_texts.line(*line, text.width(), Style::Small));
            y += smallMetrics.height();
        }
    }
    if (clip)
        p.restore();
    if (ghost)
        p.setOpacity(1.0);
}

void AgendaPainter::paintHeader(QPainter &p, int today) const
{
    const int width = m_layout.viewport().width();
    const int height = AgendaLayout::kHeaderHeight;
    p.fillRect(QRect(0, 0, width, height), AgendaColours::working);
    p.save();
    p.setClipRect(QRect(AgendaLayout::kGutterWidth, 0, width - AgendaLayout::kGutterWidth, height));
    const QFont &bold = m_texts.font(AgendaTextCache::Style::Bold);
    const QFontMetrics &boldMetrics = m_texts.metrics(AgendaTextCache::Style::Bold);
    const QFontMetrics metrics(m_font);
    const int days = static_cast<int>(m_content.days().size());
    const int columns = static_cast<int>(m_content.columns().size());
    const bool week = m_content.span() == AgendaSpan::Week;
    const QLocale locale;
    for (int d = 0; d < days; ++d) {
        const QDate date = m_content.days().at(d);
        const int x = m_layout.dayX(d);
        const int w = m_layout.dayWidth(d);
        if (x + w < AgendaLayout::kGutterWidth || x > width)
            continue;
        const bool idle = week && m_content.isIdle(d);
        // A day nobody works is narrow: its weekday above, its date below.
        const QString label = idle ? locale.dayName(date.dayOfWeek(), QLocale::ShortFormat)
                                   : AppointmentWording::date(date);
        p.setFont(bold);
        p.setPen(d == today ? AgendaColours::today : AgendaColours::ink);
        p.drawText(QRect(x + 6, 4, w - 10, 22), Qt::AlignLeft | Qt::AlignVCenter,
                   boldMetrics.elidedText(label, Qt::ElideRight, w - 10));
        if (d == today)
            p.fillRect(QRect(x, 0, w, 3), AgendaColours::today);
        p.setFont(m_font);
        p.setPen(AgendaColours::headerText);
        if (idle)
            p.drawText(QRect(x + 6, 28, w - 10, 22), Qt::AlignLeft | Qt::AlignVCenter,
                       locale.toString(date.day()));
        for (int c = 0; c < columns && !idle; ++c) {
            const int cx = m_layout.columnX(d, c);
            const int cw = m_layout.columnWidth(d);
            p.drawText(QRect(cx + 6, 28, cw - 10, 22), Qt::AlignLeft | Qt::AlignVCenter,
                       metrics.elidedText(m_content.columns().at(c).name, Qt::ElideRight, cw - 10));
        }
        p.setPen(AgendaColours::dayLine);
        p.drawLine(x, 0, x, height);
    }
    p.restore();
    p.setPen(AgendaColours::dayLine);
    p.drawLine(0, height - 1, width, height - 1);
}

void AgendaPainter::paintGutter(QPainter &p) const
{
    const int height = m_layout.viewport().height();
    const int gutter = AgendaLayout::kGutterWidth;
    const int header = AgendaLayout::kHeaderHeight;
    p.fillRect(QRect(0, header, gutter, height - header), AgendaColours::working);
    p.save();
    p.setClipRect(QRect(0, header, gutter, height - header));
    p.setFont(m_font);
    p.setPen(AgendaColours::headerText);
    const QFontMetrics metrics(m_font);
    const QLocale locale;
    // The first hour is the grid's top edge: its label would be cut in half.
    for (int m = (m_content.firstMinute() / 60 + 1) * 60; m < m_content.lastMinute(); m += 60) {
        const int y = m_layout.minuteY(m);
        const QString label = locale.toString(QTime(m / 60, 0), QLocale::ShortFormat);
        p.drawText(QRect(0, y - metrics.height() / 2, gutter - 8, metrics.height()),
                   Qt::AlignRight | Qt::AlignVCenter, label);
    }
    p.restore();
    // The corner names the time zone the axis is in.
    p.fillRect(QRect(0, 0, gutter, header), AgendaColours::working);
    p.setFont(m_texts.font(AgendaTextCache::Style::Small));
    p.setPen(AgendaColours::headerText);
    if (!m_content.days().isEmpty()) {
        const QDateTime noon(m_content.days().first(), QTime(12, 0), m_content.timeZone());
        QString zone = m_content.timeZone().abbreviation(noon);
        // Zones without a name abbreviate to their offset ("-03").
        if (zone.startsWith(QLatin1Char('-')) || zone.startsWith(QLatin1Char('+')))
            zone = QStringLiteral("UTC") + zone;
        p.drawText(QRect(0, 28, gutter - 8, 22), Qt::AlignRight | Qt::AlignVCenter, zone);
    }
    p.setPen(AgendaColours::dayLine);
    p.drawLine(gutter - 1, 0, gutter - 1, height);
    p.drawLine(0, header - 1, gutter, header - 1);
}

void AgendaPainter::paintLoading(QPainter &p) const
{
    const QRect grid = m_layout.gridRect();
    if (grid.isEmpty())
        return;
    p.save();
    QColor veil = AgendaColours::working;
    veil.setAlpha(150);
    p.fillRect(grid, veil);
    const QString text = tr("Loading…");
    p.setFont(m_texts.font(AgendaTextCache::Style::Bold));
    const QFontMetrics &metrics = m_texts.metrics(AgendaTextCache::Style::Bold);
    const QRect pill(0, 0, metrics.horizontalAdvance(text) + 24, metrics.height() + 12);
    const QRect at = pill.translated(grid.center().x() - pill.width() / 2, grid.top() + 16);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(AgendaColours::dayLine, 1));
    p.setBrush(AgendaColours::working);
    p.drawRoundedRect(QRectF(at).adjusted(0.5, 0.5, -0.5, -0.5), at.height() / 2.0,
                      at.height() / 2.0);
    p.setPen(AgendaColours::headerText);
    p.drawText(at, Qt::AlignCenter, text);
    p.restore();
}

} // namespace Balcao
