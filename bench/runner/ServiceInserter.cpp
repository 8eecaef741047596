// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceInserter.h"

#include "settings/BusinessSetup.h"

#include <QSqlQuery>

namespace Balcao::Bench {

ServiceInserter::ServiceInserter(std::unique_ptr<LocalStore> store, QList<ClientDraft> drafts)
    : m_store(std::move(store))
    , m_clients(*m_store)
    , m_drafts(std::move(drafts))
{ }

Result<std::unique_ptr<ServiceInserter>>
ServiceInserter::open(const QString &path, const DatabaseKey &key, const QList<Person> &people)
{
    auto store = LocalStore::open(path, key);
    if (!store)
        return store.error();
    BusinessProfile profile;
    profile.businessName = QStringLiteral("Bench");
    profile.locationName = QStringLiteral("Bench");
    profile.deviceName = QStringLiteral("Bench");
    if (auto setup = BusinessSetup(**store).initialise(profile); !setup)
        return setup.error();
    QList<ClientDraft> drafts;
    drafts.reserve(people.size());
    for (const Person &p : people)
        drafts << ClientDraft { p.name, p.phone, p.email,
                                p.notes }; // every field set, as the edit form saves
    return std::unique_ptr<ServiceInserter>(
        new ServiceInserter(std::move(*store), std::move(drafts)));
}

Result<void> ServiceInserter::insertAlone(qsizetype index)
{
    auto client = m_clients.create(m_drafts.at(index));
    if (!client)
        return client.error();
    return {};
}

Result<void> ServiceInserter::insertBatch(qsizetype first, qsizetype count, Samples &perInsert)
{
    return m_store->transact([&]() -> Result<void> {
        for (qsizetype i = first; i < first + count; ++i) {
            const auto start = SteadyClock::now();
            auto client = m_clients.create(m_drafts.at(i));
            perInsert.add(nanosecondsSince(start));
            if (!client)
                return client.error();
        }
        return {};
    });
}

QJsonObject ServiceInserter::rowCounts() const
{
    QSqlQuery query(m_store->database().connection());
    query.exec(
        QStringLiteral("SELECT (SELECT count(*) FROM clients),"
                       " (SELECT count(*) FROM column_versions WHERE table_name = 'clients'),"
                       " (SELECT count(*) FROM change_log WHERE table_name = 'clients')"));
    if (!query.next())
        return {};
    return QJsonObject { { QStringLiteral("clients"), query.value(0).toLongLong() },
                         { QStringLiteral("column_versions"), query.value(1).toLongLong() },
                         { QStringLiteral("change_log"), query.value(2).toLongLong() } };
}

} // namespace Balcao::Bench
