// SPDX-License-Identifier: GPL-3.0-or-later
#include "CartEditor.h"

#include "catalog/Product.h"
#include "catalog/Service.h"
#include "sales/CartBuilder.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace Balcao {

namespace {

enum MergeId { kQuantityStep = 1 };

// A cart edit kept as the carts before and after: carts are small, and a
// snapshot cannot drift from the edit it undoes.
class CartCommand : public QUndoCommand
{
public:
    CartCommand(CartEditor *editor, const QString &text, Cart before, Cart after,
                const CartEditor::Focus &focus, int mergeId)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_focusRow(focus.after)
        , m_undoFocusRow(focus.before)
        , m_mergeId(mergeId)
    { }

    void redo() override { m_editor->apply(m_after, m_focusRow); }
    void undo() override { m_editor->apply(m_before, m_undoFocusRow); }
    int id() const override { return m_mergeId; }
    // Holding + or − on one line is one step to undo.
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const CartCommand *>(other);
        if (next->m_focusRow != m_focusRow)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    CartEditor *m_editor;
    Cart m_before;
    Cart m_after;
    int m_focusRow;
    int m_undoFocusRow;
    int m_mergeId;
};

} // namespace

CartEditor::CartEditor(LocalStore &store, const Id &locationId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_locationId(locationId)
    , m_undo(new QUndoStack(this))
{
    startNewSale();
}

void CartEditor::apply(const Cart &cart, int focusRow)
{
    m_cart = cart;
    // A cart that was accepted once is reviewed again for the current stock
    // and balances; should that fail (the store closed), the totals stay.
    if (auto reviewed = CheckoutService(m_store).review(m_cart, m_locationId))
        m_review = *reviewed;
    emit changed(focusRow);
}

void CartEditor::startNewSale()
{
    m_undo->clear();
    auto empty = CartBuilder(m_store).emptyCart();
    apply(empty ? *empty : Cart {}, -1);
}

void CartEditor::refresh()
{
    apply(m_cart, -1);
}

Result<void> CartEditor::edit(const QString &what, Focus focus,
                              const std::function<void(Cart &)> &change, int mergeId)
{
    Cart next = m_cart;
    change(next);
    if (auto reviewed = CheckoutService(m_store).review(next, m_locationId); !reviewed)
        return reviewed.error();
    m_undo->push(new CartCommand(this, what, m_cart, next, focus, mergeId));
    return {};
}

Result<void> CartEditor::checkRow(int row) const
{
    if (row < 0 || row >= m_cart.lines.size())
        return Error::invalid(QStringLiteral("cart.noLine"),
                              tr("Choose a line of the cart first."));
    return {};
}

Result<int> CartEditor::addProduct(const Product &product)
{
    for (int row = 0; row < m_cart.lines.size(); ++row) {
        const CartLine &line = m_cart.lines.at(row);
        if (line.kind == SaleLineKind::Product && line.productId == product.id
            && line.discount.isNone()) {
            if (auto grown = edit(tr("Add %1").arg(product.name), row,
                                  [row](Cart &cart) { cart.lines[row].quantity += 1; });
                !grown)
                return grown.error();
            return row;
        }
    }
    auto line = CartBuilder(m_store).productLine(product);
    if (!line)
        return line.error();
    const int row = static_cast<int>(m_cart.lines.size());
    if (auto added
        = edit(tr("Add %1").arg(product.name), row, [&](Cart &cart) { cart.lines << *line; });
        !added)
        return added.error();
    return row;
}

Result<int> CartEditor::addService(const Service &service, const Id &staffId)
{
    auto line = CartBuilder(m_store).serviceLine(service, staffId);
    if (!line)
        return line.error();
    const int row = static_cast<int>(m_cart.lines.size());
    if (auto added
        = edit(tr("Add %1").arg(service.name), row, [&](Cart &cart) { cart.lines << *line; });
        !added)
        return added.error();
    return row;
}

Result<int> CartEditor::addGiftCard(const QString &code, const Money &amount)
{
    auto line = CartBuilder(m_store).giftCardLine(code, amount);
    if (!line)
        return line.error();
    const int row = static_cast<int>(m_cart.lines.size());
    if (auto added
        = edit(tr("Add %1").arg(line->description), row, [&](Cart &cart) { cart.lines << *line; });
        !added)
        return added.error();
    return row;
}

Result<void> CartEditor::setQuantity(int row, qint64 quantity)
{
    if (auto ok = checkRow(row); !ok)
        return ok;
    if (m_cart.lines.at(row).quantity == quantity)
        return {};
    return edit(tr("Change the quantity"), row,
                [=](Cart &cart) { cart.lines[row].quantity = quantity; });
}

Result<void> CartEditor::changeQuantity(int row, qint64 delta)
{
    if (auto ok = checkRow(row); !ok)
        return ok;
    const qint64 quantity = m_cart.lines.at(row).quantity + delta;
    if (quantity < 1) // the last one goes with Delete, not with −
        return {};
    return edit(
        tr("Change the quantity"), row, [=](Cart &cart) { cart.lines[row].quantity = quantity; },
        kQuantityStep);
}

Result<void> CartEditor::removeLine(int row)
{
    if (auto ok = checkRow(row); !ok)
        return ok;
    // The cursor stays where the line was (on the one after it, or the new
    // last one); undo puts it back on the line that returns.
    const Focus focus { std::min(row, static_cast<int>(m_cart.lines.size()) - 2), row };
    return edit(tr("Remove %1").arg(m_cart.lines.at(row).description), focus,
                [=](Cart &cart) { cart.lines.removeAt(row); });
}

Result<void> CartEditor::setLineDiscount(int row, const Discount &discount)
{
    if (auto ok = checkRow(row); !ok)
        return ok;
    return edit(tr("Discount on %1").arg(m_cart.lines.at(row).description), row,
                [=](Cart &cart) { cart.lines[row].discount = discount; });
}

Result<void> CartEditor::setOrderDiscount(const Discount &discount)
{
    return edit(tr("Discount on the sale"), -1, [=](Cart &cart) { cart.orderDiscount = discount; });
}

Result<void> CartEditor::setTip(const Money &tip, const Id &staffId)
{
    return edit(tr("Tip"), -1, [=](Cart &cart) {
        // Zero removes it.
        cart.tip = tip.isZero() ? std::nullopt : std::optional<Money>(tip);
        cart.tipStaffId = tip.isPositive() ? staffId : Id();
    });
}

Result<void> CartEditor::setClient(const Id &clientId)
{
    if (clientId == m_cart.clientId)
        return {};
    return edit(tr("Choose the client"), -1, [=](Cart &cart) { cart.clientId = clientId; });
}

Result<void> CartEditor::replace(const Cart &cart, const QString &what)
{
    return edit(what, cart.lines.isEmpty() ? -1 : 0, [&](Cart &current) { current = cart; });
}

} // namespace Balcao
