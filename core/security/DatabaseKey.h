// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Balcao {

// A raw 256-bit database key. Wiped from memory when destroyed; never
// printed, logged or written anywhere but the OS keychain.
class DatabaseKey
{
public:
    static constexpr int kSize = 32;

    DatabaseKey() = default;
    ~DatabaseKey();
    DatabaseKey(const DatabaseKey &other) = default;
    DatabaseKey &operator=(const DatabaseKey &other);
    DatabaseKey(DatabaseKey &&other) noexcept;
    DatabaseKey &operator=(DatabaseKey &&other) noexcept;

    // 32 bytes from the operating system's cryptographic random source.
    static DatabaseKey generate();
    static DatabaseKey fromBytes(const QByteArray &bytes); // null unless exactly 32 bytes
    static DatabaseKey fromHex(const QByteArray &hex);

    bool isNull() const { return m_bytes.size() != kSize; }
    QByteArray bytes() const { return m_bytes; }
    // The form SQLCipher's PRAGMA key takes for raw keys (64 hex digits).
    QString toHex() const;
    bool operator==(const DatabaseKey &other) const { return m_bytes == other.m_bytes; }

private:
    void wipe();
    QByteArray m_bytes;
};

} // namespace Balcao
