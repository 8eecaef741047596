// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlCartOptions.h"

#include "CtlContext.h"
#include "CtlShop.h"
#include "catalog/ServiceCatalog.h"
#include "sales/CartBuilder.h"
#include "sales/PriceCalculator.h"

#include <QRegularExpression>

namespace Balcao::Ctl {

CtlCartOptions CtlCartOptions::take(CtlContext &ctx)
{
    CtlCartOptions o;
    o.m_lines = ctx.takeAll(QStringLiteral("line"));
    o.m_giftCards = ctx.takeAll(QStringLiteral("gift-card"));
    o.m_lineDiscounts = ctx.takeAll(QStringLiteral("line-discount"));
    o.m_payments = ctx.takeAll(QStringLiteral("pay"));
    o.m_client = ctx.takeOption(QStringLiteral("client"));
    o.m_appointment = ctx.takeOption(QStringLiteral("appointment"));
    o.m_discount = ctx.takeOption(QStringLiteral("discount"));
    o.m_tip = ctx.takeOption(QStringLiteral("tip"));
    o.m_tipStaff = ctx.takeOption(QStringLiteral("tip-staff"));
    o.m_drawer = ctx.takeOption(QStringLiteral("drawer"));
    o.m_notes = ctx.takeOption(QStringLiteral("notes"));
    o.m_leaveDue = ctx.takeFlag(QStringLiteral("leave-due"));
    return o;
}

bool CtlCartOptions::hasItems() const
{
    return !m_lines.isEmpty() || !m_giftCards.isEmpty() || m_appointment.has_value();
}

// "CODE", "CODE:QTY", "CODE:QTY@PRICE", "service:NAME[:STAFF][@PRICE]".
Result<CartLine> CtlCartOptions::line(const CtlShop &shop, const QString &text) const
{
    QString spec = text.trimmed();
    std::optional<Money> price;
    if (const qsizetype at = spec.lastIndexOf(u'@'); at >= 0) {
        auto typed = shop.amount(spec.mid(at + 1));
        if (!typed)
            return typed.error();
        price = *typed;
        spec = spec.left(at).trimmed();
    }
    CartBuilder builder(shop.store());
    Result<CartLine> line = Error::invalid({}, {});
    static const QString kService = QStringLiteral("service:");
    if (spec.startsWith(kService, Qt::CaseInsensitive)) {
        const QStringList parts = spec.mid(kService.size()).split(u':');
        if (parts.size() > 2 || parts.first().trimmed().isEmpty())
            return Error::invalid(QStringLiteral("cli.lineInvalid"),
                                  tr("\"%1\" is not a service line: use service:NAME or "
                                     "service:NAME:STAFF.")
                                      .arg(text));
        auto service = ServiceCatalog(shop.store()).findByIdOrName(parts.first());
        if (!service)
            return service.error();
        Id staffId;
        if (parts.size() == 2) {
            auto staff = shop.staff(parts.at(1));
            if (!staff)
                return staff.error();
            staffId = *staff;
        }
        line = builder.serviceLine(*service, staffId);
    } else {
        static const QRegularExpression withQuantity(QStringLiteral("^(.+):\\s*(\\d+)$"));
        QString code = spec;
        qint64 quantity = 1;
        if (const auto m = withQuantity.match(spec); m.hasMatch()) {
            code = m.captured(1);
            auto n = CtlShop::count(m.captured(2), tr("The quantity of %1").arg(m.captured(1)), 1,
                                    PriceCalculator::kMaxQuantity);
            if (!n)
                return n.error();
            quantity = *n;
        }
        if (code.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("cli.lineInvalid"),
                                  tr("\"%1\" is not a line: use CODE, CODE:QUANTITY or "
                                     "CODE:QUANTITY@PRICE.")
                                      .arg(text));
        auto product = shop.product(code);
        if (!product)
            return product.error();
        line = builder.productLine(*product, quantity);
    }
    if (!line || !price)
        return line;
    return CartBuilder::withPrice(*line, *price);
}

// "10%" is a percentage, anything else an amount.
Result<Discount> CtlCartOptions::discount(const CtlShop &shop, const QString &text) const
{
    if (text.trimmed().endsWith(u'%')) {
        auto bp = CtlShop::percent(text);
        if (!bp)
            return bp.error();
        return Discount::percent(*bp);
    }
    auto amount = shop.amount(text);
    if (!amount)
        return amount.error();
    return Discount::amount(amount->minorUnits());
}

Result<CheckoutRequest> CtlCartOptions::request(const CtlShop &shop) const
{
    CartBuilder builder(shop.store());
    auto cart = builder.emptyCart();
    if (m_appointment) {
        cart = builder.cartForAppointment(Id::fromString(m_appointment->trimmed()));
        if (!cart)
            return cart.error();
    }
    if (!cart)
        return cart.error();
    for (const QString &spec : m_lines) {
        auto l = line(shop, spec);
        if (!l)
            return l.error();
        cart->lines << *l;
    }
    for (const QString &spec : m_giftCards) {
        const qsizetype colon = spec.indexOf(u':');
        if (colon < 0)
            return Error::invalid(
                QStringLiteral("cli.giftCardInvalid"),
                tr("\"%1\" is not a gift card to sell: use CODE:AMOUNT.").arg(spec));
        auto amount = shop.amount(spec.mid(colon + 1));
        if (!amount)
            return amount.error();
        auto l = builder.giftCardLine(spec.left(colon), *amount);
        if (!l)
            return l.error();
        cart->lines << *l;
    }
    for (const QString &spec : m_lineDiscounts) {
        const qsizetype colon = spec.indexOf(u':');
        if (colon < 1)
            return Error::invalid(QStringLiteral("cli.lineInvalid"),
                                  tr("\"%1\" is not a line discount: use LINE:10% or LINE:5.00, "
                                     "counting lines from 1.")
                                      .arg(spec));
        auto position = CtlShop::count(spec.left(colon), tr("The line of --line-discount"), 1,
                                       cart->lines.size());
        if (!position)
            return position.error();
        auto d = discount(shop, spec.mid(colon + 1));
        if (!d)
            return d.error();
        CartLine &target = cart->lines[*position - 1];
        if (!target.discount.isNone())
            return Error::invalid(
                QStringLiteral("sale.priceAndDiscount"),
                tr("Line %1 already has a discount (or a lower price).").arg(*position));
        target.discount = *d;
    }
    if (m_discount) {
        auto d = discount(shop, *m_discount);
        if (!d)
            return d.error();
        cart->orderDiscount = *d;
    }
    if (m_tip) {
        auto tip = shop.amount(*m_tip);
        if (!tip)
            return tip.error();
        cart->tip = *tip;
    }
    if (m_tipStaff) {
        auto staff = shop.staff(*m_tipStaff);
        if (!staff)
            return staff.error();
        cart->tipStaffId = *staff;
    }
    if (m_client) {
        auto client = shop.client(*m_client);
        if (!client)
            return client.error();
        cart->clientId = *client;
    }
    if (m_notes)
        cart->notes = *m_notes;

    CheckoutRequest r;
    r.cart = *cart;
    r.locationId = shop.location().id;
    r.userId = shop.userId();
    r.leaveRestDue = m_leaveDue;
    for (const QString &spec : m_payments) {
        auto t = shop.tender(spec);
        if (!t)
            return t.error();
        r.tenders << *t;
    }
    auto drawer = shop.drawerOrDefault(m_drawer);
    if (!drawer)
        return drawer.error();
    if (*drawer)
        r.drawerId = (*drawer)->id;
    return r;
}

} // namespace Balcao::Ctl
