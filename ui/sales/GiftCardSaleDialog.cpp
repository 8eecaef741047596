// SPDX-License-Identifier: GPL-3.0-or-later
#include "GiftCardSaleDialog.h"

#include "sales/GiftCards.h"
#include "shell/FormMessage.h"
#include "shell/MoneyField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Balcao {

GiftCardSaleDialog::GiftCardSaleDialog(LocalStore &store, const Currency &currency, Apply apply,
                                       QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_apply(std::move(apply))
    , m_code(new QLineEdit(this))
    , m_amount(new MoneyField(currency, this))
    , m_state(new QLabel(this))
    , m_message(new FormMessage(this))
{
    setObjectName(QStringLiteral("giftCardSaleDialog"));
    setWindowTitle(tr("Gift card"));
    m_code->setObjectName(QStringLiteral("giftCardSaleCode"));
    m_code->setMaxLength(GiftCards::kMaxCodeLength + 8); // room for spaces and dashes
    m_code->setPlaceholderText(tr("Scan or type the code on the card"));
    m_amount->setObjectName(QStringLiteral("giftCardSaleAmount"));
    m_state->setObjectName(QStringLiteral("giftCardSaleState"));
    m_message->setObjectName(QStringLiteral("giftCardSaleMessage"));
    m_state->setWordWrap(true);

    auto *intro
        = new QLabel(tr("Sell a new gift card, or add to one a client already has. The amount is "
                        "loaded when the sale is paid."),
                     this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Card &code"), m_code);
    form->addRow(QString(), m_state);
    form->addRow(tr("&Amount to load"), m_amount);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add to the sale"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GiftCardSaleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QLineEdit::editingFinished, this, &GiftCardSaleDialog::describeCard);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_code->setFocus();
}

void GiftCardSaleDialog::describeCard()
{
    const QString text = m_code->text().trimmed();
    if (text.isEmpty()) {
        m_state->clear();
        return;
    }
    auto code = GiftCards::normalizedCode(text);
    if (!code) {
        m_state->setText(code.error().message);
        return;
    }
    GiftCards cards(m_store);
    auto card = cards.findByCode(*code);
    if (!card) {
        m_state->setText(card.error().kind == Error::Kind::NotFound ? tr("A new card.")
                                                                    : card.error().message);
        return;
    }
    auto balance = cards.balance(*card);
    if (!balance) {
        m_state->setText(balance.error().message);
        return;
    }
    m_state->setText(
        tr("This card holds %1; the amount is added to it.").arg(balance->toDisplayString()));
}

void GiftCardSaleDialog::accept()
{
    // A scanner ends the code with Enter: with no amount yet, that moves on
    // to the amount instead of refusing a card without one.
    if (m_amount->text().trimmed().isEmpty()) {
        describeCard();
        m_message->clear();
        m_amount->setFocus();
        return;
    }
    auto amount = m_amount->amountOrZero();
    if (!amount) {
        m_message->showError(amount.error().message);
        m_amount->setFocus();
        return;
    }
    if (auto applied = m_apply(m_code->text(), *amount); !applied) {
        m_message->showError(applied.error().message);
        if (applied.error().code == QLatin1String("giftCard.badCode"))
            m_code->setFocus();
        else
            m_amount->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Balcao
