// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Client.h"

#include <QSqlQuery>

namespace Balcao {

// How a client is read from and written to the `clients` table, shared by
// the services of this folder so that a new column is added in one place.
class ClientRow
{
public:
    static const QString &table();
    // The SELECT list that fromQuery() reads, prefixed by `alias.` if given.
    static QString columns(const QString &alias = {});
    static Client fromQuery(const QSqlQuery &query);
};

} // namespace Balcao
