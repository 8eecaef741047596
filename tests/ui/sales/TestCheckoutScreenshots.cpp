// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "MainWindow.h"
#include "ModalAnswerer.h"
#include "ShopFixture.h"
#include "TestStore.h"
#include "WidgetTestHelpers.h"
#include "cash/ShiftService.h"
#include "catalog/ProductCatalog.h"
#include "catalog/ServiceCatalog.h"
#include "sales/CartEditor.h"
#include "sales/CartTotalsPanel.h"
#include "sales/CatalogSearch.h"
#include "sales/CheckoutPage.h"
#include "sales/ClientAccount.h"
#include "sales/CloseShiftDialog.h"
#include "sales/DuePaymentDialog.h"
#include "sales/PaymentDialog.h"
#include "sales/SaleCompletionView.h"
#include "sales/SalesSettings.h"
#include "sales/ShiftBar.h"
#include "settings/BusinessSettings.h"
#include "shell/AppStyle.h"
#include "shell/LanguageSwitcher.h"
#include "shell/MoneyField.h"
#include "shell/MoneyText.h"
#include "shell/NavigationBar.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

// The checkout for the user guide: the page with a cart, the payment dialog
// in a split with the PIX code, the blind count at closing, and the change
// after a sale. With
// BALCAO_SCREENSHOT_DIR set (e.g. docs/screenshots) it saves them in English
// and Portuguese; without, it checks that the scene is what the pictures show.
class TestCheckoutScreenshots : public QObject
{
    Q_OBJECT

private:
    void shoot(QWidget &widget, const QString &name, const QString &language)
    {
        // Settled with or without the pictures, so the size checks see the
        // same thing.
        QVERIFY(waitForLayoutsSettled(widget));
        const QPixmap picture = widget.grab();
        const QString dir = qEnvironmentVariable("BALCAO_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QVERIFY(picture.save(dir + '/' + name + '-' + language + ".png"));
    }

private slots:
    void testCheckout_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("English") << "en";
        QTest::addRow("Portuguese") << "pt_BR";
    }

