// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/BarcodeWedge.h"

#include <QApplication>
#include <QTest>

namespace Balcao::Test {

// Keys as a person or a scanner types them, to whatever has the focus, with
// the time between them told to the BarcodeWedge through its clock instead
// of slept: a scanner's burst is a few milliseconds a key, a person's well
// over a tenth of a second.
class KeyTyping
{
public:
    static constexpr qint64 kScannerGapMsecs = 8;
    static constexpr qint64 kPersonGapMsecs = 180;

    // Keys go to what has the focus in `window`'s window, as a keyboard's do.
    KeyTyping(BarcodeWedge *wedge, QWidget *window)
        : m_wedge(wedge)
        , m_window(window->window())
    {
        wedge->setClock([this] { return m_now; });
    }

    qint64 now() const { return m_now; }
    void wait(qint64 msecs) { m_now += msecs; }

    // One key `gap` milliseconds after the one before.
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier, qint64 gap = 0)
    {
        m_now += gap;
        QTest::keyClick(target(), key, modifiers);
    }
    void text(const QString &text, qint64 gap)
    {
        for (const QChar c : text) {
            m_now += gap;
            QTest::keyClick(target(), c.toLatin1());
        }
    }
    // A scanner: the code in a burst, then Enter.
    void scan(const QString &code)
    {
        text(code, kScannerGapMsecs);
        key(Qt::Key_Return, Qt::NoModifier, kScannerGapMsecs);
    }
    // A person: the text, then a pause, so the wedge hands the last keys on.
    void type(const QString &text)
    {
        this->text(text, kPersonGapMsecs);
        settle();
    }
    // Time passes: whatever the wedge held is handed on.
    void settle()
    {
        m_now += kPersonGapMsecs;
        m_wedge->releaseIfIdle();
    }

private:
    QWidget *target()
    {
        // A dialog that just closed may have left no window active.
        if (QApplication::activeWindow() != m_window) {
            m_window->activateWindow();
            if (!QTest::qWaitForWindowActive(m_window))
                qFatal("KeyTyping: the window does not become active");
        }
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            qFatal("KeyTyping: nothing has the focus");
        return focus;
    }

    BarcodeWedge *m_wedge;
    QWidget *m_window;
    qint64 m_now = 1000000;
};

} // namespace Balcao::Test
