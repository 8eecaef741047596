// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "sales/PriceCalculator.h"
#include "shell/TitledTableModel.h"

namespace Balcao {

class LocalStore;
struct Product;

// The new items of an exchange: a small cart (no discounts, no services),
// priced and taxed by CartBuilder and totalled by PriceCalculator exactly
// as checkout will. Quantities are edited in place; 0 takes a line off.
class ExchangeCartModel : public TitledTableModel
{
    Q_OBJECT
public:
    enum Column { ItemColumn, QuantityColumn, UnitPriceColumn, TotalColumn, ColumnCount };

    explicit ExchangeCartModel(LocalStore &store, QObject *parent = nullptr);

    // One more of `product`; core's refusal (an inactive product) otherwise.
    Result<void> add(const Product &product);
    const Cart &cart() const { return m_cart; }
    const Money &total() const { return m_totals.total; }
    void clear();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

signals:
    void totalChanged(const Balcao::Money &total);

private:
    int rowsHeld() const override { return static_cast<int>(m_cart.lines.size()); }
    QString columnTitle(int column) const override;
    Qt::Alignment titleAlignment(int column) const override;

    void recompute();

    LocalStore &m_store;
    Cart m_cart;
    CartTotals m_totals;
};

} // namespace Balcao
