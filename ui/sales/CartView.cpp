// SPDX-License-Identifier: GPL-3.0-or-later
#include "CartView.h"

#include "CartModel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace Balcao {

CartView::CartView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("cartView"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // AnyKeyPressed lets a typed digit reach the quantity editor it opens.
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTabKeyNavigation(false); // Tab leaves the cart, as in every other form
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(34);
    horizontalHeader()->setHighlightSections(false);
}

int CartView::currentRow() const
{
    return currentIndex().isValid() ? currentIndex().row() : -1;
}

void CartView::showRow(int row)
{
    if (!model() || model()->rowCount() == 0)
        return;
    row = std::clamp(row, 0, model()->rowCount() - 1);
    const int column = currentIndex().isValid() ? currentIndex().column() : 0;
    setCurrentIndex(model()->index(row, column));
    scrollTo(currentIndex());
}

void CartView::keyPressEvent(QKeyEvent *event)
{
    const int row = currentRow();
    const QString text = event->text();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (row >= 0 && plain && state() != EditingState) {
        if (text == QLatin1String("+")) {
            emit quantityStepRequested(row, 1);
            return;
        }
        if (text == QLatin1String("-")) {
            emit quantityStepRequested(row, -1);
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            emit removeRequested(row);
            return;
        }
        if (text.size() == 1 && text.at(0).isDigit()) {
            // The editor opens on the quantity with this digit typed over it.
            const QModelIndex quantity = model()->index(row, CartModel::QuantityColumn);
            setCurrentIndex(quantity);
            edit(quantity, AnyKeyPressed, event);
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

} // namespace Balcao
