// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClosedShiftCashCheck.h"

#include "ShiftService.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

namespace Balcao {

Result<QList<ConflictFinding>> ClosedShiftCashCheck::find(LocalStore &store) const
{
    QList<ConflictFinding> findings;
    QSqlQuery q(store.database().connection());
    q.setForwardOnly(true);
    // What the drawer should hold, as ShiftService::report sums it: the
    // float, cash kept from sales less cash refunded, cash in less cash out.
    q.prepare(QStringLiteral(
        "SELECT s.id, s.drawer_id, d.name, s.closed_at, s.expected_minor, s.counted_minor,"
        " s.opening_float_minor"
        " + (SELECT coalesce(sum(p.amount_minor), 0) FROM payments p"
        "    WHERE p.shift_id = s.id AND p.method = 'cash')"
        " + (SELECT coalesce(sum(CASE m.kind WHEN 'out' THEN -m.amount_minor"
        "    ELSE m.amount_minor END), 0) FROM cash_movements m WHERE m.shift_id = s.id)"
        " FROM cash_shifts s LEFT JOIN cash_drawers d ON d.id = s.drawer_id"
        " WHERE s.status = 'closed' AND s.deleted = 0 AND s.expected_minor IS NOT NULL"
        " AND s.closed_at >= ? ORDER BY s.id"));
    q.addBindValue(store.clock().nowMsecsSinceEpoch() - kLookBackDays * 24 * 3600 * 1000LL);
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    static const QUuid discrepancies(QStringLiteral("{6f1c2b7e-9a43-4d0b-8e55-2c7d1a9f3e60}"));
    while (q.next()) {
        const QString shiftId = q.value(0).toString();
        const qint64 atClose = q.value(4).toLongLong();
        const qint64 now = q.value(6).toLongLong();
        if (now == atClose)
            continue;
        const QString discrepancy
            = Id::nameBased(discrepancies,
                            QStringLiteral("%1|%2|%3").arg(shiftId).arg(atClose).arg(now))
                  .toString();
        QJsonObject facts { { QStringLiteral("shift_id"), shiftId },
                            { QStringLiteral("drawer_id"), q.value(1).toString() },
                            { QStringLiteral("drawer"), q.value(2).toString() },
                            { QStringLiteral("closed_at"), q.value(3).toLongLong() },
                            { QStringLiteral("expected_at_close"), atClose },
                            { QStringLiteral("expected_now"), now },
                            { QStringLiteral("late_minor"), now - atClose } };
        if (!q.value(5).isNull())
            facts.insert(QStringLiteral("counted"), q.value(5).toLongLong());
        findings << ConflictFinding {
            kKind, QStringLiteral("cash_shifts"), { shiftId, discrepancy }, facts
        };
    }
    return findings;
}

QStringList ClosedShiftCashCheck::resolutions(const Conflict &) const
{
    return { kRestate };
}

Result<void> ClosedShiftCashCheck::apply(LocalStore &store, const Conflict &conflict,
                                         const QString &resolution) const
{
    if (resolution != kRestate)
        return Error::invalid(QStringLiteral("conflict.badResolution"),
                              tr("\"%1\" is not a resolution of this conflict.").arg(resolution));
    return ShiftService(store).restateExpected(
        Id::fromString(conflict.facts.value(QStringLiteral("shift_id")).toString()));
}

} // namespace Balcao
