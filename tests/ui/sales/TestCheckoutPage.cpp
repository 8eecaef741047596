// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "DialogKeys.h"
#include "KeyTyping.h"
#include "MainWindow.h"
#include "ModalAnswerer.h"
#include "ShopWidgetTest.h"
#include "WidgetTestHelpers.h"
#include "agenda/AgendaPage.h"
#include "agenda/AppointmentActions.h"
#include "cash/ShiftService.h"
#include "clients/ClientDetailPanel.h"
#include "clients/ClientsPage.h"
#include "sales/CartEditor.h"
#include "sales/CartTotalsPanel.h"
#include "sales/CartView.h"
#include "sales/CatalogSearch.h"
#include "sales/CheckoutPage.h"
#include "sales/ClientAccount.h"
#include "sales/DuePaymentDialog.h"
#include "sales/GiftCardSaleDialog.h"
#include "sales/GiftCards.h"
#include "sales/PaymentDialog.h"
#include "sales/SaleCompletionView.h"
#include "sales/SalesJournal.h"
#include "sales/ShiftBar.h"
#include "scheduling/AppointmentBook.h"
#include "shell/FormMessage.h"
#include "shell/LanguageSwitcher.h"
#include "shell/MoneyField.h"
#include "shell/NavigationBar.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

// Everything a sale or a shift would write.
QList<qint64> footprint(LocalStore &store)
{
    QList<qint64> out;
    for (const char *table : { "sales", "sale_lines", "payments", "stock_movements",
                               "client_account_entries", "cash_shifts", "audit_events" })
        out << rowCount(store, QString::fromLatin1(table));
    return out;
}

} // namespace

// The checkout page driven from the keyboard as the front desk does:
// scanner bursts through the wedge with real gaps on its clock, the cart's
// keys, the payment dialog, and the sales it commits.
class TestCheckoutPage : public ShopWidgetTest
{
    Q_OBJECT

private:
    std::unique_ptr<CheckoutPage> m_page;
    std::unique_ptr<KeyTyping> m_keys;

    const Cart &cart() { return m_page->cart()->cart(); }
    QList<SaleSummary> sales() { return SalesJournal(store()).list({}, 10).value(); }
    Sale onlySale()
    {
        const QList<SaleSummary> all = sales();
        if (all.size() != 1)
            qFatal("expected one sale, found %d", int(all.size()));
        return must(SalesJournal(store()).find(all.first().id), "sale");
    }
    void showPage()
    {
        m_page = std::make_unique<CheckoutPage>(store());
        m_page->setUser(m_shop->frontDesk);
        m_page->resize(1200, 760);
        m_page->show();
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->focusScan();
        m_keys = std::make_unique<KeyTyping>(m_page->wedge(), m_page.get());
    }
    Appointment bookCut()
    {
        BookingRequest b;
        b.locationId = m_shop->location;
        b.clientId = m_shop->client;
        b.startsAtMsecs = m_shop->at(QDate(2026, 1, 5), "10:00");
        b.lines = { BookingLine { m_shop->cut, m_shop->ana, {}, {} } };
        return must(AppointmentBook(store()).book(b), "book");
    }

private slots:
    void initTestCase() { useEnglishTexts(); }

    void cleanup()
    {
        m_keys.reset();
        m_page.reset();
        closeShop();
    }

