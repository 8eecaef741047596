// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalEnrolment.h"

#include "HttpSyncTransport.h"
#include "Protocol.h"
#include "SyncCredentials.h"
#include "devices/DeviceRegistry.h"
#include "locations/LocationService.h"
#include "storage/LocalStore.h"

namespace Balcao {

Result<QUrl> TerminalEnrolment::parseServer(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https"))
        || url.host().isEmpty())
        return Error::invalid(
            QStringLiteral("sync.badServer"),
            tr("\"%1\" is not a server address such as https://sync.example.com:8420.").arg(text));
    return url;
}

TerminalEnrolment::TerminalEnrolment(LocalStore &store, SecretStore &secrets)
    : m_store(store)
    , m_secrets(secrets)
{ }

Result<TerminalEnrolment::Outcome> TerminalEnrolment::enrol(const QUrl &server, const QString &code,
                                                            const QString &deviceName,
                                                            bool freshStore)
{
    SyncCredentials credentials(m_store, m_secrets);
    if (credentials.isEnrolled())
        return Error::conflict(QStringLiteral("sync.alreadyEnrolled"),
                               tr("This terminal is already enrolled with a server."));
    if (code.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("sync.noCode"),
                              tr("Enter the enrolment code from your administrator."));
    auto enrolled = HttpSyncTransport::enrol(server, code.trimmed(), deviceName, m_store.deviceId(),
                                             Protocol::schemaVersion());
    if (!enrolled)
        return enrolled.error();
    if (auto saved = credentials.save({ server, enrolled->token, enrolled->businessId }); !saved)
        return saved.error();
    Outcome outcome;
    outcome.businessId = enrolled->businessId;
    HttpSyncTransport transport(server, enrolled->token, Protocol::schemaVersion());
    SyncSession session(m_store, transport);
    if (freshStore) {
        // Enrolled from here on: if the bootstrap stops, the next sync round
        // resumes it.
        auto rows = session.bootstrap();
        if (!rows)
            return rows.error();
        outcome.bootstrappedRows = *rows;
        const auto locations = LocationService(m_store).list();
        auto registered = DeviceRegistry(m_store).registerThisDevice(
            deviceName, locations.isEmpty() ? Id() : locations.first().id);
        if (!registered)
            return registered.error();
    }
    auto report = session.run();
    if (!report)
        return report.error();
    outcome.report = *report;
    return outcome;
}

} // namespace Balcao
