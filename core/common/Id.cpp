// SPDX-License-Identifier: GPL-3.0-or-later
#include "Id.h"

#include <QMutex>
#include <QRandomGenerator>

#include <atomic>

namespace Balcao {

namespace {
std::atomic<IdSource *> g_source { nullptr };
} // namespace

void Id::setSource(IdSource *source)
{
    g_source.store(source, std::memory_order_release);
}

Id Id::generate(const Clock &clock)
{
    if (IdSource *source = g_source.load(std::memory_order_acquire))
        return Id(source->next(clock));
    // Monotonic within the process: ids made in the same millisecond, or after
    // the wall clock stepped back, still sort in creation order (RFC 9562
    // method 3: the 12-bit rand_a field used as a counter seeded at random).
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint16 counter = 0;

    QRandomGenerator *random = QRandomGenerator::system();
    qint64 ms = clock.nowMsecsSinceEpoch();
    quint16 sequence = 0;
    {
        QMutexLocker lock(&mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0x0FFF) {
                ++ms;
                counter = static_cast<quint16>(random->bounded(0x0400));
            }
        } else {
            counter = static_cast<quint16>(random->bounded(0x0400));
        }
        lastMs = ms;
        sequence = counter;
    }

    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 timestamp = static_cast<quint64>(ms) & 0xFFFFFFFFFFFFull;
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<char>((timestamp >> (40 - 8 * i)) & 0xFF);
    bytes[6] = static_cast<char>(0x70 | ((sequence >> 8) & 0x0F));
    bytes[7] = static_cast<char>(sequence & 0xFF);
    const quint64 tail = random->generate64();
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = static_cast<char>((tail >> (56 - 8 * i)) & 0xFF);
    bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    return Id(QUuid::fromRfc4122(bytes));
}

Id Id::nameBased(const QUuid &nameSpace, const QString &name)
{
    return Id(QUuid::createUuidV5(nameSpace, name));
}

Id Id::fromString(QStringView text)
{
    if (text.size() != 36)
        return {};
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull())
        return {};
    return Id(uuid);
}

int Id::version() const
{
    if (isNull())
        return 0;
    return (static_cast<quint8>(m_uuid.toRfc4122().at(6)) >> 4) & 0x0F;
}

qint64 Id::timestampMsecs() const
{
    const QByteArray bytes = m_uuid.toRfc4122();
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | static_cast<quint8>(bytes[i]);
    return ms;
}

} // namespace Balcao
