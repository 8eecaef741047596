// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptColumns.h"

namespace Balcao {

namespace {

constexpr int kIndentColumns = 2;

} // namespace

QStringList ReceiptColumns::wrap(const QString &text, int width)
{
    QStringList out;
    if (width <= 0)
        return out;
    // Only plain spaces break a line: "R$ 45,90" keeps its no-break space.
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
    QString line;
    for (QString word : flat.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() <= width) {
            line += QLatin1Char(' ') + word;
            continue;
        }
        if (!line.isEmpty())
            out << line;
        // A word wider than the paper (a long code) is cut, not lost.
        while (word.size() > width) {
            out << word.left(width);
            word = word.mid(width);
        }
        line = word;
    }
    if (!line.isEmpty() || out.isEmpty())
        out << line;
    return out;
}

QString ReceiptColumns::centred(const QString &line, int width)
{
    const int pad = std::max<int>(0, (width - int(line.size())) / 2);
    return QString(pad, QLatin1Char(' ')) + line;
}

QStringList ReceiptColumns::pair(const QString &left, const QString &right, int indent, int width)
{
    const QString margin(std::min(indent * kIndentColumns, width / 2), QLatin1Char(' '));
    QStringList out;
    for (const QString &line : wrap(left, width - int(margin.size())))
        out << margin + line;
    if (right.isEmpty())
        return out;
    QString &last = out.last();
    if (last.size() + 1 + right.size() <= width) {
        last += QString(width - last.size() - right.size(), QLatin1Char(' ')) + right;
        return out;
    }
    for (const QString &line : wrap(right, width))
        out << QString(width - line.size(), QLatin1Char(' ')) + line;
    return out;
}

QStringList ReceiptColumns::lines(const ReceiptRow &row, int width)
{
    switch (row.kind) {
    case ReceiptRow::Kind::Title:
    case ReceiptRow::Kind::Centered:
        return wrap(row.text, width);
    case ReceiptRow::Kind::Pair:
        return pair(row.text, row.right, row.indent, width);
    case ReceiptRow::Kind::Item:
        return wrap(row.text, width) + pair(row.detail, row.right, row.indent + 1, width);
    case ReceiptRow::Kind::Rule:
        return { QString(width, QLatin1Char('-')) };
    case ReceiptRow::Kind::Qr:
        return {};
    }
    return {};
}

} // namespace Balcao
