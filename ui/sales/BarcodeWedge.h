// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QKeyEvent;
class QWidget;

namespace Balcao {

// Tells a barcode scanner from a person at the keyboard. A scanner set up as
// a keyboard ("keyboard wedge") types the code as a burst of characters a few
// milliseconds apart and ends it with Enter; nobody types that fast.
//
// It watches the key presses meant for the widgets inside `scope` wherever
// the focus is (the search field, the cart, a spin box). Printable keys are
// held back while a burst may be under way: a burst of at least kMinLength
// characters, each within kMaxGapMsecs of the one before, closed by Enter in
// time, is swallowed whole and emitted as scanned(). Anything slower is handed
// on to the widget it was meant for, unchanged and in order, as soon as the
// gap shows it was typed (by the next key or by a timer), so a person sees
// their keys at most kMaxGapMsecs late.
class BarcodeWedge : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxGapMsecs = 50;
    static constexpr int kMinLength = 4;
    // Milliseconds from any fixed start; monotonic.
    using Clock = std::function<qint64()>;

    // Installs itself on the application: key events reach the focused
    // widget first, and an application filter sees them before it does.
    explicit BarcodeWedge(QWidget *scope);
    ~BarcodeWedge() override;

    // Tests drive the timing with a clock of their own instead of sleeping.
    void setClock(Clock clock);
    // Keys held back, not yet known to be typed or scanned.
    int heldCount() const { return static_cast<int>(m_held.size()); }

public slots:
    // Hands the held keys on to their widgets now.
    void release();
    // What the timer does once the gap may have passed: releases the held
    // keys if the clock says the burst is over.
    void releaseIfIdle();

signals:
    void scanned(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct HeldKey
    {
        QPointer<QObject> receiver;
        int key = 0;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };

    bool watches(QObject *receiver) const;
    bool handleKey(QObject *receiver, const QKeyEvent &key);

    QPointer<QWidget> m_scope;
    Clock m_clock;
    QElapsedTimer m_elapsed;
    QList<HeldKey> m_held;
    qint64 m_lastKeyAt = 0;
    QTimer m_idle;
    bool m_replaying = false;
};

} // namespace Balcao
