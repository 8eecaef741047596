// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "EscPosPrinter.h"
#include "RefusingPort.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

using Target = EscPosPrinter::Target;

// A golden file of the receipt tests: real ESC/POS, QR code and all.
QByteArray fixture()
{
    QFile file(QStringLiteral(BALCAO_RECEIPT_FIXTURES) + "/sale-pix-80mm.bin");
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What a thermal printer on port 9100 does: takes every byte until the
// sender closes.
class FakeThermalPrinter : public QObject
{
public:
    FakeThermalPrinter()
    {
        server.listen(QHostAddress::LocalHost);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this,
                        [this, socket] { received += socket->readAll(); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    received += socket->readAll();
                    closed = true;
                    socket->deleteLater();
                });
            }
        });
    }
    int port() const { return server.serverPort(); }

    QTcpServer server;
    QByteArray received;
    int connections = 0;
    bool closed = false;
};

Result<void> sendAndWait(EscPosPrinter &printer, const Target &target, const QByteArray &bytes)
{
    QSignalSpy spy(&printer, &EscPosPrinter::finished);
    printer.send(target, bytes);
    // finished() never comes from inside send().
    if (!spy.isEmpty())
        return Error::invalid("test", "finished inside send()");
    if (!spy.wait(20000))
        return Error::invalid("test", "no finished() within 20 s");
    const Result<void> result = spy.takeFirst().at(0).value<Result<void>>();
    // A second finished() would come from something already on its way when
    // the first was emitted (a queued finish, a late socket signal): deliver
    // all of that, then look. finish() cuts the socket and stops the timer,
    // so nothing can come later than that.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    if (!spy.isEmpty())
        return Error::invalid("test", "finished() more than once");
    return result;
}

} // namespace

class TestEscPosPrinter : public QObject
{
    Q_OBJECT

private slots:
    void testPrinterReceivesExactlyTheBytes()
    {
        const QByteArray bytes = fixture();
        QVERIFY(bytes.size() > 500);
        FakeThermalPrinter printer;
        EscPosPrinter sender;
        const Result<void> sent
            = sendAndWait(sender, Target::network("127.0.0.1", printer.port()), bytes);
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
        QTRY_VERIFY(printer.closed);
        QCOMPARE(printer.connections, 1);
        QCOMPARE(printer.received, bytes);
        QVERIFY(!sender.isBusy());

        // And again: the printer object is reusable.
        printer.received.clear();
        printer.closed = false;
        QVERIFY(sendAndWait(sender, Target::network("127.0.0.1", printer.port()), bytes).ok());
        QTRY_VERIFY(printer.closed);
        QCOMPARE(printer.received, bytes);
    }

    void testBlockingSendForTheCommandLine()
    {
        FakeThermalPrinter printer;
        QVERIFY(EscPosPrinter::sendAndWait(Target::network("127.0.0.1", printer.port()), "\x1b@x\n")
                    .ok());
        QTRY_COMPARE(printer.received, QByteArray("\x1b@x\n"));
    }

    void testClosedPortIsRefused()
    {
        const RefusingPort refusing; // held, so no other test answers there meanwhile
        QVERIFY(refusing.ok());
        const int port = refusing.port();
        EscPosPrinter sender;
        const Result<void> sent
            = sendAndWait(sender, Target::network("127.0.0.1", port), fixture());
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, "receipts.printerRefused");
        QVERIFY2(sent.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(port)),
                 qPrintable(sent.error().message));
    }

    void testPrinterThatDoesNotAnswerTimesOut()
    {
        // A listener whose queue is full and who never accepts: the kernel
        // drops further connection attempts, as a printer that is switched
        // off (or a wrong address on the LAN) would.
        QTcpServer silent;
        silent.setListenBacklogSize(0);
        silent.setMaxPendingConnections(0);
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QTcpSocket filler;
        filler.connectToHost(QHostAddress::LocalHost, silent.serverPort());
        QVERIFY(filler.waitForConnected(2000));

        EscPosPrinter sender;
        sender.setTimeouts(400, 400);
        QElapsedTimer clock;
        clock.start();
        const Result<void> sent
            = sendAndWait(sender, Target::network("127.0.0.1", silent.serverPort()), fixture());
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, "receipts.printerTimeout");
        QVERIFY2(sent.error().message.contains("did not answer"), qPrintable(sent.error().message));
        QVERIFY(clock.elapsed() < 5000);
    }

    void testPrinterThatStopsReadingTimesOut()
    {
        // Out of paper: connected, but it takes no more bytes.
        QTcpServer stuck;
        QVERIFY(stuck.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&stuck, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = stuck.nextPendingConnection()) {
                socket->setReadBufferSize(1);
                socket->setParent(&stuck);
                held << socket;
            }
        });
        EscPosPrinter sender;
        sender.setTimeouts(2000, 500);
        // More than the kernel's buffers on both sides can hold.
        const QByteArray lots(64 * 1024 * 1024, 'x');
        const Result<void> sent
            = sendAndWait(sender, Target::network("127.0.0.1", stuck.serverPort()), lots);
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, "receipts.printerTimeout");
        QVERIFY2(sent.error().message.contains("stopped taking"), qPrintable(sent.error().message));
    }

    void testWritesAFileOrDevice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("receipt.bin");
        const QByteArray bytes = fixture();
        EscPosPrinter sender;
        const Result<void> sent = sendAndWait(sender, Target::file(path), bytes);
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    void testUnwritableFileSaysWhere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("no-such-folder/receipt.bin");
        EscPosPrinter sender;
        const Result<void> sent = sendAndWait(sender, Target::file(path), fixture());
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, "receipts.printerFileFailed");
        QVERIFY(sent.error().message.contains(path));
    }

    void testNoTargetIsRefused()
    {
        EscPosPrinter sender;
        const Result<void> sent = sendAndWait(sender, Target {}, fixture());
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, "receipts.noPrinter");
    }
};

QTEST_GUILESS_MAIN(TestEscPosPrinter)
#include "TestEscPosPrinter.moc"
