// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlShop.h"

#include "CtlContext.h"
#include "cash/ShiftService.h"
#include "catalog/ProductCatalog.h"
#include "clients/ClientService.h"
#include "devices/TerminalLocation.h"
#include "sales/SalesJournal.h"
#include "settings/BusinessSettings.h"
#include "staff/StaffService.h"

#include <QRegularExpression>

namespace Balcao::Ctl {

CtlShop::CtlShop(std::unique_ptr<LocalStore> store, Location location, Currency currency)
    : m_store(std::move(store))
    , m_location(std::move(location))
    , m_currency(std::move(currency))
{ }

Result<CtlShop> CtlShop::open(CtlContext &ctx, Access access)
{
    const auto locationId = ctx.takeOption(QStringLiteral("location"));
    const auto login
        = access == Access::Write ? ctx.takeOption(QStringLiteral("user")) : std::nullopt;
    // Every other option was taken by now: what is left is a mistake, found
    // before the store is opened.
    if (auto rest = ctx.expectNoMore(); !rest)
        return Error::invalid(QStringLiteral("cli.usage"), rest.error().message);
    auto store = ctx.openStore(access == Access::Read ? Database::OpenMode::ReadOnly
                                                      : Database::OpenMode::MustExist);
    if (!store)
        return store.error();
    auto location = TerminalLocation(**store).resolve(locationId.value_or(QString()));
    if (!location)
        return location.error();
    auto currency = BusinessSettings(**store).currency();
    if (!currency)
        return currency.error();
    CtlShop shop(std::move(*store), *location, *currency);
    if (login) {
        auto id = shop.user(*login);
        if (!id)
            return id.error();
        shop.m_userId = *id;
    }
    return shop;
}

Result<Money> CtlShop::amount(const QString &text) const
{
    return Money::parse(text, m_currency, QLocale());
}

Result<qint64> CtlShop::percent(const QString &text)
{
    // Two decimals at most: basis points are hundredths of a percent.
    static const QRegularExpression form(QStringLiteral("^(\\d{1,3})(?:[.,](\\d{1,2}))?\\s*%?$"));
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch())
        return Error::invalid(
            QStringLiteral("cli.percentInvalid"),
            tr("\"%1\" is not a percentage (such as 18, 5.25 or 10%).").arg(text));
    return m.captured(1).toLongLong() * 100 + m.captured(2).leftJustified(2, u'0').toLongLong();
}

std::optional<PaymentMethod> CtlShop::paymentMethod(const QString &text)
{
    const QString name = text.trimmed().toLower();
    if (name == QLatin1String("credit"))
        return PaymentMethod::StoreCredit;
    if (name == QLatin1String("giftcard"))
        return PaymentMethod::GiftCard;
    return paymentMethodFrom(name);
}

Result<Tender> CtlShop::tender(const QString &spec) const
{
    const QStringList parts = spec.trimmed().split(u':');
    const auto method = paymentMethod(parts.first());
    const auto invalid = [&] {
        return Error::invalid(QStringLiteral("cli.paymentInvalid"),
                              tr("\"%1\" is not a payment: use cash:100.00, card:45.90:AUTHCODE, "
                                 "pix:20.00, credit:10.00 or giftcard:CODE:10.00.")
                                  .arg(spec));
    };
    Tender t;
    QString amountText;
    // Account and exchange are not handed over at the counter.
    if (!method || *method == PaymentMethod::Account || *method == PaymentMethod::Exchange)
        return invalid();
    t.method = *method;
    if (t.method == PaymentMethod::GiftCard) {
        if (parts.size() != 3)
            return invalid();
        t.giftCardCode = parts.at(1).trimmed();
        amountText = parts.at(2);
    } else {
        // Only card and PIX carry a reference (authorisation, end-to-end id).
        const int most = t.method == PaymentMethod::Card || t.method == PaymentMethod::Pix ? 3 : 2;
        if (parts.size() < 2 || parts.size() > most)
            return invalid();
        amountText = parts.at(1);
        if (parts.size() == 3)
            t.reference = parts.at(2).trimmed();
    }
    auto parsed = amount(amountText);
    if (!parsed)
        return parsed.error();
    t.amount = *parsed;
    return t;
}

QString CtlShop::percentText(qint64 basisPoints)
{
    QString text = QString::number(basisPoints / 100);
    if (const qint64 cents = basisPoints % 100) {
        text += QLatin1Char('.') + QString::number(cents).rightJustified(2, u'0');
        if (text.endsWith(u'0'))
            text.chop(1);
    }
    return text;
}

Result<qint64> CtlShop::count(const QString &text, const QString &what, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max)
        return Error::invalid(QStringLiteral("cli.notANumber"),
                              tr("%1 must be a whole number from %2 to %3, not \"%4\".")
                                  .arg(what)
                                  .arg(min)
                                  .arg(max)
                                  .arg(text));
    return value;
}

