// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalEnrolment.h"

#include "HttpSyncTransport.h"
#include "Protocol.h"
#include "SyncCredentials.h"
#include "devices/DeviceRegistry.h"
#include "locations/LocationService.h"
#include "storage/LocalStore.h"

namespace Balcao {

namespace {

Error cancelled()
{
    return Error::conflict(
        TerminalEnrolment::kCancelled,
        QCoreApplication::translate("Balcao::TerminalEnrolment", "The enrolment was cancelled."));
}

// The session's transport, with the progress asked before every request:
// SyncSession pages through the bootstrap on its own, and this is where the
// pages can be counted and a cancel can stop the next one.
class ReportingTransport final : public SyncTransport
{
public:
    ReportingTransport(SyncTransport &inner, const TerminalEnrolment::Progress &progress)
        : m_inner(inner)
        , m_progress(progress)
    { }

    Result<PushAck> push(const QString &batchId, const QList<Change> &changes) override
    {
        if (!proceed(TerminalEnrolment::Step::CatchingUp))
            return cancelled();
        return m_inner.push(batchId, changes);
    }
    Result<PullPage> pull(const QString &afterCursor, int limit) override
    {
        if (!proceed(TerminalEnrolment::Step::CatchingUp))
            return cancelled();
        return m_inner.pull(afterCursor, limit);
    }
    void prefetchPull(const QString &afterCursor, int limit) override
    {
        m_inner.prefetchPull(afterCursor, limit);
    }
    Result<BootstrapPage> bootstrap(const QString &pageToken, int limit) override
    {
        if (!proceed(TerminalEnrolment::Step::Receiving))
            return cancelled();
        auto page = m_inner.bootstrap(pageToken, limit);
        if (page)
            m_rows += static_cast<int>(page->rows.size());
        return page;
    }

private:
    bool proceed(TerminalEnrolment::Step step) const
    {
        return !m_progress || m_progress(step, m_rows);
    }

    SyncTransport &m_inner;
    const TerminalEnrolment::Progress &m_progress;
    int m_rows = 0;
};

} // namespace

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

// The server words its refusals in its own language, which need not be the
// terminal's; the ones a person can act on are said again here, in the
// terminal's language, with what to do.
Error TerminalEnrolment::explainRefusal(const Error &error, const QUrl &server)
{
    if (error.code == QStringLiteral("enrol.invalidCode"))
        return Error::security(error.code,
                               tr("This enrolment code is unknown, already used or expired. Ask "
                                  "your administrator for a new one."));
    if (error.code == QStringLiteral("protocol.unsupportedVersion")
        || error.code == QStringLiteral("protocol.unsupportedSchema"))
        return Error::unsupported(
            error.code,
            tr("This terminal and the server run versions of Balcão that cannot sync with each "
               "other. The server says: %1")
                .arg(error.message));
    if (error.code == QStringLiteral("sync.unreachable")) {
        QString message = error.message;
        if (!message.endsWith(QLatin1Char('.')))
            message += QLatin1Char('.');
        return Error { error.kind, error.code,
                       message + QLatin1Char(' ')
                           + tr("Check the address and this computer's network connection.") };
    }
    // An answer that is not a balcaod error: something else lives there.
    if (error.code.startsWith(QStringLiteral("sync.http"))
        || error.code == QStringLiteral("request.notFound"))
        return Error::invalid(QStringLiteral("sync.notAServer"),
                              tr("No Balcão sync server answers at %1. Check the address with "
                                 "your administrator.")
                                  .arg(server.toDisplayString()));
    return error;
}

Result<TerminalEnrolment::Outcome> TerminalEnrolment::enrol(const QUrl &server, const QString &code,
                                                            const QString &deviceName,
                                                            bool freshStore)
{
    SyncCredentials credentials(m_store, m_secrets);
    auto alreadyEnrolled = credentials.isEnrolled();
    if (!alreadyEnrolled)
        return alreadyEnrolled.error();
    if (*alreadyEnrolled)
        return Error::conflict(QStringLiteral("sync.alreadyEnrolled"),
                               tr("This terminal is already enrolled with a server."));
    if (code.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("sync.noCode"),
                              tr("Enter the enrolment code from your administrator."));
    if (m_progress && !m_progress(Step::Enrolling, 0))
        return cancelled();
    auto enrolled = HttpSyncTransport::enrol(server, code.trimmed(), deviceName, m_store.deviceId(),
                                             Protocol::schemaVersion());
    if (!enrolled)
        return explainRefusal(enrolled.error(), server);
    if (auto saved = credentials.save({ server, enrolled->token, enrolled->businessId }); !saved)
        return saved.error();
    Outcome outcome;
    outcome.businessId = enrolled->businessId;
    HttpSyncTransport http(server, enrolled->token, Protocol::schemaVersion());
    ReportingTransport transport(http, m_progress);
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
