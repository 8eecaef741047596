// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace Balcao {

// Sends ESC/POS bytes (EscPosReceipt) to a thermal printer: over raw TCP to
// a network printer (port 9100, the "JetDirect" port every one of them
// listens on), or into a file or device (/dev/usb/lp0, a .bin to look at).
//
// Never blocks its thread: the socket works through the event loop with a
// timeout for connecting and one for a stalled write (a printer out of paper
// stops reading), and a file or device is written on a worker thread, since
// a USB printer that is off can block a write for good. Each send() ends
// with exactly one finished().
class EscPosPrinter : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        QString host; // a network printer when set
        int port = 9100;
        QString path; // else a file or a device
        static Target network(const QString &host, int port = 9100) { return { host, port, {} }; }
        static Target file(const QString &path) { return { {}, 9100, path }; }
        bool isNetwork() const { return !host.isEmpty(); }
        // "192.168.0.50:9100" or the path, for messages.
        QString description() const;
    };

    static constexpr int kDefaultConnectTimeoutMs = 5000;
    static constexpr int kDefaultWriteTimeoutMs = 15000;

    explicit EscPosPrinter(QObject *parent = nullptr);
    ~EscPosPrinter() override;

    void setTimeouts(int connectMs, int writeMs);
    bool isBusy() const { return m_busy; }
    // Starts sending; finished() follows (never from inside this call). A
    // second send while one is under way is refused through finished().
    void send(const Target &target, const QByteArray &bytes);

    // For the command line: sends and waits, running a local event loop.
    static Result<void> sendAndWait(const Target &target, const QByteArray &bytes,
                                    int connectMs = kDefaultConnectTimeoutMs,
                                    int writeMs = kDefaultWriteTimeoutMs);

signals:
    void finished(const Balcao::Result<void> &result);

private:
    void sendToSocket();
    void sendToFile();
    void socketError();
    void timedOut();
    void finish(const Result<void> &result);
    void finishLater(const Result<void> &result);

    Target m_target;
    QByteArray m_bytes;
    QPointer<QTcpSocket> m_socket;
    QTimer m_timer;
    int m_connectMs = kDefaultConnectTimeoutMs;
    int m_writeMs = kDefaultWriteTimeoutMs;
    quint64 m_job = 0; // a late answer from an earlier job finishes nothing
    bool m_busy = false;
    bool m_connected = false;
};

} // namespace Balcao
