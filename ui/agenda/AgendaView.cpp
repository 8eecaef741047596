// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaView.h"

#include "AgendaModel.h"
#include "AgendaPalette.h"
#include "AppointmentWording.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Balcao {

namespace {

constexpr int kIdleDayWidth = 44;
constexpr int kMinDayColumnWidth = 150; // day view
constexpr int kMinWeekColumnWidth = 64; // week view
constexpr double kMinMinuteHeight = 0.95;
constexpr double kMaxMinuteHeight = 2.0;
constexpr int kResizeZone = 6;
constexpr int kBlockMargin = 2;

const QColor kWorking(0xff, 0xff, 0xff);
const QColor kOffHours(0xee, 0xf0, 0xf3);
const QColor kHourLine(0xe1, 0xe4, 0xe9);
const QColor kHalfHourLine(0xf0, 0xf1, 0xf4);
const QColor kColumnLine(0xe6, 0xe8, 0xec);
const QColor kDayLine(0xc4, 0xca, 0xd3);
const QColor kHeaderText(0x4b, 0x55, 0x63);
const QColor kToday(0x2f, 0x6f, 0xeb);
const QColor kNow(0xd9, 0x2d, 0x20);
const QColor kCursor(0x2f, 0x6f, 0xeb);

int snapped(int minute)
{
    return static_cast<int>(std::lround(minute / double(AgendaView::kSnapMinutes)))
        * AgendaView::kSnapMinutes;
}

} // namespace

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
    connect(m_model, &AgendaModel::reloaded, this, &AgendaView::modelReloaded);
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
        setAccessibleDescription(tr("%1, %2, %3")
                                     .arg(AppointmentWording::client(*a),
                                          AppointmentWording::when(a->time, m_model->timeZone()),
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
    const QList<AgendaBlock> &blocks = m_model->blocks();
    Id found;
    for (const AgendaBlock &b : blocks) {
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
    flat = std::clamp(flat, 0, days * perDay - 1);
    m_cursor.day = flat / perDay;
    m_cursor.column = flat % perDay;
    m_cursor.minute = std::clamp(m_cursor.minute + minutes, m_model->firstMinute(),
                                 m_model->lastMinute() - kSnapMinutes);
    ensureMinuteVisible(m_cursor.minute);
    ensureMinuteVisible(m_cursor.minute + kSnapMinutes);
    // Horizontally too, so the cursor never walks off screen.
    const int x = columnX(m_cursor.day, m_cursor.column);
    const int w = columnWidth(m_cursor.day);
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
    const int y = minuteY(minute);
    const int top = kHeaderHeight;
    const int bottom = viewport()->height();
    if (y < top)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - (top - y));
    else if (y > bottom)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + (y - bottom));
}

