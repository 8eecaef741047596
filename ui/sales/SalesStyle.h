// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace Balcao {

// The checkout's own rules (big totals, the Pay button, the change to give)
// on top of the app's style sheet, kept in sales/checkout.qss so the sales
// area's look stays with its code.
void applySalesStyle(QWidget *widget);

} // namespace Balcao
