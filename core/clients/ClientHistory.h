// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Id.h"
#include "common/Money.h"

#include <QList>
#include <QString>

namespace Balcao {

class LocalStore;

// One appointment of a client, as the history shows it.
struct ClientVisit
{
    struct Item
    {
        Id serviceId;
        QString serviceName; // empty when the service is not (yet) known here
        Id staffId;
        Money price;
    };

    Id appointmentId;
    Id locationId;
    Id staffId;
    qint64 startsAtMsecs = 0; // UTC
    qint64 endsAtMsecs = 0;
    QString status; // booked, confirmed, checked_in, completed, cancelled, no_show
    QString cancelReason;
    QString notes;
    QList<Item> items;
};

// A client's appointments, newest first, read from the appointment facts
// (deleted appointments and items left out). Purchases are the client's
// sales (SalesJournal::list with a client filter).
class ClientHistory
{
public:
    explicit ClientHistory(LocalStore &store);
    // A negative limit means all.
    Result<QList<ClientVisit>> visits(const Id &clientId, int limit = -1) const;

private:
    LocalStore &m_store;
};

} // namespace Balcao
