// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrMatrix.h"

#include <qrencode.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <memory>

namespace Balcao {

namespace {

struct Level
{
    QRecLevel qrencode;
    // Byte-mode capacity of a version 40 symbol (ISO/IEC 18004, table 7):
    // the longest text a QR code can hold at this level.
    int maxBytes;
};

// In the order of QrMatrix::ErrorCorrection.
constexpr std::array kLevels { Level { QR_ECLEVEL_L, 2953 }, Level { QR_ECLEVEL_M, 2331 },
                               Level { QR_ECLEVEL_Q, 1663 }, Level { QR_ECLEVEL_H, 1273 } };

struct QrcodeFree
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

Result<QrMatrix> QrMatrix::encode(const QString &text, ErrorCorrection level)
{
    const QByteArray bytes = text.toUtf8();
    if (bytes.isEmpty())
        return Error::invalid(QStringLiteral("qr.empty"),
                              tr("There is nothing to put in the QR code."));
    const Level &params = kLevels.at(static_cast<size_t>(level));
    if (bytes.size() > params.maxBytes)
        return Error::invalid(QStringLiteral("qr.tooLong"),
                              tr("The text is too long for a QR code: %1 bytes, where at most %2 "
                                 "fit at this error correction level.")
                                  .arg(bytes.size())
                                  .arg(params.maxBytes));
    // Version 0: the library picks the smallest version that holds the data.
    errno = 0;
    const std::unique_ptr<QRcode, QrcodeFree> code(QRcode_encodeData(
        static_cast<int>(bytes.size()), reinterpret_cast<const unsigned char *>(bytes.constData()),
        0, params.qrencode));
    // The length is checked above, so what remains is running out of memory:
    // a failure of the machine, not of the text.
    if (!code)
        return Error::storage(QStringLiteral("qr.failed"),
                              tr("The QR code could not be made: %1.")
                                  .arg(QString::fromLocal8Bit(std::strerror(errno))));
    // libqrencode gives one byte per module, row by row; bit 0 is the colour
    // (1 dark), the other bits say which part of the symbol the module is in.
    const int size = code->width;
    QBitArray modules(size * size);
    for (int i = 0; i < size * size; ++i)
        modules.setBit(i, (code->data[i] & 1) != 0);
    return QrMatrix(code->version, size, std::move(modules));
}

} // namespace Balcao
