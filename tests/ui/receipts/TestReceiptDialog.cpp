// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "../agenda/ModalAnswerer.h"
#include "Amounts.h"
#include "RefusingPort.h"
#include "ShopFixture.h"
#include "TestStore.h"
#include "receipts/ReceiptDialog.h"
#include "receipts/ReceiptPreview.h"
#include "receipts/ReceiptPrintJob.h"
#include "sales/CheckoutService.h"
#include "sales/EscPosReceipt.h"
#include "sales/ReceiptPrinterSettings.h"
#include "settings/BusinessSettings.h"
#include "shell/FormMessage.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;
using Destination = ReceiptPrinterConfig::Destination;

namespace {

// The salon with a name, and a cash sale of two shampoos to Pedro (who has
// an e-mail address).
struct Counter
{
    explicit Counter(LocalStore &store)
        : shop(store)
    {
        must(BusinessSettings(store).setValue(BusinessSettings::kBusinessName, "Studio Bella"),
             "name");
        must(BusinessSettings(store).setValue(BusinessSettings::kLocale, "pt_BR"), "locale");
        shop.openShift();
        Cart cart = shop.cartOf({ { shop.shampoo, 2 } });
        cart.clientId = shop.otherClient;
        sale = must(CheckoutService(store).checkout(shop.request(
                        cart, { Tender { PaymentMethod::Cash, reais(10000), {}, {} } })),
                    "sale");
    }
    ShopFixture shop;
    Sale sale;
};

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable("pdftotext"), { path, "-" });
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).replace(QChar(0x00A0), ' ');
}

void printToPdf(ReceiptDialog &dialog, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    const Result<void> printed = dialog.printTo(printer);
    QVERIFY(printed.ok());
}

// Shown and active, as a cashier's window is: shortcuts need that.
bool showActive(QDialog &dialog)
{
    dialog.show();
    dialog.activateWindow();
    return QTest::qWaitForWindowActive(&dialog);
}

