// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace Balcao::Server {

// Turns SIGTERM and SIGINT into a Qt signal on the event loop (the
// self-pipe trick: the handler only writes a byte), so shutdown runs as
// ordinary code between requests, never inside one.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Balcao::Server
