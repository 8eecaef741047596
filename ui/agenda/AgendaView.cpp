// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaView.h"

#include "AgendaModel.h"
#include "AgendaPainter.h"
#include "AppointmentWording.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>

namespace Balcao {

AgendaView::AgendaView(AgendaModel *model, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("agendaView"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    verticalScrollBar()->setSingleStep(20);
    horizontalScrollBar()->setSingleStep(20);
    m_loadingDelay.setSingleShot(true);
    m_loadingDelay.setInterval(kLoadingVeilDelayMs);
    connect(&m_loadingDelay, &QTimer::timeout, this, [this] {
        m_showLoading = true;
        viewport()->update();
    });
    connect(m_model, &AgendaModel::reloaded, this, &AgendaView::modelReloaded);
    connect(m_model, &AgendaModel::loadingChanged, this, &AgendaView::loadingChanged);
    setAccessibleName(tr("Agenda"));
    relayout();
}

// --- selection and cursor -------------------------------------------------

void AgendaView::selectAppointment(const Id &id)
{
    const qsizetype index = blockIndexOf(id);
    if (index >= 0) {
        const AgendaBlock &b = m_model->blocks().at(index);
        m_cursor = { b.day, b.column, std::max(m_model->firstMinute(), b.startMinute) };
        ensureMinuteVisible(b.startMinute);
        ensureMinuteVisible(std::min(b.endMinute, b.startMinute + 120));
    }
    setSelected(index >= 0 ? id : Id());
    viewport()->update();
}

void AgendaView::setSlotCursor(const Slot &slot)
{
    m_cursor = slot;
    ensureMinuteVisible(slot.minute);
    selectFromCursor();
    viewport()->update();
}

void AgendaView::setSelected(const Id &id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    if (const Appointment *a = m_model->appointment(id))
        setAccessibleDescription(
            tr("%1, %2, %3")
                .arg(AppointmentWording::client(*a),
                     AppointmentWording::when(a->time, m_model->content().timeZone()),
                     AppointmentWording::status(a->status)));
    else
        setAccessibleDescription(QString());
    emit selectionChanged(id);
}

qsizetype AgendaView::blockIndexOf(const Id &appointmentId) const
{
    qsizetype any = -1;
    const QList<AgendaBlock> &blocks = m_model->blocks();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (blocks.at(i).appointmentId != appointmentId)
            continue;
        if (blocks.at(i).movesStaff)
            return i;
        if (any < 0)
            any = i;
    }
    return any;
}

void AgendaView::selectFromCursor()
{
    Id found;
    for (const AgendaBlock &b : m_model->blocks()) {
        if (b.day == m_cursor.day && b.column == m_cursor.column
            && b.startMinute < m_cursor.minute + kSnapMinutes && m_cursor.minute < b.endMinute) {
            found = b.appointmentId;
            // A visit that holds its time wins over a cancelled one under it.
            if (holdsTime(b.status))
                break;
        }
    }
    setSelected(found);
}

void AgendaView::moveCursorBy(int columns, int minutes)
{
    const int perDay = static_cast<int>(std::max<qsizetype>(1, m_model->columns().size()));
    const int days = static_cast<int>(m_model->days().size());
    int flat = m_cursor.day * perDay + m_cursor.column + columns;
    flat = std::clamp(flat, 0, std::max(0, days * perDay - 1));
    m_cursor.day = flat / perDay;
    m_cursor.column = flat % perDay;
    m_cursor.minute = std::clamp(m_cursor.minute + minutes, m_model->firstMinute(),
                                 m_model->lastMinute() - kSnapMinutes);
    ensureMinuteVisible(m_cursor.minute);
    ensureMinuteVisible(m_cursor.minute + kSnapMinutes);
    // Horizontally too, so the cursor never walks off screen.
    const int x = m_layout.columnX(m_cursor.day, m_cursor.column);
    const int w = m_layout.columnWidth(m_cursor.day);
    if (x < kGutterWidth)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - (kGutterWidth - x));
    else if (x + w > viewport()->width())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value()
                                        + (x + w - viewport()->width()));
    selectFromCursor();
    viewport()->update();
}

