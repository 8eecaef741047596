// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TerminalEnrolment.h"

#include <QString>

#include <functional>

namespace Balcao {

// What the first-run wizard asks to join an existing business, as typed.
struct JoinAnswers
{
    QString server;
    QString code;
    QString deviceName;
};

// Joins the business (makes and fills this computer's database) and says how
// it went; given to the wizard by AppStartup, which knows where the database
// goes and how its key is kept. The wizard runs it, because the progress and
// the errors belong on its page.
using JoinBusiness = std::function<Result<void>(const JoinAnswers &answers,
                                                const TerminalEnrolment::Progress &progress)>;

} // namespace Balcao
