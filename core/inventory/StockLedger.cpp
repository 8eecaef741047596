// SPDX-License-Identifier: GPL-3.0-or-later
#include "StockLedger.h"

#include "catalog/ProductCatalog.h"
#include "locations/LocationService.h"
#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QSqlQuery>

namespace Balcao {

namespace {

const QString kTable = QStringLiteral("stock_movements");

struct KindName
{
    StockMovementKind kind;
    const char *name;
};
constexpr KindName kKindNames[] = {
    { StockMovementKind::Sale, "sale" },
    { StockMovementKind::Return, "return" },
    { StockMovementKind::Receipt, "receipt" },
    { StockMovementKind::Adjustment, "adjustment" },
    { StockMovementKind::Damaged, "damaged" },
    { StockMovementKind::TransferOut, "transfer_out" },
    { StockMovementKind::TransferIn, "transfer_in" },
};

} // namespace

QString stockMovementKindName(StockMovementKind kind)
{
    for (const KindName &k : kKindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

std::optional<StockMovementKind> stockMovementKindFrom(const QString &name)
{
    for (const KindName &k : kKindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

StockLedger::StockLedger(LocalStore &store)
    : m_store(store)
{ }

Result<void> StockLedger::checkProductAndLocation(const Id &productId, const Id &locationId) const
{
    auto product = ProductCatalog(m_store).find(productId);
    if (!product)
        return product.error();
    if (!product->trackStock)
        return Error::invalid(
            QStringLiteral("stock.notTracked"),
            tr("\"%1\" does not keep stock; turn on stock tracking first.").arg(product->name));
    if (auto location = LocationService(m_store).find(locationId); !location)
        return location.error();
    return {};
}

Result<StockMovement> StockLedger::record(StockMovement m)
{
    if (m.quantity == 0)
        return Error::invalid(QStringLiteral("stock.zeroQuantity"),
                              tr("A stock movement needs a quantity other than zero."));
    if (m.quantity > kMaxQuantity || m.quantity < -kMaxQuantity)
        return Error::invalid(QStringLiteral("stock.quantityTooLarge"),
                              tr("A stock movement moves at most %1 units.").arg(kMaxQuantity));
    if (m.reason.size() > kMaxReasonLength)
        return Error::invalid(
            QStringLiteral("stock.reasonTooLong"),
            tr("The reason is too long (at most %1 characters).").arg(kMaxReasonLength));
    if (m.id.isNull())
        m.id = Id::generate(m_store.clock());
    if (m.atMsecs == 0)
        m.atMsecs = m_store.clock().nowMsecsSinceEpoch();
    QVariantMap fields {
        { QStringLiteral("product_id"), m.productId.toString() },
        { QStringLiteral("location_id"), m.locationId.toString() },
        { QStringLiteral("quantity"), m.quantity },
        { QStringLiteral("kind"), stockMovementKindName(m.kind) },
        { QStringLiteral("reason"), textOrNull(m.reason) },
        { QStringLiteral("lot"), textOrNull(m.lot) },
        { QStringLiteral("expires_on"),
          m.expiresOn.isValid() ? QVariant(m.expiresOn.toString(Qt::ISODate)) : QVariant() },
        { QStringLiteral("unit_cost_minor"),
          m.unitCostMinor ? QVariant(*m.unitCostMinor) : QVariant() },
        { QStringLiteral("source_table"), textOrNull(m.sourceTable) },
        { QStringLiteral("source_id"), idOrNull(m.sourceId) },
        { QStringLiteral("device_id"), m_store.deviceId() },
        { QStringLiteral("user_id"), idOrNull(m.userId) },
        { QStringLiteral("at"), m.atMsecs },
    };
    auto written
        = m_store.transact([&] { return m_store.writer().appendLedger(kTable, m.id, fields); });
    if (!written)
        return written.error();
    return m;
}

Result<StockMovement> StockLedger::receive(const Id &productId, const Id &locationId,
                                           qint64 quantity, const QString &reason,
                                           const QString &lot, const QDate &expiresOn,
                                           std::optional<qint64> unitCostMinor, const Id &userId)
{
    if (quantity <= 0)
        return Error::invalid(QStringLiteral("stock.receiveNotPositive"),
                              tr("Receive a quantity of at least 1."));
    if (unitCostMinor && *unitCostMinor < 0)
        return Error::invalid(QStringLiteral("product.costNegative"),
                              tr("The cost cannot be negative."));
    if (auto checked = checkProductAndLocation(productId, locationId); !checked)
        return checked.error();
    StockMovement m;
    m.productId = productId;
    m.locationId = locationId;
    m.quantity = quantity;
    m.kind = StockMovementKind::Receipt;
    m.reason = reason.trimmed();
    m.lot = lot.simplified();
    m.expiresOn = expiresOn;
    m.unitCostMinor = unitCostMinor;
    m.userId = userId;
    return record(m);
}

Result<std::optional<StockMovement>> StockLedger::adjustTo(const Id &productId,
                                                           const Id &locationId, qint64 counted,
                                                           const QString &reason, const Id &userId)
{
    if (counted < 0 || counted > kMaxQuantity)
        return Error::invalid(QStringLiteral("stock.countInvalid"),
                              tr("A count is between 0 and %1.").arg(kMaxQuantity));
    if (auto checked = checkProductAndLocation(productId, locationId); !checked)
        return checked.error();
    return m_store.transact([&]() -> Result<std::optional<StockMovement>> {
        auto before = onHand(productId, locationId);
        if (!before)
            return before.error();
        const qint64 difference = counted - *before;
        if (difference == 0)
            return std::optional<StockMovement>();
        StockMovement m;
        m.productId = productId;
        m.locationId = locationId;
        m.quantity = difference;
        m.kind = StockMovementKind::Adjustment;
        m.reason = reason.trimmed();
        m.userId = userId;
        auto recorded = record(m);
        if (!recorded)
            return recorded.error();
        return std::optional<StockMovement>(*recorded);
    });
}

Result<StockMovement> StockLedger::writeOff(const Id &productId, const Id &locationId,
                                            qint64 quantity, const QString &reason,
                                            const Id &userId)
{
    if (quantity <= 0)
        return Error::invalid(QStringLiteral("stock.writeOffNotPositive"),
                              tr("Write off a quantity of at least 1."));
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("stock.reasonRequired"),
                              tr("Say why the stock is written off."));
    if (auto checked = checkProductAndLocation(productId, locationId); !checked)
        return checked.error();
    StockMovement m;
    m.productId = productId;
    m.locationId = locationId;
    m.quantity = -quantity;
    m.kind = StockMovementKind::Damaged;
    m.reason = reason.trimmed();
    m.userId = userId;
    return record(m);
}

Result<qint64> StockLedger::onHand(const Id &productId, const Id &locationId) const
{
    QSqlQuery q(m_store.database().connection());
    // The sum of the movements, kept by the schema (stock_on_hand); no row
    // is a product that never moved there.
    q.prepare(QStringLiteral("SELECT quantity FROM stock_on_hand"
                             " WHERE product_id = ? AND location_id = ?"));
    q.addBindValue(productId.toString());
    q.addBindValue(locationId.toString());
    auto quantity = firstValue(q);
    if (!quantity)
        return quantity.error();
    return quantity->value_or(QVariant(0)).toLongLong();
}

Result<QHash<QString, qint64>> StockLedger::onHandByLocation(const Id &productId) const
{
    QHash<QString, qint64> out;
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT location_id, quantity FROM stock_on_hand"
                             " WHERE product_id = ?"));
    q.addBindValue(productId.toString());
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

Result<QList<StockMovement>> StockLedger::movements(const Id &productId, const Id &locationId,
                                                    int limit) const
{
    QList<StockMovement> out;
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, quantity, kind, reason, lot, expires_on,"
                             " unit_cost_minor, source_table, source_id, user_id, at"
                             " FROM stock_movements WHERE product_id = ? AND location_id = ?"
                             " ORDER BY at DESC, id DESC LIMIT ?"));
    q.addBindValue(productId.toString());
    q.addBindValue(locationId.toString());
    q.addBindValue(limit);
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next()) {
        StockMovement m;
        m.id = Id::fromString(q.value(0).toString());
        m.productId = productId;
        m.locationId = locationId;
        m.quantity = q.value(1).toLongLong();
        m.kind
            = stockMovementKindFrom(q.value(2).toString()).value_or(StockMovementKind::Adjustment);
        m.reason = q.value(3).toString();
        m.lot = q.value(4).toString();
        m.expiresOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        if (!q.value(6).isNull())
            m.unitCostMinor = q.value(6).toLongLong();
        m.sourceTable = q.value(7).toString();
        m.sourceId = Id::fromString(q.value(8).toString());
        m.userId = Id::fromString(q.value(9).toString());
        m.atMsecs = q.value(10).toLongLong();
        out << m;
    }
    return out;
}

} // namespace Balcao
