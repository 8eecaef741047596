// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Balcao::Ctl {

class CtlContext;

// `balcaoctl receipt`: a sale's or a return's receipt as text, ESC/POS bytes
// (to a file or a thermal printer on the network), a PDF, or an e-mail in
// the outbox — the same documents the app prints.
class CtlReceiptCommands
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Ctl::CtlReceiptCommands)
public:
    static int run(CtlContext &ctx);
    static QString helpText();
    // Whether these arguments ask for output that needs Qt Gui (a PDF's
    // fonts): main() then starts a QGuiApplication on the offscreen platform.
    static bool needsGui(const QStringList &arguments);
};

} // namespace Balcao::Ctl
