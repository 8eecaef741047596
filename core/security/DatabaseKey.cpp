// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseKey.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace Balcao {

DatabaseKey::~DatabaseKey()
{
    wipe();
}

DatabaseKey &DatabaseKey::operator=(const DatabaseKey &other)
{
    if (this != &other) {
        wipe();
        m_bytes = other.m_bytes;
    }
    return *this;
}

DatabaseKey::DatabaseKey(DatabaseKey &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{ }

DatabaseKey &DatabaseKey::operator=(DatabaseKey &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

void DatabaseKey::wipe()
{
    // Only wipe storage this object owns alone; a shared QByteArray buffer
    // belongs to another key too.
    if (!m_bytes.isEmpty() && !m_bytes.isDetached())
        m_bytes = QByteArray();
    if (!m_bytes.isEmpty())
        OPENSSL_cleanse(m_bytes.data(), static_cast<size_t>(m_bytes.size()));
    m_bytes.clear();
}

DatabaseKey DatabaseKey::generate()
{
    DatabaseKey key;
    key.m_bytes.resize(kSize);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.m_bytes.data()), kSize) != 1)
        key.m_bytes.clear(); // no entropy: a null key, which every caller refuses
    return key;
}

DatabaseKey DatabaseKey::fromBytes(const QByteArray &bytes)
{
    DatabaseKey key;
    if (bytes.size() == kSize)
        key.m_bytes = QByteArray(bytes.constData(), bytes.size());
    return key;
}

DatabaseKey DatabaseKey::fromHex(const QByteArray &hex)
{
    return fromBytes(QByteArray::fromHex(hex));
}

QString DatabaseKey::toHex() const
{
    return QString::fromLatin1(m_bytes.toHex());
}

} // namespace Balcao