    // The style guide's checkout test: a barcode burst and an amount typed,
    // and the sale that is committed.
    void testScanAndCashByKeyboardCommitsTheSale()
    {
        m_shop->openShift();
        showPage();
        m_keys->scan("7891234567895");
        m_keys->scan("7891234567895");
        QCOMPARE(cart().lines.size(), 1);
        QCOMPARE(cart().lines.first().quantity, 2);
        QCOMPARE(m_page->search()->field()->text(), QString()); // the burst was swallowed
        QCOMPARE(m_page->totals()->totalText(), "R$\u00A091.80");

        ModalAnswerer answers;
        answers.then("paymentDialog", [](QWidget *w) {
            auto *dialog = static_cast<PaymentDialog *>(w);
            QCOMPARE(dialog->method(), PaymentMethod::Cash);
            // The amount left is there, selected: typing replaces it.
            QCOMPARE(dialog->amountField()->selectedText(), "91.80");
            QTest::keyClicks(focusIn(w), "100");
            QCOMPARE(dialog->changeText(), "Change: R$\u00A08.20");
            QTest::keyClick(focusIn(w), Qt::Key_Return);
        });
        m_keys->key(Qt::Key_F12);
        QVERIFY(answers.done());
        QVERIFY(answers.unexpected.isEmpty());

        const Sale sale = onlySale();
        QCOMPARE(sale.total, reais(9180));
        QCOMPARE(sale.userId, m_shop->frontDesk);
        QCOMPARE(sale.payments.size(), 1);
        QCOMPARE(sale.payments.first().method, PaymentMethod::Cash);
        QCOMPARE(sale.payments.first().tendered, std::optional(reais(10000)));
        QCOMPARE(sale.payments.first().change, std::optional(reais(820)));
        QVERIFY(!sale.shiftId.isNull());
        QVERIFY(m_page->isShowingCompletion());
        QCOMPARE(m_page->completion()->changeText(), "R$\u00A08.20");
        QVERIFY(m_page->completion()->numberText().contains(sale.number));
        QCOMPARE(m_page->completion()->saleId(), sale.id);

        // Enter: the next client.
        m_keys->key(Qt::Key_Return);
        QVERIFY(!m_page->isShowingCompletion());
        QVERIFY(cart().lines.isEmpty());
        QCOMPARE(QApplication::focusWidget(), m_page->search()->field());
    }

    // F3 sells a card: code (scanned, ending in Enter), amount, and the card
    // holds it once the sale is paid; the same code later tops it up.
    void testSellAndTopUpAGiftCardByKeyboard()
    {
        m_shop->openShift();
        showPage();
        QString newCardState, toppedUpState, badCodeError;
        const auto sellCard = [](const QString &code, const QString &amount, QString *state) {
            return [=](QWidget *w) {
                auto *dialog = static_cast<GiftCardSaleDialog *>(w);
                QCOMPARE(focusIn(w), dialog->code());
                QTest::keyClicks(dialog->code(), code);
                QTest::keyClick(dialog->code(), Qt::Key_Return);
                QCOMPARE(QApplication::focusWidget(), dialog->amount());
                *state = dialog->cardState()->text();
                QTest::keyClicks(dialog->amount(), amount);
                QTest::keyClick(dialog->amount(), Qt::Key_Return);
            };
        };
        const auto payCash = [](QWidget *w) { QTest::keyClick(focusIn(w), Qt::Key_Return); };

        ModalAnswerer answers;
        answers.then("giftCardSaleDialog", sellCard("gc-2026 0001", "100", &newCardState))
            .then("paymentDialog", payCash);
        m_keys->key(Qt::Key_F3);
        QCOMPARE(cart().lines.size(), 1);
        QCOMPARE(cart().lines.first().kind, SaleLineKind::GiftCard);
        QCOMPARE(cart().lines.first().giftCardCode, "GC20260001");
        QCOMPARE(m_page->totals()->totalText(), "R$\u00A0100.00");
        m_keys->key(Qt::Key_F12);
        QVERIFY(answers.done());
        QCOMPARE(newCardState, "A new card.");
        const GiftCard card = must(GiftCards(store()).findByCode("GC20260001"), "card");
        QCOMPARE(GiftCards(store()).balance(card).value(), reais(10000));
        QCOMPARE(onlySale().lines.first().giftCardId, card.id);

        m_keys->key(Qt::Key_Return); // the next sale
        ModalAnswerer topUp;
        topUp
            .then("giftCardSaleDialog",
                  [&](QWidget *w) {
                      // A code core refuses: the error, and nothing in the cart.
                      auto *dialog = static_cast<GiftCardSaleDialog *>(w);
                      QTest::keyClicks(dialog->code(), "ab!");
                      QTest::keyClicks(dialog->amount(), "10");
                      QTest::keyClick(dialog->amount(), Qt::Key_Return);
                      QVERIFY(dialog->isVisible());
                      badCodeError = w->findChild<FormMessage *>()->text();
                      dialog->code()->clear();
                      dialog->amount()->clear();
                      sellCard("GC20260001", "50", &toppedUpState)(w);
                  })
            .then("paymentDialog", payCash);
        m_keys->key(Qt::Key_F3);
        QCOMPARE(cart().lines.size(), 1);
        m_keys->key(Qt::Key_F12);
        QVERIFY(topUp.done());
        QVERIFY2(badCodeError.contains("only letters and digits"), qPrintable(badCodeError));
        QVERIFY2(toppedUpState.contains("R$\u00A0100.00"), qPrintable(toppedUpState));
        QCOMPARE(GiftCards(store()).balance(card).value(), reais(15000));
        QCOMPARE(sales().size(), 2);
    }