    void testCheckout()
    {
        QFETCH(QString, language);
        applyAppStyle(*qApp);
        QTemporaryDir dir;
        QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
        LanguageSwitcher languages(settings);
        QVERIFY(languages.switchTo(language, false));

        // Thursday 12 March 2026, 15:40 in São Paulo.
        TestStore store(
            QDateTime(QDate(2026, 3, 12), QTime(18, 40), QTimeZone::utc()).toMSecsSinceEpoch());
        ShopFixture f(*store);
        QVERIFY(BusinessSettings(*store)
                    .setValue(BusinessSettings::kBusinessName, "Studio Bella")
                    .ok());
        QVERIFY(SalesSettings(*store)
                    .setPix(PixKey::Type::Cpf, "529.982.247-25", "Studio Bella", "São Paulo")
                    .ok());
        ProductDraft mask;
        mask.name = "Máscara de hidratação 250 g";
        mask.sku = "MH-250";
        mask.price = reais(6890);
        mask.taxClassId = f.icms;
        must(ProductCatalog(*store).create(mask), "mask");
        must(store->transact([&]() -> Result<void> {
            ClientAccount::Entry credit;
            credit.clientId = f.client;
            credit.kind = ClientAccount::Kind::StoreCredit;
            credit.amount = reais(2500);
            auto recorded = ClientAccount(*store).record(credit);
            if (!recorded)
                return recorded.error();
            return {};
        }),
             "credit");
        const Id shift
            = must(ShiftService(*store).open(f.drawer, reais(20000), f.frontDesk), "open").id;
        must(CheckoutService(*store).checkout(
                 f.request(f.cartOf({ { f.conditioner, 1 } }),
                           { Tender { PaymentMethod::Cash, reais(6000), {}, {} } })),
             "earlier sale");

        UserAccount user;
        user.id = f.frontDesk;
        user.login = "recepcao";
        MainWindow window(*store, languages, user);
        window.resize(1366, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.navigation()->select(NavigationBar::Area::Checkout);
        CheckoutPage *page = window.checkoutPage();
        QVERIFY(page->isVisible());

        // Joana's cut with Ana, two shampoos, a conditioner with 10 % off, a tip.
        CartEditor *cart = page->cart();
        QVERIFY(cart->setClient(f.client).ok());
        const Service cut = must(ServiceCatalog(*store).find(f.cut), "cut");
        QVERIFY(cart->addService(cut, f.ana).ok());
        const Product shampoo = must(ProductCatalog(*store).find(f.shampoo), "shampoo");
        QVERIFY(cart->addProduct(shampoo).ok());
        QVERIFY(cart->addProduct(shampoo).ok());
        QVERIFY(cart->addProduct(must(ProductCatalog(*store).find(f.conditioner), "c")).ok());
        QVERIFY(cart->setLineDiscount(2, Discount::percent(1000)).ok());
        QVERIFY(cart->setTip(reais(1000), f.ana).ok());
        page->search()->field()->setText("más");
        QCOMPARE(cart->review().totals.total, reais(8000 + 2 * 4590 + 4761 + 1000));
        QVERIFY(page->shiftBar()->shift().has_value());
        shoot(window, "checkout-page", language);
        QVERIFY2(clippedButtons(window).isEmpty(), qPrintable(clippedButtons(window).join(u'\n')));
        // The checkout fits a 1366-pixel laptop screen in every language.
        QVERIFY2(window.minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(window.minimumSizeHint().width())));

        // Paying: R$ 50 in cash, the rest by PIX.
        page->search()->field()->clear();
        CheckoutRequest request;
        request.cart = cart->cart();
        request.locationId = f.location;
        request.userId = f.frontDesk;
        request.drawerId = f.drawer;
        PaymentDialog payment(*store, request, cart->review(), page->shiftBar()->drawer(),
                              "Joana Silva", &window);
        payment.show();
        QVERIFY(QTest::qWaitForWindowActive(&payment));
        payment.amountField()->setText("50");
        QVERIFY(payment.addPayment());
        payment.selectMethod(PaymentMethod::Pix);
        QVERIFY(!payment.pixImage()->pixmap().isNull());
        QCOMPARE(payment.tenders().size(), 1);
        shoot(payment, "payment-dialog", language);
        payment.reject();

        // Closing: the notes and coins counted so far, and no expected amount.
        CloseShiftDialog close(*store, must(ShiftService(*store).find(shift), "shift"),
                               page->shiftBar()->drawer(), f.frontDesk, &window);
        close.show();
        QVERIFY(QTest::qWaitForWindowExposed(&close));
        close.countField(10000)->setValue(2);
        close.countField(5000)->setValue(1);
        close.countField(1000)->setValue(1);
        close.countField(100)->setValue(2);
        close.countField(50)->setValue(1);
        shoot(close, "close-shift", language);
        close.reject();

        // Receiving what a client owes, part of it by PIX.
        DuePaymentDialog due(
            *store, DuePaymentRequest { f.client, f.location, {}, f.frontDesk, f.drawer },
            QStringLiteral("Joana Silva"),
            Money(6180, Currency::fromCode(QStringLiteral("BRL")).value()), &window);
        due.show();
        QVERIFY(QTest::qWaitForWindowExposed(&due));
        due.selectMethod(PaymentMethod::Pix);
        due.amountField()->setText("40");
        QVERIFY(!due.pixImage()->pixmap().isNull());
        shoot(due, "due-payment", language);
        due.reject();

        // Paid in cash: the change in big type, and New sale.
        ModalAnswerer answers;
        answers.then("paymentDialog", [](QWidget *w) {
            auto *dialog = static_cast<PaymentDialog *>(w);
            dialog->amountField()->setText("250");
            QTest::keyClick(dialog->amountField(), Qt::Key_Return);
        });
        page->pay();
        QVERIFY(answers.done());
        QVERIFY(page->isShowingCompletion());
        QCOMPARE(page->completion()->changeText(), reais(2059).toDisplayString());
        shoot(window, "checkout-completed", language);
        QVERIFY2(clippedButtons(window).isEmpty(), qPrintable(clippedButtons(window).join(u'\n')));
        languages.switchTo("en", false);
    }
};

QTEST_MAIN(TestCheckoutScreenshots)
#include "TestCheckoutScreenshots.moc"
