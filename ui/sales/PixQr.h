// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QPixmap>

namespace Balcao {

class Money;
class SalesSettings;

// The business's static PIX code for an amount, and its QR code drawn to fit
// a square of `boxPixels` with whole pixels per module (cheap scanners read
// those best), quiet zone included.
struct PixQr
{
    QPixmap image;
    QString payload;
};

Result<PixQr> pixQrFor(const SalesSettings &settings, const Money &amount, const QString &reference,
                       int boxPixels);

} // namespace Balcao
