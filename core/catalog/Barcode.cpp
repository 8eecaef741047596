// SPDX-License-Identifier: GPL-3.0-or-later
#include "Barcode.h"

namespace Balcao {

bool Barcode::isGtinLength(qsizetype length)
{
    return length == 8 || length == 12 || length == 13 || length == 14;
}

int Barcode::gtinCheckDigit(QStringView digits)
{
    int sum = 0;
    bool three = true; // the digit next to the check digit weighs 3
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        sum += digits.at(i).digitValue() * (three ? 3 : 1);
        three = !three;
    }
    return (10 - sum % 10) % 10;
}

Result<QString> Barcode::normalized(const QString &text)
{
    QString code;
    for (const QChar c : text) {
        if (c.isSpace() || c == u'-')
            continue;
        code += c.toUpper();
    }
    if (code.isEmpty())
        return Error::invalid(QStringLiteral("barcode.empty"), tr("The barcode is empty."));
    if (code.size() > kMaxLength)
        return Error::invalid(QStringLiteral("barcode.tooLong"),
                              tr("A barcode has at most %1 characters.").arg(kMaxLength));
    bool allDigits = true;
    for (const QChar c : std::as_const(code)) {
        const bool allowed = (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || c == u'.'
            || c == u'/' || c == u'+' || c == u'_';
        if (!allowed)
            return Error::invalid(QStringLiteral("barcode.badCharacter"),
                                  tr("\"%1\" cannot be part of a barcode.").arg(c));
        allDigits = allDigits && c.isDigit();
    }
    if (allDigits && isGtinLength(code.size())) {
        const int expected = gtinCheckDigit(QStringView(code).chopped(1));
        if (code.back().digitValue() != expected)
            return Error::invalid(QStringLiteral("barcode.checkDigit"),
                                  tr("%1 is not a valid EAN/UPC code: its last digit should be %2. "
                                     "Check the digits typed.")
                                      .arg(code)
                                      .arg(expected));
    }
    return code;
}

} // namespace Balcao
