// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueryError.h"

#include <QCoreApplication>

namespace Balcao {

Error readFailed(const QSqlQuery &query)
{
    const QString detail = query.lastError().text().trimmed();
    const QString sentence = QCoreApplication::translate(
        "Balcao::QueryError", "This terminal's database could not be read.");
    return Error::storage(
        QStringLiteral("storage.readFailed"),
        detail.isEmpty() ? sentence : sentence + QStringLiteral(" (") + detail + QLatin1Char(')'));
}

} // namespace Balcao
