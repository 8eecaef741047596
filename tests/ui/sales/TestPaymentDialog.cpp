// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "ModalAnswerer.h"
#include "ShopWidgetTest.h"
#include "WidgetTestHelpers.h"
#include "cash/ShiftService.h"
#include "sales/CartBuilder.h"
#include "sales/ClientAccount.h"
#include "sales/GiftCards.h"
#include "sales/PaymentDialog.h"
#include "sales/PixCode.h"
#include "sales/SalesJournal.h"
#include "sales/SalesSettings.h"
#include "shell/FormMessage.h"
#include "shell/MoneyField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

// Taking the money: every method by its key, splits, PIX with a QR code a
// real decoder reads, store credit and what is left on the client's account,
// gift cards, and the refusals that leave nothing written.
class TestPaymentDialog : public ShopWidgetTest
{
    Q_OBJECT

private:
    std::unique_ptr<PaymentDialog> m_dialog;
    QTemporaryDir m_dir;

    // Opens the dialog for a cart of `products`, for `client` (may be null).
    void open(const QList<std::pair<Id, qint64>> &products, const Id &client = {},
              const Id &user = {})
    {
        Cart cart = m_shop->cartOf(products);
        cart.clientId = client;
        const CheckoutRequest request = m_shop->request(cart, {});
        CheckoutRequest withUser = request;
        if (!user.isNull())
            withUser.userId = user;
        const CheckoutReview review
            = must(CheckoutService(store()).review(cart, m_shop->location), "r");
        const CashDrawer drawer = must(ShiftService(store()).findDrawer(m_shop->drawer), "drawer");
        m_dialog = std::make_unique<PaymentDialog>(store(), withUser, review, drawer,
                                                   client.isNull() ? QString() : "Joana Silva");
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }
    QWidget *focus() { return m_dialog->focusWidget(); }
    void type(const QString &text) { QTest::keyClicks(focus(), text); }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focus(), key, modifiers);
    }
    // Replaces what the amount field holds.
    void amount(const QString &text)
    {
        m_dialog->amountField()->setFocus();
        m_dialog->amountField()->selectAll();
        type(text);
    }
    QString message() { return m_dialog->message()->text(); }
    QByteArray decode(const QPixmap &pixmap)
    {
        const QString zbarimg = QStandardPaths::findExecutable("zbarimg");
        if (zbarimg.isEmpty())
            return "(zbarimg not found: install zbar-tools)";
        const QString path = m_dir.filePath("pix.png");
        if (!pixmap.save(path, "PNG"))
            return "(could not write the image)";
        QProcess zbar;
        zbar.start(zbarimg, { "--raw", "-q", path });
        if (!zbar.waitForFinished(30000) || zbar.exitCode() != 0)
            return "(zbarimg read no code)";
        return zbar.readAllStandardOutput().trimmed();
    }

