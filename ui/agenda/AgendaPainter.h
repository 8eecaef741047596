// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AgendaLayout.h"
#include "AgendaTextCache.h"

#include <QCoreApplication>
#include <QFont>

#include <optional>

class QPainter;

namespace Balcao {

// Draws the agenda as an AgendaLayout places it: working and off hours,
// hour lines, the days' and columns' headers, the time gutter, the blocks in
// their status colours, the red line of "now", the keyboard cursor and a
// dragged block's target. It paints any QPaintDevice (the view's viewport,
// an image in tests) and only what meets the exposed rectangle.
class AgendaPainter
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::AgendaPainter)
public:
    // What the grid shows besides the content.
    struct State
    {
        Id selected;
        // The block being dragged is drawn faint where it is, and selected at
        // dropRect, where it would go.
        qsizetype draggedBlock = -1;
        QRect dropRect;
        // The keyboard cursor, on an empty slot.
        std::optional<AgendaLayout::Slot> cursor;
        qint64 nowMsecs = 0;
        // A read takes long: the grid is veiled, with a word saying why.
        bool loading = false;
    };

    // `texts`: the view's, kept between paints; none: one for this paint.
    AgendaPainter(const AgendaLayout &layout, const QFont &font, AgendaTextCache *texts = nullptr);

    void paint(QPainter &p, const State &state, const QRect &exposed) const;
    // The day the red line of "now" is on, -1 when not in the period.
    int today(qint64 nowMsecs) const;

private:
    void paintGrid(QPainter &p, const State &state, const QRect &visible) const;
    void paintBlock(QPainter &p, const AgendaBlock &block, const QRect &rect, bool selected,
                    bool ghost) const;
    void paintHeader(QPainter &p, int today) const;
    void paintGutter(QPainter &p) const;
    void paintLoading(QPainter &p) const;

    const AgendaLayout &m_layout;
    const AgendaContent &m_content;
    QFont m_font;
    std::optional<AgendaTextCache> m_ownTexts;
    AgendaTextCache &m_texts;
};

} // namespace Balcao
