// SPDX-License-Identifier: GPL-3.0-or-later
#include "BarcodeWedge.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace Balcao {

namespace {

bool isPrintable(const QKeyEvent &key)
{
    // Shortcuts (Ctrl+Z, Alt+letters) are never part of a code.
    if (key.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const QString text = key.text();
    return text.size() == 1 && text.at(0).isPrint();
}

bool isEnter(const QKeyEvent &key)
{
    return key.key() == Qt::Key_Return || key.key() == Qt::Key_Enter;
}

} // namespace

BarcodeWedge::BarcodeWedge(QWidget *scope)
    : QObject(scope)
    , m_scope(scope)
{
    m_elapsed.start();
    m_clock = [this] { return m_elapsed.elapsed(); };
    m_idle.setSingleShot(true);
    m_idle.setInterval(static_cast<int>(kMaxGapMsecs) + 1);
    connect(&m_idle, &QTimer::timeout, this, &BarcodeWedge::releaseIfIdle);
    qApp->installEventFilter(this);
}

BarcodeWedge::~BarcodeWedge()
{
    qApp->removeEventFilter(this);
}

void BarcodeWedge::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

bool BarcodeWedge::watches(QObject *receiver) const
{
    // Only the first delivery, to the focused widget: a key a widget ignores
    // travels on to its parents, and that is the same key again.
    QWidget *focus = QApplication::focusWidget();
    if (!m_scope || !focus || receiver != focus)
        return false;
    return m_scope == focus || m_scope->isAncestorOf(focus);
}

bool BarcodeWedge::eventFilter(QObject *watched, QEvent *event)
{
    if (m_replaying || event->type() != QEvent::KeyPress || !watches(watched))
        return false;
    return handleKey(watched, static_cast<const QKeyEvent &>(*event));
}

bool BarcodeWedge::handleKey(QObject *receiver, const QKeyEvent &key)
{
    const qint64 now = m_clock();
    // A pause before this key: what was held was typed by a person.
    if (!m_held.isEmpty() && now - m_lastKeyAt > kMaxGapMsecs)
        release();
    if (isPrintable(key)) {
        m_held.append({ receiver, key.key(), key.modifiers(), key.text() });
        m_lastKeyAt = now;
        m_idle.start();
        return true;
    }
    if (isEnter(key) && m_held.size() >= kMinLength) {
        QString code;
        for (const HeldKey &held : std::as_const(m_held))
            code += held.text;
        m_held.clear();
        m_idle.stop();
        emit scanned(code.trimmed());
        return true;
    }
    // Any other key (or Enter after too few characters) goes on after the
    // ones before it.
    release();
    return false;
}

void BarcodeWedge::releaseIfIdle()
{
    if (m_held.isEmpty())
        return;
    if (m_clock() - m_lastKeyAt > kMaxGapMsecs)
        release();
    else
        m_idle.start(); // the clock says the burst may go on (tests move it by hand)
}

void BarcodeWedge::release()
{
    m_idle.stop();
    const QList<HeldKey> held = std::exchange(m_held, {});
    m_replaying = true;
    for (const HeldKey &k : held) {
        // To whatever has the focus now, as if the key had not waited: the
        // first digit typed in the cart opens a quantity editor, and the
        // second belongs in that editor.
        QObject *target = QApplication::focusWidget();
        if (!watches(target))
            target = k.receiver;
        if (!target)
            continue;
        QKeyEvent press(QEvent::KeyPress, k.key, k.modifiers, k.text);
        QCoreApplication::sendEvent(target, &press);
    }
    m_replaying = false;
}

} // namespace Balcao
