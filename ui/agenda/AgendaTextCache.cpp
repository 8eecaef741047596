// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaTextCache.h"

#include <algorithm>

namespace Balcao {

AgendaTextCache::AgendaTextCache(const QFont &font)
{
    setFont(font);
}

void AgendaTextCache::setFont(const QFont &font)
{
    if (!m_lines.isEmpty() && font == m_base && font.resolveMask() == m_base.resolveMask())
        return;
    m_base = font;
    QFont bold = font;
    bold.setBold(true);
    QFont small = font;
    small.setPointSizeF(std::max(7.0, font.pointSizeF() - 1));
    m_fonts[0] = bold;
    m_fonts[1] = small;
    for (int i = 0; i < 2; ++i)
        m_metrics[i] = QFontMetrics(m_fonts[i]);
    m_lines.clear();
}

const QFont &AgendaTextCache::font(Style style) const
{
    return m_fonts[static_cast<int>(style)];
}

const QFontMetrics &AgendaTextCache::metrics(Style style) const
{
    return m_metrics[static_cast<int>(style)];
}

const QStaticText &AgendaTextCache::line(const QString &text, int width, Style style,
                                         bool firstWordIfLong)
{
    const int index = static_cast<int>(style);
    const QString key = QString::number(index * 2 + (firstWordIfLong ? 1 : 0)) + QLatin1Char('/')
        + QString::number(width) + QLatin1Char('/') + text;
    const auto found = m_lines.constFind(key);
    if (found != m_lines.cend())
        return *found;
    // Many weeks of names: start again rather than grow without end.
    if (m_lines.size() >= kMaxLines)
        m_lines.clear();
    const QFontMetrics &metrics = m_metrics[index];
    QString shown = metrics.elidedText(text, Qt::ElideRight, width);
    if (shown != text && firstWordIfLong)
        shown = metrics.elidedText(text.section(QLatin1Char(' '), 0, 0), Qt::ElideRight, width);
    QStaticText staticText(shown);
    staticText.setTextFormat(Qt::PlainText);
    staticText.prepare(QTransform(), m_fonts[index]);
    return *m_lines.insert(key, staticText);
}

} // namespace Balcao
