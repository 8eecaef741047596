// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenShiftsCheck.h"

#include "ShiftService.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace Balcao {

Result<QList<ConflictFinding>> OpenShiftsCheck::find(LocalStore &store) const
{
    QList<ConflictFinding> findings;
    QSqlQuery q(store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT drawer_id FROM cash_shifts WHERE status = 'open' AND"
                             " deleted = 0 GROUP BY drawer_id HAVING count(*) > 1"));
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    QStringList drawers;
    while (q.next())
        drawers << q.value(0).toString();
    for (const QString &drawerId : std::as_const(drawers)) {
        ConflictFinding finding { kKind, QStringLiteral("cash_shifts"), {}, {} };
        QJsonArray shifts;
        QString drawerName;
        q.prepare(QStringLiteral(
            "SELECT s.id, s.opened_at, s.opening_float_minor, d.name, u.login, c.name"
            " FROM cash_shifts s LEFT JOIN devices d ON d.id = s.device_id"
            " LEFT JOIN users u ON u.id = s.opened_by LEFT JOIN cash_drawers c ON c.id ="
            " s.drawer_id WHERE s.drawer_id = ? AND s.status = 'open' AND s.deleted = 0"
            " ORDER BY s.id"));
        q.addBindValue(drawerId);
        if (auto ran = execQuery(q); !ran)
            return ran.error();
        while (q.next()) {
            finding.subjectIds << q.value(0).toString();
            drawerName = q.value(5).toString();
            shifts.append(QJsonObject { { QStringLiteral("id"), q.value(0).toString() },
                                        { QStringLiteral("opened_at"), q.value(1).toLongLong() },
                                        { QStringLiteral("float_minor"), q.value(2).toLongLong() },
                                        { QStringLiteral("device"), q.value(3).toString() },
                                        { QStringLiteral("opened_by"), q.value(4).toString() } });
        }
        finding.facts = QJsonObject { { QStringLiteral("drawer_id"), drawerId },
                                      { QStringLiteral("drawer"), drawerName },
                                      { QStringLiteral("shifts"), shifts } };
        findings << finding;
    }
    return findings;
}

QStringList OpenShiftsCheck::resolutions(const Conflict &conflict) const
{
    QStringList out;
    for (const QString &id : conflict.subjectIds)
        out << kClosePrefix + id;
    return out;
}

Result<void> OpenShiftsCheck::apply(LocalStore &store, const Conflict &conflict,
                                    const QString &resolution) const
{
    const QString id = resolution.mid(kClosePrefix.size());
    if (!resolution.startsWith(kClosePrefix) || !conflict.subjectIds.contains(id))
        return Error::invalid(QStringLiteral("conflict.badResolution"),
                              tr("\"%1\" is not a resolution of this conflict.").arg(resolution));
    return ShiftService(store).closeUncounted(
        Id::fromString(id), tr("Closed because another terminal had the same drawer open"), {});
}

} // namespace Balcao
