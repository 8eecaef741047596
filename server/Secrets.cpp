// SPDX-License-Identifier: GPL-3.0-or-later
#include "Secrets.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Balcao::Server::Secrets {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    // QRandomGenerator::system() reads the kernel's CSPRNG (getrandom).
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / 4);
    for (int i = count - count % 4; i < count; ++i)
        bytes[i] = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return bytes;
}

QString hashOf(const QString &secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace Balcao::Server::Secrets