    // F10 with a client who owes: part by card (its code asked for), the
    // rest in cash with change; the button goes once nothing is owed.
    void testReceiveWhatIsOwed()
    {
        Cart owing = m_shop->cartOf({ { m_shop->shampoo, 2 } }); // 91.80
        owing.clientId = m_shop->client;
        CheckoutRequest r
            = m_shop->request(owing, { Tender { PaymentMethod::Card, reais(3000), "A1", {} } });
        r.leaveRestDue = true;
        must(CheckoutService(store()).checkout(r), "sale left due");
        m_shop->openShift();
        showPage();
        QVERIFY(!m_page->receiveDueButton()->isVisible());
        QVERIFY(m_page->cart()->setClient(m_shop->client).ok());
        QVERIFY2(m_page->clientText().contains("Owes R$\u00A061.80"),
                 qPrintable(m_page->clientText()));
        QVERIFY(m_page->receiveDueButton()->isVisible());

        QString cardRefusal;
        ModalAnswerer answers;
        answers.then("duePaymentDialog", [&](QWidget *w) {
            auto *dialog = static_cast<DuePaymentDialog *>(w);
            QCOMPARE(focusIn(w), dialog->amountField());
            QCOMPARE(dialog->amountField()->selectedText(), "61.80");
            QTest::keyClick(w, Qt::Key_F3);
            QCOMPARE(dialog->methodField()->currentIndex(), 1);
            QTest::keyClicks(dialog->amountField(), "20");
            QCOMPARE(dialog->changeText(), "Still owed after this: R$\u00A041.80");
            QTest::keyClick(dialog->amountField(), Qt::Key_Return);
            cardRefusal = dialog->message()->text();
            QCOMPARE(QApplication::focusWidget(), dialog->authorisationField());
            QTest::keyClicks(dialog->authorisationField(), "7F2C10");
            QTest::keyClick(dialog->authorisationField(), Qt::Key_Return);
        });
        m_keys->key(Qt::Key_F10);
        QVERIFY(answers.done());
        QVERIFY2(cardRefusal.contains("authorisation"), qPrintable(cardRefusal));
        QCOMPARE(ClientAccount(store()).due(m_shop->client).value(), reais(4180));
        QVERIFY2(m_page->message()->text().contains("Still owed: R$\u00A041.80"),
                 qPrintable(m_page->message()->text()));
        QVERIFY(m_page->clientText().contains("Owes R$\u00A041.80"));

        ModalAnswerer rest;
        rest.then("duePaymentDialog", [](QWidget *w) {
            auto *dialog = static_cast<DuePaymentDialog *>(w);
            QTest::keyClicks(focusIn(w), "50");
            QCOMPARE(dialog->changeText(), "Change: R$\u00A08.20");
            QTest::keyClick(dialog->amountField(), Qt::Key_Return);
        });
        m_keys->key(Qt::Key_F10);
        QVERIFY(rest.done());
        QCOMPARE(ClientAccount(store()).due(m_shop->client).value(), reais(0));
        QVERIFY(m_page->message()->text().contains("Change to give: R$\u00A08.20"));
        QVERIFY(!m_page->receiveDueButton()->isVisible());
        QCOMPARE(sales().size(), 1); // paying what is owed is no new sale
    }

