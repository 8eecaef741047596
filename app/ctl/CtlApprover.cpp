// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlApprover.h"

#include "CtlContext.h"
#include "CtlShop.h"
#include "staff/StaffService.h"

#include <QDir>

namespace Balcao::Ctl {

CtlApprover CtlApprover::take(CtlContext &ctx)
{
    CtlApprover approver;
    approver.m_login = ctx.takeOption(QStringLiteral("approved-by"));
    approver.m_passwordFile = ctx.takeOption(QStringLiteral("approver-password-file"));
    return approver;
}

Result<Id> CtlApprover::authenticate(const CtlContext &ctx, const CtlShop &shop) const
{
    if (!m_login && !m_passwordFile)
        return Id();
    if (!m_login || !m_passwordFile)
        return Error::invalid(QStringLiteral("cli.usage"),
                              tr("Give the approver with --approved-by LOGIN and their password "
                                 "with --approver-password-file FILE."));
    if (*m_passwordFile == QStringLiteral("-") && ctx.passphraseFromStdin())
        return Error::invalid(QStringLiteral("cli.usage"),
                              tr("Standard input already holds the database passphrase; put the "
                                 "approver's password in a file."));
    const auto password = CtlContext::readSecretLine(*m_passwordFile);
    if (!password)
        return Error::invalid(
            QStringLiteral("cli.passwordFile"),
            tr("Cannot read the password file %1.").arg(QDir::toNativeSeparators(*m_passwordFile)));
    auto user = StaffService(shop.store()).authenticate(*m_login, *password);
    if (!user)
        return user.error();
    return user->id;
}

} // namespace Balcao::Ctl