void AgendaView::ensureMinuteVisible(int minute)
{
    const int y = m_layout.minuteY(minute);
    const int top = kHeaderHeight;
    const int bottom = viewport()->height();
    if (y < top)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - (top - y));
    else if (y > bottom)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + (y - bottom));
}

Id AgendaView::staffOfColumn(int column) const
{
    if (m_model->content().columnKind() != AgendaColumnKind::Staff || column < 0
        || column >= m_model->columns().size())
        return {};
    return m_model->columns().at(column).id;
}

void AgendaView::moveSelectedBy(int columns, int minutes)
{
    const qsizetype index = blockIndexOf(m_selected);
    if (index < 0)
        return;
    const AgendaBlock b = m_model->blocks().at(index);
    const Appointment *a = m_model->appointment(b.appointmentId);
    if (!a)
        return;
    Id staff;
    if (columns != 0) {
        const int column = b.column + columns;
        if (!b.movesStaff || column < 0 || column >= m_model->columns().size())
            return;
        staff = staffOfColumn(column);
        if (staff.isNull())
            return;
    }
    // Through local wall-clock minutes, so a step across a DST change is
    // still 15 minutes on the clock.
    const qint64 target = m_model->utcAt(b.day, b.startMinute + minutes);
    emit moveRequested(b.appointmentId, a->time.from + (target - b.startMsecs), staff);
}

void AgendaView::resizeSelectedBy(int minutes)
{
    for (const AgendaBlock &b : m_model->blocks()) {
        if (b.appointmentId == m_selected && b.resizable) {
            emit resizeRequested(b.appointmentId, m_model->utcAt(b.day, b.endMinute + minutes));
            return;
        }
    }
}

// --- geometry ---------------------------------------------------------------

void AgendaView::modelReloaded()
{
    // New content can come mid-drag (a sync round, a read answered late):
    // the dragged block may be gone or have another index, so the drag ends
    // without a request.
    m_drag = Drag::None;
    m_dragBlock = -1;
    relayout();
    const int days = static_cast<int>(m_model->days().size());
    const int columns = static_cast<int>(m_model->columns().size());
    m_cursor.day = std::clamp(m_cursor.day, 0, std::max(0, days - 1));
    m_cursor.column = std::clamp(m_cursor.column, 0, std::max(0, columns - 1));
    m_cursor.minute
        = std::clamp(m_cursor.minute, m_model->firstMinute(),
                     std::max(m_model->firstMinute(), m_model->lastMinute() - kSnapMinutes));
    if (!m_selected.isNull() && blockIndexOf(m_selected) < 0)
        setSelected(Id());
    else if (!m_selected.isNull())
        emit selectionChanged(m_selected); // its details may have changed
    viewport()->update();
}

void AgendaView::loadingChanged(bool loading)
{
    if (loading) {
        if (!m_loadingDelay.isActive() && !m_showLoading)
            m_loadingDelay.start();
        return;
    }
    m_loadingDelay.stop();
    if (m_showLoading) {
        m_showLoading = false;
        viewport()->update();
    }
}

void AgendaView::relayout()
{
    m_layout = AgendaLayout(m_model->sharedContent(), viewport()->size());
    const QPoint most = m_layout.maxScroll();
    const QSize visible = m_layout.visibleBody();
    horizontalScrollBar()->setRange(0, most.x());
    horizontalScrollBar()->setPageStep(visible.width());
    verticalScrollBar()->setRange(0, most.y());
    verticalScrollBar()->setPageStep(visible.height());
    m_layout.setScroll(QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value()));
}

void AgendaView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void AgendaView::scrollContentsBy(int, int)
{
    m_layout.setScroll(QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value()));
    viewport()->update();
}

// --- mouse ------------------------------------------------------------------

