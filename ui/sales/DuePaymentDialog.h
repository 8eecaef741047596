// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/DuePayment.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Balcao {

class FormMessage;
class LocalStore;
class MoneyField;

// A client paying off what they left on their account at earlier sales:
// the amount owed in big type, the method (DuePayment's: F2 cash, F3 card,
// F4 PIX), the amount (all of it, selected, so Enter takes it; typing pays
// part), and what each method needs — the change for cash, the terminal's
// authorisation for a card, the QR code for PIX. What an amount leaves
// (change, still owed) is DuePayment::settle's; DuePayment records it; a
// refusal is shown here and records nothing.
class DuePaymentDialog : public QDialog
{
    Q_OBJECT
public:
    DuePaymentDialog(LocalStore &store, DuePaymentRequest request, const QString &clientName,
                     const Money &owed, QWidget *parent = nullptr);

    QComboBox *methodField() const { return m_method; }
    MoneyField *amountField() const { return m_amount; }
    QLineEdit *authorisationField() const { return m_authorisation; }
    QLabel *pixImage() const { return m_pixImage; }
    QString changeText() const;
    FormMessage *message() const { return m_message; }
    // After Accepted: what was paid, the change and what is still owed.
    const DuePayment::Outcome &outcome() const { return m_outcome; }

    void selectMethod(PaymentMethod method);

public slots:
    void accept() override;

private:
    PaymentMethod method() const;
    void update();
    void updatePix();

    LocalStore &m_store;
    DuePaymentRequest m_request;
    Money m_owed;
    DuePayment::Outcome m_outcome;

    QComboBox *m_method = nullptr;
    MoneyField *m_amount = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_authorisationLabel = nullptr;
    QLineEdit *m_authorisation = nullptr;
    QLabel *m_pixImage = nullptr;
    QLineEdit *m_pixPayload = nullptr;
    QLabel *m_pixHint = nullptr;
    FormMessage *m_message = nullptr;
};

} // namespace Balcao
