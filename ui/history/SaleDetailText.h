// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/Return.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

namespace Balcao {

// The rich text of a sale's detail pane below its lines: the totals, the
// payments (with what was handed over, the change and references), the
// amount left due, the returns made against it and the exchange it belongs
// to. Links are "sale:<id>" so the pane can open the other sale.
class SaleDetailText
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::SaleDetailText)
public:
    static QString totals(const Sale &sale);
    static QString payments(const Sale &sale);
    // `logins`: user id → login, to say who made each return.
    static QString returns(const QList<SaleReturn> &returns, const QTimeZone &zone,
                           const QHash<QString, QString> &logins,
                           const QHash<QString, QString> &saleNumbers);
    // For a sale made by an exchange: which return paid part of it, and
    // against which sale. Empty otherwise.
    static QString exchangeOrigin(const SaleReturn &paidBy, const QString &originalNumber);

    static QString when(qint64 atMsecs, const QTimeZone &zone);
};

} // namespace Balcao
