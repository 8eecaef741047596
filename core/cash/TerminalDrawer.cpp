// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalDrawer.h"

#include "ShiftService.h"
#include "storage/LocalMeta.h"

namespace Balcao {

namespace {

const QString kKey = QStringLiteral("cash.drawer");

} // namespace

TerminalDrawer::TerminalDrawer(LocalStore &store)
    : m_store(store)
{ }

Result<CashDrawer> TerminalDrawer::current(const Id &locationId)
{
    auto chosenId = LocalMeta(m_store).read(kKey);
    if (!chosenId)
        return chosenId.error();
    ShiftService shifts(m_store);
    if (*chosenId) {
        auto chosen = shifts.findDrawer(Id::fromString(**chosenId));
        if (chosen && chosen->locationId == locationId)
            return chosen;
    }
    return shifts.defaultDrawer(locationId);
}

Result<void> TerminalDrawer::choose(const Id &drawerId)
{
    auto drawer = ShiftService(m_store).findDrawer(drawerId);
    if (!drawer)
        return drawer.error();
    if (auto written = LocalMeta(m_store).setValue(kKey, drawer->id.toString()); !written)
        return Error::storage(QStringLiteral("storage.writeFailed"),
                              tr("Could not remember the cash drawer of this terminal: %1")
                                  .arg(written.error().message));
    return {};
}

} // namespace Balcao
