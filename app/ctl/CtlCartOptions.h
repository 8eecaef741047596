// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/CheckoutService.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Balcao::Ctl {

class CtlContext;
class CtlShop;

// The options that put a sale together, shared by `sale create`, `sale
// review` and `exchange`: lines (products, services, gift cards), discounts,
// tip, client, appointment, payments and the drawer. They are taken from the
// arguments first and resolved against the catalog once the store is open,
// so a wrong command line is reported before anything is read.
class CtlCartOptions
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Ctl::CtlCartOptions)
public:
    static CtlCartOptions take(CtlContext &ctx);

    // Something to sell: a line, a gift card or an appointment.
    bool hasItems() const;
    // The checkout they describe at the shop's location, by the shop's user;
    // who approves is the caller's to add.
    Result<CheckoutRequest> request(const CtlShop &shop) const;

private:
    Result<CartLine> line(const CtlShop &shop, const QString &spec) const;
    Result<Tender> tender(const CtlShop &shop, const QString &spec) const;
    Result<Discount> discount(const CtlShop &shop, const QString &text) const;
    QStringList m_lines;
    QStringList m_giftCards;
    QStringList m_lineDiscounts;
    QStringList m_payments;
    std::optional<QString> m_client;
    std::optional<QString> m_appointment;
    std::optional<QString> m_discount;
    std::optional<QString> m_tip;
    std::optional<QString> m_tipStaff;
    std::optional<QString> m_drawer;
    std::optional<QString> m_notes;
    bool m_leaveDue = false;
};

} // namespace Balcao::Ctl
