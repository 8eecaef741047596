// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "CtlProcess.h"
#include "RefusingPort.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// `balcaoctl receipt`: the app's receipts from the command line, checked by
// reading them back — the PDF with pdftotext, the ESC/POS bytes from a file
// and from a real socket on loopback, the e-mail from the outbox.
class TestBalcaoCtlReceipt : public QObject, private Balcao::Test::CtlDatabase
{
    Q_OBJECT

private:
    using Run = Balcao::Test::CtlRun;
    QString m_sale;
    QString m_return;

    QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        writeFile("admin.txt", "senha do gerente\n");
        m_db = m_dir.filePath("loja.db");
        must({ "init", "--business", "Salão Bela", "--location", "Centro", "--timezone",
               "America/Sao_Paulo", "--currency", "BRL", "--admin-login", "gerente",
               "--admin-password-file", m_dir.filePath("admin.txt") });
        must({ "tax", "add", "--name", "ICMS 18%", "--rate", "18" });
        must({ "product", "add", "--name", "Shampoo 500 ml", "--sku", "SH-500", "--price", "45.90",
               "--tax", "ICMS 18%" });
        must({ "stock", "receive", "SH-500", "10" });
        must({ "drawer", "add", "Caixa 1" });
        must({ "shift", "open", "--float", "100" });
        const Run sale = ctl({ "sale", "create", "--line", "SH-500:2", "--pay", "card:50.00:AUT77",
                               "--pay", "cash:50", "--json" });
        QCOMPARE(sale.exitCode, 0);
        m_sale = sale.object().value("number").toString();
        QVERIFY(!m_sale.isEmpty());
        const Run back = ctl({ "return", "create", "--sale", m_sale, "--line", "1:1", "--json" });
        QCOMPARE(back.exitCode, 0);
        m_return = back.object().value("number").toString();
    }

    void testTextReceipt()
    {
        const Run r = ctl({ "receipt", "sale", m_sale });
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.contains(m_sale));
        QVERIFY(text.contains("Shampoo 500 ml"));
        QVERIFY(text.contains("91.80") || text.contains("91,80"));
        QVERIFY(text.contains("AUT77"));
        const Run narrow = ctl({ "receipt", "sale", m_sale, "--paper", "58" });
        for (const QString &line : QString::fromUtf8(narrow.out).split('\n'))
            QVERIFY2(line.size() <= 32, qPrintable(line));
        const Run back = ctl({ "receipt", "return", m_return, "--json" });
        QCOMPARE(back.exitCode, 0);
        QVERIFY(back.object().value("text").toString().contains(m_return));
    }

    void testPdfReadBack()
    {
        const QString pdf = m_dir.filePath("sale.pdf");
        const Run r = ctl({ "receipt", "sale", m_sale, "--pdf", pdf, "--reprint" });
        QCOMPARE(r.exitCode, 0);
        QProcess text;
        text.start("pdftotext", { "-layout", pdf, "-" });
        QVERIFY2(text.waitForFinished(30000), "pdftotext (poppler-utils) must be installed");
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains(m_sale), qPrintable(content));
        QVERIFY(content.contains("Shampoo 500 ml"));
        QVERIFY(content.contains("Salão Bela"));
    }

    void testEscPosToAFileAndToAPrinter()
    {
        const QString bin = m_dir.filePath("sale.bin");
        QCOMPARE(ctl({ "receipt", "sale", m_sale, "--escpos", bin }).exitCode, 0);
        const QByteArray bytes = read(bin);
        QVERIFY(bytes.startsWith(QByteArray("\x1b\x40", 2))); // ESC @
        QVERIFY(bytes.contains(m_sale.toLatin1()));

        // The same bytes reach a thermal printer on port N of this machine.
        QTcpServer printer;
        QVERIFY(printer.listen(QHostAddress::LocalHost));
        QByteArray received;
        QTcpSocket *client = nullptr;
        connect(&printer, &QTcpServer::newConnection, this, [&] {
            client = printer.nextPendingConnection();
            connect(client, &QTcpSocket::readyRead, this, [&] { received += client->readAll(); });
        });
        QProcess p;
        p.start(QStringLiteral(BALCAOCTL_PATH),
                QStringList { "receipt", "sale", m_sale, "--printer",
                              QString("127.0.0.1:%1").arg(printer.serverPort()) }
                    + database(m_db));
        QSignalSpy finished(&p, &QProcess::finished);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QCOMPARE(p.exitCode(), 0);
        QTRY_COMPARE(received, bytes);

        // Nobody listening: a clear error, exit 1.
        const Balcao::Test::RefusingPort closed;
        QVERIFY(closed.ok());
        const Run refused = ctl({ "receipt", "sale", m_sale, "--printer",
                                  QString("127.0.0.1:%1").arg(closed.port()), "--json" });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(!refused.errorCode().isEmpty());
    }

    void testEmailGoesToTheOutbox()
    {
        const qint64 before = scalar("SELECT count(*) AS n FROM reminders WHERE kind = 'receipt'");
        const Run bad = ctl({ "receipt", "sale", m_sale, "--email", "ana@", "--json" });
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(scalar("SELECT count(*) AS n FROM reminders WHERE kind = 'receipt'"), before);
        const Run ok = ctl({ "receipt", "sale", m_sale, "--email", "ana@example.com", "--json" });
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(scalar("SELECT count(*) AS n FROM reminders WHERE kind = 'receipt' AND"
                        " recipient = 'ana@example.com' AND status = 'scheduled'"),
                 before + 1);
    }

    void testBadArguments()
    {
        QCOMPARE(ctl({ "receipt", "sale" }).exitCode, 2);
        QCOMPARE(ctl({ "receipt", "invoice", m_sale }).exitCode, 2);
        QCOMPARE(ctl({ "receipt", "sale", m_sale, "--paper", "70" }).exitCode, 2);
        QCOMPARE(ctl({ "receipt", "sale", m_sale, "--printer", "host:99999" }).exitCode, 2);
        QCOMPARE(ctl({ "receipt", "sale", "NOPE-1", "--json" }).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestBalcaoCtlReceipt)
#include "TestBalcaoCtlReceipt.moc"
