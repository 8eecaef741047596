// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverrideFlow.h"

#include <QMessageBox>
#include <QPushButton>

namespace Balcao {

OverrideFlow::OverrideFlow(LocalStore &store, QWidget *parent)
    : m_store(store)
    , m_parent(parent)
{ }

bool OverrideFlow::isOverridable(const Error &error)
{
    return error.kind == Error::Kind::Conflict
        && error.code == QLatin1String("appointment.conflicts");
}

OverrideFlow::Outcome OverrideFlow::run(const Attempt &attempt)
{
    auto first = attempt(Id());
    if (first)
        return Outcome::Done;
    if (!isOverridable(first.error())) {
        m_error = first.error();
        return Outcome::Failed;
    }
    // Core's message lists every warning, one a line, in the user's language.
    const QString warnings = first.error().message;
    QMessageBox box(QMessageBox::Warning, tr("Booking warnings"),
                    tr("Nothing was changed. Check the warnings below."), QMessageBox::NoButton,
                    m_parent);
    box.setObjectName(QStringLiteral("bookingWarning"));
    box.setInformativeText(warnings);
    QPushButton *anyway = box.addButton(tr("Book &anyway (manager)…"), QMessageBox::AcceptRole);
    anyway->setObjectName(QStringLiteral("bookAnyway"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setText(tr("Cancel"));
    // Keeping things as they were is the safe answer: Enter and Esc give it.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() != anyway)
        return Outcome::Declined;

    ManagerApprovalDialog approval(m_store, warnings, attempt, m_parent);
    if (approval.exec() != QDialog::Accepted)
        return Outcome::Declined;
    m_approvedBy = approval.approvedBy();
    return Outcome::Done;
}

} // namespace Balcao
