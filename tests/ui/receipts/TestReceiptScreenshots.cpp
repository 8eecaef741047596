// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "ShopFixture.h"
#include "TestStore.h"
#include "catalog/ServiceCatalog.h"
#include "locations/LocationService.h"
#include "receipts/ReceiptDialog.h"
#include "sales/CheckoutService.h"
#include "sales/ReceiptPrinterSettings.h"
#include "sales/SalesSettings.h"
#include "settings/BusinessSettings.h"
#include "shell/AppStyle.h"
#include "shell/LanguageSwitcher.h"

#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

// The receipt dialog after a sale paid by PIX and card, for the user guide.
// With BALCAO_SCREENSHOT_DIR set (e.g. docs/screenshots) it saves
// receipt-dialog-<language>.png; without, it only checks what it shows.
class TestReceiptScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void testReceiptDialog_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("suffix");
        QTest::addRow("English") << QStringLiteral("en") << QStringLiteral("en");
        QTest::addRow("Portuguese") << QStringLiteral("pt_BR") << QStringLiteral("pt_BR");
    }

    void testReceiptDialog()
    {
        QFETCH(QString, language);
        QFETCH(QString, suffix);
        applyAppStyle(*qApp);
        QTemporaryDir dir;
        QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
        LanguageSwitcher languages(settings);
        QVERIFY(languages.switchTo(language, false));

        // 2026-09-17 17:40 UTC: 14:40 in São Paulo.
        TestStore t(1789666800000);
        ShopFixture shop(*t);
        must(BusinessSettings(*t).setValue(BusinessSettings::kBusinessName, "Studio Bella"),
             "name");
        must(BusinessSettings(*t).setValue(BusinessSettings::kLocale, "pt_BR"), "locale");
        SalesSettings sales(*t);
        must(sales.setTaxId("12.345.678/0001-90"), "tax id");
        must(sales.setReceiptFooter("Obrigada pela visita!\nAgende pelo WhatsApp (11) 91234-5678"),
             "footer");
        must(sales.setPix(PixKey::Type::Cnpj, "11.222.333/0001-81", "Studio Bella", "São Paulo"),
             "pix");
        must(LocationService(*t).update(shop.location, QString("Studio Bella Centro"), std::nullopt,
                                        QString("Rua Augusta, 1500 – São Paulo"),
                                        QString("+55 11 3333-4444")),
             "location");
        ReceiptPrinterConfig printer;
        printer.destination = ReceiptPrinterConfig::Destination::Network;
        printer.host = "192.168.0.50";
        must(ReceiptPrinterSettings(*t).save(printer), "printer");

        Cart cart = shop.cartOf({ { shop.shampoo, 1 }, { shop.conditioner, 1 } });
        cart.lines[1].discount = Discount::percent(1000);
        cart.clientId = shop.otherClient;
        cart.tip = reais(1000);
        const Sale sale = must(
            CheckoutService(*t).checkout(shop.request(
                cart,
                { Tender {
                      PaymentMethod::Pix, reais(5000), "E18236120202612071530s0a1b2c3d4e", {} },
                  Tender { PaymentMethod::Card, reais(5351), "AUT 784512", {} } })),
            "sale");

        QWidget window;
        window.resize(900, 700);
        ReceiptDialog dialog(*t, ReceiptDialog::Document::Sale, sale.id,
                             ReceiptDialog::Purpose::AfterSale, &window);
        dialog.show();
        // As tall as the slip, so the picture has no empty grey below it.
        dialog.resize(dialog.width(), dialog.findChild<QWidget *>("receiptPreview")->height() + 40);
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.receipt());
        // Paid with PIX: no code to pay again, the transaction named instead.
        QVERIFY(dialog.receipt()->pixPayload.isEmpty());
        QCOMPARE(dialog.receipt()->payments.size(), 2);
        QVERIFY(dialog.findChild<QPushButton *>("receiptPrintThermal")->isDefault());
        if (const QString out = qEnvironmentVariable("BALCAO_SCREENSHOT_DIR"); !out.isEmpty()) {
            QCoreApplication::processEvents();
            QVERIFY(dialog.grab().save(out + "/receipt-dialog-" + suffix + ".png"));
        }
        languages.switchTo(QStringLiteral("en"), false);
    }
};

QTEST_MAIN(TestReceiptScreenshots)
#include "TestReceiptScreenshots.moc"
