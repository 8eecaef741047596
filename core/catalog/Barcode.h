// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace Balcao {

// A code a scanner reads off a package. Numeric codes of the GTIN lengths
// (EAN-8, UPC-A, EAN-13, GTIN-14) carry a check digit: a code typed by hand
// with a wrong digit is refused rather than stored, because no scanner would
// ever produce it. Other codes (Code 128 labels printed in the shop) are
// letters, digits and a few symbols.
class Barcode
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Barcode)
public:
    static constexpr int kMaxLength = 64;

    // The stored form: spaces and dashes removed, letters upper case.
    static Result<QString> normalized(const QString &text);
    // The GS1 check digit of the digits before it (mod 10, weights 3 and 1
    // from the right).
    static int gtinCheckDigit(QStringView digitsWithoutCheck);
    static bool isGtinLength(qsizetype length);
};

} // namespace Balcao
