// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShiftService.h"

#include "Denominations.h"
#include "common/Money.h"
#include "locations/LocationService.h"
#include "settings/BusinessSettings.h"
#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Balcao {

namespace {

const QString kDrawers = QStringLiteral("cash_drawers");
const QString kShifts = QStringLiteral("cash_shifts");
const QString kMovements = QStringLiteral("cash_movements");
const QString kShiftColumns = QStringLiteral(
    "id, drawer_id, location_id, device_id, currency, opened_at, opened_by, opening_float_minor,"
    " status, closed_at, closed_by, counted_minor, counted_detail, expected_minor, close_note");

QString detailJson(const QMap<qint64, int> &counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(QString::number(it.key()), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<qint64, int> detailFrom(const QString &json)
{
    QMap<qint64, int> counts;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        counts.insert(it.key().toLongLong(), it.value().toInt());
    return counts;
}

CashShift shiftFrom(const QSqlQuery &q)
{
    CashShift s;
    const QVariant currency = q.value(4);
    s.id = Id::fromString(q.value(0).toString());
    s.drawerId = Id::fromString(q.value(1).toString());
    s.locationId = Id::fromString(q.value(2).toString());
    s.deviceId = Id::fromString(q.value(3).toString());
    s.openedAtMsecs = q.value(5).toLongLong();
    s.openedBy = Id::fromString(q.value(6).toString());
    s.openingFloat = moneyFromColumns(q.value(7), currency);
    s.status = q.value(8).toString() == QLatin1String("closed") ? CashShift::Status::Closed
                                                                : CashShift::Status::Open;
    s.closedAtMsecs = q.value(9).toLongLong();
    s.closedBy = Id::fromString(q.value(10).toString());
    s.counted = optionalMoneyFromColumns(q.value(11), currency);
    s.countedDetail = detailFrom(q.value(12).toString());
    s.expected = optionalMoneyFromColumns(q.value(13), currency);
    s.closeNote = q.value(14).toString();
    return s;
}

} // namespace

ShiftService::ShiftService(LocalStore &store)
    : m_store(store)
{ }

Money ShiftService::maxAmount(const Currency &currency)
{
    return Money(kMaxAmountMajor * currency.minorPerMajor(), currency);
}

Result<CashDrawer> ShiftService::createDrawer(const Id &locationId, const QString &name)
{
    const QString cleaned = name.simplified();
    if (cleaned.isEmpty() || cleaned.size() > 100)
        return Error::invalid(QStringLiteral("drawer.nameRequired"),
                              tr("A cash drawer needs a name of 1 to 100 characters."));
    if (auto location = LocationService(m_store).find(locationId); !location)
        return location.error();
    const auto existing = drawers(locationId);
    if (!existing)
        return existing.error();
    for (const CashDrawer &d : *existing) {
        if (d.name.compare(cleaned, Qt::CaseInsensitive) == 0)
            return Error::conflict(QStringLiteral("drawer.nameTaken"),
                                   tr("There is already a drawer named \"%1\".").arg(cleaned));
    }
    const CashDrawer drawer { Id::generate(m_store.clock()), locationId, cleaned };
    auto written = m_store.transact([&] {
        return m_store.writer().writeRecord(
            kDrawers, drawer.id,
            { { QStringLiteral("location_id"), locationId.toString() },
              { QStringLiteral("name"), cleaned },
              { QStringLiteral("deleted"), 0 } });
    });
    if (!written)
        return written.error();
    return drawer;
}

Result<QList<CashDrawer>> ShiftService::drawers(const Id &locationId) const
{
    QList<CashDrawer> out;
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT id, location_id, name FROM cash_drawers WHERE location_id = ?"
                             " AND deleted = 0 ORDER BY name COLLATE NOCASE, id"));
    q.addBindValue(locationId.toString());
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next())
        out << CashDrawer { Id::fromString(q.value(0).toString()),
                            Id::fromString(q.value(1).toString()), q.value(2).toString() };
    return out;
}

Result<CashDrawer> ShiftService::findDrawer(const Id &id) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral(
        "SELECT id, location_id, name FROM cash_drawers WHERE id = ? AND deleted = 0"));
    q.addBindValue(id.toString());
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    if (!q.next())
        return Error::notFound(QStringLiteral("drawer.notFound"),
                               tr("There is no cash drawer with id %1.").arg(id.toString()));
    return CashDrawer { Id::fromString(q.value(0).toString()),
                        Id::fromString(q.value(1).toString()), q.value(2).toString() };
}

