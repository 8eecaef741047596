// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "ReceiptPdf.h"
#include "ReceiptSamples.h"
#include "ShopFixture.h"
#include "TestStore.h"
#include "Translations.h"
#include "sales/CheckoutService.h"
#include "sales/ReceiptBuilder.h"
#include "sales/SalesSettings.h"

#include <QCoreApplication>

#include <QPageSize>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

// Spaces as a reader sees them: no-break ones and runs of any kind are one.
QString flat(QString text)
{
    return text.replace(QChar(0x00A0), ' ').simplified();
}

} // namespace

// The PDF read back by real tools: poppler's pdftotext for the words and
// pdftoppm plus zbarimg for the PIX code (scripts/setup installs them, so a
// machine without them fails rather than skips).
class TestReceiptPdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString run(const QString &tool, const QStringList &arguments)
    {
        const QString path = QStandardPaths::findExecutable(tool);
        if (path.isEmpty())
            return "(" + tool + " not found)";
        QProcess process;
        process.start(path, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return "(" + tool + " failed: " + process.readAllStandardError() + ")";
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    QString written(const Receipt &receipt, const QString &name)
    {
        const QString path = m_dir.filePath(name + ".pdf");
        const Result<void> done = ReceiptPdf::write(receipt, path);
        return done.ok() ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *tool : { "pdftotext", "pdftoppm", "pdfinfo", "zbarimg" })
            QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                     qPrintable(QString("%1 not found: install poppler-utils and zbar-tools "
                                        "(scripts/setup does)")
                                    .arg(tool)));
    }

    void testTextReadsBack_data()
    {
        QTest::addColumn<QString>("sample");
        for (const QString &name : ReceiptSamples::names())
            QTest::newRow(qPrintable(name)) << name;
    }
    void testTextReadsBack()
    {
        QFETCH(QString, sample);
        const Receipt receipt = ReceiptSamples::make(sample);
        const QString path = written(receipt, sample);
        QVERIFY(!path.isEmpty());
        const QString text = flat(run("pdftotext", { "-enc", "UTF-8", path, "-" }));
        QStringList missing;
        const auto expect = [&](const QString &part) {
            if (!text.contains(flat(part)))
                missing << part;
        };
        expect(receipt.businessName);
        expect(receipt.number);
        for (const ReceiptLine &line : receipt.lines + receipt.returnedLines) {
            expect(line.description);
            expect(line.total.toDisplayString(receipt.locale));
        }
        for (const ReceiptPayment &payment : receipt.payments) {
            expect(paymentMethodDisplayName(payment.method));
            expect(payment.amount.toDisplayString(receipt.locale));
        }
        const Money total
            = receipt.kind == ReceiptKind::Return ? receipt.refundTotal : receipt.total();
        expect(total.toDisplayString(receipt.locale));
        if (!receipt.discounts.isZero() || !receipt.tip.isZero())
            expect(receipt.subtotal.toDisplayString(receipt.locale));
        QVERIFY2(missing.isEmpty(),
                 qPrintable("missing \"" + missing.join("\", \"") + "\" in: " + text));
    }

    void testPageIsAnEightyMillimetreSlip()
    {
        const QString path = written(ReceiptSamples::make("sale-cash"), "slip");
        const QString info = run("pdfinfo", { path });
        const QRegularExpressionMatch size
            = QRegularExpression("Page size:\\s+([0-9.]+) x ([0-9.]+) pts").match(info);
        QVERIFY2(size.hasMatch(), qPrintable(info));
        QCOMPARE(qRound(size.captured(1).toDouble() / 72 * 25.4), 80); // points to mm
        const double heightMm = size.captured(2).toDouble() / 72 * 25.4;
        QVERIFY2(heightMm > 100 && heightMm < 300, qPrintable(QString::number(heightMm)));
        QCOMPARE(QRegularExpression("Pages:\\s+(\\d+)").match(info).captured(1), "1");
        QVERIFY2(info.contains("Receipt CEN-7K2Q-000123"), qPrintable(info));
    }

    // What zbarimg finds on the PDF's page at 150 dpi (about what a phone
    // camera sees of a printed slip): the codes' texts, none when it has none.
    QString codesOn(const QString &pdf, const QString &name)
    {
        const QString png = m_dir.filePath(name);
        run("pdftoppm", { "-png", "-r", "150", "-singlefile", pdf, png });
        QProcess zbar;
        zbar.start(QStandardPaths::findExecutable("zbarimg"), { "--raw", "-q", png + ".png" });
        if (!zbar.waitForFinished(60000))
            return "(zbarimg did not finish)";
        // zbarimg exits with 4 when the image holds no code.
        if (zbar.exitCode() != 0 && zbar.exitCode() != 4)
            return "(zbarimg failed: " + QString::fromUtf8(zbar.readAllStandardError()) + ")";
        return QString::fromUtf8(zbar.readAllStandardOutput());
    }

    // A real sale paid with PIX, its receipt built from the database and
    // written in Portuguese: the client must not find a code to pay again,
    // nor take the slip for an NFC-e.
    void testPixPaidSaleHasNoCodeAndIsNotAFiscalDocument()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale("pt_BR")));
        TestStore t;
        ShopFixture f(*t);
        must(SalesSettings(*t).setPix(PixKey::Type::Cpf, "529.982.247-25", "Salão Bela Vista",
                                      "São Paulo"),
             "pix");
        const QString endToEnd = "E18236120202612071530s0a1b2c3d4e";
        const Sale sale = must(CheckoutService(*t).checkout(f.request(
                                   f.cartOf({ { f.shampoo, 2 } }),
                                   { Tender { PaymentMethod::Pix, reais(9180), endToEnd, {} } })),
                               "sale");
        const Receipt receipt
            = must(ReceiptBuilder(*t).forSale(
                       sale.id, { QLocale(QLocale::Portuguese, QLocale::Brazil), false }),
                   "receipt");
        const QString path = written(receipt, "pix-paid");
        installTranslations(*QCoreApplication::instance(), QLocale("en"));
        QVERIFY(!path.isEmpty());
        QCOMPARE(codesOn(path, "pix-paid-page"), QString());
        const QString text = flat(run("pdftotext", { "-enc", "UTF-8", path, "-" }));
        QVERIFY2(text.contains("Não é documento fiscal"), qPrintable(text));
        QVERIFY2(text.contains("Pago com PIX"), qPrintable(text));
        QVERIFY2(text.contains(endToEnd), qPrintable(text));
    }

    // A sale that left an amount due asks for it: the code scans back to a
    // BR Code of that amount.
    void testPixCodeScansBackToThePayload()
    {
        const Receipt receipt = ReceiptSamples::make("sale-due-pix");
        const QString path = written(receipt, "pix");
        QVERIFY(!path.isEmpty());
        QCOMPARE(codesOn(path, "pix-page"), receipt.pixPayload + "\n");
        const QString png = m_dir.filePath("pix-page");
        if (const QString keep = qEnvironmentVariable("BALCAO_RECEIPT_PNG"); !keep.isEmpty()) {
            QFile::remove(keep);
            QVERIFY(QFile::copy(png + ".png", keep));
        }
    }

    void testLongReceiptContinuesOnTheNextPage()
    {
        Receipt receipt = ReceiptSamples::make("sale-cash");
        const ReceiptLine first = receipt.lines.first();
        for (int i = 1; i <= 80; ++i) {
            ReceiptLine more = first;
            more.description = QString("Item number %1").arg(i);
            receipt.lines << more;
        }
        const QString path = m_dir.filePath("long.pdf");
        {
            QPdfWriter a6(path);
            a6.setPageSize(QPageSize(QPageSize::A6));
            const Result<void> printed = ReceiptPdf::print(receipt, a6);
            QVERIFY(printed.ok());
        }
        const QString info = run("pdfinfo", { path });
        const int pages = QRegularExpression("Pages:\\s+(\\d+)").match(info).captured(1).toInt();
        QVERIFY2(pages >= 3, qPrintable(info));
        const QString text = flat(run("pdftotext", { path, "-" }));
        QVERIFY(text.contains("Salão Bela Vista"));
        QVERIFY(text.contains("Item number 1 "));
        QVERIFY(text.contains("Item number 80 "));
        QVERIFY(text.contains("Volte sempre."));
    }

    void testUnwritablePathIsAClearError()
    {
        const QString path = m_dir.filePath("missing/folder/receipt.pdf");
        const Result<void> done = ReceiptPdf::write(ReceiptSamples::make("sale-cash"), path);
        QVERIFY(!done.ok());
        QCOMPARE(done.error().code, "receipt.pdfNotWritten");
        QVERIFY(done.error().message.contains(path));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestReceiptPdf)
#include "TestReceiptPdf.moc"