void AgendaView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    const qsizetype index = m_layout.blockAt(pos);
    if (index >= 0) {
        const AgendaBlock &b = m_model->blocks().at(index);
        m_cursor = { b.day, b.column, std::max(m_model->firstMinute(), b.startMinute) };
        setSelected(b.appointmentId);
        m_drag = Drag::Pending;
        m_dragBlock = index;
        m_pressPos = pos;
        m_pressOnEdge = m_layout.inResizeZone(index, pos);
        m_grabMinutes = m_layout.minuteAt(pos.y()) - b.startMinute;
        m_dragTarget = { b.day, b.column, b.startMinute };
        m_dragEndMinute = b.endMinute;
    } else if (const auto slot = m_layout.slotAt(pos)) {
        m_cursor = *slot;
        m_cursor.minute = std::min(m_model->lastMinute() - kSnapMinutes,
                                   slot->minute / kSnapMinutes * kSnapMinutes);
        setSelected(Id());
    }
    viewport()->update();
}

void AgendaView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::None) {
        // Hovering the bottom edge of a block shows it can be dragged.
        viewport()->setCursor(m_layout.inResizeZone(m_layout.blockAt(pos), pos) ? Qt::SizeVerCursor
                                                                                : Qt::ArrowCursor);
        return;
    }
    if (m_dragBlock < 0 || m_dragBlock >= m_model->blocks().size())
        return;
    if (m_drag == Drag::Pending) {
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag = m_pressOnEdge ? Drag::Resizing : Drag::Moving;
    }
    const AgendaBlock &b = m_model->blocks().at(m_dragBlock);
    if (m_drag == Drag::Moving) {
        const auto slot = m_layout.slotAt(pos, true);
        if (!slot)
            return;
        const int length = b.endMinute - b.startMinute;
        m_dragTarget.day = slot->day;
        // Only the first staff member's part gives the visit to someone else.
        m_dragTarget.column = b.movesStaff ? slot->column : b.column;
        m_dragTarget.minute
            = std::clamp(AgendaLayout::snapped(m_layout.minuteAt(pos.y()) - m_grabMinutes), 0,
                         std::max(0, 24 * 60 - length));
    } else {
        m_dragEndMinute = std::clamp(AgendaLayout::snapped(m_layout.minuteAt(pos.y())),
                                     b.startMinute + kSnapMinutes, 24 * 60);
    }
    viewport()->update();
}

void AgendaView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    const qsizetype index = m_dragBlock;
    m_drag = Drag::None;
    m_dragBlock = -1;
    viewport()->update();
    if (index < 0 || index >= m_model->blocks().size())
        return;
    // A copy: the request may change the model under us.
    const AgendaBlock b = m_model->blocks().at(index);
    if (drag == Drag::Moving) {
        const bool sameColumn = m_dragTarget.column == b.column;
        if (m_dragTarget.day == b.day && sameColumn && m_dragTarget.minute == b.startMinute)
            return;
        const Appointment *a = m_model->appointment(b.appointmentId);
        if (!a)
            return;
        const qint64 target = m_model->utcAt(m_dragTarget.day, m_dragTarget.minute);
        const Id staff = sameColumn ? Id() : staffOfColumn(m_dragTarget.column);
        emit moveRequested(b.appointmentId, a->time.from + (target - b.startMsecs), staff);
    } else if (drag == Drag::Resizing && m_dragEndMinute != b.endMinute) {
        emit resizeRequested(b.appointmentId, m_model->utcAt(b.day, m_dragEndMinute));
    }
}

void AgendaView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    const qsizetype index = m_layout.blockAt(pos);
    if (index >= 0) {
        emit appointmentActivated(m_model->blocks().at(index).appointmentId);
        return;
    }
    if (const auto slot = m_layout.slotAt(pos)) {
        const int minute = slot->minute / kSnapMinutes * kSnapMinutes;
        emit slotActivated(m_model->utcAt(slot->day, minute), staffOfColumn(slot->column));
    }
}

void AgendaView::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() == QContextMenuEvent::Keyboard) {
        const qsizetype index = blockIndexOf(m_selected);
        if (index >= 0)
            emit contextMenuRequested(m_selected,
                                      viewport()->mapToGlobal(blockRect(index).center()));
        return;
    }
    const qsizetype index = m_layout.blockAt(event->pos());
    if (index < 0)
        return;
    const Id id = m_model->blocks().at(index).appointmentId;
    setSelected(id);
    viewport()->update();
    emit contextMenuRequested(id, event->globalPos());
}