    void testSaleCompletedIsSignalled()
    {
        m_shop->openShift();
        showPage();
        QSignalSpy completed(m_page.get(), &CheckoutPage::saleCompleted);
        m_keys->scan("7891000000014");
        ModalAnswerer answers;
        answers.then("paymentDialog",
                     [](QWidget *w) { QTest::keyClick(focusIn(w), Qt::Key_Return); });
        m_keys->key(Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter is Pay too
        QVERIFY(answers.done());
        QCOMPARE(completed.count(), 1);
        QCOMPARE(completed.first().first().value<Id>(), onlySale().id);
        // A scan on the completion view starts the next sale with that item.
        m_keys->scan("7891234567895");
        QVERIFY(!m_page->isShowingCompletion());
        QCOMPARE(cart().lines.size(), 1);
        QCOMPARE(cart().lines.first().productId, m_shop->shampoo);
    }

    void testAnUnknownCodeAddsNothing()
    {
        showPage();
        m_keys->scan("7890000000000");
        QVERIFY(cart().lines.isEmpty());
        QCOMPARE(m_page->message()->kind(), FormMessage::Kind::Error);
        QVERIFY2(m_page->message()->text().contains("7890000000000"),
                 qPrintable(m_page->message()->text()));
        QVERIFY(m_page->message()->text().contains("Nothing was added"));
    }

    void testTypingSearchesAndEnterAddsTheHighlightedOne()
    {
        showPage();
        m_keys->type("cond");
        QListWidget *results = m_page->search()->results();
        QVERIFY(results->isVisible());
        QCOMPARE(results->count(), 1);
        QVERIFY(results->item(0)->text().contains("CD-500"));
        QVERIFY(results->item(0)->text().contains("3 in stock"));
        m_keys->key(Qt::Key_Return, Qt::NoModifier, 200);
        QCOMPARE(cart().lines.size(), 1);
        QCOMPARE(cart().lines.first().productId, m_shop->conditioner);
        QCOMPARE(m_page->search()->field()->text(), QString());
        // A SKU typed in full, and Enter.
        m_keys->type("gw");
        m_keys->key(Qt::Key_Return, Qt::NoModifier, 200);
        QCOMPARE(cart().lines.size(), 2);
        QCOMPARE(cart().lines.at(1).productId, m_shop->giftWrap);
    }

    void testServicesAskWhoPerformedThem()
    {
        showPage();
        m_keys->type("corte"); // "Corte", without its accent or case
        QCOMPARE(m_page->search()->results()->count(), 1);
        QVERIFY(m_page->search()->results()->item(0)->text().contains("service"));
        ModalAnswerer answers;
        answers.then("staffPickerDialog", [](QWidget *w) {
            auto *list = w->findChild<QListWidget *>("staffChoices");
            QCOMPARE(list->count(), 2); // Ana and Bruno perform cuts
            QTest::keyClick(list, Qt::Key_Down);
            QTest::keyClick(list, Qt::Key_Return);
        });
        m_keys->key(Qt::Key_Return, Qt::NoModifier, 200);
        QVERIFY(answers.done());
        QCOMPARE(cart().lines.size(), 1);
        QCOMPARE(cart().lines.first().kind, SaleLineKind::Service);
        QCOMPARE(cart().lines.first().staffId, m_shop->bruno);
        // Colouring is Ana's alone: no question.
        m_keys->type("colora");
        m_keys->key(Qt::Key_Return, Qt::NoModifier, 200);
        QCOMPARE(cart().lines.size(), 2);
        QCOMPARE(cart().lines.at(1).staffId, m_shop->ana);
    }

    void testCartKeysChangeQuantityRemoveAndUndo()
    {
        showPage();
        m_keys->scan("7891234567895");
        m_keys->scan("7891000000014");
        // Down from the empty search goes to the cart.
        m_keys->key(Qt::Key_Down, Qt::NoModifier, 200);
        QCOMPARE(QApplication::focusWidget(), m_page->cartView());
        QCOMPARE(m_page->cartView()->currentRow(), 1); // on the last line added
        m_keys->type("+");
        QCOMPARE(cart().lines.at(1).quantity, 2);
        m_keys->key(Qt::Key_Up, Qt::NoModifier, 200);
        m_keys->type("5");
        m_keys->key(Qt::Key_Return, Qt::NoModifier, 200);
        // The item delegate commits an edit from the event loop.
        QTRY_COMPARE(cart().lines.at(0).quantity, 5);
        m_keys->type("-");
        QCOMPARE(cart().lines.at(0).quantity, 4);
        m_keys->key(Qt::Key_Delete, Qt::NoModifier, 200);
        QCOMPARE(cart().lines.size(), 1);
        QCOMPARE(cart().lines.first().productId, m_shop->conditioner);
        // Ctrl+Z, even from the search field, brings the line back.
        m_keys->key(Qt::Key_Escape, Qt::NoModifier, 200);
        QCOMPARE(QApplication::focusWidget(), m_page->search()->field());
        m_keys->key(Qt::Key_Z, Qt::ControlModifier, 200);
        QCOMPARE(cart().lines.size(), 2);
        QCOMPARE(cart().lines.at(0).quantity, 4);
        // Conditioner: 2 in the cart, 3 in stock. Seven are more than there are.
        m_page->cartView()->setFocus();
        m_page->cartView()->showRow(1);
        m_keys->type("7");
        m_keys->key(Qt::Key_Return, Qt::NoModifier, 200);
        QTRY_COMPARE(cart().lines.at(1).quantity, 7);
        QVERIFY2(m_page->totals()->warningsText().contains("Only 3 of Condicionador 500 ml"),
                 qPrintable(m_page->totals()->warningsText()));
    }

    void testADiscountAboveTheLimitNeedsAManager()
    {
        m_shop->openShift();
        showPage();
        m_keys->scan("7891234567895");
        ModalAnswerer answers;
        QString firstRefusal;
        answers
            .then("discountDialog",
                  [](QWidget *w) {
                      QTest::keyClicks(w->findChild<QLineEdit *>("discountField"), "50%");
                      QTest::keyClick(focusIn(w), Qt::Key_Return);
                  })
            .then("paymentDialog", [](QWidget *w) { pressLater(w, Qt::Key_Return); })
            .then("managerApprovalDialog", [&](QWidget *w) {
                auto *login = w->findChild<QLineEdit *>("approvalLogin");
                auto *password = w->findChild<QLineEdit *>("approvalPassword");
                // The front desk may not approve its own discount.
                QTest::keyClicks(login, "recepcao");
                QTest::keyClicks(password, "senha-forte-2");
                clickNamed(w, "approveButton");
                firstRefusal = w->findChild<FormMessage *>("approvalMessage")->text();
                login->clear();
                QTest::keyClicks(login, "gerente");
                QTest::keyClicks(password, "senha-forte-1");
                clickNamed(w, "approveButton");
            });
        m_keys->key(Qt::Key_F6);
        QCOMPARE(cart().orderDiscount, Discount::percent(5000));
        QVERIFY2(m_page->totals()->warningsText().contains("manager's approval"),
                 qPrintable(m_page->totals()->warningsText()));
        m_keys->key(Qt::Key_F12);
        QVERIFY(answers.done());
        QVERIFY2(firstRefusal.contains("manager"), qPrintable(firstRefusal));
        const Sale sale = onlySale();
        QCOMPARE(sale.approvedBy, m_shop->manager);
        QCOMPARE(sale.total, reais(2295));
        QCOMPARE(sale.discount, reais(2295));
    }

    // Every question on the way to a sale can be declined, and then nothing
    // is written: the payment dialog says so and the cart is still there.
    void testDecliningChargesNothing_data()
    {
        QTest::addColumn<bool>("shiftOpen");
        QTest::addColumn<qint64>("discountBp");
        QTest::addColumn<QString>("question");
        QTest::addRow("a manager's approval") << true << qint64(3000) << "managerApprovalDialog";
        QTest::addRow("opening the drawer") << false << qint64(0) << "openShiftQuestion";
    }
    void testDecliningChargesNothing()
    {
        QFETCH(bool, shiftOpen);
        QFETCH(qint64, discountBp);
        QFETCH(QString, question);
        if (shiftOpen)
            m_shop->openShift();
        showPage();
        m_keys->scan("7891234567895");
        if (discountBp > 0)
            QVERIFY(m_page->cart()->setLineDiscount(0, Discount::percent(discountBp)).ok());
        const QList<qint64> before = footprint(store());
        QString paymentMessage;
        ModalAnswerer answers;
        answers.then("paymentDialog", [](QWidget *w) { pressLater(w, Qt::Key_Return); })
            .then(question, [](QWidget *w) { QTest::keyClick(w, Qt::Key_Escape); })
            .then("paymentDialog", [&](QWidget *w) {
                paymentMessage = w->findChild<FormMessage *>("paymentMessage")->text();
                QTest::keyClick(w, Qt::Key_Escape);
            });
        m_keys->key(Qt::Key_F12);
        QVERIFY(answers.done());
        QCOMPARE(paymentMessage, "Nothing was charged.");
        QCOMPARE(footprint(store()), before);
        QVERIFY(!m_page->isShowingCompletion());
        QCOMPARE(cart().lines.size(), 1);
    }

    void testCashWithoutAShiftOpensOneRightThere()
    {
        showPage();
        QVERIFY(m_page->shiftBar()->stateText().contains("no shift open"));
        m_keys->scan("7891000000014");
        ModalAnswerer answers;
        answers.then("paymentDialog", [](QWidget *w) { pressLater(w, Qt::Key_Return); })
            .then("openShiftQuestion", [](QWidget *w) { clickNamed(w, "openShiftNow"); })
            .then("openShiftDialog", [](QWidget *w) {
                QTest::keyClicks(w->findChild<QLineEdit *>("openingFloat"), "150");
                QTest::keyClick(focusIn(w), Qt::Key_Return);
            });
        m_keys->key(Qt::Key_F12);
        QVERIFY(answers.done());
        const Sale sale = onlySale();
        const auto shift = ShiftService(store()).openShift(m_shop->drawer).value();
        QVERIFY(shift.has_value());
        QCOMPARE(shift->openingFloat, reais(15000));
        QCOMPARE(sale.shiftId, shift->id);
        QVERIFY(m_page->shiftBar()->stateText().contains("open since"));
    }

    void testCheckoutFromAnAppointment()
    {
        const Appointment visit = bookCut();
        showPage();
        m_page->checkoutAppointment(visit.id);
        QCOMPARE(cart().appointmentId, visit.id);
        QCOMPARE(cart().clientId, m_shop->client);
        QCOMPARE(cart().lines.size(), 1);
        QCOMPARE(cart().lines.first().staffId, m_shop->ana);
        QCOMPARE(cart().lines.first().unitPrice, reais(8000));
        QVERIFY(m_page->clientText().contains("Joana Silva"));
        // A product on top, then the card.
        m_keys->scan("7891234567895");
        QCOMPARE(cart().lines.size(), 2);
        ModalAnswerer answers;
        answers.then("paymentDialog", [](QWidget *w) {
            auto *dialog = static_cast<PaymentDialog *>(w);
            QTest::keyClick(focusIn(w), Qt::Key_F3);
            QCOMPARE(focusIn(w), dialog->authorisationField());
            QTest::keyClicks(focusIn(w), "A1B2C3");
            QTest::keyClick(focusIn(w), Qt::Key_Return);
        });
        m_keys->key(Qt::Key_F12);
        QVERIFY(answers.done());
        const Sale sale = onlySale();
        QCOMPARE(sale.appointmentId, visit.id);
        QCOMPARE(sale.clientId, m_shop->client);
        QCOMPARE(sale.total, reais(8000 + 4590));
        QCOMPARE(sale.payments.first().reference, "A1B2C3");
        QCOMPARE(must(AppointmentBook(store()).find(visit.id), "visit").status,
                 AppointmentStatus::Completed);
        // Charged once: bringing it again says so and changes nothing.
        m_keys->key(Qt::Key_Return);
        m_page->checkoutAppointment(visit.id);
        QVERIFY(cart().lines.isEmpty());
        QVERIFY2(m_page->message()->text().contains(sale.number),
                 qPrintable(m_page->message()->text()));
    }

    void testAnAppointmentReplacesTheCartUndoably()
    {
        const Appointment visit = bookCut();
        showPage();
        m_keys->scan("7891000000014");
        m_page->checkoutAppointment(visit.id);
        QCOMPARE(cart().lines.size(), 1);
        QCOMPARE(cart().appointmentId, visit.id);
        QVERIFY(m_page->message()->text().contains("Ctrl+Z"));
        m_keys->key(Qt::Key_Z, Qt::ControlModifier, 200);
        QCOMPARE(cart().lines.first().productId, m_shop->conditioner);
        QVERIFY(cart().appointmentId.isNull());
    }

    void testFromTheAgendaToTheCheckout()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
        LanguageSwitcher languages(settings);
        QVERIFY(languages.switchTo("en", false));
        const Appointment visit = bookCut();
        UserAccount user;
        user.id = m_shop->frontDesk;
        user.login = "recepcao";
        MainWindow window(store(), languages, user);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.navigation()->isAvailable(NavigationBar::Area::Checkout));
        QCOMPARE(window.navigation()->list()->item(0)->text(), "Checkout");
        AppointmentActions *actions = window.agendaPage()->actions();
        actions->setAppointment(must(AppointmentBook(store()).find(visit.id), "visit"));
        QVERIFY(actions->checkoutAction()->isEnabled());
        actions->checkoutAction()->trigger();
        QCOMPARE(window.navigation()->current(), NavigationBar::Area::Checkout);
        QCOMPARE(window.checkoutPage()->cart()->cart().appointmentId, visit.id);
        // F9 comes back to the checkout from another area.
        window.navigation()->select(NavigationBar::Area::Clients);
        QTest::keyClick(&window, Qt::Key_F9);
        QCOMPARE(window.navigation()->current(), NavigationBar::Area::Checkout);
        // A cancelled visit cannot be charged.
        Appointment cancelled = visit;
        cancelled.status = AppointmentStatus::Cancelled;
        actions->setAppointment(cancelled);
        QVERIFY(!actions->checkoutAction()->isEnabled());

        // From a client's page: a sale for them, the cart's other lines kept.
        window.navigation()->select(NavigationBar::Area::Clients);
        window.clientsPage()->showClient(m_shop->client);
        ClientDetailPanel *panel = window.clientsPage()->clientPanel();
        QCOMPARE(panel->client(), m_shop->client);
        QVERIFY(panel->sellButton()->isVisible());
        QVERIFY(
            !window.agendaPage()->clientPanel()->sellButton()->isVisibleTo(window.agendaPage()));
        QTest::mouseClick(panel->sellButton(), Qt::LeftButton);
        QCOMPARE(window.navigation()->current(), NavigationBar::Area::Checkout);
        QCOMPARE(window.checkoutPage()->cart()->cart().clientId, m_shop->client);
        QCOMPARE(window.checkoutPage()->cart()->cart().appointmentId, visit.id);
        QCOMPARE(QApplication::focusWidget(), window.checkoutPage()->search()->field());
    }
};

QTEST_MAIN(TestCheckoutPage)
#include "TestCheckoutPage.moc"
