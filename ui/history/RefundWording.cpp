// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefundWording.h"

namespace Balcao {

QString RefundWording::destination(const Payment &refund)
{
    switch (refund.method) {
    case PaymentMethod::Cash:
        return tr("Cash from the drawer");
    case PaymentMethod::Card:
        return refund.reference.isEmpty()
            ? tr("Back to the card")
            : tr("Back to the card (authorisation %1)").arg(refund.reference);
    case PaymentMethod::Pix:
        return tr("Back by PIX");
    case PaymentMethod::StoreCredit:
        return tr("Client's store credit");
    case PaymentMethod::GiftCard:
        return tr("Back to the gift card");
    case PaymentMethod::Account:
        return tr("Amount due reduced");
    case PaymentMethod::Exchange:
        return tr("Pays the new items");
    }
    return {};
}

QString RefundWording::disposition(ReturnDisposition disposition)
{
    return disposition == ReturnDisposition::Damaged ? tr("Damaged") : tr("Back to stock");
}

QString RefundWording::refundMethod(RefundMethod method)
{
    switch (method) {
    case RefundMethod::Original:
        return tr("Original payment methods");
    case RefundMethod::StoreCredit:
        return tr("Store credit");
    case RefundMethod::Exchange:
        return tr("Exchange");
    }
    return {};
}

} // namespace Balcao
