// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/CheckoutService.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace Balcao {

// What the sale comes to, as core's review says: subtotal, discounts, taxes
// added on top (one line each), the tip, the total in big type and the tax
// included in the prices ("of which tax"); then what to know before taking
// the money: products that would go below zero, a discount a manager must
// approve.
class CartTotalsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CartTotalsPanel(QWidget *parent = nullptr);

    // `tipStaff` names who the tip is for.
    void show(const Cart &cart, const CheckoutReview &review, const QString &tipStaff);
    QString totalText() const;
    QString warningsText() const;

private:
    void addRow(const QString &name, const QString &label, const QString &value);

    QGridLayout *m_rows = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_totalLabel = nullptr;
    QLabel *m_includedTax = nullptr;
    QLabel *m_warnings = nullptr;
};

} // namespace Balcao
