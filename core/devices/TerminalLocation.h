// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "locations/LocationService.h"

#include <QCoreApplication>

namespace Balcao {

class LocalStore;

// Which location this terminal works at: the one its device is registered
// at; a terminal not registered (or registered at a location removed since)
// works at the business's first location. The desktop's agenda, checkout,
// history and products pages and every balcaoctl command ask here, so a
// booking and a sale made on one terminal name the same location.
class TerminalLocation
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::TerminalLocation)
public:
    explicit TerminalLocation(LocalStore &store);

    // An error before set-up (no location yet) or when the database cannot
    // be read, never "no location" for a storage error.
    Result<Location> current() const;
    // A location chosen by id (balcaoctl --location ID) when `chosenId` is
    // not empty, else current().
    Result<Location> resolve(const QString &chosenId) const;

private:
    LocalStore &m_store;
};

} // namespace Balcao
