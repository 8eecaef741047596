// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QBitArray>
#include <QCoreApplication>
#include <QString>

namespace Balcao {

// A QR code symbol as a square of dark and light modules, made by libqrencode
// in 8-bit (byte) mode with the smallest version that holds the text. Core
// keeps no Gui types: screens, PDFs and printers draw it (output/QrImage).
//
// The matrix is the symbol only. The quiet zone, the light margin of at least
// 4 modules that ISO/IEC 18004 requires around it, is the renderer's to add:
// its width depends on the medium, and scanners fail without it.
class QrMatrix
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::QrMatrix)
public:
    // How much of the symbol may be lost and still read: about 7%, 15%, 25%
    // and 30%. Medium is the usual choice for codes shown on screens and
    // receipts; higher levels make a bigger symbol for the same text.
    enum class ErrorCorrection { Low, Medium, Quartile, High };

    // Encodes the UTF-8 bytes of `text`. Empty text and text too long for a
    // version 40 symbol at `level` are refused.
    static Result<QrMatrix> encode(const QString &text,
                                   ErrorCorrection level = ErrorCorrection::Medium);

    // 1 to 40; a version-v symbol has 17 + 4v modules per side.
    int version() const { return m_version; }
    // Modules per side, without the quiet zone.
    int size() const { return m_size; }
    // (0, 0) is the top-left module; x grows to the right, y downwards.
    bool isDark(int x, int y) const { return m_modules.testBit(y * m_size + x); }

    bool operator==(const QrMatrix &other) const = default;

private:
    QrMatrix(int version, int size, QBitArray modules)
        : m_version(version)
        , m_size(size)
        , m_modules(std::move(modules))
    { }
    int m_version = 0;
    int m_size = 0;
    QBitArray m_modules;
};

} // namespace Balcao
