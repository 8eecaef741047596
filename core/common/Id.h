// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"

#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace Balcao {

// A globally unique id made on the device: UUIDv7 (RFC 9562), so ids sort by
// creation time and two terminals offline never collide.
class Id
{
public:
    Id() = default;
    static Id generate(const Clock &clock = SystemClock::instance());
    // Accepts the canonical 36-character form; anything else is a null Id.
    static Id fromString(QStringView text);

    bool isNull() const { return m_uuid.isNull(); }
    QString toString() const { return m_uuid.toString(QUuid::WithoutBraces); }
    int version() const { return static_cast<int>(m_uuid.version()); }
    qint64 timestampMsecs() const;

    bool operator<(const Id &other) const { return m_uuid < other.m_uuid; }
    bool operator==(const Id &other) const = default;

private:
    explicit Id(const QUuid &uuid) : m_uuid(uuid) { }
    QUuid m_uuid;
};

inline size_t qHash(const Id &id, size_t seed = 0) { return qHash(id.toString(), seed); }

} // namespace Balcao

Q_DECLARE_METATYPE(Balcao::Id)
