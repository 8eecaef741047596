// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "storage/LocalStore.h"

#include <QDateTime>
#include <QTimeZone>

namespace Balcao::Test {

// Appointment facts written straight through the store's writer, as the
// scheduling services will write them, for the client history and metrics
// tests (which must not depend on those services).
class AppointmentFacts
{
public:
    explicit AppointmentFacts(LocalStore &store)
        : m_store(store)
    { }

    Id service(const QString &name)
    {
        const Id id = Id::generate(m_store.clock());
        write(QStringLiteral("services"), id,
              { { QStringLiteral("name"), name }, { QStringLiteral("deleted"), 0 } });
        return id;
    }

    // An appointment of `clientId` at a local time of `zone`, with one item
    // per service.
    Id appointment(const Id &clientId, const QDateTime &localStart, const QString &status,
                   const QList<Id> &services = {}, bool deleted = false, qint64 priceMinor = 5000)
    {
        const Id id = Id::generate(m_store.clock());
        const qint64 starts = localStart.toMSecsSinceEpoch();
        const qint64 ends = starts + 3600 * 1000;
        write(QStringLiteral("appointments"), id,
              { { QStringLiteral("client_id"), clientId.toString() },
                { QStringLiteral("starts_at"), starts },
                { QStringLiteral("ends_at"), ends },
                { QStringLiteral("status"), status },
                { QStringLiteral("deleted"), deleted ? 1 : 0 } });
        int position = 0;
        for (const Id &service : services) {
            write(QStringLiteral("appointment_items"), Id::generate(m_store.clock()),
                  { { QStringLiteral("appointment_id"), id.toString() },
                    { QStringLiteral("service_id"), service.toString() },
                    { QStringLiteral("starts_at"), starts },
                    { QStringLiteral("ends_at"), ends },
                    { QStringLiteral("busy_from"), starts },
                    { QStringLiteral("busy_to"), ends },
                    { QStringLiteral("price_minor"), priceMinor },
                    { QStringLiteral("currency"), QStringLiteral("BRL") },
                    { QStringLiteral("position"), position++ },
                    { QStringLiteral("deleted"), 0 } });
        }
        return id;
    }

    Id reminder(const Id &clientId, const Id &appointmentId)
    {
        const Id id = Id::generate(m_store.clock());
        write(QStringLiteral("reminders"), id,
              { { QStringLiteral("client_id"), clientId.toString() },
                { QStringLiteral("appointment_id"), appointmentId.toString() },
                { QStringLiteral("kind"), QStringLiteral("reminder") },
                { QStringLiteral("deleted"), 0 } });
        return id;
    }

    void write(const QString &table, const Id &id, const QVariantMap &fields)
    {
        auto written
            = m_store.transact([&] { return m_store.writer().writeRecord(table, id, fields); });
        if (!written)
            qFatal("AppointmentFacts: %s", qPrintable(written.error().message));
    }

private:
    LocalStore &m_store;
};

} // namespace Balcao::Test
