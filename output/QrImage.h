// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/QrMatrix.h"

#include <QImage>

namespace Balcao {

// Draws a QrMatrix as an image for screens, PDFs and printers: black modules
// on white, whole pixels per module (a scaled, blurred module edge is what
// makes cheap scanners fail), inside the quiet zone the QR standard requires.
class QrImage
{
public:
    // ISO/IEC 18004's minimum light margin around a symbol, in modules.
    static constexpr int kQuietZoneModules = 4;

    // A square 8-bit grayscale image of (size + 8) × modulePixels pixels a
    // side. A null image when modulePixels is below 1.
    static QImage render(const QrMatrix &matrix, int modulePixels);
};

} // namespace Balcao