private slots:
    void initTestCase()
    {
        useEnglishTexts();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        openShop();
        m_shop->openShift();
    }

    void cleanup()
    {
        m_dialog.reset();
        closeShop();
    }

    void testExactCashIsOneKey()
    {
        open({ { m_shop->giftWrap, 1 } });
        QCOMPARE(m_dialog->findChild<QLabel *>("amountDue")->text(), "R$\u00A05.00");
        QCOMPARE(m_dialog->method(), PaymentMethod::Cash);
        QCOMPARE(focus(), m_dialog->amountField());
        key(Qt::Key_Return);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_dialog->sale().total, reais(500));
        QCOMPARE(*m_dialog->sale().change(), reais(0));
    }

    void testSplitCashAndCard()
    {
        open({ { m_shop->shampoo, 1 }, { m_shop->conditioner, 1 } }); // 98.80
        type("20");
        key(Qt::Key_Return);
        QCOMPARE(m_dialog->paymentList()->count(), 1);
        QCOMPARE(m_dialog->leftToPay(), reais(7880));
        QCOMPARE(m_dialog->amountField()->text(), "78.80");
        // A second cash payment, then taken back with Delete.
        amount("10");
        key(Qt::Key_Return);
        QCOMPARE(m_dialog->paymentList()->count(), 2);
        m_dialog->paymentList()->setFocus();
        m_dialog->paymentList()->setCurrentRow(1);
        key(Qt::Key_Delete);
        QCOMPARE(m_dialog->paymentList()->count(), 1);
        QCOMPARE(m_dialog->leftToPay(), reais(7880));
        // The card: F3 puts the cursor in the authorisation code.
        key(Qt::Key_F3);
        QCOMPARE(m_dialog->method(), PaymentMethod::Card);
        QCOMPARE(focus(), m_dialog->authorisationField());
        QCOMPARE(m_dialog->amountField()->text(), "78.80");
        type("XYZ1");
        key(Qt::Key_Return);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        const Sale sale = must(SalesJournal(store()).find(m_dialog->sale().id), "sale");
        QCOMPARE(sale.payments.size(), 2);
        qint64 card = 0, cash = 0;
        for (const Payment &p : sale.payments) {
            if (p.method == PaymentMethod::Card) {
                card += p.amount.minorUnits();
                QCOMPARE(p.reference, "XYZ1");
            } else {
                cash += p.amount.minorUnits();
            }
        }
        QCOMPARE(card, 7880);
        QCOMPARE(cash, 2000);
    }

    void testCardNeedsItsCodeAndNeverOverpays()
    {
        open({ { m_shop->giftWrap, 1 } });
        key(Qt::Key_F3);
        key(Qt::Key_Return);
        QVERIFY2(message().contains("authorisation code"), qPrintable(message()));
        QCOMPARE(focus(), m_dialog->authorisationField());
        type("OK77");
        amount("6");
        key(Qt::Key_Return);
        QVERIFY2(message().contains("only cash can give change"), qPrintable(message()));
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(rowCount(store(), "sales"), 0);
    }

    void testCashShowsTheChangeAsItIsTyped()
    {
        open({ { m_shop->shampoo, 1 } }); // 45.90
        amount("50");
        QCOMPARE(m_dialog->changeText(), "Change: R$\u00A04.10");
        amount("40");
        QCOMPARE(m_dialog->changeText(), "Still to pay after this: R$\u00A05.90");
        amount("45.90");
        QCOMPARE(m_dialog->changeText(), "Exact amount: no change.");
        amount("4x");
        key(Qt::Key_Return);
        QVERIFY2(message().contains("not an amount"), qPrintable(message()));
        QCOMPARE(rowCount(store(), "sales"), 0);
    }

    void testNothingTakenSaysWhatIsLeft()
    {
        open({ { m_shop->shampoo, 1 } });
        m_dialog->amountField()->clear();
        key(Qt::Key_Return);
        QVERIFY2(message().contains("R$\u00A045.90 is still to pay"), qPrintable(message()));
        QVERIFY(m_dialog->isVisible());
    }

    void testPixShowsAQrCodeThatDecodesToThePayload()
    {
        QVERIFY(SalesSettings(store())
                    .setPix(PixKey::Type::Cpf, "529.982.247-25", "Salão Centro", "São Paulo")
                    .ok());
        open({ { m_shop->shampoo, 1 }, { m_shop->conditioner, 1 } }); // 98.80
        type("18.80");
        key(Qt::Key_Return); // cash first, PIX for the rest
        key(Qt::Key_F4);
        QCOMPARE(m_dialog->method(), PaymentMethod::Pix);
        const QPixmap qr = m_dialog->pixImage()->pixmap();
        QVERIFY(!qr.isNull());
        const QString payload = m_dialog->pixPayload();
        QCOMPARE(QString::fromUtf8(decode(qr)), payload);
        auto code = PixCode::parse(payload);
        QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().message));
        QCOMPARE(code->charge().amount->minorUnits(), 8000);
        QCOMPARE(code->charge().key.value(), "52998224725");
        // The code names the sale it pays: this terminal's next number.
        QVERIFY2(code->charge().txid.startsWith("SAL"), qPrintable(code->charge().txid));
        // Another amount, another code.
        amount("50");
        QVERIFY(m_dialog->pixPayload() != payload);
        amount("80");
        key(Qt::Key_Return); // "received"
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        const Sale sale = m_dialog->sale();
        QCOMPARE(sale.payments.size(), 2);
        QCOMPARE(QString(code->charge().txid), QString(sale.number).remove('-'));
    }

    void testPixNotSetUpSaysHow()
    {
        open({ { m_shop->giftWrap, 1 } });
        key(Qt::Key_F4);
        auto *hint = m_dialog->findChild<QLabel *>("pixHint");
        QVERIFY2(hint->text().contains("not set up"), qPrintable(hint->text()));
        QVERIFY(m_dialog->findChild<QPushButton *>("pixSetUp")->isVisible());
        QVERIFY(m_dialog->pixImage()->isHidden());
        key(Qt::Key_Return);
        QVERIFY(message().contains("not set up"));
        QCOMPARE(rowCount(store(), "sales"), 0);
        // Only a manager or an admin may say where PIX money goes.
        QString refusal;
        ModalAnswerer answers;
        answers.then("pixSetupDialog", [&](QWidget *w) {
            QTest::keyClicks(w->findChild<QLineEdit *>("pixKey"), "529.982.247-25");
            w->findChild<QLineEdit *>("pixCity")->setText("São Paulo");
            static_cast<QDialog *>(w)->accept();
            refusal = w->findChild<FormMessage *>()->text();
        });
        QTest::mouseClick(m_dialog->findChild<QPushButton *>("pixSetUp"), Qt::LeftButton);
        QVERIFY(answers.done());
        QVERIFY2(refusal.contains("manager"), qPrintable(refusal));
        QVERIFY(!SalesSettings(store()).pix().value().isSet());
    }

    void testAManagerSetsUpPixFromThePayment()
    {
        open({ { m_shop->giftWrap, 1 } }, {}, m_shop->manager);
        key(Qt::Key_F4);
        ModalAnswerer answers;
        answers.then("pixSetupDialog", [&](QWidget *w) {
            auto *type = w->findChild<QComboBox *>("pixKeyType");
            type->setCurrentIndex(type->findText("CPF"));
            QTest::keyClicks(w->findChild<QLineEdit *>("pixKey"), "529.982.247-25");
            w->findChild<QLineEdit *>("pixMerchantName")->setText("Salão Centro");
            w->findChild<QLineEdit *>("pixCity")->setText("São Paulo");
            static_cast<QDialog *>(w)->accept();
        });
        QTest::mouseClick(m_dialog->findChild<QPushButton *>("pixSetUp"), Qt::LeftButton);
        QVERIFY(answers.done());
        QVERIFY(SalesSettings(store()).pix().value().isSet());
        QVERIFY(!m_dialog->pixImage()->pixmap().isNull());
        QVERIFY(PixCode::parse(m_dialog->pixPayload()).ok());
    }

    void testStoreCreditThenTheRestLeftDue()
    {
        must(store().transact([&]() -> Result<void> {
            ClientAccount::Entry credit;
            credit.clientId = m_shop->client;
            credit.kind = ClientAccount::Kind::StoreCredit;
            credit.amount = reais(2000);
            credit.note = "goodwill";
            auto recorded = ClientAccount(store()).record(credit);
            if (!recorded)
                return recorded.error();
            return {};
        }),
             "credit");
        open({ { m_shop->shampoo, 1 }, { m_shop->conditioner, 1 } }, m_shop->client); // 98.80
        QVERIFY(m_dialog->methodButton(PaymentMethod::StoreCredit)->isEnabled());
        key(Qt::Key_F5);
        QCOMPARE(m_dialog->balanceText(), "Joana Silva has R$\u00A020.00 of store credit.");
        QCOMPARE(m_dialog->amountField()->text(), "20.00"); // all of it, less than the total
        key(Qt::Key_Return);
        QCOMPARE(m_dialog->leftToPay(), reais(7880));
        QVERIFY(m_dialog->isVisible());
        // Alt+L: the rest on her account; Enter completes.
        QVERIFY(m_dialog->leaveDueBox()->isVisible());
        key(Qt::Key_L, Qt::AltModifier);
        QTRY_VERIFY(m_dialog->leaveDueBox()->isChecked()); // a mnemonic clicks after a moment
        QVERIFY(m_dialog->amountField()->text().isEmpty());
        key(Qt::Key_Return);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_dialog->sale().due, reais(7880));
        ClientAccount account(store());
        QCOMPARE(account.storeCredit(m_shop->client).value(), reais(0));
        QCOMPARE(account.due(m_shop->client).value(), reais(7880));
    }

    void testNoCreditWithoutAClient()
    {
        open({ { m_shop->giftWrap, 1 } });
        QVERIFY(!m_dialog->methodButton(PaymentMethod::StoreCredit)->isEnabled());
        QVERIFY(m_dialog->leaveDueBox()->isHidden());
        key(Qt::Key_F5);
        QCOMPARE(m_dialog->method(), PaymentMethod::Cash);
        QVERIFY(message().contains("no store credit"));
    }

    void testGiftCardShowsItsBalance()
    {
        Cart load = must(CartBuilder(store()).emptyCart(), "cart");
        load.lines << must(CartBuilder(store()).giftCardLine("GIFT2026AB", reais(5000)), "card");
        must(CheckoutService(store()).checkout(m_shop->request(
                 load, { Tender { PaymentMethod::Card, reais(5000), "AUT1", {} } })),
             "sold");
        open({ { m_shop->shampoo, 1 } }); // 45.90
        key(Qt::Key_F6);
        QCOMPARE(focus(), m_dialog->giftCardField());
        type("NOPE1234");
        key(Qt::Key_Return);
        QVERIFY2(!message().isEmpty(), "an unknown card is refused");
        m_dialog->giftCardField()->clear();
        type("gift2026ab");
        key(Qt::Key_Return);
        QVERIFY2(m_dialog->balanceText().contains("R$\u00A050.00"),
                 qPrintable(m_dialog->balanceText()));
        QCOMPARE(focus(), m_dialog->amountField());
        QCOMPARE(m_dialog->amountField()->text(), "45.90");
        key(Qt::Key_Return);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        const GiftCard card = must(GiftCards(store()).findByCode("GIFT2026AB"), "card");
        QCOMPARE(GiftCards(store()).balance(card).value(), reais(410));
    }
};

QTEST_MAIN(TestPaymentDialog)
#include "TestPaymentDialog.moc"
