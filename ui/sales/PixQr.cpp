// SPDX-License-Identifier: GPL-3.0-or-later
#include "PixQr.h"

#include "QrImage.h"
#include "common/Money.h"
#include "sales/QrMatrix.h"
#include "sales/SalesSettings.h"

#include <algorithm>

namespace Balcao {

Result<PixQr> pixQrFor(const SalesSettings &settings, const Money &amount, const QString &reference,
                       int boxPixels)
{
    auto code = settings.pixCodeFor(amount, reference);
    if (!code)
        return code.error();
    auto matrix = QrMatrix::encode(code->payload());
    if (!matrix)
        return matrix.error();
    const int modulePixels
        = std::max(1, boxPixels / (matrix->size() + 2 * QrImage::kQuietZoneModules));
    return PixQr { QPixmap::fromImage(QrImage::render(*matrix, modulePixels)), code->payload() };
}

} // namespace Balcao
