// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentLedger.h"

#include "SaleNumber.h"
#include "locations/LocationService.h"
#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QSqlQuery>

namespace Balcao {

namespace {

const QString kColumns = QStringLiteral(
    "id, sale_id, return_id, client_id, shift_id, location_id, device_id, user_id, method,"
    " amount_minor, currency, tendered_minor, change_minor, reference, gift_card_id, at");

} // namespace

PaymentLedger::PaymentLedger(LocalStore &store)
    : m_store(store)
{ }

Result<Payment> PaymentLedger::record(Payment p)
{
    if (p.id.isNull())
        p.id = Id::generate(m_store.clock());
    if (p.atMsecs == 0)
        p.atMsecs = m_store.clock().nowMsecsSinceEpoch();
    if (p.deviceId.isNull())
        p.deviceId = Id::fromString(m_store.deviceId());
    // Written without one, the row would hold "" where every row holds a
    // currency code; what was handed over and given back is in the same.
    if (auto known = p.amount.requireCurrency(); !known)
        return known.error();
    for (const std::optional<Money> &cash : { p.tendered, p.change }) {
        if (cash) {
            if (auto same = cash->minorUnitsIn(p.amount.currency()); !same)
                return same.error();
        }
    }
    auto written = m_store.transact([&] {
        return m_store.writer().appendLedger(
            QStringLiteral("payments"), p.id,
            { { QStringLiteral("sale_id"), idOrNull(p.saleId) },
              { QStringLiteral("return_id"), idOrNull(p.returnId) },
              { QStringLiteral("client_id"), idOrNull(p.clientId) },
              { QStringLiteral("shift_id"), idOrNull(p.shiftId) },
              { QStringLiteral("location_id"), idOrNull(p.locationId) },
              { QStringLiteral("device_id"), p.deviceId.toString() },
              { QStringLiteral("user_id"), idOrNull(p.userId) },
              { QStringLiteral("method"), paymentMethodName(p.method) },
              { QStringLiteral("amount_minor"), p.amount.minorUnits() },
              { QStringLiteral("currency"), p.amount.currency().code() },
              { QStringLiteral("tendered_minor"), minorOrNull(p.tendered) },
              { QStringLiteral("change_minor"), minorOrNull(p.change) },
              { QStringLiteral("reference"), textOrNull(p.reference) },
              { QStringLiteral("gift_card_id"), idOrNull(p.giftCardId) },
              { QStringLiteral("at"), p.atMsecs } });
    });
    if (!written)
        return written.error();
    return p;
}

Result<QList<Payment>> PaymentLedger::query(const QString &column, const Id &id) const
{
    QList<Payment> out;
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM payments WHERE %2 = ? ORDER BY at, id")
                  .arg(kColumns, column));
    q.addBindValue(id.toString());
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next()) {
        Payment p;
        p.id = Id::fromString(q.value(0).toString());
        p.saleId = Id::fromString(q.value(1).toString());
        p.returnId = Id::fromString(q.value(2).toString());
        p.clientId = Id::fromString(q.value(3).toString());
        p.shiftId = Id::fromString(q.value(4).toString());
        p.locationId = Id::fromString(q.value(5).toString());
        p.deviceId = Id::fromString(q.value(6).toString());
        p.userId = Id::fromString(q.value(7).toString());
        p.method = paymentMethodFrom(q.value(8).toString()).value_or(PaymentMethod::Cash);
        p.amount = moneyFromColumns(q.value(9), q.value(10));
        p.tendered = optionalMoneyFromColumns(q.value(11), q.value(10));
        p.change = optionalMoneyFromColumns(q.value(12), q.value(10));
        p.reference = q.value(13).toString();
        p.giftCardId = Id::fromString(q.value(14).toString());
        p.atMsecs = q.value(15).toLongLong();
        out << p;
    }
    return out;
}

Result<QList<Payment>> PaymentLedger::forSale(const Id &saleId) const
{
    return query(QStringLiteral("sale_id"), saleId);
}

Result<QList<Payment>> PaymentLedger::forReturn(const Id &returnId) const
{
    return query(QStringLiteral("return_id"), returnId);
}

Result<DocumentNumber> nextDocumentNumber(LocalStore &store, const Id &locationId, bool forReturn)
{
    auto location = LocationService(store).find(locationId);
    if (!location)
        return location.error();
    QSqlQuery q(store.database().connection());
    q.prepare(QStringLiteral("SELECT coalesce(max(sequence), 0) FROM %1 WHERE device_id = ?")
                  .arg(forReturn ? QStringLiteral("returns") : QStringLiteral("sales")));
    q.addBindValue(store.deviceId());
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    const qint64 sequence = (q.next() ? q.value(0).toLongLong() : 0) + 1;
    const QString locationCode = SaleNumber::locationCode(location->name);
    const QString deviceCode = SaleNumber::deviceCode(store.deviceId());
    return DocumentNumber { sequence,
                            forReturn ? SaleNumber::formatReturn(locationCode, deviceCode, sequence)
                                      : SaleNumber::format(locationCode, deviceCode, sequence) };
}

} // namespace Balcao
