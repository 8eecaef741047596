// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Receipt.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace Balcao {

class LocalStore;

// Queues an e-mailed receipt in the synced message outbox (the `reminders`
// table, kind "receipt", channel "email", due now): the server sends it, as
// it sends reminders, whether or not this terminal is still on. Each call is
// a new message, so asking twice sends twice.
class ReceiptMailer
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ReceiptMailer)
public:
    static inline const QString kKind = QStringLiteral("receipt");

    explicit ReceiptMailer(LocalStore &store);

    // The message's id. `recipient` is checked and cleaned as a client's
    // e-mail is; an empty or malformed one is refused and nothing is written.
    Result<Id> queue(const Receipt &receipt, const QString &recipient);

private:
    LocalStore &m_store;
};

} // namespace Balcao
