// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuePaymentDialog.h"

#include "PixQr.h"
#include "common/Money.h"
#include "sales/SalesSettings.h"
#include "shell/FormMessage.h"
#include "shell/MoneyField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Balcao {

namespace {

constexpr int kQrBoxPixels = 228; // as the payment dialog's

// The methods' keys, as in the payment dialog; which methods pay what is
// owed is DuePayment's to say.
constexpr struct
{
    PaymentMethod method;
    Qt::Key key;
} kKeys[] = {
    { PaymentMethod::Cash, Qt::Key_F2 },
    { PaymentMethod::Card, Qt::Key_F3 },
    { PaymentMethod::Pix, Qt::Key_F4 },
};

} // namespace

DuePaymentDialog::DuePaymentDialog(LocalStore &store, DuePaymentRequest request,
                                   const QString &clientName, const Money &owed, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_request(std::move(request))
    , m_owed(owed)
    , m_method(new QComboBox(this))
    , m_amount(new MoneyField(owed.currency(), this))
    , m_change(new QLabel(this))
    , m_authorisationLabel(new QLabel(tr("Card terminal's &authorisation code"), this))
    , m_authorisation(new QLineEdit(this))
    , m_pixImage(new QLabel(this))
    , m_pixPayload(new QLineEdit(this))
    , m_pixHint(new QLabel(this))
    , m_message(new FormMessage(this))
{
    setObjectName(QStringLiteral("duePaymentDialog"));
    setWindowTitle(tr("Receive what is owed"));

    auto *title = new QLabel(tr("%1 owes").arg(clientName), this);
    auto *owedLabel = new QLabel(owed.toDisplayString(), this);
    owedLabel->setObjectName(QStringLiteral("dueAmount"));
    QFont big = owedLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    owedLabel->setFont(big);

    m_method->setObjectName(QStringLiteral("dueMethod"));
    for (const PaymentMethod method : DuePayment::acceptedMethods()) {
        QString text = paymentMethodDisplayName(method);
        for (const auto &k : kKeys) {
            if (k.method != method)
                continue;
            text = tr("%1 (%2)").arg(text, QKeySequence(k.key).toString(QKeySequence::NativeText));
            auto *shortcut = new QShortcut(QKeySequence(k.key), this);
            connect(shortcut, &QShortcut::activated, this,
                    [this, method] { selectMethod(method); });
        }
        m_method->addItem(text, QVariant::fromValue(int(method)));
    }
    m_amount->setObjectName(QStringLiteral("dueAmountField"));
    m_amount->setAmount(owed);
    m_change->setObjectName(QStringLiteral("dueChange"));
    m_authorisation->setObjectName(QStringLiteral("dueAuthorisation"));
    m_authorisation->setMaxLength(40);
    m_authorisationLabel->setBuddy(m_authorisation);
    m_pixImage->setObjectName(QStringLiteral("duePixQrCode"));
    m_pixImage->setAlignment(Qt::AlignCenter);
    m_pixImage->setFixedSize(kQrBoxPixels, kQrBoxPixels);
    m_pixImage->setAccessibleName(tr("PIX QR code"));
    m_pixPayload->setReadOnly(true);
    m_pixPayload->setAccessibleName(tr("PIX copy and paste code"));
    m_pixHint->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("duePaymentMessage"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Method"), m_method);
    form->addRow(tr("&Amount"), m_amount);
    form->addRow(QString(), m_change);
    form->addRow(m_authorisationLabel, m_authorisation);
    auto *pix = new QHBoxLayout;
    pix->addWidget(m_pixImage);
    auto *pixText = new QVBoxLayout;
    pixText->addWidget(m_pixHint);
    pixText->addWidget(m_pixPayload);
    pixText->addStretch(1);
    pix->addLayout(pixText, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Receive"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DuePaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(owedLabel);
    layout->addLayout(form);
    layout->addLayout(pix);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_method, &QComboBox::currentIndexChanged, this, &DuePaymentDialog::update);
    connect(m_amount, &QLineEdit::textChanged, this, &DuePaymentDialog::update);
    update();
    m_amount->setFocus();
}

PaymentMethod DuePaymentDialog::method() const
{
    return static_cast<PaymentMethod>(m_method->currentData().toInt());
}

void DuePaymentDialog::selectMethod(PaymentMethod method)
{
    const int index = m_method->findData(QVariant::fromValue(int(method)));
    if (index >= 0)
        m_method->setCurrentIndex(index);
    m_amount->setFocus();
    m_amount->selectAll();
}

QString DuePaymentDialog::changeText() const
{
    return m_change->text();
}

void DuePaymentDialog::update()
{
    const PaymentMethod current = method();
    const bool card = current == PaymentMethod::Card;
    const bool pix = current == PaymentMethod::Pix;
    m_authorisationLabel->setVisible(card);
    m_authorisation->setVisible(card);
    m_pixImage->setVisible(pix);
    m_pixPayload->setVisible(pix);
    m_pixHint->setVisible(pix);

    // What the amount leaves, as DuePayment will settle it: change for cash
    // beyond what is owed, or what is still owed after paying part.
    QString text;
    if (auto amount = m_amount->amountOrZero(); amount && amount->isPositive()) {
        auto settled = DuePayment::settle(m_owed, { Tender { current, *amount, {}, {} } });
        if (!settled)
            text = settled.error().message;
        else if (!settled->change.isZero())
            text = tr("Change: %1").arg(settled->change.toDisplayString());
        else if (!settled->stillDue.isZero())
            text = tr("Still owed after this: %1").arg(settled->stillDue.toDisplayString());
        else
            text = tr("Pays off everything owed.");
    }
    m_change->setText(text);
    if (pix)
        updatePix();
}

void DuePaymentDialog::updatePix()
{
    const SalesSettings settings(m_store);
    const auto pix = settings.pix();
    if (!pix) {
        m_pixHint->setText(pix.error().message);
        m_pixImage->clear();
        m_pixPayload->clear();
        return;
    }
    if (!pix->isSet()) {
        m_pixHint->setText(tr("PIX is not set up yet: a manager or an admin sets it up in File ▸ "
                              "Checkout settings. Until then, take another method."));
        m_pixImage->clear();
        m_pixPayload->clear();
        return;
    }
    auto amount = m_amount->amountOrZero();
    if (!amount || !amount->isPositive()) {
        m_pixHint->setText(tr("Type the amount to charge by PIX."));
        m_pixImage->clear();
        m_pixPayload->clear();
        return;
    }
    auto qr = pixQrFor(settings, *amount, QString(), kQrBoxPixels);
    if (!qr) {
        m_pixHint->setText(qr.error().message);
        m_pixImage->clear();
        m_pixPayload->clear();
        return;
    }
    m_pixImage->setPixmap(qr->image);
    m_pixPayload->setText(qr->payload);
    m_pixPayload->setCursorPosition(0);
    m_pixHint->setText(tr("The client scans the code in their bank's app and pays %1. When the "
                          "payment shows in the business's account, press Enter.")
                           .arg(amount->toDisplayString()));
}

void DuePaymentDialog::accept()
{
    auto amount = m_amount->amount();
    if (!amount) {
        m_message->showError(amount.error().message);
        m_amount->setFocus();
        return;
    }
    DuePaymentRequest request = m_request;
    request.tenders = { Tender { method(), *amount, m_authorisation->text().trimmed(), {} } };
    auto outcome = DuePayment(m_store).pay(request);
    if (!outcome) {
        m_message->showError(outcome.error().message);
        // The cursor goes where the fix is typed.
        if (outcome.error().code == QLatin1String("payment.cardReferenceRequired"))
            m_authorisation->setFocus();
        else
            m_amount->setFocus();
        return;
    }
    m_outcome = *outcome;
    QDialog::accept();
}

} // namespace Balcao
