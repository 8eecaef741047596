// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckoutFlow.h"

#include "OpenShiftDialog.h"
#include "agenda/ManagerApprovalDialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace Balcao {

namespace {

// Each answer (an approval, an opened shift) removes one reason to refuse;
// a refusal that comes back after both is not asked about again.
constexpr int kMaxAttempts = 3;

} // namespace

CheckoutFlow::CheckoutFlow(LocalStore &store, const CashDrawer &drawer, QWidget *parent)
    : m_store(store)
    , m_drawer(drawer)
    , m_parent(parent)
{ }

bool CheckoutFlow::needsApproval(const Error &error)
{
    return error.code == QLatin1String("sale.discountNeedsApproval");
}

bool CheckoutFlow::needsShift(const Error &error)
{
    return error.code == QLatin1String("sale.noOpenShift");
}

CheckoutFlow::Outcome CheckoutFlow::run(CheckoutRequest request)
{
    for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
        auto sale = CheckoutService(m_store).checkout(request);
        if (sale) {
            m_sale = *sale;
            return Outcome::Done;
        }
        m_error = sale.error();
        if (needsApproval(m_error) && request.approvedBy.isNull()) {
            const Outcome approved = approve(request, m_error);
            if (approved != Outcome::Failed)
                return approved;
            continue; // approved, but refused for another reason: see which
        }
        if (needsShift(m_error) && !m_drawer.id.isNull()) {
            if (!offerToOpenShift(request))
                return Outcome::Declined;
            continue;
        }
        return Outcome::Failed;
    }
    return Outcome::Failed;
}

CheckoutFlow::Outcome CheckoutFlow::approve(CheckoutRequest &request, const Error &refusal)
{
    // The dialog retries the sale with the manager's id. It stays open only
    // for the manager's own refusal (not a manager, wrong password); any
    // other refusal closes it and is handled like a first answer.
    std::optional<Error> other;
    ManagerApprovalDialog dialog(
        m_store, refusal.message,
        [&](const Id &by) -> Result<void> {
            CheckoutRequest approved = request;
            approved.approvedBy = by;
            auto sale = CheckoutService(m_store).checkout(approved);
            if (sale) {
                m_sale = *sale;
                return {};
            }
            if (sale.error().code == QLatin1String("approval.notAllowed"))
                return sale.error();
            request.approvedBy = by;
            other = sale.error();
            return {};
        },
        m_parent);
    dialog.setIntro(tr("A manager or an admin must approve this discount. The approval is "
                       "recorded with the sale, under their name."));
    if (dialog.exec() != QDialog::Accepted)
        return Outcome::Declined;
    if (!other)
        return Outcome::Done;
    m_error = *other;
    return Outcome::Failed;
}

bool CheckoutFlow::offerToOpenShift(const CheckoutRequest &request)
{
    QMessageBox ask(QMessageBox::Question, tr("No shift open"),
                    tr("%1 has no open shift, and cash goes into it.").arg(m_drawer.name),
                    QMessageBox::NoButton, m_parent);
    ask.setObjectName(QStringLiteral("openShiftQuestion"));
    ask.setInformativeText(tr("Open the shift now with the float in the drawer? The sale is "
                              "then completed."));
    QPushButton *open = ask.addButton(tr("&Open shift…"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openShiftNow"));
    QPushButton *cancel = ask.addButton(QMessageBox::Cancel);
    cancel->setText(tr("Cancel"));
    ask.setDefaultButton(open);
    ask.setEscapeButton(cancel);
    ask.exec();
    if (ask.clickedButton() != open)
        return false;
    OpenShiftDialog dialog(m_store, m_drawer, request.cart.currency, request.userId, m_parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace Balcao
