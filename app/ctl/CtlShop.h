// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cash/CashShift.h"
#include "catalog/Product.h"
#include "common/Error.h"
#include "common/Money.h"
#include "locations/LocationService.h"
#include "sales/Sale.h"
#include "storage/LocalStore.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace Balcao::Ctl {

class CtlContext;

// What the checkout commands work on: the store, the location this terminal
// sells at, the business's currency and the user at the counter. It also
// turns what people type (amounts, percentages, product codes, a client's
// phone, a drawer's name, a receipt number) into what the services take.
class CtlShop
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Ctl::CtlShop)
public:
    // Writes record who made them (--user LOGIN); reads take no user.
    enum class Access { Read, Write };

    // Takes --location (and, for writes, --user) from the arguments, refuses
    // any argument still left (a usage error) and opens the store. Callers
    // take their own options first. The location is the terminal's own, as
    // registered, unless --location names another.
    static Result<CtlShop> open(CtlContext &ctx, Access access);

    LocalStore &store() const { return *m_store; }
    const Location &location() const { return m_location; }
    const Currency &currency() const { return m_currency; }
    // Null when no --user was given: the fact then names no cashier.
    const Id &userId() const { return m_userId; }

    // An amount in the business's currency, as the user writes it in their
    // locale ("45,90" in pt_BR); "45.90" is always read too.
    // (For files and JSON Money::toPlainString gives "45.90"; for people
    // Money::toDisplayString gives "R$ 45,90" in their locale.)
    Result<Money> amount(const QString &text) const;
    // "18", "5.25", "5,25" or "10%": basis points (1800, 525, 1000).
    static Result<qint64> percent(const QString &text);
    // A payment method as typed: cash, card, pix, credit (or store_credit),
    // giftcard (or gift_card), account, exchange.
    static std::optional<PaymentMethod> paymentMethod(const QString &text);
    // A payment as typed after --pay: "cash:100.00" (what is handed over),
    // "card:45.90:AUTH", "pix:20.00[:ID]", "credit:10.00",
    // "giftcard:CODE:10.00". Account and exchange are not typed.
    Result<Tender> tender(const QString &spec) const;
    // "1800" basis points as "18", 525 as "5.25".
    static QString percentText(qint64 basisPoints);
    // A whole number from `min` to `max`; `what` names it in the error.
    static Result<qint64> count(const QString &text, const QString &what, qint64 min, qint64 max);
    // --limit N: `fallback` when not given, 1 to `most` when given.
    static Result<int> limit(const std::optional<QString> &text, int fallback, int most);
    // The start of a day (YYYY-MM-DD) at this location, in ms since the epoch.
    Result<qint64> dayStart(const QString &text, int addDays = 0) const;
    // ISO 8601 with the location's offset, and the same for people.
    QString isoTime(qint64 msecs) const;
    QString localTime(qint64 msecs) const;

    // By id, barcode, SKU or exact name.
    Result<Product> product(const QString &code) const;
    // By id or by phone (any way of writing it that normalises to one
    // client's number).
    Result<Id> client(const QString &idOrPhone) const;
    // By id or name, among the location's drawers.
    Result<CashDrawer> drawer(const QString &nameOrId) const;
    // --drawer when given, else the location's first drawer (none if it has
    // none yet).
    Result<std::optional<CashDrawer>> drawerOrDefault(const std::optional<QString> &nameOrId) const;
    // By id, full number or its last digits.
    Result<Sale> sale(const QString &numberOrId) const;
    // A user's id by login.
    Result<Id> user(const QString &login) const;
    // A staff member's id by id or name (any case).
    Result<Id> staff(const QString &idOrName) const;

private:
    CtlShop(std::unique_ptr<LocalStore> store, Location location, Currency currency);
    std::unique_ptr<LocalStore> m_store;
    Location m_location;
    Currency m_currency;
    Id m_userId;
};

} // namespace Balcao::Ctl
