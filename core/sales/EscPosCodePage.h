// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Balcao {

// Text for ESC/POS printers in code page PC860 (Portuguese), selected with
// ESC t 3. PC860 carries every letter Portuguese uses (ã õ ç á â à é ê í ó ô ú
// and their capitals) plus ª and º, and it sits at number 3 in the ROM of
// Epson printers and of the compatible ones sold in Brazil alike; Windows-1252
// (ESC t 16) would add € but is missing, or numbered differently, on many
// cheap printers, and a wrong page prints garbage for every accent.
//
// What PC860 cannot carry is transliterated rather than dropped: a few signs
// by rule (€ → EUR, × → x, curly quotes → straight ones, … → ...), other
// letters by removing their accents (ñ stays, ř → r), and anything else
// becomes '?'.
class EscPosCodePage
{
public:
    static constexpr char kEscPosNumber = 3; // ESC t 3

    // `text` with every character PC860 has, so that its length is what
    // prints. A no-break space stays one (it is in PC860), so wrapping can
    // still keep "R$ 45,90" together.
    static QString transliterate(const QString &text);
    // The PC860 bytes of transliterated text; a no-break space prints as a
    // plain space, control characters are dropped.
    static QByteArray encode(const QString &text);
    // The inverse of encode(), to read printer output back (tests, fixture
    // dumps); bytes below 0x20 come back as they are.
    static QString decode(const QByteArray &bytes);
};

} // namespace Balcao
