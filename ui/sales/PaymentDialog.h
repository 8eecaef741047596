// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cash/CashShift.h"
#include "sales/CheckoutService.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Balcao {

class FormMessage;
class LocalStore;
class MoneyField;

// Taking the money for a sale. The amount due in big type; a button per
// method (F2 cash, F3 card, F4 PIX, F5 store credit, F6 gift card); the
// amount field holds what is left, so Enter alone takes it exactly. Cash
// shows the change as the notes are typed; card asks for the terminal's
// authorisation code; PIX shows the QR code of the amount (SalesSettings'
// static BR Code) and Enter confirms it arrived; store credit and gift cards
// show their balance. Payments that do not cover the total pile up in a list
// (Delete removes one) until they do; with a client, the rest may be left on
// their account. Enter completes as soon as the sale is covered, through
// CheckoutFlow (a manager's approval, a shift to open), and the dialog
// closes with the committed sale.
class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    // `request` is the sale without its payments; `review` is core's review
    // of its cart; `clientName` is empty for a sale without a client.
    PaymentDialog(LocalStore &store, const CheckoutRequest &request, const CheckoutReview &review,
                  const CashDrawer &drawer, const QString &clientName, QWidget *parent = nullptr);

    const Sale &sale() const { return m_sale; }
    PaymentMethod method() const { return m_method; }
    const QList<Tender> &tenders() const { return m_tenders; }
    Money leftToPay() const;

    QPushButton *methodButton(PaymentMethod method) const { return m_methods.value(method); }
    MoneyField *amountField() const { return m_amount; }
    QLineEdit *authorisationField() const { return m_authorisation; }
    QLineEdit *giftCardField() const { return m_giftCode; }
    QLabel *pixImage() const { return m_pixImage; }
    QString pixPayload() const;
    QListWidget *paymentList() const { return m_list; }
    QCheckBox *leaveDueBox() const { return m_leaveDue; }
    FormMessage *message() const { return m_message; }
    QString changeText() const;
    QString balanceText() const;

public slots:
    void selectMethod(Balcao::PaymentMethod method);
    // Adds what the amount field says with the current method.
    bool addPayment();
    void removePayment(int row);
    void lookUpGiftCard();
    // Commits the sale if the payments cover it (or the rest may be left due).
    void complete();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildMethods();
    QWidget *buildCashPage();
    QWidget *buildCardPage();
    QWidget *buildPixPage();
    QWidget *buildCreditPage();
    QWidget *buildGiftCardPage();
    void enterPressed();
    void prefillAmount();
    void refresh();
    void updateTyped();
    void updatePix();
    void setUpPix();
    Result<Settlement> settle(const QList<Tender> &tenders) const;
    bool isCovered() const;

    LocalStore &m_store;
    CheckoutRequest m_request;
    CheckoutReview m_review;
    CashDrawer m_drawer;
    QString m_clientName;
    Currency m_currency;
    QString m_pixReference;
    QList<Tender> m_tenders;
    PaymentMethod m_method = PaymentMethod::Cash;
    std::optional<Money> m_giftCardBalance; // of the card typed, once looked up
    Sale m_sale;

    QLabel *m_due = nullptr;
    QMap<PaymentMethod, QPushButton *> m_methods;
    QMap<PaymentMethod, QWidget *> m_pages;
    QStackedWidget *m_stack = nullptr;
    MoneyField *m_amount = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLabel *m_change = nullptr;
    QLineEdit *m_authorisation = nullptr;
    QLabel *m_pixImage = nullptr;
    QLineEdit *m_pixPayload = nullptr;
    QLabel *m_pixHint = nullptr;
    QPushButton *m_pixSetUp = nullptr;
    QLabel *m_credit = nullptr;
    QLineEdit *m_giftCode = nullptr;
    QLabel *m_giftBalance = nullptr;
    QPushButton *m_add = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_progress = nullptr;
    QCheckBox *m_leaveDue = nullptr;
    FormMessage *m_message = nullptr;
    QPushButton *m_complete = nullptr;
};

} // namespace Balcao
