// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

namespace Balcao {

// One of the sync engine's timers (debounce, period, retry, reconnect): set
// to ring once after a delay. They come from an AlarmClock so that tests can
// run them on a clock they move by hand, instead of waiting for real time to
// pass on a machine whose speed they do not know.
class Alarm : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Rings once, `msecs` from now; setting it again moves the ring.
    virtual void set(qint64 msecs) = 0;
    virtual void cancel() = 0;
    virtual bool isSet() const = 0;
    // Until it rings; -1 when it is not set.
    virtual qint64 remainingMsecs() const = 0;

signals:
    void rang();
};

class AlarmClock
{
public:
    virtual ~AlarmClock() = default;
    // An alarm that rings on the thread that makes it.
    virtual std::unique_ptr<Alarm> newAlarm() = 0;
    // Real time, on the event loop (QTimer).
    static AlarmClock &system();
};

} // namespace Balcao
