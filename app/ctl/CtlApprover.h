// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Id.h"

#include <QCoreApplication>

#include <optional>

namespace Balcao::Ctl {

class CtlContext;
class CtlShop;

// A manager's approval given on the command line: --approved-by LOGIN with
// the password in --approver-password-file FILE (or - for standard input),
// never as an argument. The manager signs in with it as they would at the
// counter; whether their role may approve is the service's to say.
class CtlApprover
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Ctl::CtlApprover)
public:
    // Takes both options from the arguments.
    static CtlApprover take(CtlContext &ctx);

    bool given() const { return m_login.has_value(); }
    // The approver's user id: null when none was given, an error when the
    // password file is missing or the sign-in is refused.
    Result<Id> authenticate(const CtlContext &ctx, const CtlShop &shop) const;

private:
    std::optional<QString> m_login;
    std::optional<QString> m_passwordFile;
};

} // namespace Balcao::Ctl