Result<int> CtlShop::limit(const std::optional<QString> &text, int fallback, int most)
{
    if (!text)
        return fallback;
    auto n = count(*text, QStringLiteral("--limit"), 1, most);
    if (!n)
        return n.error();
    return int(*n);
}

Result<qint64> CtlShop::dayStart(const QString &text, int addDays) const
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return Error::invalid(QStringLiteral("cli.dateInvalid"),
                              tr("\"%1\" is not a date (YYYY-MM-DD).").arg(text));
    return QDateTime(date.addDays(addDays), QTime(0, 0), m_location.timeZone()).toMSecsSinceEpoch();
}

QString CtlShop::isoTime(qint64 msecs) const
{
    return QDateTime::fromMSecsSinceEpoch(msecs, m_location.timeZone()).toString(Qt::ISODate);
}

QString CtlShop::localTime(qint64 msecs) const
{
    return QDateTime::fromMSecsSinceEpoch(msecs, m_location.timeZone())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

Result<Product> CtlShop::product(const QString &code) const
{
    return ProductCatalog(*m_store).findByAnyCode(code);
}

Result<Id> CtlShop::client(const QString &idOrPhone) const
{
    ClientService clients(*m_store);
    const Id id = Id::fromString(idOrPhone.trimmed());
    if (!id.isNull()) {
        auto found = clients.find(id);
        if (!found)
            return found.error();
        return found->id;
    }
    const auto notFound = [&] {
        return Error::notFound(
            QStringLiteral("client.notFound"),
            tr("There is no client with the id or phone \"%1\".").arg(idOrPhone));
    };
    const auto region = ClientService::readPhoneRegion(*m_store);
    if (!region)
        return region.error();
    auto phone = ClientService::cleanPhone(idOrPhone, *region);
    if (!phone || phone->isEmpty())
        return notFound();
    QList<Id> matches;
    for (const Client &c : clients.list(QString(*phone).remove(u'+'))) {
        if (c.phone == *phone)
            matches << c.id;
    }
    if (matches.isEmpty())
        return notFound();
    if (matches.size() > 1)
        return Error::conflict(QStringLiteral("client.ambiguousPhone"),
                               tr("%1 clients have the phone %2; give the client's id instead.")
                                   .arg(matches.size())
                                   .arg(*phone));
    return matches.first();
}

Result<CashDrawer> CtlShop::drawer(const QString &nameOrId) const
{
    ShiftService shifts(*m_store);
    const Id id = Id::fromString(nameOrId.trimmed());
    if (!id.isNull())
        return shifts.findDrawer(id);
    const auto drawers = shifts.drawers(m_location.id);
    if (!drawers)
        return drawers.error();
    for (const CashDrawer &d : *drawers) {
        if (d.name.compare(nameOrId.simplified(), Qt::CaseInsensitive) == 0)
            return d;
    }
    return Error::notFound(
        QStringLiteral("drawer.notFound"),
        tr("There is no cash drawer called \"%1\" at %2.").arg(nameOrId, m_location.name));
}

Result<std::optional<CashDrawer>>
CtlShop::drawerOrDefault(const std::optional<QString> &nameOrId) const
{
    if (nameOrId) {
        auto found = drawer(*nameOrId);
        if (!found)
            return found.error();
        return std::optional<CashDrawer>(*found);
    }
    const auto all = ShiftService(*m_store).drawers(m_location.id);
    if (!all)
        return all.error();
    return all->isEmpty() ? std::optional<CashDrawer>() : std::optional<CashDrawer>(all->first());
}

Result<Sale> CtlShop::sale(const QString &numberOrId) const
{
    SalesJournal journal(*m_store);
    const Id id = Id::fromString(numberOrId.trimmed());
    return id.isNull() ? journal.findByNumber(numberOrId) : journal.find(id);
}

Result<Id> CtlShop::user(const QString &login) const
{
    const auto users = StaffService(*m_store).users();
    if (!users)
        return users.error();
    for (const UserAccount &u : *users) {
        if (u.active && u.login.compare(login.trimmed(), Qt::CaseInsensitive) == 0)
            return u.id;
    }
    return Error::notFound(QStringLiteral("user.notFound"),
                           tr("There is no active user with the login \"%1\".").arg(login));
}

Result<Id> CtlShop::staff(const QString &idOrName) const
{
    StaffService staff(*m_store);
    const Id id = Id::fromString(idOrName.trimmed());
    if (!id.isNull()) {
        auto member = staff.findMember(id);
        if (!member)
            return member.error();
        return member->id;
    }
    for (const StaffMember &m : staff.members()) {
        if (m.displayName.compare(idOrName.simplified(), Qt::CaseInsensitive) == 0)
            return m.id;
    }
    return Error::notFound(QStringLiteral("staff.notFound"),
                           tr("There is no staff member called \"%1\".").arg(idOrName));
}

} // namespace Balcao::Ctl
