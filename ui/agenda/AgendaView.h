// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QAbstractScrollArea>

namespace Balcao {

class AgendaModel;
struct AgendaBlock;

// The agenda's grid: a column per staff member (or resource) per day, the
// time axis in the location's wall-clock time, non-working time shaded, and
// the appointments as blocks coloured by status. Dragging a block or its
// bottom edge, double-clicks and keys become requests (signals); the page
// runs them through AppointmentBook, so the view holds no booking rule.
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
    static constexpr int kSnapMinutes = 15;
    static constexpr int kGutterWidth = 64;
    static constexpr int kHeaderHeight = 54;

    struct Slot
    {
        int day = 0;
        int column = 0;
        int minute = 0;
        bool operator==(const Slot &) const = default;
    };

    explicit AgendaView(AgendaModel *model, QWidget *parent = nullptr);

    Id selectedAppointment() const { return m_selected; }
    void selectAppointment(const Id &id);
    Slot slotCursor() const { return m_cursor; }
    void setSlotCursor(const Slot &slot);

    // Geometry in viewport coordinates (for the page's menus and for tests).
    // The block of an appointment that moves it: the first staff member's.
    qsizetype blockIndexOf(const Id &appointmentId) const;
    QRect blockRect(qsizetype blockIndex) const;
    // The middle of a column, at the top of a minute.
    QPoint pointAt(int day, int column, int minute) const;
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
    void relayout();
    int columnWidth(int day) const;
    int columnX(int day, int column) const; // viewport x
    int minuteY(int minute) const; // viewport y
    int minuteAt(int y) const;
    std::optional<Slot> slotAt(const QPoint &pos, bool clamp = false) const;
    qsizetype blockAt(const QPoint &pos) const;
    bool inResizeZone(qsizetype blockIndex, const QPoint &pos) const;
    QRect slotRect(const Slot &slot, int endMinute) const;
    void selectFromCursor();
    void moveCursorBy(int columns, int minutes);
    void setSelected(const Id &id);
    void moveSelectedBy(int columns, int minutes);
    void resizeSelectedBy(int minutes);
    Id staffOfColumn(int column) const;
    QString blockToolTip(const AgendaBlock &block) const;

    void paintGrid(QPainter &p) const;
    void paintBlock(QPainter &p, const AgendaBlock &block, const QRect &rect, bool selected,
                    bool ghost) const;
    void paintHeader(QPainter &p) const;
    void paintGutter(QPainter &p) const;

    AgendaModel *m_model = nullptr;
    qreal m_minuteHeight = 1.2;
    QList<int> m_dayX; // body x of each day
    QList<int> m_dayWidth;
    int m_bodyWidth = 0;
    int m_bodyHeight = 0;

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
