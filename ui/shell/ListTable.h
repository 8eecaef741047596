// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace Balcao {

// The look of the app's list tables: whole rows selected one at a time,
// read-only, no grid, one line per row, no row numbers, left-aligned
// headers that do not light up with the selection.
void setUpListTable(QTableView *table);
// Every column as wide as its contents, but `column`, which takes the width
// they leave (so the table never scrolls sideways for a long name).
void stretchColumn(QTableView *table, int column);

} // namespace Balcao
