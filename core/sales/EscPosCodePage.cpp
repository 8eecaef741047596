// SPDX-License-Identifier: GPL-3.0-or-later
#include "EscPosCodePage.h"

#include <optional>

namespace Balcao {

namespace {

// The characters of PC860's bytes 0x80 to 0xFF (IBM code page 860).
constexpr char16_t kUpperHalf[128] = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E3, 0x00E0, 0x00C1, 0x00E7, //
    0x00EA, 0x00CA, 0x00E8, 0x00CD, 0x00D4, 0x00EC, 0x00C3, 0x00C2, //
    0x00C9, 0x00C0, 0x00C8, 0x00F4, 0x00F5, 0x00F2, 0x00DA, 0x00F9, //
    0x00CC, 0x00D5, 0x00DC, 0x00A2, 0x00A3, 0x00D9, 0x20A7, 0x00D3, //
    0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA, //
    0x00BF, 0x00D2, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB, //
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, //
    0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510, //
    0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F, //
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567, //
    0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B, //
    0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580, //
    0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4, //
    0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6, 0x03B5, 0x2229, //
    0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248, //
    0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0, //
};

constexpr char16_t kNoBreakSpace = 0x00A0;

std::optional<char> byteFor(char16_t c)
{
    if (c >= 0x20 && c < 0x7F)
        return char(c);
    for (int i = 0; i < 128; ++i) {
        if (kUpperHalf[i] == c)
            return char(0x80 + i);
    }
    return std::nullopt;
}

// Signs with a customary ASCII spelling.
QString spelled(char16_t c)
{
    switch (c) {
    case 0x20AC: // €
        return QStringLiteral("EUR");
    case 0x00D7: // ×
        return QStringLiteral("x");
    case 0x2010: // hyphens and dashes
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212: // minus
        return QStringLiteral("-");
    case 0x2018: // single quotes
    case 0x2019:
    case 0x201A:
    case 0x2032:
        return QStringLiteral("'");
    case 0x201C: // double quotes
    case 0x201D:
    case 0x201E:
        return QStringLiteral("\"");
    case 0x2026: // …
        return QStringLiteral("...");
    case 0x2022: // •
        return QStringLiteral("*");
    case 0x2122: // ™
        return QStringLiteral("TM");
    case 0x00A9: // ©
        return QStringLiteral("(C)");
    case 0x00AE: // ®
        return QStringLiteral("(R)");
    }
    return {};
}

} // namespace

QString EscPosCodePage::transliterate(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i; // an emoji and the like: one unknown character
            out += QLatin1Char('?');
            continue;
        }
        if (byteFor(c.unicode())) {
            out += c;
            continue;
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
            out += QLatin1Char(' ');
            continue;
        }
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            continue;
        // Narrow and thin spaces (CLDR puts one before "PM"): no-break too.
        if (c.category() == QChar::Separator_Space) {
            out += QChar(kNoBreakSpace);
            continue;
        }
        if (const QString spelling = spelled(c.unicode()); !spelling.isEmpty()) {
            out += spelling;
            continue;
        }
        // Compatibility decomposition keeps the base letters: ř → r, ﬁ → fi.
        QString kept;
        for (const QChar part : QString(c).normalized(QString::NormalizationForm_KD)) {
            if (!part.isMark() && byteFor(part.unicode()))
                kept += part;
        }
        out += kept.isEmpty() ? QStringLiteral("?") : kept;
    }
    return out;
}

QByteArray EscPosCodePage::encode(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() == kNoBreakSpace) {
            out += ' ';
            continue;
        }
        if (const auto byte = byteFor(c.unicode()))
            out += *byte;
        else if (c.category() != QChar::Other_Control)
            out += '?';
    }
    return out;
}

QString EscPosCodePage::decode(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        out += b < 0x80 ? QChar(char16_t(b)) : QChar(kUpperHalf[b - 0x80]);
    }
    return out;
}

} // namespace Balcao
