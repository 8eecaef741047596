// SPDX-License-Identifier: GPL-3.0-or-later
#include "EscPosPrinter.h"

#include <QEventLoop>
#include <QFile>
#include <QTcpSocket>
#include <QThread>

#include <memory>

namespace Balcao {

namespace {

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    // A device (/dev/usb/lp0) is opened as it is; a file is replaced.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Error::storage(
            QStringLiteral("receipts.printerFileFailed"),
            EscPosPrinter::tr("Could not open %1 to print: %2").arg(path, file.errorString()));
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            return Error::storage(QStringLiteral("receipts.printerFileFailed"),
                                  EscPosPrinter::tr("Could not write the receipt to %1: %2")
                                      .arg(path, file.errorString()));
        written += n;
    }
    return {};
}

} // namespace

QString EscPosPrinter::Target::description() const
{
    return isNetwork() ? QStringLiteral("%1:%2").arg(host).arg(port) : path;
}

EscPosPrinter::EscPosPrinter(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Result<void>>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EscPosPrinter::timedOut);
}

EscPosPrinter::~EscPosPrinter()
{
    if (m_socket)
        m_socket->abort();
}

void EscPosPrinter::setTimeouts(int connectMs, int writeMs)
{
    m_connectMs = connectMs;
    m_writeMs = writeMs;
}

void EscPosPrinter::send(const Target &target, const QByteArray &bytes)
{
    if (m_busy) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit finished(Error::conflict(QStringLiteral("receipts.printerBusy"),
                                              tr("The printer is still printing the last "
                                                 "receipt.")));
            },
            Qt::QueuedConnection);
        return;
    }
    m_busy = true;
    ++m_job;
    m_target = target;
    m_bytes = bytes;
    m_connected = false;
    if (target.isNetwork())
        sendToSocket();
    else if (!target.path.isEmpty())
        sendToFile();
    else
        finishLater(Error::invalid(QStringLiteral("receipts.noPrinter"),
                                   tr("No receipt printer is set up on this terminal.")));
}

void EscPosPrinter::sendToSocket()
{
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        m_connected = true;
        socket->write(m_bytes);
        m_timer.start(m_writeMs);
    });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
        // A printer that keeps taking bytes is not stalled, however slow.
        m_timer.start(m_writeMs);
        if (socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        if (m_socket == socket && m_connected && socket->bytesToWrite() == 0)
            finish({});
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] {
        if (m_socket == socket)
            socketError();
    });
    m_timer.start(m_connectMs);
    socket->connectToHost(m_target.host, quint16(m_target.port));
}

void EscPosPrinter::socketError()
{
    const QString where = m_target.description();
    switch (m_socket->error()) {
    case QAbstractSocket::RemoteHostClosedError:
        if (m_connected && m_socket->bytesToWrite() == 0)
            return finish({}); // everything was sent; the printer hung up first
        return finish(Error::unsupported(QStringLiteral("receipts.printerClosed"),
                                         tr("The printer at %1 closed the connection before "
                                            "the receipt was sent.")
                                             .arg(where)));
    case QAbstractSocket::ConnectionRefusedError:
        return finish(Error::unsupported(QStringLiteral("receipts.printerRefused"),
                                         tr("The printer at %1 refused the connection. Check "
                                            "that it is on and that the port is right "
                                            "(usually 9100).")
                                             .arg(where)));
    case QAbstractSocket::HostNotFoundError:
        return finish(Error::unsupported(QStringLiteral("receipts.printerNotFound"),
                                         tr("There is no printer called %1 on the network. "
                                            "Check the address.")
                                             .arg(m_target.host)));
    default:
        return finish(Error::unsupported(QStringLiteral("receipts.printerUnreachable"),
                                         tr("The printer at %1 cannot be reached (%2). Check "
                                            "the network and the address.")
                                             .arg(where, m_socket->errorString())));
    }
}

void EscPosPrinter::timedOut()
{
    const QString where = m_target.description();
    if (m_target.isNetwork() && !m_connected)
        return finish(Error::unsupported(QStringLiteral("receipts.printerTimeout"),
                                         tr("The printer at %1 did not answer within %2 "
                                            "seconds. Check that it is on and on the network.")
                                             .arg(where)
                                             .arg((m_connectMs + 999) / 1000)));
    finish(Error::unsupported(QStringLiteral("receipts.printerTimeout"),
                              tr("The printer at %1 stopped taking the receipt. Check its "
                                 "paper and its cover.")
                                  .arg(where)));
}

void EscPosPrinter::sendToFile()
{
    // The thread is nobody's child: if this object goes first, the write
    // still ends cleanly and its answer goes nowhere.
    auto result = std::make_shared<Result<void>>();
    QThread *worker = QThread::create(
        [result, path = m_target.path, bytes = m_bytes] { *result = writeFile(path, bytes); });
    const quint64 job = m_job;
    connect(worker, &QThread::finished, this, [this, job, result] {
        if (job == m_job && m_busy)
            finish(*result);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_timer.start(m_writeMs);
    worker->start();
}

void EscPosPrinter::finish(const Result<void> &result)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_bytes.clear();
    emit finished(result);
}

void EscPosPrinter::finishLater(const Result<void> &result)
{
    QMetaObject::invokeMethod(
        this,
        [this, result, job = m_job] {
            if (job == m_job)
                finish(result);
        },
        Qt::QueuedConnection);
}

Result<void> EscPosPrinter::sendAndWait(const Target &target, const QByteArray &bytes,
                                        int connectMs, int writeMs)
{
    EscPosPrinter printer;
    printer.setTimeouts(connectMs, writeMs);
    QEventLoop loop;
    Result<void> outcome;
    connect(&printer, &EscPosPrinter::finished, &loop, [&](const Result<void> &result) {
        outcome = result;
        loop.quit();
    });
    printer.send(target, bytes);
    loop.exec();
    return outcome;
}

} // namespace Balcao
