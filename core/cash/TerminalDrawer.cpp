// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalDrawer.h"

#include "ShiftService.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QSqlQuery>

namespace Balcao {

namespace {

const QString kKey = QStringLiteral("cash.drawer");

} // namespace

TerminalDrawer::TerminalDrawer(LocalStore &store)
    : m_store(store)
{ }

Result<CashDrawer> TerminalDrawer::current(const Id &locationId)
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT value FROM local_meta WHERE key = ?"));
    q.addBindValue(kKey);
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    ShiftService shifts(m_store);
    if (q.next()) {
        auto chosen = shifts.findDrawer(Id::fromString(q.value(0).toString()));
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
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("INSERT INTO local_meta (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(kKey);
    q.addBindValue(drawer->id.toString());
    if (!q.exec())
        return Error::storage(QStringLiteral("storage.writeFailed"),
                              tr("Could not remember the cash drawer of this terminal."));
    return {};
}

} // namespace Balcao
