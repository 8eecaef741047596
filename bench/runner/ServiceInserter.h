// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientInserter.h"
#include "PersonFactory.h"
#include "clients/ClientService.h"
#include "security/DatabaseKey.h"
#include "storage/LocalStore.h"

#include <memory>

namespace Balcao::Bench {

// Inserts through ClientService::create on an initialised business
// database: validation, the ChangeWriter (row, column versions, change log)
// and the read-back of the new client, exactly the front desk's path.
class ServiceInserter final : public ClientInserter
{
public:
    static Result<std::unique_ptr<ServiceInserter>>
    open(const QString &path, const DatabaseKey &key, const QList<Person> &people);

    Result<void> insertAlone(qsizetype index) override;
    Result<void> insertBatch(qsizetype first, qsizetype count, Samples &perInsert) override;
    QJsonObject rowCounts() const override;

private:
    ServiceInserter(std::unique_ptr<LocalStore> store, QList<ClientDraft> drafts);
    std::unique_ptr<LocalStore> m_store;
    ClientService m_clients;
    QList<ClientDraft> m_drafts;
};

} // namespace Balcao::Bench
