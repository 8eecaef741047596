// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Balcao {

// One data object of an EMV QRCPS payload: a two-digit id and its value.
struct EmvField
{
    QString id;
    QString value;

    bool operator==(const EmvField &other) const = default;
};

// The framing of EMV® QRCPS Merchant-Presented Mode payloads, which the PIX
// BR Code is: data objects written as id (2 digits), length (2 digits) and
// value, templates that nest data objects in a value, and a CRC as the last
// object. It knows nothing of PIX, so that what it checks is the framing only.
//
// Lengths count characters, as EMV QRCPS says. Payloads Balcão writes are
// printable ASCII, where characters and UTF-8 bytes are the same thing; the
// CRC always covers the UTF-8 bytes, which is what a QR code carries.
class EmvTlv
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::EmvTlv)
public:
    static constexpr int kMaxValueLength = 99;
    static inline const QString kCrcId = QStringLiteral("63");

    // The data object "id + length + value". The caller keeps `value` within
    // kMaxValueLength characters: a longer one cannot be written at all.
    static QString field(QStringView id, QStringView value);

    // The data objects of `text` in order. Refuses ids and lengths that are
    // not two digits and values that would run past the end of the text.
    static Result<QList<EmvField>> split(QStringView text);

    // CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no
    // reflection, no final XOR ("123456789" gives 0x29B1).
    static quint16 crc16(QByteArrayView bytes);

    // `body` closed by its CRC object: "6304" and the CRC of the body and of
    // those four characters themselves, in four uppercase hex digits.
    static QString withCrc(const QString &body);
    // Whether `payload` ends with a CRC object that matches what precedes it.
    static bool hasValidCrc(const QString &payload);
};

} // namespace Balcao
