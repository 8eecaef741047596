// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiscountDialog.h"

#include "DiscountText.h"
#include "shell/FormMessage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Balcao {

DiscountDialog::DiscountDialog(const QString &title, const QString &what, const Discount &current,
                               const Currency &currency, Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_currency(currency)
    , m_apply(std::move(apply))
    , m_field(new QLineEdit(this))
    , m_message(new FormMessage(this))
{
    setObjectName(QStringLiteral("discountDialog"));
    setWindowTitle(title);
    auto *intro = new QLabel(what, this);
    intro->setWordWrap(true);
    m_field->setObjectName(QStringLiteral("discountField"));
    m_field->setText(DiscountText::format(current, currency));
    m_field->selectAll();
    auto *label = new QLabel(tr("&Discount"), this);
    label->setBuddy(m_field);
    auto *hint
        = new QLabel(tr("An amount (5) or a percentage (10%). Empty removes the discount."), this);
    hint->setObjectName(QStringLiteral("fieldHint"));
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DiscountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addWidget(label);
    layout->addWidget(m_field);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    m_field->setFocus();
}

void DiscountDialog::accept()
{
    auto discount = DiscountText::parse(m_field->text(), m_currency);
    if (!discount) {
        m_message->showError(discount.error().message);
        m_field->setFocus();
        return;
    }
    if (auto applied = m_apply(*discount); !applied) {
        m_message->showError(applied.error().message);
        m_field->setFocus();
        m_field->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace Balcao