Result<CashDrawer> ShiftService::defaultDrawer(const Id &locationId)
{
    // Only a location with no drawer gets one: a drawer list that cannot be
    // read must not become a second drawer.
    const auto existing = drawers(locationId);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return existing->first();
    return createDrawer(locationId, tr("Drawer 1"));
}

Result<QList<CashShift>> ShiftService::query(const QString &where, const QVariantList &values,
                                             int limit) const
{
    QList<CashShift> out;
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM cash_shifts WHERE deleted = 0 AND %2 LIMIT %3")
                  .arg(kShiftColumns, where)
                  .arg(limit));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next())
        out << shiftFrom(q);
    return out;
}

Result<std::optional<CashShift>> ShiftService::openShift(const Id &drawerId) const
{
    const auto found
        = query(QStringLiteral("drawer_id = ? AND status = 'open' ORDER BY opened_at, id"),
                { drawerId.toString() }, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<CashShift>();
    return std::optional<CashShift>(found->first());
}

Result<CashShift> ShiftService::find(const Id &shiftId) const
{
    const auto found = query(QStringLiteral("id = ?"), { shiftId.toString() }, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(QStringLiteral("shift.notFound"),
                               tr("There is no cash shift with id %1.").arg(shiftId.toString()));
    return found->first();
}

Result<QList<CashShift>> ShiftService::shifts(const Id &drawerId, int limit) const
{
    return query(QStringLiteral("drawer_id = ? ORDER BY opened_at DESC, id DESC"),
                 { drawerId.toString() }, limit);
}

Result<CashShift> ShiftService::open(const Id &drawerId, const Money &openingFloat,
                                     const Id &userId)
{
    auto currency = BusinessSettings(m_store).currency();
    if (!currency)
        return currency.error();
    auto floatMinor = openingFloat.minorUnitsIn(*currency);
    if (!floatMinor)
        return floatMinor.error();
    if (*floatMinor < 0 || *floatMinor > maxAmount(*currency).minorUnits())
        return Error::invalid(QStringLiteral("shift.floatInvalid"),
                              tr("The opening float cannot be negative or that large."));
    auto drawer = findDrawer(drawerId);
    if (!drawer)
        return drawer.error();
    return m_store.transact([&]() -> Result<CashShift> {
        auto open = openShift(drawerId);
        if (!open)
            return open.error();
        if (const auto &current = *open)
            return Error::conflict(
                QStringLiteral("shift.alreadyOpen"),
                tr("%1 is already open (since %2); close that shift first.")
                    .arg(drawer->name,
                         QLocale().toString(QDateTime::fromMSecsSinceEpoch(current->openedAtMsecs),
                                            QLocale::ShortFormat)));
        CashShift shift;
        shift.id = Id::generate(m_store.clock());
        shift.drawerId = drawerId;
        shift.locationId = drawer->locationId;
        shift.deviceId = Id::fromString(m_store.deviceId());
        shift.openedAtMsecs = m_store.clock().nowMsecsSinceEpoch();
        shift.openedBy = userId;
        shift.openingFloat = openingFloat;
        auto written = m_store.writer().writeRecord(
            kShifts, shift.id,
            { { QStringLiteral("drawer_id"), drawerId.toString() },
              { QStringLiteral("location_id"), drawer->locationId.toString() },
              { QStringLiteral("device_id"), m_store.deviceId() },
              { QStringLiteral("currency"), currency->code() },
              { QStringLiteral("opened_at"), shift.openedAtMsecs },
              { QStringLiteral("opened_by"), idOrNull(userId) },
              { QStringLiteral("opening_float_minor"), *floatMinor },
              { QStringLiteral("status"), QStringLiteral("open") },
              { QStringLiteral("deleted"), 0 } });
        if (!written)
            return written.error();
        return shift;
    });
}

Result<CashMovement> ShiftService::move(const Id &shiftId, CashMovement::Kind kind,
                                        const Money &amount, const QString &reason,
                                        const Id &userId)
{
    if (!amount.isPositive()
        || (amount.hasCurrency()
            && amount.minorUnits() > maxAmount(amount.currency()).minorUnits()))
        return Error::invalid(QStringLiteral("cash.amountInvalid"),
                              tr("The amount must be more than zero."));
    const QString cleaned = reason.simplified();
    if (cleaned.isEmpty())
        return Error::invalid(QStringLiteral("cash.reasonRequired"),
                              tr("Say why cash goes in or out of the drawer."));
    if (cleaned.size() > kMaxReasonLength)
        return Error::invalid(
            QStringLiteral("cash.reasonTooLong"),
            tr("The reason is too long (at most %1 characters).").arg(kMaxReasonLength));
    auto shift = find(shiftId);
    if (!shift)
        return shift.error();
    if (!shift->isOpen())
        return Error::conflict(QStringLiteral("shift.closed"),
                               tr("This shift is closed; open a new one first."));
    // Cash of another currency is not this drawer's.
    auto amountMinor = amount.minorUnitsIn(shift->currency());
    if (!amountMinor)
        return amountMinor.error();
    if (kind == CashMovement::Kind::Out) {
        auto current = report(shiftId);
        if (!current)
            return current.error();
        if (*amountMinor > current->expected.minorUnits())
            return Error::invalid(QStringLiteral("cash.notEnoughInDrawer"),
                                  tr("The drawer should not hold that much: take out at most "
                                     "what it holds."));
    }
    CashMovement m { Id::generate(m_store.clock()),       shiftId, kind, amount, cleaned, userId,
                     m_store.clock().nowMsecsSinceEpoch() };
    auto written = m_store.transact([&] {
        return m_store.writer().appendLedger(
            kMovements, m.id,
            { { QStringLiteral("shift_id"), shiftId.toString() },
              { QStringLiteral("kind"),
                kind == CashMovement::Kind::In ? QStringLiteral("in") : QStringLiteral("out") },
              { QStringLiteral("amount_minor"), *amountMinor },
              { QStringLiteral("currency"), shift->currency().code() },
              { QStringLiteral("reason"), cleaned },
              { QStringLiteral("device_id"), m_store.deviceId() },
              { QStringLiteral("user_id"), idOrNull(userId) },
              { QStringLiteral("at"), m.atMsecs } });
    });
    if (!written)
        return written.error();
    return m;
}

Result<CashMovement> ShiftService::cashIn(const Id &shiftId, const Money &amount,
                                          const QString &reason, const Id &userId)
{
    return move(shiftId, CashMovement::Kind::In, amount, reason, userId);
}

Result<CashMovement> ShiftService::cashOut(const Id &shiftId, const Money &amount,
                                           const QString &reason, const Id &userId)
{
    return move(shiftId, CashMovement::Kind::Out, amount, reason, userId);
}

Result<ShiftReport> ShiftService::report(const Id &shiftId) const
{
    auto shift = find(shiftId);
    if (!shift)
        return shift.error();
    // Everything a shift's drawer saw is in the shift's currency: the sums
    // below add up the minor units of its facts, and the report gives them
    // back as amounts of that currency.
    const Currency &currency = shift->currency();
    const auto money = [&](const QVariant &minor) { return Money(minor.toLongLong(), currency); };
    ShiftReport r;
    r.shift = *shift;
    r.openingFloat = shift->openingFloat;
    qint64 cashSales = 0;
    qint64 cashRefunds = 0;
    qint64 cashIn = 0;
    qint64 cashOut = 0;
    const QString id = shiftId.toString();
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);

    q.prepare(QStringLiteral("SELECT method, sum(amount_minor),"
                             " sum(CASE WHEN amount_minor > 0 THEN amount_minor ELSE 0 END),"
                             " sum(CASE WHEN amount_minor < 0 THEN -amount_minor ELSE 0 END)"
                             " FROM payments WHERE shift_id = ? GROUP BY method ORDER BY method"));
    q.addBindValue(id);
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next()) {
        r.byMethod.insert(q.value(0).toString(), money(q.value(1)));
        if (q.value(0).toString() == QLatin1String("cash")) {
            cashSales = q.value(2).toLongLong();
            cashRefunds = q.value(3).toLongLong();
        }
    }

    q.prepare(QStringLiteral("SELECT id, kind, amount_minor, reason, user_id, at, currency FROM"
                             " cash_movements WHERE shift_id = ? ORDER BY at, id"));
    q.addBindValue(id);
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next()) {
        CashMovement m;
        m.id = Id::fromString(q.value(0).toString());
        m.shiftId = shiftId;
        m.kind = q.value(1).toString() == QLatin1String("out") ? CashMovement::Kind::Out
                                                               : CashMovement::Kind::In;
        m.amount = moneyFromColumns(q.value(2), q.value(6));
        m.reason = q.value(3).toString();
        m.userId = Id::fromString(q.value(4).toString());
        m.atMsecs = q.value(5).toLongLong();
        (m.kind == CashMovement::Kind::In ? cashIn : cashOut) += q.value(2).toLongLong();
        r.movements << m;
    }

    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(gross_minor), 0),"
                             " coalesce(sum(discount_minor), 0), coalesce(sum(tax_minor), 0),"
                             " coalesce(sum(tip_minor), 0), coalesce(sum(total_minor), 0)"
                             " FROM sales WHERE shift_id = ?"));
    q.addBindValue(id);
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    if (q.next()) {
        r.salesCount = q.value(0).toInt();
        r.grossSales = money(q.value(1));
        r.discounts = money(q.value(2));
        r.tax = money(q.value(3));
        r.tips = money(q.value(4));
        r.totalSales = money(q.value(5));
    }
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(refund_minor), 0) FROM returns"
                             " WHERE shift_id = ?"));
    q.addBindValue(id);
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    if (q.next()) {
        r.returnsCount = q.value(0).toInt();
        r.refunds = money(q.value(1));
    }

    r.cashSales = Money(cashSales, currency);
    r.cashRefunds = Money(cashRefunds, currency);
    r.cashIn = Money(cashIn, currency);
    r.cashOut = Money(cashOut, currency);
    r.expected = Money(
        shift->openingFloat.minorUnits() + cashSales - cashRefunds + cashIn - cashOut, currency);
    if (!shift->isOpen() && shift->counted) {
        auto overShort = shift->counted->minus(r.expected);
        if (!overShort)
            return overShort.error();
        r.counted = shift->counted;
        r.overShort = *overShort;
    }
    return r;
}

