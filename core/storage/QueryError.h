// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Balcao {

// Runs a prepared query and turns a failure into the storage error every
// service reports, so callers can write `if (auto ran = execQuery(q); !ran)`.
inline Result<void> execQuery(QSqlQuery &query)
{
    if (!query.exec())
        return Error::storage(QStringLiteral("storage.readFailed"), query.lastError().text());
    return {};
}

} // namespace Balcao
