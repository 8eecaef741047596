// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Id.h"

#include <QJsonObject>

namespace Balcao {

class LocalStore;

// Who did what: appends immutable facts to the audit_events ledger, in the
// caller's transaction, through the same write path as everything else.
class AuditTrail
{
public:
    explicit AuditTrail(LocalStore &store);
    Result<Id> record(const QString &action, const QString &subjectTable, const Id &subjectId,
                      const QJsonObject &details = {}, const Id &userId = {});

private:
    LocalStore &m_store;
};

} // namespace Balcao