Result<ShiftReport> ShiftService::close(const Id &shiftId, const QMap<qint64, int> &counted,
                                        const QString &note, const Id &userId)
{
    auto shift = find(shiftId);
    if (!shift)
        return shift.error();
    if (!shift->isOpen())
        return Error::conflict(QStringLiteral("shift.closed"), tr("This shift is already closed."));
    const Currency &currency = shift->currency();
    const QList<qint64> known = Denominations::of(currency.code());
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        if (it.value() < 0 || it.value() > 100000)
            return Error::invalid(QStringLiteral("shift.countInvalid"),
                                  tr("A count is a number of notes or coins from 0 to 100000."));
        // Without a list of notes and coins the count is one total (× 1).
        const bool valid
            = known.isEmpty() ? it.key() >= 0 && it.value() == 1 : known.contains(it.key());
        if (!valid)
            return Error::invalid(
                QStringLiteral("shift.denominationUnknown"),
                tr("%1 is not a note or coin of %2.")
                    .arg(Money(it.key(), currency).toDisplayString(), currency.code()));
    }
    if (note.size() > kMaxReasonLength)
        return Error::invalid(
            QStringLiteral("cash.reasonTooLong"),
            tr("The note is too long (at most %1 characters).").arg(kMaxReasonLength));
    const Money total = Denominations::total(counted, currency);
    if (total.minorUnits() > maxAmount(currency).minorUnits() * 10)
        return Error::invalid(QStringLiteral("shift.countInvalid"),
                              tr("The count is too large to be right."));
    return m_store.transact([&]() -> Result<ShiftReport> {
        auto written = writeClose(shiftId, userId,
                                  { { QStringLiteral("counted_minor"), total.minorUnits() },
                                    { QStringLiteral("counted_detail"), detailJson(counted) },
                                    { QStringLiteral("close_note"), textOrNull(note.trimmed()) } });
        if (!written)
            return written.error();
        return report(shiftId);
    });
}

