// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentDialog.h"

#include "CheckoutFlow.h"
#include "PixQr.h"
#include "PixSetupDialog.h"
#include "SalesStyle.h"
#include "common/Money.h"
#include "sales/GiftCards.h"
#include "sales/PaymentLedger.h"
#include "sales/SalesSettings.h"
#include "shell/FormMessage.h"
#include "shell/MoneyField.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Balcao {

namespace {

// The QR code's box: room for the longest static PIX code at 4 pixels a
// module (whole pixels, for cheap scanners), reserved from the start so the
// dialog does not have to grow when PIX is chosen.
constexpr int kQrBoxPixels = 228;

struct MethodKey
{
    PaymentMethod method;
    Qt::Key key;
    const char *name;
};
constexpr MethodKey kMethods[] = {
    { PaymentMethod::Cash, Qt::Key_F2, "cashMethod" },
    { PaymentMethod::Card, Qt::Key_F3, "cardMethod" },
    { PaymentMethod::Pix, Qt::Key_F4, "pixMethod" },
    { PaymentMethod::StoreCredit, Qt::Key_F5, "creditMethod" },
    { PaymentMethod::GiftCard, Qt::Key_F6, "giftCardMethod" },
};

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("fieldHint"));
    label->setWordWrap(true);
    return label;
}

} // namespace

PaymentDialog::PaymentDialog(LocalStore &store, const CheckoutRequest &request,
                             const CheckoutReview &review, const CashDrawer &drawer,
                             const QString &clientName, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_request(request)
    , m_review(review)
    , m_drawer(drawer)
    , m_clientName(clientName)
    , m_currency(request.cart.currency)
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Payment"));
    // The PIX code names the sale it pays: the number this terminal gives
    // its next sale.
    if (auto number = nextDocumentNumber(store, request.locationId, false))
        m_pixReference = number->number;

    auto *dueCaption = new QLabel(tr("To pay"), this);
    dueCaption->setObjectName(QStringLiteral("dueCaption"));
    m_due = new QLabel(review.totals.total.toDisplayString(), this);
    m_due->setObjectName(QStringLiteral("amountDue"));

    buildMethods();
    m_amount = new MoneyField(m_currency, this);
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    m_amountLabel = new QLabel(this);
    m_amountLabel->setBuddy(m_amount);
    connect(m_amount, &QLineEdit::textChanged, this, &PaymentDialog::updateTyped);

    m_stack = new QStackedWidget(this);
    m_pages.insert(PaymentMethod::Cash, buildCashPage());
    m_pages.insert(PaymentMethod::Card, buildCardPage());
    m_pages.insert(PaymentMethod::Pix, buildPixPage());
    m_pages.insert(PaymentMethod::StoreCredit, buildCreditPage());
    m_pages.insert(PaymentMethod::GiftCard, buildGiftCardPage());
    for (QWidget *page : std::as_const(m_pages))
        m_stack->addWidget(page);

    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addPayment"));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addPayment() && isCovered())
            complete();
    });

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("paymentList"));
    m_list->setAccessibleName(tr("Payments so far"));
    m_list->setMaximumHeight(80);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("paymentProgress"));
    m_leaveDue = new QCheckBox(this);
    m_leaveDue->setObjectName(QStringLiteral("leaveRestDue"));
    m_leaveDue->setVisible(!request.cart.clientId.isNull());
    connect(m_leaveDue, &QCheckBox::toggled, this, [this](bool on) {
        // Leaving the rest due means taking nothing more now.
        if (on)
            m_amount->clear();
        else
            prefillAmount();
        refresh();
    });
    m_message = new FormMessage(this);
    m_message->setObjectName(QStringLiteral("paymentMessage"));

    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setAutoDefault(false);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_complete = new QPushButton(this);
    m_complete->setObjectName(QStringLiteral("completeSale"));
    m_complete->setAutoDefault(false);
    m_complete->setDefault(true); // drawn as the primary action; Enter is handled below
    connect(m_complete, &QPushButton::clicked, this, &PaymentDialog::complete);

    auto *methodBox = new QWidget(this);
    methodBox->setObjectName(QStringLiteral("paymentMethods"));
    auto *methods = new QHBoxLayout(methodBox);
    methods->setContentsMargins(0, 0, 0, 0);
    methods->setSpacing(6);
    for (const MethodKey &m : kMethods)
        methods->addWidget(m_methods.value(m.method));
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amountLabel);
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_add);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_complete);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(dueCaption);
    layout->addWidget(m_due);
    layout->addSpacing(4);
    layout->addWidget(methodBox);
    layout->addSpacing(4);
    layout->addLayout(amountRow);
    layout->addWidget(m_stack);
    layout->addWidget(m_list);
    layout->addWidget(m_progress);
    layout->addWidget(m_leaveDue);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    setMinimumWidth(600);
    applySalesStyle(this);

    selectMethod(PaymentMethod::Cash);
}

