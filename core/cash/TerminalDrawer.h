// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CashShift.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace Balcao {

class LocalStore;

// The cash drawer this terminal takes cash into. The choice belongs to the
// terminal, not the business: it is kept in the store's local table and never
// synced, because two terminals at one counter may share a drawer while a
// third at the back has its own. Without a choice (or when the chosen drawer
// is gone or belongs to another location) it is the location's default drawer.
class TerminalDrawer
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::TerminalDrawer)
public:
    explicit TerminalDrawer(LocalStore &store);

    Result<CashDrawer> current(const Id &locationId);
    Result<void> choose(const Id &drawerId);

private:
    LocalStore &m_store;
};

} // namespace Balcao
