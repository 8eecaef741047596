// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverReturnCheck.h"

#include "ClientAccount.h"
#include "catalog/ProductCatalog.h"
#include "inventory/StockLedger.h"
#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace Balcao {

Result<QList<ConflictFinding>> OverReturnCheck::find(LocalStore &store) const
{
    QList<ConflictFinding> findings;
    QSqlQuery q(store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT l.id, l.sale_id, s.number, l.description, l.quantity, r.returned,"
        " l.total_minor, r.refunded, s.client_id, s.currency, l.product_id, s.location_id"
        " FROM (SELECT sale_line_id, sum(quantity) AS returned, sum(refund_minor) AS refunded"
        "  FROM return_lines WHERE sale_line_id IS NOT NULL GROUP BY sale_line_id) r"
        " JOIN sale_lines l ON l.id = r.sale_line_id JOIN sales s ON s.id = l.sale_id"
        " WHERE r.returned > l.quantity"));
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next()) {
        const QString lineId = q.value(0).toString();
        QJsonArray returns;
        QSqlQuery r(store.database().connection());
        r.prepare(QStringLiteral(
            "SELECT rt.number, rl.quantity, rl.refund_minor, rl.disposition, d.name, rt.at"
            " FROM return_lines rl JOIN returns rt ON rt.id = rl.return_id"
            " LEFT JOIN devices d ON d.id = rt.device_id WHERE rl.sale_line_id = ?"
            " ORDER BY rt.at, rt.id"));
        r.addBindValue(lineId);
        if (auto ran = execQuery(r); !ran)
            return ran.error();
        while (r.next())
            returns.append(
                QJsonObject { { QStringLiteral("number"), r.value(0).toString() },
                              { QStringLiteral("quantity"), r.value(1).toLongLong() },
                              { QStringLiteral("refund_minor"), r.value(2).toLongLong() },
                              { QStringLiteral("disposition"), r.value(3).toString() },
                              { QStringLiteral("device"), r.value(4).toString() },
                              { QStringLiteral("at"), r.value(5).toLongLong() } });
        const qint64 sold = q.value(4).toLongLong();
        const qint64 returned = q.value(5).toLongLong();
        findings << ConflictFinding { kKind,
                                      QStringLiteral("sale_lines"),
                                      { lineId },
                                      QJsonObject {
                                          { QStringLiteral("sale_id"), q.value(1).toString() },
                                          { QStringLiteral("sale"), q.value(2).toString() },
                                          { QStringLiteral("line"), q.value(3).toString() },
                                          { QStringLiteral("sold"), sold },
                                          { QStringLiteral("returned"), returned },
                                          { QStringLiteral("extra_units"), returned - sold },
                                          { QStringLiteral("extra_refund_minor"),
                                            q.value(7).toLongLong() - q.value(6).toLongLong() },
                                          { QStringLiteral("client_id"), q.value(8).toString() },
                                          { QStringLiteral("currency"), q.value(9).toString() },
                                          { QStringLiteral("product_id"), q.value(10).toString() },
                                          { QStringLiteral("location_id"), q.value(11).toString() },
                                          { QStringLiteral("returns"), returns } } };
    }
    return findings;
}

QStringList OverReturnCheck::resolutions(const Conflict &conflict) const
{
    QStringList out { kAccept };
    if (!conflict.facts.value(QStringLiteral("client_id")).toString().isEmpty())
        out << kChargeClient;
    return out;
}

Result<void> OverReturnCheck::apply(LocalStore &store, const Conflict &conflict,
                                    const QString &resolution) const
{
    if (resolution != kAccept && resolution != kChargeClient)
        return Error::invalid(QStringLiteral("conflict.badResolution"),
                              tr("\"%1\" is not a resolution of this conflict.").arg(resolution));
    const QJsonObject &f = conflict.facts;
    const Id productId = Id::fromString(f.value(QStringLiteral("product_id")).toString());
    const qint64 extraUnits = f.value(QStringLiteral("extra_units")).toInteger();
    if (!productId.isNull() && extraUnits > 0) {
        // Units restocked by the extra returns (damaged ones were written off
        // already) come back out.
        QSqlQuery q(store.database().connection());
        q.prepare(QStringLiteral(
            "SELECT coalesce(sum(CASE WHEN disposition = 'restock' THEN quantity ELSE 0 END), 0)"
            " FROM return_lines WHERE sale_line_id = ?"));
        q.addBindValue(conflict.subjectIds.value(0));
        auto restocked = scalarQuery<qint64>(q);
        if (!restocked)
            return restocked.error();
        const qint64 units = std::min(extraUnits, *restocked);
        auto tracked = ProductCatalog(store).tracksStock(productId);
        if (!tracked)
            return tracked.error();
        if (units > 0 && *tracked) {
            StockMovement m;
            m.productId = productId;
            m.locationId = Id::fromString(f.value(QStringLiteral("location_id")).toString());
            m.quantity = -units;
            m.kind = StockMovementKind::Adjustment;
            m.reason = tr("Returned twice on two terminals (sale %1)")
                           .arg(f.value(QStringLiteral("sale")).toString());
            if (auto recorded = StockLedger(store).record(m); !recorded)
                return recorded.error();
        }
    }
    if (resolution == kChargeClient) {
        const qint64 extra = f.value(QStringLiteral("extra_refund_minor")).toInteger();
        if (extra > 0) {
            ClientAccount::Entry e;
            e.clientId = Id::fromString(f.value(QStringLiteral("client_id")).toString());
            e.kind = ClientAccount::Kind::Due;
            // The conflict's facts carry the amount as the ledgers write it.
            e.amount = moneyFromColumns(extra, f.value(QStringLiteral("currency")).toString());
            e.saleId = Id::fromString(f.value(QStringLiteral("sale_id")).toString());
            e.note = tr("Refunded twice (sale %1)").arg(f.value(QStringLiteral("sale")).toString());
            if (auto entry = ClientAccount(store).record(e); !entry)
                return entry.error();
        }
    }
    return {};
}

} // namespace Balcao
