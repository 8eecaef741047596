// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AgendaLayout.h"
#include "AgendaTextCache.h"
#include "common/Id.h"

#include <QAbstractScrollArea>
#include <QTimer>

namespace Balcao {

class AgendaModel;

// The agenda's grid on screen: AgendaLayout places the columns and blocks,
// AgendaPainter draws them; the view keeps the selection, the keyboard
// cursor and the drag, and turns them into requests (signals). The page runs
// those through AppointmentBook, so the view holds no booking rule. While a
// read takes long it veils the grid and says it is loading.
//
// Keyboard: arrows move the cursor by slot and column (selecting the
// appointment under it), Page Up/Down by an hour, Alt+arrows move the
// selected appointment, Alt+Shift+Up/Down change when it ends, Enter opens
// it (or books the empty slot), Delete cancels it, the Menu key opens its
// actions.
class AgendaView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    static constexpr int kSnapMinutes = AgendaLayout::kSnapMinutes;
    static constexpr int kGutterWidth = AgendaLayout::kGutterWidth;
    static constexpr int kHeaderHeight = AgendaLayout::kHeaderHeight;
    // A read answered sooner leaves the grid as it is, without a flash.
    static constexpr int kLoadingVeilDelayMs = 250;
    using Slot = AgendaLayout::Slot;

    explicit AgendaView(AgendaModel *model, QWidget *parent = nullptr);

    Id selectedAppointment() const { return m_selected; }
    void selectAppointment(const Id &id);
    Slot slotCursor() const { return m_cursor; }
    void setSlotCursor(const Slot &slot);
    // The grid is veiled as loading.
    bool isShowingLoading() const { return m_showLoading; }

    const AgendaLayout &layout() const { return m_layout; }
    // Geometry in viewport coordinates (for the page's menus and for tests).
    // The block of an appointment that moves it: the first staff member's.
    qsizetype blockIndexOf(const Id &appointmentId) const;
    QRect blockRect(qsizetype blockIndex) const { return m_layout.blockRect(blockIndex); }
    // The middle of a column, at the top of a minute.
    QPoint pointAt(int day, int column, int minute) const
    {
        return m_layout.pointAt(day, column, minute);
    }
    void ensureMinuteVisible(int minute);

signals:
    void selectionChanged(const Balcao::Id &appointmentId); // null: an empty slot
    void moveRequested(const Balcao::Id &appointmentId, qint64 startsAtMsecs,
                       const Balcao::Id &staffId);
    void resizeRequested(const Balcao::Id &appointmentId, qint64 endsAtMsecs);
    void slotActivated(qint64 startsAtMsecs, const Balcao::Id &staffId);
    void appointmentActivated(const Balcao::Id &appointmentId);
    void cancelRequested(const Balcao::Id &appointmentId);
    void contextMenuRequested(const Balcao::Id &appointmentId, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Drag { None, Pending, Moving, Resizing };

    void modelReloaded();
    void loadingChanged(bool loading);
    void relayout();
    void selectFromCursor();
    void moveCursorBy(int columns, int minutes);
    void setSelected(const Id &id);
    void moveSelectedBy(int columns, int minutes);
    void resizeSelectedBy(int minutes);
    Id staffOfColumn(int column) const;
    QString blockToolTip(const AgendaBlock &block) const;

    AgendaModel *m_model = nullptr;
    AgendaLayout m_layout;
    AgendaTextCache m_texts;
    QTimer m_loadingDelay;
    bool m_showLoading = false;

    Id m_selected;
    Slot m_cursor;

    Drag m_drag = Drag::None;
    qsizetype m_dragBlock = -1;
    QPoint m_pressPos;
    int m_grabMinutes = 0;
    bool m_pressOnEdge = false;
    Slot m_dragTarget; // Moving: where the block would start
    int m_dragEndMinute = 0; // Resizing: where it would end
};

} // namespace Balcao
