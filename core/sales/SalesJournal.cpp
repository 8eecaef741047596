// SPDX-License-Identifier: GPL-3.0-or-later
#include "SalesJournal.h"

#include "ClientAccount.h"
#include "PaymentLedger.h"
#include "clients/Client.h"
#include "clients/ClientSearch.h"
#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace Balcao {

namespace {

const QString kSaleColumns = QStringLiteral(
    "id, number, sequence, location_id, device_id, shift_id, client_id, user_id, approved_by,"
    " appointment_id, at, currency, gross_minor, discount_minor, tax_minor, tip_minor,"
    " tip_staff_id, total_minor, order_discount, tax_rounding, exchange_return_id, notes");

Discount discountFrom(const QString &text)
{
    const QString kind = text.section(QLatin1Char(':'), 0, 0);
    const qint64 value = text.section(QLatin1Char(':'), 1).toLongLong();
    if (kind == QLatin1String("percent"))
        return Discount::percent(value);
    if (kind == QLatin1String("amount"))
        return Discount::amount(value);
    return {};
}

} // namespace

SalesJournal::SalesJournal(LocalStore &store)
    : m_store(store)
{ }

Result<Sale> SalesJournal::load(const QString &where, const QString &value) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT %1 FROM sales WHERE %2 ORDER BY at DESC, id LIMIT 2")
                  .arg(kSaleColumns, where));
    q.addBindValue(value);
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    if (!q.next())
        return Error::notFound(QStringLiteral("sale.notFound"),
                               tr("There is no sale %1.").arg(value));
    Sale s;
    s.id = Id::fromString(q.value(0).toString());
    s.number = q.value(1).toString();
    s.sequence = q.value(2).toLongLong();
    s.locationId = Id::fromString(q.value(3).toString());
    s.deviceId = Id::fromString(q.value(4).toString());
    s.shiftId = Id::fromString(q.value(5).toString());
    s.clientId = Id::fromString(q.value(6).toString());
    s.userId = Id::fromString(q.value(7).toString());
    s.approvedBy = Id::fromString(q.value(8).toString());
    s.appointmentId = Id::fromString(q.value(9).toString());
    s.atMsecs = q.value(10).toLongLong();
    // The sale's currency is the currency of its lines and of what is due.
    const QVariant currency = q.value(11);
    const auto money = [&](const QVariant &minor) { return moneyFromColumns(minor, currency); };
    s.gross = money(q.value(12));
    s.discount = money(q.value(13));
    s.tax = money(q.value(14));
    s.tip = money(q.value(15));
    s.tipStaffId = Id::fromString(q.value(16).toString());
    s.total = money(q.value(17));
    s.orderDiscount = discountFrom(q.value(18).toString());
    s.taxRounding = taxRoundingFrom(q.value(19).toString()).value_or(TaxRounding::PerLine);
    s.exchangeReturnId = Id::fromString(q.value(20).toString());
    s.notes = q.value(21).toString();
    if (q.next())
        return Error::conflict(
            QStringLiteral("sale.ambiguousNumber"),
            tr("More than one sale matches %1; type the whole number.").arg(value));

    q.prepare(QStringLiteral(
        "SELECT id, position, kind, product_id, service_id, appointment_item_id, gift_card_id,"
        " staff_id, description, sku, quantity, unit_price_minor, line_discount_minor,"
        " order_discount_minor, net_minor, tax_class_id, tax_name, tax_rate_bp, tax_included,"
        " tax_minor, total_minor, unit_cost_minor FROM sale_lines WHERE sale_id = ?"
        " ORDER BY position"));
    q.addBindValue(s.id.toString());
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next()) {
        SaleLine l;
        l.id = Id::fromString(q.value(0).toString());
        l.saleId = s.id;
        l.position = q.value(1).toInt();
        l.kind = saleLineKindFrom(q.value(2).toString()).value_or(SaleLineKind::Product);
        l.productId = Id::fromString(q.value(3).toString());
        l.serviceId = Id::fromString(q.value(4).toString());
        l.appointmentItemId = Id::fromString(q.value(5).toString());
        l.giftCardId = Id::fromString(q.value(6).toString());
        l.staffId = Id::fromString(q.value(7).toString());
        l.description = q.value(8).toString();
        l.sku = q.value(9).toString();
        l.quantity = q.value(10).toLongLong();
        l.unitPrice = money(q.value(11));
        l.lineDiscount = money(q.value(12));
        l.orderDiscount = money(q.value(13));
        l.net = money(q.value(14));
        l.tax = TaxRate { Id::fromString(q.value(15).toString()), q.value(16).toString(),
                          q.value(17).toInt(), q.value(18).toInt() != 0 };
        l.taxAmount = money(q.value(19));
        l.total = money(q.value(20));
        l.unitCost = optionalMoneyFromColumns(q.value(21), currency);
        s.lines << l;
    }
    auto payments = PaymentLedger(m_store).forSale(s.id);
    if (!payments)
        return payments.error();
    s.payments = *payments;
    q.prepare(QStringLiteral("SELECT currency, sum(amount_minor) FROM client_account_entries"
                             " WHERE sale_id = ? AND kind = 'due' AND amount_minor > 0"
                             " GROUP BY currency"));
    q.addBindValue(s.id.toString());
    auto due = sumInCurrency(q, s.currency());
    if (!due)
        return due.error();
    s.due = *due;
    return s;
}

Result<Sale> SalesJournal::find(const Id &id) const
{
    return load(QStringLiteral("id = ?"), id.toString());
}

