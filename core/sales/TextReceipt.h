// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Receipt.h"

namespace Balcao {

// A receipt as plain text in a monospace grid: the body of an e-mailed
// receipt and what balcaoctl prints. The PIX code, which a text cannot show
// as a picture, is given as its "copia e cola" payload on a line of its own.
class TextReceipt
{
public:
    static constexpr int kDefaultColumns = 48; // as an 80 mm paper roll
    static QString render(const Receipt &receipt, int columns = kDefaultColumns);
};

} // namespace Balcao
