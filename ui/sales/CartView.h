// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace Balcao {

// The cart's table with the counter's keys: + and − add or take one of the
// current line, typing a number starts editing its quantity (Enter keeps it,
// Esc drops it), Delete removes the line. The page carries out the requests
// through the cart editor, so each is one step to undo.
class CartView : public QTableView
{
    Q_OBJECT
public:
    explicit CartView(QWidget *parent = nullptr);

    int currentRow() const;
    // Puts the cursor on a line (the last one when `row` is past the end).
    void showRow(int row);

signals:
    void quantityStepRequested(int row, int delta);
    void removeRequested(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Balcao