Result<Sale> SalesJournal::findByNumber(const QString &number) const
{
    const QString cleaned = number.simplified().toUpper();
    if (cleaned.isEmpty())
        return Error::invalid(QStringLiteral("sale.numberEmpty"), tr("Type a sale number."));
    auto exact = load(QStringLiteral("number = ?"), cleaned);
    if (exact || exact.error().code != QLatin1String("sale.notFound"))
        return exact;
    // "123" finds "CEN-7K2Q-000123" when only one sale ends so.
    QString suffix = cleaned;
    suffix.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    auto bySuffix = load(QStringLiteral("number LIKE ? ESCAPE '\\'"),
                         QStringLiteral("%-") + QString(suffix).rightJustified(6, u'0'));
    if (bySuffix)
        return bySuffix;
    if (bySuffix.error().code == QLatin1String("sale.ambiguousNumber"))
        return bySuffix;
    return Error::notFound(QStringLiteral("sale.notFound"),
                           tr("There is no sale %1.").arg(cleaned));
}

Result<QString> SalesJournal::numberForAppointment(const Id &appointmentId) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral(
        "SELECT number FROM sales WHERE appointment_id = ? ORDER BY at, id LIMIT 1"));
    q.addBindValue(appointmentId.toString());
    auto number = firstValue(q);
    if (!number)
        return number.error();
    return number->value_or(QVariant()).toString();
}

Result<QList<SaleSummary>> SalesJournal::list(const SaleFilter &filter, int limit, int offset) const
{
    QStringList where;
    QVariantList values;
    if (filter.fromMsecs) {
        where << QStringLiteral("s.at >= ?");
        values << *filter.fromMsecs;
    }
    if (filter.toMsecs) {
        where << QStringLiteral("s.at < ?");
        values << *filter.toMsecs;
    }
    if (!filter.locationId.isNull()) {
        where << QStringLiteral("s.location_id = ?");
        values << filter.locationId.toString();
    }
    if (!filter.clientId.isNull()) {
        where << QStringLiteral("s.client_id = ?");
        values << filter.clientId.toString();
    }
    if (!filter.shiftId.isNull()) {
        where << QStringLiteral("s.shift_id = ?");
        values << filter.shiftId.toString();
    }
    if (filter.method) {
        where << QStringLiteral("s.id IN (SELECT sale_id FROM payments WHERE method = ?)");
        values << paymentMethodName(*filter.method);
    }
    const QString text = filter.text.simplified();
    if (!text.isEmpty()) {
        // A number (or its last digits), or clients found the way the
        // clients page finds them.
        QStringList either { QStringLiteral("s.number = ?"), QStringLiteral("s.number LIKE ?") };
        values << text.toUpper();
        QString digits = text;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9A-Za-z-]")));
        values << QString(QStringLiteral("%") + digits.toUpper());
        auto clients = ClientSearch(m_store).find(text, 200);
        if (!clients)
            return clients.error();
        if (!clients->isEmpty()) {
            QStringList marks;
            for (const Client &c : std::as_const(*clients)) {
                marks << QStringLiteral("?");
                values << c.id.toString();
            }
            either << QStringLiteral("s.client_id IN (%1)").arg(marks.join(u','));
        }
        where << QLatin1Char('(') + either.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    QList<SaleSummary> out;
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT s.id, s.number, s.at, s.location_id, s.client_id, c.name, s.user_id,"
                  " u.login, s.currency, s.total_minor,"
                  " (SELECT group_concat(DISTINCT method) FROM payments p WHERE p.sale_id = s.id),"
                  " (SELECT coalesce(sum(refund_minor), 0) FROM returns r WHERE r.sale_id = s.id),"
                  " (SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.id)"
                  " FROM sales s LEFT JOIN clients c ON c.id = s.client_id"
                  " LEFT JOIN users u ON u.id = s.user_id %1"
                  " ORDER BY s.at DESC, s.id DESC LIMIT %2 OFFSET %3")
                  .arg(where.isEmpty()
                           ? QString()
                           : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
                  .arg(limit)
                  .arg(offset));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next()) {
        SaleSummary s;
        s.id = Id::fromString(q.value(0).toString());
        s.number = q.value(1).toString();
        s.atMsecs = q.value(2).toLongLong();
        s.locationId = Id::fromString(q.value(3).toString());
        s.clientId = Id::fromString(q.value(4).toString());
        s.clientName = q.value(5).toString();
        s.userId = Id::fromString(q.value(6).toString());
        s.userLogin = q.value(7).toString();
        // Returns of a sale are in its currency (ReturnService writes the
        // business's, which checkout required of the sale).
        s.total = moneyFromColumns(q.value(9), q.value(8));
        s.methods = q.value(10).toString().split(u',', Qt::SkipEmptyParts);
        s.methods.sort();
        s.refunded = moneyFromColumns(q.value(11), q.value(8));
        s.lineCount = q.value(12).toInt();
        out << s;
    }
    return out;
}

Result<QHash<QString, qint64>> SalesJournal::returnedQuantities(const Id &saleId) const
{
    QHash<QString, qint64> out;
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT sale_line_id, sum(quantity) FROM return_lines"
                             " WHERE sale_id = ? GROUP BY sale_line_id"));
    q.addBindValue(saleId.toString());
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

Result<QString> SalesJournal::documentNumber(const Id &saleOrReturnId) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT number FROM sales WHERE id = ?"
                             " UNION ALL SELECT number FROM returns WHERE id = ? LIMIT 1"));
    q.addBindValue(saleOrReturnId.toString());
    q.addBindValue(saleOrReturnId.toString());
    auto number = firstValue(q);
    if (!number)
        return number.error();
    return number->value_or(QVariant()).toString();
}

} // namespace Balcao
