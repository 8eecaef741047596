// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Change.h"

#include <QList>

namespace Balcao {

class LocalStore;

// The local changes not yet acknowledged by the server, oldest first.
class ChangeOutbox
{
public:
    explicit ChangeOutbox(LocalStore &store);
    QList<Change> pending(int limit = -1) const;
    int pendingCount() const;
    // Marks everything up to and including `seq` as delivered.
    Result<void> acknowledgeUpTo(qint64 seq);

private:
    LocalStore &m_store;
};

} // namespace Balcao
