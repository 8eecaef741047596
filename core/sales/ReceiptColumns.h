// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReceiptLayout.h"

#include <QStringList>

namespace Balcao {

// Fits receipt rows into a fixed number of character columns, for the media
// that print in a monospace grid: plain text and thermal printers. Words wrap
// at spaces (a word longer than the width is cut); an amount goes to the end
// of the row's last line, or to a line of its own when it does not fit.
class ReceiptColumns
{
public:
    // The row's lines, none longer than `width`. Title and centred rows come
    // back unpadded (a printer centres them itself); a rule is a line of
    // dashes; a QR code has no text lines.
    static QStringList lines(const ReceiptRow &row, int width);
    // A line centred in `width` with spaces on the left.
    static QString centred(const QString &line, int width);
    static QStringList wrap(const QString &text, int width);

private:
    static QStringList pair(const QString &left, const QString &right, int indent, int width);
};

} // namespace Balcao
