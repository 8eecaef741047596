// SPDX-License-Identifier: GPL-3.0-or-later
#include "StockBelowZeroCheck.h"

#include "StockLedger.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace Balcao {

Result<QList<ConflictFinding>> StockBelowZeroCheck::find(LocalStore &store) const
{
    QList<ConflictFinding> findings;
    QSqlQuery q(store.database().connection());
    q.setForwardOnly(true);
    // The sums the schema keeps (stock_on_hand), not every movement again.
    q.prepare(
        QStringLiteral("SELECT m.product_id, m.location_id, m.quantity, p.name, p.sku,"
                       " l.name FROM stock_on_hand m"
                       " LEFT JOIN products p ON p.id = m.product_id"
                       " LEFT JOIN locations l ON l.id = m.location_id WHERE m.quantity < 0"));
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next()) {
        const QString productId = q.value(0).toString();
        const QString locationId = q.value(1).toString();
        QJsonArray recent;
        QSqlQuery m(store.database().connection());
        m.prepare(QStringLiteral(
            "SELECT sm.kind, sm.quantity, sm.at, d.name, s.number FROM stock_movements sm"
            " LEFT JOIN devices d ON d.id = sm.device_id LEFT JOIN sales s ON s.id = sm.source_id"
            " WHERE sm.product_id = ? AND sm.location_id = ? ORDER BY sm.at DESC, sm.id DESC"
            " LIMIT 5"));
        m.addBindValue(productId);
        m.addBindValue(locationId);
        if (auto ran = execQuery(m); !ran)
            return ran.error();
        while (m.next())
            recent.append(QJsonObject { { QStringLiteral("kind"), m.value(0).toString() },
                                        { QStringLiteral("quantity"), m.value(1).toLongLong() },
                                        { QStringLiteral("at"), m.value(2).toLongLong() },
                                        { QStringLiteral("device"), m.value(3).toString() },
                                        { QStringLiteral("sale"), m.value(4).toString() } });
        findings << ConflictFinding { kKind,
                                      QStringLiteral("stock_movements"),
                                      { productId, locationId },
                                      QJsonObject {
                                          { QStringLiteral("product_id"), productId },
                                          { QStringLiteral("location_id"), locationId },
                                          { QStringLiteral("on_hand"), q.value(2).toLongLong() },
                                          { QStringLiteral("product"), q.value(3).toString() },
                                          { QStringLiteral("sku"), q.value(4).toString() },
                                          { QStringLiteral("location"), q.value(5).toString() },
                                          { QStringLiteral("recent"), recent } } };
    }
    return findings;
}

QStringList StockBelowZeroCheck::resolutions(const Conflict &) const
{
    return { kAdjustToZero, kKeepNegative };
}

Result<void> StockBelowZeroCheck::apply(LocalStore &store, const Conflict &conflict,
                                        const QString &resolution) const
{
    if (resolution == kKeepNegative)
        return {};
    if (resolution != kAdjustToZero)
        return Error::invalid(QStringLiteral("conflict.badResolution"),
                              tr("\"%1\" is not a resolution of this conflict.").arg(resolution));
    const Id productId
        = Id::fromString(conflict.facts.value(QStringLiteral("product_id")).toString());
    const Id locationId
        = Id::fromString(conflict.facts.value(QStringLiteral("location_id")).toString());
    StockLedger stock(store);
    auto onHand = stock.onHand(productId, locationId);
    if (!onHand)
        return onHand.error();
    if (*onHand >= 0)
        return {};
    StockMovement m;
    m.productId = productId;
    m.locationId = locationId;
    m.quantity = -*onHand;
    m.kind = StockMovementKind::Adjustment;
    m.reason = tr("Stock below zero after sync: set to zero");
    auto recorded = stock.record(m);
    if (!recorded)
        return recorded.error();
    return {};
}

} // namespace Balcao
