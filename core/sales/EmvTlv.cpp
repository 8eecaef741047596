// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmvTlv.h"

namespace Balcao {

namespace {

// "63" + "04": the CRC object's id and length, which its checksum covers.
const QString kCrcHeader = QStringLiteral("6304");
constexpr qsizetype kCrcDigits = 4;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isTwoDigits(QStringView text)
{
    return text.size() == 2 && isAsciiDigit(text[0]) && isAsciiDigit(text[1]);
}

QString crcHex(const QString &covered)
{
    return QStringLiteral("%1")
        .arg(EmvTlv::crc16(covered.toUtf8()), kCrcDigits, 16, QLatin1Char('0'))
        .toUpper();
}

} // namespace

QString EmvTlv::field(QStringView id, QStringView value)
{
    Q_ASSERT(id.size() == 2);
    Q_ASSERT(value.size() <= kMaxValueLength);
    return id + QStringLiteral("%1").arg(value.size(), 2, 10, QLatin1Char('0')) + value;
}

Result<QList<EmvField>> EmvTlv::split(QStringView text)
{
    QList<EmvField> fields;
    qsizetype at = 0;
    while (at < text.size()) {
        if (text.size() - at < 4)
            return Error::invalid(
                QStringLiteral("emv.truncated"),
                tr("The code ends in the middle of a field, at character %1.").arg(at + 1));
        const QStringView id = text.mid(at, 2);
        const QStringView length = text.mid(at + 2, 2);
        if (!isTwoDigits(id) || !isTwoDigits(length))
            return Error::invalid(QStringLiteral("emv.header"),
                                  tr("The code is damaged: \"%1\" at character %2 is not a field "
                                     "number and length.")
                                      .arg(text.mid(at, 4).toString(), QString::number(at + 1)));
        const qsizetype size = length.toInt();
        if (at + 4 + size > text.size())
            return Error::invalid(QStringLiteral("emv.length"),
                                  tr("The code is damaged: field %1 says it has %2 characters, "
                                     "but only %3 follow.")
                                      .arg(id.toString())
                                      .arg(size)
                                      .arg(text.size() - at - 4));
        fields.append({ id.toString(), text.mid(at + 4, size).toString() });
        at += 4 + size;
    }
    return fields;
}

quint16 EmvTlv::crc16(QByteArrayView bytes)
{
    quint16 crc = 0xFFFF;
    for (const char byte : bytes) {
        crc ^= static_cast<quint16>(static_cast<quint8>(byte) << 8);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? static_cast<quint16>((crc << 1) ^ 0x1021)
                                 : static_cast<quint16>(crc << 1);
    }
    return crc;
}

QString EmvTlv::withCrc(const QString &body)
{
    const QString covered = body + kCrcHeader;
    return covered + crcHex(covered);
}

bool EmvTlv::hasValidCrc(const QString &payload)
{
    if (payload.size() < kCrcHeader.size() + kCrcDigits)
        return false;
    const QString covered = payload.left(payload.size() - kCrcDigits);
    if (!covered.endsWith(kCrcHeader))
        return false;
    return payload.right(kCrcDigits).compare(crcHex(covered), Qt::CaseInsensitive) == 0;
}

} // namespace Balcao
