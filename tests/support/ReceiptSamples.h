// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/Receipt.h"

#include <QStringList>

namespace Balcao::Test {

// Receipts made by hand, the same on every run (no database, fixed ids and
// times), for the golden files of the printers and for the PDF and dialog
// tests:
//   sale-cash      pt_BR, three lines (a discount, two included taxes, one
//                  untaxed), paid in cash with change, a two-line footer
//   sale-pix       pt_BR, PIX and card, a tip, a client and a real PIX code
//   reprint-eur    en_US in euros, an added tax, a reprint: € and "REPRINT"
//   return         pt_BR, two lines back to store credit, balance after
//   exchange       pt_BR, one line back, two new, the difference by card
class ReceiptSamples
{
public:
    static QStringList names();
    // Aborts the test on an unknown name.
    static Receipt make(const QString &name);
};

} // namespace Balcao::Test
