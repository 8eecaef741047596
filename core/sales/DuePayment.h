// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sale.h"
#include "Tender.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace Balcao {

class LocalStore;

struct DuePaymentRequest
{
    Id clientId;
    Id locationId;
    QList<Tender> tenders; // cash, card or PIX; may pay part of what is owed
    Id userId;
    Id drawerId; // cash needs its shift open
};

// A client paying off what they left due at earlier sales: the payments
// and the account entry that lowers the amount due commit together.
class DuePayment
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::DuePayment)
public:
    struct Outcome
    {
        QList<Payment> payments;
        qint64 paidMinor = 0;
        qint64 changeMinor = 0;
        qint64 stillDueMinor = 0;
    };

    explicit DuePayment(LocalStore &store);
    Result<Outcome> pay(const DuePaymentRequest &request);

private:
    LocalStore &m_store;
};

} // namespace Balcao
