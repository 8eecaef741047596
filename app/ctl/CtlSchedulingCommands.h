// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Balcao::Ctl {

class CtlContext;

// `balcaoctl service`, `staff`, `appointment` and `availability`: the
// catalog, schedules and agenda over the same core services as the app.
class CtlSchedulingCommands
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Ctl::CtlSchedulingCommands)
public:
    static int runService(CtlContext &ctx);
    static int runStaff(CtlContext &ctx);
    static int runAppointment(CtlContext &ctx);
    static int runAvailability(CtlContext &ctx);
    static QString helpText();
};

} // namespace Balcao::Ctl