Result<void> ShiftService::closeUncounted(const Id &shiftId, const QString &note, const Id &userId)
{
    auto shift = find(shiftId);
    if (!shift)
        return shift.error();
    if (!shift->isOpen())
        return {};
    return m_store.transact([&]() -> Result<void> {
        return writeClose(shiftId, userId, { { QStringLiteral("close_note"), note } });
    });
}

Result<void> ShiftService::writeClose(const Id &shiftId, const Id &userId, QVariantMap fields)
{
    auto before = report(shiftId);
    if (!before)
        return before.error();
    fields.insert(QStringLiteral("status"), QStringLiteral("closed"));
    fields.insert(QStringLiteral("closed_at"), m_store.clock().nowMsecsSinceEpoch());
    fields.insert(QStringLiteral("closed_by"), idOrNull(userId));
    fields.insert(QStringLiteral("expected_minor"), before->expected.minorUnits());
    auto written = m_store.writer().writeRecord(kShifts, shiftId, fields);
    if (!written)
        return written.error();
    return {};
}

Result<void> ShiftService::restateExpected(const Id &shiftId)
{
    return m_store.transact([&]() -> Result<void> {
        auto now = report(shiftId);
        if (!now)
            return now.error();
        if (now->shift.isOpen())
            return Error::conflict(QStringLiteral("shift.open"),
                                   tr("This shift is still open: its cash is counted at its "
                                      "close."));
        auto written = m_store.writer().writeRecord(
            kShifts, shiftId, { { QStringLiteral("expected_minor"), now->expected.minorUnits() } });
        if (!written)
            return written.error();
        return {};
    });
}

} // namespace Balcao
