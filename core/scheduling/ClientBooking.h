// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppointmentBook.h"
#include "clients/Client.h"

#include <QCoreApplication>

#include <optional>

namespace Balcao {

class LocalStore;

// Books a visit, or a weekly series of them, for a client already on file,
// for a client created on the spot, or for nobody (a walk-in). A new client
// and the booking are one transaction: a refused booking (issues nobody
// overrode, a series with a taken week) leaves no client behind, and a
// refused client (no name, a bad phone) books nothing. The booking dialog
// and `balcaoctl appointment book` both come here; the request carries the
// manager's override as AppointmentBook takes it.
class ClientBooking
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ClientBooking)
public:
    struct Booked
    {
        Id clientId; // the new client's, or the request's
        QList<Appointment> appointments; // one, or the series in order
    };

    explicit ClientBooking(LocalStore &store);

    // `newClient`: create this client and book for them (the request's
    // client id must then be null).
    Result<Booked> book(BookingRequest request, const std::optional<ClientDraft> &newClient,
                        const std::optional<Recurrence> &recurrence);

private:
    LocalStore &m_store;
};

} // namespace Balcao
