// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaleNumber.h"

#include <QCryptographicHash>

namespace Balcao {

QString SaleNumber::locationCode(const QString &locationName)
{
    QString code;
    const QString decomposed = locationName.normalized(QString::NormalizationForm_D);
    for (const QChar c : decomposed) {
        if (code.size() == 3)
            break;
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
            code += c.toUpper();
    }
    return code.isEmpty() ? QStringLiteral("LOC") : code;
}

QString SaleNumber::deviceCode(const QString &deviceId)
{
    static const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford
    const QByteArray hash
        = QCryptographicHash::hash(deviceId.toLatin1(), QCryptographicHash::Sha256);
    const quint32 bits = (quint32(quint8(hash.at(0))) << 12) | (quint32(quint8(hash.at(1))) << 4)
        | (quint32(quint8(hash.at(2))) >> 4);
    QString code;
    for (int shift = 15; shift >= 0; shift -= 5)
        code += QLatin1Char(kAlphabet[(bits >> shift) & 31]);
    return code;
}

QString SaleNumber::format(const QString &locationCode, const QString &deviceCode, qint64 sequence)
{
    return QStringLiteral("%1-%2-%3")
        .arg(locationCode, deviceCode)
        .arg(sequence, 6, 10, QLatin1Char('0'));
}

QString SaleNumber::formatReturn(const QString &locationCode, const QString &deviceCode,
                                 qint64 sequence)
{
    return QStringLiteral("%1-%2-R%3")
        .arg(locationCode, deviceCode)
        .arg(sequence, 5, 10, QLatin1Char('0'));
}

} // namespace Balcao
