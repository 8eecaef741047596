// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiReply.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace Balcao::Server {

class ChangeLedger;
class CurrentState;
struct Principal;

// GET /v1/bootstrap[?page=TOKEN&limit=N]: the business's current state, a
// page of rows at a time, each row with its values and per-column versions,
// plus the cursor to pull from afterwards. The cursor is fixed on the first
// page and carried in the page token: every change up to it is in the
// state the pages show (later ones may be too; pulling them again is
// harmless because applying is idempotent).
class BootstrapHandler
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Server::BootstrapHandler)
public:
    static constexpr int kDefaultLimit = 1000;
    static constexpr int kMaxLimit = 5000;

    BootstrapHandler(ChangeLedger &ledger, CurrentState &state);
    ApiReply handle(const Principal &caller, const QUrlQuery &query);

private:
    ChangeLedger &m_ledger;
    CurrentState &m_state;
};

} // namespace Balcao::Server
