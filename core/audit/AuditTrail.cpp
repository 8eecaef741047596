// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditTrail.h"

#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"

#include <QJsonDocument>

namespace Balcao {

AuditTrail::AuditTrail(LocalStore &store)
    : m_store(store)
{ }

Result<Id> AuditTrail::record(const QString &action, const QString &subjectTable,
                              const Id &subjectId, const QJsonObject &details, const Id &userId)
{
    const Id id = Id::generate(m_store.clock());
    QVariantMap fields {
        { QStringLiteral("at"), m_store.clock().nowMsecsSinceEpoch() },
        { QStringLiteral("device_id"), m_store.deviceId() },
        { QStringLiteral("action"), action },
        { QStringLiteral("subject_table"), subjectTable },
        { QStringLiteral("subject_id"), idOrNull(subjectId) },
        { QStringLiteral("user_id"), idOrNull(userId) },
        { QStringLiteral("details"),
          details.isEmpty() ? QVariant()
                            : QVariant(QString::fromUtf8(
                                QJsonDocument(details).toJson(QJsonDocument::Compact))) },
    };
    auto appended = m_store.writer().appendLedger(QStringLiteral("audit_events"), id, fields);
    if (!appended)
        return appended.error();
    return id;
}

} // namespace Balcao