template<typename T> T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestReceiptDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable("pdftotext").isEmpty(),
                 "pdftotext not found: install poppler-utils (scripts/setup does)");
    }

    void testShowsTheSaleAndPrintsASecondCopyAsAReprint()
    {
        TestStore t;
        Counter c(*t);
        ReceiptDialog dialog(*t, ReceiptDialog::Document::Sale, c.sale.id,
                             ReceiptDialog::Purpose::AfterSale);
        QVERIFY(showActive(dialog));
        QVERIFY(dialog.receipt());
        QCOMPARE(dialog.receipt()->number, c.sale.number);
        QCOMPARE(dialog.windowTitle(), "Receipt " + c.sale.number);
        QCOMPARE(child<ReceiptPreview>(dialog, "receiptPreview")->receipt()->number, c.sale.number);
        // No receipt printer set up here: Enter opens the print dialog.
        QVERIFY(!child<QPushButton>(dialog, "receiptPrintThermal")->isEnabled());
        QVERIFY(child<QPushButton>(dialog, "receiptPrint")->isDefault());

        const QString first = m_dir.filePath("first.pdf");
        printToPdf(dialog, first);
        const QString text = pdfText(first);
        for (const QString &part :
             { QString("Studio Bella"), c.sale.number, QString("Shampoo 500 ml"),
               QString("R$ 91,80"), QString("Cash"), QString("R$ 100,00"), QString("R$ 8,20"),
               QString("Pedro Souza") })
            QVERIFY2(text.contains(part), qPrintable(part + " not in:\n" + text));
        QVERIFY(!text.contains("REPRINT"));

        // The same receipt printed again is a copy, and says so.
        QVERIFY(dialog.receipt()->reprint);
        const QString second = m_dir.filePath("second.pdf");
        printToPdf(dialog, second);
        QVERIFY(pdfText(second).contains("REPRINT"));
    }

    void testReprintFromTheHistoryIsMarkedFromTheStart()
    {
        TestStore t;
        Counter c(*t);
        ReceiptDialog dialog(*t, ReceiptDialog::Document::Sale, c.sale.id,
                             ReceiptDialog::Purpose::Reprint);
        QVERIFY(dialog.receipt()->reprint);
        const QString path = m_dir.filePath("reprint.pdf");
        QVERIFY(dialog.savePdf(path).ok());
        QVERIFY(pdfText(path).contains("REPRINT"));
    }

    void testReceiptPrinterGetsTheEscPosBytes()
    {
        TestStore t;
        Counter c(*t);
        ReceiptPrinterConfig config;
        config.destination = Destination::File;
        config.path = m_dir.filePath("thermal.bin");
        config.paperWidthMm = 58;
        QVERIFY(ReceiptPrinterSettings(*t).save(config).ok());
        ReceiptDialog dialog(*t, ReceiptDialog::Document::Sale, c.sale.id,
                             ReceiptDialog::Purpose::AfterSale);
        QVERIFY(showActive(dialog));
        auto *thermal = child<QPushButton>(dialog, "receiptPrintThermal");
        QVERIFY(thermal->isEnabled());
        QVERIFY(thermal->isDefault());
        const Receipt before = *dialog.receipt();

        QSignalSpy finished(&dialog, &ReceiptDialog::receiptPrinterFinished);
        QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier); // &Receipt printer
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().at(0).value<Result<void>>().ok());
        QFile file(config.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        EscPosReceipt::Options options;
        options.paper = EscPosReceipt::Paper::Width58mm;
        QCOMPARE(file.readAll(), EscPosReceipt::encode(before, options));
        auto *message = child<FormMessage>(dialog, "receiptMessage");
        QCOMPARE(message->kind(), FormMessage::Kind::Success);
        QVERIFY(message->text().contains(config.path));
        // The drawer opened with the first copy; a second one will not.
        QVERIFY(dialog.receipt()->reprint);
    }

    void testReceiptPrinterThatRefusesIsShown()
    {
        TestStore t;
        Counter c(*t);
        const RefusingPort refusing; // held, so no other test answers there meanwhile
        QVERIFY(refusing.ok());
        const int port = refusing.port();
        ReceiptPrinterConfig config;
        config.destination = Destination::Network;
        config.host = "127.0.0.1";
        config.port = port;
        QVERIFY(ReceiptPrinterSettings(*t).save(config).ok());
        ReceiptDialog dialog(*t, ReceiptDialog::Document::Sale, c.sale.id,
                             ReceiptDialog::Purpose::AfterSale);
        QSignalSpy finished(&dialog, &ReceiptDialog::receiptPrinterFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "receiptPrintThermal"), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        auto *message = child<FormMessage>(dialog, "receiptMessage");
        QCOMPARE(message->kind(), FormMessage::Kind::Error);
        QVERIFY2(message->text().contains("refused"), qPrintable(message->text()));
        QVERIFY(!dialog.receipt()->reprint); // nothing printed
        QVERIFY(child<QPushButton>(dialog, "receiptPrintThermal")->isEnabled());
    }

    void testEmailIsQueuedAndABadAddressRefused()
    {
        TestStore t;
        Counter c(*t);
        ReceiptDialog dialog(*t, ReceiptDialog::Document::Sale, c.sale.id,
                             ReceiptDialog::Purpose::AfterSale);
        QVERIFY(showActive(dialog));
        QString prefilled;
        bool stayedOpen = false;
        QString refusal;
        ModalAnswerer answers;
        answers.then("receiptEmailDialog", [&](QWidget *modal) {
            auto *address = child<QLineEdit>(*modal, "receiptEmailAddress");
            prefilled = address->text();
            address->setText("pedro@example");
            QTest::mouseClick(child<QPushButton>(*modal, "receiptEmailSend"), Qt::LeftButton);
            stayedOpen = modal->isVisible();
            refusal = child<FormMessage>(*modal, "receiptEmailMessage")->text();
            address->setText("pedro.souza@example.com");
            QTest::keyClick(address, Qt::Key_Return);
        });
        // A mnemonic "clicks" 100 ms later (animateClick), then the dialog runs.
        QTest::keyClick(&dialog, Qt::Key_E, Qt::AltModifier); // &E-mail…
        QTRY_VERIFY_WITH_TIMEOUT(answers.done(), 10000);
        QCOMPARE(prefilled, "pedro@example.com");
        QVERIFY(stayedOpen);
        QVERIFY2(refusal.contains("not an e-mail address"), qPrintable(refusal));
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec("SELECT recipient, sale_id, kind, status FROM reminders"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), "pedro.souza@example.com");
        QCOMPARE(q.value(1).toString(), c.sale.id.toString());
        QCOMPARE(q.value(2).toString(), "receipt");
        QCOMPARE(q.value(3).toString(), "scheduled");
        QVERIFY(!q.next()); // the refused address wrote nothing
        QCOMPARE(child<FormMessage>(dialog, "receiptMessage")->kind(), FormMessage::Kind::Success);
    }

    void testUnknownSaleSaysSoAndOffersNothing()
    {
        TestStore t;
        Counter c(*t);
        ReceiptDialog dialog(*t, ReceiptDialog::Document::Sale, Id::generate(),
                             ReceiptDialog::Purpose::Reprint);
        QVERIFY(!dialog.receipt());
        auto *message = child<FormMessage>(dialog, "receiptMessage");
        QCOMPARE(message->kind(), FormMessage::Kind::Error);
        for (const char *name :
             { "receiptPrint", "receiptPrintThermal", "receiptSavePdf", "receiptEmail" })
            QVERIFY2(!child<QPushButton>(dialog, name)->isEnabled(), name);
        QVERIFY(!dialog.savePdf(m_dir.filePath("none.pdf")).ok());
    }

    void testEveryActionIsOnTheKeyboard()
    {
        TestStore t;
        Counter c(*t);
        ReceiptDialog dialog(*t, ReceiptDialog::Document::Sale, c.sale.id,
                             ReceiptDialog::Purpose::AfterSale);
        QVERIFY(showActive(dialog));
        QStringList mnemonics;
        for (const char *name : { "receiptPrintThermal", "receiptPrint", "receiptSavePdf",
                                  "receiptEmail", "receiptPrinterSettings" }) {
            auto *button = child<QPushButton>(dialog, name);
            const qsizetype amp = button->text().indexOf('&');
            QVERIFY2(amp >= 0, name);
            mnemonics << button->text().mid(amp + 1, 1).toLower();
            QVERIFY(button->focusPolicy() & Qt::TabFocus);
        }
        mnemonics.removeDuplicates();
        QCOMPARE(mnemonics.size(), 5);
        // Tab goes round the buttons (the disabled receipt printer skipped).
        QWidget *start = QApplication::focusWidget();
        QVERIFY(start);
        QSet<QWidget *> seen;
        for (int i = 0; i < 10; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            seen << QApplication::focusWidget();
        }
        QVERIFY(seen.contains(child<QPushButton>(dialog, "receiptSavePdf")));
        QVERIFY(seen.contains(child<QPushButton>(dialog, "receiptEmail")));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void testPrintJobOnASystemPrinter()
    {
        TestStore t;
        Counter c(*t);
        ReceiptPrinterConfig config;
        config.destination = Destination::System;
        config.systemPrinter = "Counter";
        const QString path = m_dir.filePath("system.pdf");
        ReceiptPrintJob job(config);
        QString asked;
        job.setPrinterFactory([&](const QString &name) {
            asked = name;
            auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(path);
            return printer;
        });
        QSignalSpy finished(&job, &ReceiptPrintJob::finished);
        ReceiptDialog dialog(*t, ReceiptDialog::Document::Sale, c.sale.id,
                             ReceiptDialog::Purpose::AfterSale);
        job.print(*dialog.receipt());
        QVERIFY(finished.isEmpty()); // never from inside print()
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().at(0).value<Result<void>>().ok());
        QCOMPARE(asked, "Counter");
        QVERIFY(pdfText(path).contains(c.sale.number));

        // A printer that is not installed is a clear error.
        ReceiptPrintJob missing(config);
        missing.setPrinterFactory([](const QString &) { return std::unique_ptr<QPrinter>(); });
        QSignalSpy refused(&missing, &ReceiptPrintJob::finished);
        missing.print(*dialog.receipt());
        QVERIFY(refused.wait(10000));
        const Result<void> result = refused.first().at(0).value<Result<void>>();
        QCOMPARE(result.error().code, "receipts.systemPrinterMissing");
        QVERIFY(result.error().message.contains("Counter"));
    }

    void testPrintAfterSaleFollowsTheSettings()
    {
        TestStore t;
        Counter c(*t);
        QCOMPARE(ReceiptPrintJob::printAfterSale(*t, c.sale.id), nullptr);
        ReceiptPrinterConfig config;
        config.destination = Destination::File;
        config.path = m_dir.filePath("after-sale.bin");
        config.printAfterSale = true;
        QVERIFY(ReceiptPrinterSettings(*t).save(config).ok());
        QPointer<ReceiptPrintJob> job = ReceiptPrintJob::printAfterSale(*t, c.sale.id);
        QVERIFY(job);
        QSignalSpy finished(job.data(), &ReceiptPrintJob::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().at(0).value<Result<void>>().ok());
        QTRY_VERIFY(!job); // it cleans up after itself
        QFile file(config.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // The first copy of a cash sale opens the drawer.
        QVERIFY(file.readAll().startsWith(QByteArray("\x1b@\x1bt\x03\x1bp", 7)));
    }
};

QTEST_MAIN(TestReceiptDialog)
#include "TestReceiptDialog.moc"
