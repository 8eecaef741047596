// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "sales/CheckoutService.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace Balcao {

class LocalStore;
struct Product;
struct Service;

// The sale being put together at the counter: the cart, core's review of it
// (totals, taxes, stock and approval warnings, the client's balances) and the
// history of its edits. Every edit is one undoable command with one entry
// point: the edited cart is reviewed by CheckoutService first, and a cart
// core refuses (a quantity or discount out of range) is never kept, so the
// error is shown and the cart stays as it was.
class CartEditor : public QObject
{
    Q_OBJECT
public:
    CartEditor(LocalStore &store, const Id &locationId, QObject *parent = nullptr);

    const Cart &cart() const { return m_cart; }
    const CheckoutReview &review() const { return m_review; }
    const Id &locationId() const { return m_locationId; }
    bool isEmpty() const { return m_cart.lines.isEmpty(); }
    QUndoStack *undoStack() const { return m_undo; }

    // One more of a product: a line of it without a discount of its own
    // grows, otherwise a new line. Returns the line's row.
    Result<int> addProduct(const Product &product);
    Result<int> addService(const Service &service, const Id &staffId);
    // A gift card sold or topped up with `amount`; always a line of its own.
    Result<int> addGiftCard(const QString &code, const Money &amount);
    Result<void> setQuantity(int row, qint64 quantity);
    Result<void> changeQuantity(int row, qint64 delta);
    Result<void> removeLine(int row);
    Result<void> setLineDiscount(int row, const Discount &discount);
    Result<void> setOrderDiscount(const Discount &discount);
    Result<void> setTip(const Money &tip, const Id &staffId);
    Result<void> setClient(const Id &clientId);
    // A whole cart at once (an appointment brought to checkout); undo brings
    // back the one before.
    Result<void> replace(const Cart &cart, const QString &what);

    // An empty cart for the next client; the edit history goes with the old one.
    void startNewSale();
    // Reviews the same cart again (stock or balances changed elsewhere).
    void refresh();

    // The line the cursor goes to after an edit, and after its undo.
    struct Focus
    {
        Focus(int row)
            : after(row)
            , before(row)
        { }
        Focus(int afterRow, int beforeRow)
            : after(afterRow)
            , before(beforeRow)
        { }
        int after;
        int before;
    };
    // Used by the undo commands only.
    void apply(const Cart &cart, int focusRow);

signals:
    // The cart or its review changed; `focusRow` is the line the change was
    // about (-1: none), so the view can keep the cursor there.
    void changed(int focusRow);

private:
    Result<void> edit(const QString &what, Focus focus, const std::function<void(Cart &)> &change,
                      int mergeId = -1);
    Result<void> checkRow(int row) const;

    LocalStore &m_store;
    Id m_locationId;
    Cart m_cart;
    CheckoutReview m_review;
    QUndoStack *m_undo = nullptr;
};

} // namespace Balcao
