// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientAccount.h"

#include "settings/BusinessSettings.h"
#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QSqlQuery>

namespace Balcao {

namespace {

QString kindName(ClientAccount::Kind kind)
{
    return kind == ClientAccount::Kind::Due ? QStringLiteral("due") : QStringLiteral("credit");
}

} // namespace

ClientAccount::ClientAccount(LocalStore &store)
    : m_store(store)
{ }

Result<Money> ClientAccount::balance(const QString &where, const QVariantList &values) const
{
    auto currency = BusinessSettings(m_store).currency();
    if (!currency)
        return currency.error();
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT currency, sum(amount_minor) FROM client_account_entries"
                             " WHERE %1 GROUP BY currency")
                  .arg(where));
    for (const QVariant &value : values)
        q.addBindValue(value);
    return sumInCurrency(q, *currency);
}

Result<Money> ClientAccount::storeCredit(const Id &clientId) const
{
    return balance(QStringLiteral("client_id = ? AND kind = ?"),
                   { clientId.toString(), kindName(Kind::StoreCredit) });
}

Result<Money> ClientAccount::due(const Id &clientId) const
{
    return balance(QStringLiteral("client_id = ? AND kind = ?"),
                   { clientId.toString(), kindName(Kind::Due) });
}

Result<Money> ClientAccount::dueForSale(const Id &saleId) const
{
    return balance(QStringLiteral("sale_id = ? AND kind = ?"),
                   { saleId.toString(), kindName(Kind::Due) });
}

Result<QList<ClientAccount::Entry>> ClientAccount::entries(const Id &clientId, int limit) const
{
    QList<Entry> out;
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, kind, amount_minor, currency, sale_id, return_id,"
                             " payment_id, note, user_id, at FROM client_account_entries"
                             " WHERE client_id = ? ORDER BY at DESC, id DESC LIMIT ?"));
    q.addBindValue(clientId.toString());
    q.addBindValue(limit);
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next()) {
        Entry e;
        e.id = Id::fromString(q.value(0).toString());
        e.clientId = clientId;
        e.kind = q.value(1).toString() == QLatin1String("due") ? Kind::Due : Kind::StoreCredit;
        e.amount = moneyFromColumns(q.value(2), q.value(3));
        e.saleId = Id::fromString(q.value(4).toString());
        e.returnId = Id::fromString(q.value(5).toString());
        e.paymentId = Id::fromString(q.value(6).toString());
        e.note = q.value(7).toString();
        e.userId = Id::fromString(q.value(8).toString());
        e.atMsecs = q.value(9).toLongLong();
        out << e;
    }
    return out;
}

Result<ClientAccount::Entry> ClientAccount::record(Entry e)
{
    if (e.clientId.isNull())
        return Error::invalid(QStringLiteral("account.noClient"),
                              tr("Choose the client whose account it is."));
    if (e.amount.isZero())
        return Error::invalid(QStringLiteral("account.zero"),
                              tr("An account entry needs an amount other than zero."));
    if (auto currency = e.amount.requireCurrency(); !currency)
        return currency.error(); // the row would hold "" where others hold a code
    if (e.id.isNull())
        e.id = Id::generate(m_store.clock());
    if (e.atMsecs == 0)
        e.atMsecs = m_store.clock().nowMsecsSinceEpoch();
    auto written = m_store.transact([&] {
        return m_store.writer().appendLedger(
            QStringLiteral("client_account_entries"), e.id,
            { { QStringLiteral("client_id"), e.clientId.toString() },
              { QStringLiteral("kind"), kindName(e.kind) },
              { QStringLiteral("amount_minor"), e.amount.minorUnits() },
              { QStringLiteral("currency"), e.amount.currency().code() },
              { QStringLiteral("sale_id"), idOrNull(e.saleId) },
              { QStringLiteral("return_id"), idOrNull(e.returnId) },
              { QStringLiteral("payment_id"), idOrNull(e.paymentId) },
              { QStringLiteral("note"), textOrNull(e.note) },
              { QStringLiteral("device_id"), m_store.deviceId() },
              { QStringLiteral("user_id"), idOrNull(e.userId) },
              { QStringLiteral("at"), e.atMsecs } });
    });
    if (!written)
        return written.error();
    return e;
}

} // namespace Balcao