void PaymentDialog::buildMethods()
{
    const bool hasCredit = !m_request.cart.clientId.isNull() && m_review.clientStoreCredit
        && m_review.clientStoreCredit->isPositive();
    for (const MethodKey &m : kMethods) {
        auto *button = new QPushButton(this);
        button->setObjectName(QString::fromLatin1(m.name));
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setText(
            QStringLiteral("%1\n%2").arg(paymentMethodDisplayName(m.method),
                                         QKeySequence(m.key).toString(QKeySequence::NativeText)));
        const PaymentMethod method = m.method;
        connect(button, &QPushButton::clicked, this, [this, method] { selectMethod(method); });
        auto *shortcut = new QShortcut(QKeySequence(m.key), this);
        connect(shortcut, &QShortcut::activated, this, [this, method] { selectMethod(method); });
        m_methods.insert(m.method, button);
    }
    QPushButton *credit = m_methods.value(PaymentMethod::StoreCredit);
    credit->setEnabled(hasCredit);
    credit->setToolTip(hasCredit ? QString() : tr("The client of the sale has no store credit."));
}

QWidget *PaymentDialog::buildCashPage()
{
    auto *page = new QWidget(this);
    m_change = new QLabel(page);
    m_change->setObjectName(QStringLiteral("cashChange"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_change);
    layout->addStretch(1);
    return page;
}

QWidget *PaymentDialog::buildCardPage()
{
    auto *page = new QWidget(this);
    m_authorisation = new QLineEdit(page);
    m_authorisation->setObjectName(QStringLiteral("cardAuthorisation"));
    m_authorisation->setMaxLength(PaymentAllocator::kMaxReferenceLength);
    auto *label = new QLabel(tr("Card terminal's &authorisation code"), page);
    label->setBuddy(m_authorisation);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_authorisation);
    layout->addStretch(1);
    return page;
}

QWidget *PaymentDialog::buildPixPage()
{
    auto *page = new QWidget(this);
    m_pixImage = new QLabel(page);
    m_pixImage->setObjectName(QStringLiteral("pixQrCode"));
    m_pixImage->setAlignment(Qt::AlignCenter);
    m_pixImage->setFixedSize(kQrBoxPixels, kQrBoxPixels);
    m_pixImage->setAccessibleName(tr("PIX QR code"));
    m_pixPayload = new QLineEdit(page);
    m_pixPayload->setObjectName(QStringLiteral("pixPayload"));
    m_pixPayload->setReadOnly(true);
    m_pixPayload->setAccessibleName(tr("PIX copy and paste code"));
    m_pixHint = hint(QString(), page);
    m_pixHint->setObjectName(QStringLiteral("pixHint"));
    m_pixSetUp = new QPushButton(tr("Set &up PIX…"), page);
    m_pixSetUp->setObjectName(QStringLiteral("pixSetUp"));
    m_pixSetUp->setAutoDefault(false);
    connect(m_pixSetUp, &QPushButton::clicked, this, &PaymentDialog::setUpPix);
    auto *text = new QVBoxLayout;
    text->addWidget(m_pixHint);
    text->addWidget(m_pixPayload);
    text->addWidget(m_pixSetUp, 0, Qt::AlignLeft);
    text->addStretch(1);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pixImage);
    layout->addLayout(text, 1);
    return page;
}

QWidget *PaymentDialog::buildCreditPage()
{
    auto *page = new QWidget(this);
    m_credit = new QLabel(page);
    m_credit->setObjectName(QStringLiteral("storeCredit"));
    m_credit->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_credit);
    layout->addStretch(1);
    return page;
}

