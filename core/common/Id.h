// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"

#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace Balcao {

class IdSource;

// A globally unique id made on the device: UUIDv7 (RFC 9562), so ids sort by
// creation time and two terminals offline never collide.
class Id
{
public:
    Id() = default;
    static Id generate(const Clock &clock = SystemClock::instance());
    // A UUIDv5 from a name: the same name gives the same id on every device,
    // for rows that several terminals may create independently (a setting, a
    // detected conflict) and that must converge to one.
    static Id nameBased(const QUuid &nameSpace, const QString &name);
    // Accepts the canonical 36-character form; anything else is a null Id.
    static Id fromString(QStringView text);
    // Replaces where generate() takes its ids from; nullptr restores the
    // built-in UUIDv7 maker. For reproducible data sets only (the benchmark
    // generator): the applications never call it.
    static void setSource(IdSource *source);

    bool isNull() const { return m_uuid.isNull(); }
    QString toString() const { return m_uuid.toString(QUuid::WithoutBraces); }
    int version() const; // 7 for ids made here (Qt 6.4's QUuid predates v7)
    qint64 timestampMsecs() const;

    bool operator<(const Id &other) const { return m_uuid < other.m_uuid; }
    bool operator==(const Id &other) const = default;

private:
    explicit Id(const QUuid &uuid)
        : m_uuid(uuid)
    { }
    QUuid m_uuid;
};

// A replacement for generate()'s own UUIDv7 maker: a seeded one makes the
// same ids on every run, so generated databases can be compared by state hash.
class IdSource
{
public:
    virtual ~IdSource() = default;
    // A new id; it should be a UUIDv7 stamped with `clock` or a clock of its own.
    virtual QUuid next(const Clock &clock) = 0;
};

inline size_t qHash(const Id &id, size_t seed = 0)
{
    return qHash(id.toString(), seed);
}

} // namespace Balcao

Q_DECLARE_METATYPE(Balcao::Id)
