// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Receipt.h"

#include <QByteArray>

namespace Balcao {

// A receipt as the bytes an ESC/POS thermal printer takes (Epson's command
// set, which nearly every receipt printer speaks): initialise, select
// PC860 (EscPosCodePage), the business's name centred in bold, rows in the
// paper's columns, the total in double size, the PIX QR code drawn by the
// printer itself (GS ( k: model 2, error correction M), a partial cut and,
// when cash was taken, the pulse that opens the cash drawer.
//
// Pure bytes: no device, no network (output/EscPosPrinter sends them). The
// same receipt always gives the same bytes, which the golden files in
// tests/core/sales/receipts check one by one.
class EscPosReceipt
{
public:
    enum class Paper {
        Width58mm, // 32 columns of Font A (384 dots)
        Width80mm, // 48 columns (576 dots)
    };
    struct Options
    {
        Paper paper = Paper::Width80mm;
        // Kick the drawer when the receipt took cash. A reprint never does:
        // it takes no money.
        bool openDrawerOnCash = true;
    };

    static int columns(Paper paper);
    // The paper of a width in millimetres: 58, else 80.
    static Paper paperOfWidth(int millimetres);
    // Dots per QR module: about 0.6 to 0.75 mm at 203 dpi, which phone cameras
    // read easily, while a PIX code (version 8 to 10) still fits the paper.
    static int qrModuleDots(Paper paper);

    static QByteArray encode(const Receipt &receipt, const Options &options);
};

} // namespace Balcao