QWidget *PaymentDialog::buildGiftCardPage()
{
    auto *page = new QWidget(this);
    m_giftCode = new QLineEdit(page);
    m_giftCode->setObjectName(QStringLiteral("giftCardCode"));
    m_giftCode->setMaxLength(GiftCards::kMaxCodeLength);
    connect(m_giftCode, &QLineEdit::textEdited, this, [this] {
        m_giftCardBalance.reset();
        m_giftBalance->clear();
    });
    auto *label = new QLabel(tr("Gift card &code (Enter shows its balance)"), page);
    label->setBuddy(m_giftCode);
    m_giftBalance = new QLabel(page);
    m_giftBalance->setObjectName(QStringLiteral("giftCardBalance"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_giftCode);
    layout->addWidget(m_giftBalance);
    layout->addStretch(1);
    return page;
}

Result<Settlement> PaymentDialog::settle(const QList<Tender> &tenders) const
{
    // Allowing a rest due gives what is left instead of a refusal.
    return PaymentAllocator::settle(m_review.totals.total, tenders, true);
}

Money PaymentDialog::leftToPay() const
{
    auto settled = settle(m_tenders);
    return settled ? settled->due : m_review.totals.total;
}

bool PaymentDialog::isCovered() const
{
    return leftToPay().isZero();
}

QString PaymentDialog::pixPayload() const
{
    return m_pixPayload->text();
}

QString PaymentDialog::changeText() const
{
    return m_change->text();
}

QString PaymentDialog::balanceText() const
{
    return m_method == PaymentMethod::GiftCard ? m_giftBalance->text() : m_credit->text();
}

void PaymentDialog::selectMethod(PaymentMethod method)
{
    QPushButton *button = m_methods.value(method);
    if (!button || !button->isEnabled()) {
        m_message->showError(button ? button->toolTip() : QString());
        return;
    }
    m_method = method;
    for (auto it = m_methods.cbegin(); it != m_methods.cend(); ++it)
        it.value()->setChecked(it.key() == method);
    m_stack->setCurrentWidget(m_pages.value(method));
    m_message->clear();
    switch (method) {
    case PaymentMethod::Cash:
        m_amountLabel->setText(tr("&Received"));
        m_add->setText(tr("Add cash"));
        break;
    case PaymentMethod::Card:
        m_amountLabel->setText(tr("&Amount"));
        m_add->setText(tr("Add card"));
        break;
    case PaymentMethod::Pix:
        m_amountLabel->setText(tr("&Amount"));
        m_add->setText(tr("PIX received"));
        break;
    case PaymentMethod::StoreCredit:
        m_amountLabel->setText(tr("&Amount"));
        m_add->setText(tr("Use credit"));
        m_credit->setText(tr("%1 has %2 of store credit.")
                              .arg(m_clientName,
                                   m_review.clientStoreCredit.value_or(Money::zero(m_currency))
                                       .toDisplayString()));
        break;
    case PaymentMethod::GiftCard:
        m_amountLabel->setText(tr("&Amount"));
        m_add->setText(tr("Use gift card"));
        break;
    default:
        break;
    }
    prefillAmount();
    if (method == PaymentMethod::Card)
        m_authorisation->setFocus();
    else if (method == PaymentMethod::GiftCard)
        m_giftCode->setFocus();
    else
        m_amount->setFocus();
    refresh();
}

void PaymentDialog::prefillAmount()
{
    // What is left, or less when the credit or the card holds less. An
    // amount that cannot be worked out (another currency) prefills nothing:
    // adding it says why.
    Result<Money> amount = leftToPay();
    if (amount && m_method == PaymentMethod::StoreCredit) {
        Money credit = m_review.clientStoreCredit.value_or(Money::zero(m_currency));
        for (const Tender &t : std::as_const(m_tenders)) {
            if (t.method != PaymentMethod::StoreCredit)
                continue;
            if (auto rest = credit.minus(t.amount))
                credit = *rest;
        }
        amount = amount->atMost(credit.isNegative() ? Money::zero(m_currency) : credit);
    }
    if (amount && m_method == PaymentMethod::GiftCard && m_giftCardBalance)
        amount = amount->atMost(*m_giftCardBalance);
    if (amount && amount->isPositive() && !m_leaveDue->isChecked())
        m_amount->setAmount(*amount);
    else
        m_amount->clear();
    updateTyped();
}

void PaymentDialog::updateTyped()
{
    auto typed = m_amount->amountOrZero();
    if (m_method == PaymentMethod::Cash) {
        QString text;
        if (typed && typed->isPositive()) {
            QList<Tender> candidate = m_tenders;
            candidate << Tender { PaymentMethod::Cash, *typed, {}, {} };
            if (auto s = settle(candidate); s && s->change.isPositive())
                text = tr("Change: %1").arg(s->change.toDisplayString());
            else if (s && s->due.isPositive())
                text = tr("Still to pay after this: %1").arg(s->due.toDisplayString());
            else if (s)
                text = tr("Exact amount: no change.");
        }
        m_change->setText(text);
    }
    if (m_method == PaymentMethod::Pix)
        updatePix();
}

void PaymentDialog::updatePix()
{
    const SalesSettings settings(m_store);
    const auto pix = settings.pix();
    if (!pix) {
        m_pixSetUp->setVisible(false);
        m_pixHint->setText(pix.error().message);
        m_pixImage->clear();
        m_pixPayload->clear();
        return;
    }
    const bool ready = pix->isSet();
    m_pixSetUp->setVisible(!ready);
    m_pixPayload->setVisible(ready);
    m_pixImage->setVisible(ready);
    if (!ready) {
        m_pixHint->setText(tr("PIX is not set up yet. A manager or an admin sets the business's "
                              "PIX key, name and city once (Set up PIX…); until then, take "
                              "another method."));
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
    auto qr = pixQrFor(settings, *amount, m_pixReference, kQrBoxPixels);
    if (!qr) {
        m_pixHint->setText(qr.error().message);
        m_pixImage->clear();
        m_pixPayload->clear();
        return;
    }
    m_pixImage->setPixmap(qr->image);
    m_pixPayload->setText(qr->payload);
    m_pixPayload->setCursorPosition(0);
    m_pixHint->setText(tr("The client scans the code (or pastes the text below) in their bank's "
                          "app and pays %1. When the payment shows in the business's account, "
                          "press Enter.")
                           .arg(amount->toDisplayString()));
}

void PaymentDialog::setUpPix()
{
    PixSetupDialog dialog(m_store, m_request.userId, this);
    if (dialog.exec() == QDialog::Accepted)
        updatePix();
    m_amount->setFocus();
}

void PaymentDialog::lookUpGiftCard()
{
    auto card = GiftCards(m_store).findByCode(m_giftCode->text());
    if (!card) {
        m_message->showError(card.error().message);
        m_giftCode->setFocus();
        m_giftCode->selectAll();
        return;
    }
    auto balance = GiftCards(m_store).balance(*card);
    if (!balance) {
        m_message->showError(balance.error().message);
        m_giftCode->setFocus();
        return;
    }
    m_message->clear();
    m_giftCardBalance = *balance;
    m_giftBalance->setText(
        tr("Balance on %1: %2").arg(card->code, m_giftCardBalance->toDisplayString()));
    prefillAmount();
    m_amount->setFocus();
}

bool PaymentDialog::addPayment()
{
    auto amount = m_amount->amountOrZero();
    if (!amount) {
        m_message->showError(amount.error().message);
        m_amount->setFocus();
        return false;
    }
    Tender tender { m_method, *amount, {}, {} };
    if (m_method == PaymentMethod::Card) {
        // Asked here so the cursor lands where the code goes; core refuses a
        // card payment without it all the same.
        if (m_authorisation->text().trimmed().isEmpty()) {
            m_message->showError(tr("Type the card terminal's authorisation code."));
            m_authorisation->setFocus();
            return false;
        }
        tender.reference = m_authorisation->text().trimmed();
    }
    if (m_method == PaymentMethod::GiftCard) {
        if (!m_giftCardBalance) {
            lookUpGiftCard();
            return false;
        }
        tender.giftCardCode = m_giftCode->text().trimmed();
    }
    if (m_method == PaymentMethod::Pix) {
        const auto pix = SalesSettings(m_store).pix();
        if (!pix || !pix->isSet()) {
            m_message->showError(m_pixHint->text());
            return false;
        }
    }
    QList<Tender> candidate = m_tenders;
    candidate << tender;
    if (auto settled = settle(candidate); !settled) {
        m_message->showError(settled.error().message);
        m_amount->setFocus();
        m_amount->selectAll();
        return false;
    }
    m_tenders = candidate;
    m_message->clear();
    m_authorisation->clear();
    m_giftCode->clear();
    m_giftBalance->clear();
    m_giftCardBalance.reset();
    prefillAmount();
    refresh();
    m_amount->setFocus();
    return true;
}

void PaymentDialog::removePayment(int row)
{
    if (row < 0 || row >= m_tenders.size())
        return;
    m_tenders.removeAt(row);
    prefillAmount();
    refresh();
}

void PaymentDialog::refresh()
{
    m_list->clear();
    for (const Tender &t : std::as_const(m_tenders)) {
        QString text
            = tr("%1 %2").arg(paymentMethodDisplayName(t.method), t.amount.toDisplayString());
        if (!t.reference.isEmpty())
            text = tr("%1 (authorisation %2)").arg(text, t.reference);
        if (!t.giftCardCode.isEmpty())
            text = tr("%1 (card %2)").arg(text, t.giftCardCode);
        m_list->addItem(text);
    }
    m_list->setVisible(!m_tenders.isEmpty());
    const auto settled = settle(m_tenders);
    const Money left = settled ? settled->due : m_review.totals.total;
    QStringList progress;
    if (!m_tenders.isEmpty())
        progress << tr("Paid %1").arg(
            (settled ? settled->paid : Money::zero(m_currency)).toDisplayString());
    progress << (left.isPositive() ? tr("Left to pay %1").arg(left.toDisplayString())
                                   : tr("Covered"));
    if (settled && settled->change.isPositive())
        progress << tr("Change %1").arg(settled->change.toDisplayString());
    m_progress->setText(progress.join(QStringLiteral(" · ")));
    m_leaveDue->setText(tr("&Leave %1 on %2's account").arg(left.toDisplayString(), m_clientName));
    m_leaveDue->setEnabled(left.isPositive());
    if (left.isZero() && m_leaveDue->isChecked())
        m_leaveDue->setChecked(false);
    m_complete->setText(tr("Complete sale"));
    m_complete->setEnabled(left.isZero() || m_leaveDue->isChecked());
}

void PaymentDialog::enterPressed()
{
    if (focusWidget() == m_giftCode) {
        lookUpGiftCard();
        return;
    }
    auto amount = m_amount->amountOrZero();
    if (!amount) {
        m_message->showError(amount.error().message);
        m_amount->setFocus();
        return;
    }
    if (!amount->isZero() && !addPayment())
        return;
    // Enter on an empty field means "that's all": complete() says what is
    // missing if anything is.
    if (isCovered() || (!m_leaveDue->isHidden() && m_leaveDue->isChecked()) || amount->isZero())
        complete();
}

void PaymentDialog::complete()
{
    const bool leaveDue = !m_leaveDue->isHidden() && m_leaveDue->isChecked();
    if (!isCovered() && !leaveDue) {
        m_message->showError(tr("%1 is still to pay.").arg(leftToPay().toDisplayString()));
        m_amount->setFocus();
        return;
    }
    CheckoutRequest request = m_request;
    request.tenders = m_tenders;
    request.leaveRestDue = leaveDue;
    CheckoutFlow flow(m_store, m_drawer, this);
    switch (flow.run(request)) {
    case CheckoutFlow::Outcome::Done:
        m_sale = flow.sale();
        accept();
        return;
    case CheckoutFlow::Outcome::Declined:
        m_message->showError(tr("Nothing was charged."));
        break;
    case CheckoutFlow::Outcome::Failed:
        m_message->showError(flow.error().message);
        break;
    }
    m_amount->setFocus();
}

void PaymentDialog::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        enterPressed();
        return;
    case Qt::Key_Delete:
        if (focusWidget() == m_list) {
            removePayment(m_list->currentRow());
            return;
        }
        break;
    default:
        break;
    }
    QDialog::keyPressEvent(event);
}

} // namespace Balcao