Id AgendaView::staffOfColumn(int column) const
{
    if (m_model->columnKind() != AgendaModel::ColumnKind::Staff || column < 0
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
    const QList<AgendaBlock> &blocks = m_model->blocks();
    for (const AgendaBlock &b : blocks) {
        if (b.appointmentId == m_selected && b.resizable) {
            emit resizeRequested(b.appointmentId, m_model->utcAt(b.day, b.endMinute + minutes));
            return;
        }
    }
}

// --- geometry ---------------------------------------------------------------

void AgendaView::modelReloaded()
{
    // A sync round can reload mid-drag: the dragged block may be gone or
    // have another index, so the drag ends without a request.
    m_drag = Drag::None;
    m_dragBlock = -1;
    relayout();
    const int days = static_cast<int>(m_model->days().size());
    const int columns = static_cast<int>(m_model->columns().size());
    m_cursor.day = std::clamp(m_cursor.day, 0, std::max(0, days - 1));
    m_cursor.column = std::clamp(m_cursor.column, 0, std::max(0, columns - 1));
    m_cursor.minute
        = std::clamp(m_cursor.minute, m_model->firstMinute(), m_model->lastMinute() - kSnapMinutes);
    if (!m_selected.isNull() && blockIndexOf(m_selected) < 0)
        setSelected(Id());
    else if (!m_selected.isNull())
        emit selectionChanged(m_selected); // its details may have changed
    viewport()->update();
}

void AgendaView::relayout()
{
    const int days = static_cast<int>(m_model->days().size());
    const int columns = static_cast<int>(std::max<qsizetype>(1, m_model->columns().size()));
    const bool week = m_model->span() == AgendaModel::Span::Week;
    const int available = std::max(0, viewport()->width() - kGutterWidth);
    int idle = 0;
    for (int d = 0; d < days && week; ++d)
        idle += m_model->isIdle(d) ? 1 : 0;
    const int active = days - idle;
    const int minDay = columns * (week ? kMinWeekColumnWidth : kMinDayColumnWidth);
    const int dayWidth
        = active > 0 ? std::max(minDay, (available - idle * kIdleDayWidth) / active) : minDay;
    m_dayX.clear();
    m_dayWidth.clear();
    int x = 0;
    for (int d = 0; d < days; ++d) {
        const int width = week && m_model->isIdle(d) ? kIdleDayWidth : dayWidth;
        m_dayX << x;
        m_dayWidth << width;
        x += width;
    }
    m_bodyWidth = x;
    // The working day fits the height when it can, without shrinking a
    // half-hour visit below two lines of text.
    const int visibleHeight = std::max(0, viewport()->height() - kHeaderHeight);
    const int minutes = std::max(60, m_model->lastMinute() - m_model->firstMinute());
    m_minuteHeight
        = std::clamp(visibleHeight / double(minutes), kMinMinuteHeight, kMaxMinuteHeight);
    m_bodyHeight = static_cast<int>(std::ceil(minutes * m_minuteHeight));
    horizontalScrollBar()->setRange(0, std::max(0, m_bodyWidth - available));
    horizontalScrollBar()->setPageStep(available);
    verticalScrollBar()->setRange(0, std::max(0, m_bodyHeight - visibleHeight));
    verticalScrollBar()->setPageStep(visibleHeight);
}

int AgendaView::columnWidth(int day) const
{
    const int columns = static_cast<int>(std::max<qsizetype>(1, m_model->columns().size()));
    return m_dayWidth.value(day) / columns;
}

int AgendaView::columnX(int day, int column) const
{
    return kGutterWidth + m_dayX.value(day) + column * columnWidth(day)
        - horizontalScrollBar()->value();
}

int AgendaView::minuteY(int minute) const
{
    return kHeaderHeight
        + static_cast<int>(std::lround((minute - m_model->firstMinute()) * m_minuteHeight))
        - verticalScrollBar()->value();
}

int AgendaView::minuteAt(int y) const
{
    return m_model->firstMinute()
        + static_cast<int>(
               std::floor((y - kHeaderHeight + verticalScrollBar()->value()) / m_minuteHeight));
}

std::optional<AgendaView::Slot> AgendaView::slotAt(const QPoint &pos, bool clamp) const
{
    if (m_dayX.isEmpty() || m_model->columns().isEmpty())
        return std::nullopt;
    if (!clamp && (pos.x() < kGutterWidth || pos.y() < kHeaderHeight))
        return std::nullopt;
    const int bodyX = pos.x() - kGutterWidth + horizontalScrollBar()->value();
    if (!clamp && (bodyX < 0 || bodyX >= m_bodyWidth))
        return std::nullopt;
    int day = 0;
    for (int d = 0; d < m_dayX.size(); ++d) {
        if (bodyX >= m_dayX.at(d))
            day = d;
    }
    const int columns = static_cast<int>(m_model->columns().size());
    const int column
        = std::clamp((bodyX - m_dayX.at(day)) / std::max(1, columnWidth(day)), 0, columns - 1);
    const int minute
        = std::clamp(minuteAt(pos.y()), m_model->firstMinute(), m_model->lastMinute() - 1);
    return Slot { day, column, minute };
}

QRect AgendaView::blockRect(qsizetype index) const
{
    const AgendaBlock &b = m_model->blocks().at(index);
    const int width = columnWidth(b.day);
    const int laneWidth = (width - 2 * kBlockMargin) / std::max(1, b.lanes);
    const int x = columnX(b.day, b.column) + kBlockMargin + b.lane * laneWidth;
    const int top = minuteY(b.startMinute);
    const int bottom = minuteY(b.endMinute);
    return QRect(x, top + 1, std::max(4, laneWidth - 1), std::max(6, bottom - top - 2));
}

QPoint AgendaView::pointAt(int day, int column, int minute) const
{
    return QPoint(columnX(day, column) + columnWidth(day) / 2, minuteY(minute));
}

QRect AgendaView::slotRect(const Slot &slot, int endMinute) const
{
    const int top = minuteY(slot.minute);
    return QRect(columnX(slot.day, slot.column) + 1, top, columnWidth(slot.day) - 2,
                 std::max(4, minuteY(endMinute) - top));
}

qsizetype AgendaView::blockAt(const QPoint &pos) const
{
    if (pos.x() < kGutterWidth || pos.y() < kHeaderHeight)
        return -1;
    // Last painted is on top.
    for (qsizetype i = m_model->blocks().size() - 1; i >= 0; --i) {
        if (blockRect(i).contains(pos))
            return i;
    }
    return -1;
}

bool AgendaView::inResizeZone(qsizetype index, const QPoint &pos) const
{
    if (index < 0 || !m_model->blocks().at(index).resizable)
        return false;
    const QRect r = blockRect(index);
    return pos.y() >= r.bottom() - kResizeZone && r.height() > 3 * kResizeZone;
}

void AgendaView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void AgendaView::scrollContentsBy(int, int)
{
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
    const qsizetype index = blockAt(pos);
    if (index >= 0) {
        const AgendaBlock &b = m_model->blocks().at(index);
        m_cursor = { b.day, b.column, std::max(m_model->firstMinute(), b.startMinute) };
        setSelected(b.appointmentId);
        m_drag = Drag::Pending;
        m_dragBlock = index;
        m_pressPos = pos;
        m_pressOnEdge = inResizeZone(index, pos);
        m_grabMinutes = minuteAt(pos.y()) - b.startMinute;
        m_dragTarget = { b.day, b.column, b.startMinute };
        m_dragEndMinute = b.endMinute;
    } else if (const auto slot = slotAt(pos)) {
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
        viewport()->setCursor(inResizeZone(blockAt(pos), pos) ? Qt::SizeVerCursor
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
        const auto slot = slotAt(pos, true);
        if (!slot)
            return;
        const int length = b.endMinute - b.startMinute;
        m_dragTarget.day = slot->day;
        // Only the first staff member's part gives the visit to someone else.
        m_dragTarget.column = b.movesStaff ? slot->column : b.column;
        m_dragTarget.minute = std::clamp(snapped(minuteAt(pos.y()) - m_grabMinutes), 0,
                                         std::max(0, 24 * 60 - length));
    } else {
        m_dragEndMinute
            = std::clamp(snapped(minuteAt(pos.y())), b.startMinute + kSnapMinutes, 24 * 60);
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
    // A copy: the request may reload the model under us.
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
    const qsizetype index = blockAt(pos);
    if (index >= 0) {
        emit appointmentActivated(m_model->blocks().at(index).appointmentId);
        return;
    }
    if (const auto slot = slotAt(pos)) {
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
    const qsizetype index = blockAt(event->pos());
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
        const qsizetype index = blockAt(help->pos());
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
                        AppointmentWording::when(a->time, m_model->timeZone()),
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

void AgendaView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), kWorking);
    if (m_model->columns().isEmpty()) {
        p.setPen(kHeaderText);
        p.drawText(viewport()->rect().adjusted(24, 24, -24, -24),
                   Qt::AlignCenter | Qt::TextWordWrap,
                   m_model->columnKind() == AgendaModel::ColumnKind::Staff
                       ? tr("Nobody works at this location yet. Add staff members and their "
                            "hours to book appointments.")
                       : tr("This location has no rooms, chairs or other resources."));
        return;
    }
    p.save();
    p.setClipRect(QRect(kGutterWidth, kHeaderHeight, viewport()->width() - kGutterWidth,
                        viewport()->height() - kHeaderHeight));
    paintGrid(p);
    const QList<AgendaBlock> &blocks = m_model->blocks();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const bool dragged
            = i == m_dragBlock && (m_drag == Drag::Moving || m_drag == Drag::Resizing);
        paintBlock(p, blocks.at(i), blockRect(i),
                   blocks.at(i).appointmentId == m_selected && !dragged, dragged);
    }
    // Where the block would go.
    if (m_dragBlock >= 0 && m_dragBlock < blocks.size()
        && (m_drag == Drag::Moving || m_drag == Drag::Resizing)) {
        const AgendaBlock &b = blocks.at(m_dragBlock);
        QRect target;
        if (m_drag == Drag::Moving)
            target = slotRect(m_dragTarget, m_dragTarget.minute + (b.endMinute - b.startMinute));
        else
            target = slotRect({ b.day, b.column, b.startMinute }, m_dragEndMinute);
        paintBlock(p, b, target.adjusted(kBlockMargin, 1, -kBlockMargin, -1), true, false);
    }
    // The keyboard cursor, on an empty slot.
    if (hasFocus() && m_selected.isNull()) {
        QPen pen(kCursor, 2, Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRect(slotRect(m_cursor, m_cursor.minute + kSnapMinutes).adjusted(1, 1, -1, -1));
    }
    p.restore();
    paintHeader(p);
    paintGutter(p);
}

void AgendaView::paintGrid(QPainter &p) const
{
    const int first = m_model->firstMinute();
    const int last = m_model->lastMinute();
    const int top = minuteY(first);
    const int bottom = minuteY(last);
    const int days = static_cast<int>(m_model->days().size());
    const int columns = static_cast<int>(m_model->columns().size());
    for (int d = 0; d < days; ++d) {
        for (int c = 0; c < columns; ++c) {
            const int x = columnX(d, c);
            const int w = columnWidth(d);
            p.fillRect(QRect(x, top, w, bottom - top), kOffHours);
            for (const auto &[from, to] : m_model->workingMinutes(d, c)) {
                const int y1 = minuteY(std::max(from, first));
                const int y2 = minuteY(std::min(to, last));
                if (y2 > y1)
                    p.fillRect(QRect(x, y1, w, y2 - y1), kWorking);
            }
        }
    }
    const int left = kGutterWidth;
    const int right = columnX(days - 1, 0) + m_dayWidth.value(days - 1);
    for (int m = (first / 30) * 30; m <= last; m += 30) {
        p.setPen(m % 60 == 0 ? kHourLine : kHalfHourLine);
        const int y = minuteY(m);
        p.drawLine(left, y, right, y);
    }
    for (int d = 0; d < days; ++d) {
        for (int c = 1;
             c < columns && !(m_model->span() == AgendaModel::Span::Week && m_model->isIdle(d));
             ++c) {
            p.setPen(kColumnLine);
            const int x = columnX(d, c);
            p.drawLine(x, top, x, bottom);
        }
        p.setPen(kDayLine);
        const int x = columnX(d, 0);
        p.drawLine(x, top, x, bottom);
    }
    p.drawLine(right, top, right, bottom);

    // Now, as a red line across today.
    const int today = m_model->today();
    if (today >= 0) {
        const int minute = m_model->localMinute(today, m_model->nowMsecs());
        if (minute >= first && minute <= last) {
            const int y = minuteY(minute);
            p.setPen(QPen(kNow, 2));
            p.drawLine(columnX(today, 0), y, columnX(today, 0) + m_dayWidth.value(today), y);
            p.setBrush(kNow);
            p.setPen(Qt::NoPen);
            p.drawEllipse(QPoint(columnX(today, 0), y), 4, 4);
        }
    }
}

void AgendaView::paintBlock(QPainter &p, const AgendaBlock &block, const QRect &rect, bool selected,
                            bool ghost) const
{
    const Appointment *a = m_model->appointment(block.appointmentId);
    if (!a || rect.isEmpty())
        return;
    const StatusColours colours = statusColours(block.status);
    p.save();
    p.setOpacity(ghost ? 0.35 : 1.0);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(selected ? QPen(QColor(0x1f, 0x23, 0x28), 2) : QPen(colours.accent.lighter(150), 1));
    p.setBrush(colours.fill);
    p.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(QRect(rect.left() + 1, rect.top() + 1, 4, rect.height() - 1), colours.accent);

    const QRect text = rect.adjusted(8, 2, -3, -2);
    p.setClipRect(text, Qt::IntersectClip);
    QFont bold = font();
    bold.setBold(true);
    bold.setStrikeOut(block.status == AppointmentStatus::Cancelled);
    QFont small = font();
    small.setPointSizeF(std::max(7.0, font().pointSizeF() - 1));
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics smallMetrics(small);
    const QString client = AppointmentWording::client(*a);
    const QString time
        = AppointmentWording::timeRange(block.startMsecs, block.endMsecs, m_model->timeZone());
    QString services;
    for (const AppointmentItem &item : a->items) {
        const Id owner = m_model->columnKind() == AgendaModel::ColumnKind::Staff ? item.staffId
                                                                                 : item.resourceId;
        if (owner == m_model->columns().value(block.column).id) {
            if (!services.isEmpty())
                services += tr(" + ", "between the services of one visit");
            services += item.serviceName;
        }
    }
    p.setPen(colours.text);
    int y = text.top();
    // In a narrow column the first name says more than half a full name.
    QString name = client;
    if (boldMetrics.horizontalAdvance(name) > text.width() && !a->clientId.isNull())
        name = client.section(QLatin1Char(' '), 0, 0);
    if (text.height() < boldMetrics.height() + smallMetrics.height()) {
        // Too short for two lines: the name (its place in the grid gives the time).
        p.setFont(bold);
        p.drawText(QRect(text.left(), y, text.width(), text.height()), Qt::AlignLeft | Qt::AlignTop,
                   boldMetrics.elidedText(name, Qt::ElideRight, text.width()));
    } else {
        p.setFont(bold);
        p.drawText(QRect(text.left(), y, text.width(), boldMetrics.height()), Qt::AlignLeft,
                   boldMetrics.elidedText(name, Qt::ElideRight, text.width()));
        y += boldMetrics.height();
        p.setFont(small);
        for (const QString &line : { time, services }) {
            if (y + smallMetrics.height() > text.bottom() + 2 || line.isEmpty())
                break;
            p.drawText(QRect(text.left(), y, text.width(), smallMetrics.height()), Qt::AlignLeft,
                       smallMetrics.elidedText(line, Qt::ElideRight, text.width()));
            y += smallMetrics.height();
        }
    }
    p.restore();
}

void AgendaView::paintHeader(QPainter &p) const
{
    const int width = viewport()->width();
    p.fillRect(QRect(0, 0, width, kHeaderHeight), Qt::white);
    p.save();
    p.setClipRect(QRect(kGutterWidth, 0, width - kGutterWidth, kHeaderHeight));
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(font());
    const int days = static_cast<int>(m_model->days().size());
    const int columns = static_cast<int>(m_model->columns().size());
    const int today = m_model->today();
    const bool week = m_model->span() == AgendaModel::Span::Week;
    const QLocale locale;
    for (int d = 0; d < days; ++d) {
        const QDate date = m_model->days().at(d);
        const int x = columnX(d, 0);
        const int w = m_dayWidth.value(d);
        const bool idle = week && m_model->isIdle(d);
        // A day nobody works is narrow: its weekday above, its date below.
        const QString label = idle ? locale.dayName(date.dayOfWeek(), QLocale::ShortFormat)
                                   : AppointmentWording::date(date);
        p.setFont(bold);
        p.setPen(d == today ? kToday : QColor(0x1f, 0x23, 0x28));
        p.drawText(QRect(x + 6, 4, w - 10, 22), Qt::AlignLeft | Qt::AlignVCenter,
                   boldMetrics.elidedText(label, Qt::ElideRight, w - 10));
        if (d == today)
            p.fillRect(QRect(x, 0, w, 3), kToday);
        p.setFont(font());
        p.setPen(kHeaderText);
        if (idle)
            p.drawText(QRect(x + 6, 28, w - 10, 22), Qt::AlignLeft | Qt::AlignVCenter,
                       locale.toString(date.day()));
        for (int c = 0; c < columns && !idle; ++c) {
            const int cx = columnX(d, c);
            const int cw = columnWidth(d);
            p.drawText(QRect(cx + 6, 28, cw - 10, 22), Qt::AlignLeft | Qt::AlignVCenter,
                       metrics.elidedText(m_model->columns().at(c).name, Qt::ElideRight, cw - 10));
        }
        p.setPen(kDayLine);
        p.drawLine(x, 0, x, kHeaderHeight);
    }
    p.restore();
    p.setPen(kDayLine);
    p.drawLine(0, kHeaderHeight - 1, width, kHeaderHeight - 1);
}

void AgendaView::paintGutter(QPainter &p) const
{
    const int height = viewport()->height();
    p.fillRect(QRect(0, kHeaderHeight, kGutterWidth, height - kHeaderHeight), Qt::white);
    p.save();
    p.setClipRect(QRect(0, kHeaderHeight, kGutterWidth, height - kHeaderHeight));
    p.setPen(kHeaderText);
    const QFontMetrics metrics(font());
    const QLocale locale;
    // The first hour is the grid's top edge: its label would be cut in half.
    for (int m = (m_model->firstMinute() / 60 + 1) * 60; m < m_model->lastMinute(); m += 60) {
        const int y = minuteY(m);
        const QString label = locale.toString(QTime(m / 60, 0), QLocale::ShortFormat);
        p.drawText(QRect(0, y - metrics.height() / 2, kGutterWidth - 8, metrics.height()),
                   Qt::AlignRight | Qt::AlignVCenter, label);
    }
    p.restore();
    // The corner names the time zone the axis is in.
    p.fillRect(QRect(0, 0, kGutterWidth, kHeaderHeight), Qt::white);
    QFont small = font();
    small.setPointSizeF(std::max(7.0, font().pointSizeF() - 1));
    p.setFont(small);
    p.setPen(kHeaderText);
    if (!m_model->days().isEmpty()) {
        const QDateTime noon(m_model->days().first(), QTime(12, 0), m_model->timeZone());
        QString zone = m_model->timeZone().abbreviation(noon);
        // Zones without a name abbreviate to their offset ("-03").
        if (zone.startsWith(QLatin1Char('-')) || zone.startsWith(QLatin1Char('+')))
            zone = QStringLiteral("UTC") + zone;
        p.drawText(QRect(0, 28, kGutterWidth - 8, 22), Qt::AlignRight | Qt::AlignVCenter, zone);
    }
    p.setPen(kDayLine);
    p.drawLine(kGutterWidth - 1, 0, kGutterWidth - 1, height);
    p.drawLine(0, kHeaderHeight - 1, kGutterWidth, kHeaderHeight - 1);
}

} // namespace Balcao
