// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientBooking.h"

#include "clients/ClientService.h"
#include "storage/LocalStore.h"

namespace Balcao {

ClientBooking::ClientBooking(LocalStore &store)
    : m_store(store)
{ }

Result<ClientBooking::Booked> ClientBooking::book(BookingRequest request,
                                                  const std::optional<ClientDraft> &newClient,
                                                  const std::optional<Recurrence> &recurrence)
{
    if (newClient && !request.clientId.isNull())
        return Error::invalid(QStringLiteral("appointment.twoClients"),
                              tr("Book for a client on file or for a new one, not both."));
    return m_store.transact([&]() -> Result<Booked> {
        Booked out;
        if (newClient) {
            auto client = ClientService(m_store).create(*newClient);
            if (!client)
                return client.error();
            request.clientId = client->id;
        }
        out.clientId = request.clientId;
        AppointmentBook book(m_store);
        if (recurrence) {
            auto series = book.bookSeries(request, *recurrence);
            if (!series)
                return series.error();
            out.appointments = *series;
        } else {
            auto one = book.book(request);
            if (!one)
                return one.error();
            out.appointments = { *one };
        }
        return out;
    });
}

} // namespace Balcao
