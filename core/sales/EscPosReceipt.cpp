// SPDX-License-Identifier: GPL-3.0-or-later
#include "EscPosReceipt.h"

#include "EscPosCodePage.h"
#include "ReceiptColumns.h"
#include "ReceiptLayout.h"

namespace Balcao {

namespace {

constexpr char ESC = 0x1B;
constexpr char GS = 0x1D;
constexpr char LF = 0x0A;

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    out.reserve(int(values.size()));
    for (int v : values)
        out += char(v);
    return out;
}

// The printer's modes, set only when a row needs them changed, so that the
// stream (and a fixture's dump) says what changes and nothing more.
class Stream
{
public:
    QByteArray out;

    void align(bool centred) // ESC a: 0 left, 1 centre
    {
        if (centred != m_centred)
            out += bytes({ ESC, 'a', centred ? 1 : 0 });
        m_centred = centred;
    }
    void bold(bool on) // ESC E
    {
        if (on != m_bold)
            out += bytes({ ESC, 'E', on ? 1 : 0 });
        m_bold = on;
    }
    // GS !: bits 4-6 the width multiple, bits 0-2 the height multiple.
    void size(bool doubleWidth, bool doubleHeight)
    {
        const int n = (doubleWidth ? 0x10 : 0) | (doubleHeight ? 0x01 : 0);
        if (n != m_size)
            out += bytes({ GS, '!', n });
        m_size = n;
    }
    void lines(const QStringList &lines)
    {
        for (const QString &line : lines)
            out += EscPosCodePage::encode(line) + LF;
    }

private:
    bool m_centred = false;
    bool m_bold = false;
    int m_size = 0;
};

// GS ( k, functions of the QR code symbol: cn = 49 ('1').
QByteArray qrFunction(const QByteArray &parameters)
{
    const int length = int(parameters.size()) + 1; // + cn
    return bytes({ GS, '(', 'k', length & 0xFF, (length >> 8) & 0xFF, '1' }) + parameters;
}

QByteArray qrCode(const QByteArray &data, int moduleDots)
{
    QByteArray out;
    out += qrFunction(bytes({ 'A', '2', 0 })); // fn 65: model 2
    out += qrFunction(bytes({ 'C', moduleDots })); // fn 67: module size in dots
    out += qrFunction(bytes({ 'E', '1' })); // fn 69: error correction M (49)
    out += qrFunction(bytes({ 'P', '0' }) + data); // fn 80: store the data
    out += qrFunction(bytes({ 'Q', '0' })); // fn 81: print it
    return out;
}

ReceiptRow printable(ReceiptRow row)
{
    if (row.kind == ReceiptRow::Kind::Qr)
        return row; // the payload goes to the printer as it is (PIX codes are ASCII)
    row.text = EscPosCodePage::transliterate(row.text);
    row.detail = EscPosCodePage::transliterate(row.detail);
    row.right = EscPosCodePage::transliterate(row.right);
    return row;
}

// Large rows (the name, the total) are printed double size when they fit in
// half the columns on one line, else double height only, so that nothing is
// cut and the total still stands out.
void large(Stream &stream, const ReceiptRow &row, int columns)
{
    const QStringList half = ReceiptColumns::lines(row, columns / 2);
    const bool doubleWidth = half.size() == 1;
    stream.bold(true);
    stream.size(doubleWidth, true);
    stream.lines(doubleWidth ? half : ReceiptColumns::lines(row, columns));
}

} // namespace

int EscPosReceipt::columns(Paper paper)
{
    return paper == Paper::Width58mm ? 32 : 48;
}

EscPosReceipt::Paper EscPosReceipt::paperOfWidth(int millimetres)
{
    return millimetres == 58 ? Paper::Width58mm : Paper::Width80mm;
}

int EscPosReceipt::qrModuleDots(Paper paper)
{
    return paper == Paper::Width58mm ? 5 : 6;
}

QByteArray EscPosReceipt::encode(const Receipt &receipt, const Options &options)
{
    const int width = columns(options.paper);
    QByteArray out;
    out += bytes({ ESC, '@' }); // initialise: every mode back to its default
    out += bytes({ ESC, 't', EscPosCodePage::kEscPosNumber });
    // The drawer opens first, so the cashier can give change while it prints.
    if (options.openDrawerOnCash && receipt.tookCash() && !receipt.reprint)
        out += bytes({ ESC, 'p', 0, 25, 250 }); // pin 2, 50 ms on, 500 ms off

    Stream stream;
    for (const ReceiptRow &original : ReceiptLayout::rows(receipt)) {
        const ReceiptRow row = printable(original);
        const bool centred = row.kind == ReceiptRow::Kind::Title
            || row.kind == ReceiptRow::Kind::Centered || row.kind == ReceiptRow::Kind::Qr;
        stream.align(centred);
        if (row.style == ReceiptRow::Style::Large) {
            large(stream, row, width);
            continue;
        }
        stream.size(false, false);
        stream.bold(row.style == ReceiptRow::Style::Bold);
        if (row.kind == ReceiptRow::Kind::Qr) {
            stream.out += qrCode(row.text.toUtf8(), qrModuleDots(options.paper));
            stream.lines({ QString() }); // the space under the code
        } else {
            stream.lines(ReceiptColumns::lines(row, width));
        }
    }
    out += stream.out;
    out += bytes({ ESC, 'd', 3 }); // a margin below the footer
    out += bytes({ GS, 'V', 66, 0 }); // feed to the cutter and cut, leaving a hinge
    return out;
}

} // namespace Balcao