bool AgendaView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype index = m_layout.blockAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), blockToolTip(m_model->blocks().at(index)),
                               viewport(), blockRect(index));
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString AgendaView::blockToolTip(const AgendaBlock &block) const
{
    const Appointment *a = m_model->appointment(block.appointmentId);
    if (!a)
        return {};
    QStringList lines { AppointmentWording::client(*a), AppointmentWording::services(*a),
                        AppointmentWording::when(a->time, m_model->content().timeZone()),
                        AppointmentWording::status(a->status) };
    if (!a->notes.isEmpty())
        lines << a->notes;
    return lines.join(QLatin1Char('\n'));
}

// --- keyboard ---------------------------------------------------------------

void AgendaView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool alt = mods.testFlag(Qt::AltModifier);
    const bool shift = mods.testFlag(Qt::ShiftModifier);
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int step = event->key() == Qt::Key_Up ? -kSnapMinutes : kSnapMinutes;
        if (alt && shift)
            resizeSelectedBy(step);
        else if (alt)
            moveSelectedBy(0, step);
        else
            moveCursorBy(0, step);
        return;
    }
    case Qt::Key_Left:
    case Qt::Key_Right: {
        if (mods.testFlag(Qt::ControlModifier))
            break; // previous / next period: the page's shortcut
        const int step = event->key() == Qt::Key_Left ? -1 : 1;
        if (alt)
            moveSelectedBy(step, 0);
        else
            moveCursorBy(step, 0);
        return;
    }
    case Qt::Key_PageUp:
        moveCursorBy(0, -60);
        return;
    case Qt::Key_PageDown:
        moveCursorBy(0, 60);
        return;
    case Qt::Key_Home:
        moveCursorBy(0, m_model->firstMinute() - m_cursor.minute);
        return;
    case Qt::Key_End:
        moveCursorBy(0, m_model->lastMinute() - m_cursor.minute);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selected.isNull())
            emit appointmentActivated(m_selected);
        else if (!m_model->columns().isEmpty())
            emit slotActivated(m_model->utcAt(m_cursor.day, m_cursor.minute),
                               staffOfColumn(m_cursor.column));
        return;
    case Qt::Key_Delete:
        if (!m_selected.isNull())
            emit cancelRequested(m_selected);
        return;
    case Qt::Key_Escape:
        if (m_drag != Drag::None) {
            m_drag = Drag::None;
            m_dragBlock = -1;
            viewport()->update();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void AgendaView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void AgendaView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void AgendaView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        setAccessibleName(tr("Agenda"));
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(event);
}

// --- painting ---------------------------------------------------------------

void AgendaView::paintEvent(QPaintEvent *event)
{
    AgendaPainter::State state;
    state.selected = m_selected;
    state.nowMsecs = m_model->nowMsecs();
    state.loading = m_showLoading;
    const bool dragging = m_drag == Drag::Moving || m_drag == Drag::Resizing;
    if (dragging && m_dragBlock >= 0 && m_dragBlock < m_model->blocks().size()) {
        const AgendaBlock &b = m_model->blocks().at(m_dragBlock);
        const QRect target = m_drag == Drag::Moving
            ? m_layout.slotRect(m_dragTarget, m_dragTarget.minute + (b.endMinute - b.startMinute))
            : m_layout.slotRect({ b.day, b.column, b.startMinute }, m_dragEndMinute);
        state.draggedBlock = m_dragBlock;
        state.dropRect
            = target.adjusted(AgendaLayout::kBlockMargin, 1, -AgendaLayout::kBlockMargin, -1);
    }
    if (hasFocus() && m_selected.isNull())
        state.cursor = m_cursor;
    QPainter p(viewport());
    AgendaPainter(m_layout, font(), &m_texts).paint(p, state, event->rect());
}

} // namespace Balcao
