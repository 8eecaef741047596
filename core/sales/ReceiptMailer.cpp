// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptMailer.h"

#include "ReceiptLayout.h"
#include "TextReceipt.h"
#include "clients/ClientService.h"
#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"

namespace Balcao {

ReceiptMailer::ReceiptMailer(LocalStore &store)
    : m_store(store)
{ }

Result<Id> ReceiptMailer::queue(const Receipt &receipt, const QString &recipient)
{
    if (recipient.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("receipt.emailMissing"),
                              tr("Type the e-mail address to send the receipt to."));
    auto address = ClientService::cleanEmail(recipient);
    if (!address)
        return address.error();
    const QString subject = receipt.businessName.isEmpty()
        ? ReceiptLayout::title(receipt)
        : tr("%1 from %2").arg(ReceiptLayout::title(receipt), receipt.businessName);
    const Id id = Id::generate(m_store.clock());
    auto written = m_store.transact([&]() -> Result<void> {
        auto w = m_store.writer().writeRecord(
            QStringLiteral("reminders"), id,
            { { QStringLiteral("kind"), kKind },
              { QStringLiteral("channel"), QStringLiteral("email") },
              { QStringLiteral("recipient"), *address },
              { QStringLiteral("client_id"), idOrNull(receipt.clientId) },
              { QStringLiteral("sale_id"), idOrNull(receipt.saleId) },
              { QStringLiteral("due_at"), m_store.clock().nowMsecsSinceEpoch() },
              { QStringLiteral("subject"), subject },
              { QStringLiteral("body"), TextReceipt::render(receipt) },
              { QStringLiteral("status"), QStringLiteral("scheduled") },
              { QStringLiteral("deleted"), 0 } });
        if (!w)
            return w.error();
        return {};
    });
    if (!written)
        return written.error();
    return id;
}

} // namespace Balcao
