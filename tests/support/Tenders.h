// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Amounts.h"
#include "sales/Tender.h"

namespace Balcao::Test {

// Payments as the tests write them, in centavos of reais. A card payment
// carries the authorisation code its terminal printed.
inline Tender cash(qint64 amountMinor)
{
    return Tender { PaymentMethod::Cash, reais(amountMinor), {}, {} };
}

inline Tender card(qint64 amountMinor, const QString &authorisation = QStringLiteral("AUT123"))
{
    return Tender { PaymentMethod::Card, reais(amountMinor), authorisation, {} };
}

inline Tender pix(qint64 amountMinor)
{
    return Tender { PaymentMethod::Pix, reais(amountMinor), {}, {} };
}

} // namespace Balcao::Test
