// SPDX-License-Identifier: GPL-3.0-or-later
#include "Change.h"

#include "common/Id.h"
#include "storage/ChangeWriter.h"

namespace Balcao {

namespace {
Error malformed(const QString &why)
{
    return Error::invalid(
        QStringLiteral("sync.malformedChange"),
        QCoreApplication::translate("Balcao::Change", "A change is malformed: %1").arg(why));
}
} // namespace

QJsonObject Change::toJson() const
{
    QJsonObject values;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        values.insert(it.key(), ChangeWriter::toJson(it.value()));
    return QJsonObject {
        { QStringLiteral("change_id"), changeId },
        { QStringLiteral("table"), table },
        { QStringLiteral("row_id"), rowId },
        { QStringLiteral("kind"), ledger ? QStringLiteral("ledger") : QStringLiteral("record") },
        { QStringLiteral("hlc"), hlc.toString() },
        { QStringLiteral("device_id"), deviceId },
        { QStringLiteral("fields"), values },
        { QStringLiteral("seq"), seq },
    };
}

Result<Change> Change::fromJson(const QJsonObject &json)
{
    Change change;
    change.changeId = json.value(QStringLiteral("change_id")).toString();
    change.table = json.value(QStringLiteral("table")).toString();
    change.rowId = json.value(QStringLiteral("row_id")).toString();
    const QString kind = json.value(QStringLiteral("kind")).toString();
    change.hlc = Hlc::fromString(json.value(QStringLiteral("hlc")).toString());
    change.deviceId = json.value(QStringLiteral("device_id")).toString();
    change.seq = json.value(QStringLiteral("seq")).toInteger();
    const QJsonValue values = json.value(QStringLiteral("fields"));
    if (values.isObject()) {
        const QJsonObject object = values.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            change.fields.insert(it.key(), ChangeWriter::fromJson(it.value()));
    }
    return checked(std::move(change), kind, values.isObject());
}

Result<Change> Change::checked(Change change, const QString &kind, bool hasFields)
{
    if (Id::fromString(change.changeId).isNull())
        return malformed(QStringLiteral("change_id"));
    if (Id::fromString(change.rowId).isNull())
        return malformed(QStringLiteral("row_id"));
    if (change.table.isEmpty())
        return malformed(QStringLiteral("table"));
    if (kind != QStringLiteral("record") && kind != QStringLiteral("ledger"))
        return malformed(QStringLiteral("kind"));
    change.ledger = kind == QStringLiteral("ledger");
    if (change.hlc.isNull())
        return malformed(QStringLiteral("hlc"));
    if (change.deviceId.isEmpty())
        return malformed(QStringLiteral("device_id"));
    if (!hasFields)
        return malformed(QStringLiteral("fields"));
    return change;
}

} // namespace Balcao
