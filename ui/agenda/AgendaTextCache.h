// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QFontMetrics>
#include <QHash>
#include <QStaticText>

namespace Balcao {

// The lines the agenda's blocks say (name, time, services), elided to a
// width and shaped once, kept between paints: a week repeats the same times
// and services over and over, and a repaint (hover, selection, scrolling)
// draws the same names again. Shaping text was most of the time a week took
// to paint. One cache per view and font.
class AgendaTextCache
{
public:
    // No struck-out style: QStaticText draws a font's strike-out line away
    // from its text, so the painter draws that line itself.
    enum class Style { Bold, Small };

    explicit AgendaTextCache(const QFont &font = QFont());

    // Starts again when the view's font changes.
    void setFont(const QFont &font);
    const QFont &font(Style style) const;
    const QFontMetrics &metrics(Style style) const;

    // `text` elided to `width`; with `firstWordIfLong`, a text too wide
    // becomes its first word first (a first name says more than half a
    // full name).
    const QStaticText &line(const QString &text, int width, Style style,
                            bool firstWordIfLong = false);

private:
    static constexpr qsizetype kMaxLines = 5000;

    QFont m_base;
    QFont m_fonts[2];
    QFontMetrics m_metrics[2] { QFontMetrics(QFont()), QFontMetrics(QFont()) };
    QHash<QString, QStaticText> m_lines; // key: style, width, first-word flag, text
};

} // namespace Balcao
