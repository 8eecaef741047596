// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrImage.h"

#include <cstring>

namespace Balcao {

namespace {

constexpr uchar kBlack = 0;
constexpr uchar kWhite = 255;

} // namespace

QImage QrImage::render(const QrMatrix &matrix, int modulePixels)
{
    if (modulePixels < 1)
        return {};
    const int side = (matrix.size() + 2 * kQuietZoneModules) * modulePixels;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(kWhite);
    const int margin = kQuietZoneModules * modulePixels;
    for (int y = 0; y < matrix.size(); ++y) {
        // Each module row becomes modulePixels identical pixel rows: paint the
        // first, copy it to the others.
        uchar *first = image.scanLine(margin + y * modulePixels);
        for (int x = 0; x < matrix.size(); ++x) {
            if (matrix.isDark(x, y))
                std::memset(first + margin + x * modulePixels, kBlack, modulePixels);
        }
        for (int copy = 1; copy < modulePixels; ++copy)
            std::memcpy(image.scanLine(margin + y * modulePixels + copy), first, side);
    }
    return image;
}

} // namespace Balcao
