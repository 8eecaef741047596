// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordHasher.h"

#include "Pbkdf2.h"

#include <QStringList>

namespace Balcao {

QString PasswordHasher::hash(const QString &password, int iterations)
{
    const QByteArray salt = randomBytes(16);
    const QByteArray derived = pbkdf2Sha512(password.toUtf8(), salt, iterations, 32);
    return QStringLiteral("pbkdf2-sha512$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

bool PasswordHasher::verify(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QStringLiteral("pbkdf2-sha512"))
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    const QByteArray derived
        = pbkdf2Sha512(password.toUtf8(), salt, iterations, static_cast<int>(expected.size()));
    return !derived.isEmpty() && constantTimeEquals(derived, expected);
}

} // namespace Balcao
