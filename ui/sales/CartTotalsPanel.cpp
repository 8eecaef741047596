// SPDX-License-Identifier: GPL-3.0-or-later
#include "CartTotalsPanel.h"

#include "shell/MoneyText.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Balcao {

CartTotalsPanel::CartTotalsPanel(QWidget *parent)
    : QWidget(parent)
    , m_rows(new QGridLayout)
    , m_total(new QLabel(this))
    , m_totalLabel(new QLabel(this))
    , m_includedTax(new QLabel(this))
    , m_warnings(new QLabel(this))
{
    setObjectName(QStringLiteral("cartTotals"));
    m_rows->setColumnStretch(0, 1);
    m_rows->setHorizontalSpacing(12);
    m_rows->setVerticalSpacing(4);
    m_total->setObjectName(QStringLiteral("cartTotal"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_totalLabel->setObjectName(QStringLiteral("cartTotalLabel"));
    m_includedTax->setObjectName(QStringLiteral("includedTax"));
    m_includedTax->setAlignment(Qt::AlignRight);
    m_includedTax->setWordWrap(true);
    m_warnings->setObjectName(QStringLiteral("cartWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);

    auto *totalRow = new QHBoxLayout;
    totalRow->addWidget(m_totalLabel, 0, Qt::AlignBottom);
    totalRow->addWidget(m_total, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(m_rows);
    layout->addLayout(totalRow);
    layout->addWidget(m_includedTax);
    layout->addWidget(m_warnings);
}

void CartTotalsPanel::addRow(const QString &name, const QString &label, const QString &value)
{
    const int row = m_rows->rowCount();
    auto *labelWidget = new QLabel(label, this);
    auto *valueWidget = new QLabel(value, this);
    valueWidget->setObjectName(name);
    valueWidget->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_rows->addWidget(labelWidget, row, 0);
    m_rows->addWidget(valueWidget, row, 1);
}

void CartTotalsPanel::show(const Cart &cart, const CheckoutReview &review, const QString &tipStaff)
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const CartTotals &t = review.totals;
    addRow(QStringLiteral("subtotal"), tr("Subtotal"), t.gross.toDisplayString());
    if (!t.discount.isZero()) {
        const QString label = cart.orderDiscount.kind == Discount::Kind::Percent
            ? tr("Discounts (sale %1)").arg(percentText(cart.orderDiscount.value))
            : tr("Discounts");
        addRow(QStringLiteral("discounts"), label, t.discount.negated().toDisplayString());
    }
    for (const TaxSummary &tax : t.taxes) {
        if (!tax.rate.included && !tax.tax.isZero())
            addRow(QStringLiteral("addedTax"), tax.rate.name, tax.tax.toDisplayString());
    }
    if (!t.tip.isZero())
        addRow(QStringLiteral("tip"), tipStaff.isEmpty() ? tr("Tip") : tr("Tip (%1)").arg(tipStaff),
               t.tip.toDisplayString());

    m_totalLabel->setText(tr("Total"));
    m_total->setText(t.total.toDisplayString());
    QStringList included;
    for (const TaxSummary &tax : t.taxes) {
        if (tax.rate.included && !tax.tax.isZero())
            included << tr("%1 %2").arg(tax.rate.name, tax.tax.toDisplayString());
    }
    m_includedTax->setText(included.isEmpty() ? QString()
                                              : tr("of which tax %1 (%2)")
                                                    .arg(t.taxIncluded.toDisplayString(),
                                                         included.join(QStringLiteral(", "))));
    m_includedTax->setVisible(!included.isEmpty());

    QStringList warnings;
    for (const CheckoutReview::Shortage &s : review.shortages)
        warnings << tr("Only %1 of %2 in stock; the cart has %3.")
                        .arg(QLocale().toString(s.onHand), s.description,
                             QLocale().toString(s.wanted));
    if (review.needsApproval)
        warnings << tr("A discount of %1 needs a manager's approval (the limit is %2).")
                        .arg(percentText(review.largestDiscountBp),
                             percentText(review.discountLimitBp));
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

QString CartTotalsPanel::totalText() const
{
    return m_total->text();
}

QString CartTotalsPanel::warningsText() const
{
    return m_warnings->text();
}

} // namespace Balcao
